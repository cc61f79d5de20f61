/* What --count prints: a line a code, most frequent first, then the total
 * of each class and the lines without a code; or the same as one JSON
 * object. A code that is not registered is shown by its first unofficial
 * use, unless registered_only. Uses the public API only. */
#ifndef HTTPSTATUS_CLI_COUNT_REPORT_H
#define HTTPSTATUS_CLI_COUNT_REPORT_H

#include "count.h"

#include <stdbool.h>

struct report_style {
	bool color; /* codes coloured by class */
	bool registered_only; /* no unofficial uses */
	unsigned columns; /* the terminal's width, for bars; 0 for no bars */
};

void report_text(const struct tally *t, struct report_style style);
void report_json(const struct tally *t, bool registered_only);

#endif
