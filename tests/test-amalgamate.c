/* amalgamate, the program that writes the amalgamation, on a small made-up
 * library in a scratch directory: a main header that includes a generated
 * one, an opt-in header, two sources that share a private header.
 *
 * Arguments: the amalgamate program, a license file. */
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
#include <sys/stat.h>

#include <cmocka.h>

static const char *amalgamate, *license;

static int make_library(void **state)
{
	assert_int_equal(scratch_setup(state), 0);
	static const char *const dirs[] = {"include", "generated", "common", "src", "out"};
	for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
		char *dir = path_join(scratch, dirs[i]);
		assert_int_equal(mkdir(dir, 0777), 0);
		free(dir);
	}
	scratch_write("include/lib.h", "#ifndef LIB_H\n#define LIB_H\n#include <stddef.h>\n"
				       "#include \"lib_codes.h\"\nint lib_a(void);\n#endif\n");
	scratch_write("generated/lib_codes.h", "#ifndef LIB_CODES_H\n#define LIB_CODES_H\n"
					       "enum lib_code { LIB_ONE = 1 };\n#endif\n");
	scratch_write("generated/lib_extra.h",
		      "#include \"lib_codes.h\"\n#define LIB_EXTRA LIB_ONE\n");
	scratch_write("common/shared.h", "static inline int shared(void) { return 1; }\n");
	scratch_write("src/a.c", "#include \"lib.h\"\n#include \"shared.h\"\n"
				 "int lib_a(void) { return shared(); }\n");
	scratch_write("src/b.c", "#include \"lib.h\"\n#include \"shared.h\"\n"
				 "int lib_b(void) { return shared(); }"); /* no final newline */
	return 0;
}

/* Runs amalgamate on the library, a.c's text first replaced by a_c if not
 * NULL, and the opt-in header given by its path under the scratch dir. */
static struct spawn_result run(const char *a_c, const char *opt_in)
{
	if (a_c)
		scratch_write("src/a.c", a_c);
	char *out = path_join(scratch, "out"), *header = path_join(scratch, "include/lib.h");
	char *opt = path_join(scratch, opt_in), *gen = path_join(scratch, "generated");
	char *common = path_join(scratch, "common"), *depfile = path_join(scratch, "out/lib.d");
	char *a = path_join(scratch, "src/a.c"), *b = path_join(scratch, "src/b.c");
	char *argv[] = {(char *)amalgamate,
			"--version",
			"9.8.7",
			"--license",
			(char *)license,
			"--output-dir",
			out,
			"--depfile",
			depfile,
			"--header",
			header,
			"--opt-in",
			opt,
			"--include-dir",
			gen,
			"--include-dir",
			common,
			a,
			b,
			NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	free(out);
	free(header);
	free(opt);
	free(gen);
	free(common);
	free(depfile);
	free(a);
	free(b);
	return r;
}

static char *output(const char *name)
{
	char *dir = path_join(scratch, "out"), *path = path_join(dir, name);
	char *text = read_file(path, NULL);
	free(dir);
	free(path);
	return text;
}

static size_t count(const char *text, const char *part)
{
	size_t n = 0;
	for (const char *p = strstr(text, part); p; p = strstr(p + 1, part))
		n++;
	return n;
}

static void folds_the_main_headers_includes_and_inlines_the_rest_once(void **state)
{
	(void)state;
	struct spawn_result r = run(NULL, "generated/lib_extra.h");
	assert_string_equal(r.err, "");
	assert_int_equal(r.status, 0);
	spawn_free(&r);

	char *c = output("lib.c"), *h = output("lib.h"), *extra = output("lib_extra.h");
	/* Both sources, each with the main header's include once for the
	 * file, and the shared header's text once. */
	assert_int_equal(count(c, "int lib_a(void) { return shared(); }\n"), 1);
	assert_int_equal(count(c, "int lib_b(void) { return shared(); }\n"), 1);
	assert_int_equal(count(c, "#include \"lib.h\"\n"), 1);
	assert_int_equal(count(c, "static inline int shared"), 1);
	assert_int_equal(count(c, "#include \"shared.h\""), 0);
	/* The main header holds the generated one; angle includes stay. */
	assert_int_equal(count(h, "enum lib_code { LIB_ONE = 1 };"), 1);
	assert_int_equal(count(h, "#include \"lib_codes.h\""), 0);
	assert_int_equal(count(h, "#include <stddef.h>\n"), 1);
	/* The opt-in header takes what was folded from the main header. */
	assert_int_equal(count(extra, "#include \"lib.h\"\n#define LIB_EXTRA LIB_ONE\n"), 1);
	assert_int_equal(count(extra, "enum lib_code"), 0);
	/* Each starts by saying what it is, from which version, and that it is
	 * generated, then the license; no directory is written. */
	const char *texts[] = {c, h, extra};
	for (size_t i = 0; i < 3; i++) {
		assert_non_null(strstr(texts[i], "libhttpstatus 9.8.7, amalgamated. Generated: "
						 "do not edit."));
		assert_non_null(strstr(texts[i], " * Permission is hereby granted"));
		assert_null(strstr(texts[i], scratch));
	}
	char *deps = output("lib.d");
	assert_non_null(strstr(deps, "common/shared.h"));
	free(deps);
	free(c);
	free(h);
	free(extra);
}

/* The message names the file and line; no output is left, not even the
 * ones the run could have written. */
static void an_include_not_found_is_an_error_at_its_line_and_nothing_is_written(void **state)
{
	(void)state;
	free(shell("rm -f \"$HS_WORK\"/out/*"));
	struct spawn_result r =
		run("#include \"lib.h\"\n\n#include \"missing.h\"\n", "generated/lib_extra.h");
	char *expected = format("%s/src/a.c:3: error: cannot find \"missing.h\" beside it or in "
				"an include directory\n",
				scratch);
	assert_string_equal(r.err, expected);
	assert_int_equal(r.status, 1);
	char *left = shell("ls -A \"$HS_WORK/out\"");
	assert_string_equal(left, "");
	free(left);
	free(expected);
	spawn_free(&r);
}

static void an_opt_in_header_the_main_header_includes_is_an_error(void **state)
{
	(void)state;
	struct spawn_result r = run("int lib_a(void) { return 0; }\n", "generated/lib_codes.h");
	char *expected =
		format("amalgamate: error: %s/generated/lib_codes.h is named opt-in, but lib.h "
		       "includes it\n",
		       scratch);
	assert_string_equal(r.err, expected);
	assert_int_equal(r.status, 1);
	free(expected);
	spawn_free(&r);
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 2, "AMALGAMATE LICENSE");
	amalgamate = argv[1];
	license = argv[2];
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(folds_the_main_headers_includes_and_inlines_the_rest_once),
		cmocka_unit_test(
			an_include_not_found_is_an_error_at_its_line_and_nothing_is_written),
		cmocka_unit_test(an_opt_in_header_the_main_header_includes_is_an_error),
	};
	return cmocka_run_group_tests(tests, make_library, scratch_teardown);
}
