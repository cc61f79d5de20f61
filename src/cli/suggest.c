#include "suggest.h"

#include <httpstatus.h>

#include <stdbool.h>
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

/* The code's i-th text: its name, its phrase, then its older names and
 * phrases; NULL past the last. */
static const char *text_of(int code, size_t i)
{
	return i == 0   ? httpstatus_name(code)
	       : i == 1 ? httpstatus_phrase(code)
			: httpstatus_alias(code, i - 2);
}

/* The code's name or phrase nearest to the normalized query q (m bytes),
 * one that looks like a name if want_name and there is one at that distance;
 * NULL if none is near enough. Its distance in *d. */
static const char *nearest_text(int code, const char *q, size_t m, bool want_name, size_t *d)
{
	const char *nearest[2] = {NULL, NULL}; /* a phrase, a name */
	const char *text;
	char t[TEXT_MAX];
	*d = TEXT_MAX;
	for (size_t i = 0; (text = text_of(code, i)) != NULL; i++) {
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

struct suggestions suggest(const char *query, size_t len)
{
	struct suggestions s = {0};
	char q[TEXT_MAX];
	size_t m = normalize(query, len, q), best = TEXT_MAX, d;
	bool want_name = memchr(query, '_', len) || looks_like_name(query, len);
	for (int code = httpstatus_next(0); code && m; code = httpstatus_next(code)) {
		const char *text = nearest_text(code, q, m, want_name, &d);
		if (!text || d > best)
			continue;
		if (d < best)
			s.count = 0;
		best = d;
		if (s.count < SUGGESTIONS_MAX)
			s.text[s.count++] = text;
	}
	return s;
}
