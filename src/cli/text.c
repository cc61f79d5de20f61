#include "text.h"

#include <string.h>

char text_upper(char c)
{
	if (c >= 'a' && c <= 'z')
		return (char)(c - ('a' - 'A'));
	return c;
}

bool text_starts_with(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	if (len < n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (text_upper(s[i]) != text_upper(prefix[i]))
			return false;
	return true;
}

bool text_equal(const char *s, size_t len, const char *t)
{
	return strlen(t) == len && text_starts_with(s, len, t);
}

bool text_contains(const char *haystack, const char *word, size_t len)
{
	for (; *haystack; haystack++) {
		size_t i = 0;
		while (i < len && haystack[i] && text_upper(haystack[i]) == text_upper(word[i]))
			i++;
		if (i == len)
			return true;
	}
	return false;
}

bool text_as_name(const char *s, size_t len, char *out, size_t size)
{
	if (len > size)
		return false;
	for (size_t i = 0; i < len; i++) {
		out[i] = s[i];
		if (s[i] == '-' || s[i] == ' ')
			out[i] = '_';
	}
	return true;
}
