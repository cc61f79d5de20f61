#include "uses.h"

#include "text.h"

#include <stdio.h>
#include <string.h>

enum { NAME_MAX_BYTES = 255 };

size_t use_count(int code)
{
	struct httpstatus_unofficial u;
	size_t n = 0;
	while (httpstatus_unofficial(code, n, &u))
		n++;
	return n;
}

/* Whether the len bytes at s, and name their name form (the same length),
 * are the use's phrase or name. */
static bool names_use(const struct httpstatus_unofficial *u, const char *s, const char *name,
		      size_t len)
{
	return (u->phrase && text_equal(s, len, u->phrase)) || text_equal(name, len, u->name);
}

/* Whether the name form at name (len bytes) is the use's constant without
 * HTTP_STATUS_: its source, '_' for each space, then '_' and its name. */
static bool is_qualified_name(const struct httpstatus_unofficial *u, const char *name, size_t len)
{
	size_t n = strlen(u->source);
	if (len <= n || name[n] != '_' || !text_equal(name + n + 1, len - n - 1, u->name))
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = u->source[i];
		if (c == ' ')
			c = '_';
		if (text_upper(name[i]) != text_upper(c))
			return false;
	}
	return true;
}

bool use_find_of(int code, const char *s, size_t len, size_t *index)
{
	char name[NAME_MAX_BYTES];
	struct httpstatus_unofficial u;
	if (!text_as_name(s, len, name, sizeof name))
		return false;
	for (size_t i = 0; httpstatus_unofficial(code, i, &u); i++)
		if (names_use(&u, s, name, len) || is_qualified_name(&u, name, len) ||
		    (text_starts_with(name, len, "HTTP_STATUS_") &&
		     is_qualified_name(&u, name + 12, len - 12))) {
			*index = i;
			return true;
		}
	return false;
}

bool use_find(const char *s, size_t len, int *code, size_t *index)
{
	char name[NAME_MAX_BYTES];
	if (!text_as_name(s, len, name, sizeof name))
		return false;
	int c = httpstatus_unofficial_from_phrase_n(s, len);
	if (!c)
		c = httpstatus_unofficial_from_phrase_n(name, len);
	/* The phrase or name of one of c's uses, or else a constant, which
	 * any use may have. */
	int first = c ? c : CODE_MIN, last = c ? c : CODE_MAX;
	for (c = first; c <= last; c++)
		if (use_find_of(c, s, len, index)) {
			*code = c;
			return true;
		}
	return false;
}

/* The string s in lower case, with sep for '_' and ' ', into buf
 * (USE_TITLE_MAX bytes) from at on, cut short if need be; the new end. */
static size_t append_lower(char *buf, size_t at, const char *s, char sep)
{
	for (; *s && at + 1 < USE_TITLE_MAX; s++, at++) {
		buf[at] = *s;
		if (*s == '_' || *s == ' ')
			buf[at] = sep;
		else if (*s >= 'A' && *s <= 'Z')
			buf[at] = (char)(*s - 'A' + 'a');
	}
	buf[at] = '\0';
	return at;
}

const char *use_title(const struct httpstatus_unofficial *u, char *buf)
{
	if (u->phrase)
		return u->phrase;
	append_lower(buf, 0, u->name, ' ');
	return buf;
}

const char *use_qualified_name(const struct httpstatus_unofficial *u, char *buf)
{
	size_t at = append_lower(buf, 0, u->source, '_');
	at = append_lower(buf, at, "_", '_');
	append_lower(buf, at, u->name, '_');
	return buf;
}
