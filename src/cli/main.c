/* httpstatus: HTTP status codes in a terminal.
 *
 *   httpstatus 404 not_found 'payload too large' 4xx
 *
 * Exit status: 0 when every query was answered, 1 when one was not, 2 for a
 * usage error. */
#include "query.h"

#include <httpstatus.h>

#include <stdio.h>
#include <string.h>

static int usage(void)
{
	fputs("usage: httpstatus CODE|NAME|PHRASE|CLASS...\n", stderr);
	return 2;
}

static void print_code(int code)
{
	printf("%d %s\n", code, httpstatus_phrase(code));
}

/* Answers one query on stdout, or says on stderr why it cannot. */
static int answer(const char *arg)
{
	struct query q = query_parse(arg, strlen(arg));
	switch (q.status) {
	case QUERY_FOUND:
		print_code(q.code);
		return 0;
	case QUERY_CLASS:
		for (int c = httpstatus_next(q.code * 100 - 1); c && c < (q.code + 1) * 100;
		     c = httpstatus_next(c))
			print_code(c);
		return 0;
	case QUERY_UNKNOWN_CODE:
		fprintf(stderr, "%s: not a known status code (%dxx %s)\n", arg, q.code / 100,
			httpstatus_class_name(httpstatus_class(q.code)));
		return 1;
	case QUERY_NOT_A_CODE:
		fprintf(stderr, "%s: not a status code (must be 100-599)\n", arg);
		return 1;
	case QUERY_NO_MATCH:
		break;
	}
	fprintf(stderr, "%s: no status code matches\n", arg);
	return 1;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return usage();
	int status = 0;
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '-')
			return usage();
		if (answer(argv[i]))
			status = 1;
	}
	return status;
}
