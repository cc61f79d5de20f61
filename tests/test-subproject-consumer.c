/* A separate meson project, tests/consumers/meson, takes libhttpstatus as a
 * subproject: its wrap file's [provide] section names the dependency, and
 * dependency('httpstatus') resolves to what the subproject hands over with
 * meson.override_dependency(). The test copies the project to a scratch
 * directory, puts this source tree where the wrap would have fetched it,
 * forces the fallback (an installed httpstatus.pc must not stand in) and
 * runs the program, which prints httpstatus_phrase(404). Installed, the
 * project puts only its own program in the prefix, unless it asks for the
 * subproject's files with -Dhttpstatus:install=enabled. And the README's
 * way: its wrap file and its lines of meson.build, beside its first program.
 *
 * Arguments: meson, the source tree, default_library. */
#include "helpers.h"
#include "markdown.h"
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

static int make_work_dir(void **state)
{
	/* meson test points it at this build's shared library: the consumers
	 * must find their own. */
	unsetenv("LD_LIBRARY_PATH");
	setenv("MESON", meson, 1);
	setenv("HS_SOURCE", source, 1);
	setenv("HS_KIND", default_library, 1);
	return scratch_setup(state);
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
		"\"$MESON\" setup \"$HS_WORK/build\" \"$HS_WORK/project\" --prefix=/usr/local "
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

/* The library's private tables are generated into its own build directory:
 * a consumer's #include "codes-tables.h" finds nothing. */
static void the_private_tables_are_off_the_consumers_include_path(void **state)
{
	(void)state;
	char *argv[] = {(char *)meson, "compile", "-C", NULL, "private-tables", NULL};
	argv[3] = path_join(getenv("HS_WORK"), "build");
	struct spawn_result r = spawn(argv, NULL, 0);
	assert_int_not_equal(r.status, 0);
	if (!strstr(r.out, "codes-tables.h") && !strstr(r.err, "codes-tables.h"))
		fail_msg("not the failure expected:\n%s%s", r.out, r.err);
	spawn_free(&r);
	free(argv[3]);
}

/* Installs the built project under DESTDIR=work/stage and lists what is
 * there, as `find` prints it under the prefix, sorted. */
static char *install_and_list(void)
{
	return shell("rm -rf \"$HS_WORK/stage\"\n"
		     "DESTDIR=\"$HS_WORK/stage\" \"$MESON\" install -C \"$HS_WORK/build\" "
		     ">/dev/null\n"
		     "cd \"$HS_WORK/stage/usr/local\" && find . ! -type d | LC_ALL=C sort");
}

static void installing_the_project_installs_none_of_the_subprojects_files(void **state)
{
	(void)state;
	char *installed = install_and_list();
	assert_string_equal(installed, "./bin/consumer\n");
	free(installed);
}

/* What a project asks for when it ships the library with its program: the
 * library, its headers and httpstatus.pc, and still no tool or pages, which
 * a subproject does not build. */
static void asked_for_the_subproject_installs_its_library_headers_and_pc(void **state)
{
	(void)state;
	free(shell("\"$MESON\" configure \"$HS_WORK/build\" -Dhttpstatus:install=enabled"));
	char *installed = install_and_list();
	static const char *const present[] = {"./bin/consumer\n", "./include/httpstatus.h\n",
					      "./include/httpstatus_codes.h\n",
					      "/pkgconfig/httpstatus.pc\n", "/libhttpstatus."};
	for (size_t i = 0; i < sizeof present / sizeof present[0]; i++)
		if (!strstr(installed, present[i]))
			fail_msg("no %s in the install:\n%s", present[i], installed);
	assert_null(strstr(installed, "./bin/httpstatus"));
	assert_null(strstr(installed, "./share/"));
	free(installed);
}

static void readme_project_builds_with_the_readme_wrap_and_meson_lines(void **state)
{
	(void)state;
	char *readme = path_join(source, "README.md");
	char *wrap = md_block(readme, README_WRAP), *lines = md_block(readme, README_MESON);
	char *example = md_block(readme, README_EXAMPLE);
	free(shell("mkdir -p \"$HS_WORK/readme/subprojects\"\n"
		   "ln -s \"$HS_SOURCE\" \"$HS_WORK/readme/subprojects/httpstatus\""));
	char *build = format("project('example', 'c')\n%s", lines);
	scratch_write("readme/meson.build", build);
	scratch_write("readme/subprojects/httpstatus.wrap", wrap);
	scratch_write("readme/example.c", example);
	free(shell("cd \"$HS_WORK/readme\"\n"
		   "\"$MESON\" setup build --force-fallback-for=httpstatus "
		   "-Dhttpstatus:default_library=\"$HS_KIND\" >/dev/null\n"
		   "\"$MESON\" compile -C build >/dev/null"));
	char *out = shell("\"$HS_WORK/readme/build/example\"");
	char *expected = md_c_block_output(example);
	assert_string_equal(out, expected);
	free(expected);
	free(out);
	free(build);
	free(example);
	free(lines);
	free(wrap);
	free(readme);
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
		cmocka_unit_test(the_private_tables_are_off_the_consumers_include_path),
		cmocka_unit_test(installing_the_project_installs_none_of_the_subprojects_files),
		cmocka_unit_test(asked_for_the_subproject_installs_its_library_headers_and_pc),
		cmocka_unit_test(readme_project_builds_with_the_readme_wrap_and_meson_lines),
	};
	return cmocka_run_group_tests(tests, make_work_dir, scratch_teardown);
}
