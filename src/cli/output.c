#include "output.h"

#include "emit.h"
#include "printers.h"
#include "suggest.h"

#include <string.h>

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
	if (p->format == FORMAT_JSON) {
		putchar('[');
		p->printed = 0;
	}
	p->in_list = true;
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
	if (it->kind == ITEM_CODE)
		print_code(p, it->code);
	else if (it->kind == ITEM_USE)
		print_use(p, it->code, it->use);
	else
		print_method(p, it->method);
	if (p->format == FORMAT_JSON)
		end_json_value(p);
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
	char buf[QUERY_EXPLAIN_MAX];
	const char *why = query_explain(q, buf);
	struct suggestions none = {0}, s = none;
	if (q->failure == FAILURE_NO_MATCH)
		s = suggest(q->text, q->len, q->registered_only);
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
