/* One query, as given on the command line or on a line of standard input,
 * resolved to what it asks for: a tagged result whose answers (items, see
 * answers.h) are stepped through one at a time, so that a new kind of answer
 * is a new tag and a new item kind. Uses the public API only. */
#ifndef HTTPSTATUS_CLI_QUERY_H
#define HTTPSTATUS_CLI_QUERY_H

#include <httpstatus.h>

#include <stdbool.h>
#include <stddef.h>

enum query_kind {
	QUERY_BLANK, /* nothing but white space */
	QUERY_CODE, /* one registered code */
	QUERY_USE, /* one unofficial use of a code */
	QUERY_USES, /* every unofficial use of a code that has several */
	QUERY_METHOD, /* one method */
	QUERY_CLASS, /* every registered code of a class: "4xx" */
	QUERY_LIST, /* every registered code: --list */
	QUERY_UNOFFICIAL, /* every unofficial use: --unofficial */
	QUERY_METHODS, /* every method: --methods */
	QUERY_SEARCH, /* every answer whose text contains the query: --search */
	QUERY_FAILED, /* nothing; failure says why */
};

enum query_failure {
	FAILURE_NONE,
	FAILURE_EMPTY, /* a blank query where one was needed */
	FAILURE_UNKNOWN_CODE, /* a number in 100-599 that is not a known code */
	FAILURE_NOT_A_CODE, /* a number outside 100-599 */
	FAILURE_NOT_A_CLASS, /* "9xx" */
	FAILURE_WRONG_PHRASE, /* "404 Bad Request": a known code and another phrase */
	FAILURE_RESERVED_METHOD, /* "*" */
	FAILURE_NO_MATCH, /* no code, name, phrase, method or word of a text */
};

/* For FAILURE_WRONG_PHRASE, when the phrase is a registered code's. */
#define QUERY_NO_USE ((size_t)-1)

struct query {
	enum query_kind kind;
	enum query_failure failure;
	bool registered_only; /* unofficial uses are not answers */
	int code; /* the code; the class digit (1-5); for FAILURE_WRONG_PHRASE
		   * the code the phrase belongs to, or 0 */
	size_t use; /* QUERY_USE: which of the code's uses; for
		     * FAILURE_WRONG_PHRASE the use the phrase belongs to, or
		     * QUERY_NO_USE */
	enum httpstatus_method method; /* QUERY_METHOD */
	bool wrong_case; /* QUERY_METHOD: the token was not in its own case */
	bool implicit; /* a search nobody asked for: a word nothing else matched */
	const char *text; /* the query without the white space around it */
	size_t len;
	const char *number; /* the number the query holds ("404", "-5"), or NULL */
	size_t number_len;
	int number_code; /* the number if it is in 100-599, else 0 */
};

/* Reads the len bytes at text (any bytes; spaces, tabs and line ends around
 * them are ignored): a code ("404", "499"), a class ("4xx"), a status line
 * ("HTTP/1.1 404 Not Found", "HTTP/2 404"; the phrase is not checked), a code
 * and its phrase or name ("404 Not Found"), a name or phrase, current or
 * older, in any case, with '_', '-' or ' ' between words, a constant
 * ("HTTP_STATUS_NOT_FOUND", "HTTP_NOT_FOUND"), the same for an unofficial
 * use ("client closed request", "HTTP_STATUS_NGINX_CLIENT_CLOSED_REQUEST"),
 * a method ("GET", "HTTP_METHOD_GET", or "get" in the wrong case), or failing
 * those a word of three or more bytes that --search finds. Registered codes
 * come first, then unofficial uses, which registered_only leaves out, then
 * methods. */
struct query query_parse(const char *text, size_t len, bool registered_only);

/* --list, --unofficial, --methods, and --search for the len bytes at word. */
struct query query_list(void);
struct query query_unofficial(void);
struct query query_methods(void);
struct query query_search(const char *word, size_t len, bool registered_only);

/* The other answers a registered code's query has in long form: the code's
 * unofficial uses (451's Microsoft Exchange Redirect) as a QUERY_USE or
 * QUERY_USES, or a blank query if it has none, or unofficial uses are left
 * out, or q is no QUERY_CODE. */
struct query query_other_uses(const struct query *q);

/* Whether the query has exactly one answer by its nature: a code, a use, a
 * method (a search that finds one thing still makes a list). */
bool query_is_one(const struct query *q);

enum { QUERY_EXPLAIN_MAX = 512 };

/* Why a failed query found nothing, "not a status code (must be 100-599)",
 * written into buf (QUERY_EXPLAIN_MAX bytes) when it is made up; NULL for a
 * query that did not fail. */
const char *query_explain(const struct query *q, char *buf);

/* What a user is to know about an answered query besides the answer:
 * "methods are case-sensitive on the wire; showing GET", or why a
 * search nobody asked for is made; written into buf (QUERY_EXPLAIN_MAX
 * bytes) when it is made up; NULL for most queries. */
const char *query_note(const struct query *q, char *buf);

#endif
