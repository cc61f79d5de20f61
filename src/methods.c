/* The HTTP methods: every answer reads the tables that httpstatus-gen wrote
 * from gen/methods.tsv. By id it is a bounds check and a load; by token, in
 * exact case, one compare with GET, then one hash and one compare (or in
 * the small layout, src/keyfind.h's binary search). */
#include "httpstatus.h"

#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "tables.h"

#include "methods-tables.h"
#include "keyfind.h"

/* The offset of method m's token, 0 for any value that is no method's id. */
static size_t token_at(enum httpstatus_method m)
{
	unsigned id = (unsigned)m;
	return id < HS_METHOD_ID_LIMIT ? hs_method_token_at[id] : 0;
}

#if HTTPSTATUS_SMALL_TABLES

/* The id of the method that the len bytes at token are, or 0. */
static enum httpstatus_method find_method(const char *token, size_t len)
{
	return (enum httpstatus_method)keyfind(
		KEYFIND_TABLE(METHOD, method, hs_method_tokens, hs_method_tokens, false), token,
		len);
}

#else

/* The slot of the len (at least 1) bytes at s. */
static inline size_t method_slot_of(const unsigned char *s, size_t len)
{
	uint64_t sum = keyhash_sum(s, len, HS_METHOD_HASH_WINDOWS, 0);
	return keyhash_slot(sum, HS_METHOD_SEED, HS_METHOD_BITS, len);
}

/* The id of the method that the len (1 to 7) bytes at s are, or 0: their
 * one window is the whole compare. */
static inline unsigned find_short(const unsigned char *s, size_t len)
{
	const struct hs_method_slot *slot = &hs_method_slots[method_slot_of(s, len)];
	uint64_t w = keyhash_short_window(s, len);
	return ((slot->first ^ w) | (slot->len ^ len)) == 0 ? slot->id : 0;
}

/* The same for 8 bytes or more: the first window is compared with the
 * slot's, the others with the token's. */
static unsigned find_long(const unsigned char *s, size_t len)
{
	const struct hs_method_slot *slot = &hs_method_slots[method_slot_of(s, len)];
	if (slot->len != len || slot->first != keyhash_load64(s))
		return 0;
	unsigned id = slot->id;
	const unsigned char *token =
		(const unsigned char *)hs_method_tokens + hs_method_token_at[id];
	uint64_t diff = 0;
	for (size_t i = 1; i < KEYHASH_WINDOWS(HS_METHOD_MAX_LEN); i++)
		diff |= keyhash_window(s, len, i) ^ keyhash_window(token, len, i);
	return diff ? 0 : id;
}

/* The id of the method that the len bytes at token are, or 0. */
ALWAYS_INLINE enum httpstatus_method find_method(const char *token, size_t len)
{
	const unsigned char *s = (const unsigned char *)token;
	/* The first method of the data file, GET, is what most requests have:
	 * a compare that the branch predictor learns, before the hash. */
	if (HS_METHOD_FIRST_LEN > 0 && len == HS_METHOD_FIRST_LEN &&
	    keyhash_short_window(s, HS_METHOD_FIRST_LEN) == HS_METHOD_FIRST_WINDOW)
		return (enum httpstatus_method)HS_METHOD_FIRST_ID;
	if (len >= 1 && len <= 7)
		return (enum httpstatus_method)find_short(s, len);
	if (len == 0 || len > HS_METHOD_MAX_LEN)
		return HTTP_METHOD_UNKNOWN;
	return (enum httpstatus_method)find_long(s, len);
}

#endif

enum httpstatus_method httpstatus_method_from_name_n(const char *token, size_t len)
{
	return token ? find_method(token, len) : HTTP_METHOD_UNKNOWN;
}

/* Not through the _n form, which an exported function may not inline. */
enum httpstatus_method httpstatus_method_from_name(const char *token)
{
	return token ? find_method(token, strlen(token)) : HTTP_METHOD_UNKNOWN;
}

const char *httpstatus_method_name(enum httpstatus_method m)
{
	size_t at = token_at(m);
	return at ? hs_method_tokens + at : NULL;
}

const char *httpstatus_method_description(enum httpstatus_method m)
{
	unsigned id = (unsigned)m;
	return token_at(m) ? hs_method_descriptions + hs_method_description_at[id] : NULL;
}

const char *httpstatus_method_reference(enum httpstatus_method m)
{
	unsigned id = (unsigned)m;
	return token_at(m) ? hs_method_references + hs_method_reference_at[id] : NULL;
}

/* Id 0 and the ids of no method have no flags: no check needed. */
static bool has_flag(enum httpstatus_method m, unsigned flag)
{
	unsigned id = (unsigned)m;
	return id < HS_METHOD_ID_LIMIT && (hs_method_flags[id] & flag) != 0;
}

bool httpstatus_method_is_safe(enum httpstatus_method m)
{
	return has_flag(m, HS_METHOD_SAFE);
}

bool httpstatus_method_is_idempotent(enum httpstatus_method m)
{
	return has_flag(m, HS_METHOD_IDEMPOTENT);
}

bool httpstatus_method_is_cacheable(enum httpstatus_method m)
{
	return has_flag(m, HS_METHOD_CACHEABLE);
}

unsigned httpstatus_method_flags(enum httpstatus_method m)
{
	unsigned id = (unsigned)m;
	return id < HS_METHOD_ID_LIMIT ? hs_method_flags[id] : 0;
}

const char *httpstatus_method_flag_name(unsigned flag)
{
	unsigned bit = hs_flag_bit(flag, HS_METHOD_FLAG_COUNT);
	return bit < HS_METHOD_FLAG_COUNT ? hs_method_flag_words + hs_method_flag_word_at[bit]
					  : NULL;
}

enum httpstatus_method httpstatus_method_next(enum httpstatus_method m)
{
	/* Through unsigned, whatever type the compiler gives the enum: a
	 * negative value is below every id. */
	unsigned from = (unsigned)m;
	unsigned id = from > INT_MAX ? 1 : from + 1;
	for (; id < HS_METHOD_ID_LIMIT; id++)
		if (hs_method_token_at[id])
			return (enum httpstatus_method)id;
	return HTTP_METHOD_UNKNOWN;
}

size_t httpstatus_method_count(void)
{
	return HS_METHOD_COUNT;
}
