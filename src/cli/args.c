#include "args.h"

#include <httpstatus.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FIELD_MAX = 1000000 };

static const char usage_text[] =
	"usage: httpstatus [-l | --json] [--color=WHEN] QUERY...\n"
	"       httpstatus --count [--field N] [--json] [--color=WHEN] < FILE\n"
	"QUERY: a code, name, phrase, status line or class (404, not_found,\n"
	"       'not found', 'HTTP/1.1 404 Not Found', 4xx), --list,\n"
	"       --search WORD, or - to read queries from standard input.\n"
	"Try 'httpstatus --help' for more.\n";

static const char help_text[] =
	"usage: httpstatus [-l | --json] [--color=WHEN] QUERY...\n"
	"       httpstatus --count [--field N] [--json] [--color=WHEN] < FILE\n"
	"\n"
	"Answers questions about HTTP status codes. Each QUERY is one of:\n"
	"  404                  a code\n"
	"  not_found            a name or older name, any case, with _, - or space;\n"
	"                       also as a constant: HTTP_STATUS_NOT_FOUND, HTTP_NOT_FOUND\n"
	"  'payload too large'  a phrase or older phrase, any case\n"
	"  'HTTP/1.1 404 Not Found', 'HTTP/2 404'\n"
	"                       a status line: its code (the phrase is not checked)\n"
	"  '404 Not Found'      a code and its phrase or name (another one fails)\n"
	"  4xx                  every known code of a class\n"
	"  teapot               a single word no name or phrase matches: what\n"
	"                       --search finds, with a note on standard error\n"
	"  --list               every known code\n"
	"  --search WORD        every code whose name, phrase, description, class\n"
	"                       name or older name or phrase contains WORD, any case\n"
	"  -                    queries from standard input, one per line, each\n"
	"                       answered as it arrives; blank lines stay blank and a\n"
	"                       query without an answer gets a line starting '? '\n"
	"A query that matches nothing gets 'did you mean ...?' when a name or\n"
	"phrase is close.\n"
	"\n"
	"Output, for every query:\n"
	"  (default)            one line per code: 404 Not Found\n"
	"  -l, --long           every field: name, class, flags, reference,\n"
	"                       description and older names and phrases\n"
	"  --json               an object per code (keys code, name, phrase, class,\n"
	"                       flags, reference, description, aliases), an array\n"
	"                       for lists and several queries; with -, one JSON\n"
	"                       value per line, null for a blank line; a failed\n"
	"                       query gives {query, error, code, class}\n"
	"  --color=WHEN         colour codes by class: auto (on a terminal, unless\n"
	"                       NO_COLOR is set), always or never; also --colour\n"
	"\n"
	"Counting:\n"
	"  --count              how often each code occurs on standard input, one\n"
	"                       a line: count, share, code and phrase, most frequent\n"
	"                       first (a bar too on a terminal), then the total of\n"
	"                       each class and of the lines without a code\n"
	"  --field N            count the N-th field of each line (fields are\n"
	"                       separated by spaces or tabs, as in awk), not the first\n"
	"\n"
	"  -h, --help           this help\n"
	"  --version            the version of libhttpstatus\n"
	"\n"
	"Exit status: 0 if every query was answered, 1 if one was not (the reason\n"
	"goes to stderr), 2 for trouble: a usage, read or write error.\n"
	"\n"
	"Examples:\n"
	"  httpstatus 404 418 'gateway time-out'\n"
	"  httpstatus -l 5xx\n"
	"  httpstatus --json --search redirect\n"
	"  awk '{print $9}' access.log | httpstatus -\n"
	"  httpstatus --count --field 9 < access.log\n";

static int usage_error(const char *problem, const char *what)
{
	fprintf(stderr, "httpstatus: %s%s\n%s", problem, what, usage_text);
	return 2;
}

/* "-5": a query, not an option. */
static bool is_negative_number(const char *arg)
{
	return arg[1] != '\0' && strspn(arg + 1, "0123456789") == strlen(arg + 1);
}

/* The value of --name=VALUE, or of --name VALUE where next is the next
 * argument (NULL for none; *took_next says it was taken), or NULL if arg is
 * not --name. */
static const char *option_value(const char *name, const char *arg, const char *next,
				bool *took_next)
{
	size_t n = strlen(name);
	if (strncmp(arg, name, n) != 0 || (arg[n] != '\0' && arg[n] != '='))
		return NULL;
	if (arg[n] == '=')
		return arg + n + 1;
	*took_next = next != NULL;
	return next ? next : "";
}

/* What the shells' completion offers as a query: classes, codes and names. */
static void print_completions(void)
{
	for (int c = 1; c <= 5; c++)
		printf("%dxx\n", c);
	for (int c = httpstatus_next(0); c; c = httpstatus_next(c)) {
		printf("%d\n", c);
		for (const char *s = httpstatus_name(c); *s; s++)
			putchar((unsigned char)(*s - 'A') < 26 ? *s + ('a' - 'A') : *s);
		putchar('\n');
	}
}

static int parse_field(const char *value, struct options *o)
{
	char *end;
	long n = strtol(value, &end, 10);
	if (*value < '0' || *value > '9' || *end || n < 1 || n > FIELD_MAX)
		return usage_error("--field needs a number from 1 to 1000000, not ", value);
	o->field = (unsigned)n;
	return -1;
}

static int check(const struct options *o, bool field_given)
{
	if (o->count && o->nargs)
		return usage_error("--count reads standard input, and takes no query", "");
	if (o->count && o->format == FORMAT_LONG)
		return usage_error("--count takes --json, not --long", "");
	if (field_given && !o->count)
		return usage_error("--field goes with --count", "");
	if (!o->count && !o->nargs)
		return usage_error("no query", "");
	return -1;
}

int args_parse(int argc, char **argv, struct options *o)
{
	bool options_done = false, has_stdin = false, field_given = false;
	const char *value;
	*o = (struct options){.format = FORMAT_LINE, .field = 1, .args = o->args};
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *after = i + 1 < argc ? argv[i + 1] : NULL;
		struct arg *next = &o->args[o->nargs];
		bool took_next = false;
		if (options_done || a[0] != '-' || is_negative_number(a)) {
			*next = (struct arg){ARG_QUERY, a};
		} else if (strcmp(a, "-") == 0) {
			if (has_stdin)
				return usage_error("- given twice", "");
			has_stdin = true;
			*next = (struct arg){ARG_STDIN, a};
		} else if (strcmp(a, "--") == 0) {
			options_done = true;
			continue;
		} else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			fputs(help_text, stdout);
			return 0;
		} else if (strcmp(a, "--version") == 0) {
			printf("httpstatus %s\n", httpstatus_version());
			return 0;
		} else if (strcmp(a, "--complete") == 0) {
			print_completions();
			return 0;
		} else if (strcmp(a, "-l") == 0 || strcmp(a, "--long") == 0 ||
			   strcmp(a, "--json") == 0) {
			enum format f = strcmp(a, "--json") == 0 ? FORMAT_JSON : FORMAT_LONG;
			if (o->format != FORMAT_LINE && o->format != f)
				return usage_error("choose one of --long and --json", "");
			o->format = f;
			continue;
		} else if (strcmp(a, "--count") == 0) {
			o->count = true;
			continue;
		} else if ((value = option_value("--field", a, after, &took_next)) != NULL) {
			int status = parse_field(value, o);
			i += took_next;
			if (status >= 0)
				return status;
			field_given = true;
			continue;
		} else if (strcmp(a, "--color") == 0 || strcmp(a, "--colour") == 0) {
			o->color = COLOR_ALWAYS;
			continue;
		} else if (strncmp(a, "--color=", 8) == 0 || strncmp(a, "--colour=", 9) == 0) {
			if (!color_parse(strchr(a, '=') + 1, &o->color))
				return usage_error("--color takes auto, always or never, not ",
						   strchr(a, '=') + 1);
			continue;
		} else if (strcmp(a, "--list") == 0) {
			*next = (struct arg){ARG_LIST, a};
		} else if ((value = option_value("--search", a, after, &took_next)) != NULL) {
			i += took_next;
			if (*value == '\0')
				return usage_error("--search needs a word", "");
			*next = (struct arg){ARG_SEARCH, value};
		} else {
			return usage_error("unknown option ", a);
		}
		o->nargs++;
	}
	return check(o, field_given);
}
