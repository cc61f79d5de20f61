/* Lookups ignore ASCII case by hand, so a locale whose case rules differ
 * (Turkish: 'i' upper-cases to a dotted capital) changes nothing. */
#include "testdata.h"

#include <httpstatus.h>

#include <ctype.h>
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

typedef int lookup_fn(const char *);

/* The answers for every key of the data file in three cases, both lookups. */
static size_t answers(int *out)
{
	size_t n = 0;
	for (size_t i = 0; i < testdata.count; i++) {
		const struct test_entry *e = &testdata.entries[i];
		const char *keys[2 + TESTDATA_MAX_ALIASES] = {e->name, e->phrase};
		for (size_t a = 0; a < e->alias_count; a++)
			keys[2 + a] = e->aliases[a];
		for (size_t k = 0; k < 2 + e->alias_count; k++) {
			char *variants[] = {testdata_upper(keys[k]), testdata_lower(keys[k]),
					    testdata_mixed(keys[k])};
			for (size_t v = 0; v < 3; v++) {
				out[n++] = httpstatus_from_name(variants[v]);
				out[n++] = httpstatus_from_phrase(variants[v]);
				free(variants[v]);
			}
		}
	}
	return n;
}

static void turkish_locale_changes_no_lookup(void **state)
{
	static int in_c[8192], in_turkish[8192];
	(void)state;
	assert_non_null(setlocale(LC_ALL, "C"));
	size_t n = answers(in_c);
	assert_non_null(setlocale(LC_ALL, "tr_TR.UTF-8"));
	/* Show that the locale bites: its case rules are not ASCII's. */
	assert_int_not_equal(toupper('i'), 'I');
	assert_int_equal(answers(in_turkish), n);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(in_turkish[i], in_c[i]);
	assert_int_equal(httpstatus_from_name("unauthorized"), 401);
	assert_int_equal(httpstatus_from_phrase("precondition faıled"), 0);
	assert_int_equal(httpstatus_unofficial_from_phrase("site is frozen"), 530);
	assert_int_equal(httpstatus_unofficial_from_phrase("origin_is_unreachable"), 523);
	assert_int_equal(httpstatus_unofficial_from_phrase("SİTE IS FROZEN"), 0);
	setlocale(LC_ALL, "C");
}

int main(int argc, char **argv)
{
	testdata_from_args(argc, argv);
	if (!setlocale(LC_ALL, "tr_TR.UTF-8")) {
		fputs("skipped: the tr_TR.UTF-8 locale is not installed "
		      "(scripts/install-deps.sh creates it)\n",
		      stderr);
		testdata_free(&testdata);
		return 77;
	}
	setlocale(LC_ALL, "C");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(turkish_locale_changes_no_lookup),
	};
	int failed = cmocka_run_group_tests(tests, NULL, NULL);
	testdata_free(&testdata);
	return failed;
}
