/* httpstatus, the command-line tool: what its parts share. A part a file:
 * the command line and its option table (main.c), queries (query.c),
 * suggestions (suggest.c), output, formats and colour (output.c), counting
 * (count.c) and what the systems do each their own way (platform.c). Uses
 * the public API only. */
#ifndef HTTPSTATUS_CLI_H
#define HTTPSTATUS_CLI_H

#include <httpstatus.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* The codes RFC 9110 allows, where unofficial uses live too. */
enum { CODE_MIN = 100, CODE_MAX = 599, CODES = CODE_MAX - CODE_MIN + 1 };

enum format {
	FORMAT_LINE, /* 404 Not Found, or a line for a use or a method */
	FORMAT_LONG, /* every field, a line each */
	FORMAT_JSON, /* an array of objects a query */
};

/* What a query is answered in: the options that shape every answer. */
struct context {
	enum format format;
	bool registered_only; /* --registered: unofficial uses are no answers */
	bool color; /* codes coloured by class */
	bool stream; /* answering -: a line of output a line of input, failures in place */
	bool utf8; /* the terminal shows UTF-8: bars in eighths, "\u2026" */
	unsigned columns; /* the terminal's width; 0 off a terminal */
};

/* ---- Text, as queries compare it: ASCII case folded by hand ------------- */

/* c in upper case, if it is an ASCII letter. */
static inline char text_upper(char c)
{
	if (c >= 'a' && c <= 'z')
		return (char)(c - ('a' - 'A'));
	return c;
}

/* Whether the len bytes at s are the string t, ignoring ASCII case. */
bool text_equal(const char *s, size_t len, const char *t);

/* The length of the number ('-' and digits) s starts with, or 0. */
size_t number_length(const char *s, size_t len);

/* ---- Queries (query.c) ----------------------------------------------------- */

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
	FAILURE_NO_MATCH, /* no code, name, phrase, method or text */
};

/* For FAILURE_WRONG_PHRASE, when the phrase is a registered code's. */
#define QUERY_NO_USE ((size_t)-1)

struct query {
	enum query_kind kind;
	enum query_failure failure;
	int code; /* the code; the class digit (1-5); for FAILURE_WRONG_PHRASE
		   * the code the phrase belongs to, or 0 */
	size_t use; /* QUERY_USE: which of the code's uses; for
		     * FAILURE_WRONG_PHRASE the use the phrase belongs to, or
		     * QUERY_NO_USE */
	enum httpstatus_method method; /* QUERY_METHOD */
	bool wrong_case; /* QUERY_METHOD: the token was not in its own case */
	bool implicit; /* a search nobody asked for: text nothing else matched */
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
 * a method ("GET", "HTTP_METHOD_GET", or "get" in the wrong case), or
 * failing those text of three or more bytes that --search finds. Registered
 * codes come first, then unofficial uses (unless registered_only), then
 * methods. */
struct query query_parse(const struct context *c, const char *text, size_t len);

/* --list, --unofficial, --methods, and --search for the len bytes at word. */
struct query query_list(void);
struct query query_unofficial(void);
struct query query_methods(void);
struct query query_search(const struct context *c, const char *word, size_t len);

/* The other answers a registered code's query has in long form: its
 * unofficial uses (451's Microsoft Exchange Redirect) as a QUERY_USE or
 * QUERY_USES; a blank query if it has none, if uses are left out, or if q
 * is no QUERY_CODE. */
struct query query_other_uses(const struct context *c, const struct query *q);

enum { QUERY_EXPLAIN_MAX = 512 };

/* Why a failed query found nothing, "not a status code (must be 100-599)",
 * written into buf (QUERY_EXPLAIN_MAX bytes) when it is made up; NULL for a
 * query that did not fail. */
const char *query_explain(const struct context *c, const struct query *q, char *buf);

/* What a user is to know about an answered query besides the answer:
 * "methods are case-sensitive on the wire; showing GET", or why a search
 * nobody asked for is made; written into buf (QUERY_EXPLAIN_MAX bytes) when
 * it is made up; NULL for most queries. */
const char *query_note(const struct query *q, char *buf);

enum item_kind {
	ITEM_CODE, /* a registered code (first, so that a zeroed item is one) */
	ITEM_USE, /* an unofficial use of a code */
	ITEM_METHOD, /* a method */
};

/* One answer: a code, one of its unofficial uses, or a method. */
struct item {
	enum item_kind kind;
	int code; /* ITEM_CODE, ITEM_USE */
	size_t use; /* ITEM_USE: its place among the code's uses */
	enum httpstatus_method method; /* ITEM_METHOD */
};

/* Steps *it to the query's next answer, starting from a zeroed item; false
 * past the last. */
bool query_next(const struct context *c, const struct query *q, struct item *it);

/* Steps *it to the next of everything the tool knows, starting from a
 * zeroed item: by code, a registered code before its unofficial uses (left
 * out if registered_only), then the methods; false past the last. */
bool item_next(const struct context *c, struct item *it);

/* The i-th text of the answer that --search looks in, NULL past the last:
 * a code's name, phrase, description, class name and older names and
 * phrases; a use's source, name, phrase ("" for none), wire, description
 * and class name; a method's token and description. */
const char *item_text(const struct item *it, size_t i);

/* Whether one of the answer's texts contains the len bytes at word,
 * ignoring ASCII case. */
bool item_mentions(const struct item *it, const char *word, size_t len);

enum { USE_TITLE_MAX = 256 };

/* How many unofficial uses code has (0 for most codes). */
size_t use_count(int code);

/* What the use is called: its phrase, or where its source gives none its
 * name in lower-case words ("connection closed without response"), written
 * into buf (USE_TITLE_MAX bytes). */
const char *use_title(const struct httpstatus_unofficial *u, char *buf);

/* The use's constant without HTTP_STATUS_, in lower case
 * ("nginx_client_closed_request"), into buf (USE_TITLE_MAX bytes). */
const char *use_qualified_name(const struct httpstatus_unofficial *u, char *buf);

/* ---- Suggestions (suggest.c) ----------------------------------------------- */

enum { SUGGESTIONS_MAX = 3 };

struct suggestions {
	size_t count;
	const char *text[SUGGESTIONS_MAX]; /* in the order of item_next */
};

/* The names and phrases, current or older, of codes and of unofficial uses
 * (unless registered_only), and the method tokens, nearest to the len bytes
 * at query by edit distance (optimal string alignment on ASCII case-folded
 * text, '_' and '-' read as spaces): one a code, use or method, the nearest
 * only, each text once, and only when at most a third of the longer text
 * differs. A name (or token) where the query looks like one (it has a '_',
 * or no lower-case letter), else a phrase. */
struct suggestions suggest(const struct context *c, const char *query, size_t len);

/* ---- Output (output.c) ----------------------------------------------------- */

enum color_when {
	COLOR_AUTO, /* on a terminal, unless NO_COLOR is set or TERM is dumb */
	COLOR_ALWAYS,
	COLOR_NEVER,
};

/* "auto", "always" or "never" into *when; false for anything else. */
bool color_parse(const char *word, enum color_when *when);

/* Whether output to the file descriptor fd is to be coloured. */
bool color_enabled(enum color_when when, int fd);

/* The escape that starts the colour of code's class, "" without colour:
 * 1xx magenta, 2xx green, 3xx cyan, 4xx yellow, 5xx red; and the one that
 * ends it. code must be in 100-599. */
const char *color_start(const struct context *c, int code);
const char *color_end(const struct context *c);

/* Every answer of the query in the context's format: a line each (joined
 * into one line with " | " in a stream), a block each, or one JSON array
 * on a line; in long form a registered code's unofficial uses follow. Its
 * note, if it has one, on stderr. False, with the reason given, for a
 * query that found nothing. */
bool print_query(const struct context *c, const struct query *q);

/* The len bytes at text as a JSON string on stdout: valid UTF-8 as it is,
 * control characters escaped, and each byte that is not UTF-8 as U+FFFD. */
void emit_json_string(const char *text, size_t len);

/* ,"key":"value" on stdout, or ,"key":null for a NULL value. */
void emit_json_member(const char *key, const char *value);

/* ---- Counting (count.c) ---------------------------------------------------- */

struct tally {
	unsigned long long code[CODES]; /* lines whose status is code 100 + i */
	unsigned long long outside; /* lines whose status is a number outside 100-599 */
	unsigned long long no_code; /* lines without a status */
	unsigned long long lines;
};

/* What a line's status is: a code of 100-599, STATUS_OUTSIDE for another
 * number, STATUS_NONE for none. Without field (0), the status of a Common
 * or Combined Log Format line, or the number that is all a line holds; else
 * the field-th field (from 1) as awk splits the line, at runs of spaces and
 * tabs. A number is digits, maybe after a '-'. */
enum { STATUS_NONE = -1, STATUS_OUTSIDE = 0 };
int line_status(const char *line, size_t len, unsigned field);

/* Adds every line read from fd to *t. Returns 0, or the errno of a failed
 * read. */
int tally_read(int fd, unsigned field, struct tally *t);

/* The report: a line a code, most frequent first, then the total of each
 * class, of the other numbers, of the lines without a code and of all lines;
 * on a terminal, bars as wide as it allows, never a line wider than it. Or
 * the same as one JSON object. */
void report_text(const struct context *c, const struct tally *t);
void report_json(const struct context *c, const struct tally *t);

/* ---- Platform (platform.c) ------------------------------------------------- */

struct arguments {
	int count;
	char **values; /* NULL if they could not be read */
};

/* First thing in main(), given its arguments; returns the ones to use. A
 * write to a closed pipe ends the program quietly, whatever the parent set
 * (SIGPIPE at its default). On Windows, which has no SIGPIPE (see
 * platform_closed_pipe), standard input, output and error pass bytes
 * unchanged ("\n" stays "\n", Ctrl-Z is no end of input), standard error is
 * written at once, as everywhere else, and the arguments
 * are read again as UTF-8, as everywhere else: the ANSI code page main()
 * gets cannot hold every character; having said why if that fails. */
struct arguments platform_start(int argc, char **argv);

/* The file at path (UTF-8) opened for reading, or -1 with errno set. */
int platform_open(const char *path);

/* Whether a read from fd would return at once, with data, the end of input
 * or an error, rather than wait. */
bool platform_input_ready(int fd);

/* The width of the terminal fd is, or 0 where it does not say. */
unsigned platform_terminal_columns(int fd);

/* Whether the locale's character set, what a terminal shows, is UTF-8. */
bool platform_utf8(void);

/* Whether a write that failed with errno error went to a pipe nobody
 * reads: EPIPE, or on Windows, whose C library reports that as EINVAL, the
 * system's own error. */
bool platform_closed_pipe(int error);

/* Lines of a file descriptor, read in large blocks. Before it waits for
 * input that is not there yet, it flushes an output stream (if not NULL),
 * so that answers come out as soon as nothing more can be answered, and
 * never once a line into a pipe. */
struct lines {
	int fd;
	FILE *flush; /* flushed before a read would wait, or NULL */
	char *buf;
	size_t cap, start, end; /* unread bytes: buf[start..end) */
	bool eof;
	int error; /* errno of a failed read or allocation, or 0 */
};

/* Reading fd, flushing flush; lines_end frees what lines_next allocates. */
struct lines lines_begin(int fd, FILE *flush);
void lines_end(struct lines *r);

/* The next line, without its line end, its length in *len; NULL at the end
 * of input or after an error (r->error). The line lasts until the next
 * call. */
const char *lines_next(struct lines *r, size_t *len);

#endif
