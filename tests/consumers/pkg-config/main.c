/* A C program built against an installed libhttpstatus with pkg-config:
 *   cc main.c $(pkg-config --cflags --libs httpstatus) -o consumer */
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
