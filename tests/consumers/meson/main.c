/* A C program whose meson build takes libhttpstatus as a subproject. */
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
