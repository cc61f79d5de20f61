/* The httpstatus command, run as a user runs it: what it prints on stdout and
 * stderr, and its exit status, for every query form, format and mode. */
#include "helpers.h"
#include "json.h"
#include "spawn.h"

#include <httpstatus.h>

#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

static const char *cli;

/* tests/meson.build defines CLI_FOR_WINDOWS when httpstatus is a Windows
 * program, which this test (built for the build machine) runs under wine.
 * Where Windows differs, the test says how; what it cannot see there is
 * listed in main(). */

enum { MAX_ARGS = 8, STREAM_TIMEOUT_MS = 20000 };

/* Runs httpstatus with args, input on its stdin, started with options. */
static struct spawn_result run_opts(const char *const args[], const char *input, size_t len,
				    struct spawn_options options)
{
	char *argv[MAX_ARGS + 2] = {(char *)cli};
	for (size_t i = 0; args[i]; i++) {
		assert_true(i < MAX_ARGS);
		argv[i + 1] = (char *)args[i];
	}
	options.host_program = true;
	return spawn_input_with(argv, input, len, options);
}

/* Starts httpstatus with args, started with options, to talk to it. */
static struct child start(const char *const args[], struct spawn_options options)
{
	char *argv[MAX_ARGS + 2] = {(char *)cli};
	for (size_t i = 0; args[i]; i++) {
		assert_true(i < MAX_ARGS);
		argv[i + 1] = (char *)args[i];
	}
	options.host_program = true;
	return spawn_start(argv, options);
}

static struct spawn_result run_with_input(const char *const args[], const char *input, size_t len)
{
	return run_opts(args, input, len, (struct spawn_options){0});
}

static struct spawn_result run(const char *const args[])
{
	return run_with_input(args, NULL, 0);
}

/* Runs httpstatus and checks everything it does. */
static void expect(const char *const args[], int status, const char *out, const char *err)
{
	struct spawn_result r = run(args);
	if (r.status != status || strcmp(r.out, out) != 0 || strcmp(r.err, err) != 0)
		fail_msg("httpstatus %s ...: exit %d\nstdout:\n%s\nstderr:\n%s\nexpected exit %d\n"
			 "stdout:\n%s\nstderr:\n%s",
			 args[0] ? args[0] : "", r.status, r.out, r.err, status, out, err);
	spawn_free(&r);
}

#define ARGS(...) ((const char *const[]){__VA_ARGS__, NULL})
#define NO_ARGS ((const char *const[]){NULL})

/* What the tool prints after a usage error's message, word for word. */
#define USAGE                                                                                      \
	"usage: httpstatus [-l | --json] [--registered] [--color=WHEN] QUERY...\n"                 \
	"       httpstatus --count [--field N] [--json] [--registered] [--color=WHEN]\n"           \
	"QUERY: a code, name, phrase, status line, class or method (404, not_found,\n"             \
	"       'not found', 'HTTP/1.1 404 Not Found', 4xx, 499, GET), --list,\n"                  \
	"       --unofficial, --methods, --search WORD, or - to read queries from\n"               \
	"       standard input.\n"                                                                 \
	"Try 'httpstatus --help' for more.\n"

/* What the default format prints for the known codes from..to. */
static char *lines_for(int from, int to)
{
	size_t cap = 8192, n = 0;
	char *out = malloc(cap);
	assert_non_null(out);
	out[0] = '\0';
	for (int c = httpstatus_next(from - 1); c && c <= to; c = httpstatus_next(c))
		n += (size_t)snprintf(out + n, cap - n, "%d %s\n", c, httpstatus_phrase(c));
	assert_true(n < cap);
	return out;
}

static void code_prints_code_and_phrase(void **state)
{
	(void)state;
	expect(ARGS("404"), 0, "404 Not Found\n", "");
	expect(ARGS("200"), 0, "200 OK\n", "");
	expect(ARGS("418"), 0, "418 I'm a Teapot\n", "");
	expect(ARGS(" 404 "), 0, "404 Not Found\n", "");
}

static void name_in_any_case_and_separator_prints_its_code(void **state)
{
	(void)state;
	expect(ARGS("NOT_FOUND"), 0, "404 Not Found\n", "");
	expect(ARGS("not_found"), 0, "404 Not Found\n", "");
	expect(ARGS("Not-Found"), 0, "404 Not Found\n", "");
	expect(ARGS("too many requests"), 0, "429 Too Many Requests\n", "");
	expect(ARGS("request_entity_too_large"), 0, "413 Content Too Large\n", "");
	expect(ARGS("REQUEST_RANGE_NOT_SATISFIABLE"), 0, "416 Range Not Satisfiable\n", "");
}

static void phrase_in_any_case_prints_its_code(void **state)
{
	(void)state;
	expect(ARGS("not found"), 0, "404 Not Found\n", "");
	expect(ARGS("NOT FOUND"), 0, "404 Not Found\n", "");
	expect(ARGS("payload too large"), 0, "413 Content Too Large\n", "");
	expect(ARGS("Request-URI Too Long"), 0, "414 URI Too Long\n", "");
	expect(ARGS("i'm a teapot"), 0, "418 I'm a Teapot\n", "");
	expect(ARGS("non-authoritative information"), 0, "203 Non-Authoritative Information\n", "");
}

static void class_prints_every_known_code_of_it(void **state)
{
	(void)state;
	char *fours = lines_for(400, 499), *twos = lines_for(200, 299),
	     *fives = lines_for(500, 599);
	expect(ARGS("4xx"), 0, fours, "");
	expect(ARGS("2XX"), 0, twos, "");
	expect(ARGS("5xx"), 0, fives, "");
	expect(ARGS("0xx"), 1, "", "httpstatus: 0xx: not a class (must be 1xx-5xx)\n");
	expect(ARGS("9xx"), 1, "", "httpstatus: 9xx: not a class (must be 1xx-5xx)\n");
	expect(ARGS("4xy"), 1, "", "httpstatus: 4xy: no status code matches\n");
	free(fours);
	free(twos);
	free(fives);
}

static void list_prints_every_known_code(void **state)
{
	(void)state;
	char *all = lines_for(100, 599);
	expect(ARGS("--list"), 0, all, "");
	free(all);
}

static void search_finds_word_in_any_field_ignoring_case(void **state)
{
	(void)state;
	expect(ARGS("--registered", "--search", "TIMEOUT"), 0,
	       "408 Request Timeout\n504 Gateway Timeout\n", "");
	expect(ARGS("--search=teapot"), 0, "418 I'm a Teapot\n", "");
	expect(ARGS("--search", "entity", "--registered"), 0,
	       "413 Content Too Large\n422 Unprocessable Content\n", "");
	expect(ARGS("--search", "captive"), 1, "", "httpstatus: captive: no status code matches\n");
}

static void queries_of_every_kind_are_answered_in_order(void **state)
{
	(void)state;
	char *ones = lines_for(100, 199);
	char expected[4096];
	snprintf(expected, sizeof expected, "404 Not Found\n%s200 OK\n418 I'm a Teapot\n", ones);
	expect(ARGS("404", "1xx", "ok", "--search", "teapot"), 0, expected, "");
	expect(ARGS("404", "ok", "gateway time-out"), 0,
	       "404 Not Found\n200 OK\n504 Gateway Timeout\n", "");
	free(ones);
}

static void failures_say_which_and_why_on_stderr(void **state)
{
	(void)state;
	expect(ARGS("299"), 1, "", "httpstatus: 299: not a known status code (2xx Successful)\n");
	expect(ARGS("600"), 1, "", "httpstatus: 600: not a status code (must be 100-599)\n");
	expect(ARGS("99"), 1, "", "httpstatus: 99: not a status code (must be 100-599)\n");
	expect(ARGS("foo"), 1, "", "httpstatus: foo: no status code matches\n");
	expect(ARGS("--", "-5"), 1, "", "httpstatus: -5: not a status code (must be 100-599)\n");
	expect(ARGS("-5"), 1, "", "httpstatus: -5: not a status code (must be 100-599)\n");
	expect(ARGS("404", "foo", "200"), 1, "404 Not Found\n200 OK\n",
	       "httpstatus: foo: no status code matches\n");
}

static void long_format_prints_every_field(void **state)
{
	(void)state;
	expect(ARGS("-l", "413"), 0,
	       "413 Content Too Large\n"
	       "  Name:          CONTENT_TOO_LARGE\n"
	       "  Class:         4xx Client Error\n"
	       "  Flags:         iana\n"
	       "  Reference:     RFC 9110, Section 15.5.14\n"
	       "  Description:   The request content is larger than the server will process\n"
	       "  Also known as: REQUEST_ENTITY_TOO_LARGE, PAYLOAD_TOO_LARGE, Request Entity Too "
	       "Large, Payload Too Large\n",
	       "");
	expect(ARGS("-l", "--long", "204", "200"), 0,
	       "204 No Content\n"
	       "  Name:          NO_CONTENT\n"
	       "  Class:         2xx Successful\n"
	       "  Flags:         iana, no-content, cacheable\n"
	       "  Reference:     RFC 9110, Section 15.3.5\n"
	       "  Description:   The request succeeded and there is no content to send\n"
	       "\n"
	       "200 OK\n"
	       "  Name:          OK\n"
	       "  Class:         2xx Successful\n"
	       "  Flags:         iana, cacheable\n"
	       "  Reference:     RFC 9110, Section 15.3.1\n"
	       "  Description:   Request fulfilled, document follows\n",
	       "");
}

/* A JSON string or null holds s (NULL for null). */
static void assert_json_string_or_null(const struct json *v, const char *s)
{
	assert_non_null(v);
	if (s)
		assert_string_equal(v->string, s);
	else
		assert_int_equal(v->type, JSON_NULL);
}

/* A JSON object from the CLI holds exactly what the library says of the
 * index-th unofficial use of code. */
static void assert_json_is_use(const struct json *o, int code, size_t index)
{
	static const char *const keys[] = {"code", "registered", "source",
					   "name", "phrase",     "class",
					   "wire", "reference",  "description"};
	struct httpstatus_unofficial u;
	assert_true(httpstatus_unofficial(code, index, &u));
	assert_non_null(o);
	assert_int_equal(o->type, JSON_OBJECT);
	assert_int_equal(o->count, 9);
	for (size_t i = 0; i < 9; i++)
		assert_string_equal(o->items[i].key, keys[i]);
	assert_int_equal(json_get(o, "code")->number, code);
	assert_int_equal(json_get(o, "registered")->type, JSON_FALSE);
	assert_string_equal(json_get(o, "source")->string, u.source);
	assert_string_equal(json_get(o, "name")->string, u.name);
	assert_json_string_or_null(json_get(o, "phrase"), u.phrase);
	assert_string_equal(json_get(o, "class")->string,
			    httpstatus_class_name(httpstatus_class(code)));
	assert_string_equal(json_get(o, "wire")->string, u.wire);
	assert_string_equal(json_get(o, "reference")->string, u.reference);
	assert_string_equal(json_get(o, "description")->string, u.description);
}

/* A JSON object from the CLI holds exactly what the library says of code,
 * its unofficial uses included unless registered_only. */
static void assert_json_is_code_of(const struct json *o, int code, bool registered_only)
{
	static const char *const keys[] = {"code",    "registered", "name",      "phrase",
					   "class",   "flags",      "reference", "description",
					   "aliases", "unofficial"};
	assert_non_null(o);
	assert_int_equal(o->type, JSON_OBJECT);
	assert_int_equal(o->count, 10);
	for (size_t i = 0; i < 10; i++)
		assert_string_equal(o->items[i].key, keys[i]);
	assert_int_equal(json_get(o, "code")->number, code);
	assert_int_equal(json_get(o, "registered")->type, JSON_TRUE);
	assert_string_equal(json_get(o, "name")->string, httpstatus_name(code));
	assert_string_equal(json_get(o, "phrase")->string, httpstatus_phrase(code));
	assert_string_equal(json_get(o, "class")->string,
			    httpstatus_class_name(httpstatus_class(code)));
	assert_string_equal(json_get(o, "reference")->string, httpstatus_reference(code));
	assert_string_equal(json_get(o, "description")->string, httpstatus_description(code));
	const struct json *flags = json_get(o, "flags");
	unsigned seen = 0;
	for (size_t i = 0; i < flags->count; i++)
		for (unsigned bit = 1; bit != 0; bit <<= 1)
			if (httpstatus_flag_name(bit) &&
			    strcmp(flags->items[i].string, httpstatus_flag_name(bit)) == 0)
				seen |= bit;
	assert_int_equal(seen, httpstatus_flags(code));
	const struct json *aliases = json_get(o, "aliases");
	for (size_t i = 0; i < aliases->count; i++)
		assert_string_equal(aliases->items[i].string, httpstatus_alias(code, i));
	assert_null(httpstatus_alias(code, aliases->count));
	const struct json *uses = json_get(o, "unofficial");
	struct httpstatus_unofficial u;
	assert_int_equal(uses->type, JSON_ARRAY);
	for (size_t i = 0; i < uses->count; i++)
		assert_json_is_use(&uses->items[i], code, i);
	assert_true(registered_only ? uses->count == 0
				    : !httpstatus_unofficial(code, uses->count, &u));
}

static void assert_json_is_code(const struct json *o, int code)
{
	assert_json_is_code_of(o, code, false);
}

static struct json *run_json(const char *const args[], int status)
{
	struct spawn_result r = run(args);
	assert_int_equal(r.status, status);
	struct json *v = json_parse(r.out, r.out_len);
	if (!v)
		fail_msg("not well-formed JSON:\n%s", r.out);
	spawn_free(&r);
	return v;
}

static void json_for_every_code_matches_the_library(void **state)
{
	(void)state;
	struct json *all = run_json(ARGS("--json", "--list"), 0);
	assert_int_equal(all->type, JSON_ARRAY);
	assert_int_equal(all->count, httpstatus_count());
	size_t i = 0;
	for (int c = httpstatus_next(0); c; c = httpstatus_next(c))
		assert_json_is_code(&all->items[i++], c);
	json_free(all);
}

static void json_is_an_object_for_one_code_and_an_array_otherwise(void **state)
{
	(void)state;
	struct json *one = run_json(ARGS("--json", "not found"), 0);
	assert_json_is_code(one, 404);
	json_free(one);

	struct json *two = run_json(ARGS("404", "--json", "413"), 0);
	assert_int_equal(two->type, JSON_ARRAY);
	assert_int_equal(two->count, 2);
	assert_json_is_code(&two->items[0], 404);
	assert_json_is_code(&two->items[1], 413);
	json_free(two);

	struct json *class = run_json(ARGS("--json", "1xx"), 0);
	assert_int_equal(class->type, JSON_ARRAY);
	assert_json_is_code(&class->items[0], 100);
	json_free(class);

	struct json *search = run_json(ARGS("--json", "--search", "teapot"), 0);
	assert_int_equal(search->type, JSON_ARRAY);
	assert_int_equal(search->count, 1);
	assert_json_is_code(&search->items[0], 418);
	json_free(search);
}

static void json_failure_is_an_error_object_and_a_message(void **state)
{
	(void)state;
	struct spawn_result r = run(ARGS("--json", "299"));
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, "httpstatus: 299: not a known status code (2xx Successful)\n");
	struct json *v = json_parse(r.out, r.out_len);
	assert_non_null(v);
	assert_string_equal(json_get(v, "query")->string, "299");
	assert_string_equal(json_get(v, "error")->string,
			    "not a known status code (2xx Successful)");
	json_free(v);
	spawn_free(&r);
}

/* The JSON for a query that matches nothing. A Windows program gets its
 * command line in UTF-16, into which bytes that are not UTF-8 never make it
 * unchanged, so there the query comes on standard input, a line of it. */
static struct json *run_json_query(const char *query)
{
#if defined(CLI_FOR_WINDOWS)
	char *line = format("%s\n", query);
	struct spawn_result r = run_with_input(ARGS("--json", "-"), line, strlen(line));
	free(line);
	assert_int_equal(r.status, 1);
	struct json *v = json_parse(r.out, r.out_len);
	if (!v)
		fail_msg("not well-formed JSON:\n%s", r.out);
	spawn_free(&r);
	return v;
#else
	return run_json(ARGS("--json", query), 1);
#endif
}

static void json_escapes_whatever_the_query_holds(void **state)
{
	(void)state;
	struct json *v = run_json_query("a\"b\\c\td\x01\xff\xc3\xa9");
	assert_string_equal(json_get(v, "query")->string, "a\"b\\c\td\x01\xef\xbf\xbd\xc3\xa9");
	json_free(v);
	/* Three- and four-byte characters pass; a cut sequence and a stray
	 * continuation byte become U+FFFD each. */
	v = run_json_query("\xe2\x98\x95\xf0\x9d\x84\x9e\xe2\x82");
	assert_string_equal(json_get(v, "query")->string,
			    "\xe2\x98\x95\xf0\x9d\x84\x9e\xef\xbf\xbd\xef\xbf\xbd");
	json_free(v);
}

static void help_and_version_go_to_stdout(void **state)
{
	(void)state;
	static const char *const options[] = {
		"--long",    "--json",   "--list",    "--search",     "--help",
		"--version", " - ",      "--count",   "--field",      "--color",
		"--colour",  "NO_COLOR", "--methods", "--unofficial", "--registered"};
	struct spawn_result r = run(ARGS("--help"));
	assert_int_equal(r.status, 0);
	assert_string_equal(r.err, "");
	for (size_t i = 0; i < sizeof options / sizeof options[0]; i++)
		assert_non_null(strstr(r.out, options[i]));
	assert_non_null(strstr(r.out, "Examples:"));
	spawn_free(&r);
	char version[64];
	snprintf(version, sizeof version, "httpstatus %s\n", httpstatus_version());
	expect(ARGS("--version"), 0, version, "");
	struct spawn_result help = run(ARGS("--help"));
	expect(ARGS("-h"), 0, help.out, "");
	spawn_free(&help);
}

static void usage_errors_exit_2_with_a_short_usage(void **state)
{
	(void)state;
	const char *const *const usages[] = {
		NO_ARGS,          ARGS("--bogus"),   ARGS("-x", "404"),
		ARGS("--search"), ARGS("--search="), ARGS("-l", "--json", "404"),
		ARGS("-", "-"),   ARGS("--"),
	};
	for (size_t i = 0; i < sizeof usages / sizeof usages[0]; i++) {
		struct spawn_result r = run(usages[i]);
		if (r.status != 2 || r.out_len != 0 || !strstr(r.err, "usage: httpstatus"))
			fail_msg("usage %zu: exit %d, stdout %s, stderr %s", i, r.status, r.out,
				 r.err);
		spawn_free(&r);
	}
}

/* Linux takes at most 128 KiB in one argument, so a megabyte comes in on a
 * line of standard input. Windows takes 32,767 characters in the whole
 * command line. */
static void huge_and_binary_queries_are_answered_safely(void **state)
{
	(void)state;
#if defined(CLI_FOR_WINDOWS)
	size_t len = 1 << 20, arg_len = 30000;
#else
	size_t len = 1 << 20, arg_len = 100000;
#endif
	char *big = malloc(len + 1);
	assert_non_null(big);
	memset(big, 'x', len);
	big[arg_len] = '\0';
	struct spawn_result r = run(ARGS(big));
	assert_int_equal(r.status, 1);
	assert_int_equal(r.out_len, 0);
	assert_string_equal(r.err,
			    "httpstatus: "
			    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...: "
			    "no status code matches\n");
	spawn_free(&r);

	big[arg_len] = 'x';
	big[len - 1] = '\n';
	r = run_with_input(ARGS("-"), big, len);
	assert_int_equal(r.status, 1);
	assert_string_equal(
		r.out, "? xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...: "
		       "no status code matches\n");
	spawn_free(&r);
	free(big);

#if !defined(CLI_FOR_WINDOWS) /* no 0xff byte reaches a Windows command line */
	r = run(ARGS("\x1b[31m\xff\x01"));
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, "httpstatus: \\x1b[31m\\xff\\x01: no status code matches\n");
	spawn_free(&r);
#endif
	r = run_with_input(ARGS("-"),
			   "4\0"
			   "04\n\xff\xfe\n",
			   8);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.out, "? 4\\x0004: no status code matches\n"
				   "? \\xff\\xfe: no status code matches\n");
	spawn_free(&r);
}

/* 10,000 lines of codes, names, phrases, unknowns and blanks, each answered
 * on its own line in order. */
static void stdin_answers_every_line_in_place(void **state)
{
	static const struct {
		const char *line, *answer;
	} kinds[] = {
		{"404", "404 Not Found"},
		{"not_found", "404 Not Found"},
		{"Payload Too Large", "413 Content Too Large"},
		{"", ""},
		{"200\r", "200 OK"},
		{"foo", "? foo: no status code matches"},
		{"299", "? 299: not a known status code (2xx Successful)"},
		{"  503  ", "503 Service Unavailable"},
		{"1000", "? 1000: not a status code (must be 100-599)"},
	};
	enum { LINES = 10000, KINDS = sizeof kinds / sizeof kinds[0] };
	(void)state;
	size_t in_len = 0, out_len = 0;
	char *in = malloc(LINES * 16), *out = malloc(LINES * 64);
	assert_non_null(in);
	assert_non_null(out);
	for (size_t i = 0; i < LINES; i++) {
		in_len += (size_t)sprintf(in + in_len, "%s\n", kinds[i * 7 % KINDS].line);
		out_len += (size_t)sprintf(out + out_len, "%s\n", kinds[i * 7 % KINDS].answer);
	}
	struct spawn_result r = run_with_input(ARGS("-"), in, in_len);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, "");
	assert_int_equal(r.out_len, out_len);
	assert_memory_equal(r.out, out, out_len);
	spawn_free(&r);

	r = run_with_input(ARGS("-"), "404\nok\n", 7);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "404 Not Found\n200 OK\n");
	spawn_free(&r);
	free(in);
	free(out);
}

static void stdin_answers_a_line_before_the_next_is_read(void **state)
{
	(void)state;
	struct child c = start(ARGS("-"), (struct spawn_options){0});
	char line[256];
	assert_int_equal(write(c.in, "404\n", 4), 4);
	assert_true(child_read_line(&c, line, sizeof line, STREAM_TIMEOUT_MS));
	assert_string_equal(line, "404 Not Found\n");
	assert_int_equal(write(c.in, "foo\n", 4), 4);
	assert_true(child_read_line(&c, line, sizeof line, STREAM_TIMEOUT_MS));
	assert_string_equal(line, "? foo: no status code matches\n");
	char *err;
	assert_int_equal(child_finish(&c, &err), 1);
	assert_string_equal(err, "");
	free(err);
}

/* Windows has no SIGPIPE: there the write fails, which ends the tool as
 * quietly as with SIGPIPE blocked. */
#if defined(CLI_FOR_WINDOWS)
enum { CLOSED_PIPE_STATUS = 2 };
#else
enum { CLOSED_PIPE_STATUS = 128 + SIGPIPE };
#endif

static void closed_pipe_ends_quietly(void **state)
{
	(void)state;
	struct child c = start(ARGS("--list"), (struct spawn_options){.stdout_closed = true});
	char *err;
	int status = child_finish(&c, &err);
	assert_int_equal(status, CLOSED_PIPE_STATUS);
	assert_string_equal(err, "");
	free(err);

	c = start(ARGS("-"), (struct spawn_options){.stdout_closed = true});
	assert_int_equal(write(c.in, "404\n", 4), 4);
	assert_int_equal(child_finish(&c, &err), CLOSED_PIPE_STATUS);
	assert_string_equal(err, "");
	free(err);

	/* With SIGPIPE blocked the write fails instead, just as quietly, and
	 * that is trouble. */
	c = start(ARGS("--list"),
		  (struct spawn_options){.stdout_closed = true, .sigpipe_blocked = true});
	assert_int_equal(child_finish(&c, &err), 2);
	assert_string_equal(err, "");
	free(err);
}

static void long_format_on_stdin_answers_in_place(void **state)
{
	(void)state;
	const char block[] =
		"204 No Content\n"
		"  Name:          NO_CONTENT\n"
		"  Class:         2xx Successful\n"
		"  Flags:         iana, no-content, cacheable\n"
		"  Reference:     RFC 9110, Section 15.3.5\n"
		"  Description:   The request succeeded and there is no content to send\n";
	char expected[1024];
	snprintf(expected, sizeof expected, "%s%s? foo: no status code matches\n", block, block);
	struct spawn_result r = run_with_input(ARGS("-l", "-"), "204\n204\nfoo\n", 12);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.out, expected);
	spawn_free(&r);
}

/* Runs httpstatus through sh, to give it a redirection spawn() cannot: the
 * script runs it as "$0" "$@" (the exe wrapper and the tool in a cross
 * build). */
static struct spawn_result run_in_shell(const char *script)
{
	char **command = spawn_host_argv((char *[]){(char *)cli, NULL});
	char *argv[3 + MAX_ARGS + 1] = {"/bin/sh", "-c", (char *)script};
	for (size_t i = 0; command[i]; i++) {
		assert_true(i < MAX_ARGS);
		argv[3 + i] = command[i];
	}
	struct spawn_result r = spawn(argv, NULL, 0);
	free(command);
	return r;
}

static void unreadable_stdin_is_reported(void **state)
{
	(void)state;
	struct spawn_result r = run_in_shell("exec \"$0\" \"$@\" - < /");
	assert_int_equal(r.status, 2);
	assert_string_equal(r.err, "httpstatus: cannot read standard input: Is a directory\n");
	spawn_free(&r);
}

static void failed_write_is_reported(void **state)
{
	(void)state;
	struct spawn_result r = run_in_shell("exec \"$0\" \"$@\" --list > /dev/full");
	assert_int_equal(r.status, 2);
	assert_string_equal(r.err, "httpstatus: cannot write output: No space left on device\n");
	spawn_free(&r);
}

static void assert_starts_with(const char *s, const char *prefix)
{
	if (strncmp(s, prefix, strlen(prefix)) != 0)
		fail_msg("expected a start of\n%s\ngot\n%s", prefix, s);
}

/* ---- Forgiving queries ---------------------------------------------------- */

static void status_lines_are_answered_by_their_code(void **state)
{
	(void)state;
	expect(ARGS("HTTP/1.1 404 Not Found"), 0, "404 Not Found\n", "");
	expect(ARGS("HTTP/2 404"), 0, "404 Not Found\n", "");
	expect(ARGS("HTTP/1.0 404"), 0, "404 Not Found\n", "");
	expect(ARGS("http/1.1 200 ok\r\n"), 0, "200 OK\n", "");
	/* On the wire the phrase is free text: a server's own is no mistake. */
	expect(ARGS("HTTP/1.1 404 File Not Found"), 0, "404 Not Found\n", "");
	expect(ARGS("HTTP/1.1 299 Whatever"), 1, "",
	       "httpstatus: HTTP/1.1 299 Whatever: not a known status code (2xx Successful)\n");
	expect(ARGS("HTTP/3 600"), 1, "",
	       "httpstatus: HTTP/3 600: not a status code (must be 100-599)\n");
	expect(ARGS("HTTP/7"), 1, "", "httpstatus: HTTP/7: no status code matches\n");
	expect(ARGS("HTTP/ 404"), 1, "", "httpstatus: HTTP/ 404: no status code matches\n");
	expect(ARGS("HTTP/1.1x 404"), 1, "", "httpstatus: HTTP/1.1x 404: no status code matches\n");
	expect(ARGS("HTTP/1.1 four"), 1, "", "httpstatus: HTTP/1.1 four: no status code matches\n");
}

static void code_and_phrase_are_answered_when_they_agree(void **state)
{
	(void)state;
	expect(ARGS("404 Not Found"), 0, "404 Not Found\n", "");
	expect(ARGS("404   not_found"), 0, "404 Not Found\n", "");
	expect(ARGS("413 Payload Too Large"), 0, "413 Content Too Large\n", "");
	expect(ARGS("404 Bad Request"), 1, "",
	       "httpstatus: 404 Bad Request: 404 is Not Found (Bad Request is 400)\n");
	expect(ARGS("404 Not Fond"), 1, "", "httpstatus: 404 Not Fond: 404 is Not Found\n");
	expect(ARGS("299 Whatever"), 1, "",
	       "httpstatus: 299 Whatever: not a known status code (2xx Successful)\n");
	/* httpstatus reads its own output back. */
	struct spawn_result r = run_with_input(ARGS("-"), "404 Not Found\n418 I'm a Teapot\n", 31);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "404 Not Found\n418 I'm a Teapot\n");
	spawn_free(&r);
}

static void constants_of_the_headers_are_names(void **state)
{
	(void)state;
	expect(ARGS("HTTP_STATUS_NOT_FOUND"), 0, "404 Not Found\n", "");
	expect(ARGS("HTTP_NOT_FOUND"), 0, "404 Not Found\n", "");
	expect(ARGS("http_not_found"), 0, "404 Not Found\n", "");
	expect(ARGS("HTTP_STATUS_REQUEST_ENTITY_TOO_LARGE"), 0, "413 Content Too Large\n", "");
	/* A name of its own that starts with HTTP_, with and without a prefix. */
	expect(ARGS("HTTP_VERSION_NOT_SUPPORTED"), 0, "505 HTTP Version Not Supported\n", "");
	expect(ARGS("HTTP_HTTP_VERSION_NOT_SUPPORTED"), 0, "505 HTTP Version Not Supported\n", "");
	expect(ARGS("HTTP_STATUS_HTTP_VERSION_NOT_SUPPORTED"), 0,
	       "505 HTTP Version Not Supported\n", "");
	expect(ARGS("HTTP_STATUS_"), 1, "", "httpstatus: HTTP_STATUS_: no status code matches\n");
}

static void search_matches_class_names(void **state)
{
	(void)state;
	char *threes = lines_for(300, 399);
	expect(ARGS("--search", "REDIRECTION"), 0, threes, "");
	char expected[4096];
	snprintf(expected, sizeof expected,
		 "%s451 Redirect (unofficial: Microsoft Exchange)\n"
		 "MKREDIRECTREF method: not safe, idempotent, not cacheable (RFC 4437, Section 6)\n"
		 "UPDATEREDIRECTREF method: not safe, idempotent, not cacheable (RFC 4437, Section "
		 "7)\n",
		 threes);
	expect(ARGS("--search", "redirect"), 0, expected, "");
	free(threes);
	char *fives = lines_for(500, 599);
	expect(ARGS("--registered", "--search", "server error"), 0, fives, "");
	free(fives);
}

static void a_class_that_does_not_exist_says_so(void **state)
{
	(void)state;
	expect(ARGS("6xx"), 1, "", "httpstatus: 6xx: not a class (must be 1xx-5xx)\n");
	expect(ARGS("9XX"), 1, "", "httpstatus: 9XX: not a class (must be 1xx-5xx)\n");
}

static void near_misses_get_did_you_mean(void **state)
{
	(void)state;
	expect(ARGS("not fuond"), 1, "",
	       "httpstatus: not fuond: no status code matches; did you mean Not Found?\n");
	expect(ARGS("NOT_FUOND"), 1, "",
	       "httpstatus: NOT_FUOND: no status code matches; did you mean NOT_FOUND?\n");
	expect(ARGS("not_fuond"), 1, "",
	       "httpstatus: not_fuond: no status code matches; did you mean NOT_FOUND?\n");
	expect(ARGS("gatway timeout"), 1, "",
	       "httpstatus: gatway timeout: no status code matches; did you mean Gateway "
	       "Timeout?\n");
	expect(ARGS("request entity to large"), 1, "",
	       "httpstatus: request entity to large: no status code matches; did you mean "
	       "Request Entity Too Large?\n");
	expect(ARGS("xound"), 1, "",
	       "httpstatus: xound: no status code matches; did you mean Found?\n");
	expect(ARGS("bad gateaway"), 1, "",
	       "httpstatus: bad gateaway: no status code matches; did you mean Bad Gateway?\n");
	expect(ARGS("no content x"), 1, "",
	       "httpstatus: no content x: no status code matches; did you mean No Content?\n");
	/* Nonsense, and text too far from anything, get no guess. */
	expect(ARGS("xyzzy plugh"), 1, "", "httpstatus: xyzzy plugh: no status code matches\n");
	expect(ARGS("ko"), 1, "", "httpstatus: ko: no status code matches\n");
	expect(ARGS("not found at all here"), 1, "",
	       "httpstatus: not found at all here: no status code matches\n");

	struct spawn_result r = run_with_input(ARGS("-"), "not fuond\n", 10);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.out,
			    "? not fuond: no status code matches; did you mean Not Found?\n");
	assert_string_equal(r.err, "");
	spawn_free(&r);

	struct json *v = run_json(ARGS("--json", "not fuond"), 1);
	assert_string_equal(json_get(v, "error")->string, "no status code matches");
	const struct json *guesses = json_get(v, "did_you_mean");
	assert_non_null(guesses);
	assert_int_equal(guesses->count, 1);
	assert_string_equal(guesses->items[0].string, "Not Found");
	json_free(v);
	v = run_json(ARGS("--json", "xyzzy plugh"), 1);
	assert_null(json_get(v, "did_you_mean"));
	json_free(v);
}

static void equally_near_codes_are_all_offered(void **state)
{
	(void)state;
	/* Two edits from 201 Created and from 202 Accepted: both, in code
	 * order, as names when the query looks like one. */
	expect(ARGS("acreapted"), 1, "",
	       "httpstatus: acreapted: no status code matches; did you mean Created or "
	       "Accepted?\n");
	expect(ARGS("ACREAPTED"), 1, "",
	       "httpstatus: ACREAPTED: no status code matches; did you mean CREATED or "
	       "ACCEPTED?\n");
	struct json *v = run_json(ARGS("--json", "aceated"), 1);
	const struct json *guesses = json_get(v, "did_you_mean");
	assert_int_equal(guesses->count, 2);
	assert_string_equal(guesses->items[0].string, "Created");
	assert_string_equal(guesses->items[1].string, "Accepted");
	json_free(v);
	/* One edit from Gone beats two from anything else. */
	expect(ARGS("Gome"), 1, "",
	       "httpstatus: Gome: no status code matches; did you mean Gone?\n");
	expect(ARGS("Forbiden"), 1, "",
	       "httpstatus: Forbiden: no status code matches; did you mean Forbidden?\n");
}

static void a_single_word_is_searched_with_a_note(void **state)
{
	(void)state;
	const char note[] =
		"httpstatus: teapot: no name, phrase or method; showing what contains it\n";
	expect(ARGS("teapot"), 0, "418 I'm a Teapot\n", note);
	expect(ARGS("--registered", "TIMEOUT"), 0, "408 Request Timeout\n504 Gateway Timeout\n",
	       "httpstatus: TIMEOUT: no name, phrase or method; showing what contains it\n");
	/* Too short to search, or found by nothing. */
	expect(ARGS("ea"), 1, "", "httpstatus: ea: no status code matches\n");
	expect(ARGS("captive"), 1, "", "httpstatus: captive: no status code matches\n");

	struct json *v = run_json(ARGS("--json", "teapot"), 0);
	assert_int_equal(v->type, JSON_ARRAY);
	assert_int_equal(v->count, 1);
	assert_json_is_code(&v->items[0], 418);
	json_free(v);

	struct spawn_result r = run_with_input(ARGS("-"), "teapot\n404\n", 11);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "418 I'm a Teapot\n404 Not Found\n");
	assert_string_equal(r.err, note);
	spawn_free(&r);
}

static void an_empty_query_is_no_query(void **state)
{
	(void)state;
	expect(ARGS(""), 1, "", "httpstatus: : an empty query\n");
	expect(ARGS(" \t"), 1, "", "httpstatus: : an empty query\n");
	struct json *v = run_json(ARGS("--json", ""), 1);
	assert_string_equal(json_get(v, "error")->string, "an empty query");
	json_free(v);
}

/* ---- JSON Lines --------------------------------------------------------------- */

/* A failed query's object: query, error, and the number the query held
 * with its class (a name, or null outside 100-599), or null and null. */
static void expect_json_failure(const char *query, const char *error, const char *code,
				const char *class)
{
	struct json *v = run_json(ARGS("--json", query), 1);
	static const char *const keys[] = {"query", "error", "code", "class"};
	assert_int_equal(v->type, JSON_OBJECT);
	for (size_t i = 0; i < 4; i++)
		assert_string_equal(v->items[i].key, keys[i]);
	assert_string_equal(json_get(v, "error")->string, error);
	const struct json *c = json_get(v, "code"), *k = json_get(v, "class");
	if (code) {
		assert_int_equal(c->type, JSON_NUMBER);
		char number[64];
		snprintf(number, sizeof number, "%.0f", c->number);
		assert_string_equal(number, code);
	} else {
		assert_int_equal(c->type, JSON_NULL);
	}
	if (class)
		assert_string_equal(k->string, class);
	else
		assert_int_equal(k->type, JSON_NULL);
	json_free(v);
}

static void json_failure_has_code_and_class_when_the_query_held_a_number(void **state)
{
	(void)state;
	expect_json_failure("299", "not a known status code (2xx Successful)", "299", "Successful");
	expect_json_failure("471", "not a known status code (4xx Client Error)", "471",
			    "Client Error");
	expect_json_failure("600", "not a status code (must be 100-599)", "600", NULL);
	expect_json_failure("-5", "not a status code (must be 100-599)", "-5", NULL);
	expect_json_failure("0099", "not a status code (must be 100-599)", "99", NULL);
	expect_json_failure("HTTP/1.1 570 Whatever", "not a known status code (5xx Server Error)",
			    "570", "Server Error");
	expect_json_failure("404 Bad Request", "404 is Not Found (Bad Request is 400)", "404",
			    "Client Error");
	expect_json_failure("foo", "no status code matches", NULL, NULL);
	expect_json_failure("9xx", "not a class (must be 1xx-5xx)", NULL, NULL);
	/* A number longer than any int stays exact. */
	struct spawn_result r = run(ARGS("--json", "000123456789012345678901234567890"));
	assert_non_null(strstr(r.out, "\"code\":123456789012345678901234567890,\"class\":null"));
	spawn_free(&r);
}

/* Every line of out is one JSON value; returns how many. */
static size_t assert_json_lines(const char *out, enum json_type *types, size_t max)
{
	size_t n = 0;
	for (const char *line = out; *line; n++) {
		const char *end = strchr(line, '\n');
		assert_non_null(end);
		struct json *v = json_parse(line, (size_t)(end - line));
		if (!v)
			fail_msg("line %zu is not JSON: %.*s", n + 1, (int)(end - line), line);
		if (n < max)
			types[n] = v->type;
		json_free(v);
		line = end + 1;
	}
	return n;
}

static void stdin_json_is_json_lines_whatever_the_input(void **state)
{
	(void)state;
	const char input[] = "404\n\n  \nfoo\n1xx\n299\nteapot\nHTTP/2 503\n\xff\n9xx\n";
	struct spawn_result r = run_with_input(ARGS("--json", "-"), input, sizeof input - 1);
	assert_int_equal(r.status, 1);
	enum json_type types[16];
	const enum json_type expected[] = {JSON_OBJECT, JSON_NULL,   JSON_NULL,  JSON_OBJECT,
					   JSON_ARRAY,  JSON_OBJECT, JSON_ARRAY, JSON_OBJECT,
					   JSON_OBJECT, JSON_OBJECT};
	assert_int_equal(assert_json_lines(r.out, types, 16), 10);
	assert_memory_equal(types, expected, sizeof expected);
	spawn_free(&r);
}

/* ---- Streaming ------------------------------------------------------------------ */

static void stdin_into_a_pipe_is_written_in_blocks_not_lines(void **state)
{
	(void)state;
	enum { LINES = 2000 };
	char *in = malloc(LINES * 4 + 1);
	assert_non_null(in);
	for (size_t i = 0; i < LINES; i++)
		memcpy(in + i * 4, "404\n", 4);
	struct spawn_result r =
		run_opts(ARGS("-"), in, LINES * 4, (struct spawn_options){.stdout_packets = true});
	assert_int_equal(r.status, 0);
	assert_int_equal(r.out_len, LINES * strlen("404 Not Found\n"));
	/* 28,000 bytes: seven packets of 4096 bytes, and a flush or two more
	 * when the input comes in parts; 0.1.0 wrote 2000 times. */
	if (r.out_reads > 12)
		fail_msg("%zu writes for %d lines", r.out_reads, LINES);
	spawn_free(&r);
	free(in);
}

static void stdin_to_a_terminal_answers_a_line_before_the_next_is_read(void **state)
{
	(void)state;
	struct child c =
		start(ARGS("--color=never", "-"), (struct spawn_options){.pty_columns = 80});
	char line[256];
	assert_int_equal(write(c.in, "404\n", 4), 4);
	assert_true(child_read_line(&c, line, sizeof line, STREAM_TIMEOUT_MS));
	assert_string_equal(line, "404 Not Found\n");
	assert_int_equal(write(c.in, "HTTP/1.1 200 OK\n", 16), 16);
	assert_true(child_read_line(&c, line, sizeof line, STREAM_TIMEOUT_MS));
	assert_string_equal(line, "200 OK\n");
	char *err;
	assert_int_equal(child_finish(&c, &err), 0);
	assert_string_equal(err, "");
	free(err);
}

static void json_lines_arrive_before_the_next_is_read(void **state)
{
	(void)state;
	struct child c = start(ARGS("--json", "-"), (struct spawn_options){0});
	char line[2048];
	assert_int_equal(write(c.in, "\n", 1), 1);
	assert_true(child_read_line(&c, line, sizeof line, STREAM_TIMEOUT_MS));
	assert_string_equal(line, "null\n");
	assert_int_equal(write(c.in, "600\n", 4), 4);
	assert_true(child_read_line(&c, line, sizeof line, STREAM_TIMEOUT_MS));
	assert_string_equal(line, "{\"query\":\"600\",\"error\":\"not a status code (must be "
				  "100-599)\",\"code\":600,\"class\":null}\n");
	char *err;
	assert_int_equal(child_finish(&c, &err), 1);
	free(err);
}

/* ---- --count ---------------------------------------------------------------------- */

static void expect_count(const char *const args[], const char *input, const char *out)
{
	struct spawn_result r = run_with_input(args, input, strlen(input));
	if (r.status != 0 || strcmp(r.out, out) != 0 || r.err_len)
		fail_msg("exit %d\nstdout:\n%s\nstderr:\n%s\nexpected:\n%s", r.status, r.out, r.err,
			 out);
	spawn_free(&r);
}

static void count_tallies_codes_most_frequent_first_with_class_totals(void **state)
{
	(void)state;
	expect_count(ARGS("--count"),
		     "200\n200\n200\n404\n404\n499\n301\n\nfoo\n1000\n-\n42\n12345678\n4-4\n",
		     " 3   21.4%  200  OK\n"
		     " 2   14.3%  404  Not Found\n"
		     " 1    7.1%  301  Moved Permanently\n"
		     " 1    7.1%  499  Client Closed Request (unofficial: nginx)\n"
		     "\n"
		     " 0    0.0%  1xx  Informational\n"
		     " 3   21.4%  2xx  Successful\n"
		     " 1    7.1%  3xx  Redirection\n"
		     " 3   21.4%  4xx  Client Error\n"
		     " 0    0.0%  5xx  Server Error\n"
		     " 3   21.4%       outside 100-599\n"
		     " 4   28.6%       no code\n"
		     "14  100.0%       lines in all\n");
	expect_count(ARGS("--count"), "",
		     "0    0.0%  1xx  Informational\n"
		     "0    0.0%  2xx  Successful\n"
		     "0    0.0%  3xx  Redirection\n"
		     "0    0.0%  4xx  Client Error\n"
		     "0    0.0%  5xx  Server Error\n"
		     "0    0.0%       outside 100-599\n"
		     "0    0.0%       no code\n"
		     "0    0.0%       lines in all\n");
}

/* The last lines of --count's output: the class totals and the rest. */
static const char *summary_of(const char *out)
{
	const char *s = strstr(out, "1xx  Informational");
	assert_non_null(s);
	while (s > out && s[-1] != '\n')
		s--;
	return s;
}

static void count_field_is_awks_field(void **state)
{
	(void)state;
	const char log[] =
		"203.0.113.9 - - [10/Oct/2024:13:55:36 -0700] \"GET / HTTP/1.1\" 200 2326 \"-\" "
		"\"curl/8.5.0\"\n"
		"  198.51.100.7\t-  -\t[10/Oct/2024:13:55:37 -0700] \"GET /x HTTP/1.1\" 404 0\r\n"
		"192.0.2.1 - - [10/Oct/2024:13:55:38 -0700] \"GET /y HTTP/1.1\" 499 0 \"-\" \"a b\""
		"\n"
		"short line\n"
		"192.0.2.1 - - [10/Oct/2024:13:55:38 -0700] \"GET /y HTTP/1.1\" 0404 0\n"
		"192.0.2.1 - - [10/Oct/2024:13:55:38 -0700] \"GET /y HTTP/1.1\" 40a 0\n"
		"192.0.2.1 - - [10/Oct/2024:13:55:38 -0700] \"GET /y HTTP/1.1\" 200";
	struct spawn_result r =
		run_with_input(ARGS("--count", "--field", "9"), log, sizeof log - 1);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "2   28.6%  200  OK\n"
				   "2   28.6%  404  Not Found\n"
				   "1   14.3%  499  Client Closed Request (unofficial: nginx)\n"
				   "\n"
				   "0    0.0%  1xx  Informational\n"
				   "2   28.6%  2xx  Successful\n"
				   "0    0.0%  3xx  Redirection\n"
				   "3   42.9%  4xx  Client Error\n"
				   "0    0.0%  5xx  Server Error\n"
				   "0    0.0%       outside 100-599\n"
				   "2   28.6%       no code\n"
				   "7  100.0%       lines in all\n");
	spawn_free(&r);
	expect_count(ARGS("--count", "--field=2"), "a 204\nb 204 c\n",
		     "2  100.0%  204  No Content\n\n"
		     "0    0.0%  1xx  Informational\n"
		     "2  100.0%  2xx  Successful\n"
		     "0    0.0%  3xx  Redirection\n"
		     "0    0.0%  4xx  Client Error\n"
		     "0    0.0%  5xx  Server Error\n"
		     "0    0.0%       outside 100-599\n"
		     "0    0.0%       no code\n"
		     "2  100.0%       lines in all\n");
}

/* Lines longer than any block, a field cut by a block's end, and a million
 * lines: the counts stay exact. */
static void count_reads_any_line_length(void **state)
{
	(void)state;
	size_t pad = 700000, len = 0;
	char *in = malloc(pad + 64);
	assert_non_null(in);
	memset(in, 'x', pad);
	len = pad;
	len += (size_t)sprintf(in + len, " 503\n");
	struct spawn_result r = run_with_input(ARGS("--count", "--field", "2"), in, len);
	assert_int_equal(r.status, 0);
	assert_starts_with(r.out, "1  100.0%  503  Service Unavailable\n");
	spawn_free(&r);
	/* The field first, then the rest of the line over several blocks. */
	memcpy(in, "304 ", 4);
	r = run_with_input(ARGS("--count"), in, len);
	assert_starts_with(r.out, "1  100.0%  304  Not Modified\n");
	spawn_free(&r);
	free(in);

	enum { LINES = 1000000 };
	char *many = malloc(LINES * 4);
	assert_non_null(many);
	for (size_t i = 0; i < LINES; i++)
		memcpy(many + i * 4, i % 4 ? "200\n" : "302\n", 4);
	r = run_with_input(ARGS("--count"), many, LINES * 4);
	assert_int_equal(r.status, 0);
	assert_starts_with(r.out, " 750000   75.0%  200  OK\n"
				  " 250000   25.0%  302  Found\n\n");
	assert_string_equal(summary_of(r.out), "      0    0.0%  1xx  Informational\n"
					       " 750000   75.0%  2xx  Successful\n"
					       " 250000   25.0%  3xx  Redirection\n"
					       "      0    0.0%  4xx  Client Error\n"
					       "      0    0.0%  5xx  Server Error\n"
					       "      0    0.0%       outside 100-599\n"
					       "      0    0.0%       no code\n"
					       "1000000  100.0%       lines in all\n");
	spawn_free(&r);
	free(many);
}

static void count_json_is_one_object_with_the_same_figures(void **state)
{
	(void)state;
	const char input[] = "500\n200\n500\nx\n700\n";
	struct spawn_result r = run_with_input(ARGS("--count", "--json"), input, sizeof input - 1);
	assert_int_equal(r.status, 0);
	struct json *v = json_parse(r.out, r.out_len);
	if (!v)
		fail_msg("not JSON:\n%s", r.out);
	assert_int_equal(json_get(v, "lines")->number, 5);
	const struct json *codes = json_get(v, "codes");
	assert_int_equal(codes->count, 2);
	assert_int_equal(json_get(&codes->items[0], "code")->number, 500);
	assert_int_equal(json_get(&codes->items[0], "count")->number, 2);
	assert_true(json_get(&codes->items[0], "share")->number == 40);
	assert_string_equal(json_get(&codes->items[0], "class")->string, "Server Error");
	assert_string_equal(json_get(&codes->items[0], "phrase")->string, "Internal Server Error");
	assert_int_equal(json_get(&codes->items[1], "code")->number, 200);
	const struct json *classes = json_get(v, "classes");
	assert_int_equal(classes->count, 5);
	assert_string_equal(json_get(&classes->items[4], "range")->string, "5xx");
	assert_string_equal(json_get(&classes->items[4], "class")->string, "Server Error");
	assert_int_equal(json_get(&classes->items[4], "count")->number, 2);
	assert_int_equal(json_get(&classes->items[1], "count")->number, 1);
	assert_int_equal(json_get(v, "outside_range")->number, 1);
	assert_int_equal(json_get(v, "no_code")->number, 1);
	assert_int_equal(json_get(&codes->items[0], "registered")->type, JSON_TRUE);
	assert_int_equal(json_get(&codes->items[0], "source")->type, JSON_NULL);
	json_free(v);
	spawn_free(&r);

	/* A code no registry has: its first unofficial use, or nothing. */
	r = run_with_input(ARGS("--json", "--count"), "471\n499\n499\n444\n444\n444\n", 24);
	v = json_parse(r.out, r.out_len);
	assert_non_null(v);
	codes = json_get(v, "codes");
	assert_int_equal(json_get(&codes->items[0], "code")->number, 444);
	assert_int_equal(json_get(&codes->items[0], "phrase")->type, JSON_NULL);
	assert_int_equal(json_get(&codes->items[0], "registered")->type, JSON_FALSE);
	assert_string_equal(json_get(&codes->items[0], "source")->string, "nginx");
	assert_string_equal(json_get(&codes->items[1], "phrase")->string, "Client Closed Request");
	assert_string_equal(json_get(&codes->items[1], "source")->string, "nginx");
	assert_int_equal(json_get(&codes->items[2], "code")->number, 471);
	assert_int_equal(json_get(&codes->items[2], "phrase")->type, JSON_NULL);
	assert_int_equal(json_get(&codes->items[2], "registered")->type, JSON_FALSE);
	assert_int_equal(json_get(&codes->items[2], "source")->type, JSON_NULL);
	json_free(v);
	spawn_free(&r);
	r = run_with_input(ARGS("--json", "--count", "--registered"), "499\n", 4);
	v = json_parse(r.out, r.out_len);
	assert_non_null(v);
	codes = json_get(v, "codes");
	assert_int_equal(json_get(&codes->items[0], "phrase")->type, JSON_NULL);
	assert_int_equal(json_get(&codes->items[0], "source")->type, JSON_NULL);
	json_free(v);
	spawn_free(&r);
	/* Never coloured, whatever --color says. */
	r = run_with_input(ARGS("--json", "--count", "--color=always"), "", 0);
	v = json_parse(r.out, r.out_len);
	assert_non_null(v);
	assert_int_equal(json_get(v, "codes")->count, 0);
	json_free(v);
	spawn_free(&r);
}

static void count_on_a_terminal_draws_bars_in_eighths(void **state)
{
	(void)state;
	char in[1024], expected[2048];
	size_t len = 0;
	for (int i = 0; i < 100; i++)
		len += (size_t)sprintf(in + len, "200\n");
	for (int i = 0; i < 33; i++)
		len += (size_t)sprintf(in + len, "404\n");
	len += (size_t)sprintf(in + len, "500\n");
	/* 51 columns leave 10 for the bars: 80 eighths for the largest count,
	 * 33/100 of that is 26.4 (three blocks and a quarter), and 1/100 still
	 * gets an eighth. */
	snprintf(expected, sizeof expected,
		 "100   74.6%%  200  %-21s  \u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588"
		 "\u2588\n"
		 " 33   24.6%%  404  %-21s  \u2588\u2588\u2588\u258e\n"
		 "  1    0.7%%  500  %-21s  \u258f\n"
		 "\n",
		 "OK", "Not Found", "Internal Server Error");
	struct spawn_result r = run_opts(ARGS("--count", "--color=never"), in, len,
					 (struct spawn_options){.pty_columns = 51});
	assert_int_equal(r.status, 0);
	assert_starts_with(r.out, expected);
	spawn_free(&r);
	/* A count far below an eighth of the largest bar still shows one. */
	char *tiny = malloc(2000 * 4 + 4);
	assert_non_null(tiny);
	for (int i = 0; i < 2000; i++)
		memcpy(tiny + i * 4, "200\n", 4);
	memcpy(tiny + 2000 * 4, "500\n", 4);
	r = run_opts(ARGS("--count", "--color=never"), tiny, 2001 * 4,
		     (struct spawn_options){.pty_columns = 60});
	assert_non_null(strstr(r.out, "   1    0.0%  500  Internal Server Error  \u258f\n"));
	spawn_free(&r);
	free(tiny);
	/* Too narrow for a bar: none. */
	r = run_opts(ARGS("--count", "--color=never"), in, len,
		     (struct spawn_options){.pty_columns = 40});
	assert_starts_with(r.out, "100   74.6%  200  OK\n");
	spawn_free(&r);
	/* A wide terminal: bars of at most 40 columns. */
	r = run_opts(ARGS("--count", "--color=never"), in, len,
		     (struct spawn_options){.pty_columns = 200});
	assert_non_null(strstr(r.out, "OK                     "
				      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588"
				      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588"
				      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588"
				      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588"
				      "\n"));
	spawn_free(&r);
}

static void count_on_a_narrow_terminal_cuts_a_long_label_not_its_source(void **state)
{
	(void)state;
	const char in[] = "200\n520\n";
	/* 80 columns: the labels get 48 (the bars 14); Cloudflare's loses the end
	 * of its phrase. */
	struct spawn_result r = run_opts(ARGS("--count", "--color=never"), in, sizeof in - 1,
					 (struct spawn_options){.pty_columns = 80});
	assert_non_null(strstr(r.out, "1   50.0%  200  OK" /* then padding */));
	assert_non_null(strstr(r.out, "1   50.0%  520  Web server is returnin\u2026 (unofficial: "
				      "Cloudflare)  \u2588\u2588\u2588\u2588\u2588\u2588\u2588"
				      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\n"));
	spawn_free(&r);
	/* Wide enough for all of it and full bars: nothing is cut. */
	r = run_opts(ARGS("--count", "--color=never"), in, sizeof in - 1,
		     (struct spawn_options){.pty_columns = 200});
	assert_non_null(strstr(r.out, "520  Web server is returning an unknown error (unofficial: "
				      "Cloudflare)  \u2588"));
	spawn_free(&r);
}

static void count_colours_codes_and_bars_by_class(void **state)
{
	(void)state;
	static const char *const env[] = {"NO_COLOR", "TERM=xterm", NULL};
	struct spawn_result r = run_opts(ARGS("--count"), "404\n", 4,
					 (struct spawn_options){.pty_columns = 80, .env = env});
	assert_starts_with(r.out, "1  100.0%  \033[33m404\033[0m  Not Found  \033[33m\u2588");
	assert_non_null(strstr(r.out, "\033[0m\n\n"));
	assert_non_null(strstr(r.out, "1  100.0%  \033[33m4xx\033[0m  Client Error\n"));
	assert_non_null(strstr(r.out, "0    0.0%  \033[35m1xx\033[0m  Informational\n"));
	spawn_free(&r);
	r = run_with_input(ARGS("--count", "--colour=always"), "201\n", 4);
	assert_starts_with(r.out, "1  100.0%  \033[32m201\033[0m  Created\n");
	spawn_free(&r);
}

static void count_usage_errors_exit_2(void **state)
{
	(void)state;
	const char *const *const usages[] = {
		ARGS("--count", "404"),         ARGS("--count", "-"),
		ARGS("--count", "-l"),          ARGS("--count", "--field", "0"),
		ARGS("--count", "--field=x"),   ARGS("--count", "--field", "9x"),
		ARGS("--count", "--field"),     ARGS("--count", "--field", "1000001"),
		ARGS("--count", "--field=-1"),  ARGS("--field", "9", "404"),
		ARGS("--color=sometimes", "1"), ARGS("--colour=", "1"),
		ARGS("--searchx", "1"),         ARGS("--fields=9", "--count"),
	};
	for (size_t i = 0; i < sizeof usages / sizeof usages[0]; i++) {
		struct spawn_result r = run(usages[i]);
		if (r.status != 2 || r.out_len != 0 || !strstr(r.err, "usage: httpstatus"))
			fail_msg("usage %zu: exit %d, stdout %s, stderr %s", i, r.status, r.out,
				 r.err);
		spawn_free(&r);
	}
	expect(ARGS("--count", "--field", "0"), 2, "",
	       "httpstatus: --field needs a number from 1 to 1000000, not 0\n" USAGE);
}

static void count_reports_an_unreadable_stdin(void **state)
{
	(void)state;
	struct spawn_result r = run_in_shell("exec \"$0\" \"$@\" --count < /");
	assert_int_equal(r.status, 2);
	assert_string_equal(r.err, "httpstatus: cannot read standard input: Is a directory\n");
	assert_int_equal(r.out_len, 0);
	spawn_free(&r);
}

/* ---- Colour ---------------------------------------------------------------------- */

static void color_always_colours_codes_by_class(void **state)
{
	(void)state;
	expect(ARGS("--color=always", "100", "200", "301", "404", "500"), 0,
	       "\033[35m100\033[0m Continue\n"
	       "\033[32m200\033[0m OK\n"
	       "\033[36m301\033[0m Moved Permanently\n"
	       "\033[33m404\033[0m Not Found\n"
	       "\033[31m500\033[0m Internal Server Error\n",
	       "");
	expect(ARGS("--colour", "418"), 0, "\033[33m418\033[0m I'm a Teapot\n", "");
	expect(ARGS("418", "--color"), 0, "\033[33m418\033[0m I'm a Teapot\n", "");
	struct spawn_result r = run(ARGS("--color=always", "-l", "204"));
	assert_starts_with(r.out, "\033[32m204\033[0m No Content\n  Name:");
	spawn_free(&r);
	/* Failures and JSON stay plain. */
	expect(ARGS("--color=always", "299"), 1, "",
	       "httpstatus: 299: not a known status code (2xx Successful)\n");
	struct json *v = run_json(ARGS("--color=always", "--json", "404"), 0);
	assert_json_is_code(v, 404);
	json_free(v);
}

/* stdout of httpstatus 404 on a terminal, with env. */
static char *on_a_terminal(const char *option, const char *const *env)
{
	struct spawn_result r = run_opts(option ? ARGS(option, "404") : ARGS("404"), NULL, 0,
					 (struct spawn_options){.pty_columns = 80, .env = env});
	assert_int_equal(r.status, 0);
	free(r.err);
	return r.out;
}

static void color_auto_colours_a_terminal_only(void **state)
{
	(void)state;
	static const char *const plain_env[] = {"NO_COLOR", "TERM=xterm", NULL};
	static const char *const empty_no_color[] = {"NO_COLOR=", "TERM=xterm", NULL};
	static const char *const no_color[] = {"NO_COLOR=1", "TERM=xterm", NULL};
	static const char *const dumb[] = {"NO_COLOR", "TERM=dumb", NULL};
	static const char *const no_term[] = {"NO_COLOR", "TERM", NULL};
	const char colored[] = "\033[33m404\033[0m Not Found\n", plain[] = "404 Not Found\n";
	const struct {
		const char *option;
		const char *const *env;
		const char *out;
	} cases[] = {
		{NULL, plain_env, colored},
		{"--color=auto", plain_env, colored},
		{NULL, empty_no_color, colored},
		{NULL, no_term, colored},
		{NULL, no_color, plain},
		{NULL, dumb, plain},
		{"--color=never", plain_env, plain},
		{"--color=always", no_color, colored},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *out = on_a_terminal(cases[i].option, cases[i].env);
		if (strcmp(out, cases[i].out) != 0)
			fail_msg("case %zu: %s", i, out);
		free(out);
	}
	/* Into a pipe, auto is plain. */
	struct spawn_result r = run_opts(ARGS("--color=auto", "404"), NULL, 0,
					 (struct spawn_options){.env = plain_env});
	assert_string_equal(r.out, plain);
	spawn_free(&r);
}

/* ---- Unofficial uses ---------------------------------------------------------- */

/* What the default format prints for a use, made from the library's fields:
 * the phrase or the name in lower-case words, the source, and the wire in
 * words unless it is "sent". */
static void append_use_line(char *out, size_t size, int code, size_t index)
{
	struct httpstatus_unofficial u;
	assert_true(httpstatus_unofficial(code, index, &u));
	char title[256], wire[64] = "";
	size_t n = strlen(out);
	if (u.phrase)
		snprintf(title, sizeof title, "%s", u.phrase);
	else
		for (size_t i = 0; (title[i] = u.name[i]) != '\0'; i++)
			title[i] = title[i] == '_'                      ? ' '
				   : title[i] >= 'A' && title[i] <= 'Z' ? (char)(title[i] + 32)
									: title[i];
	if (strcmp(u.wire, "sent") != 0) {
		snprintf(wire, sizeof wire, ", %s", u.wire);
		for (char *c = wire; *c; c++)
			*c = *c == '-' ? ' ' : *c;
	}
	snprintf(out + n, size - n, "%d %s (unofficial: %s%s)\n", code, title, u.source, wire);
}

static void unofficial_code_is_answered_with_its_source(void **state)
{
	(void)state;
	expect(ARGS("520"), 0,
	       "520 Web server is returning an unknown error (unofficial: Cloudflare)\n", "");
	expect(ARGS("444"), 0,
	       "444 connection closed without response (unofficial: nginx, log only)\n", "");
	expect(ARGS("495"), 0, "495 The SSL certificate error (unofficial: nginx, sent as 400)\n",
	       "");
	expect(ARGS("498"), 0, "498 Invalid Token (unofficial: Esri, in body)\n", "");
	expect(ARGS("599"), 0,
	       "599 Network connect timeout error (unofficial: Client libraries, client side)\n",
	       "");
	expect(ARGS("HTTP/1.1 522 Origin Timeout"), 0,
	       "522 Connection timed out (unofficial: Cloudflare)\n", "");
	/* Still unknown: a code nobody uses. */
	expect(ARGS("471"), 1, "", "httpstatus: 471: not a known status code (4xx Client Error)\n");
}

static void a_code_with_two_uses_gives_a_line_each(void **state)
{
	(void)state;
	expect(ARGS("499"), 0,
	       "499 Client Closed Request (unofficial: nginx, log only)\n"
	       "499 Token Required (unofficial: Esri, in body)\n",
	       "");
	expect(ARGS("420", "530"), 0,
	       "420 Enhance Your Calm (unofficial: Twitter)\n"
	       "420 Method Failure (unofficial: Spring)\n"
	       "530 error 1xxx (unofficial: Cloudflare)\n"
	       "530 Site is frozen (unofficial: Pantheon)\n",
	       "");
	struct spawn_result r = run_with_input(ARGS("-"), "499\n\n520\n", 9);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "499 Client Closed Request (unofficial: nginx, log only)\n"
				   "499 Token Required (unofficial: Esri, in body)\n"
				   "\n"
				   "520 Web server is returning an unknown error (unofficial: "
				   "Cloudflare)\n");
	spawn_free(&r);
}

static void a_registered_code_with_a_use_shows_the_use_in_long_form(void **state)
{
	(void)state;
	const char registered[] = "451 Unavailable For Legal Reasons\n"
				  "  Name:          UNAVAILABLE_FOR_LEGAL_REASONS\n"
				  "  Class:         4xx Client Error\n"
				  "  Flags:         iana, cacheable\n"
				  "  Reference:     RFC 7725, Section 3\n"
				  "  Description:   Access is denied because of a legal demand\n";
	const char use[] = "451 Redirect (unofficial: Microsoft Exchange)\n"
			   "  Name:          REDIRECT\n"
			   "  Class:         4xx Client Error\n"
			   "  Source:        Microsoft Exchange\n"
			   "  Wire:          sent\n"
			   "  Reference:     Microsoft [MS-ASHTTP] 2.2.2.1.1\n"
			   "  Description:   ActiveSync client should use the server in "
			   "X-MS-Location; clashes with registered 451\n";
	char expected[2048];
	expect(ARGS("451"), 0, "451 Unavailable For Legal Reasons\n", "");
	snprintf(expected, sizeof expected, "%s\n%s", registered, use);
	expect(ARGS("-l", "451"), 0, expected, "");
	expect(ARGS("-l", "--registered", "451"), 0, registered, "");
	/* In a list only the registered code: the use is not of the class. */
	struct spawn_result r = run(ARGS("-l", "4xx"));
	assert_non_null(strstr(r.out, registered));
	assert_null(strstr(r.out, "Microsoft Exchange"));
	spawn_free(&r);
	/* In JSON the use is inside the code's object. */
	struct json *v = run_json(ARGS("--json", "451"), 0);
	assert_json_is_code(v, 451);
	assert_int_equal(json_get(v, "unofficial")->count, 1);
	json_free(v);
	v = run_json(ARGS("--json", "--registered", "451"), 0);
	assert_json_is_code_of(v, 451, true);
	json_free(v);
}

static void long_format_of_a_use_has_its_wire_reference_and_description(void **state)
{
	(void)state;
	expect(ARGS("--long", "499"), 0,
	       "499 Client Closed Request (unofficial: nginx, log only)\n"
	       "  Name:          CLIENT_CLOSED_REQUEST\n"
	       "  Class:         4xx Client Error\n"
	       "  Source:        nginx\n"
	       "  Wire:          log-only\n"
	       "  Reference:     nginx src/http/ngx_http_request.h "
	       "(NGX_HTTP_CLIENT_CLOSED_REQUEST)\n"
	       "  Description:   The client went away before nginx could send its response\n"
	       "\n"
	       "499 Token Required (unofficial: Esri, in body)\n"
	       "  Name:          TOKEN_REQUIRED\n"
	       "  Class:         4xx Client Error\n"
	       "  Source:        Esri\n"
	       "  Wire:          in-body\n"
	       "  Reference:     Esri ArcGIS REST API docs, error codes\n"
	       "  Description:   ArcGIS Server needs an access token and the request carried "
	       "none\n",
	       "");
	/* A use without a phrase says so. */
	expect(ARGS("-l", "460"), 0,
	       "460 client closed load balanced request (unofficial: AWS ELB, log only)\n"
	       "  Name:          CLIENT_CLOSED_LOAD_BALANCED_REQUEST\n"
	       "  Phrase:        none given by AWS ELB\n"
	       "  Class:         4xx Client Error\n"
	       "  Source:        AWS ELB\n"
	       "  Wire:          log-only\n"
	       "  Reference:     AWS ELB docs, Troubleshoot your Application Load Balancers\n"
	       "  Description:   The client hung up on the load balancer before the idle timeout "
	       "ran out\n",
	       "");
	/* Blocks of several queries are separated alike, lists or not. */
	struct spawn_result r = run(ARGS("-l", "520", "420"));
	assert_non_null(strstr(r.out, "understood\n\n420 Enhance Your Calm"));
	spawn_free(&r);
}

static void phrases_names_and_constants_of_uses_are_queries(void **state)
{
	(void)state;
	const char calm[] = "420 Enhance Your Calm (unofficial: Twitter)\n",
		   nginx[] = "499 Client Closed Request (unofficial: nginx, log only)\n",
		   esri[] = "499 Token Required (unofficial: Esri, in body)\n";
	expect(ARGS("enhance your calm"), 0, calm, "");
	expect(ARGS("ENHANCE_YOUR_CALM"), 0, calm, "");
	expect(ARGS("client_closed_request"), 0, nginx, "");
	expect(ARGS("Client-Closed-Request"), 0, nginx, "");
	expect(ARGS("client closed request"), 0, nginx, "");
	expect(ARGS("HTTP_STATUS_NGINX_CLIENT_CLOSED_REQUEST"), 0, nginx, "");
	expect(ARGS("nginx_client_closed_request"), 0, nginx, "");
	expect(ARGS("token required"), 0, esri, "");
	expect(ARGS("HTTP_STATUS_ESRI_TOKEN_REQUIRED"), 0, esri, "");
	expect(ARGS("http_status_client_libraries_network_read_timeout_error"), 0,
	       "598 Network read timeout error (unofficial: Client libraries, client side)\n", "");
	expect(ARGS("connection closed without response"), 0,
	       "444 connection closed without response (unofficial: nginx, log only)\n", "");
	/* A code and one of its uses' phrase or name: that use. */
	expect(ARGS("499 Token Required"), 0, esri, "");
	expect(ARGS("499 client_closed_request"), 0, nginx, "");
	expect(ARGS("451 Redirect"), 0, "451 Redirect (unofficial: Microsoft Exchange)\n", "");
	expect(ARGS("Redirect"), 0, "451 Redirect (unofficial: Microsoft Exchange)\n", "");
	/* The tool reads its own lines back, the source after the phrase too. */
	struct spawn_result own = run(ARGS("--unofficial"));
	struct spawn_result again = run_with_input(ARGS("-"), own.out, own.out_len);
	assert_int_equal(again.status, 0);
	assert_string_equal(again.out, own.out);
	spawn_free(&again);
	spawn_free(&own);
	expect(ARGS("499 Client Closed Request (unofficial: somebody)"), 0, nginx, "");
	expect(ARGS("499 Client Closed Request (unofficial: nginx"), 1, "",
	       "httpstatus: 499 Client Closed Request (unofficial: nginx: 499 is Client Closed "
	       "Request or Token Required\n");
	expect(ARGS("499 (unofficial: nginx)"), 1, "",
	       "httpstatus: 499 (unofficial: nginx): 499 is Client Closed Request or Token "
	       "Required\n");
	/* Not a constant: the plain name after HTTP_STATUS_, a source alone. */
	expect(ARGS("HTTP_STATUS_CLIENT_CLOSED_REQUEST"), 1, "",
	       "httpstatus: HTTP_STATUS_CLIENT_CLOSED_REQUEST: no status code matches\n");
	expect(ARGS("nginx_"), 1, "", "httpstatus: nginx_: no status code matches\n");
	expect(ARGS("foobar_method_failure"), 1, "",
	       "httpstatus: foobar_method_failure: no status code matches; did you mean "
	       "METHOD_FAILURE?\n");
	/* Longer than any name: a code's uses are not compared with it. */
	char query[400];
	snprintf(query, sizeof query, "499 %0300d", 0);
	struct spawn_result r = run(ARGS(query));
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, "...: 499 is Client Closed Request or Token Required\n"));
	spawn_free(&r);
}

static void registered_names_and_phrases_come_before_uses(void **state)
{
	(void)state;
	/* Shopify's 430 has 431's name and phrase, AWS's 561 401's. */
	expect(ARGS("request header fields too large"), 0, "431 Request Header Fields Too Large\n",
	       "");
	expect(ARGS("REQUEST_HEADER_FIELDS_TOO_LARGE"), 0, "431 Request Header Fields Too Large\n",
	       "");
	expect(ARGS("unauthorized"), 0, "401 Unauthorized\n", "");
	expect(ARGS("shopify_request_header_fields_too_large"), 0,
	       "430 Request Header Fields Too Large (unofficial: Shopify)\n", "");
	expect(ARGS("HTTP_STATUS_AWS_ELB_UNAUTHORIZED"), 0,
	       "561 Unauthorized (unofficial: AWS ELB)\n", "");
	expect(ARGS("561 Unauthorized"), 0, "561 Unauthorized (unofficial: AWS ELB)\n", "");
	expect(ARGS("401 Unauthorized"), 0, "401 Unauthorized\n", "");
}

static void a_code_and_another_ones_phrase_says_whose_it_is(void **state)
{
	(void)state;
	expect(ARGS("499 enhance your calm"), 1, "",
	       "httpstatus: 499 enhance your calm: 499 is Client Closed Request or Token Required "
	       "(Enhance Your Calm is 420)\n");
	expect(ARGS("404 client closed request"), 1, "",
	       "httpstatus: 404 client closed request: 404 is Not Found (Client Closed Request is "
	       "499)\n");
	expect(ARGS("451 Token Required"), 1, "",
	       "httpstatus: 451 Token Required: 451 is Unavailable For Legal Reasons or Redirect "
	       "(Token Required is 499)\n");
	expect(ARGS("444 Not Found"), 1, "",
	       "httpstatus: 444 Not Found: 444 is connection closed without response (Not Found is "
	       "404)\n");
	expect(ARGS("520 whatever"), 1, "",
	       "httpstatus: 520 whatever: 520 is Web server is returning an unknown error\n");
	expect(ARGS("--registered", "451 Redirect"), 1, "",
	       "httpstatus: 451 Redirect: 451 is Unavailable For Legal Reasons\n");
	expect(ARGS("--registered", "404 client closed request"), 1, "",
	       "httpstatus: 404 client closed request: 404 is Not Found\n");
}

static void unofficial_lists_every_use(void **state)
{
	(void)state;
	char expected[8192] = "";
	struct httpstatus_unofficial u;
	size_t uses = 0;
	for (int c = 100; c < 600; c++)
		for (size_t i = 0; httpstatus_unofficial(c, i, &u); i++, uses++)
			append_use_line(expected, sizeof expected, c, i);
	assert_true(uses >= 33);
	expect(ARGS("--unofficial"), 0, expected, "");

	struct json *v = run_json(ARGS("--json", "--unofficial"), 0);
	assert_int_equal(v->type, JSON_ARRAY);
	assert_int_equal(v->count, uses);
	size_t n = 0;
	for (int c = 100; c < 600; c++)
		for (size_t i = 0; httpstatus_unofficial(c, i, &u); i++)
			assert_json_is_use(&v->items[n++], c, i);
	json_free(v);
	expect(ARGS("--registered", "--unofficial"), 2, "",
	       "httpstatus: choose one of --registered and --unofficial\n" USAGE);
}

static void search_covers_uses_and_methods(void **state)
{
	(void)state;
	expect(ARGS("--search", "NGINX"), 0,
	       "444 connection closed without response (unofficial: nginx, log only)\n"
	       "494 Request Header Or Cookie Too Large (unofficial: nginx, sent as 400)\n"
	       "495 The SSL certificate error (unofficial: nginx, sent as 400)\n"
	       "496 No required SSL certificate was sent (unofficial: nginx, sent as 400)\n"
	       "497 The plain HTTP request was sent to HTTPS port (unofficial: nginx, sent as "
	       "400)\n"
	       "499 Client Closed Request (unofficial: nginx, log only)\n",
	       "");
	expect(ARGS("--search", "log-only"), 0,
	       "444 connection closed without response (unofficial: nginx, log only)\n"
	       "460 client closed load balanced request (unofficial: AWS ELB, log only)\n"
	       "499 Client Closed Request (unofficial: nginx, log only)\n",
	       "");
	/* Descriptions and tokens of methods too, after the codes. */
	expect(ARGS("--search", "representation"), 0,
	       "300 Multiple Choices\n"
	       "406 Not Acceptable\n"
	       "416 Range Not Satisfiable\n"
	       "GET method: safe, idempotent, cacheable (RFC 9110, Section 9.3.1)\n"
	       "PUT method: not safe, idempotent, not cacheable (RFC 9110, Section 9.3.4)\n",
	       "");
	expect(ARGS("--search", "tunnel"), 0,
	       "CONNECT method: not safe, not idempotent, not cacheable (RFC 9110, Section "
	       "9.3.6)\n",
	       "");
	expect(ARGS("--search", "calendar"), 0,
	       "MKCALENDAR method: not safe, idempotent, not cacheable (RFC 4791, Section 5.3.1; "
	       "RFC 8144, Section 2.3)\n",
	       "");
	expect(ARGS("--search", "timeout", "--registered"), 0,
	       "408 Request Timeout\n504 Gateway Timeout\n", "");
	expect(ARGS("--registered", "--search", "nginx"), 1, "",
	       "httpstatus: nginx: no status code matches\n");
	struct json *v = run_json(ARGS("--json", "--search", "esri"), 0);
	assert_int_equal(v->count, 2);
	assert_json_is_use(&v->items[0], 498, 0);
	assert_json_is_use(&v->items[1], 499, 1);
	json_free(v);
}

static void registered_restores_the_old_answers(void **state)
{
	(void)state;
	expect(ARGS("--registered", "499"), 1, "",
	       "httpstatus: 499: not a known status code (4xx Client Error)\n");
	expect(ARGS("--registered", "enhance your calm"), 1, "",
	       "httpstatus: enhance your calm: no status code matches\n");
	expect(ARGS("--registered", "HTTP/1.1 520 Oops"), 1, "",
	       "httpstatus: HTTP/1.1 520 Oops: not a known status code (5xx Server Error)\n");
	expect(ARGS("404", "--registered", "451"), 0,
	       "404 Not Found\n451 Unavailable For Legal Reasons\n", "");
	struct spawn_result r = run_with_input(ARGS("--registered", "-"), "499\n200\n", 8);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.out, "? 499: not a known status code (4xx Client Error)\n200 OK\n");
	spawn_free(&r);
	expect_count(ARGS("--count", "--registered"), "499\n",
		     "1  100.0%  499  not a known status code\n"
		     "\n"
		     "0    0.0%  1xx  Informational\n"
		     "0    0.0%  2xx  Successful\n"
		     "0    0.0%  3xx  Redirection\n"
		     "1  100.0%  4xx  Client Error\n"
		     "0    0.0%  5xx  Server Error\n"
		     "0    0.0%       outside 100-599\n"
		     "0    0.0%       no code\n"
		     "1  100.0%       lines in all\n");
}

static void json_of_a_use_says_it_is_not_registered(void **state)
{
	(void)state;
	struct json *v = run_json(ARGS("--json", "520"), 0);
	assert_json_is_use(v, 520, 0);
	json_free(v);
	v = run_json(ARGS("--json", "444"), 0);
	assert_json_is_use(v, 444, 0);
	json_free(v);
	v = run_json(ARGS("--json", "token required"), 0);
	assert_json_is_use(v, 499, 1);
	json_free(v);
	v = run_json(ARGS("--json", "499"), 0);
	assert_int_equal(v->type, JSON_ARRAY);
	assert_int_equal(v->count, 2);
	assert_json_is_use(&v->items[0], 499, 0);
	assert_json_is_use(&v->items[1], 499, 1);
	json_free(v);
	v = run_json(ARGS("--json", "404", "420"), 0);
	assert_int_equal(v->count, 3);
	assert_json_is_code(&v->items[0], 404);
	assert_json_is_use(&v->items[1], 420, 0);
	assert_json_is_use(&v->items[2], 420, 1);
	json_free(v);
	/* JSON Lines: each query's answer on its line, an array for two uses. */
	struct spawn_result r = run_with_input(ARGS("--json", "-"), "499\n520\n", 8);
	enum json_type types[4];
	assert_int_equal(assert_json_lines(r.out, types, 4), 2);
	assert_int_equal(types[0], JSON_ARRAY);
	assert_int_equal(types[1], JSON_OBJECT);
	spawn_free(&r);
	expect_json_failure("471", "not a known status code (4xx Client Error)", "471",
			    "Client Error");
}

static void uses_are_coloured_by_class(void **state)
{
	(void)state;
	expect(ARGS("--color=always", "520", "get"), 0,
	       "\033[31m520\033[0m Web server is returning an unknown error (unofficial: "
	       "Cloudflare)\n"
	       "GET method: safe, idempotent, cacheable (RFC 9110, Section 9.3.1)\n",
	       "httpstatus: get: methods are case-sensitive on the wire; showing GET\n");
	expect_count(ARGS("--count", "--color=always"), "444\n",
		     "1  100.0%  \033[33m444\033[0m  connection closed without response "
		     "(unofficial: nginx)\n"
		     "\n"
		     "0    0.0%  \033[35m1xx\033[0m  Informational\n"
		     "0    0.0%  \033[32m2xx\033[0m  Successful\n"
		     "0    0.0%  \033[36m3xx\033[0m  Redirection\n"
		     "1  100.0%  \033[33m4xx\033[0m  Client Error\n"
		     "0    0.0%  \033[31m5xx\033[0m  Server Error\n"
		     "0    0.0%       outside 100-599\n"
		     "0    0.0%       no code\n"
		     "1  100.0%       lines in all\n");
}

/* ---- Methods ------------------------------------------------------------------ */

/* A JSON object from the CLI holds exactly what the library says of m. */
static void assert_json_is_method(const struct json *o, enum httpstatus_method m)
{
	static const char *const keys[] = {"method",    "id",        "safe",       "idempotent",
					   "cacheable", "reference", "description"};
	assert_non_null(o);
	assert_int_equal(o->type, JSON_OBJECT);
	assert_int_equal(o->count, 7);
	for (size_t i = 0; i < 7; i++)
		assert_string_equal(o->items[i].key, keys[i]);
	assert_string_equal(json_get(o, "method")->string, httpstatus_method_name(m));
	assert_int_equal(json_get(o, "id")->number, m);
	assert_int_equal(json_get(o, "safe")->type,
			 httpstatus_method_is_safe(m) ? JSON_TRUE : JSON_FALSE);
	assert_int_equal(json_get(o, "idempotent")->type,
			 httpstatus_method_is_idempotent(m) ? JSON_TRUE : JSON_FALSE);
	assert_int_equal(json_get(o, "cacheable")->type,
			 httpstatus_method_is_cacheable(m) ? JSON_TRUE : JSON_FALSE);
	assert_string_equal(json_get(o, "reference")->string, httpstatus_method_reference(m));
	assert_string_equal(json_get(o, "description")->string, httpstatus_method_description(m));
}

static void a_method_is_answered_with_its_properties(void **state)
{
	(void)state;
	expect(ARGS("GET"), 0,
	       "GET method: safe, idempotent, cacheable (RFC 9110, Section 9.3.1)\n", "");
	expect(ARGS("POST", "PATCH"), 0,
	       "POST method: not safe, not idempotent, cacheable (RFC 9110, Section 9.3.3)\n"
	       "PATCH method: not safe, not idempotent, not cacheable (RFC 5789, Section 2)\n",
	       "");
	const char baseline[] = "BASELINE-CONTROL method: not safe, idempotent, not cacheable "
				"(RFC 3253, Section 12.6)\n";
	expect(ARGS("BASELINE-CONTROL"), 0, baseline, "");
	expect(ARGS("HTTP_METHOD_BASELINE_CONTROL"), 0, baseline, "");
	expect(ARGS("http_method_get"), 0,
	       "GET method: safe, idempotent, cacheable (RFC 9110, Section 9.3.1)\n", "");
	expect(ARGS("-l", "GET"), 0,
	       "GET method: safe, idempotent, cacheable\n"
	       "  Reference:     RFC 9110, Section 9.3.1\n"
	       "  Description:   Transfer a current representation of the target resource\n",
	       "");
	struct json *v = run_json(ARGS("--json", "GET"), 0);
	assert_json_is_method(v, HTTP_METHOD_GET);
	json_free(v);
	v = run_json(ARGS("--json", "CONNECT", "QUERY"), 0);
	assert_int_equal(v->count, 2);
	assert_json_is_method(&v->items[0], HTTP_METHOD_CONNECT);
	assert_json_is_method(&v->items[1], HTTP_METHOD_QUERY);
	json_free(v);
}

static void a_method_in_another_case_is_answered_with_a_note(void **state)
{
	(void)state;
	const char get[] = "GET method: safe, idempotent, cacheable (RFC 9110, Section 9.3.1)\n";
	expect(ARGS("get"), 0, get,
	       "httpstatus: get: methods are case-sensitive on the wire; showing GET\n");
	expect(ARGS("Get"), 0, get,
	       "httpstatus: Get: methods are case-sensitive on the wire; showing GET\n");
	expect(ARGS("baseline-control"), 0,
	       "BASELINE-CONTROL method: not safe, idempotent, not cacheable (RFC 3253, Section "
	       "12.6)\n",
	       "httpstatus: baseline-control: methods are case-sensitive on the wire; showing "
	       "BASELINE-CONTROL\n");
	struct json *v = run_json(ARGS("--json", "delete"), 0);
	assert_json_is_method(v, HTTP_METHOD_DELETE);
	json_free(v);
	struct spawn_result r = run_with_input(ARGS("-"), "get\nGET\n", 8);
	assert_int_equal(r.status, 0);
	char twice[256];
	snprintf(twice, sizeof twice, "%s%s", get, get);
	assert_string_equal(r.out, twice);
	assert_string_equal(
		r.err, "httpstatus: get: methods are case-sensitive on the wire; showing GET\n");
	spawn_free(&r);
}

static void star_is_reserved_not_a_method(void **state)
{
	(void)state;
	expect(ARGS("*"), 1, "",
	       "httpstatus: *: reserved, not a method (RFC 9110, Section 18.2)\n");
	expect_json_failure("*", "reserved, not a method (RFC 9110, Section 18.2)", NULL, NULL);
	struct spawn_result r = run(ARGS("GET", "get", "*"));
	assert_int_equal(r.status, 1);
	spawn_free(&r);
}

static void methods_lists_every_method(void **state)
{
	(void)state;
	char expected[8192] = "";
	size_t n = 0, count = 0;
	for (enum httpstatus_method m = httpstatus_method_next(HTTP_METHOD_UNKNOWN); m;
	     m = httpstatus_method_next(m), count++) {
		n += (size_t)snprintf(
			expected + n, sizeof expected - n, "%s method: %s, %s, %s (%s)\n",
			httpstatus_method_name(m),
			httpstatus_method_is_safe(m) ? "safe" : "not safe",
			httpstatus_method_is_idempotent(m) ? "idempotent" : "not idempotent",
			httpstatus_method_is_cacheable(m) ? "cacheable" : "not cacheable",
			httpstatus_method_reference(m));
	}
	assert_int_equal(count, httpstatus_method_count());
	expect(ARGS("--methods"), 0, expected, "");
	struct json *v = run_json(ARGS("--methods", "--json"), 0);
	assert_int_equal(v->type, JSON_ARRAY);
	assert_int_equal(v->count, count);
	size_t i = 0;
	for (enum httpstatus_method m = httpstatus_method_next(HTTP_METHOD_UNKNOWN); m;
	     m = httpstatus_method_next(m))
		assert_json_is_method(&v->items[i++], m);
	json_free(v);
}

static void codes_come_first_then_uses_then_methods(void **state)
{
	(void)state;
	/* No method is a status name or phrase (the generator sees to it), so a
	 * query in any case that names a code is the code's. */
	expect(ARGS("ok", "OK", "Continue"), 0, "200 OK\n200 OK\n100 Continue\n", "");
	expect(ARGS("OPTIONS"), 0,
	       "OPTIONS method: safe, idempotent, not cacheable (RFC 9110, Section 9.3.7)\n", "");
	/* A word that was searched for is now a method, with the note. */
	expect(ARGS("search"), 0,
	       "SEARCH method: safe, idempotent, not cacheable (RFC 5323, Section 2)\n",
	       "httpstatus: search: methods are case-sensitive on the wire; showing SEARCH\n");
}

static void near_misses_of_uses_and_methods_get_did_you_mean(void **state)
{
	(void)state;
	expect(ARGS("enhance your clam"), 1, "",
	       "httpstatus: enhance your clam: no status code matches; did you mean Enhance Your "
	       "Calm?\n");
	expect(ARGS("CLIENT_CLOSED_REQEST"), 1, "",
	       "httpstatus: CLIENT_CLOSED_REQEST: no status code matches; did you mean "
	       "CLIENT_CLOSED_REQUEST?\n");
	expect(ARGS("GTE"), 1, "", "httpstatus: GTE: no status code matches; did you mean GET?\n");
	expect(ARGS("PSOT"), 1, "",
	       "httpstatus: PSOT: no status code matches; did you mean POST?\n");
	expect(ARGS("--registered", "enhance your clam"), 1, "",
	       "httpstatus: enhance your clam: no status code matches\n");
	/* A name two codes share is offered once. */
	expect(ARGS("UNAUTHORISED"), 1, "",
	       "httpstatus: UNAUTHORISED: no status code matches; did you mean UNAUTHORIZED?\n");
}

static void completion_words_are_classes_codes_names_and_methods(void **state)
{
	(void)state;
	struct spawn_result r = run(ARGS("--complete"));
	assert_int_equal(r.status, 0);
	assert_starts_with(r.out, "1xx\n2xx\n3xx\n4xx\n5xx\n100\ncontinue\n");
	for (int c = httpstatus_next(0); c; c = httpstatus_next(c)) {
		char word[128];
		snprintf(word, sizeof word, "\n%d\n", c);
		assert_non_null(strstr(r.out, word));
	}
	assert_non_null(strstr(r.out, "\nnot_found\n"));
	assert_non_null(strstr(r.out, "\nhttp_version_not_supported\n"));
	/* Unofficial codes and names, methods in their own case. */
	assert_non_null(strstr(r.out, "\n499\nclient_closed_request\ntoken_required\n"));
	assert_non_null(strstr(r.out, "\n561\naws_elb_unauthorized\n"));
	assert_non_null(strstr(r.out, "\nGET\nHEAD\n"));
	assert_non_null(strstr(r.out, "\nBASELINE-CONTROL\n"));
	/* Every word is a query the tool answers as it is. */
	struct spawn_result answers = run_with_input(ARGS("-"), r.out, r.out_len);
	assert_int_equal(answers.status, 0);
	assert_string_equal(answers.err, "");
	assert_null(strstr(answers.out, "\n? "));
	spawn_free(&answers);
	spawn_free(&r);
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 1, "HTTPSTATUS");
	cli = argv[1];
	struct CMUnitTest tests[] = {
		cmocka_unit_test(code_prints_code_and_phrase),
		cmocka_unit_test(name_in_any_case_and_separator_prints_its_code),
		cmocka_unit_test(phrase_in_any_case_prints_its_code),
		cmocka_unit_test(class_prints_every_known_code_of_it),
		cmocka_unit_test(list_prints_every_known_code),
		cmocka_unit_test(search_finds_word_in_any_field_ignoring_case),
		cmocka_unit_test(queries_of_every_kind_are_answered_in_order),
		cmocka_unit_test(failures_say_which_and_why_on_stderr),
		cmocka_unit_test(long_format_prints_every_field),
		cmocka_unit_test(json_for_every_code_matches_the_library),
		cmocka_unit_test(json_is_an_object_for_one_code_and_an_array_otherwise),
		cmocka_unit_test(json_failure_is_an_error_object_and_a_message),
		cmocka_unit_test(json_escapes_whatever_the_query_holds),
		cmocka_unit_test(help_and_version_go_to_stdout),
		cmocka_unit_test(usage_errors_exit_2_with_a_short_usage),
		cmocka_unit_test(huge_and_binary_queries_are_answered_safely),
		cmocka_unit_test(stdin_answers_every_line_in_place),
		cmocka_unit_test(stdin_answers_a_line_before_the_next_is_read),
		cmocka_unit_test(closed_pipe_ends_quietly),
		cmocka_unit_test(long_format_on_stdin_answers_in_place),
		cmocka_unit_test(unreadable_stdin_is_reported),
		cmocka_unit_test(failed_write_is_reported),
		cmocka_unit_test(status_lines_are_answered_by_their_code),
		cmocka_unit_test(code_and_phrase_are_answered_when_they_agree),
		cmocka_unit_test(constants_of_the_headers_are_names),
		cmocka_unit_test(search_matches_class_names),
		cmocka_unit_test(a_class_that_does_not_exist_says_so),
		cmocka_unit_test(near_misses_get_did_you_mean),
		cmocka_unit_test(equally_near_codes_are_all_offered),
		cmocka_unit_test(a_single_word_is_searched_with_a_note),
		cmocka_unit_test(an_empty_query_is_no_query),
		cmocka_unit_test(json_failure_has_code_and_class_when_the_query_held_a_number),
		cmocka_unit_test(stdin_json_is_json_lines_whatever_the_input),
		cmocka_unit_test(stdin_into_a_pipe_is_written_in_blocks_not_lines),
		cmocka_unit_test(stdin_to_a_terminal_answers_a_line_before_the_next_is_read),
		cmocka_unit_test(json_lines_arrive_before_the_next_is_read),
		cmocka_unit_test(count_tallies_codes_most_frequent_first_with_class_totals),
		cmocka_unit_test(count_field_is_awks_field),
		cmocka_unit_test(count_reads_any_line_length),
		cmocka_unit_test(count_json_is_one_object_with_the_same_figures),
		cmocka_unit_test(count_on_a_terminal_draws_bars_in_eighths),
		cmocka_unit_test(count_on_a_narrow_terminal_cuts_a_long_label_not_its_source),
		cmocka_unit_test(count_colours_codes_and_bars_by_class),
		cmocka_unit_test(count_usage_errors_exit_2),
		cmocka_unit_test(count_reports_an_unreadable_stdin),
		cmocka_unit_test(color_always_colours_codes_by_class),
		cmocka_unit_test(color_auto_colours_a_terminal_only),
		cmocka_unit_test(unofficial_code_is_answered_with_its_source),
		cmocka_unit_test(a_code_with_two_uses_gives_a_line_each),
		cmocka_unit_test(a_registered_code_with_a_use_shows_the_use_in_long_form),
		cmocka_unit_test(long_format_of_a_use_has_its_wire_reference_and_description),
		cmocka_unit_test(phrases_names_and_constants_of_uses_are_queries),
		cmocka_unit_test(registered_names_and_phrases_come_before_uses),
		cmocka_unit_test(a_code_and_another_ones_phrase_says_whose_it_is),
		cmocka_unit_test(unofficial_lists_every_use),
		cmocka_unit_test(search_covers_uses_and_methods),
		cmocka_unit_test(registered_restores_the_old_answers),
		cmocka_unit_test(json_of_a_use_says_it_is_not_registered),
		cmocka_unit_test(uses_are_coloured_by_class),
		cmocka_unit_test(a_method_is_answered_with_its_properties),
		cmocka_unit_test(a_method_in_another_case_is_answered_with_a_note),
		cmocka_unit_test(star_is_reserved_not_a_method),
		cmocka_unit_test(methods_lists_every_method),
		cmocka_unit_test(codes_come_first_then_uses_then_methods),
		cmocka_unit_test(near_misses_of_uses_and_methods_get_did_you_mean),
		cmocka_unit_test(completion_words_are_classes_codes_names_and_methods),
	};
	size_t count = sizeof tests / sizeof tests[0];
#if defined(CLI_FOR_WINDOWS)
	/* What no test can see of a Windows program run under wine. A directory
	 * cannot be a Windows program's standard input (under wine the read
	 * fails with EINVAL). A pseudo-terminal on its standard output is a
	 * console that wine draws itself, adding cursor escapes and turning
	 * "\n" into "\r\r\n", so what the tool wrote cannot be read back. */
	static const char *const not_on_windows[] = {
		"unreadable_stdin_is_reported",
		"count_reports_an_unreadable_stdin",
		"stdin_to_a_terminal_answers_a_line_before_the_next_is_read",
		"count_on_a_terminal_draws_bars_in_eighths",
		"count_on_a_narrow_terminal_cuts_a_long_label_not_its_source",
		"count_colours_codes_and_bars_by_class",
		"color_auto_colours_a_terminal_only",
	};
	size_t kept = 0;
	for (size_t i = 0; i < count; i++) {
		bool left_out = false;
		for (size_t j = 0; j < sizeof not_on_windows / sizeof not_on_windows[0]; j++)
			left_out |= strcmp(tests[i].name, not_on_windows[j]) == 0;
		if (!left_out)
			tests[kept++] = tests[i];
	}
	if (count - kept != sizeof not_on_windows / sizeof not_on_windows[0]) {
		fputs("test-cli: a test named in not_on_windows does not exist\n", stderr);
		return 1;
	}
	count = kept;
#endif
	return _cmocka_run_group_tests("cli", tests, count, NULL, NULL);
}
