/* A C program whose CMake builds find libhttpstatus: as a CMake package
 * (here) or through pkg-config (../cmake-pkg-config). */
#include <httpstatus.h>
#include <stdio.h>

int main(void)
{
	const char *phrase = httpstatus_phrase(404);
	if (!phrase)
		return 1;
	puts(phrase);
	return 0;
}
