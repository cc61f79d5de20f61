/* What the generated tables are made of, for every emitter of tables: string
 * pools addressed by integer offsets (no pointers, so no relocations), one
 * pool a field, so that a program linked with --gc-sections keeps only the
 * pools of the functions it calls; and hash tables whose seeds are searched
 * for here so that no two keys share a slot. A lookup is then one hash and
 * one compare. The types the library reads them with are src/tables.h's. */
#ifndef HTTPSTATUS_TABLES_H
#define HTTPSTATUS_TABLES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* NUL-terminated strings, one after another; offset 0 is the empty string. */
struct pool {
	unsigned char *bytes;
	size_t size, capacity;
};

void pool_init(struct pool *pool);
void pool_free(struct pool *pool);

/* The offset of text, NUL included, sharing the bytes of any string already
 * there that it is equal to or a suffix of. */
size_t pool_add_text(struct pool *pool, const char *text);

/* static const char array[] holding the pool, one string a line, each with
 * its offset. */
void emit_pool(FILE *out, const struct pool *pool, const char *array);

/* A key of a hash table: a string of one of its two pools. */
struct key {
	unsigned pool; /* 0 or 1 */
	size_t at; /* its offset there */
	size_t len;
	int value; /* what a lookup answers: a code, a method id */
};

/* A hash table over strings of at most two pools. A slot names its key by
 * one offset: in the first pool, or past its end in the second, so that a
 * table can hold older names beside the current ones without a pool that
 * has both. */
struct keytab {
	const char *prefix; /* "NAME": HS_NAME_..., hs_name_slots, hs_name_masks */
	bool case_blind; /* keys match ignoring ASCII case, under masks */
	const struct pool *pools[2]; /* the second may be NULL */
	struct key *keys;
	size_t count, capacity;
	size_t max_len;
	int max_value;
	uint64_t seed;
	unsigned bits;
	unsigned hash_windows; /* how many windows the hash reads (common/keyhash.h) */
	size_t *slots; /* key index + 1, 0 for none */
};

void keytab_init(struct keytab *t, const char *prefix, bool case_blind, const struct pool *first,
		 const struct pool *second);
void keytab_free(struct keytab *t);

/* Makes the string at offset at of pools[pool] a key with value. */
void keytab_add(struct keytab *t, unsigned pool, size_t at, int value);

/* Finds the seed and the smallest table (at least twice the keys) that put
 * every key in a slot of its own; false, having said so, if none does. */
bool keytab_find_seed(struct keytab *t);

/* What a lookup needs of t: HS_<PREFIX>_SEED, _BITS, _HASH_WINDOWS,
 * _MAX_LEN, _KEYS and _SECOND_POOL (the offset where the second pool's
 * keys begin); for a case-blind table, the case masks of its keys,
 * hs_<prefix>_masks; and its slots, hs_<prefix>_slots (struct hs_slot),
 * with the assertion that keeps them as src/keyfind.h reads them. */
void emit_keytab(FILE *out, const struct keytab *t);

/* The unsigned type that holds every value up to max. */
const char *uint_type(size_t max);

/* Opens a tables file: the comment that says where it comes from. */
void emit_tables_head(FILE *out, const char *what);

/* static const <type> name[n] of the n values v, the first for first_code
 * and then one a code, ten a row, each row named by its first code; type
 * is the narrowest that holds them. */
void emit_code_rows(FILE *out, const char *name, const size_t *v, size_t n, int first_code);

/* static const <type> name[n] of the n values v, one a row with its label
 * labels[i] as a comment; type is the narrowest that holds them. */
void emit_rows(FILE *out, const char *comment, const char *name, const size_t *v,
	       const char *const *labels, size_t n);

/* The words of a list of count flags (data.h), bit i for word i: the pool
 * static const char <prefix>flag_words[] and, by bit, the words' offsets
 * in it, <prefix>flag_word_at[] ("hs_" for the status flags' hs_flag_words,
 * "hs_method_" for the methods'). */
struct flag_word;
void emit_flag_words(FILE *out, const struct flag_word *words, unsigned count, const char *prefix);

/* A C string literal of text, escaped so that any compiler reads the same
 * bytes back. */
void emit_string(FILE *out, const char *text, size_t len);

#endif
