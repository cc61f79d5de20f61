#include "complete.h"

#include "answers.h"
#include "uses.h"

#include <httpstatus.h>

#include <stdio.h>

static void print_lower(const char *s)
{
	for (; *s; s++)
		putchar((unsigned char)(*s - 'A') < 26 ? *s + ('a' - 'A') : *s);
	putchar('\n');
}

/* A use's name as a query finds it: as it is, unless a registered code
 * answers to it first. */
static void print_use_name(int code, size_t index)
{
	struct httpstatus_unofficial u = {0}; /* an answer's use is always there */
	httpstatus_unofficial(code, index, &u);
	if (httpstatus_from_name(u.name) || httpstatus_from_phrase(u.name)) {
		char qualified[USE_TITLE_MAX];
		puts(use_qualified_name(&u, qualified));
	} else {
		print_lower(u.name);
	}
}

void print_completions(void)
{
	for (int c = 1; c <= 5; c++)
		printf("%dxx\n", c);
	for (struct item it = {0}; item_next(&it, false);) {
		if (it.kind == ITEM_METHOD) {
			puts(httpstatus_method_name(it.method));
			continue;
		}
		if (it.kind == ITEM_CODE || (it.use == 0 && !httpstatus_is_known(it.code)))
			printf("%d\n", it.code);
		if (it.kind == ITEM_CODE)
			print_lower(httpstatus_name(it.code));
		else
			print_use_name(it.code, it.use);
	}
}
