/* The lookup of a key in one of the case-blind hash tables httpstatus-gen
 * writes (emit_keytab: names, phrases, the unofficial phrases and names):
 * one hash of the input (common/keyhash.h) picks the only key it can be,
 * and one compare, eight bytes at a time under the key's mask, which lets
 * nothing but the case of letters differ, tells whether it is. No byte of
 * the input past len is read. Included after the tables, which define
 * struct hs_key. */
#ifndef HTTPSTATUS_KEYFIND_H
#define HTTPSTATUS_KEYFIND_H

#include "keyhash.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Only fast with the table's constants folded in; compilers that cannot be
 * told are trusted to see it. */
#if defined(__GNUC__)
#define ALWAYS_INLINE static inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE static inline
#endif

/* One table, as the generated constants and arrays of its prefix give it:
 * built at each call from constants, so that none of it is read at run
 * time (and no pointer to a table is stored, which would need a
 * relocation). */
struct keyfind_table {
	const unsigned char *pool;
	const uint8_t *slots; /* key index by slot; 0, the placeholder, for none */
	const struct hs_key *keys; /* keys[0]: the placeholder, of length 0 */
	const uint16_t *values; /* the answer by slot, read without waiting for the key */
	uint64_t seed;
	unsigned bits;
	bool hash_last; /* the hash reads the last window */
	size_t max_len;
};

ALWAYS_INLINE size_t keyfind_slot(const struct keyfind_table *t, const unsigned char *s, size_t len,
				  size_t bound)
{
	uint64_t sum = keyhash_sum(s, len, bound, KEYHASH_CASE_BITS, t->hash_last);
	return keyhash_slot(sum, t->seed, t->bits, len);
}

ALWAYS_INLINE uint64_t keyfind_masked_difference(uint64_t window, const unsigned char *key,
						 const unsigned char *mask)
{
	return (window ^ keyhash_load64(key)) & keyhash_load64(mask);
}

/* The value of the key that the len (8 to bound) bytes at s are; 0 if
 * none. Called with constant bounds, so that the compiler can see how many
 * windows there are in each range of lengths and leave out the loop tests
 * (and not vectorize the loops). */
ALWAYS_INLINE int keyfind_long(const struct keyfind_table *t, const unsigned char *s, size_t len,
			       size_t bound)
{
	size_t slot = keyfind_slot(t, s, len, bound);
	const struct hs_key *k = &t->keys[t->slots[slot]];
	if (k->len != len)
		return 0;
	const unsigned char *key = t->pool + k->at, *mask = t->pool + k->mask;
	uint64_t diff = keyfind_masked_difference(keyhash_load64(s), key, mask) |
			keyfind_masked_difference(keyhash_load64(s + len - 8), key + len - 8,
						  mask + len - 8);
	for (size_t i = 8; i + 8 < bound && i + 8 < len; i += 8)
		diff |= keyfind_masked_difference(keyhash_load64(s + i), key + i, mask + i);
	return diff ? 0 : t->values[slot];
}

/* The same for 1 to 7 bytes, which make one window. */
ALWAYS_INLINE int keyfind_short(const struct keyfind_table *t, const unsigned char *s, size_t len)
{
	size_t slot = keyfind_slot(t, s, len, 8);
	const struct hs_key *k = &t->keys[t->slots[slot]];
	uint64_t w = keyhash_short_window(s, len);
	if (k->len != len || ((w ^ keyhash_short_window(t->pool + k->at, len)) &
			      keyhash_short_window(t->pool + k->mask, len)) != 0)
		return 0;
	return t->values[slot];
}

/* The value of the key that the len bytes at text (not NULL) are, ignoring
 * the case of letters; 0 if none. Lengths take one of four paths, each
 * with its windows written out. */
ALWAYS_INLINE int keyfind(const struct keyfind_table *t, const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	if (len - 1 >= t->max_len)
		return 0; /* len is 0 or above the longest key's */
	if (len < 8)
		return keyfind_short(t, s, len);
	if (len <= 16)
		return keyfind_long(t, s, len, 16);
	if (len <= 24)
		return keyfind_long(t, s, len, 24);
	return keyfind_long(t, s, len, t->max_len);
}

#endif
