/* What the tests of the httpstatus tool share (tests/test-cli-*.c): running
 * it as a user runs it, checking cases of {arguments, standard input, exit
 * status, standard output, standard error}, and reading its JSON back. The
 * messages it prints are written once, here. */
#ifndef HTTPSTATUS_TEST_CLI_RUN_H
#define HTTPSTATUS_TEST_CLI_RUN_H

#include "helpers.h"
#include "json.h"
#include "spawn.h"

#include <httpstatus.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

/* tests/meson.build defines CLI_FOR_WINDOWS when httpstatus is a Windows
 * program, which the tests (built for the build machine) run under wine.
 * Where Windows differs, a test says how; what it cannot see there, each
 * file lists for cli_run_tests. */

/* The tool, the first argument of every CLI test. */
extern const char *cli;

enum { CASE_ARGS_MAX = 8, STREAM_TIMEOUT_MS = 20000 };

/* A run of the tool and everything it must do: NULL input for none. */
struct cli_case {
	const char *args[CASE_ARGS_MAX + 1];
	const char *in;
	int status;
	const char *out, *err;
};

/* Runs each case and fails, saying which and how, on the first that does
 * something else. */
void cli_run_cases(const struct cli_case *cases, size_t count);
#define RUN_CASES(cases) cli_run_cases(cases, sizeof cases / sizeof cases[0])

#define ARGS(...) ((const char *const[]){__VA_ARGS__, NULL})
#define NO_ARGS ((const char *const[]){NULL})

/* Runs httpstatus with args and input (len bytes, or NULL), started with
 * options. */
struct spawn_result run_opts(const char *const args[], const char *input, size_t len,
			     struct spawn_options options);
struct spawn_result run_with_input(const char *const args[], const char *input, size_t len);
struct spawn_result run(const char *const args[]);
/* Starts httpstatus with args, to talk to it line by line. */
struct child start(const char *const args[], struct spawn_options options);
/* Runs httpstatus through sh -c script, which runs it as "$0" "$@" (the exe
 * wrapper and the tool in a cross build): for redirections spawn() cannot
 * make. */
struct spawn_result run_in_shell(const char *script);

/* Runs httpstatus and checks everything it does. */
void expect(const char *const args[], int status, const char *out, const char *err);

/* Fails unless s starts with prefix. */
void assert_starts_with(const char *s, const char *prefix);

/* What the default format prints for the registered codes from..to, a line
 * each; the caller frees it. */
char *lines_for(int from, int to);

/* What the default format prints for the index-th use of code, made from
 * the library's fields, appended to out (size bytes). */
void append_use_line(char *out, size_t size, int code, size_t index);

/* What it prints for a method, made from the library's fields: "GET
 * method: safe, idempotent, cacheable (RFC 9110, Section 9.3.1)". */
char *method_line(enum httpstatus_method m);

/* ---- JSON ------------------------------------------------------------------- */

/* The one line of JSON httpstatus prints for args, with exit status. */
struct json *run_json(const char *const args[], int status);
/* The same for a query: on Windows, whose command line cannot carry every
 * byte, as a line of standard input. */
struct json *run_json_query(const char *query, int status);

/* Every line of out is one JSON value; returns how many, with the type of
 * each of the first max in types. */
size_t assert_json_lines(const char *out, enum json_type *types, size_t max);

/* A JSON object from the tool holds exactly what the library says of the
 * answer: a registered code (its unofficial uses included unless
 * registered_only), the index-th use of code, a method. */
void assert_json_is_code_of(const struct json *o, int code, bool registered_only);
void assert_json_is_code(const struct json *o, int code);
void assert_json_is_use(const struct json *o, int code, size_t index);
void assert_json_is_method(const struct json *o, enum httpstatus_method m);

/* A query's JSON array of one answer, checked as such, and that answer. */
const struct json *only_answer(const struct json *array);

/* ---- The messages ------------------------------------------------------------ */

#define NO_MATCH ": no status code matches\n"
#define NOT_A_CODE ": not a status code (must be 100-599)\n"
#define NOT_A_CLASS ": not a class (must be 1xx-5xx)\n"
#define UNKNOWN_4XX ": not a known status code (4xx Client Error)\n"
#define UNKNOWN_2XX ": not a known status code (2xx Successful)\n"
#define RESERVED ": reserved, not a method (RFC 9110, Section 18.2)\n"
#define SEARCHED ": no name, phrase or method; showing what contains it\n"
#define WRONG_CASE ": methods are case-sensitive on the wire; showing "
#define TRY_HELP "Try 'httpstatus --help'.\n"

/* The answers a few tests share. */
#define GET_LINE "GET method: safe, idempotent, cacheable (RFC 9110, Section 9.3.1)\n"
#define NGINX_499 "499 Client Closed Request (unofficial: nginx, log only)"
#define ESRI_499 "499 Token Required (unofficial: Esri, in body)"

/* Runs the tests as the cmocka group name, with the tool from argv[1];
 * where the tool is a Windows program, without those named in
 * not_on_windows (NULL-terminated: what no test can see of it under wine).
 */
int cli_run_tests(int argc, char **argv, const char *name, struct CMUnitTest *tests, size_t count,
		  const char *const not_on_windows[]);

#endif
