/* The tables of src/codes.c: a pool a field (phrases, names, older names and
 * phrases, descriptions, references, flag words), the phrase and the entry
 * of every code by code, the other fields by entry, and two case-blind hash
 * tables, names and phrases, each over the current ones and the older
 * ones. */
#include "emit.h"
#include "tables.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

enum { CODE_BASE = 100, CODE_LIMIT = 600 };

/* Where each entry's strings are in the pools. */
struct layout {
	struct pool phrases, names, aliases, descriptions, references;
	size_t *name, *phrase, *description, *reference, *phrase_len, *flags; /* by entry */
	size_t *alias_first, *alias_at, alias_count;
	const char **labels; /* "404 NOT_FOUND", by entry, and one past the last */
	const char **alias_labels; /* "413 PAYLOAD_TOO_LARGE", by alias */
	struct keytab name_keys, phrase_keys;
};

/* An array of n (which may be 0) zeroed elements. */
static void *alloc_array(size_t n, size_t size)
{
	return xcalloc(n ? n : 1, size);
}

/* "404 NOT_FOUND", for a row's comment; text alone for code 0. */
static char *label(int code, const char *text)
{
	size_t n = strlen(text) + 8;
	char *s = xmalloc(n);
	snprintf(s, n, code ? "%d %s" : "%.0d%s", code, text);
	return s;
}

/* Calls each on every pool of l. */
static void each_pool(struct layout *l, void (*each)(struct pool *pool))
{
	struct pool *pools[] = {&l->phrases, &l->names, &l->aliases, &l->descriptions,
				&l->references};
	for (size_t p = 0; p < sizeof pools / sizeof pools[0]; p++)
		each(pools[p]);
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
	l->phrase_len = alloc_array(n, sizeof *l->phrase_len);
	l->flags = alloc_array(n, sizeof *l->flags);
	l->labels = alloc_array(n + 1, sizeof *l->labels);
	l->alias_first = alloc_array(n + 1, sizeof *l->alias_first);
	l->alias_at = alloc_array(aliases, sizeof *l->alias_at);
	l->alias_labels = alloc_array(aliases, sizeof *l->alias_labels);
	each_pool(l, pool_init);
	keytab_init(&l->name_keys, "NAME", true, &l->names, &l->aliases);
	keytab_init(&l->phrase_keys, "PHRASE", true, &l->phrases, &l->aliases);

	/* Offset 0 of each pool is the empty string: "none". */
	for (size_t i = 0; i < n; i++) {
		const struct status_entry *e = &d->codes[i];
		l->name[i] = pool_add_text(&l->names, e->name);
		keytab_add(&l->name_keys, 0, l->name[i], e->code);
		l->phrase[i] = pool_add_text(&l->phrases, e->phrase);
		keytab_add(&l->phrase_keys, 0, l->phrase[i], e->code);
		l->description[i] = pool_add_text(&l->descriptions, e->description);
		l->reference[i] = pool_add_text(&l->references, e->reference);
		l->phrase_len[i] = strlen(e->phrase);
		l->flags[i] = e->flags;
		l->labels[i] = label(e->code, e->name);
		l->alias_first[i] = l->alias_count;
		for (size_t j = 0; j < e->alias_count; j++) {
			const struct alias *alias = &e->aliases[j];
			size_t at = pool_add_text(&l->aliases, alias->text);
			keytab_add(alias->is_phrase ? &l->phrase_keys : &l->name_keys, 1, at,
				   e->code);
			l->alias_labels[l->alias_count] = label(e->code, alias->text);
			l->alias_at[l->alias_count++] = at;
		}
	}
	l->alias_first[n] = l->alias_count;
	l->labels[n] = label(0, "past the last entry");
}

static void free_layout(struct layout *l, size_t n)
{
	each_pool(l, pool_free);
	for (size_t i = 0; i <= n; i++)
		free((char *)l->labels[i]);
	for (size_t i = 0; i < l->alias_count; i++)
		free((char *)l->alias_labels[i]);
	free(l->name);
	free(l->phrase);
	free(l->description);
	free(l->reference);
	free(l->phrase_len);
	free(l->flags);
	free(l->labels);
	free(l->alias_first);
	free(l->alias_at);
	free(l->alias_labels);
	keytab_free(&l->name_keys);
	keytab_free(&l->phrase_keys);
}

bool emit_codes_tables(FILE *out, const struct data *d)
{
	struct layout l = {0};
	size_t n = d->code_count;
	lay_out(&l, d);
	if (!keytab_find_seed(&l.name_keys) || !keytab_find_seed(&l.phrase_keys)) {
		free_layout(&l, n); /* GCOVR_EXCL_LINE: see keytab_find_seed */
		return false; /* GCOVR_EXCL_LINE */
	}
	/* The tables by code end at the highest known code. */
	size_t span = (size_t)(d->codes[n - 1].code - CODE_BASE) + 1;
	size_t entry_by_code[CODE_LIMIT - CODE_BASE] = {0};
	size_t phrase_by_code[CODE_LIMIT - CODE_BASE] = {0};
	for (size_t i = 0; i < n; i++) {
		entry_by_code[d->codes[i].code - CODE_BASE] = i + 1;
		phrase_by_code[d->codes[i].code - CODE_BASE] = l.phrase[i];
	}

	emit_tables_head(out, "The status codes: every code's strings, looked up by code, "
			      "name and phrase.");
	fprintf(out,
		"#define HS_COUNT %zu\n"
		"#define HS_CODE_BASE %d\n"
		"#define HS_CODE_SPAN %zu /* from HS_CODE_BASE to the highest code */\n"
		"#define HS_FLAG_COUNT %d\n\n",
		n, CODE_BASE, span, STATUS_FLAG_COUNT);
	emit_pool(out, &l.phrases, "hs_phrases");
	emit_pool(out, &l.names, "hs_names");
	emit_pool(out, &l.aliases, "hs_aliases");
	emit_pool(out, &l.descriptions, "hs_descriptions");
	emit_pool(out, &l.references, "hs_references");

	fputs("/* By code - HS_CODE_BASE: its entry + 1, 0 for none. */\n", out);
	emit_code_rows(out, "hs_entry_by_code", entry_by_code, span, CODE_BASE);
	fputs("#if HTTPSTATUS_SMALL_TABLES\n", out);
	emit_rows(out, "By entry: the offset of its phrase in hs_phrases.", "hs_phrase_at",
		  l.phrase, l.labels, n);
	fputs("#else\n"
	      "/* By code - HS_CODE_BASE: the offset of its phrase in hs_phrases, 0 for\n"
	      " * none: one load. */\n",
	      out);
	emit_code_rows(out, "hs_phrase_by_code", phrase_by_code, span, CODE_BASE);
	fputs("#endif\n\n", out);

	emit_rows(out, "By entry: the offset of its name in hs_names.", "hs_name_at", l.name,
		  l.labels, n);
	emit_rows(out, "By entry: the length of its phrase.", "hs_phrase_len", l.phrase_len,
		  l.labels, n);
	emit_rows(out, "By entry: the offset of its description in hs_descriptions.",
		  "hs_description_at", l.description, l.labels, n);
	emit_rows(out, "By entry: the offset of its reference in hs_references.", "hs_reference_at",
		  l.reference, l.labels, n);
	emit_rows(out, "By entry: its flags, bit i for flag word i.", "hs_flags", l.flags, l.labels,
		  n);
	emit_rows(out,
		  "By entry: its first older name or phrase in hs_alias_at; the next entry's\n"
		  " * is where its own end.",
		  "hs_alias_first", l.alias_first, l.labels, n + 1);
	emit_rows(out, "The offsets of the older names and phrases in hs_aliases, entry by entry.",
		  "hs_alias_at", l.alias_at, l.alias_labels, l.alias_count);
	emit_flag_words(out, status_flags, STATUS_FLAG_COUNT, "hs_");
	emit_keytab(out, &l.name_keys);
	emit_keytab(out, &l.phrase_keys);
	fputs("HS_ASSERT(HS_CODE_SPAN <= 500, \"codes are 100-599\");\n", out);
	free_layout(&l, n);
	return true;
}
