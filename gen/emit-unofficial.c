/* The tables of src/unofficial.c: a pool a field, each use's strings by use,
 * the uses by code, and one case-blind hash table over the uses' names and
 * phrases. Every name is hs_unofficial_* or HS_UNOFFICIAL_*, apart from
 * those of codes-tables.h, so that both can be in one translation unit. */
#include "emit.h"
#include "tables.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

enum { FIELDS = 6 };

/* Each use's fields, by use: the offsets of its strings. */
struct layout {
	struct pool sources, names, phrases, wires, references, descriptions;
	size_t *field[FIELDS];
	const char **labels; /* "499 nginx CLIENT_CLOSED_REQUEST" */
	struct keytab keys;
};

static const struct {
	const char *array, *comment;
} fields[FIELDS] = {
	{"hs_unofficial_source_at", "the offset of its source in hs_unofficial_sources"},
	{"hs_unofficial_name_at", "the offset of its name in hs_unofficial_names"},
	{"hs_unofficial_phrase_at",
	 "the offset of its phrase in hs_unofficial_phrases, 0 for none"},
	{"hs_unofficial_wire_at", "the offset of its wire word in hs_unofficial_wires"},
	{"hs_unofficial_reference_at", "the offset of its reference in hs_unofficial_references"},
	{"hs_unofficial_description_at",
	 "the offset of its description in hs_unofficial_descriptions"},
};
enum { SOURCE, NAME, PHRASE, WIRE, REFERENCE, DESCRIPTION };

/* Calls each on every pool of l. */
static void each_pool(struct layout *l, void (*each)(struct pool *pool))
{
	struct pool *pools[] = {&l->sources, &l->names,      &l->phrases,
				&l->wires,   &l->references, &l->descriptions};
	for (size_t p = 0; p < sizeof pools / sizeof pools[0]; p++)
		each(pools[p]);
}

static void lay_out(struct layout *l, const struct data *d)
{
	size_t n = d->use_count ? d->use_count : 1;
	for (size_t f = 0; f < FIELDS; f++)
		l->field[f] = xcalloc(n, sizeof *l->field[f]);
	l->labels = xcalloc(n, sizeof *l->labels);
	each_pool(l, pool_init);
	keytab_init(&l->keys, "UNOFFICIAL", true, &l->names, &l->phrases);

	/* Offset 0 is the empty string: "no phrase". A phrase that is its own
	 * use's name but for case is one key, the name's (the reader made sure
	 * no other two keys are equal ignoring case). */
	for (size_t i = 0; i < d->use_count; i++) {
		const struct unofficial_use *u = &d->uses[i];
		l->field[SOURCE][i] = pool_add_text(&l->sources, u->source);
		l->field[NAME][i] = pool_add_text(&l->names, u->name);
		keytab_add(&l->keys, 0, l->field[NAME][i], u->code);
		if (u->phrase) {
			l->field[PHRASE][i] = pool_add_text(&l->phrases, u->phrase);
			if (!tsv_same_folded(u->phrase, u->name))
				keytab_add(&l->keys, 1, l->field[PHRASE][i], u->code);
		}
		l->field[WIRE][i] = pool_add_text(&l->wires, unofficial_wires[u->wire].word);
		l->field[REFERENCE][i] = pool_add_text(&l->references, u->reference);
		l->field[DESCRIPTION][i] = pool_add_text(&l->descriptions, u->description);
		size_t len = strlen(u->source) + strlen(u->name) + 8;
		char *label = xmalloc(len);
		snprintf(label, len, "%d %s %s", u->code, u->source, u->name);
		l->labels[i] = label;
	}
}

static void free_layout(struct layout *l, size_t n)
{
	each_pool(l, pool_free);
	for (size_t f = 0; f < FIELDS; f++)
		free(l->field[f]);
	for (size_t i = 0; i < n; i++)
		free((char *)l->labels[i]);
	free(l->labels);
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
	size_t n = d->use_count;
	lay_out(&l, d);
	if (!keytab_find_seed(&l.keys)) {
		free_layout(&l, n); /* GCOVR_EXCL_LINE: see keytab_find_seed */
		return false; /* GCOVR_EXCL_LINE */
	}
	/* From the lowest code with a use to the highest (the reader keeps
	 * them in code order); without uses, one code that has none. */
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
	emit_pool(out, &l.sources, "hs_unofficial_sources");
	emit_pool(out, &l.names, "hs_unofficial_names");
	emit_pool(out, &l.phrases, "hs_unofficial_phrases");
	emit_pool(out, &l.wires, "hs_unofficial_wires");
	emit_pool(out, &l.references, "hs_unofficial_references");
	emit_pool(out, &l.descriptions, "hs_unofficial_descriptions");

	/* The small tables find a code's uses among every use's code; the
	 * others by a table of the span of codes. */
	size_t *codes = xcalloc(n ? n : 1, sizeof *codes);
	for (size_t i = 0; i < n; i++)
		codes[i] = (size_t)d->uses[i].code;
	fputs("#if HTTPSTATUS_SMALL_TABLES\n", out);
	emit_rows(out, "By use: its code, in order.", "hs_unofficial_code", codes, l.labels, n);
	fputs("#else\n"
	      "/* The uses of code c: use i for i from\n"
	      " * hs_unofficial_first[c - HS_UNOFFICIAL_CODE_BASE] up to the next code's. */\n",
	      out);
	emit_code_rows(out, "hs_unofficial_first", first, span + 1, base);
	fputs("#endif\n\n", out);
	free(codes);
	for (size_t f = 0; f < FIELDS; f++) {
		char comment[128];
		snprintf(comment, sizeof comment, "By use: %s.", fields[f].comment);
		emit_rows(out, comment, fields[f].array, l.field[f], l.labels, n);
	}
	emit_keytab(out, &l.keys);
	fputs("HS_ASSERT(HS_UNOFFICIAL_CODE_BASE >= 100 && HS_UNOFFICIAL_CODE_BASE + "
	      "HS_UNOFFICIAL_CODE_SPAN <= 600, \"codes are 100-599\");\n",
	      out);
	free(first);
	free_layout(&l, n);
	return true;
}
