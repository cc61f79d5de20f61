/* A separate meson project, tests/consumers/meson, takes libhttpstatus as a
 * subproject: its wrap file's [provide] section names the dependency, and
 * dependency('httpstatus') resolves to what the subproject hands over with
 * meson.override_dependency(). The test copies the project to a scratch
 * directory, puts this source tree where the wrap would have fetched it,
 * forces the fallback (an installed httpstatus.pc must not stand in) and
 * runs the program, which prints httpstatus_phrase(404).
 *
 * Arguments: meson, the source tree, default_library. */
#include "helpers.h"
#include "spawn.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static const char *meson, *source, *default_library;
static char *work;

static int make_work_dir(void **state)
{
	(void)state;
	work = scratch_dir_new();
	/* meson test points it at this build's shared library: the consumers
	 * must find their own. */
	unsetenv("LD_LIBRARY_PATH");
	setenv("MESON", meson, 1);
	setenv("HS_SOURCE", source, 1);
	setenv("HS_KIND", default_library, 1);
	setenv("HS_WORK", work, 1);
	return 0;
}

static int remove_work_dir(void **state)
{
	(void)state;
	scratch_dir_remove(work);
	free(work);
	return 0;
}

/* Whether meson's log says it took the dependency from an override. */
static bool found_overridden(const char *log)
{
	const char *line = strstr(log, "Dependency httpstatus found: YES");
	if (!line)
		return false;
	const char *end = strchr(line, '\n');
	const char *mark = strstr(line, "(overridden)");
	return mark && (!end || mark < end);
}

static void meson_project_gets_it_from_the_subproject_override(void **state)
{
	(void)state;
	char *setup = shell(
		"cp -R \"$HS_SOURCE/tests/consumers/meson\" \"$HS_WORK/project\"\n"
		"ln -s \"$HS_SOURCE\" \"$HS_WORK/project/subprojects/httpstatus\"\n"
		"\"$MESON\" setup \"$HS_WORK/build\" \"$HS_WORK/project\" "
		"--force-fallback-for=httpstatus -Dhttpstatus:default_library=\"$HS_KIND\"\n");
	if (!found_overridden(setup)) {
		fputs(setup, stderr);
		fail_msg("meson did not take httpstatus from the subproject's override");
	}
	free(setup);
	free(shell("\"$MESON\" compile -C \"$HS_WORK/build\""));
	char *out = shell("\"$HS_WORK/build/consumer\"");
	assert_string_equal(out, "Not Found\n");
	free(out);
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 3, "MESON SOURCE-DIR DEFAULT-LIBRARY");
	meson = argv[1];
	source = argv[2];
	default_library = argv[3];
	skip_unless_on_path("ninja");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(meson_project_gets_it_from_the_subproject_override),
	};
	return cmocka_run_group_tests(tests, make_work_dir, remove_work_dir);
}
