/* The library's tables: one string pool addressed by integer offsets (no
 * pointers, so no relocations), a dense index by code, and two hash tables,
 * names and phrases, each with seeds found here so that no two keys share a
 * slot. A lookup is then one hash and one compare: the key's own text in the
 * pool, under a mask that lets the case of its letters differ. */
#include "emit.h"
#include "keyhash.h"
#include "xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { CODE_BASE = 100, CODE_LIMIT = 600, MAX_SLOT_BITS = 16 };

/* Mask bytes: a letter may differ in bit 5 (its case), any other byte not. */
enum { MASK_LETTER = 0xdf, MASK_OTHER = 0xff };

struct pool {
	unsigned char *bytes;
	size_t size, capacity;
};

/* A name or phrase as the hash table sees it. */
struct key {
	size_t at; /* pool offset of its text */
	size_t mask; /* pool offset of its mask */
	size_t len;
	int code;
};

struct keytab {
	const char *what; /* "name" or "phrase" */
	struct key *keys; /* keys[0] is a placeholder of length 0 */
	size_t count; /* with the placeholder */
	size_t max_len;
	uint64_t seed;
	unsigned bits;
	size_t *slots; /* key index, 0 for none */
};

struct layout {
	struct pool pool;
	size_t *name, *phrase, *description, *reference; /* per entry */
	size_t *alias_first, *aliases, alias_count;
	struct keytab names, phrases;
};

static void pool_init(struct pool *pool)
{
	pool->capacity = 4096;
	pool->bytes = xmalloc(pool->capacity);
	pool->size = 0;
}

static size_t pool_append(struct pool *pool, const void *bytes, size_t n)
{
	if (pool->size + n > pool->capacity) {
		/* Not realloc: gcc 12's -fanalyzer sees a leak in xrealloc. */
		while (pool->capacity < pool->size + n)
			pool->capacity *= 2;
		unsigned char *bigger = xmalloc(pool->capacity);
		memcpy(bigger, pool->bytes, pool->size);
		free(pool->bytes);
		pool->bytes = bigger;
	}
	memcpy(pool->bytes + pool->size, bytes, n);
	pool->size += n;
	return pool->size - n;
}

/* Where the n bytes first occur in the pool from offset start on; appended
 * if they do not, after as much of the pool's tail as they begin with. */
static size_t pool_share(struct pool *pool, size_t start, const unsigned char *bytes, size_t n)
{
	for (size_t at = start; at + n <= pool->size; at++)
		if (memcmp(pool->bytes + at, bytes, n) == 0)
			return at;
	size_t overlap = n - 1 < pool->size - start ? n - 1 : pool->size - start;
	while (overlap > 0 && memcmp(pool->bytes + pool->size - overlap, bytes, overlap) != 0)
		overlap--;
	pool_append(pool, bytes + overlap, n - overlap);
	return pool->size - n;
}

/* A string, NUL included, sharing the bytes of any string already there
 * that it is equal to or a suffix of. */
static size_t pool_add_text(struct pool *pool, const char *text)
{
	size_t n = strlen(text) + 1;
	for (size_t at = 0; at + n <= pool->size; at++)
		if (memcmp(pool->bytes + at, text, n) == 0)
			return at;
	return pool_append(pool, text, n);
}

static bool has_collision(const struct keytab *t, const unsigned char *pool, uint64_t seed,
			  unsigned bits, uint32_t *stamp, uint32_t try)
{
	for (size_t k = 1; k < t->count; k++) {
		const struct key *key = &t->keys[k];
		size_t slot = (size_t)(keyhash(seed, pool + key->at, key->len) >> (64 - bits));
		if (stamp[slot] == try)
			return true;
		stamp[slot] = try;
	}
	return false;
}

static uint64_t splitmix64(uint64_t *state)
{
	uint64_t z = (*state += UINT64_C(0x9e3779b97f4a7c15));
	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

/* The first of a million seeds of a fixed sequence that puts every key in a
 * slot of its own among 2^bits; 0 if none does (seeds are odd). */
static uint64_t search_seed(const struct keytab *t, const unsigned char *pool, unsigned bits)
{
	uint32_t *stamp = xcalloc((size_t)1 << bits, sizeof *stamp);
	uint64_t state = 0, found = 0;
	for (uint32_t try = 1; try <= 1u << 20 && !found; try++) {
		uint64_t seed = splitmix64(&state) | 1;
		if (!has_collision(t, pool, seed, bits, stamp, try))
			found = seed;
	}
	free(stamp);
	return found;
}

/* The smallest table, at least twice the keys, that a seed makes free of
 * collisions. Slot 0 may hold a key: an empty slot points at the
 * placeholder. */
static bool find_seed(struct keytab *t, const unsigned char *pool)
{
	unsigned bits = 1;
	while (((size_t)1 << bits) < 2 * (t->count - 1))
		bits++;
	uint64_t seed = 0;
	for (; bits <= MAX_SLOT_BITS; bits++) {
		seed = search_seed(t, pool, bits);
		if (seed)
			break;
	}
	if (!seed) {
		/* GCOVR_EXCL_START: the data file holds at most 1024 keys a
		 * table (datafile.h), which a seed spreads over 2^16 slots within
		 * a few thousand tries */
		fprintf(stderr, "httpstatus-gen: error: found no collision-free %s hash\n",
			t->what);
		return false;
		/* GCOVR_EXCL_STOP */
	}
	t->seed = seed;
	t->bits = bits;
	t->slots = xcalloc((size_t)1 << bits, sizeof *t->slots);
	for (size_t k = 1; k < t->count; k++) {
		const struct key *key = &t->keys[k];
		t->slots[keyhash(seed, pool + key->at, key->len) >> (64 - bits)] = k;
	}
	return true;
}

static size_t add_key(struct layout *l, struct keytab *t, const char *text, int code)
{
	struct key *key = &t->keys[t->count++];
	key->at = pool_add_text(&l->pool, text);
	key->len = strlen(text);
	key->code = code;
	if (key->len > t->max_len)
		t->max_len = key->len;
	return key->at;
}

struct key_ref {
	struct key *key;
};

static int longer_first(const void *a, const void *b)
{
	const struct key *x = ((const struct key_ref *)a)->key,
			 *y = ((const struct key_ref *)b)->key;
	return x->len != y->len ? (x->len < y->len ? 1 : -1) : (x->at > y->at) - (x->at < y->at);
}

/* Every key's mask, at the end of the pool: longest first, so that shorter
 * masks mostly turn out to be part of one already there. */
static void add_masks(struct layout *l)
{
	struct keytab *tabs[] = {&l->names, &l->phrases};
	size_t n = l->names.count + l->phrases.count;
	struct key_ref *order = xcalloc(n, sizeof *order);
	n = 0;
	for (size_t t = 0; t < 2; t++)
		for (size_t k = 1; k < tabs[t]->count; k++)
			order[n++].key = &tabs[t]->keys[k];
	qsort(order, n, sizeof *order, longer_first);
	size_t start = l->pool.size;
	unsigned char mask[DATAFILE_MAX_KEY];
	for (size_t i = 0; i < n; i++) {
		struct key *key = order[i].key;
		for (size_t j = 0; j < key->len; j++) {
			unsigned char c = l->pool.bytes[key->at + j];
			mask[j] = keyhash_fold(c) == keyhash_fold(c ^ 0x20) ? MASK_LETTER
									    : MASK_OTHER;
		}
		key->mask = pool_share(&l->pool, start, mask, key->len);
	}
	free(order);
}

/* An array of n (which may be 0) zeroed elements. */
static void *alloc_array(size_t n, size_t size)
{
	return xcalloc(n ? n : 1, size);
}

static void lay_out(struct layout *l, const struct datafile *df)
{
	size_t n = df->count, aliases = 0;
	for (size_t i = 0; i < n; i++)
		aliases += df->entries[i].alias_count;
	l->name = alloc_array(n, sizeof *l->name);
	l->phrase = alloc_array(n, sizeof *l->phrase);
	l->description = alloc_array(n, sizeof *l->description);
	l->reference = alloc_array(n, sizeof *l->reference);
	l->alias_first = alloc_array(n, sizeof *l->alias_first);
	l->aliases = alloc_array(aliases, sizeof *l->aliases);
	l->names = (struct keytab){
		.what = "name", .keys = xcalloc(1 + n + aliases, sizeof(struct key)), .count = 1};
	l->phrases = (struct keytab){
		.what = "phrase", .keys = xcalloc(1 + n + aliases, sizeof(struct key)), .count = 1};

	/* Offset 0 is the empty string, meaning "no phrase". Names and phrases
	 * are strings and keys at once. */
	pool_init(&l->pool);
	pool_append(&l->pool, "", 1);
	for (size_t i = 0; i < n; i++) {
		const struct entry *e = &df->entries[i];
		l->name[i] = add_key(l, &l->names, e->name, e->code);
		l->phrase[i] = add_key(l, &l->phrases, e->phrase, e->code);
		l->alias_first[i] = l->alias_count;
		for (size_t j = 0; j < e->alias_count; j++) {
			const struct alias *alias = &e->aliases[j];
			l->aliases[l->alias_count++] =
				add_key(l, alias->is_phrase ? &l->phrases : &l->names, alias->text,
					e->code);
		}
	}
	for (size_t i = 0; i < n; i++) {
		const struct entry *e = &df->entries[i];
		l->reference[i] = pool_add_text(&l->pool, e->reference);
		l->description[i] = pool_add_text(&l->pool, e->description);
	}
	add_masks(l);
}

static void free_layout(struct layout *l)
{
	free(l->pool.bytes);
	free(l->name);
	free(l->phrase);
	free(l->description);
	free(l->reference);
	free(l->alias_first);
	free(l->aliases);
	free(l->names.keys);
	free(l->names.slots);
	free(l->phrases.keys);
	free(l->phrases.slots);
}

static const char *uint_type(size_t max)
{
	return max <= UINT8_MAX ? "uint8_t" : max <= UINT16_MAX ? "uint16_t" : "uint32_t";
}

static void emit_bytes(FILE *out, const char *name, const struct pool *pool)
{
	fprintf(out, "static const unsigned char %s[%zu] = {", name, pool->size);
	for (size_t i = 0; i < pool->size; i++) {
		unsigned char c = pool->bytes[i];
		fputs(i % 12 ? " " : "\n\t", out);
		if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\')
			fprintf(out, "'%c',", c);
		else
			fprintf(out, "%u,", c);
	}
	fputs("\n};\n\n", out);
}

static void emit_numbers(FILE *out, const char *decl, const size_t *v, size_t n)
{
	fprintf(out, "%s[%zu] = {", decl, n ? n : 1);
	for (size_t i = 0; i < n; i++)
		fprintf(out, "%s%zu,", i % 12 ? " " : "\n\t", v[i]);
	fputs(n ? "\n};\n\n" : "0};\n\n", out);
}

static void emit_keytab(FILE *out, const struct keytab *t, const char *prefix)
{
	size_t slots = (size_t)1 << t->bits;
	fprintf(out, "#define HS_%s_SEED UINT64_C(0x%016llx)\n", prefix,
		(unsigned long long)t->seed);
	fprintf(out, "#define HS_%s_SHIFT %u\n", prefix, 64 - t->bits);
	fprintf(out, "#define HS_%s_MAX_LEN %zu\n\n", prefix, t->max_len);
	char decl[64];
	snprintf(decl, sizeof decl, "static const hs_slot hs_%s_slots", t->what);
	emit_numbers(out, decl, t->slots, slots);
	/* The code by slot, beside the key index: the answer does not wait for
	 * the key's record to be read. */
	size_t *codes = xcalloc(slots, sizeof *codes);
	for (size_t i = 0; i < slots; i++)
		codes[i] = (size_t)t->keys[t->slots[i]].code;
	snprintf(decl, sizeof decl, "static const uint16_t hs_%s_codes", t->what);
	emit_numbers(out, decl, codes, slots);
	free(codes);
	fprintf(out, "static const struct hs_key hs_%s_keys[%zu] = {\n", t->what, t->count);
	for (size_t k = 0; k < t->count; k++)
		fprintf(out, "\t{%zu, %zu, %zu},\n", t->keys[k].at, t->keys[k].mask,
			t->keys[k].len);
	fputs("};\n\n", out);
}

static void emit_entry(FILE *out, const struct datafile *df, const struct layout *l, size_t i)
{
	const struct entry *e = &df->entries[i];
	fprintf(out, "\t/* %d */ {", e->code);
	const char *sep = "";
	for (unsigned bit = 0; bit < FLAG_COUNT; bit++) {
		if (!(e->flags & 1u << bit))
			continue;
		fputs(sep, out);
		emit_flag_macro(out, bit);
		sep = " | ";
	}
	fprintf(out, ", %zu, %zu, %zu, %zu, %zu, %zu, %zu},\n", l->name[i], l->phrase[i],
		l->description[i], l->reference[i], strlen(e->phrase), e->alias_count,
		l->alias_first[i]);
}

bool emit_tables(FILE *out, const struct datafile *df)
{
	struct layout l = {0};
	lay_out(&l, df);
	if (!find_seed(&l.names, l.pool.bytes) || !find_seed(&l.phrases, l.pool.bytes)) {
		free_layout(&l); /* GCOVR_EXCL_LINE: see find_seed */
		return false; /* GCOVR_EXCL_LINE */
	}
	/* The dense tables end at the highest known code. */
	size_t span = (size_t)(df->entries[df->count - 1].code - CODE_BASE) + 1;
	size_t by_code[CODE_LIMIT - CODE_BASE] = {0};
	size_t phrase_by_code[CODE_LIMIT - CODE_BASE] = {0};
	for (size_t i = 0; i < df->count; i++) {
		by_code[df->entries[i].code - CODE_BASE] = i + 1;
		phrase_by_code[df->entries[i].code - CODE_BASE] = l.phrase[i];
	}

	fputs("/* Generated by httpstatus-gen from the status-code data file. "
	      "Do not edit. */\n\n",
	      out);
	fprintf(out, "#define HS_COUNT %zu\n", df->count);
	fprintf(out, "#define HS_CODE_BASE %d\n", CODE_BASE);
	fprintf(out, "#define HS_CODE_SPAN %zu\n\n", span);
	fprintf(out, "typedef %s hs_offset;\n", uint_type(l.pool.size));
	fprintf(out, "typedef %s hs_index;\n", uint_type(df->count));
	fprintf(out, "typedef %s hs_slot;\n\n",
		uint_type(l.names.count > l.phrases.count ? l.names.count : l.phrases.count));
	fputs("struct hs_entry {\n"
	      "\tuint16_t flags;\n"
	      "\ths_offset name, phrase, description, reference;\n"
	      "\tuint8_t phrase_len;\n"
	      "\tuint8_t alias_count;\n"
	      "\tuint16_t alias_first;\n"
	      "};\n\n"
	      "struct hs_key {\n"
	      "\ths_offset at; /* the text */\n"
	      "\ths_offset mask; /* 0xdf where case may differ, else 0xff */\n"
	      "\tuint8_t len;\n"
	      "};\n\n",
	      out);
	emit_bytes(out, "hs_pool", &l.pool);
	fprintf(out, "static const struct hs_entry hs_entries[%zu] = {\n", df->count);
	for (size_t i = 0; i < df->count; i++)
		emit_entry(out, df, &l, i);
	fputs("};\n\n/* Entry index + 1 by code - HS_CODE_BASE, 0 for none. */\n", out);
	emit_numbers(out, "static const hs_index hs_by_code", by_code, span);
	fputs("/* Phrase offset by code - HS_CODE_BASE, 0 for none: one load. */\n", out);
	emit_numbers(out, "static const hs_offset hs_phrase_by_code", phrase_by_code, span);
	emit_numbers(out, "static const hs_offset hs_aliases", l.aliases, l.alias_count);
	emit_keytab(out, &l.names, "NAME");
	emit_keytab(out, &l.phrases, "PHRASE");
	free_layout(&l);
	return true;
}
