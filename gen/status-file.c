/* The status-code file, gen/status-codes.tsv: one code a line. */
#include "data.h"

#include <stdlib.h>
#include <string.h>

const struct flag_word status_flags[STATUS_FLAG_COUNT] = {
	[STATUS_FLAG_IANA] = {"iana",
			      "permanently registered in the IANA HTTP Status Code Registry"},
	[STATUS_FLAG_TEMPORARY] = {"temporary",
				   "registered provisionally; the reference gives the expiry"},
	[STATUS_FLAG_UNOFFICIAL] = {"unofficial", "in wide use but not registered"},
	[STATUS_FLAG_OBSOLETE] = {"obsolete", "registered, then obsoleted"},
	[STATUS_FLAG_DEPRECATED] = {"deprecated", "not to be used any more"},
	[STATUS_FLAG_NO_CONTENT] = {"no-content", "a response with this code never has content"},
	[STATUS_FLAG_CACHEABLE] = {"cacheable",
				   "heuristically cacheable by default (RFC 9110, Section 15.1)"},
	[STATUS_FLAG_RETRYABLE] = {"retryable", "the same request, repeated later, may succeed"},
};

#define REGISTRATION_FLAGS                                                                         \
	(1u << STATUS_FLAG_IANA | 1u << STATUS_FLAG_TEMPORARY | 1u << STATUS_FLAG_UNOFFICIAL)

enum column {
	COL_CODE,
	COL_NAME,
	COL_PHRASE,
	COL_FLAGS,
	COL_REFERENCE,
	COL_DESCRIPTION,
	COL_ALIASES,
	COL_COUNT
};

static const char *const column_names[COL_COUNT] = {
	"code", "name", "phrase", "flags", "reference", "description", "aliases",
};

static const struct tsv_format format = {
	.columns = COL_COUNT,
	.names = column_names,
	.dash_allowed = 1u << COL_FLAGS | 1u << COL_ALIASES,
	.dash_rule = "only flags and aliases may be left out",
};

struct reader {
	struct tsv *t;
	struct data *d;
	unsigned code_line[600]; /* line of each code seen so far, or 0 */
	size_t capacity;
};

static bool parse_code(struct reader *r, const char *s, int *code)
{
	struct tsv *t = r->t;
	if (!data_parse_code(t, s, code))
		return false;
	if (r->code_line[*code]) {
		tsv_error(t, t->line, "duplicate code %d (first at line %u)", *code,
			  r->code_line[*code]);
		return false;
	}
	return true;
}

static bool parse_flags(struct tsv *t, char *s, unsigned *flags)
{
	if (!parse_flag_words(t, s, status_flags, STATUS_FLAG_COUNT, false, flags))
		return false;
	unsigned registration = *flags & REGISTRATION_FLAGS;
	if (registration == 0) {
		tsv_error(t, t->line,
			  "no registration status: flags need one of iana, "
			  "temporary, unofficial");
		return false;
	}
	if (registration & (registration - 1)) {
		tsv_error(t, t->line,
			  "more than one registration status: iana, "
			  "temporary and unofficial exclude each other");
		return false;
	}
	return true;
}

static bool parse_aliases(struct tsv *t, char *s, struct status_entry *e)
{
	char *items[DATA_MAX_ALIASES + 1];
	size_t n = strcmp(s, "-") != 0 ? tsv_split(s, ',', items, DATA_MAX_ALIASES + 1) : 0;
	if (n > DATA_MAX_ALIASES) {
		tsv_error(t, t->line, "more than %d aliases", DATA_MAX_ALIASES);
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		const char *item = items[i];
		bool ok;
		if (*item == '\0') {
			tsv_error(t, t->line, "empty alias (two commas, or one at an end)");
			return false;
		}
		if (item[0] == ' ' || item[strlen(item) - 1] == ' ') {
			tsv_error(t, t->line, "alias '%s' has leading or trailing spaces",
				  tsv_shorten(item).text);
			return false;
		}
		if (tsv_is_name(item)) {
			ok = data_check_key_length(t, "alias", item);
			e->aliases[i].is_phrase = false;
		} else if (strchr(item, ' ') || strpbrk(item, "abcdefghijklmnopqrstuvwxyz")) {
			ok = data_check_phrase(t, "alias", item);
			e->aliases[i].is_phrase = true;
		} else {
			tsv_error(t, t->line,
				  "alias '%s' is neither a name ([A-Z][A-Z0-9_]*) nor a "
				  "phrase (which has a space or a lower-case letter)",
				  tsv_shorten(item).text);
			ok = false;
		}
		if (!ok)
			return false;
		e->aliases[i].text = item;
	}
	e->alias_count = n;
	return true;
}

/* No 1xx response has content (RFC 9110, Section 15.2): its flags say so as
 * the library's has_content does, which goes by the class for 1xx and by the
 * flag for the other codes. */
static bool check_no_content(struct tsv *t, const struct status_entry *e)
{
	if (e->code >= 200 || e->flags & 1u << STATUS_FLAG_NO_CONTENT)
		return true;
	tsv_error(t, t->line, "code %d has no no-content flag: no 1xx response has content",
		  e->code);
	return false;
}

/* Claims the entry's names and phrases; false if any is taken. */
static bool claim_keys(struct reader *r, const struct status_entry *e)
{
	struct tsv *t = r->t;
	struct data *d = r->d;
	bool ok = tsv_keyset_claim(t, &d->status_names,
				   (struct tsv_key){e->name, "name", t->path, e->line, e->code});
	ok &= tsv_keyset_claim(t, &d->status_phrases,
			       (struct tsv_key){e->phrase, "phrase", t->path, e->line, e->code});
	for (size_t i = 0; i < e->alias_count; i++) {
		const struct alias *a = &e->aliases[i];
		struct tsv_key k = {a->text, a->is_phrase ? "older phrase" : "alias", t->path,
				    e->line, e->code};
		ok &= tsv_keyset_claim(t, a->is_phrase ? &d->status_phrases : &d->status_names, k);
	}
	return ok;
}

static void read_row(struct reader *r, char **col)
{
	struct tsv *t = r->t;
	struct status_entry e = {.line = t->line,
				 .name = col[COL_NAME],
				 .phrase = col[COL_PHRASE],
				 .reference = col[COL_REFERENCE],
				 .description = col[COL_DESCRIPTION]};
	bool ok = parse_code(r, col[COL_CODE], &e.code);
	ok &= data_check_name(t, "name", e.name);
	ok &= data_check_phrase(t, "phrase", e.phrase);
	ok &= parse_flags(t, col[COL_FLAGS], &e.flags);
	ok &= parse_aliases(t, col[COL_ALIASES], &e);
	if (!ok || !check_no_content(t, &e) || !claim_keys(r, &e))
		return;

	r->code_line[e.code] = e.line;
	struct data *d = r->d;
	if (d->code_count == r->capacity)
		d->codes = tsv_grow(d->codes, &r->capacity, sizeof *d->codes);
	d->codes[d->code_count++] = e;
}

static int by_code(const void *a, const void *b)
{
	return ((const struct status_entry *)a)->code - ((const struct status_entry *)b)->code;
}

bool status_file_read(struct tsv *t, struct data *d)
{
	struct reader r = {.t = t, .d = d};
	d->status_names.what = "names, older ones included";
	d->status_phrases.what = "phrases, older ones included";
	char *col[COL_COUNT];
	while (tsv_next_row(t, &format, col))
		read_row(&r, col);
	if (d->code_count == 0 && t->errors == 0)
		tsv_error(t, 1, "no status codes: the file has no entry lines");
	for (int code = 100; code < 600 && t->errors == 0; code += 100)
		if (!r.code_line[code])
			tsv_error(t, t->line,
				  "no entry for %d, the phrase that unknown %dxx codes "
				  "fall back to",
				  code, code / 100);
	if (!tsv_finish(t))
		return false;
	qsort(d->codes, d->code_count, sizeof *d->codes, by_code);
	return true;
}
