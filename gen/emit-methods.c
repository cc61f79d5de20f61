/* The tables of src/methods.c: a pool a field, each method's strings and
 * flags by id, and a hash of the tokens for lookups in exact case. */
#include "emit.h"
#include "keyhash.h"
#include "tables.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Each id's fields: the offsets of its strings (0 where no method has the
 * id) and its flags. */
struct layout {
	struct pool tokens, descriptions, references;
	size_t *token, *description, *reference, *flags; /* by id */
	const char **labels; /* "1 GET", by id */
	struct keytab keys;
};

static void lay_out(struct layout *l, const struct data *d, size_t ids)
{
	l->token = xcalloc(ids, sizeof *l->token);
	l->description = xcalloc(ids, sizeof *l->description);
	l->reference = xcalloc(ids, sizeof *l->reference);
	l->flags = xcalloc(ids, sizeof *l->flags);
	l->labels = xcalloc(ids, sizeof *l->labels);
	pool_init(&l->tokens);
	pool_init(&l->descriptions);
	pool_init(&l->references);
	keytab_init(&l->keys, "METHOD", false, &l->tokens, NULL); /* exact case */
	for (size_t id = 0; id < ids; id++)
		l->labels[id] = "";
	for (size_t i = 0; i < d->method_count; i++) {
		const struct method_entry *m = &d->methods[i];
		size_t id = (size_t)m->id;
		l->token[id] = pool_add_text(&l->tokens, m->token);
		keytab_add(&l->keys, 0, l->token[id], m->id);
		l->description[id] = pool_add_text(&l->descriptions, m->description);
		l->reference[id] = pool_add_text(&l->references, m->reference);
		l->flags[id] = m->flags;
		l->labels[id] = m->token;
	}
}

static void free_layout(struct layout *l)
{
	pool_free(&l->tokens);
	pool_free(&l->descriptions);
	pool_free(&l->references);
	free(l->token);
	free(l->description);
	free(l->reference);
	free(l->flags);
	free(l->labels);
	keytab_free(&l->keys);
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
		"#define HS_METHOD_FIRST_ID %d\n\n",
		len, len ? m->token : "none", (unsigned long long)w[0], len ? m->id : 0);
}

/* The hash table of the fast layout: a slot holds its token's first window,
 * which is the whole of a token under eight bytes, so that a lookup compares
 * one number rather than bytes, with no second load to wait for. */
static void emit_method_slots(FILE *out, const struct layout *l)
{
	const struct keytab *t = &l->keys;
	size_t slots = (size_t)1 << t->bits;
	fprintf(out,
		"#if !HTTPSTATUS_SMALL_TABLES\n"
		"/* By slot: {the first window of the only token that can be there, its length,\n"
		" * its id}; all 0 where no token is, a length no lookup has. */\n"
		"static const struct hs_method_slot hs_method_slots[%zu] = {\n",
		slots);
	for (size_t s = 0; s < slots; s++)
		if (t->slots[s]) {
			const struct key *key = &t->keys[t->slots[s] - 1];
			const char *token = (const char *)l->tokens.bytes + key->at;
			uint64_t w[2];
			keyhash_windows((const unsigned char *)token, key->len, w);
			fprintf(out, "\t[%zu] = {UINT64_C(0x%016llx), %zu, %d}, /* %s */\n", s,
				(unsigned long long)w[0], key->len, key->value, token);
		}
	fputs(t->count ? "};\n" : "\t{0, 0, 0}\n};\n", out);
	fputs("HS_ASSERT(HS_METHOD_MAX_VALUE <= UINT8_MAX && HS_METHOD_MAX_LEN <= UINT8_MAX, \"a "
	      "slot holds every id and length in 8 bits\");\n"
	      "#endif\n",
	      out);
}

bool emit_methods_tables(FILE *out, const struct data *d)
{
	size_t ids = d->method_count ? (size_t)d->methods[d->method_count - 1].id + 1 : 1;
	struct layout l = {0};
	lay_out(&l, d, ids);
	if (!keytab_find_seed(&l.keys)) {
		free_layout(&l); /* GCOVR_EXCL_LINE: see keytab_find_seed */
		return false; /* GCOVR_EXCL_LINE */
	}

	emit_tables_head(out, "The HTTP methods: each method's token, flags and strings by "
			      "id, and a hash of the\n * tokens for lookups in exact case.");
	fprintf(out,
		"#define HS_METHOD_COUNT %zu\n"
		"#define HS_METHOD_ID_LIMIT %zu /* every id is below */\n"
		"#define HS_METHOD_FLAG_COUNT %d\n",
		d->method_count, ids, METHOD_FLAG_COUNT);
	for (unsigned bit = 0; bit < METHOD_FLAG_COUNT; bit++) {
		emit_identifier(out, "#define HS_METHOD_", method_flags[bit].word);
		fprintf(out, " (1u << %u)\n", bit);
	}
	fputc('\n', out);
	emit_pool(out, &l.tokens, "hs_method_tokens");
	emit_pool(out, &l.descriptions, "hs_method_descriptions");
	emit_pool(out, &l.references, "hs_method_references");
	emit_rows(out, "By id: the offset of its token in hs_method_tokens, 0 for no method.",
		  "hs_method_token_at", l.token, l.labels, ids);
	emit_rows(out, "By id: the offset of its description in hs_method_descriptions.",
		  "hs_method_description_at", l.description, l.labels, ids);
	emit_rows(out, "By id: the offset of its reference in hs_method_references.",
		  "hs_method_reference_at", l.reference, l.labels, ids);
	emit_rows(out, "By id: its flags, HS_METHOD_SAFE and the rest.", "hs_method_flags", l.flags,
		  l.labels, ids);
	emit_flag_words(out, method_flags, METHOD_FLAG_COUNT, "hs_method_");
	emit_first_method(out, d);
	emit_keytab(out, &l.keys);
	emit_method_slots(out, &l);
	free_layout(&l);
	return true;
}
