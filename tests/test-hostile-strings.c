/* Name and phrase lookups given what no caller should pass but some will:
 * NULL, nothing, NUL bytes, a megabyte, bytes above ASCII, and every string
 * one edit away from a real key. The answer must always be what a plain
 * linear scan of the data file gives, which for all of these is mostly 0. */
#include "helpers.h"
#include "testdata.h"

#include <httpstatus.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

typedef int lookup_n_fn(const char *, size_t);

/* Looks s up through an exact-size heap copy, so that reading one byte past
 * len is caught by the sanitizers and valgrind. */
static int lookup_exact(lookup_n_fn *lookup, const char *s, size_t len)
{
	char *copy = exact_copy(s, len);
	int code = lookup(copy, len);
	free(copy);
	return code;
}

static void check(bool phrases, const char *s, size_t len)
{
	lookup_n_fn *lookup = phrases ? httpstatus_from_phrase_n : httpstatus_from_name_n;
	assert_int_equal(lookup_exact(lookup, s, len), oracle_code_of(phrases, s, len));
}

/* Calls fn for every key of the data file: names (false) and phrases (true). */
static void each_key(void (*fn)(bool phrases, const char *key))
{
	for (size_t i = 0; i < testdata.count; i++) {
		const struct test_entry *e = &testdata.entries[i];
		fn(false, e->name);
		fn(true, e->phrase);
		for (size_t a = 0; a < e->alias_count; a++)
			fn(e->alias_is_phrase[a], e->aliases[a]);
	}
}

static void null_and_empty_match_nothing(void **state)
{
	(void)state;
	assert_int_equal(httpstatus_from_name(NULL), 0);
	assert_int_equal(httpstatus_from_phrase(NULL), 0);
	assert_int_equal(httpstatus_from_name_n(NULL, 0), 0);
	assert_int_equal(httpstatus_from_name_n(NULL, 9), 0);
	assert_int_equal(httpstatus_from_phrase_n(NULL, 9), 0);
	assert_int_equal(httpstatus_from_name(""), 0);
	assert_int_equal(httpstatus_from_phrase(""), 0);
	assert_int_equal(httpstatus_from_name_n("NOT_FOUND", 0), 0);
	assert_int_equal(httpstatus_from_phrase_n("Not Found", 0), 0);
}

static void embedded_nul_matches_nothing(void **state)
{
	(void)state;
	assert_int_equal(httpstatus_from_name_n("NOT\0FOUND", 9), 0);
	assert_int_equal(httpstatus_from_name_n("NOT_FOUND\0", 10), 0);
	assert_int_equal(httpstatus_from_name_n("\0NOT_FOUND", 10), 0);
	assert_int_equal(httpstatus_from_name_n("OK\0\0\0\0\0\0", 8), 0);
	assert_int_equal(httpstatus_from_phrase_n("Not\0Found", 9), 0);
	assert_int_equal(httpstatus_from_phrase_n("Not Found\0", 10), 0);
	assert_int_equal(httpstatus_from_phrase_n("OK\0", 3), 0);
}

static void only_len_bytes_are_read(void **state)
{
	(void)state;
	assert_int_equal(httpstatus_from_name_n("NOT_FOUNDXYZ", 9), 404);
	assert_int_equal(httpstatus_from_phrase_n("Not FoundXYZ", 9), 404);
	assert_int_equal(httpstatus_from_name_n("OKAY", 2), 200);
	assert_int_equal(lookup_exact(httpstatus_from_name_n, "NOT_FOUND", 9), 404);
	assert_int_equal(lookup_exact(httpstatus_from_phrase_n, "Not Found", 9), 404);
}

static void a_megabyte_matches_nothing(void **state)
{
	(void)state;
	size_t len = 1 << 20;
	char *big = malloc(len + 1);
	assert_non_null(big);
	memset(big, 'A', len);
	big[len] = '\0';
	assert_int_equal(httpstatus_from_name(big), 0);
	assert_int_equal(httpstatus_from_phrase(big), 0);
	memcpy(big, "NOT_FOUND", 9);
	assert_int_equal(httpstatus_from_name(big), 0);
	assert_int_equal(httpstatus_from_name_n(big, len), 0);
	memcpy(big, "Not Found", 9);
	assert_int_equal(httpstatus_from_phrase(big), 0);
	assert_int_equal(httpstatus_from_phrase_n(big, len), 0);
	assert_int_equal(httpstatus_from_phrase_n(big, 9), 404);
	free(big);
}

static void high_bit_twin(bool phrases, const char *key)
{
	char buf[128];
	size_t len = strlen(key);
	for (size_t i = 0; i < len; i++) {
		memcpy(buf, key, len);
		buf[i] = (char)(buf[i] ^ 0x80);
		lookup_n_fn *lookup = phrases ? httpstatus_from_phrase_n : httpstatus_from_name_n;
		assert_int_equal(lookup_exact(lookup, buf, len), 0);
	}
}

static void bytes_above_ascii_match_nothing(void **state)
{
	(void)state;
	each_key(high_bit_twin);
	assert_int_equal(httpstatus_from_name("NOT_F\xc3\x96UND"), 0);
	assert_int_equal(httpstatus_from_name("\xef\xbc\xae\xef\xbc\xaf\xef\xbc\xb4"), 0);
	assert_int_equal(httpstatus_from_phrase("Not F\xc3\xb6und"), 0);
}

/* Every substitution of one byte by any of the 256, every deletion, every
 * insertion of a few likely bytes, and every prefix and extension. */
static void one_edit_away(bool phrases, const char *key)
{
	static const char inserted[] = {' ', '_', '-', 'A', 'a', '\0', '\t', '\xff'};
	char buf[128];
	size_t len = strlen(key);
	for (size_t i = 0; i < len; i++) {
		memcpy(buf, key, len);
		for (int c = 0; c < 256; c++) {
			buf[i] = (char)c;
			check(phrases, buf, len);
		}
		memcpy(buf, key, i);
		memcpy(buf + i, key + i + 1, len - i - 1);
		check(phrases, buf, len - 1);
	}
	for (size_t i = 0; i <= len; i++) {
		for (size_t c = 0; c < sizeof inserted; c++) {
			memcpy(buf, key, i);
			buf[i] = inserted[c];
			memcpy(buf + i + 1, key + i, len - i);
			check(phrases, buf, len + 1);
		}
		check(phrases, key, i);
	}
}

static void near_misses_match_what_a_linear_scan_matches(void **state)
{
	(void)state;
	each_key(one_edit_away);
}

static void every_short_string_matches_what_a_linear_scan_matches(void **state)
{
	(void)state;
	char buf[2];
	for (int a = 0; a < 256; a++) {
		buf[0] = (char)a;
		check(false, buf, 1);
		check(true, buf, 1);
		for (int b = 0; b < 256; b++) {
			buf[1] = (char)b;
			check(false, buf, 2);
			check(true, buf, 2);
		}
	}
}

int main(int argc, char **argv)
{
	testdata_from_args(argc, argv);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(null_and_empty_match_nothing),
		cmocka_unit_test(embedded_nul_matches_nothing),
		cmocka_unit_test(only_len_bytes_are_read),
		cmocka_unit_test(a_megabyte_matches_nothing),
		cmocka_unit_test(bytes_above_ascii_match_nothing),
		cmocka_unit_test(near_misses_match_what_a_linear_scan_matches),
		cmocka_unit_test(every_short_string_matches_what_a_linear_scan_matches),
	};
	int failed = cmocka_run_group_tests(tests, NULL, NULL);
	testdata_free(&testdata);
	return failed;
}
