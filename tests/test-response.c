/* What a server sends for a code: the status lines, precomputed and written,
 * against what the data file says; and every writer follows snprintf's rules
 * to the byte. */
#include "testdata.h"

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

static void fill(char *buf, size_t size)
{
	memset(buf, '#', size);
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

static void codes_outside_100_to_599_write_no_line(void **state)
{
	static const int codes[] = {INT_MIN, -404, -1, 0, 99, 600, 1404, INT_MAX};
	char buf[16];
	(void)state;
	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
		fill(buf, sizeof buf);
		assert_int_equal(httpstatus_status_line(buf, sizeof buf, codes[i]), 0);
		assert_int_equal(buf[0], '#');
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
 * the first size - 1 bytes of its output and a NUL, and nothing else; and
 * nothing at all where it has no output (a length of 0). */
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
	bool writes = size > 0 && len > 0;
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

int main(int argc, char **argv)
{
	testdata_from_args(argc, argv);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(status_line_writes_the_whole_line),
		cmocka_unit_test(unregistered_code_gets_an_empty_reason_phrase),
		cmocka_unit_test(every_code_of_100_to_599_gets_its_line),
		cmocka_unit_test(codes_outside_100_to_599_write_no_line),
		cmocka_unit_test(every_registered_code_has_a_static_line_equal_to_the_written_one),
		cmocka_unit_test(every_other_int_has_no_static_line),
		cmocka_unit_test(every_writer_follows_snprintf_at_every_size_for_every_code),
		cmocka_unit_test(every_writer_writes_nothing_at_size_0_and_only_the_nul_at_size_1),
		cmocka_unit_test(every_writer_fits_exactly_enough_room_and_cuts_one_short),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
