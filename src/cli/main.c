/* httpstatus: HTTP status codes in a terminal.
 *
 * Queries are answered in the order given; -l/--long and --json apply to all
 * of them. Exit status, as grep's: 0 when every query was answered, 1 when
 * one was not, 2 for trouble (a usage, read or write error). */
#define _POSIX_C_SOURCE 200809L

#include "output.h"
#include "query.h"

#include <httpstatus.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
	"usage: httpstatus [-l | --json] QUERY...\n"
	"QUERY: a code, name, phrase or class (404, not_found, 'not found', 4xx),\n"
	"       --list, --search WORD, or - to read queries from standard input.\n"
	"Try 'httpstatus --help' for more.\n";

static const char help_text[] =
	"usage: httpstatus [-l | --json] QUERY...\n"
	"\n"
	"Answers questions about HTTP status codes. Each QUERY is one of:\n"
	"  404                  a code\n"
	"  not_found            a name or older name, any case, with _, - or space\n"
	"  'payload too large'  a phrase or older phrase, any case\n"
	"  4xx                  every known code of a class\n"
	"  --list               every known code\n"
	"  --search WORD        every code whose name, phrase, description or older\n"
	"                       name or phrase contains WORD, any case\n"
	"  -                    queries from standard input, one per line, each\n"
	"                       answered as it arrives; blank lines stay blank and a\n"
	"                       query without an answer gets a line starting '? '\n"
	"\n"
	"Output, for every query:\n"
	"  (default)            one line per code: 404 Not Found\n"
	"  -l, --long           every field: name, class, flags, reference,\n"
	"                       description and older names and phrases\n"
	"  --json               an object per code (keys code, name, phrase, class,\n"
	"                       flags, reference, description, aliases), an array\n"
	"                       for lists and several queries; with -, one JSON\n"
	"                       value per line; a failed query gives {query, error}\n"
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
	"  awk '{print $9}' access.log | httpstatus -\n";

enum arg_kind { ARG_QUERY, ARG_LIST, ARG_SEARCH, ARG_STDIN };

struct arg {
	enum arg_kind kind;
	const char *text;
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

/* Sorts argv into options and queries; returns -1 to go on, or an exit
 * status. */
static int parse_args(int argc, char **argv, enum format *format, struct arg *args, int *count)
{
	bool options_done = false, has_stdin = false;
	*count = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		struct arg *next = &args[*count];
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
		} else if (strcmp(a, "-l") == 0 || strcmp(a, "--long") == 0 ||
			   strcmp(a, "--json") == 0) {
			enum format f = strcmp(a, "--json") == 0 ? FORMAT_JSON : FORMAT_LONG;
			if (*format != FORMAT_LINE && *format != f)
				return usage_error("choose one of --long and --json", "");
			*format = f;
			continue;
		} else if (strcmp(a, "--list") == 0) {
			*next = (struct arg){ARG_LIST, a};
		} else if (strcmp(a, "--search") == 0 || strncmp(a, "--search=", 9) == 0) {
			const char *word = a[8] == '=' ? a + 9 : i + 1 < argc ? argv[++i] : "";
			if (*word == '\0')
				return usage_error("--search needs a word", "");
			*next = (struct arg){ARG_SEARCH, word};
		} else {
			return usage_error("unknown option ", a);
		}
		++*count;
	}
	return *count ? -1 : usage_error("no query", "");
}

/* Answers one query; false if it found nothing. */
static bool answer(struct printer *p, const char *text, size_t len)
{
	struct query q = query_parse(text, len);
	char buf[96];
	const char *why = query_failure(&q, buf, sizeof buf);
	if (why) {
		print_failure(p, q.text, q.len, why);
		return false;
	}
	if (q.status == QUERY_FOUND) {
		print_code(p, q.code);
		return true;
	}
	bool as_list = !p->in_list;
	if (as_list)
		printer_begin_list(p);
	for (int c = httpstatus_next(q.code * 100 - 1); c && c < (q.code + 1) * 100;
	     c = httpstatus_next(c))
		print_code(p, c);
	if (as_list)
		printer_end_list(p);
	return true;
}

static bool answer_list_or_search(struct printer *p, const struct arg *a)
{
	bool as_list = !p->in_list, found = false;
	size_t len = strlen(a->text);
	if (as_list)
		printer_begin_list(p);
	for (int c = httpstatus_next(0); c; c = httpstatus_next(c))
		if (a->kind == ARG_LIST || query_mentions(c, a->text, len)) {
			print_code(p, c);
			found = true;
		}
	if (as_list)
		printer_end_list(p);
	if (!found)
		print_failure(p, a->text, len, "no status code matches");
	return found;
}

/* Answers each line of standard input as it arrives; false if one got no
 * answer. A read error is trouble. */
static bool answer_stdin(struct printer *p, bool *trouble)
{
	char *line = NULL;
	size_t capacity = 0;
	ssize_t n;
	bool ok = true;
	p->in_place = true;
	while ((n = getline(&line, &capacity, stdin)) > 0) {
		size_t len = (size_t)n - (line[n - 1] == '\n');
		if (query_parse(line, len).len == 0)
			putchar('\n');
		else
			ok &= answer(p, line, len);
	}
	if (ferror(stdin)) {
		fprintf(stderr, "httpstatus: cannot read standard input: %s\n", strerror(errno));
		*trouble = true;
	}
	free(line);
	p->in_place = false;
	return ok;
}

/* One JSON object alone for a single query that names one code; otherwise an
 * array of everything, or with - one JSON value per line. */
static bool json_as_one_list(const struct arg *args, int count)
{
	for (int i = 0; i < count; i++)
		if (args[i].kind == ARG_STDIN)
			return false;
	if (count > 1 || args[0].kind != ARG_QUERY)
		return true;
	enum query_status s = query_parse(args[0].text, strlen(args[0].text)).status;
	return s == QUERY_CLASS;
}

int main(int argc, char **argv)
{
	/* A closed pipe ends the program quietly, whatever the parent set. */
	signal(SIGPIPE, SIG_DFL);

	struct arg *args = malloc(sizeof *args * (size_t)argc);
	enum format format = FORMAT_LINE;
	int count, status;
	if (!args) { /* GCOVR_EXCL_START: no test makes malloc fail */
		fputs("httpstatus: out of memory\n", stderr);
		return 2;
	} /* GCOVR_EXCL_STOP */
	status = parse_args(argc, argv, &format, args, &count);
	if (status >= 0) {
		free(args);
		return status;
	}

	struct printer p = {.format = format};
	bool json_list = format == FORMAT_JSON && json_as_one_list(args, count);
	bool ok = true, trouble = false;
	for (int i = 0; i < count; i++)
		if (args[i].kind == ARG_STDIN) /* each answer out before the next line in */
			setvbuf(stdout, NULL, _IOLBF, 0);
	if (json_list)
		printer_begin_list(&p);
	for (int i = 0; i < count; i++) {
		const struct arg *a = &args[i];
		if (a->kind == ARG_STDIN) {
			ok &= answer_stdin(&p, &trouble);
		} else if (a->kind == ARG_QUERY) {
			ok &= answer(&p, a->text, strlen(a->text));
		} else {
			ok &= answer_list_or_search(&p, a);
		}
	}
	if (json_list)
		printer_end_list(&p);
	free(args);

	/* A failed fflush sets the error indicator too. With SIGPIPE blocked
	 * rather than fatal, a closed pipe still ends quietly. */
	fflush(stdout);
	if (ferror(stdout)) {
		if (errno != EPIPE)
			fprintf(stderr, "httpstatus: cannot write output: %s\n", strerror(errno));
		return 2;
	}
	return trouble ? 2 : ok ? 0 : 1;
}
