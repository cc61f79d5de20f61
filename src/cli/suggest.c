#include "suggest.h"

#include "answers.h"
#include "text.h"

#include <httpstatus.h>

#include <string.h>

enum { TEXT_MAX = 64 };

/* Lower case, and '_' and '-' as spaces, into out (TEXT_MAX bytes); the
 * length, or 0 when it does not fit. */
static size_t normalize(const char *s, size_t len, char *out)
{
	if (len > TEXT_MAX)
		return 0;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (c == '_' || c == '-')
			c = ' ';
		else if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		out[i] = c;
	}
	return len;
}

static size_t min2(size_t a, size_t b)
{
	return a < b ? a : b;
}

/* The optimal-string-alignment distance between a and b: insertions,
 * deletions, substitutions and swaps of neighbours, each counting one. */
static size_t distance(const char *a, size_t m, const char *b, size_t n)
{
	size_t rows[3][TEXT_MAX + 1];
	size_t *before = rows[0], *previous = rows[1], *row = rows[2];
	for (size_t j = 0; j <= n; j++)
		previous[j] = j;
	for (size_t i = 1; i <= m; i++) {
		row[0] = i;
		for (size_t j = 1; j <= n; j++) {
			size_t cost = a[i - 1] != b[j - 1];
			row[j] =
				min2(min2(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
				row[j] = min2(row[j], before[j - 2] + 1);
		}
		size_t *oldest = before;
		before = previous;
		previous = row;
		row = oldest;
	}
	return previous[n];
}

/* No lower-case letter and no space: NOT_FOUND, not Not Found. */
static bool looks_like_name(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] == ' ' || (s[i] >= 'a' && s[i] <= 'z'))
			return false;
	return true;
}

/* The answer's i-th text, NULL past the last: a code's name, phrase, then
 * older names and phrases; a use's name and phrase ("" where it has none);
 * a method's token. */
static const char *text_of(const struct item *it, size_t i)
{
	struct httpstatus_unofficial u = {0}; /* an answer's use is always there */
	if (it->kind == ITEM_CODE)
		return i == 0   ? httpstatus_name(it->code)
		       : i == 1 ? httpstatus_phrase(it->code)
				: httpstatus_alias(it->code, i - 2);
	if (it->kind == ITEM_METHOD)
		return i == 0 ? httpstatus_method_name(it->method) : NULL;
	httpstatus_unofficial(it->code, it->use, &u);
	if (i == 0)
		return u.name;
	if (i == 1)
		return u.phrase ? u.phrase : "";
	return NULL;
}

/* The answer's text nearest to the normalized query q (m bytes), one that
 * looks like a name if want_name and there is one at that distance; NULL if
 * none is near enough. Its distance in *d. */
static const char *nearest_text(const struct item *it, const char *q, size_t m, bool want_name,
				size_t *d)
{
	const char *nearest[2] = {NULL, NULL}; /* a phrase, a name */
	const char *text;
	char t[TEXT_MAX];
	*d = TEXT_MAX;
	for (size_t i = 0; (text = text_of(it, i)) != NULL; i++) {
		size_t n = normalize(text, strlen(text), t);
		size_t longer = n > m ? n : m, shorter = n > m ? m : n;
		/* The distance is at least the difference in length. */
		if (n == 0 || (longer - shorter) * 3 > longer)
			continue;
		size_t dt = distance(q, m, t, n);
		if (dt * 3 > longer || dt > *d)
			continue;
		if (dt < *d)
			nearest[0] = nearest[1] = NULL;
		*d = dt;
		bool name = looks_like_name(text, strlen(text));
		if (!nearest[name])
			nearest[name] = text;
	}
	return nearest[want_name] ? nearest[want_name] : nearest[!want_name];
}

/* Whether the suggestions hold text already: a use may share a name with a
 * registered code (UNAUTHORIZED). */
static bool has_text(const struct suggestions *s, const char *text)
{
	for (size_t i = 0; i < s->count; i++)
		if (text_equal(text, strlen(text), s->text[i]))
			return true;
	return false;
}

struct suggestions suggest(const char *query, size_t len, bool registered_only)
{
	struct suggestions s = {0};
	char q[TEXT_MAX];
	size_t m = normalize(query, len, q), best = TEXT_MAX, d;
	bool want_name = memchr(query, '_', len) || looks_like_name(query, len);
	for (struct item it = {0}; m && item_next(&it, registered_only);) {
		const char *text = nearest_text(&it, q, m, want_name, &d);
		if (!text || d > best)
			continue;
		if (d < best)
			s.count = 0;
		best = d;
		if (s.count < SUGGESTIONS_MAX && !has_text(&s, text))
			s.text[s.count++] = text;
	}
	return s;
}
