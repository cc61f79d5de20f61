/* The amalgamation as a user takes it: its files copied into an empty
 * directory, compiled there with one C compiler and its C++ partner, every
 * warning an error, and nothing else on the include path. The programs are
 * the ones in tests/consumers/amalgamation, which print
 * httpstatus_phrase(404).
 *
 * Arguments: the C compiler, the C++ compiler, that consumer directory, then
 * the amalgamation's files: httpstatus.c, httpstatus.h and the opt-in
 * headers. */
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

#define C_FLAGS "-std=c99 -Wall -Wextra -Wpedantic -Werror"
#define CXX_FLAGS "-std=c++11 -Wall -Wextra -Wpedantic -Werror"

static const char *consumer, *source_c, *header;
static char **opt_in; /* the opt-in headers' paths */
static int opt_in_count;

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

/* Copies the file at path into the directory scratch/dir, made if need be. */
static void copy_into(const char *dir, const char *path)
{
	char *to_dir = path_join(scratch, dir);
	char *to = path_join(to_dir, base_name(path));
	size_t len;
	char *text = read_file(path, &len);
	mkdir(to_dir, 0777);
	FILE *f = fopen(to, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
	free(text);
	free(to);
	free(to_dir);
}

/* The amalgamation's two files, and its opt-in headers if asked, into
 * scratch/dir. */
static void copy_amalgamation(const char *dir, bool with_opt_in)
{
	copy_into(dir, source_c);
	copy_into(dir, header);
	for (int i = 0; with_opt_in && i < opt_in_count; i++)
		copy_into(dir, opt_in[i]);
}

static void copy_consumer(const char *dir, const char *name)
{
	char *path = path_join(consumer, name);
	copy_into(dir, path);
	free(path);
}

static void two_files_alone_build_a_c99_program(void **state)
{
	(void)state;
	copy_amalgamation("c", false);
	copy_consumer("c", "main.c");
	char *files = shell("cd \"$HS_WORK/c\" && ls");
	assert_string_equal(files, "httpstatus.c\nhttpstatus.h\nmain.c\n");
	char *out = shell("cd \"$HS_WORK/c\"\n"
			  "$HS_CC " C_FLAGS " httpstatus.c main.c -o consumer\n"
			  "./consumer");
	assert_string_equal(out, "Not Found\n");
	free(files);
	free(out);
}

static void header_builds_a_cxx11_program_linked_with_the_c_object(void **state)
{
	(void)state;
	copy_amalgamation("cxx", true);
	copy_consumer("cxx", "main.cpp");
	char *out = shell("cd \"$HS_WORK/cxx\"\n"
			  "$HS_CC " C_FLAGS " -c httpstatus.c\n"
			  "$HS_CXX " CXX_FLAGS " main.cpp httpstatus.o -o consumer\n"
			  "./consumer");
	assert_string_equal(out, "Not Found\n");
	free(out);
}

/* Each first, before httpstatus.h, which it must bring itself if it needs
 * it; then with the main header first. */
static void every_opt_in_header_compiles_as_c99_and_cxx11(void **state)
{
	(void)state;
	assert_true(opt_in_count > 0);
	copy_amalgamation("opt-in", true);
	for (int i = 0; i < opt_in_count; i++) {
		setenv("HS_NAME", base_name(opt_in[i]), 1);
		free(shell("cd \"$HS_WORK/opt-in\"\n"
			   "printf '#include \"%s\"\\n#include \"httpstatus.h\"\\n' \"$HS_NAME\" > "
			   "first.c\n"
			   "printf '#include \"httpstatus.h\"\\n#include \"%s\"\\n' \"$HS_NAME\" > "
			   "second.c\n"
			   "for tu in first second; do\n"
			   "  $HS_CC " C_FLAGS " -fsyntax-only $tu.c\n"
			   "  $HS_CXX " CXX_FLAGS " -fsyntax-only -x c++ $tu.c\n"
			   "done"));
	}
}

int main(int argc, char **argv)
{
	if (argc < 6) {
		fprintf(stderr,
			"usage: %s CC CXX CONSUMER-DIR HTTPSTATUS.C HTTPSTATUS.H "
			"[OPT-IN-HEADER]...\n",
			argv[0]);
		return 2;
	}
	skip_unless_on_path(argv[1]);
	skip_unless_on_path(argv[2]);
	setenv("HS_CC", argv[1], 1);
	setenv("HS_CXX", argv[2], 1);
	consumer = argv[3];
	source_c = argv[4];
	header = argv[5];
	opt_in = argv + 6;
	opt_in_count = argc - 6;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(two_files_alone_build_a_c99_program),
		cmocka_unit_test(header_builds_a_cxx11_program_linked_with_the_c_object),
		cmocka_unit_test(every_opt_in_header_compiles_as_c99_and_cxx11),
	};
	return cmocka_run_group_tests(tests, scratch_setup, scratch_teardown);
}
