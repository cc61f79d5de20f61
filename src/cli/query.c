#include "query.h"

#include <httpstatus.h>

#include <stdbool.h>

enum { NAME_MAX_BYTES = 64 };

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static struct query parse_number(const char *s, size_t len)
{
	long value = 0;
	for (size_t i = 0; i < len && value < 1000; i++)
		value = value * 10 + (s[i] - '0');
	if (value < 100 || value > 599)
		return (struct query){QUERY_NOT_A_CODE, 0};
	int code = (int)value;
	return (struct query){httpstatus_is_known(code) ? QUERY_FOUND : QUERY_UNKNOWN_CODE, code};
}

/* "Not-Found" and "not found" as the name NOT_FOUND (case is left to the
 * library). */
static int find_name(const char *s, size_t len)
{
	char name[NAME_MAX_BYTES];
	if (len > sizeof name)
		return 0;
	for (size_t i = 0; i < len; i++)
		name[i] = s[i] == '-' || s[i] == ' ' ? '_' : s[i];
	return httpstatus_from_name_n(name, len);
}

struct query query_parse(const char *text, size_t len)
{
	while (len > 0 && is_space(*text))
		text++, len--;
	while (len > 0 && is_space(text[len - 1]))
		len--;
	if (len == 0)
		return (struct query){QUERY_NO_MATCH, 0};

	size_t digits = 0;
	while (digits < len && is_digit(text[digits]))
		digits++;
	if (digits == len)
		return parse_number(text, len);
	if (len == 3 && text[0] >= '1' && text[0] <= '5' && (text[1] == 'x' || text[1] == 'X') &&
	    (text[2] == 'x' || text[2] == 'X'))
		return (struct query){QUERY_CLASS, text[0] - '0'};

	int code = find_name(text, len);
	if (!code)
		code = httpstatus_from_phrase_n(text, len);
	return (struct query){code ? QUERY_FOUND : QUERY_NO_MATCH, code};
}
