#include "query.h"

#include <httpstatus.h>

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

static unsigned char fold(char c)
{
	unsigned char u = (unsigned char)c;
	return (unsigned char)(u - 'a') < 26 ? (unsigned char)(u - ('a' - 'A')) : u;
}

/* Whether s (len bytes) starts with the upper-case prefix, in any case. */
static bool starts_with(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	if (len < n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (fold(s[i]) != (unsigned char)prefix[i])
			return false;
	return true;
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

/* Answers *q by the number of n bytes at s, the query or its start. */
static struct query *by_number(struct query *q, const char *s, size_t n)
{
	long value = 0;
	for (size_t i = 0; i < n && s[0] != '-' && value < 1000; i++)
		value = value * 10 + (s[i] - '0');
	q->number = s;
	q->number_len = n;
	q->number_code = value >= 100 && value <= 599 ? (int)value : 0;
	if (!q->number_code)
		return failed(q, FAILURE_NOT_A_CODE);
	if (!httpstatus_is_known(q->number_code))
		return failed(q, FAILURE_UNKNOWN_CODE);
	q->kind = QUERY_CODE;
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
	if (len > sizeof name)
		return 0;
	for (size_t i = 0; i < len; i++) {
		name[i] = s[i];
		if (s[i] == '-' || s[i] == ' ')
			name[i] = '_';
	}
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		size_t skip = strlen(prefixes[i]);
		int code;
		if (starts_with(name, len, prefixes[i]) &&
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
	if (!starts_with(s, len, "HTTP/"))
		return 0;
	while (i < len && (is_digit(s[i]) || s[i] == '.'))
		i++;
	if (i == 5 || i == len || !is_blank(s[i]))
		return 0;
	while (is_blank(s[i]))
		i++;
	return i;
}

/* "404 Not Found": the code, if the rest is its phrase or name. */
static struct query *by_code_and_phrase(struct query *q, size_t n)
{
	const char *rest = q->text + n;
	size_t rest_len = q->len - n;
	while (is_blank(*rest))
		rest++, rest_len--;
	if (by_number(q, q->text, n)->kind == QUERY_CODE) {
		int code = find_name_or_phrase(rest, rest_len);
		if (code != q->code) {
			q->code = code;
			failed(q, FAILURE_WRONG_PHRASE);
		}
	}
	return q;
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
	} else if (len == 3 && is_digit(text[0]) && fold(text[1]) == 'X' && fold(text[2]) == 'X') {
		q->kind = text[0] >= '1' && text[0] <= '5' ? QUERY_CLASS : QUERY_FAILED;
		q->failure = q->kind == QUERY_FAILED ? FAILURE_NOT_A_CLASS : FAILURE_NONE;
		q->code = q->kind == QUERY_CLASS ? text[0] - '0' : 0;
	} else if ((q->code = find_name_or_phrase(text, len)) != 0) {
		q->kind = QUERY_CODE;
	} else if (len >= SEARCH_MIN_BYTES && !has_blank(text, len)) {
		*q = query_search(text, len);
		q->implicit = q->kind == QUERY_SEARCH;
	} else {
		failed(q, FAILURE_NO_MATCH);
	}
}

struct query query_parse(const char *text, size_t len)
{
	while (len > 0 && is_blank(*text))
		text++, len--;
	while (len > 0 && is_blank(text[len - 1]))
		len--;
	struct query q = {.kind = QUERY_BLANK, .text = text, .len = len};
	if (len)
		parse(&q);
	return q;
}

struct query query_list(void)
{
	return (struct query){.kind = QUERY_LIST, .text = "--list", .len = 6};
}

struct query query_search(const char *word, size_t len)
{
	struct query q = {.kind = QUERY_SEARCH, .text = word, .len = len};
	struct item first = {0};
	if (!query_next(&q, &first))
		failed(&q, FAILURE_NO_MATCH);
	return q;
}

const char *query_explain(const struct query *q, char *buf, size_t size)
{
	int code = q->number_code;
	switch (q->kind == QUERY_FAILED ? q->failure : FAILURE_NONE) {
	case FAILURE_NONE:
		return NULL;
	case FAILURE_EMPTY:
		return "an empty query";
	case FAILURE_UNKNOWN_CODE:
		snprintf(buf, size, "not a known status code (%dxx %s)", code / 100,
			 httpstatus_class_name(httpstatus_class(code)));
		return buf;
	case FAILURE_NOT_A_CODE:
		return "not a status code (must be 100-599)";
	case FAILURE_NOT_A_CLASS:
		return "not a class (must be 1xx-5xx)";
	case FAILURE_WRONG_PHRASE:
		if (q->code)
			snprintf(buf, size, "%d is %s (%s is %d)", code, httpstatus_phrase(code),
				 httpstatus_phrase(q->code), q->code);
		else
			snprintf(buf, size, "%d is %s", code, httpstatus_phrase(code));
		return buf;
	case FAILURE_NO_MATCH:
		break;
	}
	return "no status code matches";
}

bool query_next(const struct query *q, struct item *it)
{
	int c = it->code;
	switch (q->kind) {
	case QUERY_CODE:
		c = c ? 0 : q->code;
		break;
	case QUERY_CLASS:
		c = httpstatus_next(c ? c : q->code * 100 - 1);
		if (c >= (q->code + 1) * 100)
			c = 0;
		break;
	case QUERY_LIST:
		c = httpstatus_next(c);
		break;
	case QUERY_SEARCH:
		do
			c = httpstatus_next(c);
		while (c && !query_mentions(c, q->text, q->len));
		break;
	case QUERY_BLANK:
	case QUERY_FAILED:
		c = 0;
		break;
	}
	it->kind = ITEM_CODE;
	it->code = c;
	return c != 0;
}

static bool contains_folded(const char *haystack, const char *word, size_t len)
{
	for (; *haystack; haystack++) {
		size_t i = 0;
		while (i < len && haystack[i] && fold(haystack[i]) == fold(word[i]))
			i++;
		if (i == len)
			return true;
	}
	return false;
}

bool query_mentions(int code, const char *word, size_t len)
{
	const char *fields[] = {httpstatus_name(code), httpstatus_phrase(code),
				httpstatus_description(code),
				httpstatus_class_name(httpstatus_class(code))};
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		if (contains_folded(fields[i], word, len))
			return true;
	const char *alias;
	for (size_t i = 0; (alias = httpstatus_alias(code, i)) != NULL; i++)
		if (contains_folded(alias, word, len))
			return true;
	return false;
}
