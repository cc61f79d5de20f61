/* The tables of src/unofficial.c: a string pool of their own, the uses by
 * code, and one case-blind hash table over the uses' phrases and names.
 * Every name is hs_unofficial_* or HS_UNOFFICIAL_*, apart from those of
 * codes-tables.h, so that both can be in one translation unit. */
#include "emit.h"
#include "tables.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Where each use's strings are in the pool. */
struct layout {
	struct pool pool;
	size_t *source, *name, *phrase, *reference, *description; /* per use */
	size_t wires[WIRE_COUNT];
	struct keytab keys;
};

static void lay_out(struct layout *l, const struct data *d)
{
	size_t n = d->use_count ? d->use_count : 1;
	l->source = xcalloc(n, sizeof *l->source);
	l->name = xcalloc(n, sizeof *l->name);
	l->phrase = xcalloc(n, sizeof *l->phrase);
	l->reference = xcalloc(n, sizeof *l->reference);
	l->description = xcalloc(n, sizeof *l->description);
	keytab_init(&l->keys, "unofficial", true);

	/* Offset 0 is the empty string: "no phrase". Phrases and names are
	 * strings and keys at once; a phrase that is its own use's name but
	 * for case is one key, which the name holds (the reader made sure no
	 * other two keys are equal ignoring case). */
	pool_init(&l->pool);
	for (size_t i = 0; i < d->use_count; i++) {
		const struct unofficial_use *u = &d->uses[i];
		if (u->phrase && !tsv_same_folded(u->phrase, u->name))
			l->phrase[i] = keytab_add(&l->keys, &l->pool, u->phrase, u->code);
		l->name[i] = keytab_add(&l->keys, &l->pool, u->name, u->code);
		if (u->phrase && !l->phrase[i])
			l->phrase[i] = pool_add_text(&l->pool, u->phrase);
	}
	for (size_t i = 0; i < d->use_count; i++) {
		const struct unofficial_use *u = &d->uses[i];
		l->source[i] = pool_add_text(&l->pool, u->source);
		l->reference[i] = pool_add_text(&l->pool, u->reference);
		l->description[i] = pool_add_text(&l->pool, u->description);
	}
	for (unsigned w = 0; w < WIRE_COUNT; w++)
		l->wires[w] = pool_add_text(&l->pool, unofficial_wires[w].word);
	struct keytab *tables[] = {&l->keys};
	pool_add_masks(&l->pool, tables, 1);
}

static void free_layout(struct layout *l)
{
	pool_free(&l->pool);
	free(l->source);
	free(l->name);
	free(l->phrase);
	free(l->reference);
	free(l->description);
	keytab_free(&l->keys);
}

/* The uses of code c are those from first[c - base] up to, not including,
 * first[c - base + 1]: one entry a code of the span and one after it. */
static size_t *first_uses(const struct data *d, int base, size_t span)
{
	size_t *first = xcalloc(span + 1, sizeof *first);
	size_t u = 0;
	for (size_t i = 0; i <= span; i++) {
		while (u < d->use_count && (size_t)(d->uses[u].code - base) < i)
			u++;
		first[i] = u;
	}
	return first;
}

bool emit_unofficial_tables(FILE *out, const struct data *d)
{
	struct layout l = {0};
	lay_out(&l, d);
	if (!keytab_find_seed(&l.keys, &l.pool)) {
		free_layout(&l); /* GCOVR_EXCL_LINE: see keytab_find_seed */
		return false; /* GCOVR_EXCL_LINE */
	}
	/* From the lowest code with a use to the highest (the reader keeps
	 * them in code order); without uses, one code that has none. */
	size_t n = d->use_count;
	int base = n ? d->uses[0].code : 100;
	size_t span = n ? (size_t)(d->uses[n - 1].code - base) + 1 : 1;
	size_t *first = first_uses(d, base, span);

	emit_tables_head(out, "The unofficial uses: every use's strings, by code, and its code "
			      "by phrase or name.");
	fprintf(out,
		"#define HS_UNOFFICIAL_COUNT %zu /* uses */\n"
		"#define HS_UNOFFICIAL_CODE_BASE %d /* the lowest code with a use */\n"
		"#define HS_UNOFFICIAL_CODE_SPAN %zu /* codes from there to the highest */\n\n",
		n, base, span);
	fprintf(out, "typedef %s hs_unofficial_offset;\n", uint_type(l.pool.size));
	fprintf(out, "typedef %s hs_unofficial_index;\n\n", uint_type(n));
	fputs("struct hs_unofficial_use {\n"
	      "\tuint16_t code;\n"
	      "\ths_unofficial_offset source, name, phrase, wire, reference, description;\n"
	      "};\n\n",
	      out);
	emit_key_struct(out);
	emit_pool(out, &l.pool, "hs_unofficial_pool", "HS_UNOFFICIAL_POOL_SIZE");

	fputs("/* code, then the offsets of source, name, phrase (0: none), wire, "
	      "reference\n * and description. */\n",
	      out);
	fprintf(out, "static const struct hs_unofficial_use hs_unofficial_uses[%zu] = {\n",
		n ? n : 1);
	for (size_t i = 0; i < n; i++) {
		const struct unofficial_use *u = &d->uses[i];
		fprintf(out, "\t/* %d %s %s */ {%d, %zu, %zu, %zu, %zu, %zu, %zu},\n", u->code,
			u->source, u->name, u->code, l.source[i], l.name[i], l.phrase[i],
			l.wires[u->wire], l.reference[i], l.description[i]);
	}
	fputs(n ? "};\n\n" : "\t{0, 0, 0, 0, 0, 0, 0} /* none */\n};\n\n", out);

	fputs("/* The uses of code c: hs_unofficial_uses[i] for i from\n"
	      " * hs_unofficial_first[c - HS_UNOFFICIAL_CODE_BASE] up to the next entry. */\n",
	      out);
	emit_code_rows(out, "static const hs_unofficial_index hs_unofficial_first", first, span + 1,
		       base);
	emit_keytab(out, &l.keys, &l.pool, "UNOFFICIAL", "HS_UNOFFICIAL_POOL_SIZE");
	fputs("HS_ASSERT(HS_UNOFFICIAL_CODE_BASE >= 100 && HS_UNOFFICIAL_CODE_BASE + "
	      "HS_UNOFFICIAL_CODE_SPAN <= 600, \"codes are 100-599\");\n"
	      "HS_ASSERT(sizeof hs_unofficial_first / sizeof hs_unofficial_first[0] == "
	      "HS_UNOFFICIAL_CODE_SPAN + 1, \"a code's uses end where the next code's "
	      "begin\");\n"
	      "HS_ASSERT(HS_UNOFFICIAL_COUNT <= (hs_unofficial_index)-1, \"hs_unofficial_index "
	      "holds every use index and the count\");\n"
	      "HS_ASSERT(HS_UNOFFICIAL_POOL_SIZE <= (hs_unofficial_offset)-1, "
	      "\"hs_unofficial_offset holds every pool offset\");\n",
	      out);
	free(first);
	free_layout(&l);
	return true;
}
