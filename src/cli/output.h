/* How the CLI prints answers: one line a code, every field, or JSON. Uses
 * the public API only. Everything goes to stdout except failures, which go
 * to stderr unless they are answered in place (standard-input mode). */
#ifndef HTTPSTATUS_CLI_OUTPUT_H
#define HTTPSTATUS_CLI_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>

enum format {
	FORMAT_LINE, /* 404 Not Found */
	FORMAT_LONG, /* every field, a line each */
	FORMAT_JSON, /* an object a code */
};

struct printer {
	enum format format;
	bool in_place; /* failures are answered on stdout, marked */
	bool in_list; /* a JSON array is open */
	size_t printed; /* answers so far in this list, or at all */
};

/* A JSON array around what follows, up to printer_end_list; nothing in the
 * other formats. */
void printer_begin_list(struct printer *p);
void printer_end_list(struct printer *p);

void print_code(struct printer *p, int code);

/* "QUERY: why" for a query that got no answer; the query is shown trimmed,
 * shortened and with unprintable bytes escaped. */
void print_failure(struct printer *p, const char *query, size_t len, const char *why);

#endif
