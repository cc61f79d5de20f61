/* The httpstatus command, run as a user runs it: what it prints on stdout and
 * stderr, and its exit status, for each kind of query. */
#include "spawn.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static const char *cli;

/* Runs httpstatus with up to 8 arguments and checks all it does. */
static void expect(const char *const args[], int status, const char *out, const char *err)
{
	char *argv[10] = {(char *)cli};
	for (size_t i = 0; args[i]; i++)
		argv[i + 1] = (char *)args[i];
	struct spawn_result r = spawn(argv, NULL, 0);
	if (r.status != status || strcmp(r.out, out) != 0 || strcmp(r.err, err) != 0)
		fail_msg("httpstatus %s ...: exit %d\nstdout:\n%s\nstderr:\n%s\nexpected exit %d\n"
			 "stdout:\n%s\nstderr:\n%s",
			 args[0] ? args[0] : "", r.status, r.out, r.err, status, out, err);
	spawn_free(&r);
}

#define ARGS(...) ((const char *const[]){__VA_ARGS__, NULL})

static void code_prints_code_and_phrase(void **state)
{
	(void)state;
	expect(ARGS("404"), 0, "404 Not Found\n", "");
	expect(ARGS("200"), 0, "200 OK\n", "");
	expect(ARGS("418"), 0, "418 I'm a Teapot\n", "");
}

static void name_in_any_case_prints_its_code(void **state)
{
	(void)state;
	expect(ARGS("NOT_FOUND"), 0, "404 Not Found\n", "");
	expect(ARGS("not_found"), 0, "404 Not Found\n", "");
	expect(ARGS("Not-Found"), 0, "404 Not Found\n", "");
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
}

static void several_queries_give_a_line_each(void **state)
{
	(void)state;
	expect(ARGS("404", "ok", "gateway time-out"), 0,
	       "404 Not Found\n200 OK\n504 Gateway Timeout\n", "");
}

static void unknown_query_fails_with_one_line_saying_which(void **state)
{
	(void)state;
	expect(ARGS("299"), 1, "", "299: not a known status code (2xx Successful)\n");
	expect(ARGS("600"), 1, "", "600: not a status code (must be 100-599)\n");
	expect(ARGS("foo"), 1, "", "foo: no status code matches\n");
	expect(ARGS("404", "foo", "200"), 1, "404 Not Found\n200 OK\n",
	       "foo: no status code matches\n");
}

static void usage_errors_exit_2(void **state)
{
	(void)state;
	char *argv[] = {(char *)cli, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	assert_int_equal(r.status, 2);
	assert_string_equal(r.out, "");
	assert_non_null(strstr(r.err, "usage: httpstatus"));
	spawn_free(&r);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s HTTPSTATUS\n", argv[0]);
		return 2;
	}
	cli = argv[1];
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(code_prints_code_and_phrase),
		cmocka_unit_test(name_in_any_case_prints_its_code),
		cmocka_unit_test(phrase_in_any_case_prints_its_code),
		cmocka_unit_test(several_queries_give_a_line_each),
		cmocka_unit_test(unknown_query_fails_with_one_line_saying_which),
		cmocka_unit_test(usage_errors_exit_2),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
