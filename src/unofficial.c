/* The unofficial uses: the codes servers, services and libraries use outside
 * the registry, read from the tables httpstatus-gen wrote from
 * gen/unofficial-codes.tsv. Apart from the registered codes' tables, so that
 * no answer about a registered code can come from here. By code it is a
 * bounds check and two loads; by phrase or name, one hash that is blind to
 * case and one compare under a mask that lets only the case of letters
 * differ. */
#include "httpstatus.h"

#include <stdint.h>
#include <string.h>

#include "unofficial-tables.h"
#include "keyfind.h"

static const char *use_string_at(size_t at)
{
	return (const char *)hs_unofficial_pool + at;
}

bool httpstatus_unofficial(int code, size_t i, struct httpstatus_unofficial *u)
{
	size_t at = (size_t)((unsigned)code - HS_UNOFFICIAL_CODE_BASE);
	if (!u || at >= HS_UNOFFICIAL_CODE_SPAN)
		return false;
	size_t first = hs_unofficial_first[at], end = hs_unofficial_first[at + 1];
	if (i >= end - first)
		return false;
	const struct hs_unofficial_use *use = &hs_unofficial_uses[first + i];
	u->code = use->code;
	u->source = use_string_at(use->source);
	u->name = use_string_at(use->name);
	u->phrase = use->phrase ? use_string_at(use->phrase) : NULL;
	u->wire = use_string_at(use->wire);
	u->reference = use_string_at(use->reference);
	u->description = use_string_at(use->description);
	return true;
}

#define USES                                                                                       \
	(&(struct keyfind_table){hs_unofficial_pool, hs_unofficial_slots, HS_UNOFFICIAL_SEED,      \
				 HS_UNOFFICIAL_BITS, HS_UNOFFICIAL_HASH_WINDOWS,                   \
				 HS_UNOFFICIAL_MASKS, HS_UNOFFICIAL_MAX_LEN})

int httpstatus_unofficial_from_phrase_n(const char *phrase, size_t len)
{
	return phrase ? keyfind(USES, phrase, len) : 0;
}

/* Not through the _n form, which an exported function may not inline. */
int httpstatus_unofficial_from_phrase(const char *phrase)
{
	return phrase ? keyfind(USES, phrase, strlen(phrase)) : 0;
}
