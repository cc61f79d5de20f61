/* The command line: options and queries, and the help. */
#ifndef HTTPSTATUS_CLI_ARGS_H
#define HTTPSTATUS_CLI_ARGS_H

#include "color.h"
#include "output.h"

#include <stdbool.h>

enum arg_kind { ARG_QUERY, ARG_LIST, ARG_UNOFFICIAL, ARG_METHODS, ARG_SEARCH, ARG_STDIN };

struct arg {
	enum arg_kind kind;
	const char *text;
};

struct options {
	enum format format;
	enum color_when color;
	bool count; /* --count */
	bool registered_only; /* --registered: no unofficial uses */
	unsigned field; /* --field N, 1 without */
	struct arg *args; /* the queries, in order; argc of them at most */
	int nargs;
};

/* Reads argv into *o, with o->args room for argc entries; -1 to go on, or
 * an exit status once it has printed the help, the version, the words to
 * complete with, or a usage error. */
int args_parse(int argc, char **argv, struct options *o);

#endif
