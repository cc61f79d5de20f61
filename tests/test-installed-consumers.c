/* libhttpstatus installed as its users install it: the README's commands,
 * run in a copy of the source tree (symbolic links) with a temporary prefix
 * for its /opt/httpstatus, this build's default_library and Debian's
 * directory for zsh completion added to its meson setup; then again with
 * DESTDIR as packagers do, as the README says. The install holds exactly the library, the headers,
 * httpstatus.pc, the CMake package, the tool, the man pages and the
 * completions, each file with an install tag; -Dinstall=disabled installs
 * nothing. The tool runs from it with a clean environment, even once the
 * prefix is moved; programs build against it as users build them (cc or c++
 * with pkg-config, CMake's find_package and pkg_check_modules, linked
 * statically as the README says where the archive is installed) and print
 * httpstatus_phrase(404).
 *
 * Arguments: meson, the source tree, default_library, the project version. */
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

static const char *meson, *source, *default_library, *version;
static char *work, *prefix, *stage;
static char *libdir; /* as installed, relative to the prefix */
static char *setup_log; /* what meson setup printed */
static char *readme; /* README.md's path */

#define USE_PREFIX_PC "export PKG_CONFIG_PATH=\"$HS_PREFIX/$HS_LIBDIR/pkgconfig\"\n"
/* A shared library in a prefix the dynamic linker does not search is found
 * as users find it, through LD_LIBRARY_PATH. */
#define RUN_FROM_PREFIX "LD_LIBRARY_PATH=\"$HS_PREFIX/$HS_LIBDIR\" "

/* The commands the tests run find their paths in the environment. */
static void export_paths(void)
{
	/* meson test points it at this build's shared library: the consumers
	 * must find their own. */
	unsetenv("LD_LIBRARY_PATH");
	setenv("MESON", meson, 1);
	setenv("HS_SOURCE", source, 1);
	setenv("HS_KIND", default_library, 1);
	setenv("HS_WORK", work, 1);
	setenv("HS_PREFIX", prefix, 1);
	setenv("HS_STAGE", stage, 1);
}

/* A README block's commands with its prefix, library directory (once it is
 * known) and staging directory replaced by the test's, in memory the caller
 * frees. */
static char *readme_commands(const char *lang, const char *holding)
{
	char *block = md_block(readme, lang, holding);
	char *libdir_path = format("%s/%s", prefix, libdir ? libdir : "lib/x86_64-linux-gnu");
	char *a = replace_all(block, README_PREFIX "/lib/x86_64-linux-gnu", libdir_path);
	char *b = replace_all(a, README_PREFIX, prefix);
	char *commands = replace_all(b, README_STAGE_DIR, stage);
	free(b);
	free(a);
	free(libdir_path);
	free(block);
	return commands;
}

/* Runs the commands in the directory (relative to the work directory);
 * what they print. */
static char *run_in(const char *dir, const char *commands)
{
	char *script =
		format("mkdir -p \"$HS_WORK/%s\"\ncd \"$HS_WORK/%s\"\n%s", dir, dir, commands);
	char *out = shell(script);
	free(script);
	return out;
}

static int install(void **state)
{
	(void)state;
	work = scratch_dir_new();
	prefix = format("%s/prefix", work);
	stage = format("%s/stage", work);
	readme = path_join(source, "README.md");
	export_paths();
	/* A clone of the tree, as the README's commands start from. */
	free(shell("mkdir \"$HS_WORK/clone\"\n"
		   "cd \"$HS_SOURCE\"\n"
		   "for f in *; do\n"
		   "  [ -d \"$f/meson-private\" ] || [ \"$f\" = subprojects ] ||\n"
		   "    ln -s \"$HS_SOURCE/$f\" \"$HS_WORK/clone/$f\"\n"
		   "done"));
	char *commands = readme_commands(README_INSTALL);
	const char *setup = "meson setup build";
	assert_true(strncmp(commands, setup, strlen(setup)) == 0);
	size_t setup_len = strcspn(commands, "\n");
	char *with_options =
		format("%.*s -Ddefault_library=%s "
		       "-Dzsh_completions_dir=share/zsh/vendor-completions%s",
		       (int)setup_len, commands, default_library, commands + setup_len);
	setup_log = run_in("clone", with_options);
	free(with_options);
	free(commands);
	commands = readme_commands(README_STAGE);
	free(run_in("clone", commands));
	free(commands);

	/* The libdir is the platform's (lib/x86_64-linux-gnu on Debian). */
	char *pc = trim_end(shell("cd \"$HS_PREFIX\" && find . -name httpstatus.pc"));
	const char *head = "./", *tail = "/pkgconfig/httpstatus.pc";
	size_t len = strlen(pc), head_len = strlen(head), tail_len = strlen(tail);
	if (strchr(pc, '\n') || len <= head_len + tail_len || strncmp(pc, head, head_len) != 0 ||
	    strcmp(pc + len - tail_len, tail) != 0)
		fail_msg("expected one LIBDIR/pkgconfig/httpstatus.pc in the prefix, found '%s'",
			 pc);
	libdir = strndup(pc + head_len, len - head_len - tail_len);
	assert_non_null(libdir);
	setenv("HS_LIBDIR", libdir, 1);
	free(pc);
	return 0;
}

static int uninstall(void **state)
{
	(void)state;
	scratch_dir_remove(work);
	free(work);
	free(prefix);
	free(stage);
	free(libdir);
	free(setup_log);
	free(readme);
	return 0;
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The files an install puts in place (a man page name for every function of
 * httpstatus.h, zsh's completion where Debian's zsh reads it), each line
 * `above` and then the path
 * below the prefix, sorted as `LC_ALL=C sort` sorts them. */
static char *expected_files(const char *above)
{
	bool has_static = strcmp(default_library, "shared") != 0;
	bool has_shared = strcmp(default_library, "static") != 0;
	int major_len = (int)strcspn(version, ".");
	char functions[FUNCTIONS_MAX][FUNCTION_NAME_MAX];
	char *header = format("%s/include/httpstatus.h", source);
	size_t function_count = header_functions(header, functions, FUNCTIONS_MAX);
	char *files[32 + FUNCTIONS_MAX];
	size_t n = 0;
	free(header);

	files[n++] = format("%sbin/httpstatus", above);
	files[n++] = format("%sinclude/httpstatus.h", above);
	files[n++] = format("%sinclude/httpstatus_client.h", above);
	files[n++] = format("%sinclude/httpstatus_codes.h", above);
	files[n++] = format("%sinclude/httpstatus_methods.h", above);
	files[n++] = format("%sinclude/httpstatus_unofficial.h", above);
	files[n++] = format("%sinclude/httpstatus_version.h", above);
	if (has_static)
		files[n++] = format("%s%s/libhttpstatus.a", above, libdir);
	if (has_shared) {
		files[n++] = format("%s%s/libhttpstatus.so", above, libdir);
		files[n++] =
			format("%s%s/libhttpstatus.so.%.*s", above, libdir, major_len, version);
		files[n++] = format("%s%s/libhttpstatus.so.%s", above, libdir, version);
	}
	files[n++] = format("%s%s/pkgconfig/httpstatus.pc", above, libdir);
	files[n++] = format("%s%s/cmake/httpstatus/httpstatusConfig.cmake", above, libdir);
	files[n++] = format("%s%s/cmake/httpstatus/httpstatusConfigVersion.cmake", above, libdir);
	files[n++] = format("%sshare/man/man1/httpstatus.1", above);
	files[n++] = format("%sshare/man/man3/httpstatus.3", above);
	for (size_t i = 0; i < function_count; i++)
		files[n++] = format("%sshare/man/man3/%s.3", above, functions[i]);
	files[n++] = format("%sshare/man/man7/httpstatus-codes.7", above);
	files[n++] = format("%sshare/bash-completion/completions/httpstatus", above);
	files[n++] = format("%sshare/zsh/vendor-completions/_httpstatus", above);
	files[n++] = format("%sshare/fish/vendor_completions.d/httpstatus.fish", above);
	qsort(files, n, sizeof files[0], compare_strings);

	size_t size = 1;
	for (size_t i = 0; i < n; i++)
		size += strlen(files[i]) + 1;
	char *list = malloc(size), *end = list;
	assert_non_null(list);
	for (size_t i = 0; i < n; i++) {
		end += sprintf(end, "%s\n", files[i]);
		free(files[i]);
	}
	*end = '\0';
	return list;
}

static void install_puts_exactly_the_library_headers_pc_tool_and_man_pages(void **state)
{
	(void)state;
	char *installed = shell("cd \"$HS_PREFIX\" && find . ! -type d | LC_ALL=C sort");
	char *expected = expected_files("./");
	assert_string_equal(installed, expected);
	free(installed);
	free(expected);
}

/* The script installs under DESTDIR (the prefix below it) and lists what is
 * there: the files an install puts in place. */
static void check_staged_install(const char *script)
{
	char *staged = shell(script), *above = format(".%s/", prefix);
	char *expected = expected_files(above);
	assert_string_equal(staged, expected);
	free(staged);
	free(above);
	free(expected);
}

static void destdir_install_puts_the_same_files_under_destdir(void **state)
{
	(void)state;
	check_staged_install("cd \"$HS_STAGE\" && find . ! -type d | LC_ALL=C sort");
}

/* What a distribution's split packages take, by tag, is the whole install:
 * no file is left without one. */
static void every_installed_file_has_an_install_tag(void **state)
{
	(void)state;
	check_staged_install("\"$MESON\" install -C \"$HS_WORK/clone/build\" --no-rebuild --quiet "
			     "--tags runtime,devel,man --destdir \"$HS_WORK/tagged\"\n"
			     "cd \"$HS_WORK/tagged\" && find . ! -type d | LC_ALL=C sort");
}

/* Configured alone, without building: an install would fail on the first
 * file it found missing. */
static void install_disabled_installs_nothing(void **state)
{
	(void)state;
	char *installed =
		shell("\"$MESON\" setup \"$HS_WORK/no-install\" \"$HS_SOURCE\" "
		      "-Ddefault_library=\"$HS_KIND\" -Dtests=disabled -Dinstall=disabled "
		      ">/dev/null\n"
		      "\"$MESON\" install -C \"$HS_WORK/no-install\" --no-rebuild --quiet "
		      "--destdir \"$HS_WORK/none\"\n"
		      "mkdir -p \"$HS_WORK/none\"\n"
		      "cd \"$HS_WORK/none\" && find . ! -type d");
	assert_string_equal(installed, "");
	free(installed);
}

/* The summary says what the user chose, not what is missing. */
static void summary_says_what_was_chosen(void **state)
{
	(void)state;
	char *zsh = format("    zsh completion       : %s/share/zsh/vendor-completions\n", prefix);
	const char *lines[] = {"    tests                : disabled by -Dtests=disabled\n", zsh};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
		if (!strstr(setup_log, lines[i]))
			fail_msg("meson setup did not say\n%sbut\n%s", lines[i], setup_log);
	free(zsh);
}

static void pkg_config_gives_the_installed_include_and_lib_dirs(void **state)
{
	(void)state;
	char *flags = trim_end(shell(USE_PREFIX_PC "pkg-config --cflags --libs httpstatus"));
	char *expected = format("-I%s/include -L%s/%s -lhttpstatus", prefix, prefix, libdir);
	assert_string_equal(flags, expected);
	free(flags);
	free(expected);
}

static void pkg_config_static_libs_need_nothing_more(void **state)
{
	(void)state;
	char *flags = trim_end(shell(USE_PREFIX_PC "pkg-config --static --libs httpstatus"));
	char *expected = format("-L%s/%s -lhttpstatus", prefix, libdir);
	assert_string_equal(flags, expected);
	free(flags);
	free(expected);
}

static void pkg_config_version_is_the_project_version(void **state)
{
	(void)state;
	char *modversion = trim_end(shell(USE_PREFIX_PC "pkg-config --modversion httpstatus"));
	assert_string_equal(modversion, version);
	free(modversion);
}

/* Builds with the first script, then runs the second, which must print
 * exactly `Not Found`. */
static void build_then_expect_not_found(const char *build, const char *run)
{
	free(shell(build));
	char *out = shell(run);
	assert_string_equal(out, "Not Found\n");
	free(out);
}

/* A shared library's tool finds it through its RUNPATH, relative to
 * itself: no LD_LIBRARY_PATH, nothing at all in the environment. */
static void installed_tool_runs_with_a_clean_environment_from_where_it_is(void **state)
{
	(void)state;
	char *out = shell("env -i \"$HS_PREFIX/bin/httpstatus\" 404\n"
			  "rm -rf \"$HS_WORK/moved\"\n"
			  "cp -R -P \"$HS_PREFIX\" \"$HS_WORK/moved\"\n"
			  "env -i \"$HS_WORK/moved/bin/httpstatus\" 404\n"
			  "rm -rf \"$HS_WORK/moved\"");
	assert_string_equal(out, "404 Not Found\n404 Not Found\n");
	free(out);
}

/* The README's first program, as example.c in the directory (relative to
 * the work directory), made if need be. */
static void put_readme_example(const char *dir)
{
	char *example = md_block(readme, README_EXAMPLE);
	char *mkdir = format("mkdir -p \"$HS_WORK/%s\"", dir);
	free(shell(mkdir));
	char *file = format("%s/%s/example.c", work, dir);
	write_file(file, example);
	free(file);
	free(mkdir);
	free(example);
}

/* What the README's first program prints, by its comments. */
static char *readme_example_output(void)
{
	char *example = md_block(readme, README_EXAMPLE);
	char *out = md_c_block_output(example);
	free(example);
	return out;
}

/* Runs the README's commands (lang, holding) in dir, beside its first
 * program, then the program they built, which must print what its comments
 * say. */
static void build_and_run_readme_example(const char *dir, const char *lang, const char *holding,
					 const char *program)
{
	put_readme_example(dir);
	char *commands = readme_commands(lang, holding);
	free(run_in(dir, commands));
	char *run = format(RUN_FROM_PREFIX "%s", program);
	char *out = run_in(dir, run), *expected = readme_example_output();
	assert_string_equal(out, expected);
	free(expected);
	free(out);
	free(run);
	free(commands);
}

static void readme_example_builds_with_pkg_config_as_the_readme_says(void **state)
{
	(void)state;
	build_and_run_readme_example("readme-pkg-config", README_PKG_CONFIG, "./example");
}

/* A copy of the prefix, its httpstatus.pc told where it is now, and
 * pkg-config told where that is; and how its shared library is deleted. */
#define COPY_PREFIX                                                                                \
	"rm -rf \"$HS_WORK/copy\"\n"                                                               \
	"cp -R -P \"$HS_PREFIX\" \"$HS_WORK/copy\"\n"                                              \
	"sed -i \"s|$HS_PREFIX|$HS_WORK/copy|\" "                                                  \
	"\"$HS_WORK/copy/$HS_LIBDIR/pkgconfig/httpstatus.pc\"\n"                                   \
	"export PKG_CONFIG_PATH=\"$HS_WORK/copy/$HS_LIBDIR/pkgconfig\"\n"
#define DELETE_SHARED_LIBRARY "rm -f \"$HS_WORK/copy/$HS_LIBDIR\"/libhttpstatus.so*\n"

/* The README's two ways to link the archive, whatever else the prefix
 * holds, each line as written, from a copy of the prefix (its httpstatus.pc
 * told where it is now, and pkg-config where that is) whose shared library
 * is then deleted: the programs still run. */
static void readme_example_links_the_archive_and_runs_without_the_shared_library(void **state)
{
	(void)state;
	put_readme_example("readme-archive");
	char *lines = md_block(readme, README_ARCHIVE), *script = format("%s", COPY_PREFIX);
	size_t n = 0;
	for (char *line = lines; *line; n++) {
		char *nl = strchr(line, '\n');
		char *more = format("%s%.*s\nmv example example-%zu\n", script, (int)(nl - line),
				    line, n);
		free(script);
		script = more;
		line = nl + 1;
	}
	assert_int_equal(n, 2);
	char *run =
		format("%s" DELETE_SHARED_LIBRARY "env -i ./example-0\nenv -i ./example-1", script);
	char *out = run_in("readme-archive", run), *once = readme_example_output();
	char *expected = format("%s%s", once, once);
	assert_string_equal(out, expected);
	free(expected);
	free(once);
	free(out);
	free(run);
	free(script);
	free(lines);
}

/* Why the README says so: with both kinds installed, the linker takes the
 * shared one for -lhttpstatus, --static or not. */
static void pkg_config_static_alone_still_links_the_shared_library(void **state)
{
	(void)state;
	put_readme_example("readme-static");
	char *out = run_in("readme-static", COPY_PREFIX
			   "cc example.c $(pkg-config --cflags --static --libs httpstatus) "
			   "-o plain\n" DELETE_SHARED_LIBRARY
			   "env -i ./plain 2>/dev/null || echo \"exit $?\"");
	assert_string_equal(out, "exit 127\n");
	free(out);
}

static void cxx17_program_builds_with_both_headers_and_every_warning_an_error(void **state)
{
	(void)state;
	const char *build = USE_PREFIX_PC
		"c++ -std=c++17 -Wall -Wextra -Wpedantic -Werror "
		"\"$HS_SOURCE/tests/consumers/cxx/main.cpp\" "
		"$(pkg-config --cflags --libs httpstatus) -o \"$HS_WORK/cxx-consumer\"";
	build_then_expect_not_found(build, RUN_FROM_PREFIX "\"$HS_WORK/cxx-consumer\"");
}

/* Ninja, not make: meson needs it anyway. */
static void cmake_project_finds_it_with_pkg_check_modules(void **state)
{
	(void)state;
	const char *build = "cmake -G Ninja -S \"$HS_SOURCE/tests/consumers/cmake-pkg-config\" -B "
			    "\"$HS_WORK/cmake-pc-build\" "
			    "-DCMAKE_PREFIX_PATH=\"$HS_PREFIX\"\n"
			    "cmake --build \"$HS_WORK/cmake-pc-build\"";
	build_then_expect_not_found(build, RUN_FROM_PREFIX "\"$HS_WORK/cmake-pc-build/consumer\"");
}

/* The README's CMakeLists.txt and commands, beside its first program. */
static void readme_example_builds_with_cmake_as_the_readme_says(void **state)
{
	(void)state;
	put_readme_example("readme-cmake");
	char *lists = md_block(readme, README_CMAKE_LISTS);
	char *path = format("%s/readme-cmake/CMakeLists.txt", work);
	write_file(path, lists);
	build_and_run_readme_example("readme-cmake", README_CMAKE_BUILD, "./build/example");
	free(path);
	free(lists);
}

/* find_package(httpstatus 0.2 CONFIG REQUIRED) and httpstatus::httpstatus,
 * from the installed package, and again from the prefix moved elsewhere:
 * the package finds its files from where it is. */
static void cmake_project_finds_the_package_and_links_httpstatus_httpstatus(void **state)
{
	(void)state;
	const char *build = "cmake -G Ninja -S \"$HS_SOURCE/tests/consumers/cmake\" -B "
			    "\"$HS_WORK/cmake-build\" -DCMAKE_PREFIX_PATH=\"$HS_PREFIX\"\n"
			    "cmake --build \"$HS_WORK/cmake-build\"";
	build_then_expect_not_found(build, RUN_FROM_PREFIX "\"$HS_WORK/cmake-build/consumer\"");
	char *out = shell(
		"rm -rf \"$HS_WORK/moved\"\n"
		"cp -R -P \"$HS_PREFIX\" \"$HS_WORK/moved\"\n"
		"cmake -G Ninja -S \"$HS_SOURCE/tests/consumers/cmake\" -B "
		"\"$HS_WORK/cmake-moved\" -DCMAKE_PREFIX_PATH=\"$HS_WORK/moved\" >/dev/null\n"
		"cmake --build \"$HS_WORK/cmake-moved\" >/dev/null\n"
		"rm -rf \"$HS_PREFIX.away\"\n"
		"mv \"$HS_PREFIX\" \"$HS_PREFIX.away\"\n"
		"LD_LIBRARY_PATH=\"$HS_WORK/moved/$HS_LIBDIR\" \"$HS_WORK/cmake-moved/consumer\" "
		"|| echo \"exit $?\"\n"
		"mv \"$HS_PREFIX.away\" \"$HS_PREFIX\"\n"
		"rm -rf \"$HS_WORK/moved\"");
	assert_string_equal(out, "Not Found\n");
	free(out);
}

/* The version file: this release's major.minor and its whole version are
 * found, the minor versions either side of it and the next major version
 * are not (SameMinorVersion while the major version is 0). */
static void cmake_package_answers_its_own_minor_version_only(void **state)
{
	(void)state;
	int major, minor;
	assert_int_equal(sscanf(version, "%d.%d", &major, &minor), 2);
	char *wants[] = {format("%d.%d", major, minor), format("%s", version),
			 format("%d.%d", major, minor - 1), format("%d.%d", major, minor + 1),
			 format("%d.0", major + 1)};
	for (size_t i = 0; i < sizeof wants / sizeof wants[0]; i++) {
		setenv("HS_WANT", wants[i], 1);
		char *out = shell("cmake -G Ninja -S \"$HS_SOURCE/tests/consumers/cmake\" "
				  "-B \"$HS_WORK/cmake-want-$HS_WANT\" -DWANT=$HS_WANT "
				  "-DCMAKE_PREFIX_PATH=\"$HS_PREFIX\" >/dev/null 2>&1 "
				  "&& echo found || echo not found");
		if (strcmp(out, i < 2 ? "found\n" : "not found\n") != 0)
			fail_msg("find_package(httpstatus %s): %s", wants[i], out);
		free(out);
		free(wants[i]);
	}
}

/* A packager's build against the DESTDIR tree before it is installed. */
static void staged_tree_builds_through_pkg_config_sysroot(void **state)
{
	(void)state;
	const char *pkg_config_env =
		"export PKG_CONFIG_SYSROOT_DIR=\"$HS_STAGE\"\n"
		"export PKG_CONFIG_PATH=\"$HS_STAGE$HS_PREFIX/$HS_LIBDIR/pkgconfig\"\n";
	char *script = format("%spkg-config --cflags --libs httpstatus", pkg_config_env);
	char *flags = trim_end(shell(script));
	char *expected = format("-I%s%s/include -L%s%s/%s -lhttpstatus", stage, prefix, stage,
				prefix, libdir);
	assert_string_equal(flags, expected);

	char *build =
		format("%scc \"$HS_SOURCE/tests/consumers/pkg-config/main.c\" "
		       "$(pkg-config --cflags --libs httpstatus) -o \"$HS_WORK/staged-consumer\"",
		       pkg_config_env);
	build_then_expect_not_found(build, "LD_LIBRARY_PATH=\"$HS_STAGE$HS_PREFIX/$HS_LIBDIR\" "
					   "\"$HS_WORK/staged-consumer\"");
	free(build);
	free(script);
	free(flags);
	free(expected);
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 4, "MESON SOURCE-DIR DEFAULT-LIBRARY VERSION");
	meson = argv[1];
	source = argv[2];
	default_library = argv[3];
	version = argv[4];
	/* What its users build with; each is installed where CI runs. */
	static const char *const tools[] = {"cc", "c++", "pkg-config", "cmake", "ninja"};
	for (size_t i = 0; i < sizeof tools / sizeof tools[0]; i++)
		skip_unless_on_path(tools[i]);
	bool has_static = strcmp(default_library, "shared") != 0;
	bool has_shared = strcmp(default_library, "static") != 0;
	struct CMUnitTest tests[24] = {
		cmocka_unit_test(install_puts_exactly_the_library_headers_pc_tool_and_man_pages),
		cmocka_unit_test(destdir_install_puts_the_same_files_under_destdir),
		cmocka_unit_test(every_installed_file_has_an_install_tag),
		cmocka_unit_test(install_disabled_installs_nothing),
		cmocka_unit_test(summary_says_what_was_chosen),
		cmocka_unit_test(pkg_config_gives_the_installed_include_and_lib_dirs),
		cmocka_unit_test(pkg_config_static_libs_need_nothing_more),
		cmocka_unit_test(pkg_config_version_is_the_project_version),
		cmocka_unit_test(installed_tool_runs_with_a_clean_environment_from_where_it_is),
		cmocka_unit_test(readme_example_builds_with_pkg_config_as_the_readme_says),
		cmocka_unit_test(cxx17_program_builds_with_both_headers_and_every_warning_an_error),
		cmocka_unit_test(cmake_project_finds_it_with_pkg_check_modules),
		cmocka_unit_test(cmake_project_finds_the_package_and_links_httpstatus_httpstatus),
		cmocka_unit_test(readme_example_builds_with_cmake_as_the_readme_says),
		cmocka_unit_test(cmake_package_answers_its_own_minor_version_only),
		cmocka_unit_test(staged_tree_builds_through_pkg_config_sysroot),
	};
	size_t n = 16;
	/* Only where there is an archive to link, and a shared library to
	 * take its place. */
	if (has_static)
		tests[n++] = (struct CMUnitTest)cmocka_unit_test(
			readme_example_links_the_archive_and_runs_without_the_shared_library);
	if (has_static && has_shared)
		tests[n++] = (struct CMUnitTest)cmocka_unit_test(
			pkg_config_static_alone_still_links_the_shared_library);
	return _cmocka_run_group_tests("installed-consumers", tests, n, install, uninstall);
}
