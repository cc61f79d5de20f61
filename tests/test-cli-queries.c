/* The httpstatus tool, each form a query takes, as a user runs it: codes,
 * names, phrases, constants, status lines, classes, unofficial uses,
 * methods, several words that form one query, searches, near misses and
 * failures; what it prints on stdout and stderr, and its exit status. */
#include "cli-run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOT_FOUND "404 Not Found\n"
#define TOO_LARGE "413 Content Too Large\n"
#define VERSION_505 "505 HTTP Version Not Supported\n"
#define CALM_420 "420 Enhance Your Calm (unofficial: Twitter)\n"
#define BASELINE                                                                                   \
	"BASELINE-CONTROL method: not safe, idempotent, not cacheable (RFC 3253, Section 12.6)\n"

static void codes_names_phrases_and_constants_are_answered(void **state)
{
	static const struct cli_case cases[] = {
		{{"404"}, NULL, 0, NOT_FOUND, ""},
		{{"200"}, NULL, 0, "200 OK\n", ""},
		{{"418"}, NULL, 0, "418 I'm a Teapot\n", ""},
		{{" 404 "}, NULL, 0, NOT_FOUND, ""},
		{{"NOT_FOUND"}, NULL, 0, NOT_FOUND, ""},
		{{"not_found"}, NULL, 0, NOT_FOUND, ""},
		{{"Not-Found"}, NULL, 0, NOT_FOUND, ""},
		{{"too many requests"}, NULL, 0, "429 Too Many Requests\n", ""},
		{{"request_entity_too_large"}, NULL, 0, TOO_LARGE, ""},
		{{"REQUEST_RANGE_NOT_SATISFIABLE"}, NULL, 0, "416 Range Not Satisfiable\n", ""},
		{{"not found"}, NULL, 0, NOT_FOUND, ""},
		{{"NOT FOUND"}, NULL, 0, NOT_FOUND, ""},
		{{"payload too large"}, NULL, 0, TOO_LARGE, ""},
		{{"Request-URI Too Long"}, NULL, 0, "414 URI Too Long\n", ""},
		{{"i'm a teapot"}, NULL, 0, "418 I'm a Teapot\n", ""},
		{{"non-authoritative information"},
		 NULL,
		 0,
		 "203 Non-Authoritative Information\n",
		 ""},
		{{"HTTP_STATUS_NOT_FOUND"}, NULL, 0, NOT_FOUND, ""},
		{{"HTTP_NOT_FOUND"}, NULL, 0, NOT_FOUND, ""},
		{{"http_not_found"}, NULL, 0, NOT_FOUND, ""},
		{{"HTTP_STATUS_REQUEST_ENTITY_TOO_LARGE"}, NULL, 0, TOO_LARGE, ""},
		/* A name of its own that starts with HTTP_, with and without a
		 * prefix. */
		{{"HTTP_VERSION_NOT_SUPPORTED"}, NULL, 0, VERSION_505, ""},
		{{"HTTP_HTTP_VERSION_NOT_SUPPORTED"}, NULL, 0, VERSION_505, ""},
		{{"HTTP_STATUS_HTTP_VERSION_NOT_SUPPORTED"}, NULL, 0, VERSION_505, ""},
		{{"HTTP_STATUS_"}, NULL, 1, "", "httpstatus: HTTP_STATUS_" NO_MATCH},
		{{"404", "ok", "gateway time-out"},
		 NULL,
		 0,
		 NOT_FOUND "200 OK\n504 Gateway Timeout\n",
		 ""},
		/* No method is a status name or phrase (the generator sees to
		 * it), so a query in any case that names a code is the code's. */
		{{"ok", "OK", "Continue"}, NULL, 0, "200 OK\n200 OK\n100 Continue\n", ""},
	};
	(void)state;
	RUN_CASES(cases);
}

static void status_lines_and_codes_with_phrases_are_answered(void **state)
{
	static const struct cli_case cases[] = {
		{{"HTTP/1.1 404 Not Found"}, NULL, 0, NOT_FOUND, ""},
		{{"HTTP/2 404"}, NULL, 0, NOT_FOUND, ""},
		{{"HTTP/1.0 404"}, NULL, 0, NOT_FOUND, ""},
		{{"http/1.1 200 ok\r\n"}, NULL, 0, "200 OK\n", ""},
		/* On the wire the phrase is free text: a server's own is no
		 * mistake. */
		{{"HTTP/1.1 404 File Not Found"}, NULL, 0, NOT_FOUND, ""},
		{{"HTTP/1.1 299 Whatever"},
		 NULL,
		 1,
		 "",
		 "httpstatus: HTTP/1.1 299 Whatever" UNKNOWN_2XX},
		{{"HTTP/3 600"}, NULL, 1, "", "httpstatus: HTTP/3 600" NOT_A_CODE},
		{{"HTTP/7"}, NULL, 1, "", "httpstatus: HTTP/7" NO_MATCH},
		{{"HTTP/ 404"}, NULL, 1, "", "httpstatus: HTTP/ 404" NO_MATCH},
		{{"HTTP/1.1x 404"}, NULL, 1, "", "httpstatus: HTTP/1.1x 404" NO_MATCH},
		{{"HTTP/1.1 four"}, NULL, 1, "", "httpstatus: HTTP/1.1 four" NO_MATCH},
		{{"404 Not Found"}, NULL, 0, NOT_FOUND, ""},
		{{"404   not_found"}, NULL, 0, NOT_FOUND, ""},
		{{"413 Payload Too Large"}, NULL, 0, TOO_LARGE, ""},
		{{"404 Bad Request"},
		 NULL,
		 1,
		 "",
		 "httpstatus: 404 Bad Request: 404 is Not Found (Bad Request is 400)\n"},
		{{"404 Not Fond"}, NULL, 1, "", "httpstatus: 404 Not Fond: 404 is Not Found\n"},
		{{"299 Whatever"}, NULL, 1, "", "httpstatus: 299 Whatever" UNKNOWN_2XX},
	};
	(void)state;
	RUN_CASES(cases);
}

/* Words that form one query together are one query, however the shell
 * split them; words that do not are each a query. */
static void words_that_form_one_query_are_taken_together(void **state)
{
	static const struct cli_case cases[] = {
		{{"HTTP/1.1", "503"}, NULL, 0, "503 Service Unavailable\n", ""},
		{{"not", "found"}, NULL, 0, NOT_FOUND, ""},
		{{"404", "not", "found"}, NULL, 0, NOT_FOUND, ""},
		{{"HTTP/1.1", "404", "Not", "Found"}, NULL, 0, NOT_FOUND, ""},
		{{"request", "header", "fields", "too", "large"},
		 NULL,
		 0,
		 "431 Request Header Fields Too Large\n",
		 ""},
		{{"enhance", "your", "calm"}, NULL, 0, CALM_420, ""},
		{{"499", "token", "required"}, NULL, 0, ESRI_499 "\n", ""},
		{{"not", "found", "gone"}, NULL, 0, NOT_FOUND "410 Gone\n", ""},
		{{"404", "500"}, NULL, 0, NOT_FOUND "500 Internal Server Error\n", ""},
		/* A number after the first word is a query of its own, unless it
		 * is a status line's code. */
		{{"HTTP/1.1", "404", "500"}, NULL, 0, NOT_FOUND "500 Internal Server Error\n", ""},
		{{"404", "Gone"}, NULL, 0, NOT_FOUND "410 Gone\n", ""},
		{{"404 Gone"},
		 NULL,
		 1,
		 "",
		 "httpstatus: 404 Gone: 404 is Not Found (Gone is 410)\n"},
		/* Words that each answer on their own stay apart, and a word with
		 * a space in it was quoted: a query of its own. */
		{{"404", "not_found", "payload too large"},
		 NULL,
		 0,
		 NOT_FOUND NOT_FOUND TOO_LARGE,
		 ""},
		{{"HTTP/1.1 503 Slow Down", "HTTP_STATUS_TOO_MANY_REQUESTS"},
		 NULL,
		 0,
		 "503 Service Unavailable\n429 Too Many Requests\n",
		 ""},
		{{"499", "enhance your calm"}, NULL, 0, NGINX_499 "\n" ESRI_499 "\n" CALM_420, ""},
		{{"client", "closed", "request"}, NULL, 0, NGINX_499 "\n", ""},
		/* Only words side by side: an option between ends a query. */
		{{"404", "--color=never", "not found"}, NULL, 0, NOT_FOUND NOT_FOUND, ""},
		{{"", ""},
		 NULL,
		 1,
		 "",
		 "httpstatus: : an empty query\nhttpstatus: : an empty query\n"},
	};
	(void)state;
	RUN_CASES(cases);
}

static void classes_and_lists_give_every_code_of_them(void **state)
{
	(void)state;
	char *fours = lines_for(400, 499), *twos = lines_for(200, 299), *all = lines_for(100, 599);
	expect(ARGS("4xx"), 0, fours, "");
	expect(ARGS("2XX"), 0, twos, "");
	expect(ARGS("--list"), 0, all, "");
	free(fours);
	free(twos);
	free(all);
	static const struct cli_case cases[] = {
		{{"0xx"}, NULL, 1, "", "httpstatus: 0xx" NOT_A_CLASS},
		{{"9xx"}, NULL, 1, "", "httpstatus: 9xx" NOT_A_CLASS},
		{{"6xx"}, NULL, 1, "", "httpstatus: 6xx" NOT_A_CLASS},
		{{"9XX"}, NULL, 1, "", "httpstatus: 9XX" NOT_A_CLASS},
		{{"4xy"}, NULL, 1, "", "httpstatus: 4xy" NO_MATCH},
	};
	RUN_CASES(cases);
	char *ones = lines_for(100, 199),
	     *expected = format(NOT_FOUND "%s200 OK\n418 I'm a Teapot\n", ones);
	expect(ARGS("404", "1xx", "ok", "--search", "teapot"), 0, expected, "");
	free(ones);
	free(expected);
}

static void failures_say_which_and_why_on_stderr(void **state)
{
	static const struct cli_case cases[] = {
		{{"299"}, NULL, 1, "", "httpstatus: 299" UNKNOWN_2XX},
		{{"600"}, NULL, 1, "", "httpstatus: 600" NOT_A_CODE},
		{{"99"}, NULL, 1, "", "httpstatus: 99" NOT_A_CODE},
		{{"foo"}, NULL, 1, "", "httpstatus: foo" NO_MATCH},
		{{"--", "-5"}, NULL, 1, "", "httpstatus: -5" NOT_A_CODE},
		{{"-5"}, NULL, 1, "", "httpstatus: -5" NOT_A_CODE},
		{{"404", "foo", "200"}, NULL, 1, NOT_FOUND "200 OK\n", "httpstatus: foo" NO_MATCH},
		{{"471"}, NULL, 1, "", "httpstatus: 471" UNKNOWN_4XX},
		{{""}, NULL, 1, "", "httpstatus: : an empty query\n"},
		{{" \t"}, NULL, 1, "", "httpstatus: : an empty query\n"},
		{{"*"}, NULL, 1, "", "httpstatus: *" RESERVED},
	};
	(void)state;
	RUN_CASES(cases);
}

/* Linux takes at most 128 KiB in one argument, Windows 32,767 characters
 * in the whole command line. */
static void huge_and_binary_queries_are_answered_safely(void **state)
{
	(void)state;
#if defined(CLI_FOR_WINDOWS)
	size_t len = 30000;
#else
	size_t len = 100000;
#endif
	char *big = malloc(len + 1);
	assert_non_null(big);
	memset(big, 'x', len);
	big[len] = '\0';
	expect(ARGS(big), 1, "",
	       "httpstatus: "
	       "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..." NO_MATCH);
	free(big);
#if !defined(CLI_FOR_WINDOWS) /* no 0xff byte reaches a Windows command line */
	expect(ARGS("\x1b[31m\xff\x01"), 1, "", "httpstatus: \\x1b[31m\\xff\\x01" NO_MATCH);
#endif
}

static void searches_find_text_in_any_field_ignoring_case(void **state)
{
	static const struct cli_case cases[] = {
		{{"--registered", "--search", "TIMEOUT"},
		 NULL,
		 0,
		 "408 Request Timeout\n504 Gateway Timeout\n",
		 ""},
		{{"--search=teapot"}, NULL, 0, "418 I'm a Teapot\n", ""},
		{{"--search", "entity", "--registered"},
		 NULL,
		 0,
		 TOO_LARGE "422 Unprocessable Content\n",
		 ""},
		{{"--search", "captive"}, NULL, 1, "", "httpstatus: captive" NO_MATCH},
		{{"--search", "log-only"},
		 NULL,
		 0,
		 "444 connection closed without response (unofficial: nginx, log only)\n"
		 "460 client closed load balanced request (unofficial: AWS ELB, log "
		 "only)\n" NGINX_499 "\n",
		 ""},
		/* Descriptions and tokens of methods too, after the codes. */
		{{"--search", "representation"},
		 NULL,
		 0,
		 "300 Multiple Choices\n406 Not Acceptable\n416 Range Not Satisfiable\n" GET_LINE
		 "PUT method: not safe, idempotent, not cacheable (RFC 9110, Section 9.3.4)\n",
		 ""},
		{{"--search", "tunnel"},
		 NULL,
		 0,
		 "CONNECT method: not safe, not idempotent, not cacheable (RFC 9110, Section "
		 "9.3.6)\n",
		 ""},
		{{"--registered", "--search", "nginx"}, NULL, 1, "", "httpstatus: nginx" NO_MATCH},
		/* Text nothing else matches is searched for, with a note;
		 * several words as well as one. */
		{{"teapot"}, NULL, 0, "418 I'm a Teapot\n", "httpstatus: teapot" SEARCHED},
		{{"--registered", "TIMEOUT"},
		 NULL,
		 0,
		 "408 Request Timeout\n504 Gateway Timeout\n",
		 "httpstatus: TIMEOUT" SEARCHED},
		{{"client closed"}, NULL, 0, NGINX_499 "\n", "httpstatus: client closed" SEARCHED},
		{{"ea"}, NULL, 1, "", "httpstatus: ea" NO_MATCH},
		{{"captive"}, NULL, 1, "", "httpstatus: captive" NO_MATCH},
		{{"captive portal"}, NULL, 1, "", "httpstatus: captive portal" NO_MATCH},
	};
	(void)state;
	RUN_CASES(cases);
	char *threes = lines_for(300, 399), *fives = lines_for(500, 599);
	expect(ARGS("--search", "REDIRECTION"), 0, threes, "");
	char *redirect =
		format("%s451 Redirect (unofficial: Microsoft Exchange)\n"
		       "MKREDIRECTREF method: not safe, idempotent, not cacheable (RFC "
		       "4437, Section 6)\n"
		       "UPDATEREDIRECTREF method: not safe, idempotent, not cacheable (RFC "
		       "4437, Section 7)\n",
		       threes);
	expect(ARGS("--search", "redirect"), 0, redirect, "");
	expect(ARGS("--registered", "--search", "server error"), 0, fives, "");
	expect(ARGS("--registered", "Server Error"), 0, fives, "httpstatus: Server Error" SEARCHED);
	free(threes);
	free(fives);
	free(redirect);
}

static void near_misses_get_did_you_mean(void **state)
{
#define DID_YOU_MEAN NO_MATCH_WITHOUT_END "; did you mean "
#define NO_MATCH_WITHOUT_END ": no status code matches"
	static const struct cli_case cases[] = {
		{{"not fuond"}, NULL, 1, "", "httpstatus: not fuond" DID_YOU_MEAN "Not Found?\n"},
		{{"NOT_FUOND"}, NULL, 1, "", "httpstatus: NOT_FUOND" DID_YOU_MEAN "NOT_FOUND?\n"},
		{{"not_fuond"}, NULL, 1, "", "httpstatus: not_fuond" DID_YOU_MEAN "NOT_FOUND?\n"},
		{{"gatway timeout"},
		 NULL,
		 1,
		 "",
		 "httpstatus: gatway timeout" DID_YOU_MEAN "Gateway Timeout?\n"},
		{{"request entity to large"},
		 NULL,
		 1,
		 "",
		 "httpstatus: request entity to large" DID_YOU_MEAN "Request Entity Too Large?\n"},
		{{"xound"}, NULL, 1, "", "httpstatus: xound" DID_YOU_MEAN "Found?\n"},
		{{"bad gateaway"},
		 NULL,
		 1,
		 "",
		 "httpstatus: bad gateaway" DID_YOU_MEAN "Bad Gateway?\n"},
		{{"no content x"},
		 NULL,
		 1,
		 "",
		 "httpstatus: no content x" DID_YOU_MEAN "No Content?\n"},
		/* Two edits from 201 Created and from 202 Accepted: both, in code
		 * order, as names when the query looks like one. */
		{{"acreapted"},
		 NULL,
		 1,
		 "",
		 "httpstatus: acreapted" DID_YOU_MEAN "Created or Accepted?\n"},
		{{"ACREAPTED"},
		 NULL,
		 1,
		 "",
		 "httpstatus: ACREAPTED" DID_YOU_MEAN "CREATED or ACCEPTED?\n"},
		/* One edit from Gone beats two from anything else. */
		{{"Gome"}, NULL, 1, "", "httpstatus: Gome" DID_YOU_MEAN "Gone?\n"},
		{{"Forbiden"}, NULL, 1, "", "httpstatus: Forbiden" DID_YOU_MEAN "Forbidden?\n"},
		{{"enhance your clam"},
		 NULL,
		 1,
		 "",
		 "httpstatus: enhance your clam" DID_YOU_MEAN "Enhance Your Calm?\n"},
		{{"CLIENT_CLOSED_REQEST"},
		 NULL,
		 1,
		 "",
		 "httpstatus: CLIENT_CLOSED_REQEST" DID_YOU_MEAN "CLIENT_CLOSED_REQUEST?\n"},
		{{"GTE"}, NULL, 1, "", "httpstatus: GTE" DID_YOU_MEAN "GET?\n"},
		{{"PSOT"}, NULL, 1, "", "httpstatus: PSOT" DID_YOU_MEAN "POST?\n"},
		/* A name two codes share is offered once. */
		{{"UNAUTHORISED"},
		 NULL,
		 1,
		 "",
		 "httpstatus: UNAUTHORISED" DID_YOU_MEAN "UNAUTHORIZED?\n"},
		/* As long as a query near a text can be: 64 bytes. */
		{{"the plain http request was sent to https port, the plain http re"},
		 NULL,
		 1,
		 "",
		 "httpstatus: the plain http request was sent to https port, the plain http "
		 "re" DID_YOU_MEAN "The plain HTTP request was sent to HTTPS port?\n"},
		{{"foobar_method_failure"},
		 NULL,
		 1,
		 "",
		 "httpstatus: foobar_method_failure" DID_YOU_MEAN "METHOD_FAILURE?\n"},
		/* Nonsense, and text too far from anything, get no guess. */
		{{"xyzzy plugh"}, NULL, 1, "", "httpstatus: xyzzy plugh" NO_MATCH},
		{{"ko"}, NULL, 1, "", "httpstatus: ko" NO_MATCH},
		{{"not found at all here"},
		 NULL,
		 1,
		 "",
		 "httpstatus: not found at all here" NO_MATCH},
		{{"--registered", "enhance your clam"},
		 NULL,
		 1,
		 "",
		 "httpstatus: enhance your clam" NO_MATCH},
	};
	(void)state;
	RUN_CASES(cases);
}

/* ---- Unofficial uses -------------------------------------------------------- */

static void unofficial_codes_are_answered_with_their_source(void **state)
{
	static const struct cli_case cases[] = {
		{{"520"},
		 NULL,
		 0,
		 "520 Web server is returning an unknown error (unofficial: Cloudflare)\n",
		 ""},
		{{"444"},
		 NULL,
		 0,
		 "444 connection closed without response (unofficial: nginx, log only)\n",
		 ""},
		{{"495"},
		 NULL,
		 0,
		 "495 The SSL certificate error (unofficial: nginx, sent as 400)\n",
		 ""},
		{{"498"}, NULL, 0, "498 Invalid Token (unofficial: Esri, in body)\n", ""},
		{{"599"},
		 NULL,
		 0,
		 "599 Network connect timeout error (unofficial: Client libraries, client side)\n",
		 ""},
		{{"HTTP/1.1 522 Origin Timeout"},
		 NULL,
		 0,
		 "522 Connection timed out (unofficial: Cloudflare)\n",
		 ""},
		/* A code with two uses: a line each. */
		{{"499"}, NULL, 0, NGINX_499 "\n" ESRI_499 "\n", ""},
		{{"420", "530"},
		 NULL,
		 0,
		 CALM_420 "420 Method Failure (unofficial: Spring)\n"
			  "530 error 1xxx (unofficial: Cloudflare)\n"
			  "530 Site is frozen (unofficial: Pantheon)\n",
		 ""},
		/* A registered code keeps its registered answer. */
		{{"451"}, NULL, 0, "451 Unavailable For Legal Reasons\n", ""},
	};
	(void)state;
	RUN_CASES(cases);
}

static void phrases_names_and_constants_of_uses_are_queries(void **state)
{
#define CLIENT_444 "444 connection closed without response (unofficial: nginx, log only)\n"
	static const struct cli_case cases[] = {
		{{"enhance your calm"}, NULL, 0, CALM_420, ""},
		{{"ENHANCE_YOUR_CALM"}, NULL, 0, CALM_420, ""},
		{{"client_closed_request"}, NULL, 0, NGINX_499 "\n", ""},
		{{"Client-Closed-Request"}, NULL, 0, NGINX_499 "\n", ""},
		{{"client closed request"}, NULL, 0, NGINX_499 "\n", ""},
		{{"HTTP_STATUS_NGINX_CLIENT_CLOSED_REQUEST"}, NULL, 0, NGINX_499 "\n", ""},
		{{"nginx_client_closed_request"}, NULL, 0, NGINX_499 "\n", ""},
		{{"token required"}, NULL, 0, ESRI_499 "\n", ""},
		{{"HTTP_STATUS_ESRI_TOKEN_REQUIRED"}, NULL, 0, ESRI_499 "\n", ""},
		{{"http_status_client_libraries_network_read_timeout_error"},
		 NULL,
		 0,
		 "598 Network read timeout error (unofficial: Client libraries, client side)\n",
		 ""},
		{{"connection closed without response"}, NULL, 0, CLIENT_444, ""},
		/* A code and one of its uses' phrase or name: that use. */
		{{"499 Token Required"}, NULL, 0, ESRI_499 "\n", ""},
		{{"499 client_closed_request"}, NULL, 0, NGINX_499 "\n", ""},
		{{"499 HTTP_STATUS_ESRI_TOKEN_REQUIRED"}, NULL, 0, ESRI_499 "\n", ""},
		{{"451 Redirect"}, NULL, 0, "451 Redirect (unofficial: Microsoft Exchange)\n", ""},
		{{"Redirect"}, NULL, 0, "451 Redirect (unofficial: Microsoft Exchange)\n", ""},
		/* The tool's own line, whatever source it names. */
		{{"499 Client Closed Request (unofficial: somebody)"}, NULL, 0, NGINX_499 "\n", ""},
		{{"499 Client Closed Request (unofficial: nginx"},
		 NULL,
		 1,
		 "",
		 "httpstatus: 499 Client Closed Request (unofficial: nginx: 499 is Client Closed "
		 "Request or Token Required\n"},
		{{"499 (unofficial: nginx)"},
		 NULL,
		 1,
		 "",
		 "httpstatus: 499 (unofficial: nginx): 499 is Client Closed Request or Token "
		 "Required\n"},
		/* Not a constant: the plain name after HTTP_STATUS_, a source
		 * alone. */
		{{"HTTP_STATUS_CLIENT_CLOSED_REQUEST"},
		 NULL,
		 1,
		 "",
		 "httpstatus: HTTP_STATUS_CLIENT_CLOSED_REQUEST" NO_MATCH},
		{{"nginx_"}, NULL, 1, "", "httpstatus: nginx_" NO_MATCH},
		/* Registered names and phrases come first: Shopify's 430 has
		 * 431's name and phrase, AWS's 561 401's. */
		{{"request header fields too large"},
		 NULL,
		 0,
		 "431 Request Header Fields Too Large\n",
		 ""},
		{{"REQUEST_HEADER_FIELDS_TOO_LARGE"},
		 NULL,
		 0,
		 "431 Request Header Fields Too Large\n",
		 ""},
		{{"unauthorized"}, NULL, 0, "401 Unauthorized\n", ""},
		{{"shopify_request_header_fields_too_large"},
		 NULL,
		 0,
		 "430 Request Header Fields Too Large (unofficial: Shopify)\n",
		 ""},
		{{"HTTP_STATUS_AWS_ELB_UNAUTHORIZED"},
		 NULL,
		 0,
		 "561 Unauthorized (unofficial: AWS ELB)\n",
		 ""},
		{{"561 Unauthorized"}, NULL, 0, "561 Unauthorized (unofficial: AWS ELB)\n", ""},
		{{"401 Unauthorized"}, NULL, 0, "401 Unauthorized\n", ""},
	};
	(void)state;
	RUN_CASES(cases);
	/* Longer than any name: a code's uses are not compared with it. */
	char query[400];
	snprintf(query, sizeof query, "499 %0300d", 0);
	struct spawn_result r = run(ARGS(query));
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, "...: 499 is Client Closed Request or Token Required\n"));
	spawn_free(&r);
}

static void a_code_and_another_ones_phrase_says_whose_it_is(void **state)
{
	static const struct cli_case cases[] = {
		{{"499 enhance your calm"},
		 NULL,
		 1,
		 "",
		 "httpstatus: 499 enhance your calm: 499 is Client Closed Request or Token "
		 "Required "
		 "(Enhance Your Calm is 420)\n"},
		{{"404 client closed request"},
		 NULL,
		 1,
		 "",
		 "httpstatus: 404 client closed request: 404 is Not Found (Client Closed Request "
		 "is "
		 "499)\n"},
		{{"451 Token Required"},
		 NULL,
		 1,
		 "",
		 "httpstatus: 451 Token Required: 451 is Unavailable For Legal Reasons or Redirect "
		 "(Token Required is 499)\n"},
		{{"444 Not Found"},
		 NULL,
		 1,
		 "",
		 "httpstatus: 444 Not Found: 444 is connection closed without response (Not Found "
		 "is 404)\n"},
		{{"520 whatever"},
		 NULL,
		 1,
		 "",
		 "httpstatus: 520 whatever: 520 is Web server is returning an unknown error\n"},
		{{"--registered", "451 Redirect"},
		 NULL,
		 1,
		 "",
		 "httpstatus: 451 Redirect: 451 is Unavailable For Legal Reasons\n"},
		{{"--registered", "404 client closed request"},
		 NULL,
		 1,
		 "",
		 "httpstatus: 404 client closed request: 404 is Not Found\n"},
	};
	(void)state;
	RUN_CASES(cases);
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
}

static void registered_leaves_out_every_unofficial_use(void **state)
{
	static const struct cli_case cases[] = {
		{{"--registered", "499"}, NULL, 1, "", "httpstatus: 499" UNKNOWN_4XX},
		{{"--registered", "enhance your calm"},
		 NULL,
		 1,
		 "",
		 "httpstatus: enhance your calm" NO_MATCH},
		{{"--registered", "HTTP/1.1 520 Oops"},
		 NULL,
		 1,
		 "",
		 "httpstatus: HTTP/1.1 520 Oops: not a known status code (5xx Server Error)\n"},
		{{"404", "--registered", "451"},
		 NULL,
		 0,
		 NOT_FOUND "451 Unavailable For Legal Reasons\n",
		 ""},
		{{"--registered", "GET"}, NULL, 0, GET_LINE, ""},
	};
	(void)state;
	RUN_CASES(cases);
}

/* ---- Methods ------------------------------------------------------------------ */

static void methods_are_answered_with_their_flags(void **state)
{
	static const struct cli_case cases[] = {
		{{"GET"}, NULL, 0, GET_LINE, ""},
		{{"POST", "PATCH"},
		 NULL,
		 0,
		 "POST method: not safe, not idempotent, cacheable (RFC 9110, Section 9.3.3)\n"
		 "PATCH method: not safe, not idempotent, not cacheable (RFC 5789, Section 2)\n",
		 ""},
		{{"BASELINE-CONTROL"}, NULL, 0, BASELINE, ""},
		{{"HTTP_METHOD_BASELINE_CONTROL"}, NULL, 0, BASELINE, ""},
		{{"http_method_get"}, NULL, 0, GET_LINE, ""},
		{{"OPTIONS"},
		 NULL,
		 0,
		 "OPTIONS method: safe, idempotent, not cacheable (RFC 9110, Section 9.3.7)\n",
		 ""},
		/* In another case, with a note: methods are case-sensitive. */
		{{"get"}, NULL, 0, GET_LINE, "httpstatus: get" WRONG_CASE "GET\n"},
		{{"Get"}, NULL, 0, GET_LINE, "httpstatus: Get" WRONG_CASE "GET\n"},
		{{"baseline-control"},
		 NULL,
		 0,
		 BASELINE,
		 "httpstatus: baseline-control" WRONG_CASE "BASELINE-CONTROL\n"},
		{{"search"},
		 NULL,
		 0,
		 "SEARCH method: safe, idempotent, not cacheable (RFC 5323, Section 2)\n",
		 "httpstatus: search" WRONG_CASE "SEARCH\n"},
		/* "*" is reserved (RFC 9110, Section 18.2). */
		{{"GET", "get", "*"},
		 NULL,
		 1,
		 GET_LINE GET_LINE,
		 "httpstatus: get" WRONG_CASE "GET\nhttpstatus: *" RESERVED},
	};
	(void)state;
	RUN_CASES(cases);
}

static void methods_lists_every_method(void **state)
{
	(void)state;
	char expected[8192] = "";
	size_t n = 0, count = 0;
	for (enum httpstatus_method m = httpstatus_method_next(HTTP_METHOD_UNKNOWN); m;
	     m = httpstatus_method_next(m), count++) {
		char *line = method_line(m);
		n += (size_t)snprintf(expected + n, sizeof expected - n, "%s", line);
		free(line);
	}
	assert_int_equal(count, httpstatus_method_count());
	expect(ARGS("--methods"), 0, expected, "");
}

int main(int argc, char **argv)
{
	static const char *const not_on_windows[] = {NULL};
	struct CMUnitTest tests[] = {
		cmocka_unit_test(codes_names_phrases_and_constants_are_answered),
		cmocka_unit_test(status_lines_and_codes_with_phrases_are_answered),
		cmocka_unit_test(words_that_form_one_query_are_taken_together),
		cmocka_unit_test(classes_and_lists_give_every_code_of_them),
		cmocka_unit_test(failures_say_which_and_why_on_stderr),
		cmocka_unit_test(huge_and_binary_queries_are_answered_safely),
		cmocka_unit_test(searches_find_text_in_any_field_ignoring_case),
		cmocka_unit_test(near_misses_get_did_you_mean),
		cmocka_unit_test(unofficial_codes_are_answered_with_their_source),
		cmocka_unit_test(phrases_names_and_constants_of_uses_are_queries),
		cmocka_unit_test(a_code_and_another_ones_phrase_says_whose_it_is),
		cmocka_unit_test(unofficial_lists_every_use),
		cmocka_unit_test(registered_leaves_out_every_unofficial_use),
		cmocka_unit_test(methods_are_answered_with_their_flags),
		cmocka_unit_test(methods_lists_every_method),
	};
	return cli_run_tests(argc, argv, "cli-queries", tests, sizeof tests / sizeof tests[0],
			     not_on_windows);
}
