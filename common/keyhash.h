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
 * The hash reads a key a window at a time, with bit 5 of every byte set,
 * which makes it blind to ASCII case (and to a few other pairs of bytes; the
 * compare that follows tells those apart); a table in exact case leaves the
 * bit as it is. It reads every window but the last, which it reads only
 * where a table's keys need it to be told apart. */
#ifndef HTTPSTATUS_KEYHASH_H
#define HTTPSTATUS_KEYHASH_H

#include <stdbool.h>
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

/* The window a key's hash starts from: its first eight bytes, or for a
 * shorter key its first four, two or one. Unlike the last window, its place
 * does not depend on the length, so a lookup can load and hash it while it
 * still counts a C string's bytes. */
static inline uint64_t keyhash_head(const unsigned char *p, size_t len)
{
	if (len >= 8)
		return keyhash_load64(p);
	if (len >= 4)
		return keyhash_load32(p);
	if (len >= 2)
		return keyhash_load(p, 2);
	return p[0];
}

static inline uint64_t keyhash_turn(uint64_t w, unsigned bits)
{
	return w << bits | w >> (64 - bits);
}

/* A key's hash sums its windows, each with case_bits set (KEYHASH_CASE_BITS
 * for a table blind to case, 0 for one in exact case) and turned round by
 * its own amount, so that equal windows, or windows that trade places, do
 * not cancel out: the head; the windows between, number i (from 1) at 8 * i
 * while they end before the last window does (and, for the lookups, before
 * bound, a constant that lets the compiler write each range of lengths out);
 * and with_last, the last window (for a key under eight bytes, its short
 * window). Without the last, every window is at a fixed place; a table
 * whose keys that leaves apart has it so (the generator checks). */
static inline uint64_t keyhash_sum(const unsigned char *p, size_t len, size_t bound,
				   uint64_t case_bits, bool with_last)
{
	uint64_t sum = keyhash_head(p, len) | case_bits;
	for (size_t i = 8; i + 8 < bound && i + 8 < len; i += 8)
		sum += keyhash_turn(keyhash_load64(p + i) | case_bits, (unsigned)(i + 4) % 64);
	if (with_last) {
		uint64_t last =
			len >= 8 ? keyhash_load64(p + len - 8) : keyhash_short_window(p, len);
		sum += keyhash_turn(last | case_bits, 32);
	}
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
