/* httpstatus: HTTP status codes and methods in a terminal.
 *
 * Queries are answered in the order given; -l/--long and --json apply to all
 * of them. --count summarises the codes on standard input instead. Exit
 * status, as grep's: 0 when every query was answered, 1 when one was not, 2
 * for trouble (a usage, read or write error). */
#define _POSIX_C_SOURCE 200809L

#include "args.h"
#include "color.h"
#include "count-report.h"
#include "count.h"
#include "lines.h"
#include "output.h"
#include "platform.h"
#include "query.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { OUTPUT_BUFFER = 64 * 1024, DEFAULT_COLUMNS = 80 };

/* Prints each answer of q, as a list if there may be several. */
static void print_answers(struct printer *p, const struct query *q)
{
	struct item it = {0};
	if (query_is_one(q)) { /* most lines of a log: one step, no list */
		query_next(q, &it);
		print_item(p, &it);
		return;
	}
	bool as_list = !p->in_list;
	if (as_list)
		printer_begin_list(p);
	while (query_next(q, &it))
		print_item(p, &it);
	if (as_list)
		printer_end_list(p);
}

/* Answers one query; false if it found nothing. */
static bool answer(struct printer *p, const struct query *q)
{
	if (q->kind == QUERY_BLANK && p->in_place) {
		print_blank(p);
		return true;
	}
	if (q->kind == QUERY_BLANK || q->kind == QUERY_FAILED) {
		struct query failed = *q;
		failed.kind = QUERY_FAILED;
		if (q->kind == QUERY_BLANK)
			failed.failure = FAILURE_EMPTY;
		print_failure(p, &failed);
		return false;
	}
	char buf[QUERY_EXPLAIN_MAX];
	const char *note = query_note(q, buf);
	if (note)
		print_note(q, note);
	print_answers(p, q);
	if (p->format == FORMAT_LONG) {
		struct query others = query_other_uses(q);
		if (others.kind != QUERY_BLANK)
			print_answers(p, &others);
	}
	return true;
}

/* Answers each line of standard input as it arrives; false if one got no
 * answer. A read error is trouble. */
static bool answer_stdin(struct printer *p, bool *trouble)
{
	struct lines in = lines_begin(STDIN_FILENO, stdout);
	const char *line;
	size_t len;
	bool ok = true;
	p->in_place = true;
	while ((line = lines_next(&in, &len)) != NULL) {
		struct query q = query_parse(line, len, p->registered_only);
		ok &= answer(p, &q);
	}
	if (in.error) {
		fprintf(stderr, "httpstatus: cannot read standard input: %s\n", strerror(in.error));
		*trouble = true;
	}
	lines_end(&in);
	p->in_place = false;
	return ok;
}

static struct query query_of(const struct arg *a, bool registered_only)
{
	if (a->kind == ARG_LIST)
		return query_list();
	if (a->kind == ARG_UNOFFICIAL)
		return query_unofficial();
	if (a->kind == ARG_METHODS)
		return query_methods();
	if (a->kind == ARG_SEARCH)
		return query_search(a->text, strlen(a->text), registered_only);
	return query_parse(a->text, strlen(a->text), registered_only);
}

/* One JSON value alone for a single query that has one answer by its
 * nature (a code, a use, a method) or fails; otherwise an array of
 * everything, or with - one JSON value per line. A registered code's other
 * uses are in its object, not beside it. */
static bool json_as_one_list(const struct options *o)
{
	for (int i = 0; i < o->nargs; i++)
		if (o->args[i].kind == ARG_STDIN)
			return false;
	if (o->nargs > 1)
		return true;
	struct query q = query_of(&o->args[0], o->registered_only);
	return !query_is_one(&q) && q.kind != QUERY_FAILED && q.kind != QUERY_BLANK;
}

static bool answer_all(const struct options *o, bool color, bool *trouble)
{
	struct printer p = {
		.format = o->format, .color = color, .registered_only = o->registered_only};
	bool json_list = o->format == FORMAT_JSON && json_as_one_list(o);
	bool ok = true;
	if (json_list)
		printer_begin_list(&p);
	for (int i = 0; i < o->nargs; i++) {
		if (o->args[i].kind == ARG_STDIN) {
			ok &= answer_stdin(&p, trouble);
		} else {
			struct query q = query_of(&o->args[i], o->registered_only);
			ok &= answer(&p, &q);
		}
	}
	if (json_list)
		printer_end_list(&p);
	return ok;
}

/* The terminal's width, for --count's bars. */
static unsigned terminal_columns(void)
{
	unsigned columns = platform_terminal_columns(STDOUT_FILENO);
	/* GCOVR_EXCL_BR_START: every test terminal knows its width */
	return columns > 0 ? columns : DEFAULT_COLUMNS;
	/* GCOVR_EXCL_BR_STOP */
}

static bool count(const struct options *o, bool color, bool *trouble)
{
	static struct tally t; /* 4 KiB: off the stack */
	int error = tally_read(STDIN_FILENO, o->field, &t);
	if (error) {
		fprintf(stderr, "httpstatus: cannot read standard input: %s\n", strerror(error));
		*trouble = true;
		return true;
	}
	if (o->format == FORMAT_JSON)
		report_json(&t, o->registered_only);
	else
		report_text(&t, (struct report_style){
					.color = color,
					.registered_only = o->registered_only,
					.columns = isatty(STDOUT_FILENO) ? terminal_columns() : 0,
				});
	return true;
}

int main(int argc, char **argv)
{
	struct arguments arguments = platform_start(argc, argv);
	if (!arguments.values) { /* GCOVR_EXCL_START: fails on Windows only */
		return 2;
	} /* GCOVR_EXCL_STOP */
	argc = arguments.count;
	argv = arguments.values;

	struct options o = {.args = malloc(sizeof(struct arg) * (size_t)argc)};
	if (!o.args) { /* GCOVR_EXCL_START: no test makes malloc fail */
		fputs("httpstatus: out of memory\n", stderr);
		return 2;
	} /* GCOVR_EXCL_STOP */
	int status = args_parse(argc, argv, &o);
	if (status >= 0) {
		free(o.args);
		return status;
	}

	/* Fully buffered into a pipe or a file, a line at a time to a terminal;
	 * reading - flushes when it waits for input. */
	static char buffer[OUTPUT_BUFFER];
	setvbuf(stdout, buffer, isatty(STDOUT_FILENO) ? _IOLBF : _IOFBF, sizeof buffer);
	bool color = o.format != FORMAT_JSON && color_enabled(o.color, STDOUT_FILENO);
	bool trouble = false;
	bool ok = o.count ? count(&o, color, &trouble) : answer_all(&o, color, &trouble);
	free(o.args);

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
