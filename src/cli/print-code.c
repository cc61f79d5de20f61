#include "printers.h"

#include "color.h"
#include "emit.h"
#include "uses.h"

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

static void print_json_code(const struct printer *p, int code)
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
	fputs("],\"unofficial\":[", stdout);
	for (size_t i = 0; !p->registered_only && i < use_count(code); i++) {
		fputs(i ? "," : "", stdout); /* no registered code has two uses yet */
		print_use(p, code, i);
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

void print_code(const struct printer *p, int code)
{
	if (p->format == FORMAT_JSON)
		print_json_code(p, code);
	else if (p->format == FORMAT_LONG)
		print_long_code(p, code);
	else
		print_line(p, code);
}
