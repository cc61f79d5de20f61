/* A C program built from the amalgamation's two files copied beside it:
 *   cc -std=c99 httpstatus.c main.c -o consumer */
#include "httpstatus.h"

#include <stdio.h>

int main(void)
{
	const char *phrase = httpstatus_phrase(404);
	if (!phrase)
		return 1;
	puts(phrase);
	return 0;
}
