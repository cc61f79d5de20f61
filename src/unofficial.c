/* The unofficial uses: the codes servers, services and libraries use outside
 * the registry, read from the tables httpstatus-gen wrote from
 * gen/unofficial-codes.tsv. Apart from the registered codes' tables, so that
 * no answer about a registered code can come from here. By code it is a
 * bounds check and two loads; by phrase or name, src/keyfind.h's lookup,
 * blind to case. */
#include "httpstatus.h"

#include <stdint.h>
#include <string.h>

#include "tables.h"

#include "unofficial-tables.h"
#include "keyfind.h"

/* The first of code's uses and the number of them; 0 for any int that has
 * none. */
static size_t uses_of(int code, size_t *first)
{
	size_t at = (size_t)((unsigned)code - HS_UNOFFICIAL_CODE_BASE);
	if (at >= HS_UNOFFICIAL_CODE_SPAN)
		return 0;
#if HTTPSTATUS_SMALL_TABLES
	size_t use = 0, end;
	while (use < HS_UNOFFICIAL_COUNT && hs_unofficial_code[use] < code)
		use++;
	for (end = use; end < HS_UNOFFICIAL_COUNT && hs_unofficial_code[end] == code; end++)
		;
	*first = use;
	return end - use;
#else
	*first = hs_unofficial_first[at];
	return hs_unofficial_first[at + 1] - *first;
#endif
}

bool httpstatus_unofficial(int code, size_t i, struct httpstatus_unofficial *u)
{
	size_t first = 0;
	if (!u || i >= uses_of(code, &first))
		return false;
	size_t use = first + i;
	u->code = code;
	u->source = hs_unofficial_sources + hs_unofficial_source_at[use];
	u->name = hs_unofficial_names + hs_unofficial_name_at[use];
	u->phrase = hs_unofficial_phrase_at[use]
			    ? hs_unofficial_phrases + hs_unofficial_phrase_at[use]
			    : NULL;
	u->wire = hs_unofficial_wires + hs_unofficial_wire_at[use];
	u->reference = hs_unofficial_references + hs_unofficial_reference_at[use];
	u->description = hs_unofficial_descriptions + hs_unofficial_description_at[use];
	return true;
}

/* The uses' names and phrases, for keyfind. */
#define USES KEYFIND_TABLE(UNOFFICIAL, unofficial, hs_unofficial_names, hs_unofficial_phrases, true)

int httpstatus_unofficial_from_phrase_n(const char *phrase, size_t len)
{
	return phrase ? keyfind(USES, phrase, len) : 0;
}

/* Not through the _n form, which an exported function may not inline. */
int httpstatus_unofficial_from_phrase(const char *phrase)
{
	return phrase ? keyfind(USES, phrase, strlen(phrase)) : 0;
}
