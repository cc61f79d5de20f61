/* The error page and the problem body, with hostile detail text, read by
 * real parsers: tests/response-parsers.py runs them through Python's
 * html.parser and json and checks that the detail comes out as text and
 * nothing else. Skipped (exit 77) where there is no python3.
 *
 * Arguments: PYTHON3 (empty if none was found) and response-parsers.py. */
#include "helpers.h"
#include "spawn.h"

#include <httpstatus.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static const char *python, *script;

/* What the script reads: one record a case, as its docstring says. */
struct input {
	char *bytes;
	size_t len, cap, cases;
};

static void append(struct input *in, const char *bytes, size_t n)
{
	if (in->len + n > in->cap) {
		while (in->len + n > in->cap)
			in->cap = in->cap ? 2 * in->cap : 1 << 16;
		in->bytes = realloc(in->bytes, in->cap);
		assert_non_null(in->bytes);
	}
	memcpy(in->bytes + in->len, bytes, n);
	in->len += n;
}

static char *written(size_t (*write)(char *, size_t, int, const char *), int code,
		     const char *detail, size_t *len)
{
	*len = write(NULL, 0, code, detail);
	char *out = malloc(*len + 1);
	assert_non_null(out);
	assert_int_equal(write(out, *len + 1, code, detail), *len);
	return out;
}

static void add_case(struct input *in, int code, const char *detail)
{
	size_t page_len, body_len;
	char *page = written(httpstatus_error_page, code, detail, &page_len);
	char *body = written(httpstatus_problem_json, code, detail, &body_len);
	char head[128];
	int n = snprintf(head, sizeof head, "CASE %d %lld %zu %zu\n", code,
			 detail ? (long long)strlen(detail) : -1LL, page_len, body_len);
	append(in, head, (size_t)n);
	if (detail)
		append(in, detail, strlen(detail));
	append(in, page, page_len);
	append(in, body, body_len);
	in->cases++;
	free(page);
	free(body);
}

/* Runs the script on the cases; fails with what it printed if it found a
 * problem. */
static void parse_all(struct input *in)
{
	char *argv[] = {(char *)python, (char *)script, NULL};
	struct spawn_result r = spawn(argv, in->bytes, in->len);
	if (r.status != 0)
		fail_msg("%s found problems (exit %d):\n%s%s", script, r.status, r.out, r.err);
	char want[64];
	snprintf(want, sizeof want, "%zu cases, 0 problems\n", in->cases);
	assert_string_equal(r.out, want);
	spawn_free(&r);
	free(in->bytes);
}

/* Every C0 control but NUL, then DEL. */
static char controls[33];

static const char *const hostile[] = {
	"</title><script>alert(1)</script>",
	"</p></body></html><p>",
	"\" onmouseover=\"alert(1)",
	"' onload='alert(1)",
	"&amp; & &lt &#60; &#x3c; &notanentity; &",
	"<!-- a comment --> -->",
	"<![CDATA[ x ]]> ]]>",
	"<?php echo 1 ?>",
	controls,
	"\r\n \r x\r",
	"&#13; &#0; &#x85;",
	"\xc2\x85 (U+0085) \xc2\x80 \xc2\x9f",
	"\xe2\x80\xa8 (U+2028) \xe2\x80\xa9 (U+2029)",
	"\xff\xfe invalid bytes",
	"a lone continuation \x80 byte",
	"overlong \xc0\xaf \xe0\x80\xaf \xf0\x80\x80\xaf",
	"surrogates \xed\xa0\x80 \xed\xbf\xbf",
	"past U+10FFFF \xf4\x90\x80\x80 \xf5\x80\x80\x80",
	"cut short before text \xe2\x82 here",
	"cut short at the end \xf0\x9f\x98",
	"Gr\xc3\xbc\xc3\x9f"
	"e, \xe6\x97\xa5\xe6\x9c\xac, \xf0\x9f\x98\x80",
	"\\ \\\" \\u2028 \\n",
	"",
};
enum { HOSTILE = sizeof hostile / sizeof hostile[0] };

static void every_hostile_detail_is_text_and_nothing_else_for_every_code(void **state)
{
	struct input in = {0};
	(void)state;
	for (int c = 1; c < 0x20; c++)
		controls[c - 1] = (char)c;
	controls[31] = 0x7f;
	for (int code = 100; code <= 599; code++) {
		if (httpstatus_error_page(NULL, 0, code, NULL) == 0)
			continue; /* no content */
		add_case(&in, code, NULL);
		for (size_t i = 0; i < HOSTILE; i++)
			add_case(&in, code, hostile[i]);
	}
	parse_all(&in);
}

/* A megabyte made of every hostile detail over and over. */
static void a_megabyte_of_hostile_detail_is_text_and_nothing_else(void **state)
{
	enum { MB = 1 << 20 };
	struct input in = {0};
	char *detail = malloc(MB + 64);
	size_t n = 0;
	(void)state;
	assert_non_null(detail);
	for (size_t i = 0; n < MB; i = (i + 1) % HOSTILE) {
		size_t len = strlen(hostile[i]);
		memcpy(detail + n, hostile[i], len);
		n += len;
	}
	detail[n] = '\0';
	add_case(&in, 404, detail);
	add_case(&in, 471, detail);
	parse_all(&in);
	free(detail);
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 2, "PYTHON3 response-parsers.py");
	skip_unless_found(argv[1], "python3 (the real parsers that read the pages and bodies)");
	python = argv[1];
	script = argv[2];
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_hostile_detail_is_text_and_nothing_else_for_every_code),
		cmocka_unit_test(a_megabyte_of_hostile_detail_is_text_and_nothing_else),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
