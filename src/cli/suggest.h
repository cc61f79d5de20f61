/* "Did you mean ...?": the names, phrases and method tokens closest to a
 * query that matched nothing. Uses the public API only. */
#ifndef HTTPSTATUS_CLI_SUGGEST_H
#define HTTPSTATUS_CLI_SUGGEST_H

#include <stdbool.h>
#include <stddef.h>

enum { SUGGESTIONS_MAX = 3 };

struct suggestions {
	size_t count;
	const char *text[SUGGESTIONS_MAX]; /* a name, phrase or token, in the order
					    * of the answers (see item_next) */
};

/* The names and phrases, current or older, of codes and of unofficial uses
 * (unless registered_only), and the method tokens, nearest to the len bytes
 * at query by edit distance (optimal string alignment on ASCII case-folded
 * text, '_' and '-' read as spaces): one a code, use or method, the nearest
 * only, each text once, and only when at most a third of the longer text
 * differs. A name (or token) where the query looks like one (it has a '_',
 * or no lower-case letter), else a phrase. */
struct suggestions suggest(const char *query, size_t len, bool registered_only);

#endif
