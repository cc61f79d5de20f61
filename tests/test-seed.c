/* Every code and constant name of the seed document (Python's http.HTTPStatus
 * table, kept as facts in tests/data/python-seed-names.tsv) resolves to the
 * seed's code: Python code written against those names ports one to one. */
#include "helpers.h"

#include <httpstatus.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static const char *seed_path;

static void seed_names_resolve_to_the_seeds_codes(void **state)
{
	char *text = read_file(seed_path, NULL), name[100];
	int code, rows = 0;
	(void)state;
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		if (line[0] == '#')
			continue;
		assert_int_equal(sscanf(line, "%d\t%99s", &code, name), 2);
		if (!httpstatus_is_known(code))
			fail_msg("seed code %d is not known", code);
		if (httpstatus_from_name(name) != code)
			fail_msg("seed name %s gives %d, not %d", name, httpstatus_from_name(name),
				 code);
		rows++;
	}
	free(text);
	assert_int_equal(rows, 57);
}

static void seed_examples_hold(void **state)
{
	(void)state;
	assert_int_equal(HTTP_STATUS_OK, 200);
	assert_string_equal(httpstatus_phrase(HTTP_STATUS_OK), "OK");
	assert_string_equal(httpstatus_description(HTTP_STATUS_OK),
			    "Request fulfilled, document follows");
	assert_int_equal(httpstatus_next(0), HTTP_STATUS_CONTINUE);
	assert_int_equal(httpstatus_next(HTTP_STATUS_CONTINUE), HTTP_STATUS_SWITCHING_PROTOCOLS);
	assert_int_equal(HTTP_STATUS_REQUEST_RANGE_NOT_SATISFIABLE, 416);
	assert_int_equal(HTTP_STATUS_REQUESTED_RANGE_NOT_SATISFIABLE, 416);
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 1, "SEED-NAMES.tsv");
	seed_path = argv[1];
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(seed_names_resolve_to_the_seeds_codes),
		cmocka_unit_test(seed_examples_hold),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
