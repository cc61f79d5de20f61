/* How the CLI prints answers: one line an answer, every field, or JSON; and
 * failures. Uses the public API only. Everything goes to stdout except
 * notes and failures, which go to stderr unless they are answered in place
 * (standard-input mode). */
#ifndef HTTPSTATUS_CLI_OUTPUT_H
#define HTTPSTATUS_CLI_OUTPUT_H

#include "answers.h"
#include "query.h"

#include <stdbool.h>
#include <stddef.h>

enum format {
	FORMAT_LINE, /* 404 Not Found, or a line for a use or a method */
	FORMAT_LONG, /* every field, a line each */
	FORMAT_JSON, /* an object an answer */
};

struct printer {
	enum format format;
	bool color; /* codes coloured by class (never in JSON) */
	bool in_place; /* failures are answered on stdout, marked */
	bool registered_only; /* a code's unofficial uses are left out of its JSON */
	bool in_list; /* a JSON array is open */
	size_t printed; /* answers so far: in this JSON array, or at all */
};

/* A JSON array around what follows, up to printer_end_list; nothing in the
 * other formats. */
void printer_begin_list(struct printer *p);
void printer_end_list(struct printer *p);

void print_item(struct printer *p, const struct item *it);

/* The answer to a blank line of input: a blank line, or in JSON null. */
void print_blank(struct printer *p);

/* "QUERY: why" for a query that got no answer, with "did you mean ...?"
 * when a name or phrase is close; the query is shown trimmed, shortened and
 * with unprintable bytes escaped. In JSON an object: query, error, code and
 * class (the number the query held and its class, or null), and did_you_mean
 * when something is close. */
void print_failure(struct printer *p, const struct query *q);

/* "httpstatus: QUERY: note" on stderr, after what stdout holds so far. */
void print_note(const struct query *q, const char *note);

#endif
