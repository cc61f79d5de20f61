/* A test that cannot run here: says why, and exits 77, which meson counts
 * as skipped (and CI as a failure). */
#include <stdio.h>

int main(int argc, char **argv)
{
	fprintf(stderr, "skipped: %s\n", argc > 1 ? argv[1] : "a tool is missing");
	return 77;
}
