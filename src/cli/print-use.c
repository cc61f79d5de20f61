#include "printers.h"

#include "color.h"
#include "emit.h"
#include "uses.h"

#include <string.h>

/* The wire word of a use whose code goes on the status line, which is what
 * a reader takes for granted: the short line leaves it out. */
static const char plain_wire[] = "sent";

enum { USE_LINE_MAX = 1024, RECENT_LINES = 16 };

/* "499 Client Closed Request (unofficial: nginx, log only)" and a line end,
 * the code coloured or not, into line (USE_LINE_MAX bytes): the wire in
 * words, unless the code is simply sent. Its length. */
static size_t format_use_line(char *line, const struct httpstatus_unofficial *u, bool color)
{
	char title[USE_TITLE_MAX], wire[64] = "";
	if (strcmp(u->wire, plain_wire) != 0) {
		snprintf(wire, sizeof wire, ", %s", u->wire);
		for (char *c = wire; *c; c++)
			if (*c == '-')
				*c = ' ';
	}
	int n = snprintf(line, USE_LINE_MAX, "%s%d%s %s (unofficial: %s%s)\n",
			 color ? color_of(u->code) : "", u->code, color ? COLOR_RESET : "",
			 use_title(u, title), u->source, wire);
	return n < USE_LINE_MAX ? (size_t)n : USE_LINE_MAX - 1;
}

/* The line of the index-th use of its code, made once and then kept among
 * the few made last: a log repeats a few codes, so that standard input's
 * answers cost a copy. */
static void print_use_line(const struct printer *p, const struct httpstatus_unofficial *u,
			   size_t index)
{
	static struct recent_line {
		size_t index;
		size_t len;
		int code;
		bool color;
		char text[USE_LINE_MAX];
	} recent[RECENT_LINES];
	struct recent_line *r = &recent[((size_t)u->code * 4 + index) % RECENT_LINES];
	if (r->len == 0 || r->code != u->code || r->index != index || r->color != p->color) {
		r->code = u->code;
		r->index = index;
		r->color = p->color;
		r->len = format_use_line(r->text, u, p->color);
	}
	fwrite(r->text, 1, r->len, stdout);
}

static void print_long_use(const struct printer *p, const struct httpstatus_unofficial *u,
			   size_t index)
{
	print_use_line(p, u, index);
	printf("  Name:          %s\n", u->name);
	if (!u->phrase)
		printf("  Phrase:        none given by %s\n", u->source);
	printf("  Class:         %dxx %s\n", u->code / 100,
	       httpstatus_class_name(httpstatus_class(u->code)));
	printf("  Source:        %s\n", u->source);
	printf("  Wire:          %s\n", u->wire);
	printf("  Reference:     %s\n", u->reference);
	printf("  Description:   %s\n", u->description);
}

static void print_json_use(const struct httpstatus_unofficial *u)
{
	printf("{\"code\":%d,\"registered\":false", u->code);
	emit_json_member("source", u->source);
	emit_json_member("name", u->name);
	emit_json_member("phrase", u->phrase);
	emit_json_member("class", httpstatus_class_name(httpstatus_class(u->code)));
	emit_json_member("wire", u->wire);
	emit_json_member("reference", u->reference);
	emit_json_member("description", u->description);
	putchar('}');
}

void print_use(const struct printer *p, int code, size_t index)
{
	struct httpstatus_unofficial u = {0}; /* an answer's use is always there */
	httpstatus_unofficial(code, index, &u);
	if (p->format == FORMAT_JSON)
		print_json_use(&u);
	else if (p->format == FORMAT_LONG)
		print_long_use(p, &u, index);
	else
		print_use_line(p, &u, index);
}
