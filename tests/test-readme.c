/* The README, and the pages it leads to, cannot drift from the code: every
 * fenced example is run by a test (here: the C programs, compiled against
 * the library and run, printing what their comments say; the tool's
 * examples, run; the amalgamation recipe, as written, in a directory holding
 * only the files it names; the rest by the consumer tests, as markdown.h
 * lists); its counts, its table of functions and its layout are the tree's;
 * every version it shows is the project's; and the links between the pages
 * lead somewhere. Fixing an example is editing the README alone.
 *
 * Arguments: the source tree, the httpstatus tool, the library to link, and
 * the amalgamation's files. The environment: HS_CC (the build's compiler),
 * HS_CFLAGS (what linking the library needs, sanitizers), HS_BUILD_INCLUDE
 * (the generated headers). */
#include "helpers.h"
#include "markdown.h"
#include "spawn.h"

#include <httpstatus.h>

#include <ctype.h>
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

static const char *source, *httpstatus, *library;
static char **amalgamation; /* its files' paths */
static int amalgamation_count;
static char *readme_path, *readme;
static struct md_block *blocks;
static size_t block_count;
static char *tool_dir; /* where the tool runs as httpstatus */
static const char *cflags; /* what linking the library needs beside */

static int setup(void **state)
{
	assert_int_equal(scratch_setup(state), 0);
	readme_path = path_join(source, "README.md");
	readme = read_file(readme_path, NULL);
	blocks = md_blocks(readme_path, readme, &block_count);
	tool_dir = spawn_host_path_dir(httpstatus, scratch);
	cflags = getenv("HS_CFLAGS") ? getenv("HS_CFLAGS") : "";
	return 0;
}

static int teardown(void **state)
{
	md_blocks_free(blocks, block_count);
	free(readme);
	free(readme_path);
	free(tool_dir);
	return scratch_teardown(state);
}

/* ---- Every block is run ------------------------------------------------------ */

/* The blocks other tests run (markdown.h), each by what it holds. */
static const struct claim {
	const char *lang, *holding, *runner;
} claims[] = {
	{README_QUICK_START, ".ci/run (readme_command 1 and 2)"},
	{README_INSTALL, "test-installed-consumers"},
	{README_STAGE, "test-installed-consumers"},
	{README_PKG_CONFIG, "test-installed-consumers"},
	{README_ARCHIVE, "test-installed-consumers"},
	{README_CMAKE_LISTS, "test-installed-consumers"},
	{README_CMAKE_BUILD, "test-installed-consumers"},
	{README_WRAP, "test-subproject-consumer"},
	{README_MESON, "test-subproject-consumer"},
	{README_AMALGAMATION, "test-readme"},
	{README_FIRMWARE, "test-readme"},
};

static void every_block_is_run_by_a_test(void **state)
{
	(void)state;
	size_t claimed[sizeof claims / sizeof claims[0]] = {0};
	for (size_t b = 0; b < block_count; b++) {
		const struct md_block *block = &blocks[b];
		if (strcmp(block->lang, "c") == 0 || strcmp(block->lang, "console") == 0)
			continue; /* run here */
		size_t runners = 0;
		for (size_t c = 0; c < sizeof claims / sizeof claims[0]; c++)
			if (strcmp(block->lang, claims[c].lang) == 0 &&
			    strstr(block->text, claims[c].holding)) {
				claimed[c]++;
				runners++;
			}
		if (runners != 1)
			fail_msg("README.md:%u: a ```%s block that %s test runs (markdown.h lists "
				 "what they run)",
				 block->line, block->lang, runners ? "more than one" : "no");
	}
	for (size_t c = 0; c < sizeof claims / sizeof claims[0]; c++)
		if (claimed[c] != 1)
			fail_msg("%s runs the ```%s block holding \"%s\", but README.md has %zu",
				 claims[c].runner, claims[c].lang, claims[c].holding, claimed[c]);
}

/* ---- C programs ---------------------------------------------------------------- */

/* The block as a program: itself if it has a main, else the body of one. */
static char *program(const char *block)
{
	if (strstr(block, "int main("))
		return format("%s", block);
	return format("#include <httpstatus.h>\n#include <stdio.h>\n\nint main(void)\n{\n%s"
		      "return 0;\n}\n",
		      block);
}

/* What the program prints, a CRLF read as a line's end (the status line's). */
static char *run_program(const char *path)
{
	char *dir = format("%s", library);
	char *slash = strrchr(dir, '/');
	if (slash)
		*slash = '\0';
	char *library_path = format("LD_LIBRARY_PATH=%s", dir);
	const char *env[] = {library_path, NULL};
	char *argv[] = {(char *)path, NULL};
	struct spawn_result r = spawn_input_with(argv, NULL, 0, (struct spawn_options){.env = env});
	if (r.status != 0 || r.err_len != 0)
		fail_msg("%s: exit %d\n%s", path, r.status, r.err);
	free(r.err);
	free(library_path);
	free(dir);
	char *out = replace_all(r.out, "\r\n", "\n");
	free(r.out);
	return out;
}

static void c_examples_print_what_their_comments_say(void **state)
{
	(void)state;
	size_t programs = 0;
	for (size_t b = 0; b < block_count; b++) {
		if (strcmp(blocks[b].lang, "c") != 0)
			continue;
		char *c = format("%s/readme-%u.c", scratch, blocks[b].line);
		char *exe = format("%s/readme-%u", scratch, blocks[b].line);
		char *text = program(blocks[b].text);
		write_file(c, text);
		char *build = format("%s %s -std=c99 -Wall -Wextra -Wpedantic -Werror "
				     "-I'%s/include' -I'%s' '%s' '%s' -o '%s'",
				     getenv("HS_CC"), cflags, source, getenv("HS_BUILD_INCLUDE"), c,
				     library, exe);
		char *argv[] = {"/bin/sh", "-c", build, NULL};
		struct spawn_result r = spawn(argv, NULL, 0);
		if (r.status != 0)
			fail_msg("README.md:%u: the program does not build:\n%s\n%s%s",
				 blocks[b].line, text, r.out, r.err);
		spawn_free(&r);
		char *out = run_program(exe), *expected = md_c_block_output(blocks[b].text);
		if (strcmp(out, expected) != 0)
			fail_msg("README.md:%u: the program prints\n%s\nits comments say\n%s",
				 blocks[b].line, out, expected);
		free(out);
		free(expected);
		free(build);
		free(text);
		free(exe);
		free(c);
		programs++;
	}
	assert_true(programs >= 3);
}

/* ---- The tool's examples --------------------------------------------------------- */

/* Each "$ command" of a console block, then what it prints, to the byte. */
static void console_examples_print_what_the_tool_prints(void **state)
{
	(void)state;
	size_t commands = 0;
	for (size_t b = 0; b < block_count; b++) {
		if (strcmp(blocks[b].lang, "console") != 0)
			continue;
		char *s = blocks[b].text;
		if (strncmp(s, "$ ", 2) != 0)
			fail_msg("README.md:%u: a console block that starts with no $ command",
				 blocks[b].line);
		while (*s) {
			char *command = s + 2, *nl = strchr(command, '\n');
			char *expected = nl + 1, *next = strstr(expected, "\n$ ");
			char *end = next ? next + 1 : expected + strlen(expected);
			char *cmd = format("%.*s", (int)(nl - command), command);
			char *want = format("%.*s", (int)(end - expected), expected);
			char *out = shell_output_with_path(tool_dir, cmd);
			if (strcmp(out, want) != 0)
				fail_msg("README.md, the block at line %u:\n$ %s\nprints:\n%s\nthe "
					 "README shows:\n%s",
					 blocks[b].line, cmd, out, want);
			free(out);
			free(want);
			free(cmd);
			commands++;
			s = end;
		}
	}
	assert_true(commands >= 3);
}

/* ---- The amalgamation, as written -------------------------------------------------- */

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

/* The paragraph before the recipe names every file of the amalgamation;
 * copied alone beside example.c (the first program), the recipe builds it
 * as written, and the program prints what it should. */
static void amalgamation_recipe_works_with_only_the_files_it_names(void **state)
{
	(void)state;
	char *recipe = md_block(readme_path, README_AMALGAMATION);
	char *at = strstr(readme, recipe);
	assert_non_null(at);
	char *paragraph = at - strlen("\n\n```sh\n") - 1; /* the end of the one before */
	while (paragraph > readme && strncmp(paragraph, "\n\n", 2) != 0)
		paragraph--;
	char *named = format("%.*s", (int)(at - paragraph), paragraph);
	char *dir = format("%s/amalgamation-recipe", scratch);
	assert_int_equal(mkdir(dir, 0777), 0);
	for (int i = 0; i < amalgamation_count; i++) {
		char *quoted = format("`%s`", base_name(amalgamation[i]));
		if (!strstr(named, quoted))
			fail_msg("the README's amalgamation paragraph does not name %s:\n%s",
				 quoted, named);
		char *to = path_join(dir, base_name(amalgamation[i]));
		char *text = read_file(amalgamation[i], NULL);
		write_file(to, text);
		free(text);
		free(to);
		free(quoted);
	}
	char *example = md_block(readme_path, README_EXAMPLE);
	char *to = path_join(dir, "example.c");
	write_file(to, example);
	char *script = format("cd '%s'\n%s./example", dir, recipe);
	char *out = shell(script), *expected = md_c_block_output(example);
	assert_string_equal(out, expected);
	free(out);
	free(expected);
	free(script);
	free(to);
	free(example);
	free(dir);
	free(named);
	free(recipe);
}

/* The firmware's command compiles the amalgamation as written, for a
 * Cortex-M3, where arm-none-eabi-gcc is installed (CI installs it). */
static void firmware_command_compiles_the_amalgamation(void **state)
{
	(void)state;
	char *found = shell("command -v arm-none-eabi-gcc || true");
	if (!*found) {
		free(found);
		skip();
	}
	free(found);
	char *command = md_block(readme_path, README_FIRMWARE);
	char *dir = format("%s/firmware", scratch);
	assert_int_equal(mkdir(dir, 0777), 0);
	for (int i = 0; i < amalgamation_count; i++) {
		char *to = path_join(dir, base_name(amalgamation[i]));
		char *text = read_file(amalgamation[i], NULL);
		write_file(to, text);
		free(text);
		free(to);
	}
	char *script = format("cd '%s'\n%stest -s httpstatus.o", dir, command);
	free(shell(script));
	free(script);
	free(dir);
	free(command);
}

/* ---- Counts, functions, layout ----------------------------------------------------- */

/* Every number in the README followed by words (" methods"), or between
 * two ("uses of " and " codes"): each must be value, and there must be one. */
static void check_count(const char *before, const char *after, size_t value)
{
	size_t found = 0, before_len = strlen(before);
	for (const char *s = readme; *s; s++) {
		if (!isdigit((unsigned char)*s) || (s > readme && isalnum((unsigned char)s[-1])))
			continue;
		if (before_len && (s - readme < (ptrdiff_t)before_len ||
				   strncmp(s - before_len, before, before_len) != 0))
			continue;
		char *end;
		unsigned long n = strtoul(s, &end, 10);
		if (strncmp(end, after, strlen(after)) != 0)
			continue;
		if (n != value)
			fail_msg("the README says \"%s%lu%s\", the data files %zu", before, n,
				 after, value);
		found++;
	}
	if (!found)
		fail_msg("the README never says \"%sN%s\"", before, after);
}

static void counts_are_the_data_files(void **state)
{
	(void)state;
	size_t registered = 0, uses = 0, used_codes = 0;
	for (int c = httpstatus_next(0); c; c = httpstatus_next(c))
		registered += (httpstatus_flags(c) & HTTPSTATUS_FLAG_UNOFFICIAL) == 0;
	for (int c = 100; c <= 599; c++) {
		struct httpstatus_unofficial u;
		size_t i = 0;
		while (httpstatus_unofficial(c, i, &u))
			i++;
		uses += i;
		used_codes += i > 0;
	}
	check_count("", " registered codes", registered);
	check_count("", " known codes", httpstatus_count());
	check_count("", " uses of", uses);
	check_count("uses of ", " codes", used_codes);
	check_count("", " methods", httpstatus_method_count());
}

/* The section of the README under the heading, to the next of its level. */
static char *section(const char *heading)
{
	char *start = strstr(readme, heading);
	if (!start)
		fail_msg("the README has no \"%s\"", heading);
	char *end = strstr(start + strlen(heading), "\n## ");
	return format("%.*s", (int)(end ? end - start : (ptrdiff_t)strlen(start)), start);
}

static void api_table_names_every_function_of_the_header(void **state)
{
	(void)state;
	char names[FUNCTIONS_MAX][FUNCTION_NAME_MAX];
	char *header = format("%s/include/httpstatus.h", source);
	size_t n = header_functions(header, names, FUNCTIONS_MAX);
	char *table = section("\n## The API at a glance\n");
	for (size_t i = 0; i < n; i++) {
		char *call = format("`%s(", names[i]);
		if (!strstr(table, call))
			fail_msg("the README's API table has no %s...)`", call);
		free(call);
	}
	free(table);
	free(header);
}

/* Whether a directory at the top of the tree is a build directory. */
static bool is_build_dir(const char *name)
{
	char *path = format("%s/%s/meson-private", source, name);
	bool is = access(path, F_OK) == 0;
	free(path);
	return is;
}

/* Whether the Layout table names path (a file, or a directory with its
 * slash) in its first column. */
static bool layout_names(const char *table, const char *path)
{
	char *cell = format("`%s`", path);
	bool named = false;
	for (const char *row = strstr(table, "\n| "); row && !named;
	     row = strstr(row + 1, "\n| ")) {
		const char *end = strstr(row + 3, " | ");
		const char *at = strstr(row, cell);
		named = end && at && at < end;
	}
	free(cell);
	return named;
}

static void layout_table_is_the_tree(void **state)
{
	(void)state;
	char *table = section("\n## Layout\n");
	/* Every path it names is there. */
	for (const char *row = strstr(table, "\n| "); row; row = strstr(row + 1, "\n| ")) {
		const char *end = strstr(row + 3, " | ");
		for (const char *tick = strchr(row + 3, '`'); tick && tick < end;) {
			const char *close = strchr(tick + 1, '`');
			char *path = format("%s/%.*s", source, (int)(close - tick - 1), tick + 1);
			if (access(path, F_OK) != 0)
				fail_msg("the README's Layout names %s, which is not there", path);
			free(path);
			tick = strchr(close + 1, '`');
		}
	}
	/* Everything at the top is named, and every data file. */
	DIR *top = opendir(source);
	assert_non_null(top);
	for (struct dirent *e; (e = readdir(top));) {
		if (e->d_name[0] == '.' || strcmp(e->d_name, "subprojects") == 0 ||
		    is_build_dir(e->d_name))
			continue;
		char *path = format("%s/%s", source, e->d_name), *dir = format("%s/", e->d_name);
		struct stat st;
		assert_int_equal(stat(path, &st), 0);
		if (!layout_names(table, S_ISDIR(st.st_mode) ? dir : e->d_name))
			fail_msg("the README's Layout does not name %s",
				 S_ISDIR(st.st_mode) ? dir : e->d_name);
		free(dir);
		free(path);
	}
	closedir(top);
	char *gen_path = format("%s/gen", source);
	DIR *gen = opendir(gen_path);
	assert_non_null(gen);
	for (struct dirent *e; (e = readdir(gen));) {
		size_t len = strlen(e->d_name);
		char *data = format("gen/%s", e->d_name);
		if (len > 4 && strcmp(e->d_name + len - 4, ".tsv") == 0 &&
		    !layout_names(table, data))
			fail_msg("the README's Layout does not name %s", data);
		free(data);
	}
	closedir(gen);
	free(gen_path);
	free(table);
}

/* ---- Versions ------------------------------------------------------------------ */

/* Every version the page shows as the library's, "0.2.0", libhttpstatus
 * 0.2.0 or libhttpstatus.so.0.2.0, is the project's. */
static void check_versions(const char *relative)
{
	char *path = path_join(source, relative), *text = read_file(path, NULL);
	static const char *const before[] = {"\"", "libhttpstatus ", "libhttpstatus.so."};
	for (size_t b = 0; b < sizeof before / sizeof before[0]; b++)
		for (char *s = strstr(text, before[b]); s; s = strstr(s + 1, before[b])) {
			char *v = s + strlen(before[b]);
			int end = 0;
			unsigned major, minor, patch;
			if (sscanf(v, "%u.%u.%u%n", &major, &minor, &patch, &end) != 3 ||
			    !isdigit((unsigned char)*v))
				continue;
			if (strncmp(v, HTTPSTATUS_VERSION_STRING, (size_t)end) != 0 ||
			    end != (int)strlen(HTTPSTATUS_VERSION_STRING))
				fail_msg("%s shows version %.*s; the project's is %s", relative,
					 end, v, HTTPSTATUS_VERSION_STRING);
		}
	free(text);
	free(path);
}

static void every_version_shown_is_the_projects(void **state)
{
	(void)state;
	check_versions("README.md");
	check_versions("CONTRIBUTING.md");
	check_versions("include/httpstatus.h");
	check_versions("doc/httpstatus.3");
	assert_string_equal(httpstatus_version(), HTTPSTATUS_VERSION_STRING);
}

/* ---- Links ---------------------------------------------------------------------- */

/* GitHub's anchor for a heading: lower case, spaces as hyphens, no
 * punctuation but hyphens and underscores. */
static char *anchor_of(const char *heading, size_t len)
{
	char *anchor = malloc(len + 1), *a = anchor;
	assert_non_null(anchor);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)heading[i];
		if (isalnum(c) || c == '-' || c == '_' || c >= 0x80)
			*a++ = (char)tolower(c);
		else if (c == ' ')
			*a++ = '-';
	}
	*a = '\0';
	return anchor;
}

static bool has_anchor(const char *text, const char *anchor)
{
	for (const char *s = text; s; s = strchr(s + 1, '\n')) {
		const char *line = *s == '\n' ? s + 1 : s;
		if (*line != '#')
			continue;
		const char *title = line + strspn(line, "#");
		title += strspn(title, " ");
		char *a = anchor_of(title, strcspn(title, "\n"));
		bool same = strcmp(a, anchor) == 0;
		free(a);
		if (same)
			return true;
	}
	return false;
}

/* Every [text](target) of a page outside its code leads to a file of the
 * tree, and to a heading of it where it names one. Web addresses are left. */
static void check_links(const char *relative)
{
	char *path = path_join(source, relative), *text = read_file(path, NULL);
	char *dir = format("%s", relative), *slash = strrchr(dir, '/');
	if (slash)
		slash[1] = '\0';
	else
		dir[0] = '\0';
	size_t count;
	struct md_block *page_blocks = md_blocks(path, text, &count);
	for (char *s = strstr(text, "]("); s; s = strstr(s + 1, "](")) {
		bool in_code = false;
		for (size_t b = 0; b < count; b++)
			in_code |=
				strstr(text, page_blocks[b].text) <= s &&
				s < strstr(text, page_blocks[b].text) + strlen(page_blocks[b].text);
		char *close = strchr(s, ')');
		if (in_code || !close)
			continue;
		char *target = format("%.*s", (int)(close - s - 2), s + 2);
		if (strstr(target, "://") == NULL) {
			char *hash = strchr(target, '#');
			if (hash)
				*hash++ = '\0';
			char *file = *target ? format("%s/%s%s", source, dir, target)
					     : format("%s", path);
			if (access(file, F_OK) != 0)
				fail_msg("%s links to %s, which is not there", relative, target);
			if (hash) {
				char *linked = read_file(file, NULL);
				if (!has_anchor(linked, hash))
					fail_msg("%s links to %s#%s, which has no such heading",
						 relative, target, hash);
				free(linked);
			}
			free(file);
		}
		free(target);
	}
	md_blocks_free(page_blocks, count);
	free(dir);
	free(text);
	free(path);
}

static void links_between_the_pages_work(void **state)
{
	(void)state;
	check_links("README.md");
	check_links("CONTRIBUTING.md");
	check_links("bench/README.md");
	static const char *const pages[] = {"bench/README.md", "CONTRIBUTING.md", "CHANGELOG.md",
					    "doc/httpstatus.1", "doc/httpstatus.3"};
	for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
		char *link = format("](%s)", pages[i]);
		if (!strstr(readme, link))
			fail_msg("the README does not link to %s", pages[i]);
		free(link);
	}
}

int main(int argc, char **argv)
{
	if (argc < 5) {
		fprintf(stderr, "usage: %s SOURCE-DIR HTTPSTATUS LIBRARY AMALGAMATION-FILE...\n",
			argv[0]);
		return 2;
	}
	source = argv[1];
	httpstatus = argv[2];
	library = argv[3];
	amalgamation = argv + 4;
	amalgamation_count = argc - 4;
	static const char *const tools[] = {"cc"};
	for (size_t i = 0; i < sizeof tools / sizeof tools[0]; i++)
		skip_unless_on_path(tools[i]);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_block_is_run_by_a_test),
		cmocka_unit_test(c_examples_print_what_their_comments_say),
		cmocka_unit_test(console_examples_print_what_the_tool_prints),
		cmocka_unit_test(amalgamation_recipe_works_with_only_the_files_it_names),
		cmocka_unit_test(firmware_command_compiles_the_amalgamation),
		cmocka_unit_test(counts_are_the_data_files),
		cmocka_unit_test(api_table_names_every_function_of_the_header),
		cmocka_unit_test(layout_table_is_the_tree),
		cmocka_unit_test(every_version_shown_is_the_projects),
		cmocka_unit_test(links_between_the_pages_work),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
