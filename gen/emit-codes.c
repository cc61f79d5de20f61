/* The tables of src/codes.c: one string pool, a dense index by code, and two
 * hash tables, names and phrases, case-blind. */
#include "emit.h"
#include "tables.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

enum { CODE_BASE = 100, CODE_LIMIT = 600 };

/* Where each entry's strings are in the pool. */
struct layout {
	struct pool pool;
	size_t *name, *phrase, *description, *reference; /* per entry */
	size_t *alias_first, *aliases, alias_count;
	size_t flag_words[STATUS_FLAG_COUNT];
	struct keytab names, phrases;
};

/* An array of n (which may be 0) zeroed elements. */
static void *alloc_array(size_t n, size_t size)
{
	return xcalloc(n ? n : 1, size);
}

static void lay_out(struct layout *l, const struct data *d)
{
	size_t n = d->code_count, aliases = 0;
	for (size_t i = 0; i < n; i++)
		aliases += d->codes[i].alias_count;
	l->name = alloc_array(n, sizeof *l->name);
	l->phrase = alloc_array(n, sizeof *l->phrase);
	l->description = alloc_array(n, sizeof *l->description);
	l->reference = alloc_array(n, sizeof *l->reference);
	l->alias_first = alloc_array(n, sizeof *l->alias_first);
	l->aliases = alloc_array(aliases, sizeof *l->aliases);
	keytab_init(&l->names, "name", true);
	keytab_init(&l->phrases, "phrase", true);

	/* Offset 0 is the empty string, meaning "no phrase". Names and phrases
	 * are strings and keys at once. */
	pool_init(&l->pool);
	for (size_t i = 0; i < n; i++) {
		const struct status_entry *e = &d->codes[i];
		l->name[i] = keytab_add(&l->names, &l->pool, e->name, e->code);
		l->phrase[i] = keytab_add(&l->phrases, &l->pool, e->phrase, e->code);
		l->alias_first[i] = l->alias_count;
		for (size_t j = 0; j < e->alias_count; j++) {
			const struct alias *alias = &e->aliases[j];
			struct keytab *t = alias->is_phrase ? &l->phrases : &l->names;
			l->aliases[l->alias_count++] =
				keytab_add(t, &l->pool, alias->text, e->code);
		}
	}
	for (size_t i = 0; i < n; i++) {
		const struct status_entry *e = &d->codes[i];
		l->reference[i] = pool_add_text(&l->pool, e->reference);
		l->description[i] = pool_add_text(&l->pool, e->description);
	}
	for (unsigned bit = 0; bit < STATUS_FLAG_COUNT; bit++)
		l->flag_words[bit] = pool_add_text(&l->pool, status_flags[bit].word);
	struct keytab *tables[] = {&l->names, &l->phrases};
	pool_add_masks(&l->pool, tables, 2);
}

static void free_layout(struct layout *l)
{
	pool_free(&l->pool);
	free(l->name);
	free(l->phrase);
	free(l->description);
	free(l->reference);
	free(l->alias_first);
	free(l->aliases);
	keytab_free(&l->names);
	keytab_free(&l->phrases);
}

static void emit_entry(FILE *out, const struct data *d, const struct layout *l, size_t i)
{
	const struct status_entry *e = &d->codes[i];
	fprintf(out, "\t/* %d %s */ {", e->code, e->name);
	const char *sep = "";
	for (unsigned bit = 0; bit < STATUS_FLAG_COUNT; bit++) {
		if (!(e->flags & 1u << bit))
			continue;
		fputs(sep, out);
		emit_flag_macro(out, bit);
		sep = " | ";
	}
	fprintf(out, "%s, %zu, %zu, %zu, %zu, %zu, %zu, %zu},\n", *sep ? "" : "0", l->name[i],
		l->phrase[i], l->description[i], l->reference[i], strlen(e->phrase), e->alias_count,
		l->alias_first[i]);
}

bool emit_codes_tables(FILE *out, const struct data *d)
{
	struct layout l = {0};
	lay_out(&l, d);
	if (!keytab_find_seed(&l.names, &l.pool) || !keytab_find_seed(&l.phrases, &l.pool)) {
		free_layout(&l); /* GCOVR_EXCL_LINE: see keytab_find_seed */
		return false; /* GCOVR_EXCL_LINE */
	}
	/* The dense tables end at the highest known code. */
	size_t span = (size_t)(d->codes[d->code_count - 1].code - CODE_BASE) + 1;
	size_t by_code[CODE_LIMIT - CODE_BASE] = {0};
	size_t phrase_by_code[CODE_LIMIT - CODE_BASE] = {0};
	for (size_t i = 0; i < d->code_count; i++) {
		by_code[d->codes[i].code - CODE_BASE] = i + 1;
		phrase_by_code[d->codes[i].code - CODE_BASE] = l.phrase[i];
	}
	size_t aliases_max = 0;
	for (size_t i = 0; i < d->code_count; i++)
		if (d->codes[i].alias_count > aliases_max)
			aliases_max = d->codes[i].alias_count;

	emit_tables_head(out, "The status codes: every code's strings, looked up by code, "
			      "name and phrase.");
	fprintf(out,
		"#define HS_COUNT %zu\n"
		"#define HS_CODE_BASE %d\n"
		"#define HS_CODE_SPAN %zu\n"
		"#define HS_ALIAS_COUNT %zu /* older names and phrases */\n"
		"#define HS_ENTRY_ALIASES_MAX %zu /* the most of one code */\n"
		"#define HS_FLAG_COUNT %d\n\n",
		d->code_count, CODE_BASE, span, l.alias_count, aliases_max, STATUS_FLAG_COUNT);
	fprintf(out, "typedef %s hs_offset;\n", uint_type(l.pool.size));
	fprintf(out, "typedef %s hs_index;\n\n", uint_type(d->code_count));
	fputs("struct hs_entry {\n"
	      "\tuint16_t flags;\n"
	      "\ths_offset name, phrase, description, reference;\n"
	      "\tuint8_t phrase_len;\n"
	      "\tuint8_t alias_count;\n"
	      "\tuint16_t alias_first;\n"
	      "};\n\n",
	      out);
	emit_key_struct(out);
	emit_pool(out, &l.pool, "hs_pool", "HS_POOL_SIZE");
	fprintf(out, "static const struct hs_entry hs_entries[%zu] = {\n", d->code_count);
	for (size_t i = 0; i < d->code_count; i++)
		emit_entry(out, d, &l, i);
	fputs("};\n\n/* Entry index + 1 by code - HS_CODE_BASE, 0 for none. */\n", out);
	emit_code_rows(out, "static const hs_index hs_by_code", by_code, span, CODE_BASE);
	fputs("/* Phrase offset by code - HS_CODE_BASE, 0 for none: one load. */\n", out);
	emit_code_rows(out, "static const hs_offset hs_phrase_by_code", phrase_by_code, span,
		       CODE_BASE);
	fprintf(out,
		"/* Older names and phrases, entry by entry. */\n"
		"static const hs_offset hs_aliases[%zu] = {\n",
		l.alias_count ? l.alias_count : 1);
	for (size_t i = 0; i < d->code_count; i++)
		for (size_t j = 0; j < d->codes[i].alias_count; j++)
			fprintf(out, "\t%zu, /* %d %s */\n", l.aliases[l.alias_first[i] + j],
				d->codes[i].code, d->codes[i].aliases[j].text);
	fputs(l.alias_count ? "};\n\n" : "\t0\n};\n\n", out);
	fputs("/* The flag words, by bit. */\n"
	      "static const hs_offset hs_flag_words[] = {\n",
	      out);
	for (unsigned bit = 0; bit < STATUS_FLAG_COUNT; bit++)
		fprintf(out, "\t%zu, /* %s */\n", l.flag_words[bit], status_flags[bit].word);
	fputs("};\n\n", out);
	emit_keytab(out, &l.names, &l.pool, "NAME", "HS_POOL_SIZE");
	emit_keytab(out, &l.phrases, &l.pool, "PHRASE", "HS_POOL_SIZE");
	fputs("HS_ASSERT(HS_CODE_SPAN <= 500, \"codes are 100-599\");\n"
	      "HS_ASSERT(HS_ALIAS_COUNT <= UINT16_MAX, \"alias_first fits in 16 bits\");\n"
	      "HS_ASSERT(HS_ENTRY_ALIASES_MAX <= UINT8_MAX, \"alias_count fits in 8 bits\");\n"
	      "HS_ASSERT(HS_FLAG_COUNT <= 16, \"the flags fit in 16 bits\");\n"
	      "HS_ASSERT(HS_COUNT <= (hs_index)-1, \"hs_index holds every entry index\");\n"
	      "HS_ASSERT(HS_POOL_SIZE <= (hs_offset)-1, \"hs_offset holds every pool offset\");\n",
	      out);
	free_layout(&l);
	return true;
}
