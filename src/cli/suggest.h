/* "Did you mean ...?": the names and phrases closest to a query that
 * matched nothing. Uses the public API only. */
#ifndef HTTPSTATUS_CLI_SUGGEST_H
#define HTTPSTATUS_CLI_SUGGEST_H

#include <stddef.h>

enum { SUGGESTIONS_MAX = 3 };

struct suggestions {
	size_t count;
	const char *text[SUGGESTIONS_MAX]; /* a name or phrase, in code order */
};

/* The names and phrases, current or older, nearest to the len bytes at
 * query by edit distance (optimal string alignment on ASCII case-folded text,
 * '_' and '-' read as spaces), one a code, the nearest codes only, and only
 * when at most a third of the longer text differs. A name where the query
 * looks like one (it has a '_', or no lower-case letter), else a phrase. */
struct suggestions suggest(const char *query, size_t len);

#endif
