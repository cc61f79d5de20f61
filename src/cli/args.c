#include "args.h"

#include "complete.h"

#include <httpstatus.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FIELD_MAX = 1000000 };

static const char usage_text[] =
	"usage: httpstatus [-l | --json] [--registered] [--color=WHEN] QUERY...\n"
	"       httpstatus --count [--field N] [--json] [--registered] [--color=WHEN]\n"
	"QUERY: a code, name, phrase, status line, class or method (404, not_found,\n"
	"       'not found', 'HTTP/1.1 404 Not Found', 4xx, 499, GET), --list,\n"
	"       --unofficial, --methods, --search WORD, or - to read queries from\n"
	"       standard input.\n"
	"Try 'httpstatus --help' for more.\n";

/* In parts, each within the length C requires compilers to take. */
static const char *const help_text[] = {
	"usage: httpstatus [-l | --json] [--registered] [--color=WHEN] QUERY...\n"
	"       httpstatus --count [--field N] [--json] [--registered] [--color=WHEN]\n"
	"\n"
	"Answers questions about HTTP status codes and methods. Each QUERY is one of:\n"
	"  404                  a code\n"
	"  not_found            a name or older name, any case, with _, - or space;\n"
	"                       also as a constant: HTTP_STATUS_NOT_FOUND, HTTP_NOT_FOUND\n"
	"  'payload too large'  a phrase or older phrase, any case\n"
	"  'HTTP/1.1 404 Not Found', 'HTTP/2 404'\n"
	"                       a status line: its code (the phrase is not checked)\n"
	"  '404 Not Found'      a code and its phrase or name (another one fails)\n"
	"  4xx                  every registered code of a class\n"
	"  499, 'client closed request', HTTP_STATUS_NGINX_CLIENT_CLOSED_REQUEST\n"
	"                       a code no registry has, in use: by code, each of\n"
	"                       its unofficial uses, saying whose; by phrase, name\n"
	"                       or constant, that use (registered names and\n"
	"                       phrases come first)\n"
	"  GET                  a method: safe, idempotent, cacheable or not; also\n"
	"                       HTTP_METHOD_GET, and in another case (get) with a\n"
	"                       note that methods are case-sensitive on the wire\n"
	"  teapot               a single word nothing else matches: what --search\n"
	"                       finds, with a note on standard error\n"
	"  --list               every registered code\n"
	"  --unofficial         every unofficial use of a code\n"
	"  --methods            every method\n"
	"  --search WORD        every code, use and method whose text contains WORD,\n"
	"                       any case: name, phrase, description, class name,\n"
	"                       older names and phrases, a use's source and wire\n"
	"  -                    queries from standard input, one per line, each\n"
	"                       answered as it arrives; blank lines stay blank and a\n"
	"                       query without an answer gets a line starting '? '\n"
	"A query that matches nothing gets 'did you mean ...?' when a name, phrase\n"
	"or method is close.\n",

	"\n"
	"Output, for every query:\n"
	"  (default)            one line per answer: 404 Not Found,\n"
	"                       499 Client Closed Request (unofficial: nginx, log only),\n"
	"                       GET method: safe, idempotent, cacheable (RFC 9110, ...)\n"
	"  -l, --long           every field: name, class, flags, reference,\n"
	"                       description and older names and phrases; a use's\n"
	"                       source and wire; a registered code's unofficial uses\n"
	"  --json               an object per answer, an array for lists and several\n"
	"                       answers; with -, one JSON value per line, null for a\n"
	"                       blank line. A code's keys: code, registered (true),\n"
	"                       name, phrase, class, flags, reference, description,\n"
	"                       aliases, unofficial (its uses). A use's: code,\n"
	"                       registered (false), source, name, phrase, class,\n"
	"                       wire, reference, description. A method's: method,\n"
	"                       id, safe, idempotent, cacheable, reference,\n"
	"                       description. A failed query's: query, error, code,\n"
	"                       class\n"
	"  --registered         registered codes only, as 0.1.0 answered: no\n"
	"                       unofficial uses (499: not a known status code)\n"
	"  --color=WHEN         colour codes by class: auto (on a terminal, unless\n"
	"                       NO_COLOR is set), always or never; also --colour\n"
	"\n"
	"Counting:\n"
	"  --count              how often each code occurs on standard input, one\n"
	"                       a line: count, share, code and phrase (or its first\n"
	"                       unofficial use), most frequent first (a bar too on a\n"
	"                       terminal), then the total of each class and of the\n"
	"                       lines without a code\n"
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
	"  httpstatus -l 499 520\n"
	"  httpstatus -l 5xx\n"
	"  httpstatus --json --search redirect\n"
	"  httpstatus GET --methods\n"
	"  awk '{print $9}' access.log | httpstatus -\n"
	"  httpstatus --count --field 9 < access.log\n",
};

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
	for (int i = 0; o->registered_only && i < o->nargs; i++)
		if (o->args[i].kind == ARG_UNOFFICIAL)
			return usage_error("choose one of --registered and --unofficial", "");
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
			for (size_t h = 0; h < sizeof help_text / sizeof help_text[0]; h++)
				fputs(help_text[h], stdout);
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
		} else if (strcmp(a, "--registered") == 0) {
			o->registered_only = true;
			continue;
		} else if (strcmp(a, "--list") == 0) {
			*next = (struct arg){ARG_LIST, a};
		} else if (strcmp(a, "--unofficial") == 0) {
			*next = (struct arg){ARG_UNOFFICIAL, a};
		} else if (strcmp(a, "--methods") == 0) {
			*next = (struct arg){ARG_METHODS, a};
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
