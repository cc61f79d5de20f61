/* httpstatus-gen, run as the build runs it: every bad data file is rejected
 * with its exact FILE:LINE: message, exit status 1 and not one file left
 * behind; a good one gives byte for byte the expected outputs, every time. */
#define _XOPEN_SOURCE 700 /* nftw */
#include "spawn.h"

#include <dirent.h>
#include <ftw.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

static const char *generator, *bad_dir, *golden_dir, *datafile;

static const struct {
	const char *file;
	const char *message; /* after "FILE:" */
} bad_files[] = {
	{"empty.tsv", "1: error: no status codes: the file has no entry lines"},
	{"only-comments.tsv", "1: error: no status codes: the file has no entry lines"},
	{"crlf-line-end.tsv", "5: error: CRLF line end (only LF is accepted)"},
	{"byte-order-mark.tsv", "1: error: UTF-8 byte order mark (save the file without it)"},
	{"nul-byte.tsv", "7: error: NUL byte at column 46"},
	{"invalid-utf8.tsv", "7: error: invalid UTF-8 at column 46"},
	{"overlong-utf8.tsv", "7: error: invalid UTF-8 at column 47"},
	{"control-character.tsv", "7: error: control character 0x0B at column 46"},
	{"tab-inside-field.tsv", "7: error: too many columns: found 8, expected 7 tab-separated"},
	{"too-few-columns.tsv", "7: error: too few columns: found 6, expected 7 tab-separated"},
	{"too-many-columns.tsv", "7: error: too many columns: found 8, expected 7 tab-separated"},
	{"code-99.tsv", "7: error: bad code '99': expected three digits, 100 to 599"},
	{"code-600.tsv", "7: error: bad code '600': expected three digits, 100 to 599"},
	{"code-letter-o.tsv", "7: error: bad code '4O4': expected three digits, 100 to 599"},
	{"code-plus-sign.tsv", "7: error: bad code '+404': expected three digits, 100 to 599"},
	{"code-leading-space.tsv", "7: error: code column has leading or trailing spaces"},
	{"duplicate-code.tsv", "8: error: duplicate code 404 (first at line 7)"},
	{"duplicate-name.tsv", "8: error: name 'NOT_FOUND' is already the name of 404 at line 7"},
	{"alias-is-another-name.tsv",
	 "8: error: alias 'NOT_FOUND' is already the name of 404 at line 7"},
	{"alias-is-another-alias.tsv",
	 "8: error: alias 'MISSING' is already an alias of 404 at line 7"},
	{"phrases-equal-ignoring-case.tsv",
	 "8: error: phrase 'NOT FOUND' is already the phrase of 404 at line 7 (case is ignored)"},
	{"unknown-flag.tsv",
	 "7: error: unknown flag 'cachable' (known: iana, temporary, unofficial, obsolete, "
	 "deprecated, no-content, cacheable, retryable)"},
	{"two-registrations.tsv",
	 "7: error: more than one registration status: iana, temporary and unofficial exclude "
	 "each other"},
	{"no-registration.tsv",
	 "7: error: no registration status: flags need one of iana, temporary, unofficial"},
	{"empty-phrase.tsv", "7: error: empty phrase column"},
	{"phrase-is-a-dash.tsv",
	 "7: error: phrase column cannot be '-': only flags and aliases may be left out"},
	{"phrase-bad-character.tsv",
	 "7: error: bad phrase 'Not*Found': expected letters, digits, single spaces and "
	 "' - . , ( ) / & +"},
	{"lower-case-name.tsv", "7: error: bad name 'not_found': expected [A-Z][A-Z0-9_]*"},
	{"name-too-long.tsv",
	 "7: error: name 'NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN...' is longer than 64 bytes"},
	{"alias-neither-name-nor-phrase.tsv",
	 "7: error: alias 'NOT-FOUND' is neither a name ([A-Z][A-Z0-9_]*) nor a phrase (which "
	 "has a space or a lower-case letter)"},
	{"empty-alias.tsv", "7: error: empty alias (two commas, or one at an end)"},
	{"no-class-fallback.tsv",
	 "6: error: no entry for 300, the phrase that unknown 3xx codes fall back to"},
	{"utf8-cut-short.tsv", "7: error: invalid UTF-8 at column 47"},
	{"utf8-stray-continuation.tsv", "7: error: invalid UTF-8 at column 47"},
	{"utf8-bad-continuation.tsv", "7: error: invalid UTF-8 at column 47"},
	{"utf8-surrogate.tsv", "7: error: invalid UTF-8 at column 47"},
	{"utf8-past-10ffff.tsv", "7: error: invalid UTF-8 at column 47"},
	{"c1-control.tsv", "7: error: control character U+0085 at column 47"},
	{"flag-twice.tsv", "7: error: flag 'cacheable' given twice"},
	{"too-many-flags.tsv", "7: error: more flags than there are flag words"},
	{"too-many-aliases.tsv", "7: error: more than 16 aliases"},
	{"alias-outer-space.tsv", "7: error: alias ' Absent' has leading or trailing spaces"},
	{"carriage-return-inside.tsv", "7: error: control character 0x0D at column 46"},
	{"trailing-space.tsv", "7: error: phrase column has leading or trailing spaces"},
	{"code-099.tsv", "7: error: bad code '099': expected three digits, 100 to 599"},
	{"flags-dash.tsv",
	 "7: error: no registration status: flags need one of iana, temporary, unofficial"},
	{"phrase-double-space.tsv",
	 "7: error: bad phrase 'Not  Found': expected letters, digits, single spaces and "
	 "' - . , ( ) / & +"},
	{"name-cut-in-a-character.tsv",
	 "7: error: bad name 'NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN...': expected "
	 "[A-Z][A-Z0-9_]*"},
};
enum { BAD_FILES = sizeof bad_files / sizeof bad_files[0] };

static char *path_join(const char *dir, const char *file)
{
	size_t n = strlen(dir) + strlen(file) + 2;
	char *path = malloc(n);
	if (!path)
		abort();
	snprintf(path, n, "%s/%s", dir, file);
	return path;
}

/* Every directory a test makes is inside this one, which goes at the end
 * whether the tests passed or not. */
static char *scratch;

static int make_scratch(void **state)
{
	(void)state;
	const char *base = getenv("TMPDIR");
	scratch = path_join(base && *base ? base : "/tmp", "httpstatus-gen-test.XXXXXX");
	return mkdtemp(scratch) ? 0 : -1;
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)type;
	(void)ftw;
	return remove(path);
}

static int remove_scratch(void **state)
{
	(void)state;
	int failed = nftw(scratch, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(scratch);
	return failed;
}

static char *make_temp_dir(void)
{
	char *dir = path_join(scratch, "XXXXXX");
	assert_non_null(mkdtemp(dir));
	return dir;
}

static size_t count_files(const char *dir)
{
	DIR *d = opendir(dir);
	size_t n = 0;
	assert_non_null(d);
	for (struct dirent *e; (e = readdir(d)) != NULL;)
		n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	closedir(d);
	return n;
}

static void remove_dir(char *dir)
{
	static const char *const outputs[] = {"tables.h", "codes.h", "client.h", "codes.7"};
	for (size_t i = 0; i < 4; i++) {
		char *path = path_join(dir, outputs[i]);
		unlink(path);
		free(path);
	}
	assert_int_equal(rmdir(dir), 0);
	free(dir);
}

/* Runs the generator on input with all four outputs in dir. */
static struct spawn_result generate(const char *input, const char *dir)
{
	char *paths[] = {path_join(dir, "tables.h"), path_join(dir, "codes.h"),
			 path_join(dir, "client.h"), path_join(dir, "codes.7")};
	char *argv[] = {(char *)generator, "--tables",        paths[0], "--codes-header",
			paths[1],          "--client-header", paths[2], "--man",
			paths[3],          (char *)input,     NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	for (size_t i = 0; i < 4; i++)
		free(paths[i]);
	return r;
}

static void expect_rejection(const char *input, const char *message)
{
	char *dir = make_temp_dir();
	struct spawn_result r = generate(input, dir);
	size_t n = strlen(input);
	if (r.status != 1 || strncmp(r.err, input, n) != 0 || r.err[n] != ':' ||
	    strncmp(r.err + n + 1, message, strlen(message)) != 0 ||
	    strcmp(r.err + n + 1 + strlen(message), "\n") != 0)
		fail_msg("%s: exit %d, stderr:\n%s\nexpected: %s:%s", input, r.status, r.err, input,
			 message);
	assert_int_equal(r.out_len, 0);
	if (count_files(dir) != 0)
		fail_msg("%s: the generator left files behind", input);
	spawn_free(&r);
	remove_dir(dir);
}

static void bad_files_are_rejected_with_their_line(void **state)
{
	(void)state;
	for (size_t i = 0; i < BAD_FILES; i++) {
		char *input = path_join(bad_dir, bad_files[i].file);
		expect_rejection(input, bad_files[i].message);
		free(input);
	}
}

static void every_bad_file_is_listed(void **state)
{
	DIR *d = opendir(bad_dir);
	size_t n = 0;
	(void)state;
	assert_non_null(d);
	for (struct dirent *e; (e = readdir(d)) != NULL;) {
		if (e->d_name[0] == '.')
			continue;
		bool listed = false;
		for (size_t i = 0; i < BAD_FILES; i++)
			listed |= strcmp(bad_files[i].file, e->d_name) == 0;
		if (!listed)
			fail_msg("%s/%s has no expected message in this test", bad_dir, e->d_name);
		n++;
	}
	closedir(d);
	assert_int_equal(n, BAD_FILES);
}

/* Writes a file of size bytes: a valid head, then lines of filler. */
static char *write_big_file(const char *dir, size_t line_len, size_t size)
{
	char *path = path_join(dir, "big.tsv");
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fputs("# big\n", f);
	size_t written = 6;
	while (written < size) {
		size_t n = line_len < size - written ? line_len : size - written;
		for (size_t i = 0; i + 1 < n; i++)
			fputc('#', f);
		fputc('\n', f);
		written += n;
	}
	assert_int_equal(fclose(f), 0);
	return path;
}

/* A file made at run time (too big to keep), rejected with message. */
static void expect_big_file_rejected(size_t line_len, size_t size, const char *message)
{
	char *dir = make_temp_dir();
	char *input = write_big_file(dir, line_len, size);
	expect_rejection(input, message);
	unlink(input);
	free(input);
	remove_dir(dir);
}

static void a_megabyte_line_is_rejected(void **state)
{
	(void)state;
	expect_big_file_rejected(1000000, 6 + 1000000, "2: error: line is longer than 4096 bytes");
}

static void a_ten_megabyte_file_is_rejected(void **state)
{
	(void)state;
	/* 6 bytes of head, then 100-byte lines: byte 2^20 is on line 10487. */
	expect_big_file_rejected(100, 10 << 20, "10487: error: file is larger than 1048576 bytes");
}

/* 1025 names, sixteen a line: the first one too many is on line 65. */
static void too_many_names_are_rejected_where_they_pass_the_limit(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	char *input = path_join(dir, "names.tsv");
	FILE *f = fopen(input, "w");
	assert_non_null(f);
	for (int code = 100; code < 166; code++) {
		fprintf(f, "%d\tNAME_%d\tPhrase %d\tiana\tRFC 1\tSomething\t", code, code, code);
		for (int i = 0; i < 15; i++)
			fprintf(f, "%sOLD_NAME_%d_%d", i ? "," : "", code, i);
		fputc('\n', f);
	}
	assert_int_equal(fclose(f), 0);
	expect_rejection(input, "65: error: more than 1024 names, older ones included: the lookup "
				"tables hold no more");
	unlink(input);
	free(input);
	remove_dir(dir);
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		fail_msg("cannot open %s", path);
	char *data = malloc(1 << 20);
	assert_non_null(data);
	*len = fread(data, 1, 1 << 20, f);
	fclose(f);
	return data;
}

static void assert_same_file(const char *expected_path, const char *actual_path)
{
	size_t a, b;
	char *expected = read_all(expected_path, &a), *actual = read_all(actual_path, &b);
	if (a != b || memcmp(expected, actual, a) != 0)
		fail_msg("%s differs from %s", actual_path, expected_path);
	free(expected);
	free(actual);
}

static void small_file_gives_the_golden_outputs(void **state)
{
	static const char *const outputs[][2] = {
		{"tables.h", "small-tables.h"},
		{"codes.h", "small-codes.h"},
		{"client.h", "small-client.h"},
		{"codes.7", "small-codes.7"},
	};
	(void)state;
	char *dir = make_temp_dir();
	char *input = path_join(golden_dir, "small.tsv");
	struct spawn_result r = generate(input, dir);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.err, "");
	for (size_t i = 0; i < 4; i++) {
		char *actual = path_join(dir, outputs[i][0]);
		char *expected = path_join(golden_dir, outputs[i][1]);
		assert_same_file(expected, actual);
		free(actual);
		free(expected);
	}
	assert_int_equal(count_files(dir), 4);
	spawn_free(&r);
	free(input);
	remove_dir(dir);
}

static void outputs_are_the_same_every_run(void **state)
{
	static const char *const outputs[] = {"tables.h", "codes.h", "client.h", "codes.7"};
	(void)state;
	char *first = make_temp_dir(), *second = make_temp_dir();
	struct spawn_result a = generate(datafile, first), b = generate(datafile, second);
	assert_int_equal(a.status, 0);
	assert_int_equal(b.status, 0);
	for (size_t i = 0; i < 4; i++) {
		char *x = path_join(first, outputs[i]), *y = path_join(second, outputs[i]);
		assert_same_file(x, y);
		free(x);
		free(y);
	}
	spawn_free(&a);
	spawn_free(&b);
	remove_dir(first);
	remove_dir(second);
}

static void missing_final_newline_is_accepted(void **state)
{
	(void)state;
	char *input = path_join(golden_dir, "no-final-newline.tsv");
	char *argv[] = {(char *)generator, input, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.err, "");
	spawn_free(&r);
	free(input);
}

static void bad_usage_exits_2(void **state)
{
	static char *const usages[][6] = {
		{NULL},
		{"--tables", NULL},
		{"--nonsense", "x.tsv", NULL},
		{"a.tsv", "b.tsv", NULL},
		{"--man", "a.7", "--man", "b.7", NULL},
	};
	(void)state;
	for (size_t i = 0; i < sizeof usages / sizeof usages[0]; i++) {
		char *argv[6] = {(char *)generator};
		for (size_t j = 0; usages[i][j]; j++)
			argv[j + 1] = usages[i][j];
		struct spawn_result r = spawn(argv, NULL, 0);
		assert_int_equal(r.status, 2);
		assert_non_null(strstr(r.err, "usage: httpstatus-gen"));
		spawn_free(&r);
	}
}

static void a_directory_is_not_a_data_file(void **state)
{
	(void)state;
	char *argv[] = {(char *)generator, (char *)bad_dir, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	char expected[512];
	snprintf(expected, sizeof expected, "%s: error: cannot read: Is a directory\n", bad_dir);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, expected);
	spawn_free(&r);
}

static void too_many_errors_are_counted_not_shown(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	char *input = path_join(dir, "bad.tsv");
	FILE *f = fopen(input, "w");
	assert_non_null(f);
	for (int i = 0; i < 60; i++)
		fputs("not a data line\n", f);
	assert_int_equal(fclose(f), 0);
	char *argv[] = {(char *)generator, input, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	assert_int_equal(r.status, 1);
	size_t lines = 0;
	for (const char *s = r.err; (s = strchr(s, '\n')) != NULL; s++)
		lines++;
	assert_int_equal(lines, 51);
	char last[512];
	snprintf(last, sizeof last, "%s: 10 more errors not shown\n", input);
	assert_string_equal(r.err + r.err_len - strlen(last), last);
	spawn_free(&r);
	unlink(input);
	free(input);
	remove_dir(dir);
}

/* Runs the generator on input with --tables at tables and --codes-header in
 * dir, under a file size limit if not 0; checks it fails with message and
 * leaves dir as it found it. */
static void expect_output_failure(const char *input, const char *tables, const char *dir,
				  const char *message, long file_size_limit)
{
	char *codes = path_join(dir, "codes.h");
	char *argv[] = {(char *)generator, "--tables", (char *)tables, "--codes-header", codes,
			(char *)input,     NULL};
	size_t files_before = count_files(dir);
	struct spawn_result r =
		spawn_with(argv, (struct spawn_options){.file_size_limit = file_size_limit});
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, message);
	assert_int_equal(count_files(dir), files_before);
	spawn_free(&r);
	free(codes);
}

static void an_output_that_cannot_be_created_writes_nothing(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	expect_output_failure(datafile, "/nonexistent/tables.h", dir,
			      "httpstatus-gen: error: cannot create a file beside "
			      "/nonexistent/tables.h: No such file or directory\n",
			      0);
	remove_dir(dir);
}

static void an_output_that_cannot_be_replaced_writes_nothing(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	char *tables = path_join(dir, "tables.h");
	/* Before mkdir: UBSan's recoverable check of its argument would make
	 * gcc think tables could be NULL here. */
	char message[512];
	snprintf(message, sizeof message,
		 "httpstatus-gen: error: cannot replace %s: Is a directory\n", tables);
	assert_int_equal(mkdir(tables, 0700), 0);
	expect_output_failure(datafile, tables, dir, message, 0);
	assert_int_equal(rmdir(tables), 0);
	free(tables);
	remove_dir(dir);
}

/* The real tables are far larger than the limit; a coverage build's own data
 * files, written at exit, are far smaller. */
static void an_output_that_cannot_be_written_writes_nothing(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	char *tables = path_join(dir, "tables.h");
	char message[512];
	snprintf(message, sizeof message,
		 "httpstatus-gen: error: cannot write %s: File too large\n", tables);
	expect_output_failure(datafile, tables, dir, message, 20000);
	free(tables);
	remove_dir(dir);
}

static void man_page_text_is_escaped_for_roff(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	char *input = path_join(golden_dir, "roff-text.tsv");
	struct spawn_result r = generate(input, dir);
	assert_int_equal(r.status, 0);
	char *man = path_join(dir, "codes.7");
	size_t len;
	char *page = read_all(man, &len);
	page[len] = '\0';
	assert_non_null(strstr(page, "\nCaf\\[u00E9] \\[u2615] \\[u1D11E] and a \\e backslash\n"));
	assert_non_null(strstr(page, "\n\\&.starts with a dot\n"));
	assert_non_null(strstr(page, "\n\\&'quoted first\n"));
	free(page);
	free(man);
	free(input);
	spawn_free(&r);
	remove_dir(dir);
}

static void a_missing_file_is_named(void **state)
{
	(void)state;
	char *argv[] = {(char *)generator, "/nonexistent/status-codes.tsv", NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, "/nonexistent/status-codes.tsv: error: cannot open: "
				   "No such file or directory\n");
	spawn_free(&r);
	char *dash[] = {(char *)generator, "-", NULL}; /* a file name, not stdin */
	r = spawn(dash, NULL, 0);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, "-: error: cannot open: No such file or directory\n");
	spawn_free(&r);
}

int main(int argc, char **argv)
{
	if (argc != 5) {
		fprintf(stderr, "usage: %s GENERATOR BAD-DIR GOLDEN-DIR DATAFILE\n", argv[0]);
		return 2;
	}
	generator = argv[1];
	bad_dir = argv[2];
	golden_dir = argv[3];
	datafile = argv[4];
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bad_files_are_rejected_with_their_line),
		cmocka_unit_test(every_bad_file_is_listed),
		cmocka_unit_test(a_megabyte_line_is_rejected),
		cmocka_unit_test(a_ten_megabyte_file_is_rejected),
		cmocka_unit_test(too_many_names_are_rejected_where_they_pass_the_limit),
		cmocka_unit_test(small_file_gives_the_golden_outputs),
		cmocka_unit_test(outputs_are_the_same_every_run),
		cmocka_unit_test(missing_final_newline_is_accepted),
		cmocka_unit_test(bad_usage_exits_2),
		cmocka_unit_test(a_missing_file_is_named),
		cmocka_unit_test(a_directory_is_not_a_data_file),
		cmocka_unit_test(too_many_errors_are_counted_not_shown),
		cmocka_unit_test(an_output_that_cannot_be_created_writes_nothing),
		cmocka_unit_test(an_output_that_cannot_be_replaced_writes_nothing),
		cmocka_unit_test(an_output_that_cannot_be_written_writes_nothing),
		cmocka_unit_test(man_page_text_is_escaped_for_roff),
	};
	return cmocka_run_group_tests(tests, make_scratch, remove_scratch);
}
