/* The error page and the problem body, with hostile detail text, read by
 * real parsers: response-cases (built for the machine under test, run
 * behind the exe wrapper in a cross build) writes them, and
 * tests/response-parsers.py runs them through Python's html.parser and json
 * and checks that the detail comes out as text and nothing else. Skipped
 * (exit 77) where there is no python3.
 *
 * Arguments: PYTHON3 (empty if none was found), response-parsers.py and
 * response-cases. */
#include "helpers.h"
#include "spawn.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static const char *python, *script, *cases_program;

/* Runs the script on the cases response-cases writes for which; fails with
 * what it printed if it found a problem. */
static void parse_all(const char *which)
{
	char *writer[] = {(char *)cases_program, (char *)which, NULL};
	struct spawn_result cases =
		spawn_input_with(writer, NULL, 0, (struct spawn_options){.host_program = true});
	if (cases.status != 0)
		fail_msg("%s %s: exit %d\n%s", cases_program, which, cases.status, cases.err);
	unsigned long count;
	assert_int_equal(sscanf(cases.err, "%lu cases\n", &count), 1);
	assert_true(count > 0);

	char *argv[] = {(char *)python, (char *)script, NULL};
	struct spawn_result r = spawn(argv, cases.out, cases.out_len);
	if (r.status != 0)
		fail_msg("%s found problems (exit %d):\n%s%s", script, r.status, r.out, r.err);
	char want[64];
	snprintf(want, sizeof want, "%lu cases, 0 problems\n", count);
	assert_string_equal(r.out, want);
	spawn_free(&r);
	spawn_free(&cases);
}

static void every_hostile_detail_is_text_and_nothing_else_for_every_code(void **state)
{
	(void)state;
	parse_all("every-code");
}

/* A megabyte made of every hostile detail over and over. */
static void a_megabyte_of_hostile_detail_is_text_and_nothing_else(void **state)
{
	(void)state;
	parse_all("megabyte");
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 3, "PYTHON3 response-parsers.py RESPONSE-CASES");
	skip_unless_found(argv[1], "python3 (the real parsers that read the pages and bodies)");
	python = argv[1];
	script = argv[2];
	cases_program = argv[3];
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_hostile_detail_is_text_and_nothing_else_for_every_code),
		cmocka_unit_test(a_megabyte_of_hostile_detail_is_text_and_nothing_else),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
