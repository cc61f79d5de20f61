#include "tables.h"

#include "data.h"
#include "keyhash.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_SLOT_BITS = 16 };

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
}

void pool_free(struct pool *pool)
{
	free(pool->bytes);
	pool->bytes = NULL;
}

size_t pool_add_text(struct pool *pool, const char *text)
{
	size_t n = strlen(text) + 1;
	for (size_t at = 0; at + n <= pool->size; at++)
		if (memcmp(pool->bytes + at, text, n) == 0)
			return at;
	pool_append(pool, text, n);
	return pool->size - n;
}

void keytab_init(struct keytab *t, const char *prefix, bool case_blind, const struct pool *first,
		 const struct pool *second)
{
	*t = (struct keytab){
		.prefix = prefix,
		.case_blind = case_blind,
		.pools = {first, second},
		.capacity = 64,
	};
	t->keys = xcalloc(t->capacity, sizeof *t->keys);
}

void keytab_free(struct keytab *t)
{
	free(t->keys);
	free(t->slots);
	t->keys = NULL;
	t->slots = NULL;
}

void keytab_add(struct keytab *t, unsigned pool, size_t at, int value)
{
	if (t->count == t->capacity)
		t->keys = xrealloc(t->keys, (t->capacity *= 2) * sizeof *t->keys);
	struct key *key = &t->keys[t->count++];
	*key = (struct key){.pool = pool, .at = at, .value = value};
	key->len = strlen((const char *)t->pools[pool]->bytes + at);
	if (key->len > t->max_len)
		t->max_len = key->len;
	if (value > t->max_value)
		t->max_value = value;
}

static const unsigned char *text_of(const struct keytab *t, const struct key *key)
{
	return t->pools[key->pool]->bytes + key->at;
}

/* Where a slot says the key is: past the first pool for the second's. */
static size_t slot_offset(const struct keytab *t, const struct key *key)
{
	return key->pool ? t->pools[0]->size + key->at : key->at;
}

static uint64_t sum_of(const struct keytab *t, const struct key *key)
{
	return keyhash_sum(text_of(t, key), key->len, t->hash_windows,
			   t->case_blind ? KEYHASH_CASE_BITS : 0);
}

static size_t slot_of(const struct keytab *t, const struct key *key, uint64_t seed, unsigned bits)
{
	return keyhash_slot(sum_of(t, key), seed, bits, key->len);
}

/* Whether two keys have the same length and hash sum, which no seed can
 * put in slots of their own. */
static bool has_twins(const struct keytab *t)
{
	for (size_t a = 0; a < t->count; a++)
		for (size_t b = a + 1; b < t->count; b++)
			if (t->keys[a].len == t->keys[b].len &&
			    sum_of(t, &t->keys[a]) == sum_of(t, &t->keys[b]))
				return true;
	return false;
}

static bool has_collision(const struct keytab *t, uint64_t seed, unsigned bits, uint32_t *stamp,
			  uint32_t try)
{
	for (size_t k = 0; k < t->count; k++) {
		size_t slot = slot_of(t, &t->keys[k], seed, bits);
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
static uint64_t search_seed(const struct keytab *t, unsigned bits)
{
	uint32_t *stamp = xcalloc((size_t)1 << bits, sizeof *stamp);
	uint64_t state = 0, found = 0;
	for (uint32_t try = 1; try <= 1u << 20 && !found; try++) {
		uint64_t seed = splitmix64(&state) | 1;
		if (!has_collision(t, seed, bits, stamp, try))
			found = seed;
	}
	free(stamp);
	return found;
}

/* The seed and the fewest slots (at least twice the keys) that give every
 * key a slot of its own, in *bits; 0 if none does. */
static uint64_t search_slots(const struct keytab *t, unsigned *bits)
{
	*bits = 1;
	while (((size_t)1 << *bits) < 2 * t->count)
		++*bits;
	for (; *bits <= MAX_SLOT_BITS; ++*bits) {
		uint64_t seed = search_seed(t, *bits);
		if (seed)
			return seed;
	}
	return 0; /* GCOVR_EXCL_LINE: see keytab_find_seed */
}

bool keytab_find_seed(struct keytab *t)
{
	/* The fewest windows that tell the keys apart: the more the hash
	 * reads, the longer a lookup takes. Every window does, keys being
	 * unique: a key of eight bytes or more has one window a byte, and
	 * under eight, window 1 is the whole key, where window 0 is only its
	 * head (common/keyhash.h). */
	unsigned bits = 0, most = KEYHASH_WINDOWS(t->max_len) + (t->max_len <= 8);
	uint64_t seed = 0;
	t->hash_windows = 0;
	while (!seed && t->hash_windows < most) {
		t->hash_windows++;
		if (!has_twins(t))
			seed = search_slots(t, &bits);
	}
	if (!seed) {
		/* GCOVR_EXCL_START: a data file holds at most TSV_MAX_KEYS keys a
		 * table, which a seed spreads over 2^16 slots within a few
		 * thousand tries; only keys equal but for the bits the hash
		 * ignores could not be told apart, and the readers reject those */
		fprintf(stderr, "httpstatus-gen: error: found no collision-free %s hash\n",
			t->prefix);
		return false;
		/* GCOVR_EXCL_STOP */
	}
	t->seed = seed;
	t->bits = bits;
	t->slots = xcalloc((size_t)1 << bits, sizeof *t->slots);
	for (size_t k = 0; k < t->count; k++)
		t->slots[slot_of(t, &t->keys[k], seed, bits)] = k + 1;
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
		" * %s */\n\n",
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

/* Opens and closes a string literal of size bytes: one longer than the
 * 4095 bytes C requires compilers to take is told to the compiler, which
 * takes it (every compiler this builds with does). */
static void emit_string_start(FILE *out, size_t size)
{
	if (size > 4095)
		fputs("#if defined(__GNUC__)\n"
		      "#pragma GCC diagnostic push\n"
		      "#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n"
		      "#endif\n",
		      out);
}

static void emit_string_end(FILE *out, size_t size)
{
	fputs("\t;\n", out);
	if (size > 4095)
		fputs("#if defined(__GNUC__)\n"
		      "#pragma GCC diagnostic pop\n"
		      "#endif\n",
		      out);
	fputc('\n', out);
}

void emit_pool(FILE *out, const struct pool *pool, const char *array)
{
	/* The size given, the literal's own final NUL is left out: every
	 * string has its NUL already. */
	emit_string_start(out, pool->size);
	fprintf(out, "static const char %s[%zu] =\n", array, pool->size);
	for (size_t at = 0; at < pool->size;) {
		size_t len = strlen((const char *)pool->bytes + at) + 1;
		fprintf(out, "\t/* %5zu */ ", at);
		emit_string(out, (const char *)pool->bytes + at, len);
		fputc('\n', out);
		at += len;
	}
	emit_string_end(out, pool->size);
}

/* The largest of the n values v, 0 for none. */
static size_t largest(const size_t *v, size_t n)
{
	size_t max = 0;
	for (size_t i = 0; i < n; i++)
		max = v[i] > max ? v[i] : max;
	return max;
}

void emit_code_rows(FILE *out, const char *name, const size_t *v, size_t n, int first_code)
{
	fprintf(out, "static const %s %s[%zu] = {\n", uint_type(largest(v, n)), name, n ? n : 1);
	for (size_t i = 0; i < n; i += 10) {
		fprintf(out, "\t/* %zu */", i + (size_t)first_code);
		for (size_t j = i; j < i + 10 && j < n; j++)
			fprintf(out, " %zu,", v[j]);
		fputc('\n', out);
	}
	fputs(n ? "};\n\n" : "\t0\n};\n\n", out);
}

void emit_rows(FILE *out, const char *comment, const char *name, const size_t *v,
	       const char *const *labels, size_t n)
{
	fprintf(out, "/* %s */\nstatic const %s %s[%zu] = {\n", comment, uint_type(largest(v, n)),
		name, n ? n : 1);
	for (size_t i = 0; i < n; i++)
		fprintf(out, "\t%zu, /* %s */\n", v[i], labels[i]);
	fputs(n ? "};\n\n" : "\t0\n};\n\n", out);
}

void emit_flag_words(FILE *out, const struct flag_word *words, unsigned count, const char *prefix)
{
	struct pool pool;
	size_t *at = xcalloc(count ? count : 1, sizeof *at);
	const char **labels = xcalloc(count ? count : 1, sizeof *labels);
	pool_init(&pool);
	for (unsigned bit = 0; bit < count; bit++) {
		at[bit] = pool_add_text(&pool, words[bit].word);
		labels[bit] = words[bit].word;
	}
	char pool_name[64], at_name[64], comment[128];
	snprintf(pool_name, sizeof pool_name, "%sflag_words", prefix);
	snprintf(at_name, sizeof at_name, "%sflag_word_at", prefix);
	snprintf(comment, sizeof comment, "By bit: the offset of the flag's word in %s.",
		 pool_name);
	emit_pool(out, &pool, pool_name);
	emit_rows(out, comment, at_name, at, labels, count);
	pool_free(&pool);
	free(labels);
	free(at);
}

/* The fast lookups' table: the keys' texts, then their case masks (for a
 * case-blind table) at a constant distance, in one array; and the slots,
 * each naming its key in that array. */
static void emit_hashed(FILE *out, const struct keytab *t, const char *lower)
{
	struct pool keys;
	pool_init(&keys);
	size_t *at = xcalloc(t->count ? t->count : 1, sizeof *at);
	for (size_t k = 0; k < t->count; k++)
		at[k] = pool_add_text(&keys, (const char *)text_of(t, &t->keys[k]));
	size_t text_end = keys.size;
	if (t->case_blind)
		for (size_t i = 0; i < text_end; i++) {
			unsigned char c = keys.bytes[i];
			/* A letter may differ in bit 5, its case; any other byte not. */
			unsigned char mask =
				keyhash_fold(c) == keyhash_fold(c ^ 0x20) ? 0xdf : 0xff;
			pool_append(&keys, &mask, 1);
		}

	emit_string_start(out, keys.size);
	fprintf(out,
		"/* The keys, each with its NUL%s. */\n"
		"static const char hs_%s_keys[%zu] =\n",
		t->case_blind ? ", then their case masks: \\337 where a byte may differ\n"
				" * in case, \\377 where it may not"
			      : "",
		lower, keys.size);
	for (size_t i = 0; i < text_end;) {
		size_t len = strlen((const char *)keys.bytes + i) + 1;
		fprintf(out, "\t/* %5zu */ ", i);
		emit_string(out, (const char *)keys.bytes + i, len);
		fputc('\n', out);
		i += len;
	}
	for (size_t i = text_end; i < keys.size; i += 16) {
		size_t len = keys.size - i < 16 ? keys.size - i : 16;
		fprintf(out, "\t/* %5zu */ ", i);
		emit_string(out, (const char *)keys.bytes + i, len);
		fputc('\n', out);
	}
	emit_string_end(out, keys.size);
	if (t->case_blind)
		fprintf(out,
			"#define HS_%s_MASKS %zu /* a key's mask is this far on from it */\n\n",
			t->prefix, text_end);

	size_t slots = (size_t)1 << t->bits;
	fprintf(out,
		"/* By slot: {the offset in hs_%s_keys of the only key that can be there, its\n"
		" * value, its length}; {0, 0, 0} where no key is. */\n"
		"static const struct hs_slot hs_%s_slots[%zu] = {\n",
		lower, lower, slots);
	for (size_t s = 0; s < slots; s++)
		if (t->slots[s]) {
			const struct key *key = &t->keys[t->slots[s] - 1];
			fprintf(out, "\t[%zu] = {%zu, %d, %zu}, /* %s */\n", s, at[t->slots[s] - 1],
				key->value, key->len, (const char *)text_of(t, key));
		}
	fputs(t->count ? "};\n" : "\t{0, 0, 0} /* no keys */\n};\n", out);
	fprintf(out,
		"HS_ASSERT(sizeof hs_%s_keys - 1 <= UINT16_MAX && HS_%s_MAX_VALUE <= UINT16_MAX, "
		"\"a slot holds every key's offset and value\");\n",
		lower, t->prefix);
	free(at);
	pool_free(&keys);
}

/* The order of two keys: by their bytes, or with ASCII letters folded to
 * upper case in a case-blind table; a key before every longer key it
 * begins. */
static int key_order(const struct keytab *t, const struct key *a, const struct key *b)
{
	const unsigned char *x = text_of(t, a), *y = text_of(t, b);
	for (;; x++, y++) {
		int cx = t->case_blind ? keyhash_fold(*x) : *x;
		int cy = t->case_blind ? keyhash_fold(*y) : *y;
		if (cx != cy || !cx)
			return cx - cy;
	}
}

/* The small lookups' table: the keys in order, each as where a slot would
 * name it in the pools and its value, for a binary search. */
static void emit_sorted(FILE *out, const struct keytab *t, const char *lower)
{
	size_t n = t->count;
	size_t *order = xcalloc(n ? n : 1, sizeof *order);
	for (size_t k = 0; k < n; k++) {
		size_t i = k;
		for (; i > 0 && key_order(t, &t->keys[order[i - 1]], &t->keys[k]) > 0; i--)
			order[i] = order[i - 1];
		order[i] = k;
	}
	fprintf(out,
		"/* The keys in %s order: {the offset of its text (past HS_%s_SECOND_POOL,\n"
		" * in the second pool), its value}. */\n"
		"static const struct hs_sorted_key hs_%s_sorted[%zu] = {\n",
		t->case_blind ? "upper-case" : "byte", t->prefix, lower, n ? n : 1);
	size_t last = 0;
	for (size_t i = 0; i < n; i++) {
		const struct key *key = &t->keys[order[i]];
		fprintf(out, "\t{%zu, %d}, /* %s */\n", slot_offset(t, key), key->value,
			(const char *)text_of(t, key));
		last = slot_offset(t, key) > last ? slot_offset(t, key) : last;
	}
	fputs(n ? "};\n" : "\t{0, 0} /* no keys */\n};\n", out);
	fprintf(out,
		"#define HS_%s_MAX_OFFSET %zu\n"
		"HS_ASSERT(HS_%s_MAX_OFFSET <= UINT16_MAX && HS_%s_MAX_VALUE <= UINT16_MAX, \"an "
		"entry holds every key's offset and value\");\n",
		t->prefix, last, t->prefix, t->prefix);
	free(order);
}

void emit_keytab(FILE *out, const struct keytab *t)
{
	char lower[32];
	size_t n = strlen(t->prefix) < sizeof lower ? strlen(t->prefix) : sizeof lower - 1;
	for (size_t i = 0; i < n; i++)
		lower[i] = (char)(t->prefix[i] | 0x20);
	lower[n] = '\0';

	fprintf(out,
		"#define HS_%s_KEYS %zu\n"
		"#define HS_%s_MAX_LEN %zu\n"
		"#define HS_%s_MAX_VALUE %d\n"
		"#define HS_%s_SECOND_POOL %zu /* where the offsets of the second pool begin "
		"*/\n\n",
		t->prefix, t->count, t->prefix, t->max_len, t->prefix, t->max_value, t->prefix,
		t->pools[1] ? t->pools[0]->size : (size_t)UINT16_MAX + 1);
	fputs("#if HTTPSTATUS_SMALL_TABLES\n", out);
	emit_sorted(out, t, lower);
	fputs("#else\n", out);
	fprintf(out,
		"#define HS_%s_SEED UINT64_C(0x%016llx)\n"
		"#define HS_%s_BITS %u /* 2^%u slots */\n"
		"#define HS_%s_HASH_WINDOWS %u /* of KEYHASH_WINDOWS(HS_%s_MAX_LEN) */\n",
		t->prefix, (unsigned long long)t->seed, t->prefix, t->bits, t->bits, t->prefix,
		t->hash_windows, t->prefix);
	if (t->case_blind)
		emit_hashed(out, t, lower);
	fputs("#endif\n\n", out);
}
