/* The answers to a query, stepped through one at a time: registered codes,
 * unofficial uses and methods, in one order. Uses the public API only. */
#ifndef HTTPSTATUS_CLI_ANSWERS_H
#define HTTPSTATUS_CLI_ANSWERS_H

#include "query.h"

#include <httpstatus.h>

#include <stdbool.h>
#include <stddef.h>

enum item_kind {
	ITEM_CODE, /* a registered code (first, so that a zeroed item is one) */
	ITEM_USE, /* an unofficial use of a code */
	ITEM_METHOD, /* a method */
};

/* One answer to a query. */
struct item {
	enum item_kind kind;
	int code; /* ITEM_CODE, ITEM_USE */
	size_t use; /* ITEM_USE: its place among the code's uses */
	enum httpstatus_method method; /* ITEM_METHOD */
};

/* Steps *it to the query's next answer, starting from a zeroed item; false
 * past the last. */
bool query_next(const struct query *q, struct item *it);

/* Steps *it to the next of everything the tool knows, starting from a
 * zeroed item: by code, a registered code before its unofficial uses (which
 * registered_only leaves out), then the methods; false past the last. */
bool item_next(struct item *it, bool registered_only);

/* Whether the answer's text contains the len bytes at word, ignoring ASCII
 * case: a code's name, phrase, description, class name or an older name or
 * phrase; a use's source, name, phrase, wire, description or class name; a
 * method's token or description. */
bool item_mentions(const struct item *it, const char *word, size_t len);

#endif
