/* Output: a query's answers in the context's format (a line an answer,
 * every field, or JSON), failures and notes, colour by class, and the small
 * writers for JSON and for a query shown in a message. Everything goes to
 * stdout except notes and failures, which go to stderr unless a stream
 * answers them in place. */
#include "cli.h"

#include "utf8.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { SHOWN_QUERY_BYTES = 64, LINE_MAX_BYTES = 1024, RECENT_LINES = 16 };

/* ---- Colour -------------------------------------------------------------------- */

bool color_parse(const char *word, enum color_when *when)
{
	static const char *const words[] = {"auto", "always", "never"};
	for (int i = 0; i < 3; i++)
		if (strcmp(word, words[i]) == 0) {
			*when = (enum color_when)i;
			return true;
		}
	return false;
}

bool color_enabled(enum color_when when, int fd)
{
	if (when != COLOR_AUTO)
		return when == COLOR_ALWAYS;
	const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");
	if (no_color && *no_color)
		return false;
	return isatty(fd) && !(term && strcmp(term, "dumb") == 0);
}

const char *color_start(const struct context *c, int code)
{
	/* Blue would be the obvious colour for 1xx, but reads poorly on a dark
	 * background. */
	static const char *const by_class[] = {"\033[35m", "\033[32m", "\033[36m", "\033[33m",
					       "\033[31m"};
	return c->color ? by_class[code / 100 - 1] : "";
}

const char *color_end(const struct context *c)
{
	return c->color ? "\033[0m" : "";
}

/* ---- Small writers ------------------------------------------------------------- */

void emit_json_string(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	putchar('"');
	for (size_t i = 0; i < len; i++) {
		unsigned char c = s[i];
		uint32_t cp;
		size_t n;
		if (c == '"' || c == '\\') {
			printf("\\%c", c);
		} else if (c < 0x20) {
			printf("\\u%04x", c);
		} else if (c < 0x80) {
			putchar(c);
		} else if ((n = utf8_decode(s + i, len - i, &cp)) != 0) {
			fwrite(s + i, 1, n, stdout);
			i += n - 1;
		} else {
			fputs("\\ufffd", stdout);
		}
	}
	putchar('"');
}

void emit_json_member(const char *key, const char *value)
{
	printf(",\"%s\":", key);
	if (value)
		emit_json_string(value, strlen(value));
	else
		fputs("null", stdout);
}

/* The len bytes at number ('-' and digits) as a JSON number: no leading
 * zeros, as long as it is. */
static void emit_json_number(const char *number, size_t len)
{
	size_t i = 0;
	if (number[0] == '-') {
		putchar('-');
		i++;
	}
	while (i + 1 < len && number[i] == '0')
		i++;
	fwrite(number + i, 1, len - i, stdout);
}

/* The string s after the at bytes of buf (size bytes), cut short if need
 * be; the new length. */
static size_t add(char *buf, size_t at, size_t size, const char *s)
{
	for (; *s && at < size; s++)
		buf[at++] = *s;
	return at;
}

/* The query as a user can read it, after the at bytes of buf (size bytes,
 * room for SHOWN_QUERY_BYTES * 4 + 3 more): printable ASCII as it is, other
 * bytes as \xHH, and no more than its first SHOWN_QUERY_BYTES, then "...";
 * the new length. */
static size_t add_shown(char *buf, size_t at, size_t size, const char *query, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	for (size_t i = 0; i < len && i < SHOWN_QUERY_BYTES; i++) {
		unsigned char c = (unsigned char)query[i];
		if (c >= 0x20 && c < 0x7f && c != '\\') {
			buf[at++] = (char)c;
		} else {
			char escaped[] = {'\\', 'x', hex[c >> 4], hex[c & 15], '\0'};
			at = add(buf, at, size, escaped);
		}
	}
	return add(buf, at, size, len > SHOWN_QUERY_BYTES ? "..." : "");
}

/* ---- An answer on a line -------------------------------------------------------- */

/* The lines of the answers, each with its line end: made once for each
 * code and colouring, or kept among the few made last for uses, so that a
 * stream's answers cost a copy. */

/* The line of a registered code, "404 Not Found". */
static const char *code_line(const struct context *c, int code, size_t *len)
{
	static char lines[2][CODES][LINE_MAX_BYTES / 4];
	static size_t lengths[2][CODES];
	char *line = lines[c->color][code - CODE_MIN];
	size_t *n = &lengths[c->color][code - CODE_MIN];
	if (*n == 0) {
		int made = snprintf(line, sizeof lines[0][0], "%s%d%s %s\n", color_start(c, code),
				    code, color_end(c), httpstatus_phrase(code));
		*n = made < (int)sizeof lines[0][0] ? (size_t)made : sizeof lines[0][0] - 1;
	}
	*len = *n;
	return line;
}

/* The wire word of a use whose code goes on the status line, which is what
 * a reader takes for granted: the line leaves it out. */
static const char plain_wire[] = "sent";

/* "499 Client Closed Request (unofficial: nginx, log only)" into line
 * (LINE_MAX_BYTES): the wire in words, unless the code is simply sent. Its
 * length. */
static size_t format_use_line(const struct context *c, char *line,
			      const struct httpstatus_unofficial *u)
{
	char title[USE_TITLE_MAX], wire[64] = "";
	if (strcmp(u->wire, plain_wire) != 0) {
		snprintf(wire, sizeof wire, ", %s", u->wire);
		for (char *w = wire; *w; w++)
			if (*w == '-')
				*w = ' ';
	}
	int n = snprintf(line, LINE_MAX_BYTES, "%s%d%s %s (unofficial: %s%s)\n",
			 color_start(c, u->code), u->code, color_end(c), use_title(u, title),
			 u->source, wire);
	return n < LINE_MAX_BYTES ? (size_t)n : LINE_MAX_BYTES - 1;
}

/* The line of the index-th use of code. */
static const char *use_line(const struct context *c, int code, size_t index, size_t *len)
{
	static struct recent_line {
		size_t index;
		size_t len;
		int code;
		bool color;
		char text[LINE_MAX_BYTES];
	} recent[RECENT_LINES];
	struct recent_line *r = &recent[((size_t)code * 4 + index) % RECENT_LINES];
	if (r->len == 0 || r->code != code || r->index != index || r->color != c->color) {
		struct httpstatus_unofficial u = {0}; /* an answer's use is always there */
		httpstatus_unofficial(code, index, &u);
		r->code = code;
		r->index = index;
		r->color = c->color;
		r->len = format_use_line(c, r->text, &u);
	}
	*len = r->len;
	return r->text;
}

/* "GET method: safe, idempotent, cacheable", each flag word with "not "
 * where the method lacks it, and " (RFC 9110, Section 9.3.1)" if
 * with_reference, and a line end, into line (LINE_MAX_BYTES). */
static size_t method_line(enum httpstatus_method m, bool with_reference, char *line)
{
	unsigned flags = httpstatus_method_flags(m);
	const char *word;
	size_t at = (size_t)snprintf(line, LINE_MAX_BYTES, "%s method:", httpstatus_method_name(m));
	for (unsigned bit = 1; (word = httpstatus_method_flag_name(bit)) != NULL; bit <<= 1)
		at += (size_t)snprintf(line + at, LINE_MAX_BYTES - at, "%s %s%s",
				       bit == 1 ? "" : ",", flags & bit ? "" : "not ", word);
	if (with_reference)
		at += (size_t)snprintf(line + at, LINE_MAX_BYTES - at, " (%s)",
				       httpstatus_method_reference(m));
	at += (size_t)snprintf(line + at, LINE_MAX_BYTES - at, "\n");
	return at < LINE_MAX_BYTES ? at : LINE_MAX_BYTES - 1;
}

/* The answer's line, its line end included, its length in *len. */
static const char *item_line(const struct context *c, const struct item *it, size_t *len)
{
	static char line[LINE_MAX_BYTES];
	if (it->kind == ITEM_CODE)
		return code_line(c, it->code, len);
	if (it->kind == ITEM_USE)
		return use_line(c, it->code, it->use, len);
	*len = method_line(it->method, true, line);
	return line;
}

/* ---- Every field -------------------------------------------------------------- */

/* The words of code's flags, each in quotes, between separators. */
static void print_flag_words(int code, const char *quote, const char *separator)
{
	const char *sep = "";
	unsigned flags = httpstatus_flags(code);
	for (unsigned i = 0; i < sizeof flags * CHAR_BIT; i++)
		if (flags & 1u << i) {
			printf("%s%s%s%s", sep, quote, httpstatus_flag_name(1u << i), quote);
			sep = separator;
		}
}

/* The :status fields of HTTP/2 and HTTP/3: what encodes them, and where in
 * its static table an indexed one points (an integer of an n-bit prefix
 * after the bits that say "indexed", and the next byte where the prefix is
 * full). */
static const struct field_scheme {
	const char *label, *name, *json;
	const unsigned char *(*field)(int code, size_t *len);
	unsigned indexed_bits, prefix;
} field_schemes[] = {
	{"HTTP/2 field:  ", "HPACK", "hpack", httpstatus_hpack_status, 0x80, 7},
	{"HTTP/3 field:  ", "QPACK", "qpack", httpstatus_qpack_status, 0xc0, 6},
};

/* code's field in s's encoding, its length in *len and the static table's
 * index it names in *index (-1 for a literal); NULL for none. */
static const unsigned char *field_of(const struct field_scheme *s, int code, size_t *len,
				     int *index)
{
	const unsigned char *bytes = s->field(code, len);
	unsigned full = (1u << s->prefix) - 1;
	*index = -1;
	if (bytes && (bytes[0] & s->indexed_bits) == s->indexed_bits)
		*index =
			(bytes[0] & full) == full ? (int)(full + bytes[1]) : (int)(bytes[0] & full);
	return bytes;
}

/* The len bytes in hex, two digits a byte, between them between. */
static void print_hex(const unsigned char *bytes, size_t len, const char *between)
{
	for (size_t b = 0; b < len; b++)
		printf("%s%02x", b ? between : "", bytes[b]);
}

/* code's :status fields, a line each. */
static void print_fields(int code)
{
	for (size_t i = 0; i < sizeof field_schemes / sizeof field_schemes[0]; i++) {
		size_t len;
		int index;
		const unsigned char *bytes = field_of(&field_schemes[i], code, &len, &index);
		printf("  %s", field_schemes[i].label);
		if (!bytes) {
			printf("none: HTTP/2 and HTTP/3 have no %d\n", code);
			continue;
		}
		print_hex(bytes, len, " ");
		if (index >= 0)
			printf(" (%s static table, index %d)\n", field_schemes[i].name, index);
		else
			printf(" (%s)\n", field_schemes[i].name);
	}
}

/* code's :status fields as JSON members: "hpack":{"bytes":"8d",
 * "static_index":13}, null where there is none. */
static void print_json_fields(int code)
{
	for (size_t i = 0; i < sizeof field_schemes / sizeof field_schemes[0]; i++) {
		size_t len;
		int index;
		const unsigned char *bytes = field_of(&field_schemes[i], code, &len, &index);
		printf(",\"%s\":", field_schemes[i].json);
		if (!bytes) {
			fputs("null", stdout);
			continue;
		}
		fputs("{\"bytes\":\"", stdout);
		print_hex(bytes, len, "");
		if (index >= 0)
			printf("\",\"static_index\":%d}", index);
		else
			fputs("\",\"static_index\":null}", stdout);
	}
}

static void print_long(const struct context *c, const struct item *it)
{
	struct httpstatus_unofficial u = {0}; /* an answer's use is always there */
	if (it->kind == ITEM_METHOD) {
		char line[LINE_MAX_BYTES];
		size_t len = method_line(it->method, false, line);
		fwrite(line, 1, len, stdout);
		printf("  Reference:     %s\n  Description:   %s\n",
		       httpstatus_method_reference(it->method),
		       httpstatus_method_description(it->method));
		return;
	}
	size_t len;
	const char *line = item_line(c, it, &len);
	fwrite(line, 1, len, stdout);
	if (it->kind == ITEM_CODE) {
		int code = it->code;
		printf("  Name:          %s\n", httpstatus_name(code));
		printf("  Class:         %dxx %s\n", code / 100,
		       httpstatus_class_name(httpstatus_class(code)));
		fputs("  Flags:         ", stdout);
		print_flag_words(code, "", ", ");
		printf("\n  Reference:     %s\n", httpstatus_reference(code));
		printf("  Description:   %s\n", httpstatus_description(code));
		const char *alias;
		for (size_t i = 0; (alias = httpstatus_alias(code, i)) != NULL; i++)
			printf(i ? ", %s" : "  Also known as: %s", alias);
		if (httpstatus_alias(code, 0))
			putchar('\n');
		print_fields(code);
		return;
	}
	httpstatus_unofficial(it->code, it->use, &u);
	printf("  Name:          %s\n", u.name);
	if (!u.phrase)
		printf("  Phrase:        none given by %s\n", u.source);
	printf("  Class:         %dxx %s\n", u.code / 100,
	       httpstatus_class_name(httpstatus_class(u.code)));
	printf("  Source:        %s\n", u.source);
	printf("  Wire:          %s\n", u.wire);
	printf("  Reference:     %s\n", u.reference);
	printf("  Description:   %s\n", u.description);
	print_fields(u.code);
}

/* ---- JSON -------------------------------------------------------------------- */

static void print_json_use(int code, size_t index)
{
	struct httpstatus_unofficial u = {0}; /* an answer's use is always there */
	httpstatus_unofficial(code, index, &u);
	printf("{\"code\":%d,\"registered\":false", u.code);
	emit_json_member("source", u.source);
	emit_json_member("name", u.name);
	emit_json_member("phrase", u.phrase);
	emit_json_member("class", httpstatus_class_name(httpstatus_class(u.code)));
	emit_json_member("wire", u.wire);
	emit_json_member("reference", u.reference);
	emit_json_member("description", u.description);
	print_json_fields(u.code);
	putchar('}');
}

static void print_json_code(const struct context *c, int code)
{
	printf("{\"code\":%d,\"registered\":true", code);
	emit_json_member("name", httpstatus_name(code));
	emit_json_member("phrase", httpstatus_phrase(code));
	emit_json_member("class", httpstatus_class_name(httpstatus_class(code)));
	fputs(",\"flags\":[", stdout);
	print_flag_words(code, "\"", ",");
	putchar(']');
	emit_json_member("reference", httpstatus_reference(code));
	emit_json_member("description", httpstatus_description(code));
	fputs(",\"aliases\":[", stdout);
	const char *alias;
	for (size_t i = 0; (alias = httpstatus_alias(code, i)) != NULL; i++) {
		if (i)
			putchar(',');
		emit_json_string(alias, strlen(alias));
	}
	putchar(']');
	print_json_fields(code);
	fputs(",\"unofficial\":[", stdout);
	for (size_t i = 0; !c->registered_only && i < use_count(code); i++) {
		fputs(i ? "," : "", stdout); /* no registered code has two uses yet */
		print_json_use(code, i);
	}
	fputs("]}", stdout);
}

static void print_json_method(enum httpstatus_method m)
{
	unsigned flags = httpstatus_method_flags(m);
	const char *word;
	fputs("{\"method\":", stdout);
	emit_json_string(httpstatus_method_name(m), strlen(httpstatus_method_name(m)));
	printf(",\"id\":%d", (int)m);
	for (unsigned bit = 1; (word = httpstatus_method_flag_name(bit)) != NULL; bit <<= 1)
		printf(",\"%s\":%s", word, flags & bit ? "true" : "false");
	emit_json_member("reference", httpstatus_method_reference(m));
	emit_json_member("description", httpstatus_method_description(m));
	putchar('}');
}

static void print_json(const struct context *c, const struct item *it)
{
	if (it->kind == ITEM_CODE)
		print_json_code(c, it->code);
	else if (it->kind == ITEM_USE)
		print_json_use(it->code, it->use);
	else
		print_json_method(it->method);
}

/* ---- Queries ----------------------------------------------------------------- */

/* Whether a long block has been printed: the next is set apart from it. */
static bool block_printed;

/* Each answer of q after those printed of the query so far (*printed). A
 * line each; in a stream one line of them all, joined by " | ", which needs
 * to know whether another follows. */
static void print_items(const struct context *c, const struct query *q, size_t *printed)
{
	struct item it = {0}, next;
	for (bool more = query_next(c, q, &it); more; it = next, ++*printed) {
		next = it;
		more = query_next(c, q, &next);
		if (c->format == FORMAT_JSON) {
			if (*printed)
				putchar(',');
			print_json(c, &it);
		} else if (c->format == FORMAT_LONG) {
			if (block_printed)
				putchar('\n');
			print_long(c, &it);
			block_printed = true;
		} else {
			size_t len;
			const char *line = item_line(c, &it, &len);
			bool joined = c->stream && more;
			fwrite(line, 1, joined ? len - 1 : len, stdout);
			if (joined)
				fputs(" | ", stdout);
		}
	}
}

/* "QUERY: why; did you mean A, B or C?" and a line end, after start, into
 * out at once. */
static void print_reason(FILE *out, const char *start, const struct query *q, const char *why,
			 const struct suggestions *s)
{
	char line[SHOWN_QUERY_BYTES * 4 + QUERY_EXPLAIN_MAX + SUGGESTIONS_MAX * 80 + 64];
	size_t size = sizeof line - 2; /* room for "?" and a line end */
	size_t at = add_shown(line, add(line, 0, size, start), size, q->text, q->len);
	at = add(line, add(line, at, size, ": "), size, why);
	for (size_t i = 0; i < s->count; i++) {
		at = add(line, at, size,
			 i == 0             ? "; did you mean "
			 : i + 1 < s->count ? ", "
					    : " or ");
		at = add(line, at, size, s->text[i]);
	}
	if (s->count)
		line[at++] = '?';
	line[at++] = '\n';
	fwrite(line, 1, at, out);
}

/* The failure as the one object of its query's array. */
static void print_json_failure(const struct query *q, const char *why, const struct suggestions *s)
{
	fputs("[{\"query\":", stdout);
	emit_json_string(q->text, q->len);
	emit_json_member("error", why);
	fputs(",\"code\":", stdout);
	if (q->number)
		emit_json_number(q->number, q->number_len);
	else
		fputs("null", stdout);
	emit_json_member("class", httpstatus_class_name(httpstatus_class(q->number_code)));
	for (size_t i = 0; i < s->count; i++) {
		fputs(i ? "," : ",\"did_you_mean\":[", stdout);
		emit_json_string(s->text[i], strlen(s->text[i]));
	}
	fputs(s->count ? "]}]\n" : "}]\n", stdout);
}

/* Why q found nothing, with the nearest texts where it matched none: in
 * place in a stream, else on stderr (and in JSON on stdout too). */
static void print_failure(const struct context *c, const struct query *q)
{
	char buf[QUERY_EXPLAIN_MAX];
	const char *why = query_explain(c, q, buf);
	struct suggestions none = {0}, s = none;
	if (q->failure == FAILURE_NO_MATCH && !c->stream)
		s = suggest(c, q->text, q->len);
	if (c->format == FORMAT_JSON) {
		print_json_failure(q, why, &s);
	} else if (c->stream) {
		print_reason(stdout, "? ", q, why, &s);
	}
	if (!c->stream) {
		fflush(stdout);
		print_reason(stderr, "httpstatus: ", q, why, &s);
	}
}

/* "httpstatus: QUERY: note" on stderr, after what stdout holds so far. */
static void print_note(const struct query *q, const char *note)
{
	struct suggestions none = {0};
	fflush(stdout);
	print_reason(stderr, "httpstatus: ", q, note, &none);
}

bool print_query(const struct context *c, const struct query *q)
{
	if (q->kind == QUERY_BLANK && c->stream) {
		fputs(c->format == FORMAT_JSON ? "[]\n" : "\n", stdout);
		return true;
	}
	if (q->kind == QUERY_BLANK || q->kind == QUERY_FAILED) {
		struct query failure = *q;
		failure.kind = QUERY_FAILED;
		if (q->kind == QUERY_BLANK)
			failure.failure = FAILURE_EMPTY;
		print_failure(c, &failure);
		return false;
	}
	char buf[QUERY_EXPLAIN_MAX];
	const char *note = query_note(q, buf);
	if (note)
		print_note(q, note);
	size_t printed = 0;
	if (c->format == FORMAT_JSON)
		putchar('[');
	print_items(c, q, &printed);
	if (c->format == FORMAT_LONG) {
		struct query others = query_other_uses(c, q);
		print_items(c, &others, &printed);
	}
	if (c->format == FORMAT_JSON)
		fputs("]\n", stdout);
	return true;
}
