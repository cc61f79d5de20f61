/* The tables of src/methods.c: a string pool, a record by method id, and a
 * hash of the tokens for lookups in exact case. */
#include "emit.h"
#include "keyhash.h"
#include "tables.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Where each method's strings are in the pool. */
struct layout {
	struct pool pool;
	size_t *token, *description, *reference; /* per method */
	struct keytab tokens;
};

static void lay_out(struct layout *l, const struct data *d)
{
	size_t n = d->method_count ? d->method_count : 1;
	l->token = xcalloc(n, sizeof *l->token);
	l->description = xcalloc(n, sizeof *l->description);
	l->reference = xcalloc(n, sizeof *l->reference);
	keytab_init(&l->tokens, "method", false); /* exact case */
	pool_init(&l->pool);
	for (size_t i = 0; i < d->method_count; i++)
		l->token[i] =
			keytab_add(&l->tokens, &l->pool, d->methods[i].token, d->methods[i].id);
	for (size_t i = 0; i < d->method_count; i++) {
		l->description[i] = pool_add_text(&l->pool, d->methods[i].description);
		l->reference[i] = pool_add_text(&l->pool, d->methods[i].reference);
	}
}

static void free_layout(struct layout *l)
{
	pool_free(&l->pool);
	free(l->token);
	free(l->description);
	free(l->reference);
	keytab_free(&l->tokens);
}

static void emit_method(FILE *out, const struct method_entry *m, const struct layout *l, size_t i)
{
	fprintf(out, "\t/* %d %s */ [%d] = {%zu, %zu, %zu, %zu, ", m->id, m->token, m->id,
		l->token[i], l->description[i], l->reference[i], strlen(m->token));
	const char *sep = "";
	for (unsigned bit = 0; bit < METHOD_FLAG_COUNT; bit++)
		if (m->flags & 1u << bit) {
			fputs(sep, out);
			emit_identifier(out, "HS_METHOD_", method_flags[bit].word);
			sep = " | ";
		}
	fprintf(out, "%s},\n", *sep ? "" : "0");
}

/* The first method of the file (GET), which most requests have: a lookup
 * compares its window before it hashes. HS_METHOD_FIRST_LEN is 0, and no
 * lookup compares, when there is no method or the first has eight bytes or
 * more. */
static void emit_first_method(FILE *out, const struct data *d)
{
	const struct method_entry *m = d->method_count ? &d->methods[0] : NULL;
	size_t len = m ? strlen(m->token) : 0;
	uint64_t w[2] = {0, 0};
	if (len >= 8 || !m)
		len = 0;
	else
		keyhash_windows((const unsigned char *)m->token, len, w);
	fprintf(out,
		"#define HS_METHOD_FIRST_LEN %zu /* %s */\n"
		"#define HS_METHOD_FIRST_WINDOW UINT64_C(0x%016llx)\n"
		"#define HS_METHOD_FIRST_ID %d\n",
		len, len ? m->token : "none", (unsigned long long)w[0], len ? m->id : 0);
}

bool emit_methods_tables(FILE *out, const struct data *d)
{
	struct layout l = {0};
	lay_out(&l, d);
	if (!keytab_find_seed(&l.tokens, &l.pool)) {
		free_layout(&l); /* GCOVR_EXCL_LINE: see keytab_find_seed */
		return false; /* GCOVR_EXCL_LINE */
	}
	int id_limit = d->method_count ? d->methods[d->method_count - 1].id + 1 : 1;

	emit_tables_head(out, "The HTTP methods: each method's token, flags and strings by "
			      "id, and a hash of the\n * tokens for lookups in exact case.");
	fprintf(out,
		"#define HS_METHOD_COUNT %zu\n"
		"#define HS_METHOD_ID_LIMIT %d /* every id is below */\n"
		"#define HS_METHOD_FLAG_COUNT %d\n",
		d->method_count, id_limit, METHOD_FLAG_COUNT);
	for (unsigned bit = 0; bit < METHOD_FLAG_COUNT; bit++) {
		emit_identifier(out, "#define HS_METHOD_", method_flags[bit].word);
		fprintf(out, " (1u << %u)\n", bit);
	}
	fprintf(out, "\ntypedef %s hs_method_offset;\n\n", uint_type(l.pool.size));
	fputs("/* A method by id. */\n"
	      "struct hs_method {\n"
	      "\ths_method_offset token, description, reference;\n"
	      "\tuint8_t token_len;\n"
	      "\tuint8_t flags;\n"
	      "};\n\n"
	      "/* A slot of the hash of the tokens: its method's id, the token's length and\n"
	      " * first window as common/keyhash.h reads it, which is the whole of a token\n"
	      " * under eight bytes, so that a lookup compares one number rather than bytes,\n"
	      " * with no second load to wait for. */\n"
	      "struct hs_method_slot {\n"
	      "\tuint64_t first;\n"
	      "\tuint8_t len;\n"
	      "\tuint8_t id;\n"
	      "};\n\n",
	      out);
	emit_pool(out, &l.pool, "hs_method_pool", "HS_METHOD_POOL_SIZE");
	fputs("/* By id: {token, description, reference, token_len, flags}. "
	      "Id 0,\n"
	      " * and an id no method has, is all zero: a token of length 0, which no "
	      "lookup\n"
	      " * matches. */\n"
	      "static const struct hs_method hs_methods[HS_METHOD_ID_LIMIT] = {\n",
	      out);
	for (size_t i = 0; i < d->method_count; i++)
		emit_method(out, &d->methods[i], &l, i);
	fputs(d->method_count ? "};\n\n" : "\t{0}\n};\n\n", out);

	emit_first_method(out, d);
	size_t slots = (size_t)1 << l.tokens.bits;
	emit_keytab_constants(out, &l.tokens, "METHOD");
	fprintf(out,
		"/* By slot: {first, len, id}; all zero where no token is, a length no\n"
		" * lookup has. */\n"
		"static const struct hs_method_slot hs_method_slots[%zu] = {\n",
		slots);
	for (size_t s = 0; s < slots; s++)
		if (l.tokens.slots[s]) {
			const struct key *key = &l.tokens.keys[l.tokens.slots[s]];
			const char *token = (const char *)l.pool.bytes + key->at;
			uint64_t w[2];
			keyhash_windows((const unsigned char *)token, key->len, w);
			fprintf(out, "\t[%zu] = {UINT64_C(0x%016llx), %zu, %d}, /* %s */\n", s,
				(unsigned long long)w[0], key->len, key->value, token);
		}
	fputs(d->method_count ? "};\n" : "\t{0}\n};\n", out);
	fputs("HS_ASSERT(sizeof hs_method_slots / sizeof hs_method_slots[0] == (uint64_t)1 "
	      "<< HS_METHOD_BITS, \"a hash's top bits index its slots\");\n"
	      "HS_ASSERT(HS_METHOD_ID_LIMIT - 1 <= UINT8_MAX, \"a slot holds every id in 8 "
	      "bits\");\n"
	      "HS_ASSERT(HS_METHOD_MAX_LEN <= UINT8_MAX, \"a token's length fits in its 8 "
	      "bits\");\n"
	      "HS_ASSERT(HS_METHOD_FLAG_COUNT <= 8, \"the flags fit in 8 bits\");\n"
	      "HS_ASSERT(HS_METHOD_POOL_SIZE <= (hs_method_offset)-1, \"hs_method_offset holds "
	      "every pool offset\");\n",
	      out);
	free_layout(&l);
	return true;
}
