/* A C program whose CMake build finds libhttpstatus as a CMake package. */
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
