/* httpstatus: HTTP status codes and methods in a terminal, and the codes of
 * a log counted. The command line: one table of options drives the parser,
 * --help and --complete (which the shells' completions and the manual's
 * test read). Queries are answered in the order given, words that form one
 * query taken together; -l/--long and --json apply to all of them. --count
 * counts the codes in files instead. Exit status, as grep's: 0 when every
 * query was answered, 1 when one was not, 2 for trouble (a usage, read or
 * write error). */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum {
	OUTPUT_BUFFER = 64 * 1024,
	DEFAULT_COLUMNS = 80,
	FIELD_MAX = 1000000,
	HELP_COLUMN = 23, /* where --help's explanations start */
	JOIN_MAX = 12, /* the most words one query is taken from */
};

enum option_id {
	OPTION_LIST,
	OPTION_UNOFFICIAL,
	OPTION_METHODS,
	OPTION_SEARCH,
	OPTION_LONG,
	OPTION_JSON,
	OPTION_REGISTERED,
	OPTION_COLOR,
	OPTION_COUNT,
	OPTION_FIELD,
	OPTION_HELP,
	OPTION_VERSION,
	OPTION_COMPLETE,
};

/* An option: its name and another spelling, what follows it ("WORD" for
 * --search WORD or --search=WORD, "[=WHEN]" for a value that may follow
 * '=', NULL for none), and what it does for --help and the completions
 * (NULL leaves it out of both). */
struct option {
	enum option_id id;
	const char *name, *other;
	const char *argument;
	const char *help;
};

/* Every option, in the order --help shows them. */
static const struct option options[] = {
	{OPTION_LIST, "--list", NULL, NULL, "every registered code"},
	{OPTION_UNOFFICIAL, "--unofficial", NULL, NULL, "every unofficial use of a code"},
	{OPTION_METHODS, "--methods", NULL, NULL, "every method"},
	{OPTION_SEARCH, "--search", NULL, "WORD",
	 "every code, use and method whose text contains WORD"},
	{OPTION_LONG, "--long", "-l", NULL, "every field of each answer"},
	{OPTION_JSON, "--json", NULL, NULL, "each query's answers as a JSON array"},
	{OPTION_REGISTERED, "--registered", NULL, NULL,
	 "registered codes only, without unofficial uses"},
	{OPTION_COLOR, "--color", "--colour", "[=WHEN]",
	 "colour codes by class: auto, always or never"},
	{OPTION_COUNT, "--count", NULL, NULL, "how often each code occurs in the FILEs"},
	{OPTION_FIELD, "--field", NULL, "N", "count the N-th field of each line, as awk splits it"},
	{OPTION_HELP, "--help", "-h", NULL, "this help"},
	{OPTION_VERSION, "--version", NULL, NULL, "the version of libhttpstatus"},
	{OPTION_COMPLETE, "--complete", NULL, "[=options]", NULL},
};
enum { OPTIONS = sizeof options / sizeof options[0] };

static const char usage_lines[] = "usage: httpstatus [OPTION]... QUERY...\n"
				  "       httpstatus [OPTION]... -\n"
				  "       httpstatus --count [--field N] [OPTION]... [FILE]...\n";

/* In parts, each within the length C requires compilers to take. */
static const char help_before[] =
	"\n"
	"Answers what HTTP status codes and methods are. A QUERY is a code (404), a\n"
	"class (4xx), a name, older name or phrase in any case (not_found, 'payload\n"
	"too large'), a constant (HTTP_STATUS_NOT_FOUND), a status line ('HTTP/1.1\n"
	"404 Not Found'), a code and its phrase, a code no registry has or one of\n"
	"its unofficial uses (499, 'client closed request'), a method (GET), or\n"
	"text to search for. Words that form one query are taken together:\n"
	"httpstatus not found answers 404 alone. - reads queries from standard\n"
	"input, one per line, and answers each line with one line: its answers\n"
	"joined by ' | ', or '? ' and why there is none, or a blank line.\n"
	"\n"
	"Options:\n";
static const char help_after[] =
	"\n"
	"With --json each query gives one JSON array on a line of its own: its\n"
	"answers as objects (a code's, an unofficial use's or a method's), or one\n"
	"object with \"error\" when it has none; a blank line of - gives [].\n"
	"\n"
	"--count reads standard input where no FILE is given or FILE is -. It\n"
	"finds the status of each Common or Combined Log Format line, or the\n"
	"number a line holds alone; other lines count as \"no code\".\n"
	"\n"
	"Exit status: 0 if every query was answered, 1 if one was not, 2 for a\n"
	"usage, read or write error. man httpstatus has the rest.\n";

enum arg_kind { ARG_QUERY, ARG_LIST, ARG_UNOFFICIAL, ARG_METHODS, ARG_SEARCH, ARG_STDIN };

/* A query, or with --count a file, and where it stood among the
 * arguments. */
struct arg {
	enum arg_kind kind;
	const char *text;
	int place;
};

/* What the command line asks for. */
struct request {
	enum format format;
	enum color_when color;
	bool registered_only;
	bool count;
	unsigned field; /* --field N, 0 without */
	struct arg *args; /* in order; room for argc of them */
	int nargs;
};

/* ---- Help and completion ------------------------------------------------------ */

/* "-l, --long", "--color[=WHEN], --colour[=WHEN]", "--search WORD". */
static void print_option_names(const struct option *o)
{
	const char *space = o->argument && o->argument[0] != '[' ? " " : "";
	const char *argument = o->argument ? o->argument : "";
	int n = 2;
	fputs("  ", stdout);
	if (o->other && o->other[1] != '-')
		n += printf("%s, ", o->other);
	n += printf("%s%s%s", o->name, space, argument);
	if (o->other && o->other[1] == '-')
		n += printf(", %s%s%s", o->other, space, argument);
	printf("%*s", n < HELP_COLUMN - 1 ? HELP_COLUMN - n : 0, "");
	if (n >= HELP_COLUMN - 1)
		printf("\n%*s", HELP_COLUMN, "");
}

static void print_help(void)
{
	fputs(usage_lines, stdout);
	fputs(help_before, stdout);
	for (size_t i = 0; i < OPTIONS; i++)
		if (options[i].help) {
			print_option_names(&options[i]);
			puts(options[i].help);
		}
	fputs(help_after, stdout);
}

/* One per line, for the completions and the tests that check them: each
 * spelling of each option that --help shows, what follows it and its help,
 * separated by tabs. */
static void print_option_table(void)
{
	for (size_t i = 0; i < OPTIONS; i++) {
		const struct option *o = &options[i];
		const char *argument = o->argument ? o->argument : "";
		if (o->help)
			printf("%s\t%s\t%s\n", o->name, argument, o->help);
		if (o->help && o->other)
			printf("%s\t%s\t%s\n", o->other, argument, o->help);
	}
}

static void print_lower(const char *s)
{
	for (; *s; s++)
		putchar((unsigned char)(*s - 'A') < 26 ? *s + ('a' - 'A') : *s);
	putchar('\n');
}

/* A use's name as a query finds it: as it is, unless a registered code
 * answers to it first. */
static void print_use_name(int code, size_t index)
{
	struct httpstatus_unofficial u = {0}; /* an answer's use is always there */
	httpstatus_unofficial(code, index, &u);
	if (httpstatus_from_name(u.name) || httpstatus_from_phrase(u.name)) {
		char qualified[USE_TITLE_MAX];
		puts(use_qualified_name(&u, qualified));
	} else {
		print_lower(u.name);
	}
}

/* One per line, the words the completions offer as queries: the classes;
 * every code, registered or with unofficial uses, followed by its names in
 * lower case (a use's qualified by its source where a registered code has
 * its name, aws_elb_unauthorized); then the method tokens, in their own
 * case. */
static void print_query_words(void)
{
	static const struct context everything = {0};
	for (int c = 1; c <= 5; c++)
		printf("%dxx\n", c);
	for (struct item it = {0}; item_next(&everything, &it);) {
		if (it.kind == ITEM_METHOD) {
			puts(httpstatus_method_name(it.method));
			continue;
		}
		if (it.kind == ITEM_CODE || (it.use == 0 && !httpstatus_is_known(it.code)))
			printf("%d\n", it.code);
		if (it.kind == ITEM_CODE)
			print_lower(httpstatus_name(it.code));
		else
			print_use_name(it.code, it.use);
	}
}

/* ---- The command line ----------------------------------------------------------- */

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
static int
usage_error(const char *format, ...)
{
	va_list ap;
	va_start(ap, format);
	fputs("httpstatus: ", stderr);
	vfprintf(stderr, format, ap);
	va_end(ap);
	fputs("\nTry 'httpstatus --help'.\n", stderr);
	return 2;
}

/* "-5": a query, not an option. */
static bool is_negative_number(const char *arg)
{
	return arg[1] != '\0' && strspn(arg + 1, "0123456789") == strlen(arg + 1);
}

/* The option spelled as the len bytes at name, or NULL. */
static const struct option *option_named(const char *name, size_t len)
{
	for (size_t i = 0; i < OPTIONS; i++) {
		const char *other = options[i].other ? options[i].other : "";
		if ((strlen(options[i].name) == len && memcmp(options[i].name, name, len) == 0) ||
		    (strlen(other) == len && memcmp(other, name, len) == 0))
			return &options[i];
	}
	return NULL;
}

static int parse_field(const char *value, struct request *r)
{
	char *end;
	long n = value ? strtol(value, &end, 10) : 0;
	if (!value || !*value)
		return usage_error("--field needs a number from 1 to %d", FIELD_MAX);
	if (*value < '0' || *value > '9' || *end || n < 1 || n > FIELD_MAX)
		return usage_error("--field needs a number from 1 to %d, not %s", FIELD_MAX, value);
	r->field = (unsigned)n;
	return -1;
}

/* Does what option o asks, with its value (NULL for none); -1 to go on, or
 * an exit status. spelled is how the option was written. */
static int take_option(const struct option *o, const char *spelled, const char *value,
		       struct request *r)
{
	struct arg *next = &r->args[r->nargs];
	switch (o->id) {
	case OPTION_LIST:
	case OPTION_UNOFFICIAL:
	case OPTION_METHODS:
		*next = (struct arg){o->id == OPTION_LIST      ? ARG_LIST
				     : o->id == OPTION_METHODS ? ARG_METHODS
							       : ARG_UNOFFICIAL,
				     o->name, -1};
		r->nargs++;
		return -1;
	case OPTION_SEARCH:
		if (!value || !*value)
			return usage_error("--search needs a word to search for");
		*next = (struct arg){ARG_SEARCH, value, -1};
		r->nargs++;
		return -1;
	case OPTION_LONG:
	case OPTION_JSON: {
		enum format f = o->id == OPTION_JSON ? FORMAT_JSON : FORMAT_LONG;
		if (r->format != FORMAT_LINE && r->format != f)
			return usage_error("choose one of --long and --json");
		r->format = f;
		return -1;
	}
	case OPTION_REGISTERED:
		r->registered_only = true;
		return -1;
	case OPTION_COLOR:
		if (value && !*value)
			return usage_error("%s= needs a word: auto, always or never", spelled);
		if (value && !color_parse(value, &r->color))
			return usage_error("%s takes auto, always or never, not %s", spelled,
					   value);
		r->color = value ? r->color : COLOR_ALWAYS;
		return -1;
	case OPTION_COUNT:
		r->count = true;
		return -1;
	case OPTION_FIELD:
		return parse_field(value, r);
	case OPTION_HELP:
		print_help();
		return 0;
	case OPTION_VERSION:
		printf("httpstatus %s\n", httpstatus_version());
		return 0;
	case OPTION_COMPLETE:
		break;
	}
	if (value && strcmp(value, "options") != 0)
		return usage_error("--complete takes options or nothing, not %s", value);
	if (value)
		print_option_table();
	else
		print_query_words();
	return 0;
}

/* The option argument a, with the next argument as its value if it takes
 * one that did not follow '='; -1 to go on, or an exit status. */
static int parse_option(const char *a, const char *after, int *i, struct request *r)
{
	const char *eq = strchr(a, '=');
	size_t len = eq ? (size_t)(eq - a) : strlen(a);
	const struct option *o = option_named(a, len);
	if (!o)
		return usage_error("unknown option %s", a);
	char spelled[32];
	snprintf(spelled, sizeof spelled, "%.*s", (int)len, a);
	if (!o->argument && eq)
		return usage_error("%s takes no value", spelled);
	const char *value = eq ? eq + 1 : NULL;
	if (!eq && o->argument && o->argument[0] != '[') {
		value = after;
		*i += after != NULL;
	}
	return take_option(o, spelled, value, r);
}

static int check(const struct request *r, bool stdin_given)
{
	static const char *const option_of[] = {
		[ARG_LIST] = "--list",
		[ARG_UNOFFICIAL] = "--unofficial",
		[ARG_METHODS] = "--methods",
		[ARG_SEARCH] = "--search",
	};
	for (int i = 0; r->count && i < r->nargs; i++)
		if (r->args[i].kind != ARG_QUERY && r->args[i].kind != ARG_STDIN)
			return usage_error("%s does not go with --count",
					   option_of[r->args[i].kind]);
	if (r->count && r->format == FORMAT_LONG)
		return usage_error("--count takes --json, not --long");
	if (r->field && !r->count)
		return usage_error("--field goes with --count");
	if (!r->count && !r->nargs)
		return usage_error("no query: a code, name, phrase, class or method, or -");
	if (!r->count && r->format == FORMAT_LONG && stdin_given)
		return usage_error("--long does not go with -, which answers a line with a line");
	for (int i = 0; r->registered_only && i < r->nargs; i++)
		if (r->args[i].kind == ARG_UNOFFICIAL)
			return usage_error("choose one of --registered and --unofficial");
	return -1;
}

/* Reads argv into *r, with r->args room for argc entries; -1 to go on, or
 * an exit status once it has printed the help, the version, the words to
 * complete with, or a usage error. */
static int parse_arguments(int argc, char **argv, struct request *r)
{
	bool options_done = false, stdin_given = false;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *after = i + 1 < argc ? argv[i + 1] : NULL;
		int status = -1;
		if (options_done || a[0] != '-' || is_negative_number(a)) {
			r->args[r->nargs++] = (struct arg){ARG_QUERY, a, i};
		} else if (strcmp(a, "-") == 0) {
			if (stdin_given)
				return usage_error("- (standard input) given twice");
			stdin_given = true;
			r->args[r->nargs++] = (struct arg){ARG_STDIN, a, i};
		} else if (strcmp(a, "--") == 0) {
			options_done = true;
		} else {
			status = parse_option(a, after, &i, r);
		}
		if (status >= 0)
			return status;
	}
	return check(r, stdin_given);
}

/* ---- Answering -------------------------------------------------------------- */

/* Whether the query answers something itself: not a failure, nor a search
 * nobody asked for. */
static bool answers(const struct query *q)
{
	return q->kind != QUERY_FAILED && q->kind != QUERY_BLANK && !q->implicit;
}

/* Whether q, read from the words first..last joined at starts[], is one
 * query: the words answer together (where no word after the first is a
 * number, but a status line's code), and not each on its own. */
static bool forms_one_query(const struct context *c, const struct query *q, const struct arg *args,
			    int first, int last, const char *const starts[])
{
	bool each_answers = true;
	if (!answers(q))
		return false;
	for (int w = first; w <= last; w++) {
		size_t len = strlen(args[w].text);
		if (w > first && number_length(args[w].text, len) == len &&
		    starts[w - first] != q->number)
			return false;
		struct query alone = query_parse(c, args[w].text, len);
		each_answers &= answers(&alone);
	}
	return !each_answers;
}

/* The query that the words from args[first] on form, taken together as far
 * as they form one (see forms_one_query), joined by spaces in buf; how many
 * words it took. A word with a space in it was quoted: a query of its own. */
static int query_of_words(const struct context *c, const struct arg *args, int nargs, int first,
			  char *buf, struct query *q)
{
	const char *starts[JOIN_MAX];
	int last = first;
	while (last + 1 < nargs && last + 1 - first < JOIN_MAX &&
	       args[last + 1].kind == ARG_QUERY && args[last + 1].place == args[last].place + 1 &&
	       !strpbrk(args[last + 1].text, " \t") && !strpbrk(args[first].text, " \t"))
		last++;
	for (; last > first; last--) {
		size_t len = 0;
		for (int w = first; w <= last; w++) {
			starts[w - first] = buf + len + (w > first);
			len += (size_t)sprintf(buf + len, "%s%s", w > first ? " " : "",
					       args[w].text);
		}
		*q = query_parse(c, buf, len);
		if (forms_one_query(c, q, args, first, last, starts))
			return last - first + 1;
	}
	*q = query_parse(c, args[first].text, strlen(args[first].text));
	return 1;
}

/* Answers each line of standard input as it arrives; false if one got no
 * answer. A read error is trouble. */
static bool answer_stdin(struct context c, bool *trouble)
{
	struct lines in = lines_begin(STDIN_FILENO, stdout);
	const char *line;
	size_t len;
	bool ok = true;
	c.stream = true;
	while ((line = lines_next(&in, &len)) != NULL) {
		struct query q = query_parse(&c, line, len);
		ok &= print_query(&c, &q);
	}
	if (in.error) {
		fprintf(stderr, "httpstatus: cannot read standard input: %s\n", strerror(in.error));
		*trouble = true;
	}
	lines_end(&in);
	return ok;
}

static bool answer_all(const struct request *r, const struct context *c, char *buf, bool *trouble)
{
	bool ok = true;
	for (int i = 0; i < r->nargs;) {
		const struct arg *a = &r->args[i];
		struct query q;
		int taken = 1;
		if (a->kind == ARG_STDIN) {
			ok &= answer_stdin(*c, trouble);
			i++;
			continue;
		}
		if (a->kind == ARG_LIST)
			q = query_list();
		else if (a->kind == ARG_UNOFFICIAL)
			q = query_unofficial();
		else if (a->kind == ARG_METHODS)
			q = query_methods();
		else if (a->kind == ARG_SEARCH)
			q = query_search(c, a->text, strlen(a->text));
		else
			taken = query_of_words(c, r->args, r->nargs, i, buf, &q);
		ok &= print_query(c, &q);
		i += taken;
	}
	return ok;
}

/* Counts the lines of the files (standard input for "-" or none) into one
 * tally, and reports it. A file that cannot be read is trouble; the others
 * are counted. */
static void count(const struct request *r, const struct context *c, bool *trouble)
{
	static struct tally t; /* 4 KiB: off the stack */
	for (int i = 0; i < (r->nargs ? r->nargs : 1); i++) {
		bool from_stdin = !r->nargs || r->args[i].kind == ARG_STDIN;
		const char *name = from_stdin ? "standard input" : r->args[i].text;
		int fd = from_stdin ? STDIN_FILENO : platform_open(name);
		int error = fd < 0 ? errno : tally_read(fd, r->field, &t);
		if (fd >= 0 && !from_stdin)
			close(fd);
		if (error) {
			fprintf(stderr, "httpstatus: cannot read %s: %s\n", name, strerror(error));
			*trouble = true;
		}
	}
	if (c->format == FORMAT_JSON)
		report_json(c, &t);
	else
		report_text(c, &t);
}

int main(int argc, char **argv)
{
	struct arguments arguments = platform_start(argc, argv);
	if (!arguments.values) { /* GCOVR_EXCL_START: fails on Windows only */
		return 2;
	} /* GCOVR_EXCL_STOP */
	argc = arguments.count;
	argv = arguments.values;

	/* Room for every argument as a query, and for all of them joined. */
	size_t total = 0;
	for (int i = 0; i < argc; i++)
		total += strlen(argv[i]) + 1;
	struct request r = {.args = malloc(sizeof(struct arg) * (size_t)argc)};
	char *buf = malloc(total + 1);
	if (!r.args || !buf) { /* GCOVR_EXCL_START: no test makes malloc fail */
		fputs("httpstatus: out of memory\n", stderr);
		free(r.args);
		free(buf);
		return 2;
	} /* GCOVR_EXCL_STOP */
	int status = parse_arguments(argc, argv, &r);
	if (status >= 0) {
		free(r.args);
		free(buf);
		return status;
	}

	/* Fully buffered into a pipe or a file, a line at a time to a terminal;
	 * reading - flushes when it waits for input. */
	static char buffer[OUTPUT_BUFFER];
	bool terminal = isatty(STDOUT_FILENO);
	setvbuf(stdout, buffer, terminal ? _IOLBF : _IOFBF, sizeof buffer);
	unsigned columns = terminal ? platform_terminal_columns(STDOUT_FILENO) : 0;
	struct context c = {
		.format = r.format,
		.registered_only = r.registered_only,
		.color = r.format != FORMAT_JSON && color_enabled(r.color, STDOUT_FILENO),
		.utf8 = terminal && platform_utf8(),
		/* GCOVR_EXCL_BR_START: every test terminal knows its width */
		.columns = terminal && columns == 0 ? DEFAULT_COLUMNS : columns,
		/* GCOVR_EXCL_BR_STOP */
	};
	bool trouble = false, ok = true;
	if (r.count)
		count(&r, &c, &trouble);
	else
		ok = answer_all(&r, &c, buf, &trouble);
	free(r.args);
	free(buf);

	/* A failed fflush sets the error indicator too. With SIGPIPE blocked
	 * rather than fatal, a closed pipe still ends quietly. */
	fflush(stdout);
	if (ferror(stdout)) {
		if (!platform_closed_pipe(errno))
			fprintf(stderr, "httpstatus: cannot write output: %s\n", strerror(errno));
		return 2;
	}
	return trouble ? 2 : ok ? 0 : 1;
}
