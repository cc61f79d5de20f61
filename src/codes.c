/* The status codes: every lookup reads the tables that httpstatus-gen wrote
 * from gen/status-codes.tsv. By code it is a bounds check and a table load;
 * by name or phrase, one hash that is blind to case and one compare, eight
 * bytes at a time, under a mask that lets only the case of letters differ. */
#include "httpstatus.h"

#include "keyhash.h"

#include <stdint.h>
#include <string.h>

#include "codes-tables.h"

/* For the lookups by name and phrase, which are only fast with the table's
 * constants folded in; compilers that cannot be told are trusted to see it. */
#if defined(__GNUC__)
#define ALWAYS_INLINE static inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE static inline
#endif

static const char *string_at(size_t at)
{
	return (const char *)hs_pool + at;
}

static const struct hs_entry *entry_of(int code)
{
	unsigned i = (unsigned)code - HS_CODE_BASE;
	if (i >= HS_CODE_SPAN || hs_by_code[i] == 0)
		return NULL;
	return &hs_entries[hs_by_code[i] - 1];
}

const char *httpstatus_phrase(int code)
{
	unsigned i = (unsigned)code - HS_CODE_BASE;
	if (i >= HS_CODE_SPAN || hs_phrase_by_code[i] == 0)
		return NULL;
	return string_at(hs_phrase_by_code[i]);
}

size_t httpstatus_phrase_len(int code)
{
	const struct hs_entry *e = entry_of(code);
	return e ? e->phrase_len : 0;
}

const char *httpstatus_description(int code)
{
	const struct hs_entry *e = entry_of(code);
	return e ? string_at(e->description) : NULL;
}

const char *httpstatus_name(int code)
{
	const struct hs_entry *e = entry_of(code);
	return e ? string_at(e->name) : NULL;
}

const char *httpstatus_reference(int code)
{
	const struct hs_entry *e = entry_of(code);
	return e ? string_at(e->reference) : NULL;
}

unsigned httpstatus_flags(int code)
{
	const struct hs_entry *e = entry_of(code);
	return e ? e->flags : 0;
}

const char *httpstatus_flag_name(unsigned flag)
{
	/* One bit, and one of the data file's: a power of two below the count. */
	if (flag == 0 || (flag & (flag - 1)) != 0 || flag >= 1u << HS_FLAG_COUNT)
		return NULL;
	unsigned bit = 0;
	while (flag >> bit != 1)
		bit++;
	return string_at(hs_flag_words[bit]);
}

bool httpstatus_is_known(int code)
{
	return entry_of(code) != NULL;
}

const char *httpstatus_alias(int code, size_t i)
{
	const struct hs_entry *e = entry_of(code);
	if (!e || i >= e->alias_count)
		return NULL;
	return string_at(hs_aliases[e->alias_first + i]);
}

/* The class of code: exported, but the other functions call this copy, which
 * the compiler can inline. */
static inline enum httpstatus_class class_of(int code)
{
	unsigned i = (unsigned)code - 100;
	return i < 500 ? (enum httpstatus_class)(i / 100 + 1) : HTTPSTATUS_CLASS_INVALID;
}

/* Whether code is one of the hundred that start at first. */
static inline bool in_class(int code, int first)
{
	return (unsigned)code - (unsigned)first < 100;
}

/* The phrase a client shows for code: its own, or that of the x00 code of
 * its class, which the generator makes sure exists. */
const char *httpstatus_reason(int code)
{
	unsigned i = (unsigned)code - HS_CODE_BASE;
	unsigned at = i < HS_CODE_SPAN ? hs_phrase_by_code[i] : 0;
	if (at == 0) {
		if (class_of(code) == HTTPSTATUS_CLASS_INVALID)
			return NULL;
		at = hs_phrase_by_code[code / 100 * 100 - HS_CODE_BASE];
	}
	return string_at(at);
}

enum httpstatus_class httpstatus_class(int code)
{
	return class_of(code);
}

const char *httpstatus_class_name(enum httpstatus_class c)
{
	/* Characters rather than pointers: no relocations. */
	static const char names[][14] = {
		"Informational", "Successful", "Redirection", "Client Error", "Server Error",
	};
	unsigned i = (unsigned)c - 1;
	return i < sizeof names / sizeof names[0] ? names[i] : NULL;
}

bool httpstatus_is_informational(int code)
{
	return in_class(code, 100);
}

bool httpstatus_is_successful(int code)
{
	return in_class(code, 200);
}

bool httpstatus_is_redirection(int code)
{
	return in_class(code, 300);
}

bool httpstatus_is_client_error(int code)
{
	return in_class(code, 400);
}

bool httpstatus_is_server_error(int code)
{
	return in_class(code, 500);
}

/* Which hash table: names or phrases. (An enum rather than a struct of
 * pointers to the tables, which would need relocations if it were not
 * optimized away.) */
enum table { NAMES, PHRASES };

static inline size_t slot_of(enum table t, uint64_t sum)
{
	return t == NAMES ? (size_t)(sum * HS_NAME_SEED >> HS_NAME_SHIFT)
			  : (size_t)(sum * HS_PHRASE_SEED >> HS_PHRASE_SHIFT);
}

/* The only key a slot can hold: the placeholder (whose length is 0) when it
 * holds none... */
static inline const struct hs_key *key_at(enum table t, size_t slot)
{
	return t == NAMES ? &hs_name_keys[hs_name_slots[slot]]
			  : &hs_phrase_keys[hs_phrase_slots[slot]];
}

/* ...and that key's code, from a table of its own so that it is read at once. */
static inline int code_at(enum table t, size_t slot)
{
	return t == NAMES ? hs_name_values[slot] : hs_phrase_values[slot];
}

static inline uint64_t masked_difference(uint64_t window, const unsigned char *key,
					 const unsigned char *mask)
{
	return (window ^ keyhash_load64(key)) & keyhash_load64(mask);
}

/* The code of the key that the len (8 to bound) bytes at s are, ignoring
 * the case of letters; 0 if none. One hash picks the candidate and one
 * compare, a window at a time under the key's mask, tells. No byte past len
 * is read. Called with constant bounds, so that the compiler can see how
 * many windows there are in each range of lengths and leave out the loop
 * tests (and not vectorize the loops). */
ALWAYS_INLINE int find_long_key(enum table t, const unsigned char *s, size_t len, size_t bound)
{
	uint64_t first = keyhash_load64(s), last = keyhash_load64(s + len - 8);
	uint64_t sum = keyhash_start(first, last, len);
	for (size_t i = 8; i + 8 < bound && i + 8 < len; i += 8)
		sum = keyhash_add(sum, keyhash_load64(s + i), i / 8);
	size_t slot = slot_of(t, sum);
	const struct hs_key *k = key_at(t, slot);
	if (k->len != len)
		return 0;
	const unsigned char *key = hs_pool + k->at, *mask = hs_pool + k->mask;
	uint64_t diff = masked_difference(first, key, mask) |
			masked_difference(last, key + len - 8, mask + len - 8);
	for (size_t i = 8; i + 8 < bound && i + 8 < len; i += 8)
		diff |= masked_difference(keyhash_load64(s + i), key + i, mask + i);
	return diff ? 0 : code_at(t, slot);
}

/* The same for 1 to 7 bytes, which make one window. */
static inline int find_short_key(enum table t, const unsigned char *s, size_t len)
{
	uint64_t w = keyhash_short_window(s, len);
	size_t slot = slot_of(t, keyhash_start(w, w, len));
	const struct hs_key *k = key_at(t, slot);
	if (k->len != len || ((w ^ keyhash_short_window(hs_pool + k->at, len)) &
			      keyhash_short_window(hs_pool + k->mask, len)) != 0)
		return 0;
	return code_at(t, slot);
}

ALWAYS_INLINE int find_key(enum table t, const char *text, size_t len, size_t max_len)
{
	const unsigned char *s = (const unsigned char *)text;
	if (!s || len == 0 || len > max_len)
		return 0;
	if (len < 8)
		return find_short_key(t, s, len);
	if (len <= 16)
		return find_long_key(t, s, len, 16);
	if (len <= 24)
		return find_long_key(t, s, len, 24);
	return find_long_key(t, s, len, max_len);
}

int httpstatus_from_name_n(const char *name, size_t len)
{
	return find_key(NAMES, name, len, HS_NAME_MAX_LEN);
}

int httpstatus_from_name(const char *name)
{
	return name ? httpstatus_from_name_n(name, strlen(name)) : 0;
}

int httpstatus_from_phrase_n(const char *phrase, size_t len)
{
	return find_key(PHRASES, phrase, len, HS_PHRASE_MAX_LEN);
}

int httpstatus_from_phrase(const char *phrase)
{
	return phrase ? httpstatus_from_phrase_n(phrase, strlen(phrase)) : 0;
}

int httpstatus_next(int code)
{
	long i = code < HS_CODE_BASE ? 0 : (long)code - HS_CODE_BASE + 1;
	for (; i < HS_CODE_SPAN; i++)
		if (hs_by_code[i])
			return (int)i + HS_CODE_BASE;
	return 0;
}

size_t httpstatus_count(void)
{
	return HS_COUNT;
}

const char *httpstatus_version(void)
{
	return HTTPSTATUS_VERSION_STRING;
}
