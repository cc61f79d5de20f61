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

enum { MAX_ARGS = 8, STREAM_TIMEOUT_MS = 20000 };

static struct spawn_result run_with_input(const char *const args[], const char *input, size_t len)
{
	char *argv[MAX_ARGS + 2] = {(char *)cli};
	for (size_t i = 0; args[i]; i++) {
		assert_true(i < MAX_ARGS);
		argv[i + 1] = (char *)args[i];
	}
	return spawn(argv, input, len);
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
	expect(ARGS("--search", "TIMEOUT"), 0, "408 Request Timeout\n504 Gateway Timeout\n", "");
	expect(ARGS("--search=teapot"), 0, "418 I'm a Teapot\n", "");
	expect(ARGS("--search", "entity"), 0, "413 Content Too Large\n422 Unprocessable Content\n",
	       "");
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

static const char *const flag_words[] = {"iana",       "temporary",  "unofficial", "obsolete",
					 "deprecated", "no-content", "cacheable",  "retryable"};

/* A JSON object from the CLI holds exactly what the library says of code. */
static void assert_json_is_code(const struct json *o, int code)
{
	static const char *const keys[] = {"code",  "name",      "phrase",      "class",
					   "flags", "reference", "description", "aliases"};
	assert_non_null(o);
	assert_int_equal(o->type, JSON_OBJECT);
	assert_int_equal(o->count, 8);
	for (size_t i = 0; i < 8; i++)
		assert_string_equal(o->items[i].key, keys[i]);
	assert_int_equal(json_get(o, "code")->number, code);
	assert_string_equal(json_get(o, "name")->string, httpstatus_name(code));
	assert_string_equal(json_get(o, "phrase")->string, httpstatus_phrase(code));
	assert_string_equal(json_get(o, "class")->string,
			    httpstatus_class_name(httpstatus_class(code)));
	assert_string_equal(json_get(o, "reference")->string, httpstatus_reference(code));
	assert_string_equal(json_get(o, "description")->string, httpstatus_description(code));
	const struct json *flags = json_get(o, "flags");
	unsigned seen = 0;
	for (size_t i = 0; i < flags->count; i++)
		for (unsigned bit = 0; bit < 8; bit++)
			if (strcmp(flags->items[i].string, flag_words[bit]) == 0)
				seen |= 1u << bit;
	assert_int_equal(seen, httpstatus_flags(code));
	const struct json *aliases = json_get(o, "aliases");
	for (size_t i = 0; i < aliases->count; i++)
		assert_string_equal(aliases->items[i].string, httpstatus_alias(code, i));
	assert_null(httpstatus_alias(code, aliases->count));
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

static void json_escapes_whatever_the_query_holds(void **state)
{
	(void)state;
	struct json *v = run_json(ARGS("--json", "a\"b\\c\td\x01\xff\xc3\xa9"), 1);
	assert_string_equal(json_get(v, "query")->string, "a\"b\\c\td\x01\xef\xbf\xbd\xc3\xa9");
	json_free(v);
	/* Three- and four-byte characters pass; a cut sequence and a stray
	 * continuation byte become U+FFFD each. */
	v = run_json(ARGS("--json", "\xe2\x98\x95\xf0\x9d\x84\x9e\xe2\x82"), 1);
	assert_string_equal(json_get(v, "query")->string,
			    "\xe2\x98\x95\xf0\x9d\x84\x9e\xef\xbf\xbd\xef\xbf\xbd");
	json_free(v);
}

static void help_and_version_go_to_stdout(void **state)
{
	(void)state;
	static const char *const options[] = {"--long", "--json",    "--list", "--search",
					      "--help", "--version", " - "};
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
 * line of standard input. */
static void huge_and_binary_queries_are_answered_safely(void **state)
{
	(void)state;
	size_t len = 1 << 20, arg_len = 100000;
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

	r = run(ARGS("\x1b[31m\xff\x01"));
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, "httpstatus: \\x1b[31m\\xff\\x01: no status code matches\n");
	spawn_free(&r);
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

static void stdin_json_is_a_value_a_line(void **state)
{
	(void)state;
	const char input[] = "404\n\nfoo\n1xx\n";
	struct spawn_result r = run_with_input(ARGS("--json", "-"), input, sizeof input - 1);
	assert_int_equal(r.status, 1);
	char *line = r.out;
	const enum json_type types[] = {JSON_OBJECT, JSON_NULL, JSON_OBJECT, JSON_ARRAY};
	for (size_t i = 0; i < 4; i++) {
		char *end = strchr(line, '\n');
		assert_non_null(end);
		struct json *v = json_parse(line, (size_t)(end - line));
		assert_non_null(v);
		assert_int_equal(v->type, types[i]);
		json_free(v);
		line = end + 1;
	}
	assert_string_equal(line, "");
	spawn_free(&r);
}

static void stdin_answers_a_line_before_the_next_is_read(void **state)
{
	(void)state;
	char *argv[] = {(char *)cli, "-", NULL};
	struct child c = spawn_start(argv, (struct spawn_options){0});
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

static void closed_pipe_ends_quietly(void **state)
{
	(void)state;
	char *argv[] = {(char *)cli, "--list", NULL};
	struct child c = spawn_start(argv, (struct spawn_options){.stdout_closed = true});
	char *err;
	int status = child_finish(&c, &err);
	assert_int_equal(status, 128 + SIGPIPE);
	assert_string_equal(err, "");
	free(err);

	char *stdin_argv[] = {(char *)cli, "-", NULL};
	c = spawn_start(stdin_argv, (struct spawn_options){.stdout_closed = true});
	assert_int_equal(write(c.in, "404\n", 4), 4);
	assert_int_equal(child_finish(&c, &err), 128 + SIGPIPE);
	assert_string_equal(err, "");
	free(err);

	/* With SIGPIPE blocked the write fails instead, just as quietly, and
	 * that is trouble. */
	c = spawn_start(argv,
			(struct spawn_options){.stdout_closed = true, .sigpipe_blocked = true});
	assert_int_equal(child_finish(&c, &err), 2);
	assert_string_equal(err, "");
	free(err);
}

static void long_format_on_stdin_answers_in_place(void **state)
{
	(void)state;
	struct spawn_result r = run_with_input(ARGS("-l", "-"), "204\nfoo\n", 8);
	assert_int_equal(r.status, 1);
	assert_string_equal(
		r.out, "204 No Content\n"
		       "  Name:          NO_CONTENT\n"
		       "  Class:         2xx Successful\n"
		       "  Flags:         iana, no-content, cacheable\n"
		       "  Reference:     RFC 9110, Section 15.3.5\n"
		       "  Description:   The request succeeded and there is no content to send\n"
		       "? foo: no status code matches\n");
	spawn_free(&r);
}

/* Runs httpstatus through sh, to give it a redirection spawn() cannot. */
static struct spawn_result run_in_shell(const char *script)
{
	char *argv[] = {"/bin/sh", "-c", (char *)script, (char *)cli, NULL};
	return spawn(argv, NULL, 0);
}

static void unreadable_stdin_is_reported(void **state)
{
	(void)state;
	struct spawn_result r = run_in_shell("exec \"$0\" - < /");
	assert_int_equal(r.status, 2);
	assert_string_equal(r.err, "httpstatus: cannot read standard input: Is a directory\n");
	spawn_free(&r);
}

static void failed_write_is_reported(void **state)
{
	(void)state;
	struct spawn_result r = run_in_shell("exec \"$0\" --list > /dev/full");
	assert_int_equal(r.status, 2);
	assert_string_equal(r.err, "httpstatus: cannot write output: No space left on device\n");
	spawn_free(&r);
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 1, "HTTPSTATUS");
	cli = argv[1];
	const struct CMUnitTest tests[] = {
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
		cmocka_unit_test(stdin_json_is_a_value_a_line),
		cmocka_unit_test(stdin_answers_a_line_before_the_next_is_read),
		cmocka_unit_test(closed_pipe_ends_quietly),
		cmocka_unit_test(long_format_on_stdin_answers_in_place),
		cmocka_unit_test(unreadable_stdin_is_reported),
		cmocka_unit_test(failed_write_is_reported),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
