/* The methods file, gen/methods.tsv: one HTTP request method a line. */
#include "data.h"

#include <stdlib.h>
#include <string.h>

const struct flag_word method_flags[METHOD_FLAG_COUNT] = {
	[METHOD_FLAG_SAFE] = {"safe", "read-only: the client asks for no change on the server "
				      "(RFC 9110, Section 9.2.1)"},
	[METHOD_FLAG_IDEMPOTENT] = {"idempotent", "the same request sent again has the effect of "
						  "sending it once (RFC 9110, Section 9.2.2)"},
	[METHOD_FLAG_CACHEABLE] = {"cacheable",
				   "a cache may store a response to it (RFC 9110, Section 9.2.3)"},
};

enum column { COL_ID, COL_METHOD, COL_FLAGS, COL_REFERENCE, COL_DESCRIPTION, COL_COUNT };

static const char *const column_names[COL_COUNT] = {
	"id", "method", "flags", "reference", "description",
};

static const struct tsv_format format = {
	.columns = COL_COUNT,
	.names = column_names,
	.dash_allowed = 1u << COL_FLAGS,
	.dash_rule = "only flags may be left out",
};

struct reader {
	struct tsv *t;
	struct data *d;
	unsigned id_line[METHOD_ID_MAX + 1]; /* line of each id seen so far, or 0 */
	int last_id;
	size_t capacity;
};

static bool parse_id(struct reader *r, const char *s, int *id)
{
	struct tsv *t = r->t;
	size_t digits = strspn(s, "0123456789");
	if (s[digits] != '\0' || (s[0] == '0' && digits > 1)) {
		tsv_error(t, t->line, "bad id '%s': expected a whole number, 1 to %d",
			  tsv_shorten(s).text, METHOD_ID_MAX);
		return false;
	}
	*id = digits <= 3 ? atoi(s) : METHOD_ID_MAX + 1;
	if (*id > METHOD_ID_MAX) {
		tsv_error(t, t->line, "id %s is too large: the tables hold ids of 8 bits, 1 to %d",
			  tsv_shorten(s).text, METHOD_ID_MAX);
		return false;
	}
	if (*id == 0) {
		tsv_error(t, t->line, "id 0 is HTTP_METHOD_UNKNOWN, no method: ids start at 1");
		return false;
	}
	if (r->id_line[*id]) {
		tsv_error(t, t->line, "duplicate id %d (first at line %u)", *id, r->id_line[*id]);
		return false;
	}
	if (*id < r->last_id) {
		tsv_error(t, t->line, "id %d after id %d: the lines go in id order", *id,
			  r->last_id);
		return false;
	}
	return true;
}

/* A method is a token (RFC 9110, Section 5.6.2), and every registered one is
 * written in upper-case letters, digits and '-': a constant's name once each
 * '-' is a '_'. */
static bool check_token(struct tsv *t, const char *s)
{
	if (strcmp(s, "*") == 0) {
		tsv_error(t, t->line,
			  "method '*' is reserved (RFC 9110, Section 18.2), not a method: leave it "
			  "out");
		return false;
	}
	if (strpbrk(s, "abcdefghijklmnopqrstuvwxyz")) {
		tsv_error(t, t->line,
			  "bad method '%s': lower-case letters (a method is case-sensitive, and "
			  "registered in upper case)",
			  tsv_shorten(s).text);
		return false;
	}
	if (strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") != strlen(s)) {
		tsv_error(t, t->line,
			  "bad method '%s': expected upper-case letters, digits and '-'",
			  tsv_shorten(s).text);
		return false;
	}
	if (strlen(s) > TSV_MAX_KEY) {
		tsv_error(t, t->line, "method '%s' is longer than %d bytes", tsv_shorten(s).text,
			  TSV_MAX_KEY);
		return false;
	}
	if (strcmp(s, "UNKNOWN") == 0) {
		tsv_error(t, t->line,
			  "method 'UNKNOWN' would be HTTP_METHOD_UNKNOWN, the constant for no "
			  "method");
		return false;
	}
	return true;
}

static bool parse_flags(struct tsv *t, char *s, struct method_entry *e)
{
	if (!parse_flag_words(t, s, method_flags, METHOD_FLAG_COUNT, true, &e->flags))
		return false;
	if ((e->flags & 1u << METHOD_FLAG_SAFE) && !(e->flags & 1u << METHOD_FLAG_IDEMPOTENT)) {
		tsv_error(t, t->line,
			  "method '%s' is safe but not idempotent: every safe method is "
			  "idempotent (RFC 9110, Section 9.2.2)",
			  tsv_shorten(e->token).text);
		return false;
	}
	return true;
}

/* Claims the token, unless it is a status name or phrase (so that one query
 * of the tool never means two things) or another method. */
static bool claim_token(struct reader *r, const struct method_entry *e)
{
	struct tsv *t = r->t;
	struct data *d = r->d;
	struct tsv_key key = {e->token, "method", t->path, e->line, e->id};
	const struct tsv_key *status = tsv_keyset_find(&d->status_names, e->token);
	if (!status)
		status = tsv_keyset_find(&d->status_phrases, e->token);
	if (status) {
		tsv_report_taken(t, &key, status);
		return false;
	}
	return tsv_keyset_claim(t, &d->method_tokens, key);
}

static void read_row(struct reader *r, char **col)
{
	struct tsv *t = r->t;
	struct method_entry e = {.line = t->line,
				 .token = col[COL_METHOD],
				 .reference = col[COL_REFERENCE],
				 .description = col[COL_DESCRIPTION]};
	bool ok = parse_id(r, col[COL_ID], &e.id);
	ok &= check_token(t, e.token);
	ok &= parse_flags(t, col[COL_FLAGS], &e);
	if (!ok || !claim_token(r, &e))
		return;

	r->id_line[e.id] = e.line;
	r->last_id = e.id;
	struct data *d = r->d;
	if (d->method_count == r->capacity)
		d->methods = tsv_grow(d->methods, &r->capacity, sizeof *d->methods);
	d->methods[d->method_count++] = e;
}

bool methods_file_read(struct tsv *t, struct data *d)
{
	struct reader r = {.t = t, .d = d};
	d->method_tokens.what = "methods";
	char *col[COL_COUNT];
	while (tsv_next_row(t, &format, col))
		read_row(&r, col);
	if (d->method_count == 0 && t->errors == 0)
		tsv_error(t, 1, "no methods: the file has no entry lines");
	return tsv_finish(t);
}
