/* The library agrees with the IANA registry export kept in tests/data/: every
 * registered code with the registry's phrase and reference, every unassigned
 * code unknown, and the only differences the four cells the data file cleans
 * on purpose. A registry update shows up here as a readable failure. */
#include "testdata.h"

#include <httpstatus.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

/* The registry cells that are not phrases, and what the data file makes of them. */
static const struct {
	int code;
	const char *registry; /* the start of the registry's cell */
	const char *phrase; /* NULL: no entry */
	unsigned flag;
} cleaned[] = {
	{104, "Upload Resumption Supported (TEMPORARY", "Upload Resumption Supported",
	 HTTPSTATUS_FLAG_TEMPORARY},
	{306, "(Unused)", NULL, 0},
	{418, "(Unused)", "I'm a Teapot", HTTPSTATUS_FLAG_UNOFFICIAL},
	{510, "Not Extended (OBSOLETED)", "Not Extended",
	 HTTPSTATUS_FLAG_IANA | HTTPSTATUS_FLAG_OBSOLETE},
};
enum { CLEANED = sizeof cleaned / sizeof cleaned[0] };

static const char *csv_path;

struct row {
	int first, last; /* a range for Unassigned rows */
	char value[64], description[160], reference[160];
};

static size_t read_rows(struct row *rows, size_t max)
{
	FILE *f = fopen(csv_path, "rb");
	assert_non_null(f);
	char line[512];
	size_t n = 0;
	assert_non_null(fgets(line, sizeof line, f)); /* the header */
	assert_string_equal(line, "Value,Description,Reference\r\n");
	while (fgets(line, sizeof line, f) && n < max) {
		line[strcspn(line, "\r\n")] = '\0';
		struct row *r = &rows[n++];
		const char *s = testdata_csv_field(line, r->value, sizeof r->value);
		s = testdata_csv_field(s, r->description, sizeof r->description);
		testdata_csv_field(s, r->reference, sizeof r->reference);
		char *dash = strchr(r->value, '-');
		r->first = atoi(r->value);
		r->last = dash ? atoi(dash + 1) : r->first;
	}
	fclose(f);
	return n;
}

static int cleaned_index(int code)
{
	for (int i = 0; i < CLEANED; i++)
		if (cleaned[i].code == code)
			return i;
	return -1;
}

/* "[RFC9110, Section 15.5.5][other]": each bracketed item, with "RFC9110"
 * written "RFC 9110", must appear in the library's reference. */
static void check_reference(int code, const char *registry)
{
	const char *ours = httpstatus_reference(code);
	assert_non_null(ours);
	for (const char *s = strchr(registry, '['); s; s = strchr(s + 1, '[')) {
		char item[160];
		size_t n = strcspn(s + 1, "]");
		assert_true(n + 2 < sizeof item);
		if (strncmp(s + 1, "RFC", 3) == 0)
			n = (size_t)snprintf(item, sizeof item, "RFC %.*s", (int)n - 3, s + 4);
		else
			n = (size_t)snprintf(item, sizeof item, "%.*s", (int)n, s + 1);
		if (!strstr(ours, item))
			fail_msg("%d: reference \"%s\" lacks the registry's \"%s\"", code, ours,
				 item);
	}
}

static void registry_codes_have_the_registry_phrase(void **state)
{
	struct row rows[200];
	size_t n = read_rows(rows, 200);
	size_t registered = 0;
	(void)state;
	for (size_t i = 0; i < n; i++) {
		const struct row *r = &rows[i];
		if (strcmp(r->description, "Unassigned") == 0)
			continue;
		assert_int_equal(r->first, r->last);
		int c = cleaned_index(r->first);
		if (c >= 0) {
			assert_memory_equal(r->description, cleaned[c].registry,
					    strlen(cleaned[c].registry));
			if (cleaned[c].phrase)
				check_reference(r->first, r->reference);
			continue;
		}
		registered++;
		if (!httpstatus_is_known(r->first))
			fail_msg("%d %s: in the registry, not in the data file", r->first,
				 r->description);
		assert_string_equal(httpstatus_phrase(r->first), r->description);
		assert_int_equal(httpstatus_flags(r->first) &
					 (HTTPSTATUS_FLAG_IANA | HTTPSTATUS_FLAG_TEMPORARY |
					  HTTPSTATUS_FLAG_UNOFFICIAL),
				 HTTPSTATUS_FLAG_IANA);
		check_reference(r->first, r->reference);
	}
	assert_int_equal(registered, 60);
}

static void unassigned_codes_are_unknown(void **state)
{
	struct row rows[200];
	size_t n = read_rows(rows, 200);
	(void)state;
	for (size_t i = 0; i < n; i++)
		if (strcmp(rows[i].description, "Unassigned") == 0)
			for (int code = rows[i].first; code <= rows[i].last; code++)
				if (httpstatus_is_known(code))
					fail_msg("%d is unassigned in the registry but known",
						 code);
}

static void cleaned_cells_are_the_only_differences(void **state)
{
	(void)state;
	for (int i = 0; i < CLEANED; i++) {
		int code = cleaned[i].code;
		if (!cleaned[i].phrase) {
			assert_false(httpstatus_is_known(code));
			continue;
		}
		assert_string_equal(httpstatus_phrase(code), cleaned[i].phrase);
		assert_int_equal(httpstatus_flags(code) &
					 (cleaned[i].flag | HTTPSTATUS_FLAG_IANA |
					  HTTPSTATUS_FLAG_TEMPORARY | HTTPSTATUS_FLAG_UNOFFICIAL),
				 cleaned[i].flag);
	}
	assert_non_null(strstr(httpstatus_reference(104), "expires 2026-11-13"));
}

static void every_known_code_is_in_the_registry_or_418(void **state)
{
	struct row rows[200];
	size_t n = read_rows(rows, 200);
	(void)state;
	for (int code = httpstatus_next(0); code; code = httpstatus_next(code)) {
		bool listed = false;
		for (size_t i = 0; i < n; i++)
			if (rows[i].first == code && strcmp(rows[i].description, "Unassigned"))
				listed = true;
		if (!listed)
			fail_msg("%d is known but not in the registry", code);
	}
	assert_int_equal(httpstatus_count(), 63);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s REGISTRY.csv\n", argv[0]);
		return 2;
	}
	csv_path = argv[1];
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(registry_codes_have_the_registry_phrase),
		cmocka_unit_test(unassigned_codes_are_unknown),
		cmocka_unit_test(cleaned_cells_are_the_only_differences),
		cmocka_unit_test(every_known_code_is_in_the_registry_or_418),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
