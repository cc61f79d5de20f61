/* One query, as given on the command line or on a line of standard input,
 * turned into what it asks for. Uses the public API only. */
#ifndef HTTPSTATUS_CLI_QUERY_H
#define HTTPSTATUS_CLI_QUERY_H

#include <stdbool.h>
#include <stddef.h>

enum query_status {
	QUERY_FOUND, /* code is a known code */
	QUERY_CLASS, /* code is a class digit, 1-5: "4xx" */
	QUERY_UNKNOWN_CODE, /* code is in 100-599 but not a known code */
	QUERY_NOT_A_CODE, /* a number outside 100-599 */
	QUERY_NO_MATCH, /* no name, phrase or older one matches */
};

struct query {
	enum query_status status;
	int code;
	const char *text; /* the query without the spaces around it */
	size_t len;
};

/* Reads the len bytes at text (any bytes; spaces, tabs and line ends around
 * them are ignored): a code ("404"), a class ("4xx"), or a name or phrase,
 * current or older, in any case, with '_', '-' or ' ' between words. */
struct query query_parse(const char *text, size_t len);

/* Why a query that found nothing found nothing: "not a status code
 * (must be 100-599)"; NULL for a query that found something. */
const char *query_failure(const struct query *q, char *buf, size_t size);

/* Whether the known code's name, phrase, description or an alias contains
 * the len bytes at word, ignoring ASCII case. */
bool query_mentions(int code, const char *word, size_t len);

#endif
