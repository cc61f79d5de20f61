/* The httpstatus tool's formats: every field (-l), JSON (one array a query,
 * whatever the number of answers, each object holding what the library
 * says), and colour by class on a terminal. */
#include "cli-run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Every field --------------------------------------------------------------- */

/* A code's :status fields, HPACK's and QPACK's, a literal of its digits. */
#define FIELDS_OF(hex)                                                                             \
	"  HTTP/2 field:  08 03 " hex " (HPACK)\n"                                                 \
	"  HTTP/3 field:  5f 09 03 " hex " (QPACK)\n"
#define FIELDS_451 FIELDS_OF("34 35 31")
#define FIELDS_499 FIELDS_OF("34 39 39")
#define BLOCK_204                                                                                  \
	"204 No Content\n"                                                                         \
	"  Name:          NO_CONTENT\n"                                                            \
	"  Class:         2xx Successful\n"                                                        \
	"  Flags:         iana, no-content, cacheable\n"                                           \
	"  Reference:     RFC 9110, Section 15.3.5\n"                                              \
	"  Description:   The request succeeded and there is no content to send\n"                 \
	"  HTTP/2 field:  89 (HPACK static table, index 9)\n"                                      \
	"  HTTP/3 field:  ff 01 (QPACK static table, index 64)\n"
#define BLOCK_451                                                                                  \
	"451 Unavailable For Legal Reasons\n"                                                      \
	"  Name:          UNAVAILABLE_FOR_LEGAL_REASONS\n"                                         \
	"  Class:         4xx Client Error\n"                                                      \
	"  Flags:         iana, cacheable\n"                                                       \
	"  Reference:     RFC 7725, Section 3\n"                                                   \
	"  Description:   Access is denied because of a legal demand\n" FIELDS_451
#define BLOCK_451_USE                                                                              \
	"451 Redirect (unofficial: Microsoft Exchange)\n"                                          \
	"  Name:          REDIRECT\n"                                                              \
	"  Class:         4xx Client Error\n"                                                      \
	"  Source:        Microsoft Exchange\n"                                                    \
	"  Wire:          sent\n"                                                                  \
	"  Reference:     Microsoft [MS-ASHTTP] 2.2.2.1.1\n"                                       \
	"  Description:   ActiveSync client should use the server in X-MS-Location; clashes "      \
	"with registered 451\n" FIELDS_451

static void long_format_gives_every_field(void **state)
{
	static const struct cli_case cases[] = {
		{{"-l", "413"},
		 NULL,
		 0,
		 "413 Content Too Large\n"
		 "  Name:          CONTENT_TOO_LARGE\n"
		 "  Class:         4xx Client Error\n"
		 "  Flags:         iana\n"
		 "  Reference:     RFC 9110, Section 15.5.14\n"
		 "  Description:   The request content is larger than the server will process\n"
		 "  Also known as: REQUEST_ENTITY_TOO_LARGE, PAYLOAD_TOO_LARGE, Request Entity Too "
		 "Large, Payload Too Large\n" FIELDS_OF("34 31 33"),
		 ""},
		{{"-l", "--long", "204", "200"},
		 NULL,
		 0,
		 BLOCK_204 "\n"
			   "200 OK\n"
			   "  Name:          OK\n"
			   "  Class:         2xx Successful\n"
			   "  Flags:         iana, cacheable\n"
			   "  Reference:     RFC 9110, Section 15.3.1\n"
			   "  Description:   Request fulfilled, document follows\n"
			   "  HTTP/2 field:  88 (HPACK static table, index 8)\n"
			   "  HTTP/3 field:  d9 (QPACK static table, index 25)\n",
		 ""},
		/* A registered code's unofficial use follows it. */
		{{"-l", "451"}, NULL, 0, BLOCK_451 "\n" BLOCK_451_USE, ""},
		{{"-l", "--registered", "451"}, NULL, 0, BLOCK_451, ""},
		{{"--long", "499"},
		 NULL,
		 0,
		 NGINX_499 "\n"
			   "  Name:          CLIENT_CLOSED_REQUEST\n"
			   "  Class:         4xx Client Error\n"
			   "  Source:        nginx\n"
			   "  Wire:          log-only\n"
			   "  Reference:     nginx src/http/ngx_http_request.h "
			   "(NGX_HTTP_CLIENT_CLOSED_REQUEST)\n"
			   "  Description:   The client went away before nginx could send its "
			   "response\n" FIELDS_499 "\n" ESRI_499 "\n"
			   "  Name:          TOKEN_REQUIRED\n"
			   "  Class:         4xx Client Error\n"
			   "  Source:        Esri\n"
			   "  Wire:          in-body\n"
			   "  Reference:     Esri ArcGIS REST API docs, error codes\n"
			   "  Description:   ArcGIS Server needs an access token and the request "
			   "carried none\n" FIELDS_499,
		 ""},
		/* 101 has no :status field: neither HTTP/2 nor HTTP/3 has it. */
		{{"-l", "101"},
		 NULL,
		 0,
		 "101 Switching Protocols\n"
		 "  Name:          SWITCHING_PROTOCOLS\n"
		 "  Class:         1xx Informational\n"
		 "  Flags:         iana, no-content\n"
		 "  Reference:     RFC 9110, Section 15.2.2\n"
		 "  Description:   The server is switching to the protocol the client asked for in "
		 "Upgrade\n"
		 "  HTTP/2 field:  none: HTTP/2 and HTTP/3 have no 101\n"
		 "  HTTP/3 field:  none: HTTP/2 and HTTP/3 have no 101\n",
		 ""},
		/* A use without a phrase says so. */
		{{"-l", "460"},
		 NULL,
		 0,
		 "460 client closed load balanced request (unofficial: AWS ELB, log only)\n"
		 "  Name:          CLIENT_CLOSED_LOAD_BALANCED_REQUEST\n"
		 "  Phrase:        none given by AWS ELB\n"
		 "  Class:         4xx Client Error\n"
		 "  Source:        AWS ELB\n"
		 "  Wire:          log-only\n"
		 "  Reference:     AWS ELB docs, Troubleshoot your Application Load Balancers\n"
		 "  Description:   The client hung up on the load balancer before the idle timeout "
		 "ran out\n" FIELDS_OF("34 36 30"),
		 ""},
		{{"-l", "GET"},
		 NULL,
		 0,
		 "GET method: safe, idempotent, cacheable\n"
		 "  Reference:     RFC 9110, Section 9.3.1\n"
		 "  Description:   Transfer a current representation of the target resource\n",
		 ""},
	};
	(void)state;
	RUN_CASES(cases);
	/* In a list only the registered code: the use is not of the class. */
	struct spawn_result r = run(ARGS("-l", "4xx"));
	assert_non_null(strstr(r.out, BLOCK_451));
	assert_null(strstr(r.out, "Microsoft Exchange"));
	spawn_free(&r);
	/* Blocks of several queries are set apart alike, lists or not. */
	r = run(ARGS("-l", "520", "420"));
	assert_non_null(strstr(r.out, "(QPACK)\n\n420 Enhance Your Calm"));
	spawn_free(&r);
}

/* ---- JSON ------------------------------------------------------------------- */

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

/* One array a query, on a line of its own, whether it has one answer or
 * several: the same type for 404 as for 499. */
static void json_is_an_array_a_query_whatever_its_answers(void **state)
{
	(void)state;
	struct json *v = run_json(ARGS("--json", "not found"), 0);
	assert_json_is_code(only_answer(v), 404);
	json_free(v);
	v = run_json(ARGS("--json", "499"), 0);
	assert_int_equal(v->count, 2);
	assert_json_is_use(&v->items[0], 499, 0);
	assert_json_is_use(&v->items[1], 499, 1);
	json_free(v);
	v = run_json(ARGS("--json", "520"), 0);
	assert_json_is_use(only_answer(v), 520, 0);
	json_free(v);
	v = run_json(ARGS("--json", "token required"), 0);
	assert_json_is_use(only_answer(v), 499, 1);
	json_free(v);
	v = run_json(ARGS("--json", "GET"), 0);
	assert_json_is_method(only_answer(v), HTTP_METHOD_GET);
	json_free(v);
	v = run_json(ARGS("--json", "delete"), 0);
	assert_json_is_method(only_answer(v), HTTP_METHOD_DELETE);
	json_free(v);
	v = run_json(ARGS("--json", "1xx"), 0);
	assert_int_equal(v->type, JSON_ARRAY);
	assert_json_is_code(&v->items[0], 100);
	json_free(v);
	v = run_json(ARGS("--json", "--search", "esri"), 0);
	assert_int_equal(v->count, 2);
	assert_json_is_use(&v->items[0], 498, 0);
	assert_json_is_use(&v->items[1], 499, 1);
	json_free(v);
	v = run_json(ARGS("--json", "teapot"), 0);
	assert_json_is_code(only_answer(v), 418);
	json_free(v);
	/* In JSON a registered code's use is inside its object. */
	v = run_json(ARGS("--json", "451"), 0);
	assert_json_is_code(only_answer(v), 451);
	assert_int_equal(json_get(only_answer(v), "unofficial")->count, 1);
	json_free(v);
	v = run_json(ARGS("--json", "--registered", "451"), 0);
	assert_json_is_code_of(only_answer(v), 451, true);
	json_free(v);
	v = run_json(ARGS("--json", "--unofficial"), 0);
	size_t n = 0;
	struct httpstatus_unofficial u;
	for (int c = 100; c < 600; c++)
		for (size_t i = 0; httpstatus_unofficial(c, i, &u); i++)
			assert_json_is_use(&v->items[n++], c, i);
	assert_int_equal(v->count, n);
	json_free(v);
	v = run_json(ARGS("--methods", "--json"), 0);
	assert_int_equal(v->count, httpstatus_method_count());
	n = 0;
	for (enum httpstatus_method m = httpstatus_method_next(HTTP_METHOD_UNKNOWN); m;
	     m = httpstatus_method_next(m))
		assert_json_is_method(&v->items[n++], m);
	json_free(v);
}

static void json_of_several_queries_is_a_line_each(void **state)
{
	(void)state;
	struct spawn_result r = run(ARGS("--json", "404", "420", "CONNECT", "foo"));
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, "httpstatus: foo" NO_MATCH);
	enum json_type types[8];
	assert_int_equal(assert_json_lines(r.out, types, 8), 4);
	const char *line = r.out;
	size_t counts[] = {1, 2, 1, 1};
	for (size_t i = 0; i < 4; i++) {
		const char *end = strchr(line, '\n');
		struct json *v = json_parse(line, (size_t)(end - line));
		assert_int_equal(v->type, JSON_ARRAY);
		assert_int_equal(v->count, counts[i]);
		if (i == 1)
			assert_json_is_use(&v->items[1], 420, 1);
		if (i == 2)
			assert_json_is_method(&v->items[0], HTTP_METHOD_CONNECT);
		json_free(v);
		line = end + 1;
	}
	spawn_free(&r);
}

/* A failed query's array holds one object: query, error, and the number
 * the query held with its class (a name, or null outside 100-599), or null
 * and null. The message goes to stderr as well. */
static void expect_json_failure(const char *query, const char *error, const char *code,
				const char *class)
{
	struct json *v = run_json_query(query, 1);
	const struct json *o = only_answer(v);
	static const char *const keys[] = {"query", "error", "code", "class"};
	assert_int_equal(o->type, JSON_OBJECT);
	for (size_t i = 0; i < 4; i++)
		assert_string_equal(o->items[i].key, keys[i]);
	assert_string_equal(json_get(o, "error")->string, error);
	const struct json *c = json_get(o, "code"), *k = json_get(o, "class");
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

static void json_failure_is_an_error_object_in_its_array(void **state)
{
	(void)state;
	struct spawn_result r = run(ARGS("--json", "299"));
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, "httpstatus: 299" UNKNOWN_2XX);
	assert_string_equal(r.out, "[{\"query\":\"299\",\"error\":\"not a known status code (2xx "
				   "Successful)\",\"code\":299,\"class\":\"Successful\"}]\n");
	spawn_free(&r);
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
	expect_json_failure("*", "reserved, not a method (RFC 9110, Section 18.2)", NULL, NULL);
	struct json *v = run_json(ARGS("--json", ""), 1);
	assert_string_equal(json_get(only_answer(v), "error")->string, "an empty query");
	json_free(v);
	/* A number longer than any int stays exact. */
	r = run(ARGS("--json", "000123456789012345678901234567890"));
	assert_non_null(strstr(r.out, "\"code\":123456789012345678901234567890,\"class\":null"));
	spawn_free(&r);
	/* Near misses get what is near. */
	v = run_json(ARGS("--json", "not fuond"), 1);
	const struct json *guesses = json_get(only_answer(v), "did_you_mean");
	assert_int_equal(guesses->count, 1);
	assert_string_equal(guesses->items[0].string, "Not Found");
	json_free(v);
	v = run_json(ARGS("--json", "aceated"), 1);
	guesses = json_get(only_answer(v), "did_you_mean");
	assert_int_equal(guesses->count, 2);
	assert_string_equal(guesses->items[0].string, "Created");
	assert_string_equal(guesses->items[1].string, "Accepted");
	json_free(v);
	v = run_json(ARGS("--json", "xyzzy plugh"), 1);
	assert_null(json_get(only_answer(v), "did_you_mean"));
	json_free(v);
}

static void json_escapes_whatever_the_query_holds(void **state)
{
	(void)state;
	struct json *v = run_json_query("a\"b\\c\td\x01\xff\xc3\xa9", 1);
	assert_string_equal(json_get(only_answer(v), "query")->string,
			    "a\"b\\c\td\x01\xef\xbf\xbd\xc3\xa9");
	json_free(v);
	/* Three- and four-byte characters pass; a cut sequence and a stray
	 * continuation byte become U+FFFD each. */
	v = run_json_query("\xe2\x98\x95\xf0\x9d\x84\x9e\xe2\x82", 1);
	assert_string_equal(json_get(only_answer(v), "query")->string,
			    "\xe2\x98\x95\xf0\x9d\x84\x9e\xef\xbf\xbd\xef\xbf\xbd");
	json_free(v);
}

/* ---- Colour ---------------------------------------------------------------------- */

#define YELLOW_404 "\033[33m404\033[0m Not Found\n"

static void color_always_colours_codes_by_class(void **state)
{
	static const struct cli_case cases[] = {
		{{"--color=always", "100", "200", "301", "404", "500"},
		 NULL,
		 0,
		 "\033[35m100\033[0m Continue\n"
		 "\033[32m200\033[0m OK\n"
		 "\033[36m301\033[0m Moved Permanently\n" YELLOW_404
		 "\033[31m500\033[0m Internal Server Error\n",
		 ""},
		{{"--colour", "418"}, NULL, 0, "\033[33m418\033[0m I'm a Teapot\n", ""},
		{{"418", "--color"}, NULL, 0, "\033[33m418\033[0m I'm a Teapot\n", ""},
		{{"--color=always", "520", "get"},
		 NULL,
		 0,
		 "\033[31m520\033[0m Web server is returning an unknown error (unofficial: "
		 "Cloudflare)\n" GET_LINE,
		 "httpstatus: get" WRONG_CASE "GET\n"},
		/* Failures stay plain. */
		{{"--color=always", "299"}, NULL, 1, "", "httpstatus: 299" UNKNOWN_2XX},
	};
	(void)state;
	RUN_CASES(cases);
	struct spawn_result r = run(ARGS("--color=always", "-l", "204"));
	assert_starts_with(r.out, "\033[32m204\033[0m No Content\n  Name:");
	spawn_free(&r);
	/* So does JSON. */
	struct json *v = run_json(ARGS("--color=always", "--json", "404"), 0);
	assert_json_is_code(only_answer(v), 404);
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
	const char colored[] = YELLOW_404, plain[] = "404 Not Found\n";
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

int main(int argc, char **argv)
{
	/* A pseudo-terminal on a Windows program's standard output is a
	 * console that wine draws itself, adding cursor escapes and turning
	 * "\n" into "\r\r\n", so what the tool wrote cannot be read back. */
	static const char *const not_on_windows[] = {"color_auto_colours_a_terminal_only", NULL};
	struct CMUnitTest tests[] = {
		cmocka_unit_test(long_format_gives_every_field),
		cmocka_unit_test(json_for_every_code_matches_the_library),
		cmocka_unit_test(json_is_an_array_a_query_whatever_its_answers),
		cmocka_unit_test(json_of_several_queries_is_a_line_each),
		cmocka_unit_test(json_failure_is_an_error_object_in_its_array),
		cmocka_unit_test(json_escapes_whatever_the_query_holds),
		cmocka_unit_test(color_always_colours_codes_by_class),
		cmocka_unit_test(color_auto_colours_a_terminal_only),
	};
	return cli_run_tests(argc, argv, "cli-formats", tests, sizeof tests / sizeof tests[0],
			     not_on_windows);
}
