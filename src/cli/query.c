#include "query.h"

#include <httpstatus.h>

#include <stdio.h>
#include <string.h>

enum { NAME_MAX_BYTES = 64 };

static bool is_space(char c)
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

static enum query_status classify_number(const char *s, size_t len, int *code)
{
	long value = 0;
	for (size_t i = 0; i < len && value < 1000; i++)
		value = value * 10 + (s[i] - '0');
	if (value < 100 || value > 599)
		return QUERY_NOT_A_CODE;
	*code = (int)value;
	return httpstatus_is_known(*code) ? QUERY_FOUND : QUERY_UNKNOWN_CODE;
}

/* "Not-Found" and "not found" as the name NOT_FOUND (case is left to the
 * library). */
static int find_name(const char *s, size_t len)
{
	char name[NAME_MAX_BYTES];
	if (len > sizeof name)
		return 0;
	for (size_t i = 0; i < len; i++) {
		name[i] = s[i];
		if (s[i] == '-' || s[i] == ' ')
			name[i] = '_';
	}
	return httpstatus_from_name_n(name, len);
}

struct query query_parse(const char *text, size_t len)
{
	while (len > 0 && is_space(*text))
		text++, len--;
	while (len > 0 && is_space(text[len - 1]))
		len--;
	struct query q = {QUERY_NO_MATCH, 0, text, len};

	size_t sign = len > 1 && (text[0] == '-' || text[0] == '+');
	size_t digits = sign;
	while (digits < len && is_digit(text[digits]))
		digits++;
	if (len > 0 && digits == len) {
		q.status = sign ? QUERY_NOT_A_CODE : classify_number(text, len, &q.code);
	} else if (len == 3 && text[0] >= '1' && text[0] <= '5' && fold(text[1]) == 'X' &&
		   fold(text[2]) == 'X') {
		q.status = QUERY_CLASS;
		q.code = text[0] - '0';
	} else if ((q.code = find_name(text, len)) ||
		   (q.code = httpstatus_from_phrase_n(text, len))) {
		q.status = QUERY_FOUND;
	}
	return q;
}

const char *query_failure(const struct query *q, char *buf, size_t size)
{
	if (q->status == QUERY_UNKNOWN_CODE) {
		snprintf(buf, size, "not a known status code (%dxx %s)", q->code / 100,
			 httpstatus_class_name(httpstatus_class(q->code)));
		return buf;
	}
	if (q->status == QUERY_NOT_A_CODE)
		return "not a status code (must be 100-599)";
	if (q->status == QUERY_NO_MATCH)
		return "no status code matches";
	return NULL;
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
				httpstatus_description(code)};
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		if (contains_folded(fields[i], word, len))
			return true;
	const char *alias;
	for (size_t i = 0; (alias = httpstatus_alias(code, i)) != NULL; i++)
		if (contains_folded(alias, word, len))
			return true;
	return false;
}
