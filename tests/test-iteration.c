/* httpstatus_next walks exactly the data file's codes, in ascending order,
 * from any starting int. */
#include "testdata.h"

#include <httpstatus.h>

#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

static void next_visits_the_data_files_codes_in_order(void **state)
{
	(void)state;
	size_t i = 0;
	for (int c = httpstatus_next(0); c; c = httpstatus_next(c)) {
		assert_true(i < testdata.count);
		assert_int_equal(c, testdata.entries[i++].code);
	}
	assert_int_equal(i, testdata.count);
	assert_int_equal(httpstatus_count(), testdata.count);
}

static void next_from_any_int_is_the_lowest_known_code_above_it(void **state)
{
	(void)state;
	for (int code = -1000; code <= 1000; code++) {
		int expected = 0;
		for (size_t i = 0; i < testdata.count && !expected; i++)
			if (testdata.entries[i].code > code)
				expected = testdata.entries[i].code;
		assert_int_equal(httpstatus_next(code), expected);
	}
}

static void next_handles_the_extremes(void **state)
{
	(void)state;
	assert_int_equal(httpstatus_next(INT_MIN), testdata.entries[0].code);
	assert_int_equal(httpstatus_next(INT_MAX), 0);
	assert_int_equal(httpstatus_next(INT_MAX - 1), 0);
	assert_int_equal(httpstatus_next(599), 0);
	assert_int_equal(httpstatus_next(testdata.entries[testdata.count - 1].code), 0);
}

int main(int argc, char **argv)
{
	testdata_from_args(argc, argv);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(next_visits_the_data_files_codes_in_order),
		cmocka_unit_test(next_from_any_int_is_the_lowest_known_code_above_it),
		cmocka_unit_test(next_handles_the_extremes),
	};
	int failed = cmocka_run_group_tests(tests, NULL, NULL);
	testdata_free(&testdata);
	return failed;
}
