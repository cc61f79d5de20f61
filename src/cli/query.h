/* One query, as given on the command line or on a line of standard input,
 * resolved to what it asks for: a tagged result whose answers (items) are
 * stepped through one at a time, so that a new kind of answer is a new tag
 * and a new item kind. Uses the public API only. */
#ifndef HTTPSTATUS_CLI_QUERY_H
#define HTTPSTATUS_CLI_QUERY_H

#include <stdbool.h>
#include <stddef.h>

enum query_kind {
	QUERY_BLANK, /* nothing but white space */
	QUERY_CODE, /* one known code */
	QUERY_CLASS, /* every known code of a class: "4xx" */
	QUERY_LIST, /* every known code: --list */
	QUERY_SEARCH, /* every code whose text contains the query: --search */
	QUERY_FAILED, /* nothing; failure says why */
};

enum query_failure {
	FAILURE_NONE,
	FAILURE_EMPTY, /* a blank query where one was needed */
	FAILURE_UNKNOWN_CODE, /* a number in 100-599 that is not a known code */
	FAILURE_NOT_A_CODE, /* a number outside 100-599 */
	FAILURE_NOT_A_CLASS, /* "9xx" */
	FAILURE_WRONG_PHRASE, /* "404 Bad Request": a known code and another phrase */
	FAILURE_NO_MATCH, /* no code, name, phrase or word of a code's text */
};

struct query {
	enum query_kind kind;
	enum query_failure failure;
	int code; /* the code; the class digit (1-5); for FAILURE_WRONG_PHRASE
		   * the code the phrase belongs to, or 0 */
	bool implicit; /* a search nobody asked for: a word no name or phrase matched */
	const char *text; /* the query without the white space around it */
	size_t len;
	const char *number; /* the number the query holds ("404", "-5"), or NULL */
	size_t number_len;
	int number_code; /* the number if it is in 100-599, else 0 */
};

/* Reads the len bytes at text (any bytes; spaces, tabs and line ends around
 * them are ignored): a code ("404"), a class ("4xx"), a status line
 * ("HTTP/1.1 404 Not Found", "HTTP/2 404"; the phrase is not checked), a code
 * and its phrase or name ("404 Not Found"), a name or phrase, current or
 * older, in any case, with '_', '-' or ' ' between words, a constant
 * ("HTTP_STATUS_NOT_FOUND", "HTTP_NOT_FOUND"), or failing those a word of
 * three or more bytes that --search finds. */
struct query query_parse(const char *text, size_t len);

/* --list, and --search for the len bytes at word. */
struct query query_list(void);
struct query query_search(const char *word, size_t len);

/* Why a failed query found nothing, "not a status code (must be 100-599)",
 * written into buf like snprintf; NULL for a query that did not fail. */
const char *query_explain(const struct query *q, char *buf, size_t size);

enum item_kind {
	ITEM_CODE, /* a known code */
};

/* One answer to a query. */
struct item {
	enum item_kind kind;
	int code;
};

/* Steps *it to the query's next answer, starting from a zeroed item; false
 * past the last. */
bool query_next(const struct query *q, struct item *it);

/* Whether the known code's name, phrase, description, class name or an
 * alias contains the len bytes at word, ignoring ASCII case. */
bool query_mentions(int code, const char *word, size_t len);

#endif
