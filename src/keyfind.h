/* The lookup of a key in one of the tables httpstatus-gen writes for it
 * (emit_keytab: names, phrases, the unofficial phrases and names, method
 * tokens), in either layout (HTTPSTATUS_SMALL_TABLES, src/tables.h):
 *
 * - hash tables: one hash of the input (common/keyhash.h) picks the only key
 *   it can be, and one compare, eight bytes at a time under the key's mask,
 *   which lets nothing but the case of letters differ, tells whether it is;
 * - sorted keys: a binary search, each step a compare with ASCII letters
 *   folded to upper case (or in exact case).
 *
 * No byte of the input past len is read. keyfind(KEYFIND_TABLE(PREFIX,
 * prefix, first pool, second pool, case-blind), text, len) looks text up in
 * the table of that prefix. */
#ifndef HTTPSTATUS_KEYFIND_H
#define HTTPSTATUS_KEYFIND_H

#include "keyhash.h"
#include "tables.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if HTTPSTATUS_SMALL_TABLES

/* One table, as keyfind's first arguments: scalars, which a call passes in
 * registers, rather than a structure, which a compiler may keep in memory
 * with pointers in it (needing relocations, and keeping every table that
 * one of them names). */
#define KEYFIND_TABLE(PREFIX, prefix, first, second, case_blind)                                   \
	first, second, HS_##PREFIX##_SECOND_POOL, hs_##prefix##_sorted, HS_##PREFIX##_KEYS,        \
		case_blind

/* The key at at: in pool, or from second_at on in second_pool. */
static const unsigned char *keyfind_key(const char *pool, const char *second_pool, size_t second_at,
					size_t at)
{
	return (const unsigned char *)(at < second_at ? pool + at : second_pool + (at - second_at));
}

/* Below 0, 0 or above 0 as the len bytes at s come before key, are it, or
 * come after it: byte by byte, a letter as its upper case where case_blind,
 * the end of either before any byte. */
static int keyfind_compare(const unsigned char *s, size_t len, const unsigned char *key,
			   bool case_blind)
{
	for (size_t i = 0;; i++) {
		if (i == len)
			return key[i] ? -1 : 0;
		if (!key[i])
			return 1;
		int a = case_blind ? keyhash_fold(s[i]) : s[i];
		int b = case_blind ? keyhash_fold(key[i]) : key[i];
		if (a != b)
			return a - b;
	}
}

/* The value of the key that the len bytes at text (not NULL) are; 0 if
 * none: a binary search of the count keys in order. */
static int keyfind(const char *pool, const char *second_pool, size_t second_at,
		   const struct hs_sorted_key *keys, size_t count, bool case_blind,
		   const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t low = 0, high = count;
	while (low < high) {
		size_t middle = low + (high - low) / 2;
		int order = keyfind_compare(
			s, len, keyfind_key(pool, second_pool, second_at, keys[middle].at),
			case_blind);
		if (order == 0)
			return keys[middle].value;
		if (order < 0)
			high = middle;
		else
			low = middle + 1;
	}
	return 0;
}

#else

/* One table, as the generated constants and arrays of its prefix give it:
 * built at each call from constants, so that none of it is read at run
 * time (and no pointer to a table is stored, which would need a
 * relocation). */
struct keyfind_table {
	const unsigned char *keys;
	const struct hs_slot *slots;
	uint64_t seed;
	unsigned bits;
	unsigned hash_windows; /* how many windows the hash reads */
	size_t masks; /* a key's case mask is this far on in keys from its text */
	size_t max_len;
};

#define KEYFIND_TABLE(PREFIX, prefix, first, second, case_blind)                                   \
	(&(struct keyfind_table){(const unsigned char *)hs_##prefix##_keys, hs_##prefix##_slots,   \
				 HS_##PREFIX##_SEED, HS_##PREFIX##_BITS,                           \
				 HS_##PREFIX##_HASH_WINDOWS, HS_##PREFIX##_MASKS,                  \
				 HS_##PREFIX##_MAX_LEN})

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
	const unsigned char *key = t->keys + k->at, *mask = key + t->masks;
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
	const unsigned char *key = t->keys + k->at, *mask = key + t->masks;
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

#endif
