/* The manual pages render without a single groff warning, and say what the
 * code does: every function of httpstatus.h is in httpstatus(3), with a page
 * name of its own that the install puts in place, every option of the CLI in
 * httpstatus(1), whose examples print what the tool prints, every known code,
 * unofficial use and method in httpstatus-codes(7). */
#include "helpers.h"
#include "spawn.h"

#include <httpstatus.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

static const char *groff, *page1, *page3, *page7, *header, *httpstatus, *meson, *build_root,
	*man3_dir, *const *completions;
/* The directory, in the scratch directory, that runs the tool as
 * httpstatus. */
static char *tool_dir;

static int make_scratch(void **state)
{
	assert_int_equal(scratch_setup(state), 0);
	tool_dir = spawn_host_path_dir(httpstatus, scratch);
	return 0;
}

static int remove_scratch(void **state)
{
	free(tool_dir);
	return scratch_teardown(state);
}

/* The page as man shows it on a UTF-8 terminal, without bold or underline. */
static char *rendered(const char *page)
{
	char *argv[] = {(char *)groff, "-man", "-Tutf8", "-P-cbou", (char *)page, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	if (r.status != 0 || r.err_len != 0)
		fail_msg("groff -man -Tutf8 %s: exit %d\n%s", page, r.status, r.err);
	free(r.err);
	return r.out;
}

static void renders_without_warnings(const char *page)
{
	char *argv[] = {(char *)groff, "-man", "-ww", "-z", (char *)page, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	if (r.status != 0 || r.err_len != 0)
		fail_msg("groff -man -ww -z %s: exit %d\n%s", page, r.status, r.err);
	spawn_free(&r);
}

static void every_page_renders_without_warnings(void **state)
{
	(void)state;
	renders_without_warnings(page1);
	renders_without_warnings(page3);
	renders_without_warnings(page7);
}

static void section_3_documents_every_function_of_the_header(void **state)
{
	(void)state;
	char names[FUNCTIONS_MAX][FUNCTION_NAME_MAX], *man = read_file(page3, NULL);
	size_t functions = header_functions(header, names, FUNCTIONS_MAX);
	for (size_t i = 0; i < functions; i++) {
		char *call = format("%s(", names[i]), *described = format("%s ", names[i]);
		if (!strstr(man, call))
			fail_msg("httpstatus.3 has no synopsis line for %s", call);
		if (!strstr(man, described))
			fail_msg("httpstatus.3 does not describe %s", names[i]);
		free(call);
		free(described);
	}
	assert_int_equal(functions, 42);
	free(man);
}

/* whatis and apropos find each function by the NAME section. */
static void section_3_names_every_function(void **state)
{
	(void)state;
	char names[FUNCTIONS_MAX][FUNCTION_NAME_MAX], *man = read_file(page3, NULL);
	size_t functions = header_functions(header, names, FUNCTIONS_MAX);
	char *end = strstr(man, "\n.SH LIBRARY\n");
	assert_non_null(end);
	*end = '\0';
	for (size_t i = 0; i < functions; i++) {
		char *line = format("\n\\%%%s,\n", names[i]);
		char *last = format("\n\\%%%s\n\\- ", names[i]);
		if (!strstr(man, line) && !strstr(man, last))
			fail_msg("the NAME section of httpstatus.3 does not list %s", names[i]);
		free(line);
		free(last);
	}
	free(man);
}

/* meson install puts httpstatus.3 under every function's name, as a page
 * that sources it, and the completions where each shell looks. */
static void install_gives_every_function_a_page_name(void **state)
{
	(void)state;
	char *dir = scratch_dir_new();
	char *argv[] = {
		(char *)meson, "install", "-C", (char *)build_root, "--no-rebuild", "--destdir",
		dir,           "--quiet", NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	if (r.status != 0)
		fail_msg("meson install: exit %d\n%s%s", r.status, r.out, r.err);
	spawn_free(&r);
	char names[FUNCTIONS_MAX][FUNCTION_NAME_MAX];
	size_t functions = header_functions(header, names, FUNCTIONS_MAX);
	for (size_t i = 0; i < functions; i++) {
		char *page = format("%s%s/%s.3", dir, man3_dir, names[i]);
		if (access(page, R_OK) != 0)
			fail_msg("not installed: %s", page);
		char *text = read_file(page, NULL);
		assert_string_equal(text, ".so man3/httpstatus.3\n");
		free(text);
		free(page);
	}
	for (size_t i = 0; i < 3; i++) {
		char *file = format("%s%s", dir, completions[i]);
		if (access(file, R_OK) != 0)
			fail_msg("not installed: %s", file);
		free(file);
	}
	scratch_dir_remove(dir);
	free(dir);
}

static void section_1_documents_every_option(void **state)
{
	(void)state;
	static const char *const options[] = {
		"\\-\\-long",    "\\-\\-json",       "\\-\\-list",         "\\-\\-search",
		"\\-\\-help",    "\\-\\-version",    ".B \\-\n",           "\\-\\-count",
		"\\-\\-field",   "\\-\\-color",      "\\-\\-colour",       ".B NO_COLOR\n",
		".B TERM\n",     "did_you_mean",     ".B outside_range\n", "\\-\\-unofficial",
		"\\-\\-methods", "\\-\\-registered", ".SH WIRE\n"};
	char *man = read_file(page1, NULL);
	for (size_t i = 0; i < sizeof options / sizeof options[0]; i++)
		if (!strstr(man, options[i]))
			fail_msg("httpstatus.1 does not mention %s", options[i]);
	free(man);
}

/* Every run of white space as one space, in place. */
static void squeeze(char *s)
{
	char *start = s, *out = s;
	for (; *s; s++)
		if (*s != ' ' && *s != '\n')
			*out++ = *s;
		else if (out == start || out[-1] != ' ')
			*out++ = ' ';
	*out = '\0';
}

/* What the command prints on stdout and stderr, run by sh with the tool
 * first on PATH. */
static char *run_example(const char *command)
{
	char *script = format("{ %s\n} 2>&1", command);
	char *path =
		format("PATH=%s:%s", tool_dir, getenv("PATH") ? getenv("PATH") : "/usr/bin:/bin");
	const char *env[] = {path, NULL};
	char *argv[] = {"/bin/sh", "-c", script, NULL};
	struct spawn_result r = spawn_input_with(argv, NULL, 0, (struct spawn_options){.env = env});
	free(r.err);
	free(path);
	free(script);
	return r.out;
}

/* Each "$ command" of httpstatus(1)'s EXAMPLES, as man shows it, is run;
 * what it prints must be the lines that follow it, to the byte: the quoting
 * of the roff shows here, as in the JSON example. */
static void section_1_examples_print_what_the_tool_prints(void **state)
{
	(void)state;
	char *text = rendered(page1), *s = strstr(text, "\nEXAMPLES\n");
	assert_non_null(s);
	s += strlen("\nEXAMPLES\n");
	char *end = s;
	while (*end && (*end == ' ' || *end == '\n'))
		end = strchr(end, '\n') + 1; /* to the next section's heading */
	while (end > s && end[-2] == '\n')
		end--;
	*end = '\0';
	size_t examples = 0;
	for (char *line = s; *line;) {
		assert_true(strncmp(line, "       $ ", 9) == 0);
		char *command = line + 9, *nl = strchr(command, '\n');
		*nl = '\0';
		char expected[4096] = "";
		size_t len = 0;
		for (line = nl + 1; *line && strncmp(line, "       $ ", 9) != 0;) {
			nl = strchr(line, '\n');
			char *from = strncmp(line, "       ", 7) == 0 ? line + 7 : nl;
			len += (size_t)snprintf(expected + len, sizeof expected - len, "%.*s\n",
						(int)(nl - from), from);
			line = nl + 1;
		}
		char *out = run_example(command);
		if (strcmp(out, expected) != 0)
			fail_msg("$ %s\nprints:\n%s\nhttpstatus.1 shows:\n%s", command, out,
				 expected);
		free(out);
		examples++;
	}
	assert_true(examples >= 5);
	free(text);

	/* The failure object of --json, in a filled paragraph. */
	text = rendered(page1);
	squeeze(text);
	assert_non_null(
		strstr(text, "{\"query\": ..., \"error\": ..., \"code\": ..., \"class\": ...}"));
	free(text);
}

static void section_7_lists_every_known_code(void **state)
{
	(void)state;
	char *man = read_file(page7, NULL);
	for (int c = httpstatus_next(0); c; c = httpstatus_next(c)) {
		char heading[128];
		snprintf(heading, sizeof heading, ".SS %d %s\n", c, httpstatus_phrase(c));
		if (!strstr(man, heading))
			fail_msg("httpstatus-codes.7 has no heading %s", heading);
	}
	free(man);
}

static void section_7_lists_every_unofficial_use(void **state)
{
	(void)state;
	char *man = read_file(page7, NULL);
	size_t uses = 0;
	struct httpstatus_unofficial u;
	for (int c = 100; c < 600; c++)
		for (size_t i = 0; httpstatus_unofficial(c, i, &u); i++) {
			char heading[256];
			snprintf(heading, sizeof heading, ".SS %d %s: %s\n", c, u.source,
				 u.phrase ? u.phrase : u.name);
			if (!strstr(man, heading))
				fail_msg("httpstatus-codes.7 has no heading %s", heading);
			uses++;
		}
	assert_true(uses > 0);
	assert_non_null(strstr(man, "\n.SH UNOFFICIAL USES\n"));
	free(man);
}

static void section_7_lists_every_method(void **state)
{
	(void)state;
	char *man = read_file(page7, NULL);
	for (enum httpstatus_method m = httpstatus_method_next(HTTP_METHOD_UNKNOWN); m;
	     m = httpstatus_method_next(m)) {
		char heading[128];
		snprintf(heading, sizeof heading, ".SS %s\n", httpstatus_method_name(m));
		if (!strstr(man, heading))
			fail_msg("httpstatus-codes.7 has no heading %s", heading);
	}
	free(man);
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 12,
		   "GROFF PAGE.1 PAGE.3 PAGE.7 HEADER HTTPSTATUS MESON BUILD_ROOT MAN3_DIR "
		   "BASH_COMPLETION ZSH_COMPLETION FISH_COMPLETION");
	groff = argv[1];
	skip_unless_found(groff, "groff");
	page1 = argv[2];
	page3 = argv[3];
	page7 = argv[4];
	header = argv[5];
	httpstatus = argv[6];
	meson = argv[7];
	build_root = argv[8];
	man3_dir = argv[9];
	completions = (const char *const *)argv + 10;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_page_renders_without_warnings),
		cmocka_unit_test(section_3_documents_every_function_of_the_header),
		cmocka_unit_test(section_3_names_every_function),
		cmocka_unit_test(install_gives_every_function_a_page_name),
		cmocka_unit_test(section_1_examples_print_what_the_tool_prints),
		cmocka_unit_test(section_1_documents_every_option),
		cmocka_unit_test(section_7_lists_every_known_code),
		cmocka_unit_test(section_7_lists_every_unofficial_use),
		cmocka_unit_test(section_7_lists_every_method),
	};
	return cmocka_run_group_tests(tests, make_scratch, remove_scratch);
}
