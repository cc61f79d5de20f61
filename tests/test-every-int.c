/* Every int from -100000 to 100000, and the extremes, through every lookup
 * by code: the answers agree with each other and with the class rule. */
#include <httpstatus.h>

#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

typedef bool predicate_fn(int);

static void check_code(int code)
{
	bool in_range = code >= 100 && code <= 599;
	enum httpstatus_class expected =
		in_range ? (enum httpstatus_class)(code / 100) : HTTPSTATUS_CLASS_INVALID;
	assert_int_equal(httpstatus_class(code), expected);

	static predicate_fn *const is_class[] = {
		httpstatus_is_informational, httpstatus_is_successful,   httpstatus_is_redirection,
		httpstatus_is_client_error,  httpstatus_is_server_error,
	};
	for (int c = 1; c <= 5; c++)
		assert_int_equal(is_class[c - 1](code), expected == (enum httpstatus_class)c);

	bool known = httpstatus_is_known(code);
	assert_int_equal(httpstatus_phrase(code) != NULL, known);
	assert_int_equal(httpstatus_name(code) != NULL, known);
	assert_int_equal(httpstatus_description(code) != NULL, known);
	assert_int_equal(httpstatus_reference(code) != NULL, known);
	assert_int_equal(httpstatus_flags(code) != 0, known);
	assert_int_equal(httpstatus_phrase_len(code) != 0, known);
	if (known) {
		assert_true(in_range);
		assert_int_equal(httpstatus_phrase_len(code), strlen(httpstatus_phrase(code)));
	} else {
		assert_null(httpstatus_alias(code, 0));
	}

	const char *reason = httpstatus_reason(code);
	assert_int_equal(reason != NULL, in_range);
	if (in_range)
		assert_string_equal(reason, httpstatus_phrase(known ? code : code / 100 * 100));
	if (!in_range) {
		char buf[4] = "xyz";
		assert_int_equal(httpstatus_status_line(buf, sizeof buf, code), 0);
		assert_memory_equal(buf, "\0yz", sizeof buf); /* only ended, as snprintf does */
	}
}

static void every_int_near_zero_is_consistent(void **state)
{
	(void)state;
	for (int code = -100000; code <= 100000; code++)
		check_code(code);
}

static void extreme_ints_are_invalid(void **state)
{
	static const int extremes[] = {
		INT_MIN,
		INT_MIN + 1,
		INT_MIN + 100,
		-600,
		-404,
		-1,
		0,
		1,
		99,
		600,
		1000,
		65536 + 404,
		(int)(UINT_MAX / 2),
		INT_MAX - 100,
		INT_MAX - 1,
		INT_MAX,
	};
	(void)state;
	for (size_t i = 0; i < sizeof extremes / sizeof extremes[0]; i++) {
		check_code(extremes[i]);
		assert_false(httpstatus_is_known(extremes[i]));
		assert_int_equal(httpstatus_class(extremes[i]), HTTPSTATUS_CLASS_INVALID);
	}
}

static void class_names_are_rfc_9110s(void **state)
{
	(void)state;
	assert_string_equal(httpstatus_class_name(HTTPSTATUS_CLASS_INFORMATIONAL), "Informational");
	assert_string_equal(httpstatus_class_name(HTTPSTATUS_CLASS_SUCCESSFUL), "Successful");
	assert_string_equal(httpstatus_class_name(HTTPSTATUS_CLASS_REDIRECTION), "Redirection");
	assert_string_equal(httpstatus_class_name(HTTPSTATUS_CLASS_CLIENT_ERROR), "Client Error");
	assert_string_equal(httpstatus_class_name(HTTPSTATUS_CLASS_SERVER_ERROR), "Server Error");
	assert_null(httpstatus_class_name(HTTPSTATUS_CLASS_INVALID));
	assert_null(httpstatus_class_name((enum httpstatus_class)6));
	assert_null(httpstatus_class_name((enum httpstatus_class) - 1));
	assert_null(httpstatus_class_name((enum httpstatus_class)INT_MAX));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_int_near_zero_is_consistent),
		cmocka_unit_test(extreme_ints_are_invalid),
		cmocka_unit_test(class_names_are_rfc_9110s),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
