/* The version macros, made from project(version:), agree with each other,
 * with the project's version and with what the library reports.
 *
 * Argument: the project version, as meson.build spells it. */
#include "helpers.h"

#include <httpstatus.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

/* Plain integers a preprocessor condition can test. */
#if !defined(HTTPSTATUS_VERSION_MAJOR) || !defined(HTTPSTATUS_VERSION_MINOR) ||                    \
	!defined(HTTPSTATUS_VERSION_PATCH) || HTTPSTATUS_VERSION_MAJOR < 0 ||                      \
	HTTPSTATUS_VERSION_MINOR < 0 || HTTPSTATUS_VERSION_PATCH < 0
#error "HTTPSTATUS_VERSION_MAJOR, _MINOR and _PATCH must be integers"
#endif

static const char *project_version;

static void version_string_spells_the_numbers(void **state)
{
	(void)state;
	char spelled[64];
	snprintf(spelled, sizeof spelled, "%d.%d.%d", HTTPSTATUS_VERSION_MAJOR,
		 HTTPSTATUS_VERSION_MINOR, HTTPSTATUS_VERSION_PATCH);
	assert_string_equal(HTTPSTATUS_VERSION_STRING, spelled);
}

static void version_string_is_the_project_version(void **state)
{
	(void)state;
	assert_string_equal(HTTPSTATUS_VERSION_STRING, project_version);
}

static void library_reports_the_header_version(void **state)
{
	(void)state;
	assert_string_equal(httpstatus_version(), HTTPSTATUS_VERSION_STRING);
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 1, "PROJECT-VERSION");
	project_version = argv[1];
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(version_string_spells_the_numbers),
		cmocka_unit_test(version_string_is_the_project_version),
		cmocka_unit_test(library_reports_the_header_version),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
