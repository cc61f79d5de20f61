/* The unofficial-codes file, gen/unofficial-codes.tsv: one use of a code
 * outside the registry a line, several lines for a code that several
 * sources use. */
#include "data.h"

#include "keyhash.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

const struct flag_word unofficial_wires[WIRE_COUNT] = {
	[WIRE_SENT] = {"sent", "the code goes on the status line"},
	[WIRE_LOG_ONLY] = {"log-only", "logged by the server; nothing is sent"},
	[WIRE_SENT_AS_400] = {"sent-as-400", "logged with this code, sent as 400"},
	[WIRE_IN_BODY] = {"in-body", "carried in a response body, not on the status line"},
	[WIRE_CLIENT_SIDE] = {"client-side",
			      "made up by clients or proxies, never sent by an origin server"},
};

enum column {
	COL_CODE,
	COL_SOURCE,
	COL_NAME,
	COL_PHRASE,
	COL_WIRE,
	COL_REFERENCE,
	COL_DESCRIPTION,
	COL_COUNT
};

static const char *const column_names[COL_COUNT] = {
	"code", "source", "name", "phrase", "wire", "reference", "description",
};

static const struct tsv_format format = {
	.columns = COL_COUNT,
	.names = column_names,
	.dash_allowed = 1u << COL_PHRASE,
	.dash_rule = "only the phrase may be left out",
	.ascii_only = true,
};

static const char constant_prefix[] = "HTTP_STATUS_";

struct reader {
	struct tsv *t;
	struct data *d;
	unsigned code_line[600]; /* first line of each code seen so far, or 0 */
	int last_code;
	size_t capacity;
};

static bool is_letter(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The lines of one code go together, and codes go up: a use's index is its
 * place among its code's lines, and the tables list the uses as they come. */
static bool parse_code(struct reader *r, const char *s, int *code)
{
	struct tsv *t = r->t;
	if (!data_parse_code(t, s, code))
		return false;
	int last = r->last_code;
	r->last_code = *code;
	if (*code == last)
		return true;
	unsigned first = r->code_line[*code];
	if (first) {
		tsv_error(t, t->line,
			  "code %d again, after %d (first at line %u): the lines of a code go "
			  "together",
			  *code, last, first);
		return false;
	}
	r->code_line[*code] = t->line;
	if (*code < last) {
		tsv_error(t, t->line, "code %d after %d: the lines go in code order", *code, last);
		return false;
	}
	return true;
}

/* Words of ASCII letters and digits with single spaces between, a letter
 * first: upper-cased, with '_' for the spaces, it is part of a C name. */
static bool check_source(struct tsv *t, const char *s)
{
	bool ok = is_letter(s[0]) && !strstr(s, "  ");
	for (const char *c = s; ok && *c; c++)
		ok = is_letter(*c) || is_digit(*c) || *c == ' ';
	if (!ok)
		tsv_error(t, t->line,
			  "bad source '%s': expected words of ASCII letters and digits, single "
			  "spaces between, a letter first",
			  tsv_shorten(s).text);
	return ok;
}

static bool parse_wire(struct tsv *t, const char *s, unsigned *wire)
{
	for (*wire = 0; *wire < WIRE_COUNT; ++*wire)
		if (strcmp(s, unofficial_wires[*wire].word) == 0)
			return true;
	char known[160] = "";
	for (unsigned w = 0; w < WIRE_COUNT; w++)
		snprintf(known + strlen(known), sizeof known - strlen(known), "%s%s", w ? ", " : "",
			 unofficial_wires[w].word);
	tsv_error(t, t->line, "unknown wire '%s' (known: %s)", tsv_shorten(s).text, known);
	return false;
}

/* "HTTP_STATUS_" SOURCE "_" NAME, the source upper-cased and its spaces
 * made '_'. */
static char *make_constant(const char *source, const char *name)
{
	size_t n = strlen(constant_prefix) + strlen(source) + 1 + strlen(name) + 1;
	char *s = xmalloc(n);
	snprintf(s, n, "%s%s_%s", constant_prefix, source, name);
	for (char *c = s + strlen(constant_prefix); *c; c++)
		*c = (char)(*c == ' ' ? '_' : keyhash_fold((unsigned char)*c));
	return s;
}

/* Claims the use's name and phrase, which one lookup answers, and its
 * constant, which must be unlike every other one of both headers; false if
 * any is taken. */
static bool claim_keys(struct reader *r, const struct unofficial_use *u)
{
	struct tsv *t = r->t;
	struct data *d = r->d;
	bool ok = tsv_keyset_claim(t, &d->unofficial_keys,
				   (struct tsv_key){u->name, "name", t->path, u->line, u->code});
	/* "Redirect" and "REDIRECT": one key, which the name holds. */
	if (u->phrase && !tsv_same_folded(u->phrase, u->name))
		ok &= tsv_keyset_claim(
			t, &d->unofficial_keys,
			(struct tsv_key){u->phrase, "phrase", t->path, u->line, u->code});

	if (!ok)
		return false;
	/* <httpstatus_codes.h> has HTTP_STATUS_ and every name and alias. */
	const struct tsv_key *registered =
		tsv_keyset_find(&d->status_names, u->constant + strlen(constant_prefix));
	if (registered) {
		tsv_error(t, u->line, "constant '%s' clashes with %s", u->constant,
			  tsv_describe_taken(t, registered).text);
		return false;
	}
	/* Last: a constant claimed belongs to a use that is kept. */
	return tsv_keyset_claim(
		t, &d->unofficial_constants,
		(struct tsv_key){u->constant, "constant", t->path, u->line, u->code});
}

static void read_row(struct reader *r, char **col)
{
	struct tsv *t = r->t;
	struct unofficial_use u = {
		.line = t->line,
		.source = col[COL_SOURCE],
		.name = col[COL_NAME],
		.phrase = strcmp(col[COL_PHRASE], "-") != 0 ? col[COL_PHRASE] : NULL,
		.reference = col[COL_REFERENCE],
		.description = col[COL_DESCRIPTION],
	};
	bool ok = parse_code(r, col[COL_CODE], &u.code);
	ok &= check_source(t, u.source);
	ok &= data_check_name(t, "name", u.name);
	if (u.phrase)
		ok &= data_check_phrase(t, "phrase", u.phrase);
	ok &= parse_wire(t, col[COL_WIRE], &u.wire);
	if (!ok)
		return;
	u.constant = make_constant(u.source, u.name);
	if (!claim_keys(r, &u)) {
		free(u.constant);
		return;
	}
	struct data *d = r->d;
	if (d->use_count == r->capacity)
		d->uses = tsv_grow(d->uses, &r->capacity, sizeof *d->uses);
	d->uses[d->use_count++] = u;
}

bool unofficial_file_read(struct tsv *t, struct data *d)
{
	struct reader r = {.t = t, .d = d};
	d->unofficial_keys.what = "names and phrases";
	d->unofficial_constants.what = "constants";
	char *col[COL_COUNT];
	while (tsv_next_row(t, &format, col))
		read_row(&r, col);
	if (d->use_count == 0 && t->errors == 0)
		tsv_error(t, 1, "no unofficial uses: the file has no entry lines");
	return tsv_finish(t);
}
