/* What a consumer must not reach: the library's private tables, which are
 * generated into the library's own build directory, off the include path
 * that the dependency gives. This must not compile. */
#include "codes-tables.h"

int main(void)
{
	return 0;
}
