#include "tables.h"

#include "keyhash.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_SLOT_BITS = 16 };

/* Mask bytes: a letter may differ in bit 5 (its case), any other byte not. */
enum { MASK_LETTER = 0xdf, MASK_OTHER = 0xff };

static void pool_append(struct pool *pool, const void *bytes, size_t n)
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
}

void pool_init(struct pool *pool)
{
	pool->capacity = 4096;
	pool->bytes = xmalloc(pool->capacity);
	pool->size = 0;
	pool_append(pool, "", 1);
	pool->text_end = pool->size;
}

void pool_free(struct pool *pool)
{
	free(pool->bytes);
	pool->bytes = NULL;
}

size_t pool_add_text(struct pool *pool, const char *text)
{
	size_t n = strlen(text) + 1;
	for (size_t at = 0; at + n <= pool->text_end; at++)
		if (memcmp(pool->bytes + at, text, n) == 0)
			return at;
	pool_append(pool, text, n);
	pool->text_end = pool->size;
	return pool->size - n;
}

void keytab_init(struct keytab *t, const char *what, bool case_blind)
{
	*t = (struct keytab){.what = what, .case_blind = case_blind, .capacity = 64};
	t->keys = xcalloc(t->capacity, sizeof *t->keys);
	t->count = 1; /* the placeholder: length 0 matches nothing */
}

void keytab_free(struct keytab *t)
{
	free(t->keys);
	free(t->slots);
	t->keys = NULL;
	t->slots = NULL;
}

size_t keytab_add(struct keytab *t, struct pool *pool, const char *text, int value)
{
	if (t->count == t->capacity)
		t->keys = xrealloc(t->keys, (t->capacity *= 2) * sizeof *t->keys);
	struct key *key = &t->keys[t->count++];
	*key = (struct key){.at = pool_add_text(pool, text), .len = strlen(text), .value = value};
	if (key->len > t->max_len)
		t->max_len = key->len;
	return key->at;
}

void pool_add_masks(struct pool *pool, struct keytab *const *tables, size_t n)
{
	size_t keys_end = 0;
	for (size_t t = 0; t < n; t++)
		for (size_t k = 1; k < tables[t]->count; k++)
			if (tables[t]->keys[k].at + tables[t]->keys[k].len > keys_end)
				keys_end = tables[t]->keys[k].at + tables[t]->keys[k].len;
	for (size_t at = 0; at < keys_end; at++) {
		unsigned char c = pool->bytes[at];
		unsigned char mask =
			keyhash_fold(c) == keyhash_fold(c ^ 0x20) ? MASK_LETTER : MASK_OTHER;
		pool_append(pool, &mask, 1);
	}
}

static uint64_t sum_of(const struct keytab *t, const struct key *key, const unsigned char *pool)
{
	return keyhash_sum(pool + key->at, key->len, t->hash_windows,
			   t->case_blind ? KEYHASH_CASE_BITS : 0);
}

static size_t slot_of(const struct keytab *t, const struct key *key, const unsigned char *pool,
		      uint64_t seed, unsigned bits)
{
	return keyhash_slot(sum_of(t, key, pool), seed, bits, key->len);
}

/* Whether two keys have the same length and hash sum, which no seed can
 * put in slots of their own. */
static bool has_twins(const struct keytab *t, const unsigned char *pool)
{
	for (size_t a = 1; a < t->count; a++)
		for (size_t b = a + 1; b < t->count; b++)
			if (t->keys[a].len == t->keys[b].len &&
			    sum_of(t, &t->keys[a], pool) == sum_of(t, &t->keys[b], pool))
				return true;
	return false;
}

static bool has_collision(const struct keytab *t, const unsigned char *pool, uint64_t seed,
			  unsigned bits, uint32_t *stamp, uint32_t try)
{
	for (size_t k = 1; k < t->count; k++) {
		size_t slot = slot_of(t, &t->keys[k], pool, seed, bits);
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

/* The seed and the fewest slots (at least twice the keys) that give every
 * key a slot of its own, in *bits; 0 if none does. */
static uint64_t search_slots(const struct keytab *t, const unsigned char *pool, unsigned *bits)
{
	*bits = 1;
	while (((size_t)1 << *bits) < 2 * (t->count - 1))
		++*bits;
	for (; *bits <= MAX_SLOT_BITS; ++*bits) {
		uint64_t seed = search_seed(t, pool, *bits);
		if (seed)
			return seed;
	}
	return 0; /* GCOVR_EXCL_LINE: see keytab_find_seed */
}

bool keytab_find_seed(struct keytab *t, const struct pool *pool)
{
	/* The fewest windows that tell the keys apart: the more the hash
	 * reads, the longer a lookup takes. Every window does, keys being
	 * unique. */
	unsigned bits = 0, most = KEYHASH_WINDOWS(t->max_len);
	uint64_t seed = 0;
	t->hash_windows = 0;
	while (!seed && t->hash_windows < most) {
		t->hash_windows++;
		if (!has_twins(t, pool->bytes))
			seed = search_slots(t, pool->bytes, &bits);
	}
	if (!seed) {
		/* GCOVR_EXCL_START: a data file holds at most TSV_MAX_KEYS keys a
		 * table, which a seed spreads over 2^16 slots within a few
		 * thousand tries; only keys equal but for the bits the hash
		 * ignores could not be told apart, and the readers reject those */
		fprintf(stderr, "httpstatus-gen: error: found no collision-free %s hash\n",
			t->what);
		return false;
		/* GCOVR_EXCL_STOP */
	}
	t->seed = seed;
	t->bits = bits;
	t->slots = xcalloc((size_t)1 << bits, sizeof *t->slots);
	for (size_t k = 1; k < t->count; k++)
		t->slots[slot_of(t, &t->keys[k], pool->bytes, seed, bits)] = k;
	return true;
}

const char *uint_type(size_t max)
{
	return max <= UINT8_MAX ? "uint8_t" : max <= UINT16_MAX ? "uint16_t" : "uint32_t";
}

void emit_tables_head(FILE *out, const char *what)
{
	fprintf(out,
		"/* Generated by httpstatus-gen from the data files. Do not edit.\n"
		" *\n"
		" * %s */\n\n"
		"#include <stdint.h>\n\n"
		"/* The limits the library's code relies on, checked when it is "
		"compiled. */\n"
		"#ifndef HS_ASSERT\n"
		"#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L\n"
		"#define HS_ASSERT(condition, why) _Static_assert(condition, why)\n"
		"#else /* C99: an array of negative size, without the message */\n"
		"#define HS_ASSERT(condition, why) extern char hs_assert[(condition) ? 1 : -1]\n"
		"#endif\n"
		"#endif\n\n",
		what);
}

void emit_string(FILE *out, const char *text, size_t len)
{
	fputc('"', out);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == '"' || c == '\\' || c == '?') /* '?': no trigraph can form */
			fprintf(out, "\\%c", c);
		else if (c == 0 && (i + 1 == len || text[i + 1] < '0' || text[i + 1] > '7'))
			fputs("\\0", out);
		else if (c == '\r' || c == '\n')
			fputs(c == '\r' ? "\\r" : "\\n", out);
		else if (c >= 0x20 && c < 0x7f)
			fputc(c, out);
		else /* three octal digits: the next character cannot join in */
			fprintf(out, "\\%03o", c);
	}
	fputc('"', out);
}

void emit_pool(FILE *out, const struct pool *pool, const char *array, const char *size_macro)
{
	/* One string literal of more than the 4095 bytes C requires compilers to
	 * take: every compiler this builds with takes it. */
	fprintf(out,
		"#define %s %zu\n"
		"#if defined(__GNUC__)\n"
		"#pragma GCC diagnostic push\n"
		"#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n"
		"#endif\n"
		"static const unsigned char %s[] =\n",
		size_macro, pool->size, array);
	for (size_t at = 0; at < pool->text_end;) {
		size_t len = strlen((const char *)pool->bytes + at) + 1;
		fprintf(out, "\t/* %5zu */ ", at);
		emit_string(out, (const char *)pool->bytes + at, len);
		fputc('\n', out);
		at += len;
	}
	for (size_t at = pool->text_end; at < pool->size; at += 16) {
		size_t len = pool->size - at < 16 ? pool->size - at : 16;
		fprintf(out, "\t/* %5zu */ ", at);
		emit_string(out, (const char *)pool->bytes + at, len);
		fprintf(out, "%s\n", at == pool->text_end ? " /* case masks */" : "");
	}
	fprintf(out,
		"\t;\n"
		"#if defined(__GNUC__)\n"
		"#pragma GCC diagnostic pop\n"
		"#endif\n"
		"HS_ASSERT(sizeof %s == %s + 1, \"the pool is the size its offsets "
		"assume\");\n\n",
		array, size_macro);
}

void emit_code_rows(FILE *out, const char *decl, const size_t *v, size_t n, int first_code)
{
	fprintf(out, "%s[%zu] = {\n", decl, n);
	for (size_t i = 0; i < n; i += 10) {
		fprintf(out, "\t/* %zu */", i + (size_t)first_code);
		for (size_t j = i; j < i + 10 && j < n; j++)
			fprintf(out, " %zu,", v[j]);
		fputc('\n', out);
	}
	fputs("};\n\n", out);
}

/* "404 NOT_FOUND", for a comment. */
static void emit_key_label(FILE *out, const struct key *key, const struct pool *pool)
{
	fprintf(out, "/* %d %s */\n", key->value, (const char *)pool->bytes + key->at);
}

void emit_keytab_constants(FILE *out, const struct keytab *t, const char *prefix)
{
	fprintf(out,
		"#define HS_%s_SEED UINT64_C(0x%016llx)\n"
		"#define HS_%s_BITS %u /* 2^%u slots */\n"
		"#define HS_%s_HASH_WINDOWS %u /* of KEYHASH_WINDOWS(HS_%s_MAX_LEN) */\n"
		"#define HS_%s_MAX_LEN %zu\n"
		"#define HS_%s_KEYS %zu\n\n",
		prefix, (unsigned long long)t->seed, prefix, t->bits, t->bits, prefix,
		t->hash_windows, prefix, prefix, t->max_len, prefix, t->count - 1);
}

void emit_key_struct(FILE *out)
{
	fputs("/* A slot of a hash table, as src/keyfind.h reads it: the only key that\n"
	      " * can be there and its answer, or all 0. The same in every tables file, so\n"
	      " * that they can share one translation unit. */\n"
	      "#ifndef HS_SLOT_DEFINED\n"
	      "#define HS_SLOT_DEFINED\n"
	      "struct hs_slot {\n"
	      "\tuint16_t at; /* the key's text; its case mask follows HS_<TABLE>_MASKS on */\n"
	      "\tuint16_t value;\n"
	      "\tuint32_t len; /* 0: no key */\n"
	      "};\n"
	      "#endif\n\n",
	      out);
}

void emit_keytab(FILE *out, const struct keytab *t, const struct pool *pool, const char *prefix,
		 const char *pool_size)
{
	size_t slots = (size_t)1 << t->bits;
	emit_keytab_constants(out, t, prefix);
	fprintf(out,
		"#define HS_%s_MASKS %zu /* a key's case mask is this far on from its text */\n\n",
		prefix, pool->text_end);

	fprintf(out, "static const struct hs_slot hs_%s_slots[%zu] = {\n", t->what, slots);
	for (size_t s = 0; s < slots; s++)
		if (t->slots[s]) {
			const struct key *key = &t->keys[t->slots[s]];
			fprintf(out, "\t[%zu] = {%zu, %d, %zu}, ", s, key->at, key->value,
				key->len);
			emit_key_label(out, key, pool);
		}
	fputs(t->count > 1 ? "};\n" : "\t{0, 0, 0} /* no keys */\n};\n", out);
	fprintf(out,
		"HS_ASSERT(sizeof hs_%s_slots / sizeof hs_%s_slots[0] == (uint64_t)1 << "
		"HS_%s_BITS, \"a hash's top bits index its slots\");\n"
		"HS_ASSERT(HS_%s_MAX_LEN <= UINT8_MAX, \"a key's length fits in its 8 bits\");\n"
		"HS_ASSERT(%s <= UINT16_MAX, \"a key's offset fits in struct hs_slot\");\n\n",
		t->what, t->what, prefix, prefix, pool_size);
}
