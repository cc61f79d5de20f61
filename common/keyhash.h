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
 * The hash reads every byte, a window at a time, with bit 5 set, which makes
 * it blind to ASCII case (and to a few other pairs of bytes; the compare
 * that follows tells those apart). Tables in exact case use keyhash_exact,
 * which leaves out what makes it blind. */
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
#if KEYHASH_LITTLE_ENDIAN
	memcpy(&v, p, n);
#else
	for (size_t i = n; i-- > 0;)
		v = v << 8 | p[i];
#endif
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

/* The one window of a key of 1 to 7 bytes: for fewer than four, its first,
 * middle and last byte (p[0], p[len / 2], p[len - 1]), which for two or three
 * bytes is one 16-bit load and the last byte. */
static inline uint64_t keyhash_short_window(const unsigned char *p, size_t len)
{
	if (len >= 4)
		return keyhash_load32(p) | keyhash_load32(p + len - 4) << 32;
	if (len >= 2)
		return keyhash_load(p, 2) | (uint64_t)p[len - 1] << 16;
	return (uint64_t)p[0] * 0x010101;
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

static inline uint64_t keyhash_turn(uint64_t w, unsigned bits)
{
	return w << bits | w >> (64 - bits);
}

/* A key's windows are summed, each with bit 5 of every byte set and turned
 * round by its own amount (so that windows that are equal, as a short key's
 * two are, or that trade places, do not give the same sum), then multiplied
 * once by the seed: a short chain of dependent instructions. The sum starts
 * from the first and last windows and the length... */
static inline uint64_t keyhash_start(uint64_t first, uint64_t last, size_t len)
{
	return ((first | KEYHASH_CASE_BITS) + len) + keyhash_turn(last | KEYHASH_CASE_BITS, 32);
}

/* ...and takes in the windows between them, number i (from 1) at 8 * i,
 * while they end before the last one does, so that every byte counts. */
static inline uint64_t keyhash_add(uint64_t sum, uint64_t middle, size_t i)
{
	return sum + keyhash_turn(middle | KEYHASH_CASE_BITS, (unsigned)(8 * i + 4) % 64);
}

/* The hash of the len (at least 1) bytes at p; its top bits pick the slot. */
static inline uint64_t keyhash(uint64_t seed, const unsigned char *p, size_t len)
{
	uint64_t w[2];
	keyhash_windows(p, len, w);
	uint64_t sum = keyhash_start(w[0], w[1], len);
	for (size_t i = 8; i + 8 < len; i += 8)
		sum = keyhash_add(sum, keyhash_load64(p + i), i / 8);
	return sum * seed;
}

/* For a table whose keys match in exact case (the methods), the sum needs
 * no case bits, and a key under eight bytes, whose one window holds all of
 * it, adds only its length... */
static inline uint64_t keyhash_exact_short(uint64_t window, size_t len)
{
	return window + len;
}

/* ...while a longer one sums its windows as keyhash_start and keyhash_add
 * do, each as it is. */
static inline uint64_t keyhash_exact_start(uint64_t first, uint64_t last, size_t len)
{
	return first + len + keyhash_turn(last, 32);
}

static inline uint64_t keyhash_exact_add(uint64_t sum, uint64_t middle, size_t i)
{
	return sum + keyhash_turn(middle, (unsigned)(8 * i + 4) % 64);
}

static inline uint64_t keyhash_exact(uint64_t seed, const unsigned char *p, size_t len)
{
	if (len < 8)
		return keyhash_exact_short(keyhash_short_window(p, len), len) * seed;
	uint64_t sum = keyhash_exact_start(keyhash_load64(p), keyhash_load64(p + len - 8), len);
	for (size_t i = 8; i + 8 < len; i += 8)
		sum = keyhash_exact_add(sum, keyhash_load64(p + i), i / 8);
	return sum * seed;
}

#endif
