/* The key hash shared by the generator, which searches for seeds that give
 * every name (or phrase) a slot of its own, and by the library, which looks
 * keys up with the seeds the generator chose.
 *
 * A key is seen through two little-endian 64-bit windows: its first eight
 * bytes and its last eight, which overlap when the key is shorter than 16.
 * A key shorter than eight bytes has one window, built from shorter loads
 * that overlap in the same way. No window reads a byte outside the key, and
 * the result does not depend on the machine's byte order.
 *
 * The hash sets bit 5 of every byte before mixing, which makes it blind to
 * ASCII case (and to a few other pairs of bytes; the compare that follows
 * tells those apart). */
#ifndef HTTPSTATUS_KEYHASH_H
#define HTTPSTATUS_KEYHASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define KEYHASH_CASE_BITS UINT64_C(0x2020202020202020)

/* ASCII a-z to A-Z; every other byte as it is. Never the locale's toupper. */
static inline unsigned char keyhash_fold(unsigned char c)
{
	return c >= 'a' && c <= 'z' ? (unsigned char)(c - ('a' - 'A')) : c;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define KEYHASH_LITTLE_ENDIAN 1
#else
#define KEYHASH_LITTLE_ENDIAN 0
#endif

/* The n (at most 8) bytes at p as a little-endian number: one plain load
 * where the compiler says the machine is little-endian, else composed byte
 * by byte (which compilers do not always see as one load). */
static inline uint64_t keyhash_load(const unsigned char *p, size_t n)
{
	uint64_t v = 0;
	if (KEYHASH_LITTLE_ENDIAN) {
		memcpy(&v, p, n);
		return v;
	}
	for (size_t i = n; i-- > 0;)
		v = v << 8 | p[i];
	return v;
}

static inline uint64_t keyhash_load32(const unsigned char *p)
{
	return keyhash_load(p, 4);
}

static inline uint64_t keyhash_load64(const unsigned char *p)
{
	return keyhash_load(p, 8);
}

/* The one window of a key of 1 to 7 bytes. */
static inline uint64_t keyhash_short_window(const unsigned char *p, size_t len)
{
	if (len >= 4)
		return keyhash_load32(p) | keyhash_load32(p + len - 4) << 32;
	return (uint64_t)p[0] | (uint64_t)p[len / 2] << 8 | (uint64_t)p[len - 1] << 16;
}

/* The first and the last window of the len (at least 1) bytes at p. */
static inline void keyhash_windows(const unsigned char *p, size_t len, uint64_t w[2])
{
	if (len >= 8) {
		w[0] = keyhash_load64(p);
		w[1] = keyhash_load64(p + len - 8);
	} else {
		w[0] = w[1] = keyhash_short_window(p, len);
	}
}

/* The top bits of the result pick the slot. One multiply mixes both
 * windows, the last turned half-way round so that a key shorter than nine
 * bytes, whose windows are the same, does not cancel itself out. */
static inline uint64_t keyhash(uint64_t seed, const uint64_t w[2], size_t len)
{
	uint64_t last = w[1] | KEYHASH_CASE_BITS;
	return (((w[0] | KEYHASH_CASE_BITS) + len) ^ (last << 32 | last >> 32)) * seed;
}

#endif
