/* httpstatus-codes(7): every code of the data file as a manual page. */
#include "emit.h"
#include "utf8.h"

#include <string.h>

/* One character of text at s, safe from roff: a backslash as \e, anything
 * beyond ASCII (checked to be UTF-8 when the file was read) as a \[uXXXX]
 * character; written to out unless out is NULL. Returns the bytes of s it
 * takes, and adds the bytes it writes to *column. */
static size_t roff_char(FILE *out, const unsigned char *s, size_t *column)
{
	uint32_t cp = *s;
	size_t n = *s < 0x80 ? 1 : utf8_decode(s, strlen((const char *)s), &cp);
	char text[16] = {(char)*s, '\0'};
	if (*s == '\\')
		strcpy(text, "\\e");
	else if (*s >= 0x80)
		snprintf(text, sizeof text, "\\[u%04X]", (unsigned)cp);
	if (out)
		fputs(text, out);
	*column += strlen(text);
	return n;
}

/* Text, safe from roff, going on from column on the current line: broken
 * at a single space where a word would take the line past 79 bytes (80 with
 * the comma or full stop that may follow; mandoc -Tlint asks it of text
 * lines), a line that starts with a dot or a quote guarded. roff fills the
 * lines again. Returns the column it ends at. */
static size_t emit_roff_words(FILE *out, const char *text, size_t column)
{
	const unsigned char *s = (const unsigned char *)text;
	bool apart = column > 0; /* a word goes after a space or a line break */
	while (*s) {
		size_t len = strcspn((const char *)s, " "), width = 0;
		for (size_t i = 0; i < len;)
			i += roff_char(NULL, s + i, &width);
		if (apart && column + 1 + width > 79) {
			fputc('\n', out);
			column = 0;
		} else if (apart) {
			fputc(' ', out);
			column++;
		}
		if (column == 0 && (*s == '.' || *s == '\'')) {
			fputs("\\&", out);
			column += 2;
		}
		for (size_t i = 0; i < len;)
			i += roff_char(out, s + i, &column);
		s += len;
		apart = s[0] == ' ' && s[1] != ' ' && s[1] != '\0';
		if (apart) {
			s++; /* the space the next word is put after */
		} else {
			while (*s == ' ') /* kept as they are */
				column += (size_t)(fputc(*s++, out) != EOF);
		}
	}
	return column;
}

/* Text on lines of its own, safe from roff. */
static void emit_roff_line(FILE *out, const char *text)
{
	emit_roff_words(out, text, 0);
	fputc('\n', out);
}

/* A word and what it means, a sentence, as an item of a list. */
static void emit_meaning(FILE *out, const char *word, const char *meaning)
{
	fprintf(out, ".TP\n.B %s\n", word);
	emit_roff_words(out, meaning, 0);
	fputs(".\n", out);
}

static void emit_field(FILE *out, const char *label, const char *value)
{
	fprintf(out, ".TP\n%s\n", label);
	emit_roff_line(out, value);
}

static void emit_code(FILE *out, const struct status_entry *e)
{
	fprintf(out, ".SS %d %s\n.PD 0\n.TP 15\nName\n%s\n", e->code, e->phrase, e->name);
	fputs(".TP\nFlags\n", out);
	const char *sep = "";
	for (unsigned bit = 0; bit < STATUS_FLAG_COUNT; bit++)
		if (e->flags & 1u << bit) {
			fprintf(out, "%s%s", sep, status_flags[bit].word);
			sep = ", ";
		}
	fputc('\n', out);
	emit_field(out, "Reference", e->reference);
	emit_field(out, "Description", e->description);
	if (e->alias_count) {
		fputs(".TP\nAlso known as\n", out);
		size_t column = 0;
		for (size_t a = 0; a < e->alias_count; a++) {
			if (a)
				column += (size_t)(fputc(',', out) != EOF);
			column = emit_roff_words(out, e->aliases[a].text, column);
		}
		fputc('\n', out);
	}
	fputs(".PD\n", out);
}

/* A label and a constant name, which may be broken after any '_' (\: says
 * where): some are longer than their column. */
static void emit_name_field(FILE *out, const char *label, const char *name)
{
	fprintf(out, "%s\n", label);
	for (; *name; name++) {
		fputc(*name, out);
		if (*name == '_')
			fputs("\\:", out);
	}
	fputc('\n', out);
}

static void emit_use(FILE *out, const struct unofficial_use *u)
{
	fprintf(out, ".SS %d %s: %s\n.PD 0\n.TP 15\n", u->code, u->source,
		u->phrase ? u->phrase : u->name);
	emit_name_field(out, "Name", u->name);
	fputs(".TP\n", out);
	emit_name_field(out, "Constant", u->constant);
	fprintf(out, ".TP\nWire\n%s\n", unofficial_wires[u->wire].word);
	emit_field(out, "Reference", u->reference);
	emit_field(out, "Description", u->description);
	fputs(".PD\n", out);
}

static void emit_unofficial(FILE *out, const struct data *d)
{
	size_t codes = 0;
	for (size_t i = 0; i < d->use_count; i++)
		codes += i == 0 || d->uses[i].code != d->uses[i - 1].code;
	/* Left-adjusted and not hyphenated: a long constant can be neither
	 * spread over a line nor broken. */
	fprintf(out,
		".SH UNOFFICIAL USES\n"
		".ad l\n"
		".nh\n"
		"These %zu uses of %zu codes are met in logs and on the wire, though no\n"
		"registry has them.\n"
		"Unofficial here means three things.\n"
		"The code, or this meaning of it, is not registered.\n"
		"Each use is attributed to its source, the server, service or library\n"
		"that gives it its meaning, and two sources may give one code two\n"
		"meanings.\n"
		"And a use is never mixed into the answers about registered codes:\n"
		"for 499,\n"
		".BR httpstatus_phrase (3)\n"
		"is still NULL and\n"
		".BR httpstatus_reason (3)\n"
		"still \"Bad Request\".\n"
		".BR httpstatus_unofficial (3)\n"
		"gives the uses of a code in the order below,\n"
		".BR httpstatus_unofficial_from_phrase (3)\n"
		"the code of a use's phrase or name, and\n"
		".B <httpstatus_unofficial.h>\n"
		"a constant for each.\n"
		".PP\n"
		"A use has a name, after its phrase or, where it has none, after the\n"
		"source's own name for it; a phrase, where the source gives one; where\n"
		"the source defines it; and what goes on the wire:\n",
		d->use_count, codes);
	for (unsigned w = 0; w < WIRE_COUNT; w++)
		emit_meaning(out, unofficial_wires[w].word, unofficial_wires[w].meaning);
	for (size_t i = 0; i < d->use_count; i++)
		emit_use(out, &d->uses[i]);
}

static void emit_method(FILE *out, const struct method_entry *m)
{
	fprintf(out, ".SS %s\n.PD 0\n.TP 15\nConstant\n", m->token);
	emit_identifier(out, "HTTP_METHOD_", m->token);
	fprintf(out, " (%d)\n.TP\nFlags\n", m->id);
	if (m->flags)
		emit_method_flag_words(out, m->flags);
	else
		fputs("none", out);
	fputc('\n', out);
	emit_field(out, "Reference", m->reference);
	emit_field(out, "Description", m->description);
	fputs(".PD\n", out);
}

static void emit_methods(FILE *out, const struct data *d)
{
	fprintf(out,
		".SH METHODS\n"
		"These are the %zu request methods of the IANA HTTP Method Registry, in\n"
		"the order of their ids: the values of the\n"
		".BI HTTP_METHOD_ method\n"
		"constants, which never change.\n"
		"A method is case-sensitive (RFC 9110, Section 9.1), so lookups take\n"
		"each exactly as it is written here.\n"
		"The registry also lists\n"
		".BR * ,\n"
		"which RFC 9110, Section 18.2 reserves so that it is never taken for the\n"
		"wildcard of fields such as Access-Control-Request-Method: it is not a\n"
		"method.\n"
		".SS Method flags\n",
		d->method_count);
	for (unsigned bit = 0; bit < METHOD_FLAG_COUNT; bit++)
		emit_meaning(out, method_flags[bit].word, method_flags[bit].meaning);
	for (size_t i = 0; i < d->method_count; i++)
		emit_method(out, &d->methods[i]);
}

bool emit_man(FILE *out, const struct data *d)
{
	fputs(".\\\" Generated by httpstatus-gen from the data files. Do not edit.\n"
	      ".TH HTTPSTATUS-CODES 7 \"\" libhttpstatus \"libhttpstatus\"\n"
	      ".SH NAME\n"
	      "httpstatus-codes \\- the HTTP status codes and methods libhttpstatus knows\n"
	      ".SH DESCRIPTION\n",
	      out);
	fprintf(out,
		"These are the %zu status codes of the library and of\n"
		".BR httpstatus (1):\n"
		"every code of the IANA HTTP Status Code Registry and 418, which is\n"
		"not registered but widely used.\n"
		"For each: its canonical name (the constant is\n"
		".BI HTTP_STATUS_ name\\fR),\n"
		"its flags, where it is defined, what it means, and the older names\n"
		"and phrases it has been known by, which lookups still accept.\n"
		".PP\n"
		"A code of 100 to 599 that is not listed belongs to a class all the\n"
		"same, and a client treats it as the x00 code of that class\n"
		"(RFC 9110, Section 15).\n",
		d->code_count);
	if (d->use_count)
		fputs(".PP\n"
		      "The codes that servers, services and libraries use outside the\n"
		      "registry, nginx's 499 say, are listed apart, each use with its\n"
		      "source, under\n"
		      ".BR \"UNOFFICIAL USES\" .\n",
		      out);
	fputs(".SS Flags\n", out);
	for (unsigned bit = 0; bit < STATUS_FLAG_COUNT; bit++)
		emit_meaning(out, status_flags[bit].word, status_flags[bit].meaning);
	fputs(".SH CODES\n", out);
	for (size_t i = 0; i < d->code_count; i++)
		emit_code(out, &d->codes[i]);
	if (d->use_count)
		emit_unofficial(out, d);
	if (d->method_count)
		emit_methods(out, d);
	fputs(".SH SEE ALSO\n.BR httpstatus (1),\n.BR httpstatus (3)\n", out);
	return true;
}
