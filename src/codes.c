/* The status codes: every lookup reads the tables that httpstatus-gen wrote
 * from gen/status-codes.tsv. By code it is a bounds check and a table load
 * or two; by name or phrase, src/keyfind.h's lookup, blind to case. */
#include "httpstatus.h"

#include <stdint.h>
#include <string.h>

#include "tables.h"

#include "codes-tables.h"
#include "keyfind.h"

/* The entry of code: an index of the tables by entry; HS_COUNT for any int
 * that is no known code. */
static size_t entry_of(int code)
{
	unsigned i = (unsigned)code - HS_CODE_BASE;
	return i < HS_CODE_SPAN && hs_entry_by_code[i] ? hs_entry_by_code[i] - 1u : HS_COUNT;
}

/* The offset of code's phrase in hs_phrases, 0 for any int that is no
 * known code: one load from a table by code, or in the small layout two,
 * through the entry. */
static inline unsigned phrase_at(int code)
{
	unsigned i = (unsigned)code - HS_CODE_BASE;
	if (i >= HS_CODE_SPAN)
		return 0;
#if HTTPSTATUS_SMALL_TABLES
	return hs_entry_by_code[i] ? hs_phrase_at[hs_entry_by_code[i] - 1] : 0;
#else
	return hs_phrase_by_code[i];
#endif
}

const char *httpstatus_phrase(int code)
{
#if HTTPSTATUS_SMALL_TABLES
	unsigned at = phrase_at(code);
	return at ? hs_phrases + at : NULL;
#else
	/* As a branch apart, which leaves the common path a table load. */
	unsigned i = (unsigned)code - HS_CODE_BASE;
	if (i >= HS_CODE_SPAN || hs_phrase_by_code[i] == 0)
		return NULL;
	return hs_phrases + hs_phrase_by_code[i];
#endif
}

size_t httpstatus_phrase_len(int code)
{
	size_t e = entry_of(code);
	return e < HS_COUNT ? hs_phrase_len[e] : 0;
}

const char *httpstatus_description(int code)
{
	size_t e = entry_of(code);
	return e < HS_COUNT ? hs_descriptions + hs_description_at[e] : NULL;
}

const char *httpstatus_name(int code)
{
	size_t e = entry_of(code);
	return e < HS_COUNT ? hs_names + hs_name_at[e] : NULL;
}

const char *httpstatus_reference(int code)
{
	size_t e = entry_of(code);
	return e < HS_COUNT ? hs_references + hs_reference_at[e] : NULL;
}

unsigned httpstatus_flags(int code)
{
	size_t e = entry_of(code);
	return e < HS_COUNT ? hs_flags[e] : 0;
}

const char *httpstatus_flag_name(unsigned flag)
{
	unsigned bit = hs_flag_bit(flag, HS_FLAG_COUNT);
	return bit < HS_FLAG_COUNT ? hs_flag_words + hs_flag_word_at[bit] : NULL;
}

bool httpstatus_is_known(int code)
{
	return entry_of(code) < HS_COUNT;
}

const char *httpstatus_alias(int code, size_t i)
{
	size_t e = entry_of(code);
	if (e >= HS_COUNT || i >= (size_t)(hs_alias_first[e + 1] - hs_alias_first[e]))
		return NULL;
	return hs_aliases + hs_alias_at[hs_alias_first[e] + i];
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
	unsigned at = phrase_at(code);
	if (at == 0) {
		if (class_of(code) == HTTPSTATUS_CLASS_INVALID)
			return NULL;
		at = phrase_at(code / 100 * 100);
	}
	return hs_phrases + at;
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

/* The names' and the phrases' tables, for keyfind: each over the current
 * ones and the older ones. */
#define NAMES KEYFIND_TABLE(NAME, name, hs_names, hs_aliases, true)
#define PHRASES KEYFIND_TABLE(PHRASE, phrase, hs_phrases, hs_aliases, true)

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
		if (hs_entry_by_code[i])
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
