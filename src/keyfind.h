/* The lookup of a key in one of the case-blind hash tables httpstatus-gen
 * writes (emit_keytab: names, phrases, the unofficial phrases and names):
 * one hash of the input (common/keyhash.h) picks the only key it can be,
 * and one compare, eight bytes at a time under the key's mask, which lets
 * nothing but the case of letters differ, tells whether it is. No byte of
 * the input past len is read. Included after the tables, which define
 * struct hs_slot. */
#ifndef HTTPSTATUS_KEYFIND_H
#define HTTPSTATUS_KEYFIND_H

#include "keyhash.h"

#include <stddef.h>
#include <stdint.h>

/* One table, as the generated constants and arrays of its prefix give it:
 * built at each call from constants, so that none of it is read at run
 * time (and no pointer to a table is stored, which would need a
 * relocation). */
struct keyfind_table {
	const unsigned char *pool;
	const struct hs_slot *slots;
	uint64_t seed;
	unsigned bits;
	unsigned hash_windows; /* how many windows the hash reads */
	size_t masks; /* a key's case mask is this far on in the pool from its text */
	size_t max_len;
};

ALWAYS_INLINE uint64_t keyfind_masked_difference(const unsigned char *s, const unsigned char *key,
						 const unsigned char *mask, size_t at)
{
	return (keyhash_load64(s + at) ^ keyhash_load64(key + at)) & keyhash_load64(mask + at);
}

/* The slot of the only key that the len bytes at s can be. */
ALWAYS_INLINE const struct hs_slot *keyfind_candidate(const struct keyfind_table *t,
						      const unsigned char *s, size_t len)
{
	uint64_t sum = keyhash_sum(s, len, t->hash_windows, KEYHASH_CASE_BITS);
	return &t->slots[keyhash_slot(sum, t->seed, t->bits, len)];
}

/* The value of the key that the len (1 to 7) bytes at s are; 0 if none. */
ALWAYS_INLINE int keyfind_short(const struct keyfind_table *t, const unsigned char *s, size_t len)
{
	const struct hs_slot *k = keyfind_candidate(t, s, len);
	const unsigned char *key = t->pool + k->at, *mask = key + t->masks;
	if (k->len != len || ((keyhash_short_window(s, len) ^ keyhash_short_window(key, len)) &
			      keyhash_short_window(mask, len)) != 0)
		return 0;
	return k->value;
}

/* The same for 8 bytes or more: every window of a key of up to 32 bytes,
 * the last one read again where the key is shorter, so that no branch
 * depends on the length; past 32 bytes, the rest. */
ALWAYS_INLINE int keyfind_long(const struct keyfind_table *t, const unsigned char *s, size_t len)
{
	const struct hs_slot *k = keyfind_candidate(t, s, len);
	if (k->len != len)
		return 0;
	const unsigned char *key = t->pool + k->at, *mask = key + t->masks;
	size_t windows = KEYHASH_WINDOWS(t->max_len);
	uint64_t diff = 0;
	for (size_t i = 0; i < windows && i < 4; i++)
		diff |= keyfind_masked_difference(s, key, mask, 8 * i < len - 8 ? 8 * i : len - 8);
	if (windows > 4 && len > 32)
		for (size_t i = 4; i < windows; i++)
			diff |= keyfind_masked_difference(s, key, mask,
							  8 * i < len - 8 ? 8 * i : len - 8);
	return diff ? 0 : k->value;
}

/* The value of the key that the len bytes at text (not NULL) are, ignoring
 * the case of letters; 0 if none. */
ALWAYS_INLINE int keyfind(const struct keyfind_table *t, const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	if (len - 1 >= t->max_len)
		return 0; /* len is 0 or above the longest key's */
	return len < 8 ? keyfind_short(t, s, len) : keyfind_long(t, s, len);
}

#endif
