/* The status codes: every lookup reads the tables that httpstatus-gen wrote
 * from gen/status-codes.tsv. By code it is a bounds check and a table load;
 * by name or phrase, one hash that is blind to case and one compare, eight
 * bytes at a time, under a mask that lets only the case of letters differ. */
#include "httpstatus.h"

#include <stdint.h>
#include <string.h>

#include "codes-tables.h"
#include "keyfind.h"

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

/* The names' and the phrases' tables, for keyfind. */
#define NAMES                                                                                      \
	(&(struct keyfind_table){hs_pool, hs_name_slots, HS_NAME_SEED, HS_NAME_BITS,               \
				 HS_NAME_HASH_WINDOWS, HS_NAME_MASKS, HS_NAME_MAX_LEN})
#define PHRASES                                                                                    \
	(&(struct keyfind_table){hs_pool, hs_phrase_slots, HS_PHRASE_SEED, HS_PHRASE_BITS,         \
				 HS_PHRASE_HASH_WINDOWS, HS_PHRASE_MASKS, HS_PHRASE_MAX_LEN})

int httpstatus_from_name_n(const char *name, size_t len)
{
	return name ? keyfind(NAMES, name, len) : 0;
}

/* The C-string forms find the key themselves rather than call the _n form,
 * which an exported function in a shared library (or one built to go in
 * one) may not inline. */
int httpstatus_from_name(const char *name)
{
	return name ? keyfind(NAMES, name, strlen(name)) : 0;
}

int httpstatus_from_phrase_n(const char *phrase, size_t len)
{
	return phrase ? keyfind(PHRASES, phrase, len) : 0;
}

int httpstatus_from_phrase(const char *phrase)
{
	return phrase ? keyfind(PHRASES, phrase, strlen(phrase)) : 0;
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
