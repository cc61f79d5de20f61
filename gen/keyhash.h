/* The case-folded key hash shared by the generator, which searches for a seed
 * that gives every name (or phrase) its own slot, and by the library, which
 * looks keys up with the seed the generator chose.
 *
 * A key is hashed as the little-endian 64-bit words of its folded bytes,
 * zero-padded to a whole word, so the library can fold and hash eight bytes
 * at a time and the result does not depend on the machine's byte order. */
#ifndef HTTPSTATUS_KEYHASH_H
#define HTTPSTATUS_KEYHASH_H

#include <stddef.h>
#include <stdint.h>

#define KEYHASH_MULTIPLIER UINT64_C(0x9e3779b97f4a7c15)

/* ASCII a-z to A-Z; every other byte as it is. Never the locale's toupper. */
static inline unsigned char keyhash_fold(unsigned char c)
{
	return c >= 'a' && c <= 'z' ? (unsigned char)(c - ('a' - 'A')) : c;
}

static inline size_t keyhash_words(size_t len)
{
	return (len + 7) / 8;
}

static inline uint64_t keyhash(uint64_t seed, const uint64_t *words, size_t len)
{
	uint64_t h = seed ^ len;
	for (size_t i = 0; i < keyhash_words(len); i++)
		h = (h ^ words[i]) * KEYHASH_MULTIPLIER;
	return h;
}

#endif
