#include "query.h"

#include "answers.h"
#include "methods.h"
#include "text.h"
#include "uses.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

enum { NAME_MAX_BYTES = 255, SEARCH_MIN_BYTES = 3 };

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The length of the number ('-' and digits) s starts with, or 0. */
static size_t number_length(const char *s, size_t len)
{
	size_t start = len > 1 && s[0] == '-', i = start;
	while (i < len && is_digit(s[i]))
		i++;
	return i > start ? i : 0;
}

static struct query *failed(struct query *q, enum query_failure why)
{
	q->kind = QUERY_FAILED;
	q->failure = why;
	return q;
}

/* Answers *q by the number of n bytes at s, the query or its start: a
 * registered code, else its unofficial uses. */
static struct query *by_number(struct query *q, const char *s, size_t n)
{
	long value = 0;
	for (size_t i = 0; i < n && s[0] != '-' && value < 1000; i++)
		value = value * 10 + (s[i] - '0');
	q->number = s;
	q->number_len = n;
	q->number_code = value >= CODE_MIN && value <= CODE_MAX ? (int)value : 0;
	if (!q->number_code)
		return failed(q, FAILURE_NOT_A_CODE);
	if (httpstatus_is_known(q->number_code)) {
		q->kind = QUERY_CODE;
	} else {
		size_t uses = q->registered_only ? 0 : use_count(q->number_code);
		if (uses == 0)
			return failed(q, FAILURE_UNKNOWN_CODE);
		q->kind = uses == 1 ? QUERY_USE : QUERY_USES;
	}
	q->code = q->number_code;
	return q;
}

/* A name with '-' or ' ' for '_' (case is left to the library), as it is or
 * as a constant of httpstatus.h or httpstatus_client.h: HTTP_STATUS_NOT_FOUND,
 * HTTP_NOT_FOUND. */
static int find_name(const char *s, size_t len)
{
	static const char *const prefixes[] = {"", "HTTP_STATUS_", "HTTP_"};
	char name[NAME_MAX_BYTES];
	if (!text_as_name(s, len, name, sizeof name))
		return 0;
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		size_t skip = strlen(prefixes[i]);
		int code;
		if (text_starts_with(name, len, prefixes[i]) &&
		    (code = httpstatus_from_name_n(name + skip, len - skip)) != 0)
			return code;
	}
	return 0;
}

static int find_name_or_phrase(const char *s, size_t len)
{
	int code = find_name(s, len);
	return code ? code : httpstatus_from_phrase_n(s, len);
}

static bool has_blank(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (is_blank(s[i]))
			return true;
	return false;
}

/* The length of a status line's start, "HTTP/1.1 " or "HTTP/2 ", or 0. */
static size_t status_line_start(const char *s, size_t len)
{
	size_t i = 5;
	if (len == 0 || text_upper(s[0]) != 'H' || !text_starts_with(s, len, "HTTP/"))
		return 0; /* a look at the first byte first: most queries are codes */
	while (i < len && (is_digit(s[i]) || s[i] == '.'))
		i++;
	if (i == 5 || i == len || !is_blank(s[i]))
		return 0;
	while (is_blank(s[i]))
		i++;
	return i;
}

/* The length of the len bytes at s without the source that follows a use's
 * phrase in the tool's own line: "Client Closed Request (unofficial: nginx,
 * log only)". */
static size_t without_source(const char *s, size_t len)
{
	static const char mark[] = " (unofficial: ";
	for (size_t i = 0; len > 0 && s[len - 1] == ')' && i + sizeof mark - 1 < len; i++)
		if (memcmp(s + i, mark, sizeof mark - 1) == 0)
			return i;
	return len;
}

/* "404 Not Found", "499 Token Required": the code, or the one use of it,
 * if the rest is its phrase or name (a use's with its source after it, as
 * the tool prints it); otherwise a failure that says whose the rest is. */
static struct query *by_code_and_phrase(struct query *q, size_t n)
{
	const char *rest = q->text + n;
	size_t rest_len = q->len - n;
	while (is_blank(*rest))
		rest++, rest_len--;
	if (by_number(q, q->text, n)->kind == QUERY_FAILED)
		return q;
	int code = q->code;
	if (q->kind == QUERY_CODE && find_name_or_phrase(rest, rest_len) == code)
		return q;
	if (!q->registered_only &&
	    use_find_of(code, rest, without_source(rest, rest_len), &q->use)) {
		q->kind = QUERY_USE;
		return q;
	}
	q->use = QUERY_NO_USE;
	q->code = find_name_or_phrase(rest, rest_len);
	if (!q->code && !q->registered_only && !use_find(rest, rest_len, &q->code, &q->use))
		q->code = 0;
	return failed(q, FAILURE_WRONG_PHRASE);
}

/* A name, phrase or method, or a word to search for. */
static void by_text(struct query *q)
{
	if ((q->code = find_name_or_phrase(q->text, q->len)) != 0) {
		q->kind = QUERY_CODE;
	} else if (!q->registered_only && use_find(q->text, q->len, &q->code, &q->use)) {
		q->kind = QUERY_USE;
	} else if ((q->method = method_find(q->text, q->len, &q->wrong_case)) != 0) {
		q->kind = QUERY_METHOD;
	} else if (method_is_reserved(q->text, q->len)) {
		failed(q, FAILURE_RESERVED_METHOD);
	} else if (q->len >= SEARCH_MIN_BYTES && !has_blank(q->text, q->len)) {
		*q = query_search(q->text, q->len, q->registered_only);
		q->implicit = q->kind == QUERY_SEARCH;
	} else {
		failed(q, FAILURE_NO_MATCH);
	}
}

/* Resolves the trimmed query *q. */
static void parse(struct query *q)
{
	const char *text = q->text;
	size_t len = q->len;
	size_t start = status_line_start(text, len);
	size_t n = number_length(text + start, len - start);
	if (n && start + n == len) {
		by_number(q, text + start, n);
	} else if (n && is_blank(text[start + n])) {
		if (start)
			by_number(q, text + start, n);
		else
			by_code_and_phrase(q, n);
	} else if (len == 3 && is_digit(text[0]) && text_upper(text[1]) == 'X' &&
		   text_upper(text[2]) == 'X') {
		q->kind = text[0] >= '1' && text[0] <= '5' ? QUERY_CLASS : QUERY_FAILED;
		q->failure = q->kind == QUERY_FAILED ? FAILURE_NOT_A_CLASS : FAILURE_NONE;
		q->code = q->kind == QUERY_CLASS ? text[0] - '0' : 0;
	} else {
		by_text(q);
	}
}

struct query query_parse(const char *text, size_t len, bool registered_only)
{
	while (len > 0 && is_blank(*text))
		text++, len--;
	while (len > 0 && is_blank(text[len - 1]))
		len--;
	struct query q = {
		.kind = QUERY_BLANK, .registered_only = registered_only, .text = text, .len = len};
	if (len)
		parse(&q);
	return q;
}

struct query query_list(void)
{
	return (struct query){.kind = QUERY_LIST, .text = "--list", .len = 6};
}

struct query query_unofficial(void)
{
	return (struct query){.kind = QUERY_UNOFFICIAL, .text = "--unofficial", .len = 12};
}

struct query query_methods(void)
{
	return (struct query){.kind = QUERY_METHODS, .text = "--methods", .len = 9};
}

struct query query_search(const char *word, size_t len, bool registered_only)
{
	struct query q = {
		.kind = QUERY_SEARCH, .registered_only = registered_only, .text = word, .len = len};
	struct item first = {0};
	if (!query_next(&q, &first))
		failed(&q, FAILURE_NO_MATCH);
	return q;
}

struct query query_other_uses(const struct query *q)
{
	struct query uses = {.kind = QUERY_BLANK, .text = q->text, .len = q->len, .code = q->code};
	size_t n = q->kind == QUERY_CODE && !q->registered_only ? use_count(q->code) : 0;
	if (n)
		uses.kind = n == 1 ? QUERY_USE : QUERY_USES;
	return uses;
}

bool query_is_one(const struct query *q)
{
	return q->kind == QUERY_CODE || q->kind == QUERY_USE || q->kind == QUERY_METHOD;
}

/* snprintf after the at bytes buf (QUERY_EXPLAIN_MAX bytes) holds; the new
 * length, kept within the buffer. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static size_t
append(char *buf, size_t at, const char *format, ...)
{
	va_list ap;
	va_start(ap, format);
	int n = vsnprintf(buf + at, QUERY_EXPLAIN_MAX - at, format, ap);
	va_end(ap);
	at += n > 0 ? (size_t)n : 0;
	return at < QUERY_EXPLAIN_MAX ? at : QUERY_EXPLAIN_MAX - 1;
}

/* "404 is Not Found", "499 is Client Closed Request or Token Required",
 * and whose the phrase given is: " (Bad Request is 400)". */
static const char *explain_wrong_phrase(const struct query *q, char *buf)
{
	char title[USE_TITLE_MAX];
	struct httpstatus_unofficial u;
	int code = q->number_code;
	const char *sep = " is ";
	size_t at = append(buf, 0, "%d", code);
	if (httpstatus_is_known(code)) {
		at = append(buf, at, "%s%s", sep, httpstatus_phrase(code));
		sep = " or ";
	}
	for (size_t i = 0; !q->registered_only && httpstatus_unofficial(code, i, &u); i++) {
		at = append(buf, at, "%s%s", sep, use_title(&u, title));
		sep = " or ";
	}
	if (q->code && q->use == QUERY_NO_USE)
		append(buf, at, " (%s is %d)", httpstatus_phrase(q->code), q->code);
	else if (q->code && httpstatus_unofficial(q->code, q->use, &u))
		append(buf, at, " (%s is %d)", use_title(&u, title), q->code);
	return buf;
}

const char *query_explain(const struct query *q, char *buf)
{
	int code = q->number_code;
	switch (q->kind == QUERY_FAILED ? q->failure : FAILURE_NONE) {
	case FAILURE_NONE:
		return NULL;
	case FAILURE_EMPTY:
		return "an empty query";
	case FAILURE_UNKNOWN_CODE:
		snprintf(buf, QUERY_EXPLAIN_MAX, "not a known status code (%dxx %s)", code / 100,
			 httpstatus_class_name(httpstatus_class(code)));
		return buf;
	case FAILURE_NOT_A_CODE:
		return "not a status code (must be 100-599)";
	case FAILURE_NOT_A_CLASS:
		return "not a class (must be 1xx-5xx)";
	case FAILURE_WRONG_PHRASE:
		return explain_wrong_phrase(q, buf);
	case FAILURE_RESERVED_METHOD:
		return "reserved, not a method (RFC 9110, Section 18.2)";
	case FAILURE_NO_MATCH:
		break;
	}
	return "no status code matches";
}

const char *query_note(const struct query *q, char *buf)
{
	if (q->implicit)
		return "no name, phrase or method; showing what contains it";
	if (q->kind != QUERY_METHOD || !q->wrong_case)
		return NULL;
	snprintf(buf, QUERY_EXPLAIN_MAX, "methods are case-sensitive on the wire; showing %s",
		 httpstatus_method_name(q->method));
	return buf;
}
