/* httpstatus_status_line follows snprintf's rules to the byte. */
#include <httpstatus.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

static const char line_404[] = "HTTP/1.1 404 Not Found\r\n";
enum { LEN_404 = sizeof line_404 - 1 };

static void fill(char *buf, size_t size)
{
	memset(buf, '#', size);
}

static void status_line_writes_the_whole_line(void **state)
{
	char buf[64];
	(void)state;
	fill(buf, sizeof buf);
	assert_int_equal(httpstatus_status_line(buf, sizeof buf, 404), LEN_404);
	assert_string_equal(buf, line_404);
}

static void size_zero_writes_nothing(void **state)
{
	char buf[8];
	(void)state;
	fill(buf, sizeof buf);
	assert_int_equal(httpstatus_status_line(buf, 0, 404), LEN_404);
	for (size_t i = 0; i < sizeof buf; i++)
		assert_int_equal(buf[i], '#');
	assert_int_equal(httpstatus_status_line(NULL, 0, 404), LEN_404);
	assert_int_equal(httpstatus_status_line(NULL, 100, 404), LEN_404);
}

static void size_one_writes_only_the_nul(void **state)
{
	char buf[8];
	(void)state;
	fill(buf, sizeof buf);
	assert_int_equal(httpstatus_status_line(buf, 1, 404), LEN_404);
	assert_int_equal(buf[0], '\0');
	assert_int_equal(buf[1], '#');
}

static void exactly_enough_room_fits(void **state)
{
	char buf[LEN_404 + 2];
	(void)state;
	fill(buf, sizeof buf);
	assert_int_equal(httpstatus_status_line(buf, LEN_404 + 1, 404), LEN_404);
	assert_string_equal(buf, line_404);
	assert_int_equal(buf[LEN_404 + 1], '#');
}

static void status_line_truncates_like_snprintf(void **state)
{
	char buf[LEN_404 + 1];
	(void)state;
	fill(buf, sizeof buf);
	assert_int_equal(httpstatus_status_line(buf, LEN_404, 404), LEN_404);
	assert_int_equal(strlen(buf), LEN_404 - 1);
	assert_memory_equal(buf, line_404, LEN_404 - 1);
}

static void unknown_code_takes_its_class_phrase(void **state)
{
	char buf[64];
	(void)state;
	assert_int_equal(httpstatus_status_line(buf, sizeof buf, 471), 26);
	assert_string_equal(buf, "HTTP/1.1 471 Bad Request\r\n");
	httpstatus_status_line(buf, sizeof buf, 299);
	assert_string_equal(buf, "HTTP/1.1 299 OK\r\n");
	httpstatus_status_line(buf, sizeof buf, 599);
	assert_string_equal(buf, "HTTP/1.1 599 Internal Server Error\r\n");
	httpstatus_status_line(buf, sizeof buf, 199);
	assert_string_equal(buf, "HTTP/1.1 199 Continue\r\n");
}

static void codes_outside_100_to_599_write_nothing(void **state)
{
	static const int codes[] = {0, 99, 600, -404, 1404};
	char buf[16];
	(void)state;
	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
		fill(buf, sizeof buf);
		assert_int_equal(httpstatus_status_line(buf, sizeof buf, codes[i]), 0);
		assert_int_equal(buf[0], '#');
	}
}

static void every_code_matches_snprintf_at_every_size(void **state)
{
	char want[128], got[128];
	(void)state;
	for (int code = 100; code <= 599; code++) {
		int len = snprintf(want, sizeof want, "HTTP/1.1 %d %s\r\n", code,
				   httpstatus_reason(code));
		for (size_t size = 0; size <= (size_t)len + 1; size++) {
			char expected[128];
			fill(got, sizeof got);
			fill(expected, sizeof expected);
			snprintf(expected, size, "%s", want);
			assert_int_equal(httpstatus_status_line(got, size, code), len);
			assert_memory_equal(got, expected, sizeof got);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(status_line_writes_the_whole_line),
		cmocka_unit_test(size_zero_writes_nothing),
		cmocka_unit_test(size_one_writes_only_the_nul),
		cmocka_unit_test(exactly_enough_room_fits),
		cmocka_unit_test(status_line_truncates_like_snprintf),
		cmocka_unit_test(unknown_code_takes_its_class_phrase),
		cmocka_unit_test(codes_outside_100_to_599_write_nothing),
		cmocka_unit_test(every_code_matches_snprintf_at_every_size),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
