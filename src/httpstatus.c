/* libhttpstatus: every lookup reads the tables that httpstatus-gen wrote from
 * gen/status-codes.tsv. By code it is a bounds check and a table load; by
 * name or phrase, one hash of the case-folded input and one compare, eight
 * bytes at a time. */
#include "httpstatus.h"

#include "keyhash.h"

#include <stdint.h>
#include <string.h>

#include "httpstatus_tables.h"

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

/* The entry whose phrase a client shows for code: its own, or that of the
 * x00 code of its class, which the generator makes sure exists. */
static const struct hs_entry *reason_entry(int code)
{
	const struct hs_entry *e = entry_of(code);
	if (!e && class_of(code) != HTTPSTATUS_CLASS_INVALID)
		e = entry_of(code / 100 * 100);
	return e;
}

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

size_t httpstatus_status_line(char *buf, size_t size, int code)
{
	const struct hs_entry *e = reason_entry(code);
	if (!e)
		return 0;
	char line[sizeof "HTTP/1.1 999 \r\n" + HS_PHRASE_MAX_LEN];
	memcpy(line, "HTTP/1.1 ", 9);
	line[9] = (char)('0' + code / 100);
	line[10] = (char)('0' + code / 10 % 10);
	line[11] = (char)('0' + code % 10);
	line[12] = ' ';
	memcpy(line + 13, string_at(e->phrase), e->phrase_len);
	memcpy(line + 13 + e->phrase_len, "\r\n", 2);
	size_t len = 13 + (size_t)e->phrase_len + 2;
	if (buf && size > 0) {
		size_t n = len < size ? len : size - 1;
		memcpy(buf, line, n);
		buf[n] = '\0';
	}
	return len;
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

/* Little-endian loads written byte by byte: the same on any machine, and
 * compiled to a single load where the machine allows it. */
static inline uint64_t load_le16(const unsigned char *p)
{
	return (uint64_t)p[0] | (uint64_t)p[1] << 8;
}

static inline uint64_t load_le32(const unsigned char *p)
{
	return load_le16(p) | load_le16(p + 2) << 16;
}

static inline uint64_t load_le64(const unsigned char *p)
{
	return load_le32(p) | load_le32(p + 4) << 32;
}

/* The n (1-7) bytes at p, zero-extended, reading no byte outside them: two
 * loads that overlap in the middle. */
static inline uint64_t load_short(const unsigned char *p, size_t n)
{
	if (n >= 4)
		return load_le32(p) | load_le32(p + n - 4) << (8 * (n - 4));
	if (n >= 2)
		return load_le16(p) | load_le16(p + n - 2) << (8 * (n - 2));
	return p[0];
}

/* keyhash_fold on eight bytes at once: a-z become A-Z, nothing else changes. */
static inline uint64_t fold_word(uint64_t x)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	uint64_t low7 = x & (0x7f * ones);
	uint64_t from_a = low7 + (0x80 - 'a') * ones; /* top bit: low7 >= 'a' */
	uint64_t past_z = low7 + (0x80 - 'z' - 1) * ones; /* top bit: low7 > 'z' */
	uint64_t lower = from_a & ~past_z & ~x & (0x80 * ones);
	return x ^ (lower >> 2);
}

/* The len (1 to 8 * HS_KEY_WORDS) bytes at s as folded words, the last one
 * zero-padded, the way the generator hashed its keys. */
static inline void load_key(const unsigned char *s, size_t len, uint64_t w[HS_KEY_WORDS])
{
	size_t n = keyhash_words(len);
	if (len < 8) {
		w[0] = fold_word(load_short(s, len));
		return;
	}
	for (size_t i = 0; i + 1 < n; i++)
		w[i] = fold_word(load_le64(s + 8 * i));
	w[n - 1] = fold_word(load_le64(s + len - 8) >> (8 * (8 * n - len)));
}

static inline int find_key(const char *s, size_t len, size_t max_len, uint64_t seed, unsigned shift,
			   const hs_slot *slots, const struct hs_key *keys)
{
	if (!s || len == 0 || len > max_len)
		return 0;
	uint64_t w[HS_KEY_WORDS];
	load_key((const unsigned char *)s, len, w);
	size_t k = slots[keyhash(seed, w, len) >> shift];
	if (k == 0 || keys[k - 1].len != len)
		return 0;
	const unsigned char *key = hs_pool + keys[k - 1].at;
	uint64_t diff = 0;
	for (size_t i = 0; i < keyhash_words(len); i++)
		diff |= w[i] ^ load_le64(key + 8 * i);
	return diff ? 0 : hs_entries[keys[k - 1].entry].code;
}

int httpstatus_from_name_n(const char *name, size_t len)
{
	return find_key(name, len, HS_NAME_MAX_LEN, HS_NAME_SEED, HS_NAME_SHIFT, hs_name_slots,
			hs_name_keys);
}

int httpstatus_from_name(const char *name)
{
	return name ? httpstatus_from_name_n(name, strlen(name)) : 0;
}

int httpstatus_from_phrase_n(const char *phrase, size_t len)
{
	return find_key(phrase, len, HS_PHRASE_MAX_LEN, HS_PHRASE_SEED, HS_PHRASE_SHIFT,
			hs_phrase_slots, hs_phrase_keys);
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
