#include "output.h"

#include "color.h"
#include "emit.h"
#include "suggest.h"

#include <httpstatus.h>

#include <limits.h>
#include <string.h>

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

static void print_json_code(int code)
{
	printf("{\"code\":%d", code);
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
	fputs("]}", stdout);
}

enum { LINE_MAX_BYTES = sizeof COLOR_RESET * 2 + 4 + 256 + 1 };

/* "404 Not Found" and a line end, coloured or not, into line; its length. */
static size_t format_line(char line[LINE_MAX_BYTES], int code, bool color)
{
	const char *start = color ? color_of(code) : "", *end = color ? COLOR_RESET : "";
	snprintf(line, LINE_MAX_BYTES, "%s%d%s %s\n", start, code, end, httpstatus_phrase(code));
	return strlen(line);
}

/* The line of a code, made once and then written at once: standard input's
 * answers come out at the speed of the output. */
static void print_line(const struct printer *p, int code)
{
	static char lines[2][HTTPSTATUS_MAX - HTTPSTATUS_MIN + 1][LINE_MAX_BYTES];
	static size_t lengths[2][HTTPSTATUS_MAX - HTTPSTATUS_MIN + 1];
	char *line = lines[p->color][code - HTTPSTATUS_MIN];
	size_t *len = &lengths[p->color][code - HTTPSTATUS_MIN];
	if (*len == 0)
		*len = format_line(line, code, p->color);
	fwrite(line, 1, *len, stdout);
}

static void print_long_code(const struct printer *p, int code)
{
	print_line(p, code);
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
}

/* Separates this answer from the one before, in lists and long format. A JSON
 * list answered in place stays on one line. */
static void separate(struct printer *p)
{
	if (p->format == FORMAT_JSON && p->in_list) {
		if (p->printed)
			putchar(',');
		if (!p->in_place)
			putchar('\n');
	} else if (p->format == FORMAT_LONG && p->printed && !p->in_place) {
		putchar('\n');
	}
	p->printed++;
}

/* A JSON value ends its line, unless it is inside a list. */
static void end_json_value(const struct printer *p)
{
	if (!p->in_list)
		putchar('\n');
}

void printer_begin_list(struct printer *p)
{
	if (p->format == FORMAT_JSON)
		putchar('[');
	p->in_list = true;
	p->printed = 0;
}

void printer_end_list(struct printer *p)
{
	if (p->format == FORMAT_JSON)
		fputs(p->in_place ? "]\n" : "\n]\n",
		      stdout); /* never empty: a failure is an item */
	p->in_list = false;
}

void print_item(struct printer *p, const struct item *it)
{
	separate(p);
	if (p->format == FORMAT_JSON) {
		print_json_code(it->code);
		end_json_value(p);
	} else if (p->format == FORMAT_LONG) {
		print_long_code(p, it->code);
	} else {
		print_line(p, it->code);
	}
}

void print_blank(struct printer *p)
{
	fputs(p->format == FORMAT_JSON ? "null\n" : "\n", stdout);
}

/* "why; did you mean A, B or C?" */
static void print_reason(FILE *out, const char *why, const struct suggestions *s)
{
	fputs(why, out);
	for (size_t i = 0; i < s->count; i++)
		fprintf(out, "%s%s",
			i == 0             ? "; did you mean "
			: i + 1 < s->count ? ", "
					   : " or ",
			s->text[i]);
	fputs(s->count ? "?\n" : "\n", out);
}

static void print_json_failure(const struct query *q, const char *why, const struct suggestions *s)
{
	fputs("{\"query\":", stdout);
	emit_json_string(q->text, q->len);
	emit_json_member("error", why);
	fputs(",\"code\":", stdout);
	if (q->number)
		emit_json_number(q->number, q->number_len);
	else
		fputs("null", stdout);
	emit_json_member("class", httpstatus_class_name(httpstatus_class(q->number_code)));
	if (s->count) {
		fputs(",\"did_you_mean\":[", stdout);
		for (size_t i = 0; i < s->count; i++) {
			if (i)
				putchar(',');
			emit_json_string(s->text[i], strlen(s->text[i]));
		}
		putchar(']');
	}
	putchar('}');
}

void print_failure(struct printer *p, const struct query *q)
{
	char buf[160];
	const char *why = query_explain(q, buf, sizeof buf);
	struct suggestions none = {0}, s = none;
	if (q->failure == FAILURE_NO_MATCH)
		s = suggest(q->text, q->len);
	if (p->format == FORMAT_JSON) {
		separate(p);
		print_json_failure(q, why, &s);
		end_json_value(p);
	} else if (p->in_place) {
		fputs("? ", stdout);
		emit_shown(stdout, q->text, q->len);
		fputs(": ", stdout);
		print_reason(stdout, why, &s);
	}
	if (!p->in_place) {
		fflush(stdout);
		fputs("httpstatus: ", stderr);
		emit_shown(stderr, q->text, q->len);
		fputs(": ", stderr);
		print_reason(stderr, why, &s);
	}
}

void print_note(const struct query *q, const char *note)
{
	fflush(stdout);
	fputs("httpstatus: ", stderr);
	emit_shown(stderr, q->text, q->len);
	fprintf(stderr, ": %s\n", note);
}
