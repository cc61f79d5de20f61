/* The types the generated tables are made of, and the check that keeps them
 * as the library reads them: every tables file httpstatus-gen writes holds
 * only rows, the constants that describe them and the assertions that guard
 * them, and is included after this. */
#ifndef HTTPSTATUS_SRC_TABLES_H
#define HTTPSTATUS_SRC_TABLES_H

#include <stdint.h>

/* Which of two layouts the lookups by name, phrase and method token read:
 * 0, hash tables, one hash and one compare (the fastest); 1, the keys in
 * order, read by binary search (the smallest: a program that calls one
 * lookup pays for its keys and a few hundred bytes more). By code, too, 1
 * reads a phrase in two loads where 0 reads it in one from a bigger table.
 * The answers are the same. Unless the build says, 1 where the compiler
 * optimizes for size (-Os, -Oz), 0 elsewhere. */
#ifndef HTTPSTATUS_SMALL_TABLES
#if defined(__OPTIMIZE_SIZE__)
#define HTTPSTATUS_SMALL_TABLES 1
#else
#define HTTPSTATUS_SMALL_TABLES 0
#endif
#endif

/* A limit the library's code relies on, checked when it is compiled. */
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define HS_ASSERT(condition, why) _Static_assert(condition, why)
#else /* C99: an array of negative size, without the message */
#define HS_ASSERT(condition, why) extern char hs_assert[(condition) ? 1 : -1]
#endif

/* The bit that flag is, of the count bits of a list of flag words (whose
 * words are in <prefix>flag_words at <prefix>flag_word_at[bit]); count, a
 * bit no flag has, for 0, several bits or a bit past the list. */
static inline unsigned hs_flag_bit(unsigned flag, unsigned count)
{
	unsigned bit = 0;
	if (flag == 0 || (flag & (flag - 1)) != 0)
		return count;
	while (bit < count && flag >> bit != 1)
		bit++;
	return bit;
}

/* A slot of a hash table (src/keyfind.h): the only key that can be there,
 * as its offset in the table's keys, and its answer; all 0 for none. */
struct hs_slot {
	uint16_t at;
	uint16_t value; /* a code, a method id */
	uint32_t len; /* 0: no key */
};

/* A slot of the methods' hash table (src/methods.c): the first window of
 * the only token that can be there (common/keyhash.h), which is the whole
 * of a token under eight bytes, its length and its id; all 0 for none. */
struct hs_method_slot {
	uint64_t first;
	uint8_t len;
	uint8_t id;
};

/* A key of a table read by binary search (src/keyfind.h): its offset, in
 * the first of two pools or, from the table's HS_<NAME>_SECOND_POOL on, in
 * the second, and its answer. */
struct hs_sorted_key {
	uint16_t at;
	uint16_t value;
};

/* A status line (src/response.c): its offset in the pool, 0 for none, and
 * its length. */
struct hs_line {
	uint16_t at, len;
};

#endif
