/* The unofficial uses, checked against gen/unofficial-codes.tsv read apart
 * from the generator: every line comes back by code with every field, in
 * the file's order, and by phrase and name in any case; hostile input gets
 * "none" and leaves the caller's struct alone; and no registered answer, for
 * any int, differs from what gen/status-codes.tsv says.
 *
 * Arguments: STATUS-CODES UNOFFICIAL-CODES. */
#include "helpers.h"
#include "testdata.h"

#include <httpstatus.h>
#include <httpstatus_unofficial.h>

#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static struct test_unofficial_data file;

/* ---- What the file says, the slow way -------------------------------------- */

/* The code of the use whose phrase or name the len bytes at s are. */
static int unofficial_oracle(const char *s, size_t len)
{
	for (size_t i = 0; i < file.count; i++)
		if (equal_ignoring_case(file.uses[i].phrase, s, len) ||
		    equal_ignoring_case(file.uses[i].name, s, len))
			return file.uses[i].code;
	return 0;
}

/* The code whose registered phrase (phrases) or name is s, older ones too. */
static int registered_oracle(bool phrases, const char *s)
{
	for (size_t i = 0; i < testdata.count; i++) {
		const struct test_entry *e = &testdata.entries[i];
		if (equal_ignoring_case(phrases ? e->phrase : e->name, s, strlen(s)))
			return e->code;
		for (size_t a = 0; a < e->alias_count; a++)
			if (e->alias_is_phrase[a] == phrases &&
			    equal_ignoring_case(e->aliases[a], s, strlen(s)))
				return e->code;
	}
	return 0;
}

static size_t uses_of(int code)
{
	size_t n = 0;
	for (size_t i = 0; i < file.count; i++)
		n += file.uses[i].code == code;
	return n;
}

/* Looks s up through an exact-size heap copy, so that a read past len is
 * caught by the sanitizers and valgrind. */
static int lookup_exact(const char *s, size_t len)
{
	char *copy = exact_copy(s, len);
	int code = httpstatus_unofficial_from_phrase_n(copy, len);
	free(copy);
	return code;
}

static void assert_optional_string_equal(const char *actual, const char *expected)
{
	if (!expected)
		assert_null(actual);
	else
		assert_string_equal(actual, expected);
}

/* ---- By code ------------------------------------------------------------------ */

static void every_line_comes_back_by_code_with_every_field(void **state)
{
	(void)state;
	assert_true(file.count > 0);
	for (size_t n = 0; n < file.count; n++) {
		const struct test_unofficial *want = &file.uses[n];
		size_t i = 0; /* its place among its code's lines */
		for (size_t k = 0; k < n; k++)
			i += file.uses[k].code == want->code;
		struct httpstatus_unofficial u;
		assert_true(httpstatus_unofficial(want->code, i, &u));
		assert_int_equal(u.code, want->code);
		assert_string_equal(u.source, want->source);
		assert_string_equal(u.name, want->name);
		assert_optional_string_equal(u.phrase, want->phrase);
		assert_string_equal(u.wire, want->wire);
		assert_string_equal(u.reference, want->reference);
		assert_string_equal(u.description, want->description);
	}
	assert_int_equal(HTTPSTATUS_UNOFFICIAL_COUNT, file.count);
}

static void every_int_has_exactly_the_uses_of_the_file(void **state)
{
	(void)state;
	struct httpstatus_unofficial u;
	size_t total = 0;
	for (int code = -100000; code <= 100000; code++) {
		size_t n = uses_of(code), i = 0;
		while (httpstatus_unofficial(code, i, &u)) {
			assert_int_equal(u.code, code);
			i++;
		}
		assert_int_equal(i, n);
		total += i;
	}
	assert_int_equal(total, file.count);
}

static void codes_with_two_uses_give_both_in_the_files_order(void **state)
{
	static const struct {
		int code;
		const char *source[2], *name[2], *phrase[2];
	} pairs[] = {
		{420,
		 {"Twitter", "Spring"},
		 {"ENHANCE_YOUR_CALM", "METHOD_FAILURE"},
		 {"Enhance Your Calm", "Method Failure"}},
		{499,
		 {"nginx", "Esri"},
		 {"CLIENT_CLOSED_REQUEST", "TOKEN_REQUIRED"},
		 {"Client Closed Request", "Token Required"}},
		{530,
		 {"Cloudflare", "Pantheon"},
		 {"ERROR_1XXX", "SITE_IS_FROZEN"},
		 {NULL, "Site is frozen"}},
	};
	(void)state;
	for (size_t p = 0; p < sizeof pairs / sizeof pairs[0]; p++) {
		struct httpstatus_unofficial u;
		for (size_t i = 0; i < 2; i++) {
			assert_true(httpstatus_unofficial(pairs[p].code, i, &u));
			assert_string_equal(u.source, pairs[p].source[i]);
			assert_string_equal(u.name, pairs[p].name[i]);
			assert_optional_string_equal(u.phrase, pairs[p].phrase[i]);
		}
		assert_false(httpstatus_unofficial(pairs[p].code, 2, &u));
	}
}

static void the_constants_are_the_uses_codes(void **state)
{
	(void)state;
	assert_int_equal(HTTP_STATUS_NGINX_CLIENT_CLOSED_REQUEST, 499);
	assert_int_equal(HTTP_STATUS_ESRI_TOKEN_REQUIRED, 499);
	assert_int_equal(HTTP_STATUS_CLOUDFLARE_CONNECTION_TIMED_OUT, 522);
	assert_int_equal(HTTP_STATUS_AWS_ELB_UNAUTHORIZED, 561);
	assert_int_equal(HTTP_STATUS_MICROSOFT_EXCHANGE_REDIRECT, 451);
	assert_int_equal(HTTP_STATUS_CLIENT_LIBRARIES_NETWORK_CONNECT_TIMEOUT_ERROR, 599);
}

/* ---- By phrase and name ---------------------------------------------------- */

static void expect_code_in_every_case(const char *key, int code)
{
	char *variants[] = {testdata_upper(key), testdata_lower(key), testdata_mixed(key)};
	for (size_t v = 0; v < 3; v++) {
		if (httpstatus_unofficial_from_phrase(variants[v]) != code)
			fail_msg("'%s' gives %d, not %d", variants[v],
				 httpstatus_unofficial_from_phrase(variants[v]), code);
		assert_int_equal(lookup_exact(variants[v], strlen(variants[v])), code);
		free(variants[v]);
	}
}

static void every_phrase_and_name_gives_its_code_in_any_case(void **state)
{
	(void)state;
	for (size_t i = 0; i < file.count; i++) {
		const struct test_unofficial *u = &file.uses[i];
		if (u->phrase)
			expect_code_in_every_case(u->phrase, u->code);
		expect_code_in_every_case(u->name, u->code);
	}
	assert_int_equal(httpstatus_unofficial_from_phrase("enhance your calm"), 420);
	assert_int_equal(httpstatus_unofficial_from_phrase("Redirect"), 451);
	assert_int_equal(httpstatus_unofficial_from_phrase("error_1xxx"), 530);
}

/* Every key with one byte changed (its bit 5, its bit 7, or the byte left
 * out) gives what a scan of the file gives: the same code when only a
 * letter's case changed, else none. */
static void keys_one_edit_away_give_what_the_file_gives(void **state)
{
	(void)state;
	size_t tried = 0;
	for (size_t i = 0; i < file.count; i++) {
		const char *keys[] = {file.uses[i].phrase, file.uses[i].name};
		for (size_t k = 0; k < 2; k++) {
			if (!keys[k])
				continue;
			size_t len = strlen(keys[k]);
			char edited[256];
			for (size_t at = 0; at < len; at++) {
				for (unsigned bit = 0x20; bit <= 0x80; bit += 0x60) {
					memcpy(edited, keys[k], len);
					edited[at] = (char)(edited[at] ^ bit);
					assert_int_equal(lookup_exact(edited, len),
							 unofficial_oracle(edited, len));
				}
				memcpy(edited, keys[k], at);
				memcpy(edited + at, keys[k] + at + 1, len - at - 1);
				assert_int_equal(lookup_exact(edited, len - 1),
						 unofficial_oracle(edited, len - 1));
				tried += 3;
			}
		}
	}
	assert_true(tried > 1000);
}

/* Bytes the hash cannot tell from a key's own, since they differ from them
 * in bit 5 only, and that the compare must turn away. */
static void bit_5_twins_of_non_letters_are_not_keys(void **state)
{
	(void)state;
	assert_int_equal(lookup_exact("Client\0Closed Request", 21), 0); /* ' ' */
	assert_int_equal(lookup_exact("Login Time\rout", 14), 0); /* '-' */
	assert_int_equal(lookup_exact("CLIENT\x7f"
				      "CLOSED_REQUEST",
				      21),
			 0); /* '_' */
	assert_int_equal(lookup_exact("ERROR_\x11XXX", 10), 0); /* '1' */
	assert_int_equal(lookup_exact("Client Closed Request", 21), 499);
}

static void hostile_phrases_give_none(void **state)
{
	(void)state;
	assert_int_equal(httpstatus_unofficial_from_phrase(NULL), 0);
	assert_int_equal(httpstatus_unofficial_from_phrase_n(NULL, 21), 0);
	assert_int_equal(httpstatus_unofficial_from_phrase(""), 0);
	assert_int_equal(httpstatus_unofficial_from_phrase_n("Client Closed Request", 0), 0);
	assert_int_equal(httpstatus_unofficial_from_phrase(" Client Closed Request"), 0);
	assert_int_equal(httpstatus_unofficial_from_phrase("Client Closed Request "), 0);
	assert_int_equal(httpstatus_unofficial_from_phrase("Client Closed"), 0);
	assert_int_equal(lookup_exact("Client Closed Request\0", 22), 0);
	assert_int_equal(httpstatus_unofficial_from_phrase("Client Closed Requ\xc3\xa9st"), 0);
	assert_int_equal(httpstatus_unofficial_from_phrase("SSL handshake fa\xc4\xb1led"), 0);
	assert_int_equal(httpstatus_unofficial_from_phrase("\xff\xfe\x80"), 0);

	/* A megabyte: of one letter, and a key followed by a megabyte of
	 * spaces, whole and cut to the key. */
	size_t big = 1 << 20;
	char *s = malloc(big + 1);
	assert_non_null(s);
	memset(s, 'A', big);
	s[big] = '\0';
	assert_int_equal(httpstatus_unofficial_from_phrase(s), 0);
	memset(s, ' ', big);
	memcpy(s, "Client Closed Request", 21);
	assert_int_equal(httpstatus_unofficial_from_phrase(s), 0);
	assert_int_equal(httpstatus_unofficial_from_phrase_n(s, big), 0);
	assert_int_equal(httpstatus_unofficial_from_phrase_n(s, 21), 499);
	free(s);
}

/* ---- Hostile calls by code ----------------------------------------------------- */

static void no_use_leaves_the_struct_untouched(void **state)
{
	/* None has a use; some are a use's code plus or minus 2^16. */
	static const int codes[] = {
		INT_MIN,     INT_MIN + 499, -499,          -1,      0,   1,   99,
		100,         200,           404,           418,     600, 999, 65535,
		65536 + 499, 499 - 65536,   INT_MAX - 100, INT_MAX,
	};
	static const size_t indexes[] = {
		0,        1, 2, 3, 255, 256, 65536, (size_t)INT_MAX + 1, SIZE_MAX / 2, SIZE_MAX - 1,
		SIZE_MAX,
	};
	(void)state;
	struct httpstatus_unofficial u, before;
	memset(&before, 0xa5, sizeof before);
	for (size_t c = 0; c < sizeof codes / sizeof codes[0]; c++)
		for (size_t i = 0; i < sizeof indexes / sizeof indexes[0]; i++) {
			memcpy(&u, &before, sizeof u);
			assert_false(httpstatus_unofficial(codes[c], indexes[i], &u));
			assert_memory_equal(&u, &before, sizeof u);
		}
	/* Past the last use of codes that have some. */
	for (size_t n = 0; n < file.count; n++)
		for (size_t i = 0; i < sizeof indexes / sizeof indexes[0]; i++) {
			if (indexes[i] < uses_of(file.uses[n].code))
				continue;
			memcpy(&u, &before, sizeof u);
			assert_false(httpstatus_unofficial(file.uses[n].code, indexes[i], &u));
			assert_memory_equal(&u, &before, sizeof u);
		}
}

static void null_struct_gives_false(void **state)
{
	(void)state;
	for (size_t n = 0; n < file.count; n++)
		assert_false(httpstatus_unofficial(file.uses[n].code, 0, NULL));
	assert_false(httpstatus_unofficial(0, 0, NULL));
	assert_false(httpstatus_unofficial(INT_MIN, SIZE_MAX, NULL));
}

/* ---- The registered answers are the status file's ---------------------------- */

static unsigned flags_of(const char *words)
{
	unsigned flags = 0;
	if (strcmp(words, "-") == 0)
		return 0;
	for (unsigned bit = 0; httpstatus_flag_name(1u << bit); bit++) {
		const char *word = httpstatus_flag_name(1u << bit);
		size_t n = strlen(word);
		for (const char *s = words; (s = strstr(s, word)) != NULL; s += n)
			if ((s == words || s[-1] == ',') && (s[n] == ',' || s[n] == '\0'))
				flags |= 1u << bit;
	}
	return flags;
}

static void registered_answers_for_every_int_are_the_status_files(void **state)
{
	(void)state;
	const struct test_entry *by_code[600] = {NULL};
	for (size_t i = 0; i < testdata.count; i++)
		by_code[testdata.entries[i].code] = &testdata.entries[i];
	assert_int_equal(httpstatus_count(), testdata.count);
	for (int code = -100000; code <= 100000; code++) {
		const struct test_entry *e = code >= 100 && code < 600 ? by_code[code] : NULL;
		assert_int_equal(httpstatus_is_known(code), e != NULL);
		assert_optional_string_equal(httpstatus_phrase(code), e ? e->phrase : NULL);
		assert_optional_string_equal(httpstatus_name(code), e ? e->name : NULL);
		assert_optional_string_equal(httpstatus_description(code),
					     e ? e->description : NULL);
		assert_optional_string_equal(httpstatus_reference(code), e ? e->reference : NULL);
		assert_int_equal(httpstatus_flags(code), e ? flags_of(e->flags) : 0);
		const struct test_entry *reason =
			code >= 100 && code < 600 ? (e ? e : by_code[code / 100 * 100]) : NULL;
		assert_optional_string_equal(httpstatus_reason(code),
					     reason ? reason->phrase : NULL);
	}
}

/* An unofficial phrase or name is a registered one only where the status
 * file says so (Shopify's 430 has 431's phrase, AWS's 561 401's), and then
 * the registered lookups give the registered code. */
static void registered_lookups_know_only_registered_keys(void **state)
{
	(void)state;
	for (size_t i = 0; i < file.count; i++) {
		const struct test_unofficial *u = &file.uses[i];
		if (u->phrase)
			assert_int_equal(httpstatus_from_phrase(u->phrase),
					 registered_oracle(true, u->phrase));
		assert_int_equal(httpstatus_from_name(u->name), registered_oracle(false, u->name));
	}
	assert_int_equal(httpstatus_from_phrase("Request Header Fields Too Large"), 431);
	assert_int_equal(httpstatus_unofficial_from_phrase("Request Header Fields Too Large"), 430);
	assert_int_equal(httpstatus_from_phrase("Unauthorized"), 401);
	assert_int_equal(httpstatus_unofficial_from_phrase("Unauthorized"), 561);
	assert_int_equal(httpstatus_from_phrase("Client Closed Request"), 0);
	assert_int_equal(httpstatus_from_name("CLIENT_CLOSED_REQUEST"), 0);
	assert_int_equal(httpstatus_unofficial_from_phrase("Not Found"), 0);
}

static void unofficial_499_changes_no_registered_answer(void **state)
{
	(void)state;
	assert_null(httpstatus_phrase(499));
	assert_false(httpstatus_is_known(499));
	assert_string_equal(httpstatus_reason(499), "Bad Request");
	assert_int_equal(httpstatus_count(), 63);
	assert_int_equal(httpstatus_next(451), 500);
}

static void registered_451_keeps_its_answers_beside_its_use(void **state)
{
	(void)state;
	assert_string_equal(httpstatus_phrase(451), "Unavailable For Legal Reasons");
	assert_true(httpstatus_is_known(451));
	assert_int_equal(httpstatus_from_phrase("Redirect"), 0);
	struct httpstatus_unofficial u;
	assert_true(httpstatus_unofficial(451, 0, &u));
	assert_string_equal(u.source, "Microsoft Exchange");
	assert_string_equal(u.phrase, "Redirect");
	assert_false(httpstatus_unofficial(451, 1, &u));
	assert_int_equal(httpstatus_unofficial_from_phrase("Unavailable For Legal Reasons"), 0);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s STATUS-CODES UNOFFICIAL-CODES\n", argv[0]);
		return 2;
	}
	testdata_load(argv[1], &testdata);
	testdata_load_unofficial(argv[2], &file);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_line_comes_back_by_code_with_every_field),
		cmocka_unit_test(every_int_has_exactly_the_uses_of_the_file),
		cmocka_unit_test(codes_with_two_uses_give_both_in_the_files_order),
		cmocka_unit_test(the_constants_are_the_uses_codes),
		cmocka_unit_test(every_phrase_and_name_gives_its_code_in_any_case),
		cmocka_unit_test(keys_one_edit_away_give_what_the_file_gives),
		cmocka_unit_test(bit_5_twins_of_non_letters_are_not_keys),
		cmocka_unit_test(hostile_phrases_give_none),
		cmocka_unit_test(no_use_leaves_the_struct_untouched),
		cmocka_unit_test(null_struct_gives_false),
		cmocka_unit_test(registered_answers_for_every_int_are_the_status_files),
		cmocka_unit_test(registered_lookups_know_only_registered_keys),
		cmocka_unit_test(unofficial_499_changes_no_registered_answer),
		cmocka_unit_test(registered_451_keeps_its_answers_beside_its_use),
	};
	int failed = cmocka_run_group_tests(tests, NULL, NULL);
	testdata_free_unofficial(&file);
	testdata_free(&testdata);
	return failed;
}
