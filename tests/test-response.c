/* What a server sends for a code: whether the response has content, the
 * status lines, precomputed and written, the error page and the problem
 * body, each against what the data files and the RFCs say, written out here;
 * and every writer follows snprintf's rules to the byte. The page and the
 * body under real parsers: test-response-parsers.c. */
#include "json.h"
#include "testdata.h"
#include "utf8-replaced.h"

#include <httpstatus.h>

#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

/* The data file's entry for code, or NULL if it has none. */
static const struct test_entry *registered(int code)
{
	for (size_t i = 0; i < testdata.count; i++)
		if (testdata.entries[i].code == code)
			return &testdata.entries[i];
	return NULL;
}

static struct test_methods methods;

/* Whether the data file flags code no-content (204, 205 and 304: RFC 9110,
 * Sections 15.3.5, 15.3.6, 15.4.5), the one list of them. */
static bool flagged_no_content(int code)
{
	const struct test_entry *e = registered(code);
	return e && strstr(e->flags, "no-content") != NULL;
}

/* Whether a response with code to a request with this method (its token,
 * NULL for none) has content, as RFC 9110 and RFC 9112 say: never outside
 * 100-599 (no such response), nor for HEAD (Section 9.3.2), any 1xx (15.2),
 * a code flagged no-content, nor a 2xx to CONNECT, which makes a tunnel
 * (9.3.6); every other response may have content. */
static bool rfc_has_content(const char *method, int code)
{
	bool head = method && strcmp(method, "HEAD") == 0;
	bool connect = method && strcmp(method, "CONNECT") == 0;
	if (code < 100 || code > 599 || head || code < 200 || flagged_no_content(code))
		return false;
	return !(connect && code < 300);
}

static void fill(char *buf, size_t size)
{
	memset(buf, '#', size);
}

/* ---- Content ---------------------------------------------------------------- */

static void check_content(int method_value, const char *token)
{
	for (int code = 0; code <= 700; code++)
		if (httpstatus_has_content((enum httpstatus_method)method_value, code) !=
		    rfc_has_content(token, code))
			fail_msg("has_content(%s (%d), %d) is wrong", token ? token : "no method",
				 method_value, code);
}

static void has_content_follows_the_rfcs_for_every_method_and_code(void **state)
{
	(void)state;
	for (size_t i = 0; i < methods.count; i++)
		check_content(methods.methods[i].id, methods.methods[i].token);
}

static void has_content_takes_any_other_method_value_as_no_method(void **state)
{
	static const int others[] = {INT_MIN, -1, 1000, INT_MAX};
	(void)state;
	check_content(HTTP_METHOD_UNKNOWN, NULL);
	for (int value = -1000; value <= 1000; value++) {
		bool known = false;
		for (size_t i = 0; i < methods.count; i++)
			known |= methods.methods[i].id == value;
		if (!known)
			check_content(value, NULL);
	}
	for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
		check_content(others[i], NULL);
}

static void has_content_is_false_for_every_int_outside_100_to_599(void **state)
{
	static const int codes[] = {INT_MIN, -404, -1, 0, 99, 600, 1404, INT_MAX};
	(void)state;
	for (size_t c = 0; c < sizeof codes / sizeof codes[0]; c++) {
		assert_false(httpstatus_has_content(HTTP_METHOD_GET, codes[c]));
		assert_false(httpstatus_has_content(HTTP_METHOD_UNKNOWN, codes[c]));
	}
}

/* ---- Status lines ---------------------------------------------------------- */

/* "HTTP/1.1 404 Not Found\r\n" from the data file, or with an empty phrase. */
static int expected_line(char *buf, size_t size, int code)
{
	const struct test_entry *e = registered(code);
	return snprintf(buf, size, "HTTP/1.1 %d %s\r\n", code, e ? e->phrase : "");
}

static void status_line_writes_the_whole_line(void **state)
{
	char buf[64];
	(void)state;
	fill(buf, sizeof buf);
	assert_int_equal(httpstatus_status_line(buf, sizeof buf, 404), 24);
	assert_string_equal(buf, "HTTP/1.1 404 Not Found\r\n");
}

static void unregistered_code_gets_an_empty_reason_phrase(void **state)
{
	char buf[64];
	(void)state;
	assert_int_equal(httpstatus_status_line(buf, sizeof buf, 471), 15);
	assert_string_equal(buf, "HTTP/1.1 471 \r\n");
	httpstatus_status_line(buf, sizeof buf, 199);
	assert_string_equal(buf, "HTTP/1.1 199 \r\n");
	httpstatus_status_line(buf, sizeof buf, 599);
	assert_string_equal(buf, "HTTP/1.1 599 \r\n");
}

static void every_code_of_100_to_599_gets_its_line(void **state)
{
	(void)state;
	for (int code = 100; code <= 599; code++) {
		char want[128], got[128];
		int len = expected_line(want, sizeof want, code);
		fill(got, sizeof got);
		assert_int_equal(httpstatus_status_line(got, sizeof got, code), len);
		assert_string_equal(got, want);
	}
}

static void codes_outside_100_to_599_write_an_empty_line(void **state)
{
	static const int codes[] = {INT_MIN, -404, -1, 0, 99, 600, 1404, INT_MAX};
	char buf[16];
	(void)state;
	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
		fill(buf, sizeof buf);
		assert_int_equal(httpstatus_status_line(buf, sizeof buf, codes[i]), 0);
		assert_int_equal(buf[0], '\0');
		assert_int_equal(buf[1], '#');
	}
}

static void every_registered_code_has_a_static_line_equal_to_the_written_one(void **state)
{
	(void)state;
	for (size_t i = 0; i < testdata.count; i++) {
		int code = testdata.entries[i].code;
		char want[128];
		size_t len = 12345;
		int n = expected_line(want, sizeof want, code);
		const char *line = httpstatus_status_line_static(code, &len);
		assert_non_null(line);
		assert_string_equal(line, want);
		assert_int_equal(len, (size_t)n);
		assert_int_equal(len, strlen(line));
		assert_ptr_equal(httpstatus_status_line_static(code, NULL), line);
	}
}

static void check_no_static_line(int code)
{
	size_t len = 12345;
	if (code >= 100 && code <= 599 && registered(code))
		return;
	if (httpstatus_status_line_static(code, &len) != NULL || len != 0)
		fail_msg("code %d has a static line", code);
	assert_null(httpstatus_status_line_static(code, NULL));
}

static void every_other_int_has_no_static_line(void **state)
{
	static const int extremes[] = {INT_MIN, INT_MIN + 1, INT_MIN + 404, INT_MAX - 1, INT_MAX};
	(void)state;
	for (int code = -100000; code <= 100000; code++)
		check_no_static_line(code);
	for (size_t i = 0; i < sizeof extremes / sizeof extremes[0]; i++)
		check_no_static_line(extremes[i]);
}

/* ---- The writers' size rules ----------------------------------------------- */

typedef size_t writer_fn(char *buf, size_t size, int code, const char *detail);

static size_t line_writer(char *buf, size_t size, int code, const char *detail)
{
	(void)detail;
	return httpstatus_status_line(buf, size, code);
}

static const struct writer {
	const char *name;
	writer_fn *write;
} writers[] = {
	{"httpstatus_status_line", line_writer},
	{"httpstatus_error_page", httpstatus_error_page},
	{"httpstatus_problem_json", httpstatus_problem_json},
};
enum { WRITERS = sizeof writers / sizeof writers[0] };

/* The whole output of w, in memory the caller frees; its length in *len. */
static char *write_whole(const struct writer *w, int code, const char *detail, size_t *len)
{
	*len = w->write(NULL, 0, code, detail);
	char *out = calloc(1, *len + 1);
	assert_non_null(out);
	assert_int_equal(w->write(out, *len + 1, code, detail), *len);
	assert_int_equal(strlen(out), *len);
	return out;
}

/* Into a buffer of size bytes (of a larger one filled with '#'), w writes
 * the first size - 1 bytes of its output and a NUL, and nothing else: only
 * the NUL where it has no output (a length of 0), as snprintf does, and
 * nothing at all when size is 0. */
static void check_size(const struct writer *w, int code, const char *detail, const char *whole,
		       size_t len, size_t size)
{
	size_t cap = len + 16;
	char *buf = malloc(cap);
	assert_non_null(buf);
	fill(buf, cap);
	size_t got = w->write(buf, size, code, detail);
	if (got != len)
		fail_msg("%s(size %zu, %d) returned %zu, not %zu", w->name, size, code, got, len);
	bool writes = size > 0;
	size_t kept = !writes ? 0 : size - 1 < len ? size - 1 : len;
	if (memcmp(buf, whole, kept) != 0 || (writes && buf[kept] != '\0'))
		fail_msg("%s(size %zu, %d) did not write the start of its output", w->name, size,
			 code);
	for (size_t i = writes ? kept + 1 : 0; i < cap; i++)
		if (buf[i] != '#')
			fail_msg("%s(size %zu, %d) wrote byte %zu", w->name, size, code, i);
	free(buf);
}

static const char hostile_detail[] = "</p><script>alert(\"x\" + 'y')</script> &amp; \r\n\t\x01"
				     "\x7f \xc2\x85 \xe2\x80\xa8 \xc0\xaf \xed\xa0\x80 \xe2\x82";

static void every_writer_follows_snprintf_at_every_size_for_every_code(void **state)
{
	(void)state;
	for (size_t i = 0; i < WRITERS; i++)
		for (int code = 0; code <= 700; code++) {
			size_t len;
			char *whole = write_whole(&writers[i], code, hostile_detail, &len);
			for (size_t size = 0; size <= len + 1; size++)
				check_size(&writers[i], code, hostile_detail, whole, len, size);
			assert_int_equal(writers[i].write(NULL, len + 1, code, hostile_detail),
					 len);
			free(whole);
		}
}

/* Every writer ends the buffer whatever it returns, for codes with an output
 * and codes without one (outside 100-599, no content), at size 1 (only the
 * NUL) and at a size too small for any output. */
static void every_writer_ends_the_buffer_for_every_code_of_minus_2_to_1000(void **state)
{
	(void)state;
	for (size_t i = 0; i < WRITERS; i++)
		for (int code = -2; code <= 1000; code++) {
			size_t len;
			char *whole = write_whole(&writers[i], code, hostile_detail, &len);
			check_size(&writers[i], code, hostile_detail, whole, len, 1);
			check_size(&writers[i], code, hostile_detail, whole, len, 9);
			free(whole);
		}
}

/* Sizes 0 and 1, exactly enough and one short, by name, for 404. */
static void every_writer_writes_nothing_at_size_0_and_only_the_nul_at_size_1(void **state)
{
	(void)state;
	for (size_t i = 0; i < WRITERS; i++) {
		size_t len;
		char *whole = write_whole(&writers[i], 404, "gone", &len);
		check_size(&writers[i], 404, "gone", whole, len, 0);
		check_size(&writers[i], 404, "gone", whole, len, 1);
		free(whole);
	}
}

static void every_writer_fits_exactly_enough_room_and_cuts_one_short(void **state)
{
	(void)state;
	for (size_t i = 0; i < WRITERS; i++) {
		size_t len;
		char *whole = write_whole(&writers[i], 404, "gone", &len);
		check_size(&writers[i], 404, "gone", whole, len, len + 1);
		check_size(&writers[i], 404, "gone", whole, len, len);
		free(whole);
	}
}

/* ---- Error page ----------------------------------------------------------- */

/* text, escaped as the page must: & < > " ' and CR as references. */
static void html_escaped(char *out, const char *text)
{
	for (; *text; text++) {
		const char *ref = *text == '&'    ? "&amp;"
				  : *text == '<'  ? "&lt;"
				  : *text == '>'  ? "&gt;"
				  : *text == '"'  ? "&quot;"
				  : *text == '\'' ? "&#39;"
				  : *text == '\r' ? "&#13;"
						  : NULL;
		size_t n = ref ? strlen(ref) : 1;
		memcpy(out, ref ? ref : text, n);
		out += n;
	}
	*out = '\0';
}

static const char *const class_names[] = {
	"", "Informational", "Successful", "Redirection", "Client Error", "Server Error"};

/* The page for code, as the header's comment describes it. */
static void expected_page(char *out, size_t size, int code, const char *detail)
{
	const struct test_entry *e = registered(code);
	char heading[300], about[600], detail_p[4096] = "";
	if (e)
		html_escaped(heading + snprintf(heading, sizeof heading, "%d ", code), e->phrase);
	else
		snprintf(heading, sizeof heading, "%d", code);
	if (e)
		html_escaped(about, e->description);
	else
		snprintf(about, sizeof about, "An unregistered status code of the %s class",
			 class_names[code / 100]);
	if (detail) {
		strcpy(detail_p, "<p>");
		html_escaped(detail_p + 3, detail);
		strcat(detail_p, "</p>\n");
	}
	snprintf(out, size,
		 "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
		 "<title>%s</title>\n</head>\n<body>\n<h1>%s</h1>\n<p>%s.</p>\n%s"
		 "</body>\n</html>\n",
		 heading, heading, about, detail_p);
}

static void the_404_page_is_a_small_complete_html_page(void **state)
{
	char buf[1024];
	(void)state;
	size_t len = httpstatus_error_page(buf, sizeof buf, 404, "No <b>such</b> page");
	assert_int_equal(len, strlen(buf));
	assert_string_equal(buf, "<!DOCTYPE html>\n"
				 "<html lang=\"en\">\n"
				 "<head>\n"
				 "<meta charset=\"utf-8\">\n"
				 "<title>404 Not Found</title>\n"
				 "</head>\n"
				 "<body>\n"
				 "<h1>404 Not Found</h1>\n"
				 "<p>Nothing matches the requested URI.</p>\n"
				 "<p>No &lt;b&gt;such&lt;/b&gt; page</p>\n"
				 "</body>\n"
				 "</html>\n");
}

static void an_unregistered_code_gets_a_page_without_a_phrase(void **state)
{
	char buf[1024];
	(void)state;
	httpstatus_error_page(buf, sizeof buf, 471, NULL);
	assert_non_null(strstr(buf, "<title>471</title>"));
	assert_non_null(strstr(buf, "<h1>471</h1>"));
	assert_non_null(
		strstr(buf, "<p>An unregistered status code of the Client Error class.</p>"));
}

static void every_code_with_content_gets_its_page(void **state)
{
	static const char *const details[] = {NULL, "", "Try again <later> & \"soon\", 'ok'\r\n"};
	(void)state;
	for (int code = 200; code <= 599; code++) {
		if (!rfc_has_content(NULL, code))
			continue;
		for (size_t d = 0; d < sizeof details / sizeof details[0]; d++) {
			char want[8192], got[8192];
			expected_page(want, sizeof want, code, details[d]);
			fill(got, sizeof got);
			assert_int_equal(httpstatus_error_page(got, sizeof got, code, details[d]),
					 strlen(want));
			assert_string_equal(got, want);
		}
	}
}

/* ---- Problem body ---------------------------------------------------------- */

static void the_404_problem_is_an_rfc_9457_object(void **state)
{
	char buf[256];
	(void)state;
	size_t len = httpstatus_problem_json(buf, sizeof buf, 404, "No \"such\" page");
	assert_int_equal(len, strlen(buf));
	assert_string_equal(buf, "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
				 "\"detail\":\"No \\\"such\\\" page\"}");
	httpstatus_problem_json(buf, sizeof buf, 404, NULL);
	assert_string_equal(buf,
			    "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}");
}

static void an_unregistered_code_gets_a_problem_without_a_title(void **state)
{
	char buf[256];
	(void)state;
	httpstatus_problem_json(buf, sizeof buf, 471, "x");
	assert_string_equal(buf, "{\"type\":\"about:blank\",\"status\":471,\"detail\":\"x\"}");
}

static void every_code_with_content_gets_its_problem(void **state)
{
	(void)state;
	for (int code = 200; code <= 599; code++) {
		if (!rfc_has_content(NULL, code))
			continue;
		char buf[512];
		size_t len = httpstatus_problem_json(buf, sizeof buf, code, "Try again \"soon\"");
		struct json *v = json_parse(buf, len);
		if (!v)
			fail_msg("%d: not JSON: %s", code, buf);
		assert_int_equal(v->type, JSON_OBJECT);
		const struct test_entry *e = registered(code);
		assert_int_equal(v->count, e ? 4 : 3);
		assert_string_equal(v->items[0].key, "type");
		assert_string_equal(v->items[0].string, "about:blank");
		if (e) {
			assert_string_equal(v->items[1].key, "title");
			assert_string_equal(v->items[1].string, e->phrase);
		}
		const struct json *status = json_get(v, "status");
		assert_non_null(status);
		assert_int_equal(status->type, JSON_NUMBER);
		assert_int_equal((int)status->number, code);
		assert_string_equal(json_get(v, "detail")->string, "Try again \"soon\"");
		json_free(v);
	}
}

/* Every control character (C0 but NUL, DEL, C1) and U+2028 and U+2029 come
 * out as escapes; quotes and backslash too. */
static void problem_detail_escapes_controls_quotes_and_line_separators(void **state)
{
	char detail[64], buf[1024];
	size_t n = 0;
	(void)state;
	for (int c = 1; c < 0x20; c++)
		detail[n++] = (char)c;
	strcpy(detail + n, "\x7f\xc2\x80\xc2\x9f\xe2\x80\xa8\xe2\x80\xa9\"\\/");
	httpstatus_problem_json(buf, sizeof buf, 400, detail);
	assert_non_null(strstr(buf,
			       "\"detail\":\"\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007"
			       "\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013"
			       "\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c"
			       "\\u001d\\u001e\\u001f\\u007f\\u0080\\u009f\\u2028\\u2029"
			       "\\\"\\\\/\"}"));
}

/* ---- Detail text --------------------------------------------------------- */

/* Each ill-formed sequence becomes U+FFFD, one per maximal subpart, in the
 * page and in the body alike. */
static void invalid_utf8_is_replaced_one_fffd_per_maximal_subpart(void **state)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{"a\x80z", "a\xef\xbf\xbdz"}, /* a lone continuation byte */
		{"a\xc0\xafz", "a\xef\xbf\xbd\xef\xbf\xbdz"}, /* overlong '/' */
		{"a\xe0\x80\xafz", "a\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdz"}, /* overlong */
		{"a\xed\xa0\x80z", "a\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdz"}, /* surrogate */
		{"a\xf4\x90\x80\x80z", /* past U+10FFFF */
		 "a\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdz"},
		{"a\xf5z", "a\xef\xbf\xbdz"},
		{"a\xffz", "a\xef\xbf\xbdz"},
		{"a\xe2\x82z", "a\xef\xbf\xbdz"}, /* cut short before z */
		{"a\xf0\x9f\x98", "a\xef\xbf\xbd"}, /* cut short at the end */
		{"\xe2\x82\xac\xf0\x9f\x98\x80", "\xe2\x82\xac\xf0\x9f\x98\x80"}, /* valid */
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char want[256], got[1024];
		size_t ref_len;
		char *ref = utf8_replaced(cases[i].in, strlen(cases[i].in), &ref_len);
		assert_string_equal(ref, cases[i].out); /* the test's own replacement agrees */
		free(ref);
		snprintf(want, sizeof want, "<p>%s</p>\n</body>", cases[i].out);
		httpstatus_error_page(got, sizeof got, 500, cases[i].in);
		if (!strstr(got, want))
			fail_msg("case %zu: page\n%s", i, got);
		snprintf(want, sizeof want, "\"detail\":\"%s\"}", cases[i].out);
		httpstatus_problem_json(got, sizeof got, 500, cases[i].in);
		assert_non_null(strstr(got, want));
	}
}

/* A megabyte of detail, valid, escaped and invalid, with buffers of the full
 * length and a little; the length is the same either way. */
static void a_megabyte_of_detail_is_written_whole_or_cut(void **state)
{
	enum { MB = 1 << 20 };
	static const char pattern[] = "ab<&\"\xe2\x80\xa8\xff\n";
	char *detail = malloc(MB + 1);
	(void)state;
	assert_non_null(detail);
	for (size_t i = 0; i < MB; i++)
		detail[i] = pattern[i % (sizeof pattern - 1)];
	detail[MB] = '\0';
	for (size_t i = 1; i < WRITERS; i++) {
		size_t len;
		char *whole = write_whole(&writers[i], 503, detail, &len);
		assert_true(len > MB);
		char small[100];
		assert_int_equal(writers[i].write(small, sizeof small, 503, detail), len);
		assert_memory_equal(small, whole, sizeof small - 1);
		assert_int_equal(small[sizeof small - 1], '\0');
		free(whole);
	}
	free(detail);
}

/* ---- Codes without content -------------------------------------------------- */

static void check_no_page_and_no_problem(int code)
{
	char page[16], problem[16];
	fill(page, sizeof page);
	fill(problem, sizeof problem);
	if (httpstatus_error_page(page, sizeof page, code, "x") != 0 ||
	    httpstatus_problem_json(problem, sizeof problem, code, "x") != 0 || page[0] != '\0' ||
	    problem[0] != '\0' || page[1] != '#' || problem[1] != '#')
		fail_msg("code %d got a page or a problem", code);
}

static void codes_without_content_get_no_page_and_no_problem(void **state)
{
	static const int extremes[] = {INT_MIN, -404, -1, 1404, INT_MAX};
	(void)state;
	for (int code = 0; code <= 700; code++)
		if (!rfc_has_content(NULL, code))
			check_no_page_and_no_problem(code);
	for (size_t i = 0; i < sizeof extremes / sizeof extremes[0]; i++)
		check_no_page_and_no_problem(extremes[i]);
}

static void content_types_name_the_media_types(void **state)
{
	(void)state;
	assert_string_equal(HTTPSTATUS_CONTENT_TYPE_HTML, "text/html; charset=utf-8");
	assert_string_equal(HTTPSTATUS_CONTENT_TYPE_PROBLEM_JSON, "application/problem+json");
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s STATUS-CODES METHODS\n", argv[0]);
		return 2;
	}
	testdata_load(argv[1], &testdata);
	testdata_load_methods(argv[2], &methods);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(has_content_follows_the_rfcs_for_every_method_and_code),
		cmocka_unit_test(has_content_takes_any_other_method_value_as_no_method),
		cmocka_unit_test(has_content_is_false_for_every_int_outside_100_to_599),
		cmocka_unit_test(status_line_writes_the_whole_line),
		cmocka_unit_test(unregistered_code_gets_an_empty_reason_phrase),
		cmocka_unit_test(every_code_of_100_to_599_gets_its_line),
		cmocka_unit_test(codes_outside_100_to_599_write_an_empty_line),
		cmocka_unit_test(every_registered_code_has_a_static_line_equal_to_the_written_one),
		cmocka_unit_test(every_other_int_has_no_static_line),
		cmocka_unit_test(every_writer_follows_snprintf_at_every_size_for_every_code),
		cmocka_unit_test(every_writer_ends_the_buffer_for_every_code_of_minus_2_to_1000),
		cmocka_unit_test(every_writer_writes_nothing_at_size_0_and_only_the_nul_at_size_1),
		cmocka_unit_test(every_writer_fits_exactly_enough_room_and_cuts_one_short),
		cmocka_unit_test(the_404_page_is_a_small_complete_html_page),
		cmocka_unit_test(an_unregistered_code_gets_a_page_without_a_phrase),
		cmocka_unit_test(every_code_with_content_gets_its_page),
		cmocka_unit_test(the_404_problem_is_an_rfc_9457_object),
		cmocka_unit_test(an_unregistered_code_gets_a_problem_without_a_title),
		cmocka_unit_test(every_code_with_content_gets_its_problem),
		cmocka_unit_test(problem_detail_escapes_controls_quotes_and_line_separators),
		cmocka_unit_test(invalid_utf8_is_replaced_one_fffd_per_maximal_subpart),
		cmocka_unit_test(a_megabyte_of_detail_is_written_whole_or_cut),
		cmocka_unit_test(codes_without_content_get_no_page_and_no_problem),
		cmocka_unit_test(content_types_name_the_media_types),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
