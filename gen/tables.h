/* What the generated tables are made of, for every emitter of tables: a
 * string pool addressed by integer offsets (no pointers, so no
 * relocations), and hash tables whose seeds are searched for here so that no
 * two keys share a slot. A lookup is then one hash and one compare. */
#ifndef HTTPSTATUS_TABLES_H
#define HTTPSTATUS_TABLES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct pool {
	unsigned char *bytes;
	size_t size, capacity;
	size_t text_end; /* where the strings end and the case masks, if any, begin */
};

/* An empty pool but for offset 0, the empty string. */
void pool_init(struct pool *pool);
void pool_free(struct pool *pool);

/* The offset of text, NUL included, sharing the bytes of any string already
 * there that it is equal to or a suffix of. */
size_t pool_add_text(struct pool *pool, const char *text);

/* A key of a hash table. */
struct key {
	size_t at; /* pool offset of its text */
	size_t len;
	int value; /* what a lookup answers: a code, a method id */
};

struct keytab {
	const char *what; /* "name", "phrase": the arrays are hs_<what>_... */
	bool case_blind; /* keys match ignoring ASCII case, under masks */
	struct key *keys; /* keys[0] is a placeholder of length 0 */
	size_t count; /* with the placeholder */
	size_t capacity;
	size_t max_len;
	uint64_t seed;
	unsigned bits;
	unsigned hash_windows; /* how many windows the hash reads (common/keyhash.h) */
	size_t *slots; /* key index, 0 for none */
};

void keytab_init(struct keytab *t, const char *what, bool case_blind);
void keytab_free(struct keytab *t);

/* Adds text to the pool and to t as a key; returns its pool offset. */
size_t keytab_add(struct keytab *t, struct pool *pool, const char *text, int value);

/* Adds the case masks of the case-blind tables' keys to the end of the
 * pool: a byte for every byte from the start of the pool to the end of the
 * last key, 0xdf for a letter (which may differ in case), 0xff for any other,
 * so that a key's mask is at a fixed distance (pool->text_end) from its text.
 * Call once, after the last string. */
void pool_add_masks(struct pool *pool, struct keytab *const *tables, size_t n);

/* Finds the seed and the smallest table (at least twice the keys) that put
 * every key in a slot of its own; false, having said so, if none does. */
bool keytab_find_seed(struct keytab *t, const struct pool *pool);

/* The unsigned type that holds every value up to max. */
const char *uint_type(size_t max);

/* Opens the #included tables file: the comment that says where it comes
 * from, the headers it needs and HS_ASSERT. */
void emit_tables_head(FILE *out, const char *what);

/* The macro size_macro (HS_POOL_SIZE) and static const unsigned char
 * array[] (hs_pool) holding the pool: one string a line, each with its
 * offset, then the case masks. Each tables file names its own, so that
 * several can be in one translation unit. */
void emit_pool(FILE *out, const struct pool *pool, const char *array, const char *size_macro);

/* HS_<PREFIX>_SEED, _BITS, _HASH_WINDOWS, _MAX_LEN and _KEYS: what a lookup needs to know
 * of a table besides its arrays. */
void emit_keytab_constants(FILE *out, const struct keytab *t, const char *prefix);

/* The definition of struct hs_slot, which emit_keytab's tables are made of;
 * once in each tables file that has them, before them. */
void emit_key_struct(FILE *out);

/* For a case-blind table: emit_keytab_constants, HS_<PREFIX>_MASKS and the
 * array hs_<what>_slots (struct hs_slot: the key that can be in each slot
 * and its answer), with the assertions that keep them as src/keyfind.h,
 * which looks keys up, assumes; pool_size names the macro of the pool's
 * size. (The methods' exact table is shaped for its lookup in
 * emit-methods.c.) */
void emit_keytab(FILE *out, const struct keytab *t, const struct pool *pool, const char *prefix,
		 const char *pool_size);

/* decl (a declaration without its size) of the n values v, the first for
 * first_code and then one a code, ten a row, each row named by its first
 * code. */
void emit_code_rows(FILE *out, const char *decl, const size_t *v, size_t n, int first_code);

/* A C string literal of text, escaped so that any compiler reads the same
 * bytes back. */
void emit_string(FILE *out, const char *text, size_t len);

#endif
