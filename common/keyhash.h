/* The key hash shared by the generator, which searches for seeds that give
 * every name (or phrase) a slot of its own, and by the library, which looks
 * keys up with the seeds the generator chose.
 *
 * A key is seen through little-endian 64-bit windows: eight bytes at a
 * time, the last ones overlapping where the length is not a multiple of
 * eight. A key shorter than eight bytes has one window, built from shorter
 * loads that overlap in the same way. No window reads a byte outside the
 * key, and the result does not depend on the machine's byte order.
 *
 * The hash reads a key's first windows (keyhash_window), with bit 5 of
 * every byte set, which makes it blind to ASCII case (and to a few other
 * pairs of bytes; the compare that follows tells those apart); a table in
 * exact case leaves the bit as it is. */
#ifndef HTTPSTATUS_KEYHASH_H
#define HTTPSTATUS_KEYHASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define KEYHASH_CASE_BITS UINT64_C(0x2020202020202020)

/* For the lookups, which are only fast with their table's constants folded
 * in; compilers that cannot be told are trusted to see it. */
#if defined(__GNUC__)
#define ALWAYS_INLINE static inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE static inline
#endif

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

/* Window i (from 0) of the len (at least 1) bytes at p, as the hash and the
 * compare read it. For eight bytes or more, the eight at 8 * i, or the last
 * eight where the key ends sooner: the windows cover the key, the last ones
 * overlapping, with no branch on the length. Under eight, window 0 is the
 * head, the first four bytes, two or one, and every other the short
 * window. Window 0 is at a fixed place, so a lookup can load and hash it
 * while it still counts a C string's bytes. */
static inline uint64_t keyhash_window(const unsigned char *p, size_t len, size_t i)
{
	if (len >= 8)
		return keyhash_load64(p + (8 * i < len - 8 ? 8 * i : len - 8));
	if (i > 0)
		return keyhash_short_window(p, len);
	if (len >= 4)
		return keyhash_load32(p);
	if (len >= 2)
		return keyhash_load(p, 2);
	return p[0];
}

/* How many windows cover a key of up to max_len bytes. */
#define KEYHASH_WINDOWS(max_len) ((max_len) > 8 ? ((max_len) + 7) / 8 : 1)

static inline uint64_t keyhash_turn(uint64_t w, unsigned bits)
{
	return w << bits | w >> (64 - bits);
}

/* A key's hash sums its first windows (as many as its table needs to tell
 * its keys apart, which the generator finds), each with case_bits set
 * (KEYHASH_CASE_BITS for a table blind to case, 0 for one in exact case)
 * before each but the first is turned round by its own amount, so that
 * equal windows do not cancel out. */
static inline uint64_t keyhash_sum(const unsigned char *p, size_t len, unsigned windows,
				   uint64_t case_bits)
{
	uint64_t sum = keyhash_window(p, len, 0) | case_bits;
	for (size_t i = 1; i < windows; i++)
		sum += keyhash_turn(keyhash_window(p, len, i) | case_bits,
				    (unsigned)(8 * i + 4) % 64);
	return sum;
}

/* The slot, of 2^bits, of a key whose windows sum to sum: the top bits of
 * the sum times the seed, then the length added, last, so that a lookup
 * that counts the length meanwhile has only an add and a mask to wait for. */
static inline size_t keyhash_slot(uint64_t sum, uint64_t seed, unsigned bits, size_t len)
{
	return ((size_t)(sum * seed >> (64 - bits)) + len) & (((size_t)1 << bits) - 1);
}

#endif
