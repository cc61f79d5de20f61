/* The manual pages, as they are installed, render without a single groff
 * warning and pass mandoc -Tlint, dated and versioned on their .TH line
 * (by stamp-page, whose rules are checked here too), and say what the code
 * does: every function of httpstatus.h is in httpstatus(3), with a page
 * name of its own that the install links to it, every option of the CLI in
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

static const char *groff, *mandoc, *stamp_page, *page1, *page3, *page7, *header, *httpstatus,
	*meson, *build_root, *man3_dir, *const *completions;
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

/* mandoc -Tlint finds nothing to say, not even a style remark (a text line
 * over 80 bytes). */
static void every_page_is_clean_under_mandoc_lint(void **state)
{
	(void)state;
	const char *pages[] = {page1, page3, page7};
	for (size_t i = 0; i < 3; i++) {
		char *argv[] = {(char *)mandoc, "-Tlint", (char *)pages[i], NULL};
		struct spawn_result r = spawn(argv, NULL, 0);
		if (r.status != 0 || r.out_len != 0 || r.err_len != 0)
			fail_msg("mandoc -Tlint %s: exit %d\n%s%s", pages[i], r.status, r.out,
				 r.err);
		spawn_free(&r);
	}
}

/* The .TH line of the page's text, cut into its five arguments. */
static void th_arguments(char *text, char *args[5])
{
	char *line = strncmp(text, ".TH ", 4) == 0 ? text : strstr(text, "\n.TH ") + 1;
	assert_true(line != (char *)1);
	line[strcspn(line, "\n")] = '\0';
	char *s = line + 4;
	for (size_t n = 0; n < 5; n++) {
		bool quoted = *s == '"';
		args[n] = s + quoted;
		char *end = strchr(args[n], quoted ? '"' : ' ');
		if (n < 4 && !end)
			fail_msg("a .TH line of fewer than five arguments: %s", line);
		if (end) {
			*end = '\0';
			s = end + 1 + (quoted && end[1] == ' ');
		}
	}
}

static void every_page_is_dated_and_versioned(void **state)
{
	(void)state;
	const char *pages[] = {page1, page3, page7};
	for (size_t i = 0; i < 3; i++) {
		char *text = read_file(pages[i], NULL), *args[5];
		th_arguments(text, args);
		int year, month, day, end = 0;
		if (sscanf(args[2], "%4d-%2d-%2d%n", &year, &month, &day, &end) != 3 || end != 10 ||
		    args[2][10] != '\0')
			fail_msg("%s: the date on .TH is '%s', not YYYY-MM-DD", pages[i], args[2]);
		char *source = format("libhttpstatus %s", HTTPSTATUS_VERSION_STRING);
		assert_string_equal(args[3], source);
		free(source);
		free(text);
	}
}

/* What stamp-page makes of a page and a CHANGELOG (its text), with
 * SOURCE_DATE_EPOCH set to epoch (NULL: unset): the .TH line it writes, or
 * its exit status and message; nothing is written when it fails. */
static char *stamp(const char *changelog, const char *epoch)
{
	char *log = format("%s/CHANGELOG.md", scratch), *page = format("%s/page.1", scratch),
	     *out = format("%s/stamped.1", scratch);
	write_file(log, changelog);
	write_file(page,
		   ".\\\" A comment first\n.TH HTTPSTATUS 1 \"\" libhttpstatus \"User Commands\"\n"
		   ".SH NAME\n");
	remove(out);
	char *setting = epoch ? format("SOURCE_DATE_EPOCH=%s", epoch) : format("SOURCE_DATE_EPOCH");
	const char *env[] = {setting, NULL};
	char *argv[] = {
		(char *)stamp_page, "--version", "0.2.0", "--changelog", log, page, out, NULL};
	struct spawn_result r = spawn_input_with(argv, NULL, 0, (struct spawn_options){.env = env});
	char *said;
	if (r.status == 0) {
		said = read_file(out, NULL);
		assert_int_equal(r.err_len, 0);
	} else {
		said = format("exit %d: %s", r.status, r.err);
		assert_int_equal(access(out, F_OK), -1);
	}
	spawn_free(&r);
	free(setting);
	free(log);
	free(page);
	free(out);
	return said;
}

static void check_stamp(const char *changelog, const char *epoch, const char *expected)
{
	char *got = stamp(changelog, epoch);
	if (strcmp(got, expected) != 0)
		fail_msg("CHANGELOG\n%sSOURCE_DATE_EPOCH=%s\ngives\n%s\nnot\n%s", changelog,
			 epoch ? epoch : "(unset)", got, expected);
	free(got);
}

#define STAMPED(date)                                                                              \
	".\\\" A comment first\n.TH HTTPSTATUS 1 " date                                            \
	" \"libhttpstatus 0.2.0\" \"User Commands\"\n"                                             \
	".SH NAME\n"

/* SOURCE_DATE_EPOCH first, else the date of this version in the CHANGELOG,
 * else, while it is unreleased, 1970-01-01. */
static void pages_are_dated_from_source_date_epoch_or_the_changelog(void **state)
{
	(void)state;
	const char *dated = "# Changelog\n\n## 0.2.0 (2025-06-30)\n\n- more\n\n"
			    "## 0.1.0 (2024-01-02)\n";
	const char *unreleased = "# Changelog\n\n## 0.2.0 (unreleased)\n\n## 0.1.0 (2024-01-02)\n";
	check_stamp(dated, "1718236800", STAMPED("2024-06-13"));
	check_stamp(unreleased, "1718236800", STAMPED("2024-06-13"));
	check_stamp(dated, NULL, STAMPED("2025-06-30"));
	check_stamp(dated, "", STAMPED("2025-06-30"));
	check_stamp(unreleased, NULL, STAMPED("1970-01-01"));
	check_stamp(unreleased, "0", STAMPED("1970-01-01"));
}

static void bad_dates_stop_the_stamp_and_say_where(void **state)
{
	(void)state;
	char *log = format("%s/CHANGELOG.md", scratch);
	char *expected = format("exit 1: stamp-page: %s:3: the heading must end in (YYYY-MM-DD) or "
				"(unreleased): ## 0.2.0 (June 30)\n",
				log);
	check_stamp("# Changelog\n\n## 0.2.0 (June 30)\n", NULL, expected);
	free(expected);
	expected = format("exit 1: stamp-page: %s: no heading \"## 0.2.0 (YYYY-MM-DD)\"\n", log);
	check_stamp("# Changelog\n\n## 0.1.0 (2024-01-02)\n", NULL, expected);
	free(expected);
	check_stamp("## 0.2.0 (2025-06-30)\n", "yesterday",
		    "exit 1: stamp-page: SOURCE_DATE_EPOCH: not a number of seconds since 1970 "
		    "up to 9999: yesterday\n");
	check_stamp("## 0.2.0 (2025-06-30)\n", "-1",
		    "exit 1: stamp-page: SOURCE_DATE_EPOCH: not a number of seconds since 1970 "
		    "up to 9999: -1\n");
	free(log);
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
	assert_int_equal(functions, 46);
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

/* meson install puts httpstatus.3 under every function's name, as a
 * symbolic link to it, and the completions where each shell looks. */
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
		char target[64] = "";
		ssize_t len = readlink(page, target, sizeof target - 1);
		if (len < 0)
			fail_msg("not a symbolic link: %s", page);
		assert_string_equal(target, "httpstatus.3");
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

/* Every option the tool's table gives (httpstatus --complete=options, one
 * per line, its spelling first) is in httpstatus(1), and so is the rest of
 * what the tool prints that a reader looks up. */
static void section_1_documents_every_option(void **state)
{
	(void)state;
	static const char *const others[] = {".B \\-\n",     ".B NO_COLOR\n",      ".B TERM\n",
					     "did_you_mean", ".B outside_range\n", ".SH WIRE\n",
					     ".SH JSON\n",   ".SH COUNTING\n",     ".B label\n"};
	char *man = read_file(page1, NULL);
	char *table = shell_output_with_path(tool_dir, "httpstatus --complete=options");
	size_t options = 0;
	for (char *line = table; *line; line = strchr(line, '\n') + 1, options++) {
		char name[64] = "";
		for (size_t i = 0, at = 0; line[i] != '\t' && at + 3 < sizeof name; i++)
			at += (size_t)snprintf(name + at, sizeof name - at,
					       line[i] == '-' ? "\\-" : "%c", line[i]);
		if (!strstr(man, name))
			fail_msg("httpstatus.1 does not mention %s", name);
	}
	assert_true(options >= 15);
	for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
		if (!strstr(man, others[i]))
			fail_msg("httpstatus.1 does not mention %s", others[i]);
	free(table);
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
		char *out = shell_output_with_path(tool_dir, command);
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
	check_args(
		argc, argv, 14,
		"GROFF MANDOC STAMP-PAGE PAGE.1 PAGE.3 PAGE.7 HEADER HTTPSTATUS MESON BUILD_ROOT "
		"MAN3_DIR BASH_COMPLETION ZSH_COMPLETION FISH_COMPLETION");
	groff = argv[1];
	skip_unless_found(groff, "groff");
	mandoc = argv[2];
	skip_unless_found(mandoc, "mandoc");
	stamp_page = argv[3];
	page1 = argv[4];
	page3 = argv[5];
	page7 = argv[6];
	header = argv[7];
	httpstatus = argv[8];
	meson = argv[9];
	build_root = argv[10];
	man3_dir = argv[11];
	completions = (const char *const *)argv + 12;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_page_renders_without_warnings),
		cmocka_unit_test(every_page_is_clean_under_mandoc_lint),
		cmocka_unit_test(every_page_is_dated_and_versioned),
		cmocka_unit_test(pages_are_dated_from_source_date_epoch_or_the_changelog),
		cmocka_unit_test(bad_dates_stop_the_stamp_and_say_where),
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
