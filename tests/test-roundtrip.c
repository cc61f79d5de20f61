/* Every entry of the data file comes back out of the library as written:
 * code to name, phrase, description, reference, flags and aliases, and every
 * name, phrase and alias back to the code, in any ASCII case. */
#include "testdata.h"

#include <httpstatus.h>

#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

typedef int lookup_fn(const char *);

static void assert_all_cases(lookup_fn *lookup, const char *key, int code)
{
	char *variants[] = {testdata_upper(key), testdata_lower(key), testdata_mixed(key)};
	assert_int_equal(lookup(key), code);
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(lookup(variants[i]), code);
		free(variants[i]);
	}
}

static void code_gives_each_column(void **state)
{
	(void)state;
	for (size_t i = 0; i < testdata.count; i++) {
		const struct test_entry *e = &testdata.entries[i];
		assert_true(httpstatus_is_known(e->code));
		assert_string_equal(httpstatus_name(e->code), e->name);
		assert_string_equal(httpstatus_phrase(e->code), e->phrase);
		assert_int_equal(httpstatus_phrase_len(e->code), strlen(e->phrase));
		assert_string_equal(httpstatus_reason(e->code), e->phrase);
		assert_string_equal(httpstatus_description(e->code), e->description);
		assert_string_equal(httpstatus_reference(e->code), e->reference);
	}
}

/* The bit whose word httpstatus_flag_name gives, or 0. */
static unsigned flag_of_word(const char *word)
{
	for (unsigned bit = 1; bit != 0; bit <<= 1) {
		const char *name = httpstatus_flag_name(bit);
		if (name && strcmp(name, word) == 0)
			return bit;
	}
	return 0;
}

static void code_gives_flags_of_its_words(void **state)
{
	(void)state;
	for (size_t i = 0; i < testdata.count; i++) {
		const struct test_entry *e = &testdata.entries[i];
		unsigned expected = 0;
		char *flags = strdup(e->flags);
		for (char *w = strtok(flags, ","); w; w = strtok(NULL, ",")) {
			if (!flag_of_word(w))
				fail_msg("%d: no flag bit has the word %s", e->code, w);
			expected |= flag_of_word(w);
		}
		free(flags);
		assert_int_equal(httpstatus_flags(e->code), expected);
	}
}

/* One word per flag bit, as the header's constants say; NULL for anything
 * that is not exactly one of those bits. */
static void flag_names_are_one_word_per_flag(void **state)
{
	static const unsigned not_one_flag[] = {0, 3, 1u << 8, 1u << 31, 0x300, UINT_MAX};
	(void)state;
	assert_string_equal(httpstatus_flag_name(HTTPSTATUS_FLAG_NO_CONTENT), "no-content");
	assert_string_equal(httpstatus_flag_name(HTTPSTATUS_FLAG_IANA), "iana");
	assert_string_equal(httpstatus_flag_name(HTTPSTATUS_FLAG_RETRYABLE), "retryable");
	for (size_t i = 0; i < sizeof not_one_flag / sizeof not_one_flag[0]; i++)
		assert_null(httpstatus_flag_name(not_one_flag[i]));
	unsigned named = 0;
	for (unsigned bit = 1; bit != 0; bit <<= 1)
		if (httpstatus_flag_name(bit)) {
			assert_int_equal(flag_of_word(httpstatus_flag_name(bit)), bit);
			named |= bit;
		}
	assert_int_equal(named, HTTPSTATUS_FLAG_IANA | HTTPSTATUS_FLAG_TEMPORARY |
					HTTPSTATUS_FLAG_UNOFFICIAL | HTTPSTATUS_FLAG_OBSOLETE |
					HTTPSTATUS_FLAG_DEPRECATED | HTTPSTATUS_FLAG_NO_CONTENT |
					HTTPSTATUS_FLAG_CACHEABLE | HTTPSTATUS_FLAG_RETRYABLE);
}

static void code_lists_aliases_in_order(void **state)
{
	(void)state;
	for (size_t i = 0; i < testdata.count; i++) {
		const struct test_entry *e = &testdata.entries[i];
		for (size_t a = 0; a < e->alias_count; a++)
			assert_string_equal(httpstatus_alias(e->code, a), e->aliases[a]);
		assert_null(httpstatus_alias(e->code, e->alias_count));
		assert_null(httpstatus_alias(e->code, SIZE_MAX));
	}
}

static void name_gives_code_ignoring_ascii_case(void **state)
{
	(void)state;
	for (size_t i = 0; i < testdata.count; i++) {
		const struct test_entry *e = &testdata.entries[i];
		assert_all_cases(httpstatus_from_name, e->name, e->code);
		assert_int_equal(httpstatus_from_name(httpstatus_name(e->code)), e->code);
	}
}

static void phrase_gives_code_ignoring_ascii_case(void **state)
{
	(void)state;
	for (size_t i = 0; i < testdata.count; i++) {
		const struct test_entry *e = &testdata.entries[i];
		assert_all_cases(httpstatus_from_phrase, e->phrase, e->code);
		assert_int_equal(httpstatus_from_phrase(httpstatus_phrase(e->code)), e->code);
	}
}

static void alias_gives_code_ignoring_ascii_case(void **state)
{
	(void)state;
	for (size_t i = 0; i < testdata.count; i++) {
		const struct test_entry *e = &testdata.entries[i];
		for (size_t a = 0; a < e->alias_count; a++) {
			lookup_fn *lookup = e->alias_is_phrase[a] ? httpstatus_from_phrase
								  : httpstatus_from_name;
			assert_all_cases(lookup, e->aliases[a], e->code);
		}
	}
}

static void name_and_phrase_lookups_stay_apart(void **state)
{
	(void)state;
	for (size_t i = 0; i < testdata.count; i++) {
		const struct test_entry *e = &testdata.entries[i];
		if (strchr(e->name, '_'))
			assert_int_equal(httpstatus_from_phrase(e->name), 0);
		if (strpbrk(e->phrase, " -'"))
			assert_int_equal(httpstatus_from_name(e->phrase), 0);
	}
}

static void count_is_the_number_of_entries(void **state)
{
	(void)state;
	assert_int_equal(httpstatus_count(), testdata.count);
	assert_int_equal(HTTPSTATUS_COUNT, testdata.count);
	assert_int_equal(HTTPSTATUS_MIN, testdata.entries[0].code);
	assert_int_equal(HTTPSTATUS_MAX, testdata.entries[testdata.count - 1].code);
}

int main(int argc, char **argv)
{
	testdata_from_args(argc, argv);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(code_gives_each_column),
		cmocka_unit_test(code_gives_flags_of_its_words),
		cmocka_unit_test(flag_names_are_one_word_per_flag),
		cmocka_unit_test(code_lists_aliases_in_order),
		cmocka_unit_test(name_gives_code_ignoring_ascii_case),
		cmocka_unit_test(phrase_gives_code_ignoring_ascii_case),
		cmocka_unit_test(alias_gives_code_ignoring_ascii_case),
		cmocka_unit_test(name_and_phrase_lookups_stay_apart),
		cmocka_unit_test(count_is_the_number_of_entries),
	};
	int failed = cmocka_run_group_tests(tests, NULL, NULL);
	testdata_free(&testdata);
	return failed;
}
