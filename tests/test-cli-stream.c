/* The httpstatus tool reading queries from standard input (-): a line of
 * output for each line of input in every format, answered as soon as it is
 * read, written in blocks into a pipe, and whatever the lines hold. */
#include "cli-run.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NOT_FOUND "404 Not Found\n"

/* Every kind of line, and the one line each gets. */
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
	{"499", NGINX_499 " | " ESRI_499},
	{"/api/v1/users/12345?q=a_b-c", "? /api/v1/users/12345?q=a_b-c: no status code matches"},
	{"HTTP/1.1 420 x", "420 Enhance Your Calm (unofficial: Twitter) | 420 Method Failure "
			   "(unofficial: Spring)"},
	{"5xx", "500 Internal Server Error | 501 Not Implemented | 502 Bad Gateway | 503 Service "
		"Unavailable | 504 Gateway Timeout | 505 HTTP Version Not Supported | 506 Variant "
		"Also Negotiates | 507 Insufficient Storage | 508 Loop Detected | 510 Not Extended "
		"| 511 Network Authentication Required"},
	/* No did-you-mean in a stream: that is for the command line. */
	{"not fuond", "? not fuond: no status code matches"},
	{"GET", "GET method: safe, idempotent, cacheable (RFC 9110, Section 9.3.1)"},
	{"\t", ""},
};
enum { KINDS = sizeof kinds / sizeof kinds[0] };

/* 10,000 lines of every kind, each answered on its own line, in order. */
static void every_line_gets_one_line(void **state)
{
	enum { LINES = 10000 };
	(void)state;
	size_t in_len = 0, out_len = 0;
	char *in = malloc(LINES * 64), *out = malloc(LINES * 400);
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
	free(in);
	free(out);
}

/* In JSON too: a line's answers are one array, whether none (a blank
 * line), one or several, and a failure is an array of its error. */
static void every_line_gets_one_json_array(void **state)
{
	(void)state;
	char *in = malloc(KINDS * 64 + 8);
	size_t len = 0;
	for (size_t i = 0; i < KINDS; i++)
		len += (size_t)sprintf(in + len, "%s\n", kinds[i].line);
	len += (size_t)sprintf(in + len, "\xff\n9xx");
	struct spawn_result r = run_with_input(ARGS("--json", "-"), in, len);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, "");
	enum json_type types[KINDS + 2];
	assert_int_equal(assert_json_lines(r.out, types, KINDS + 2), KINDS + 2);
	for (size_t i = 0; i < KINDS + 2; i++)
		assert_int_equal(types[i], JSON_ARRAY);
	assert_non_null(strstr(r.out, "\n[]\n[{\"code\":200,"));
	assert_non_null(strstr(r.out, "\n[{\"query\":\"not fuond\",\"error\":\"no status code "
				      "matches\",\"code\":null,\"class\":null}]\n"));
	spawn_free(&r);
	free(in);
}

static void codes_and_notes_as_on_the_command_line(void **state)
{
	static const struct cli_case cases[] = {
		{{"-"}, "404\nok\n", 0, NOT_FOUND "200 OK\n", ""},
		{{"-"},
		 "teapot\n404\n",
		 0,
		 "418 I'm a Teapot\n" NOT_FOUND,
		 "httpstatus: teapot" SEARCHED},
		{{"-"}, "get\nGET\n", 0, GET_LINE GET_LINE, "httpstatus: get" WRONG_CASE "GET\n"},
		{{"--registered", "-"}, "499\n200\n", 1, "? 499" UNKNOWN_4XX "200 OK\n", ""},
		/* The tool reads its own lines back. */
		{{"-"}, "404 Not Found\n418 I'm a Teapot\n", 0, NOT_FOUND "418 I'm a Teapot\n", ""},
		/* Queries around -, in order. */
		{{"200", "-", "404"}, "301\n", 0, "200 OK\n301 Moved Permanently\n" NOT_FOUND, ""},
		/* Every field takes several lines: not in a stream. */
		{{"-l", "-"},
		 "404\n",
		 2,
		 "",
		 "httpstatus: --long does not go with -, which answers a line with a "
		 "line\n" TRY_HELP},
	};
	(void)state;
	RUN_CASES(cases);
	/* Any bytes, a NUL among them. */
	struct spawn_result r = run_with_input(ARGS("-"),
					       "4\0"
					       "04\n\xff\xfe\n",
					       8);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.out, "? 4\\x0004" NO_MATCH "? \\xff\\xfe" NO_MATCH);
	spawn_free(&r);
	/* Every line --unofficial prints is answered with itself. */
	struct spawn_result own = run(ARGS("--unofficial"));
	struct spawn_result again = run_with_input(ARGS("-"), own.out, own.out_len);
	assert_int_equal(again.status, 0);
	assert_string_equal(again.out, own.out);
	spawn_free(&again);
	spawn_free(&own);
}

/* A megabyte on one line. */
static void a_huge_line_is_answered_safely(void **state)
{
	(void)state;
	size_t len = 1 << 20;
	char *big = malloc(len);
	assert_non_null(big);
	memset(big, 'x', len);
	big[len - 1] = '\n';
	struct spawn_result r = run_with_input(ARGS("-"), big, len);
	assert_int_equal(r.status, 1);
	assert_string_equal(
		r.out,
		"? xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..." NO_MATCH);
	spawn_free(&r);
	free(big);
}

/* ---- As the input arrives ------------------------------------------------------ */

static void a_line_is_answered_before_the_next_is_read(void **state)
{
	(void)state;
	char line[2048];
	char *err;
	struct child c = start(ARGS("-"), (struct spawn_options){0});
	assert_int_equal(write(c.in, "404\n", 4), 4);
	assert_true(child_read_line(&c, line, sizeof line, STREAM_TIMEOUT_MS));
	assert_string_equal(line, NOT_FOUND);
	assert_int_equal(write(c.in, "foo\n", 4), 4);
	assert_true(child_read_line(&c, line, sizeof line, STREAM_TIMEOUT_MS));
	assert_string_equal(line, "? foo" NO_MATCH);
	assert_int_equal(child_finish(&c, &err), 1);
	assert_string_equal(err, "");
	free(err);

	c = start(ARGS("--json", "-"), (struct spawn_options){0});
	assert_int_equal(write(c.in, "\n", 1), 1);
	assert_true(child_read_line(&c, line, sizeof line, STREAM_TIMEOUT_MS));
	assert_string_equal(line, "[]\n");
	assert_int_equal(write(c.in, "600\n", 4), 4);
	assert_true(child_read_line(&c, line, sizeof line, STREAM_TIMEOUT_MS));
	assert_string_equal(line, "[{\"query\":\"600\",\"error\":\"not a status code (must be "
				  "100-599)\",\"code\":600,\"class\":null}]\n");
	assert_int_equal(child_finish(&c, &err), 1);
	free(err);
}

static void a_terminal_gets_each_line_as_it_is_answered(void **state)
{
	(void)state;
	struct child c =
		start(ARGS("--color=never", "-"), (struct spawn_options){.pty_columns = 80});
	char line[256];
	assert_int_equal(write(c.in, "404\n", 4), 4);
	assert_true(child_read_line(&c, line, sizeof line, STREAM_TIMEOUT_MS));
	assert_string_equal(line, NOT_FOUND);
	assert_int_equal(write(c.in, "HTTP/1.1 200 OK\n", 16), 16);
	assert_true(child_read_line(&c, line, sizeof line, STREAM_TIMEOUT_MS));
	assert_string_equal(line, "200 OK\n");
	char *err;
	assert_int_equal(child_finish(&c, &err), 0);
	assert_string_equal(err, "");
	free(err);
}

static void a_pipe_gets_blocks_not_lines(void **state)
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
	assert_int_equal(r.out_len, LINES * strlen(NOT_FOUND));
	/* 28,000 bytes: seven packets of 4096 bytes, and a flush or two more
	 * when the input comes in parts. */
	if (r.out_reads > 12)
		fail_msg("%zu writes for %d lines", r.out_reads, LINES);
	spawn_free(&r);
	free(in);
}

/* ---- Trouble --------------------------------------------------------------------- */

/* Windows has no SIGPIPE: there the write fails, which ends the tool as
 * quietly as with SIGPIPE blocked. */
#if defined(CLI_FOR_WINDOWS)
enum { CLOSED_PIPE_STATUS = 2 };
#else
enum { CLOSED_PIPE_STATUS = 128 + SIGPIPE };
#endif

static void a_closed_pipe_ends_it_quietly(void **state)
{
	(void)state;
	struct child c = start(ARGS("--list"), (struct spawn_options){.stdout_closed = true});
	char *err;
	assert_int_equal(child_finish(&c, &err), CLOSED_PIPE_STATUS);
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

static void an_unreadable_stdin_is_reported(void **state)
{
	(void)state;
	struct spawn_result r = run_in_shell("exec \"$0\" \"$@\" - < /");
	assert_int_equal(r.status, 2);
	assert_string_equal(r.err, "httpstatus: cannot read standard input: Is a directory\n");
	spawn_free(&r);
}

static void a_failed_write_is_reported(void **state)
{
	(void)state;
	struct spawn_result r = run_in_shell("exec \"$0\" \"$@\" --list > /dev/full");
	assert_int_equal(r.status, 2);
	assert_string_equal(r.err, "httpstatus: cannot write output: No space left on device\n");
	spawn_free(&r);
}

int main(int argc, char **argv)
{
	/* A directory cannot be a Windows program's standard input (under
	 * wine the read fails with EINVAL); a pseudo-terminal on its standard
	 * output is a console that wine draws itself, so what the tool wrote
	 * cannot be read back. */
	static const char *const not_on_windows[] = {
		"an_unreadable_stdin_is_reported",
		"a_terminal_gets_each_line_as_it_is_answered",
		NULL,
	};
	struct CMUnitTest tests[] = {
		cmocka_unit_test(every_line_gets_one_line),
		cmocka_unit_test(every_line_gets_one_json_array),
		cmocka_unit_test(codes_and_notes_as_on_the_command_line),
		cmocka_unit_test(a_huge_line_is_answered_safely),
		cmocka_unit_test(a_line_is_answered_before_the_next_is_read),
		cmocka_unit_test(a_terminal_gets_each_line_as_it_is_answered),
		cmocka_unit_test(a_pipe_gets_blocks_not_lines),
		cmocka_unit_test(a_closed_pipe_ends_it_quietly),
		cmocka_unit_test(an_unreadable_stdin_is_reported),
		cmocka_unit_test(a_failed_write_is_reported),
	};
	return cli_run_tests(argc, argv, "cli-stream", tests, sizeof tests / sizeof tests[0],
			     not_on_windows);
}
