/* httpstatus-gen, run as the build runs it: every bad data file is rejected
 * with its exact FILE:LINE: message, exit status 1 and not one file left
 * behind; a good one gives byte for byte the expected outputs, every time.
 *
 * A bad file, tests/gen-bad/KIND/NAME, holds only its defect: the test puts
 * it after its kind's prefix, tests/gen-bad/prefix/KIND.tsv (a valid file
 * alone), into a file of the scratch directory, and runs the generator on
 * that. So a new column of a data file is an edit of the prefix, and the
 * messages below hold no line number that depends on it: each is found at
 * LINE, counted from the bad file's own first line, and {line KEY} in it
 * stands for "line N" of the first line of the file read whose first column
 * (code or id) is KEY. A WHOLE bad file is one whose defect is about the
 * whole file (empty, a byte order mark): it is read as it is. */
#include "helpers.h"
#include "spawn.h"

#include <dirent.h>
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

static const char *generator, *bad_dir, *golden_dir;

/* The kinds of data file, each with the option that names it to the
 * generator, its bad files' directory under BAD-DIR (and its prefix's name
 * under BAD-DIR/prefix), and the real file. */
enum kind { STATUS_CODES, UNOFFICIAL_CODES, METHODS, KINDS };
static struct {
	const char *option, *dir, *real;
} kinds[KINDS] = {
	[STATUS_CODES] = {"--status-codes", "status-codes", NULL},
	[UNOFFICIAL_CODES] = {"--unofficial-codes", "unofficial-codes", NULL},
	[METHODS] = {"--methods", "methods", NULL},
};
#define datafile (kinds[STATUS_CODES].real)

/* A bad file is read after its kind's prefix, or WHOLE, as it is. */
enum form { AFTER_PREFIX, WHOLE };

/* A message may name where a code is in the real status-code file: {404}
 * stands for "PATH:LINE" of 404's line; {unofficial 451} the same for the
 * first use of 451 in the real unofficial-codes file. */
static const struct bad_file {
	enum kind kind;
	const char *file;
	enum form form;
	unsigned line; /* of the message, in the bad file's own lines */
	const char *message; /* after "FILE:LINE: " */
} bad_files[] = {
	{STATUS_CODES, "empty.tsv", WHOLE, 1,
	 "error: no status codes: the file has no entry lines"},
	{STATUS_CODES, "only-comments.tsv", WHOLE, 1,
	 "error: no status codes: the file has no entry lines"},
	{STATUS_CODES, "crlf-line-end.tsv", AFTER_PREFIX, 1,
	 "error: CRLF line end (only LF is accepted)"},
	{STATUS_CODES, "byte-order-mark.tsv", WHOLE, 1,
	 "error: UTF-8 byte order mark (save the file without it)"},
	{STATUS_CODES, "nul-byte.tsv", AFTER_PREFIX, 1, "error: NUL byte at column 46"},
	{STATUS_CODES, "invalid-utf8.tsv", AFTER_PREFIX, 1, "error: invalid UTF-8 at column 46"},
	{STATUS_CODES, "overlong-utf8.tsv", AFTER_PREFIX, 1, "error: invalid UTF-8 at column 47"},
	{STATUS_CODES, "control-character.tsv", AFTER_PREFIX, 1,
	 "error: control character 0x0B at column 46"},
	{STATUS_CODES, "tab-inside-field.tsv", AFTER_PREFIX, 1,
	 "error: too many columns: found 8, expected 7 tab-separated"},
	{STATUS_CODES, "too-few-columns.tsv", AFTER_PREFIX, 1,
	 "error: too few columns: found 6, expected 7 tab-separated"},
	{STATUS_CODES, "too-many-columns.tsv", AFTER_PREFIX, 1,
	 "error: too many columns: found 8, expected 7 tab-separated"},
	{STATUS_CODES, "code-99.tsv", AFTER_PREFIX, 1,
	 "error: bad code '99': expected three digits, 100 to 599"},
	{STATUS_CODES, "code-600.tsv", AFTER_PREFIX, 1,
	 "error: bad code '600': expected three digits, 100 to 599"},
	{STATUS_CODES, "code-letter-o.tsv", AFTER_PREFIX, 1,
	 "error: bad code '4O4': expected three digits, 100 to 599"},
	{STATUS_CODES, "code-plus-sign.tsv", AFTER_PREFIX, 1,
	 "error: bad code '+404': expected three digits, 100 to 599"},
	{STATUS_CODES, "code-leading-space.tsv", AFTER_PREFIX, 1,
	 "error: code column has leading or trailing spaces"},
	{STATUS_CODES, "duplicate-code.tsv", AFTER_PREFIX, 2,
	 "error: duplicate code 404 (first at {line 404})"},
	{STATUS_CODES, "duplicate-name.tsv", AFTER_PREFIX, 2,
	 "error: name 'NOT_FOUND' is already the name of 404 at {line 404}"},
	{STATUS_CODES, "alias-is-another-name.tsv", AFTER_PREFIX, 2,
	 "error: alias 'NOT_FOUND' is already the name of 404 at {line 404}"},
	{STATUS_CODES, "alias-is-another-alias.tsv", AFTER_PREFIX, 2,
	 "error: alias 'MISSING' is already an alias of 404 at {line 404}"},
	{STATUS_CODES, "phrases-equal-ignoring-case.tsv", AFTER_PREFIX, 2,
	 "error: phrase 'NOT FOUND' is already the phrase of 404 at {line 404} (case is ignored)"},
	{STATUS_CODES, "unknown-flag.tsv", AFTER_PREFIX, 1,
	 "error: unknown flag 'cachable' (known: iana, temporary, unofficial, obsolete, "
	 "deprecated, no-content, cacheable, retryable)"},
	{STATUS_CODES, "two-registrations.tsv", AFTER_PREFIX, 1,
	 "error: more than one registration status: iana, temporary and unofficial exclude "
	 "each other"},
	{STATUS_CODES, "no-registration.tsv", AFTER_PREFIX, 1,
	 "error: no registration status: flags need one of iana, temporary, unofficial"},
	{STATUS_CODES, "empty-phrase.tsv", AFTER_PREFIX, 1, "error: empty phrase column"},
	{STATUS_CODES, "phrase-is-a-dash.tsv", AFTER_PREFIX, 1,
	 "error: phrase column cannot be '-': only flags and aliases may be left out"},
	{STATUS_CODES, "phrase-bad-character.tsv", AFTER_PREFIX, 1,
	 "error: bad phrase 'Not*Found': expected letters, digits, single spaces and "
	 "' - . , ( ) / & +"},
	{STATUS_CODES, "lower-case-name.tsv", AFTER_PREFIX, 1,
	 "error: bad name 'not_found': expected [A-Z][A-Z0-9_]*"},
	{STATUS_CODES, "name-too-long.tsv", AFTER_PREFIX, 1,
	 "error: name 'NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN...' is longer than 255 bytes"},
	{STATUS_CODES, "alias-neither-name-nor-phrase.tsv", AFTER_PREFIX, 1,
	 "error: alias 'NOT-FOUND' is neither a name ([A-Z][A-Z0-9_]*) nor a phrase (which "
	 "has a space or a lower-case letter)"},
	{STATUS_CODES, "empty-alias.tsv", AFTER_PREFIX, 1,
	 "error: empty alias (two commas, or one at an end)"},
	{STATUS_CODES, "no-class-fallback.tsv", WHOLE, 3,
	 "error: no entry for 300, the phrase that unknown 3xx codes fall back to"},
	{STATUS_CODES, "utf8-cut-short.tsv", AFTER_PREFIX, 1, "error: invalid UTF-8 at column 47"},
	{STATUS_CODES, "utf8-stray-continuation.tsv", AFTER_PREFIX, 1,
	 "error: invalid UTF-8 at column 47"},
	{STATUS_CODES, "utf8-bad-continuation.tsv", AFTER_PREFIX, 1,
	 "error: invalid UTF-8 at column 47"},
	{STATUS_CODES, "utf8-surrogate.tsv", AFTER_PREFIX, 1, "error: invalid UTF-8 at column 47"},
	{STATUS_CODES, "utf8-past-10ffff.tsv", AFTER_PREFIX, 1,
	 "error: invalid UTF-8 at column 47"},
	{STATUS_CODES, "utf8-lead-byte-f8.tsv", AFTER_PREFIX, 1,
	 "error: invalid UTF-8 at column 47"},
	{STATUS_CODES, "c1-control.tsv", AFTER_PREFIX, 1,
	 "error: control character U+0085 at column 47"},
	{STATUS_CODES, "flag-twice.tsv", AFTER_PREFIX, 1, "error: flag 'cacheable' given twice"},
	{STATUS_CODES, "too-many-flags.tsv", AFTER_PREFIX, 1,
	 "error: more flags than there are flag words"},
	{STATUS_CODES, "too-many-aliases.tsv", AFTER_PREFIX, 1, "error: more than 16 aliases"},
	{STATUS_CODES, "alias-outer-space.tsv", AFTER_PREFIX, 1,
	 "error: alias ' Absent' has leading or trailing spaces"},
	{STATUS_CODES, "carriage-return-inside.tsv", AFTER_PREFIX, 1,
	 "error: control character 0x0D at column 46"},
	{STATUS_CODES, "trailing-space.tsv", AFTER_PREFIX, 1,
	 "error: phrase column has leading or trailing spaces"},
	{STATUS_CODES, "code-099.tsv", AFTER_PREFIX, 1,
	 "error: bad code '099': expected three digits, 100 to 599"},
	{STATUS_CODES, "flags-dash.tsv", AFTER_PREFIX, 1,
	 "error: no registration status: flags need one of iana, temporary, unofficial"},
	{STATUS_CODES, "phrase-double-space.tsv", AFTER_PREFIX, 1,
	 "error: bad phrase 'Not  Found': expected letters, digits, single spaces and "
	 "' - . , ( ) / & +"},
	{STATUS_CODES, "name-cut-in-a-character.tsv", AFTER_PREFIX, 1,
	 "error: bad name 'NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN...': expected "
	 "[A-Z][A-Z0-9_]*"},
	{STATUS_CODES, "1xx-without-no-content.tsv", AFTER_PREFIX, 1,
	 "error: code 103 has no no-content flag: no 1xx response has content"},
	{UNOFFICIAL_CODES, "empty.tsv", WHOLE, 1,
	 "error: no unofficial uses: the file has no entry lines"},
	{UNOFFICIAL_CODES, "too-few-columns.tsv", AFTER_PREFIX, 1,
	 "error: too few columns: found 6, expected 7 tab-separated"},
	{UNOFFICIAL_CODES, "code-600.tsv", AFTER_PREFIX, 1,
	 "error: bad code '600': expected three digits, 100 to 599"},
	{UNOFFICIAL_CODES, "code-again-after-another.tsv", AFTER_PREFIX, 3,
	 "error: code 420 again, after 430 (first at {line 420}): the lines of a code go "
	 "together"},
	{UNOFFICIAL_CODES, "codes-out-of-order.tsv", AFTER_PREFIX, 2,
	 "error: code 420 after 499: the lines go in code order"},
	{UNOFFICIAL_CODES, "source-bad-character.tsv", AFTER_PREFIX, 1,
	 "error: bad source 'AWS-ELB': expected words of ASCII letters and digits, single "
	 "spaces between, a letter first"},
	{UNOFFICIAL_CODES, "source-double-space.tsv", AFTER_PREFIX, 1,
	 "error: bad source 'AWS  ELB': expected words of ASCII letters and digits, single "
	 "spaces between, a letter first"},
	{UNOFFICIAL_CODES, "source-digit-first.tsv", AFTER_PREFIX, 1,
	 "error: bad source '3scale': expected words of ASCII letters and digits, single "
	 "spaces between, a letter first"},
	{UNOFFICIAL_CODES, "lower-case-name.tsv", AFTER_PREFIX, 1,
	 "error: bad name 'client_closed_request': expected [A-Z][A-Z0-9_]*"},
	{UNOFFICIAL_CODES, "name-is-a-dash.tsv", AFTER_PREFIX, 1,
	 "error: name column cannot be '-': only the phrase may be left out"},
	{UNOFFICIAL_CODES, "phrase-bad-character.tsv", AFTER_PREFIX, 1,
	 "error: bad phrase 'Client*Closed': expected letters, digits, single spaces and "
	 "' - . , ( ) / & +"},
	{UNOFFICIAL_CODES, "unknown-wire.tsv", AFTER_PREFIX, 1,
	 "error: unknown wire 'logged' (known: sent, log-only, sent-as-400, in-body, "
	 "client-side)"},
	{UNOFFICIAL_CODES, "non-ascii.tsv", AFTER_PREFIX, 1,
	 "error: byte 0xC3 at column 102: the file is plain ASCII"},
	{UNOFFICIAL_CODES, "duplicate-name.tsv", AFTER_PREFIX, 2,
	 "error: name 'CLIENT_CLOSED_REQUEST' is already the name of 498 at {line 498}"},
	{UNOFFICIAL_CODES, "phrases-equal-ignoring-case.tsv", AFTER_PREFIX, 2,
	 "error: phrase 'CLIENT CLOSED REQUEST' is already the phrase of 498 at {line 498} (case "
	 "is ignored)"},
	{UNOFFICIAL_CODES, "name-is-another-uses-phrase.tsv", AFTER_PREFIX, 2,
	 "error: name 'REDIRECT' is already the phrase of 451 at {line 451} (case is ignored)"},
	{UNOFFICIAL_CODES, "duplicate-constant.tsv", AFTER_PREFIX, 2,
	 "error: constant 'HTTP_STATUS_MICROSOFT_IIS_LOGIN_TIMEOUT' is already the constant of "
	 "440 at {line 440}"},
	{UNOFFICIAL_CODES, "constant-is-a-registered-name.tsv", AFTER_PREFIX, 1,
	 "error: constant 'HTTP_STATUS_BAD_REQUEST' clashes with the name of 400 at {400}"},
	{UNOFFICIAL_CODES, "constant-is-a-registered-alias.tsv", AFTER_PREFIX, 1,
	 "error: constant 'HTTP_STATUS_REQUEST_ENTITY_TOO_LARGE' clashes with an alias of 413 "
	 "at {413}"},
	{METHODS, "empty.tsv", WHOLE, 1, "error: no methods: the file has no entry lines"},
	{METHODS, "only-comments.tsv", WHOLE, 1, "error: no methods: the file has no entry lines"},
	{METHODS, "id-zero.tsv", AFTER_PREFIX, 1,
	 "error: id 0 is HTTP_METHOD_UNKNOWN, no method: ids start at 1"},
	{METHODS, "id-letter.tsv", AFTER_PREFIX, 1,
	 "error: bad id '3x': expected a whole number, 1 to 255"},
	{METHODS, "id-negative.tsv", AFTER_PREFIX, 1,
	 "error: bad id '-3': expected a whole number, 1 to 255"},
	{METHODS, "id-leading-zero.tsv", AFTER_PREFIX, 1,
	 "error: bad id '03': expected a whole number, 1 to 255"},
	{METHODS, "id-256.tsv", AFTER_PREFIX, 1,
	 "error: id 256 is too large: the tables hold ids of 8 bits, 1 to 255"},
	{METHODS, "id-huge.tsv", AFTER_PREFIX, 1,
	 "error: id 99999999999999999999999 is too large: the tables hold ids of 8 bits, 1 to "
	 "255"},
	{METHODS, "duplicate-id.tsv", AFTER_PREFIX, 1, "error: duplicate id 2 (first at {line 2})"},
	{METHODS, "id-out-of-order.tsv", AFTER_PREFIX, 2,
	 "error: id 4 after id 5: the lines go in id order"},
	{METHODS, "lower-case-method.tsv", AFTER_PREFIX, 1,
	 "error: bad method 'Post': lower-case letters (a method is case-sensitive, and "
	 "registered in upper case)"},
	{METHODS, "method-bad-character.tsv", AFTER_PREFIX, 1,
	 "error: bad method 'M_SEARCH': expected upper-case letters, digits and '-'"},
	{METHODS, "method-is-star.tsv", AFTER_PREFIX, 1,
	 "error: method '*' is reserved (RFC 9110, Section 18.2), not a method: leave it out"},
	{METHODS, "method-unknown.tsv", AFTER_PREFIX, 1,
	 "error: method 'UNKNOWN' would be HTTP_METHOD_UNKNOWN, the constant for no method"},
	{METHODS, "method-too-long.tsv", AFTER_PREFIX, 1,
	 "error: method 'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM...' is longer than 255 bytes"},
	{METHODS, "duplicate-method.tsv", AFTER_PREFIX, 1,
	 "error: method 'GET' is already the method of 1 at {line 1}"},
	{METHODS, "method-is-a-status-name.tsv", AFTER_PREFIX, 1,
	 "error: method 'LOCKED' is already the name of 423 at {423}"},
	{METHODS, "method-is-a-status-phrase.tsv", AFTER_PREFIX, 1,
	 "error: method 'MULTI-STATUS' is already the phrase of 207 at {207} (case is ignored)"},
	{METHODS, "method-is-an-unofficial-name.tsv", AFTER_PREFIX, 1,
	 "error: method 'REDIRECT' is already the name of 451 at {unofficial 451}"},
	{METHODS, "unknown-flag.tsv", AFTER_PREFIX, 1,
	 "error: unknown flag 'cachable' (known: safe, idempotent, cacheable)"},
	{METHODS, "flags-out-of-order.tsv", AFTER_PREFIX, 1,
	 "error: flag 'safe' comes before 'idempotent' (the order is safe, idempotent, "
	 "cacheable)"},
	{METHODS, "safe-not-idempotent.tsv", AFTER_PREFIX, 1,
	 "error: method 'OPTIONS' is safe but not idempotent: every safe method is idempotent "
	 "(RFC 9110, Section 9.2.2)"},
	{METHODS, "reference-is-a-dash.tsv", AFTER_PREFIX, 1,
	 "error: reference column cannot be '-': only flags may be left out"},
	{METHODS, "too-few-columns.tsv", AFTER_PREFIX, 1,
	 "error: too few columns: found 4, expected 5 tab-separated"},
};
enum { BAD_FILES = sizeof bad_files / sizeof bad_files[0] };

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

/* The generator's outputs, by their names in its output directory. */
static const char *const outputs[] = {
	"codes-tables.h",       "unofficial-tables.h",    "methods-tables.h",
	"response-tables.h",    "status-fields-tables.h", "httpstatus_codes.h",
	"httpstatus_methods.h", "httpstatus_client.h",    "httpstatus_unofficial.h",
	"httpstatus-codes.7",
};
enum { OUTPUTS = sizeof outputs / sizeof outputs[0] };

static void remove_dir(char *dir)
{
	for (size_t i = 0; i < OUTPUTS; i++) {
		char *path = path_join(dir, outputs[i]);
		unlink(path);
		free(path);
	}
	assert_int_equal(rmdir(dir), 0);
	free(dir);
}

/* Runs the generator on the data files of every kind (a kind whose file is
 * NULL left out), with every output in dir, or with dir NULL only checking
 * them. */
static struct spawn_result generate_files(const char *const files[KINDS], const char *dir)
{
	char *argv[2 * KINDS + 4] = {(char *)generator};
	size_t n = 1;
	for (size_t k = 0; k < KINDS; k++) {
		if (!files[k])
			continue;
		argv[n++] = (char *)kinds[k].option;
		argv[n++] = (char *)files[k];
	}
	if (dir) {
		argv[n++] = "--output-dir";
		argv[n++] = (char *)dir;
	}
	argv[n] = NULL;
	return spawn(argv, NULL, 0);
}

/* The same with input as the file of its kind and the real files of the
 * other kinds. */
static struct spawn_result generate_kind(enum kind kind, const char *input, const char *dir)
{
	const char *files[KINDS];
	for (size_t k = 0; k < KINDS; k++)
		files[k] = k == kind ? input : kinds[k].real;
	return generate_files(files, dir);
}

static struct spawn_result generate(const char *input, const char *dir)
{
	return generate_kind(STATUS_CODES, input, dir);
}

static struct spawn_result check(const char *input)
{
	return generate_kind(STATUS_CODES, input, NULL);
}

/* The number of the first line of the file at path that starts with what. */
static unsigned line_starting(const char *path, const char *what)
{
	size_t len;
	char *text = read_file(path, &len);
	const char *s = text, *end = text + len;
	for (unsigned n = 1; s < end; n++) {
		if (strncmp(s, what, strlen(what)) == 0) {
			free(text);
			return n;
		}
		const char *newline = memchr(s, '\n', (size_t)(end - s));
		s = newline ? newline + 1 : end;
	}
	fail_msg("no line of %s starts with %s", path, what);
	return 0;
}

/* message with each {...} replaced: {line KEY} by "line N", N the line of
 * input whose first column is KEY; {CODE} by "PATH:LINE" of CODE's line in
 * the real status-code file; {unofficial CODE} by that of CODE's first use
 * in the real unofficial-codes file. */
static void expand_message(const char *message, const char *input, char *out, size_t size)
{
	size_t n = 0;
	for (const char *open; (open = strchr(message, '{')) != NULL;) {
		const char *close = strchr(open, '}');
		assert_non_null(close);
		char key[64];
		snprintf(key, sizeof key, "%.*s\t", (int)(close - open - 1), open + 1);
		n += (size_t)snprintf(out + n, size - n, "%.*s", (int)(open - message), message);
		if (strncmp(key, "line ", 5) == 0) {
			n += (size_t)snprintf(out + n, size - n, "line %u",
					      line_starting(input, key + 5));
		} else {
			bool unofficial = strncmp(key, "unofficial ", 11) == 0;
			const char *path = kinds[unofficial ? UNOFFICIAL_CODES : STATUS_CODES].real;
			n += (size_t)snprintf(out + n, size - n, "%s:%u", path,
					      line_starting(path, unofficial ? key + 11 : key));
		}
		assert_true(n < size);
		message = close + 1;
	}
	snprintf(out + n, size - n, "%s", message);
}

/* Runs the generator on files and checks that it rejects the one at
 * files[kind] with message (after "FILE:"), its {...} expanded, writing
 * nothing. */
static void expect_files_rejected(const char *const files[KINDS], enum kind kind,
				  const char *pattern)
{
	const char *input = files[kind];
	char message[2048];
	expand_message(pattern, input, message, sizeof message);
	char *dir = make_temp_dir();
	struct spawn_result r = generate_files(files, dir);
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

static void expect_kind_rejected(enum kind kind, const char *input, const char *message)
{
	const char *files[KINDS];
	for (size_t k = 0; k < KINDS; k++)
		files[k] = k == kind ? input : kinds[k].real;
	expect_files_rejected(files, kind, message);
}

static void expect_rejection(const char *input, const char *message)
{
	expect_kind_rejected(STATUS_CODES, input, message);
}

/* BAD-DIR/prefix/DIR.tsv: what every bad file of kind but the WHOLE ones
 * is put after. */
static char *prefix_path(enum kind kind)
{
	char *name = format("prefix/%s.tsv", kinds[kind].dir);
	char *path = path_join(bad_dir, name);
	free(name);
	return path;
}

/* The file the generator is to read for b: the bad file itself if WHOLE,
 * else a new file in dir, its kind's prefix and then the bad file, with
 * *prefix_lines the prefix's lines. */
static char *bad_file_input(const struct bad_file *b, const char *dir, unsigned *prefix_lines)
{
	char *name = format("%s/%s", kinds[b->kind].dir, b->file);
	char *path = path_join(bad_dir, name);
	free(name);
	*prefix_lines = 0;
	if (b->form == WHOLE)
		return path;

	char *prefix_file = prefix_path(b->kind);
	size_t prefix_len, defect_len;
	char *prefix = read_file(prefix_file, &prefix_len), *defect = read_file(path, &defect_len);
	assert_true(prefix_len > 0 && prefix[prefix_len - 1] == '\n');
	for (size_t i = 0; i < prefix_len; i++)
		*prefix_lines += prefix[i] == '\n';
	name = format("%s-%s", kinds[b->kind].dir, b->file);
	char *input = path_join(dir, name);
	FILE *f = fopen(input, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(prefix, 1, prefix_len, f), prefix_len);
	assert_int_equal(fwrite(defect, 1, defect_len, f), defect_len);
	assert_int_equal(fclose(f), 0);
	free(name);
	free(defect);
	free(prefix);
	free(prefix_file);
	free(path);
	return input;
}

static void bad_files_are_rejected_with_their_line(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	for (size_t i = 0; i < BAD_FILES; i++) {
		const struct bad_file *b = &bad_files[i];
		unsigned prefix_lines;
		assert_true(b->line >= 1);
		char *input = bad_file_input(b, dir, &prefix_lines);
		char *message = format("%u: %s", prefix_lines + b->line, b->message);
		expect_kind_rejected(b->kind, input, message);
		if (b->form == AFTER_PREFIX)
			assert_int_equal(unlink(input), 0);
		free(message);
		free(input);
	}
	assert_int_equal(rmdir(dir), 0);
	free(dir);
}

/* So that the bad files' messages are about their defects alone. */
static void every_prefix_alone_is_accepted(void **state)
{
	(void)state;
	for (enum kind k = 0; k < KINDS; k++) {
		char *prefix = prefix_path(k);
		struct spawn_result r = generate_kind(k, prefix, NULL);
		if (r.status != 0 || r.err_len != 0)
			fail_msg("%s: exit %d, stderr:\n%s", prefix, r.status, r.err);
		spawn_free(&r);
		free(prefix);
	}
}

static void every_bad_file_is_listed(void **state)
{
	(void)state;
	size_t n = 0;
	for (size_t k = 0; k < KINDS; k++) {
		char *dir = path_join(bad_dir, kinds[k].dir);
		DIR *d = opendir(dir);
		assert_non_null(d);
		for (struct dirent *e; (e = readdir(d)) != NULL;) {
			if (e->d_name[0] == '.')
				continue;
			bool listed = false;
			for (size_t i = 0; i < BAD_FILES; i++)
				listed |= bad_files[i].kind == k &&
					  strcmp(bad_files[i].file, e->d_name) == 0;
			if (!listed)
				fail_msg("%s/%s has no expected message in this test", dir,
					 e->d_name);
			n++;
		}
		closedir(d);
		free(dir);
	}
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
		fprintf(f, "%d\tNAME_%d\tPhrase %d\tiana,no-content\tRFC 1\tSomething\t", code,
			code, code);
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

/* 513 uses, each with a name and a phrase, two a code: the first key too
 * many is the name on line 513. */
static void too_many_unofficial_keys_are_rejected_where_they_pass_the_limit(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	char *input = path_join(dir, "uses.tsv");
	FILE *f = fopen(input, "w");
	assert_non_null(f);
	for (int i = 0; i < 513; i++)
		fprintf(f, "%d\tSource\tNAME_%d\tPhrase %d\tsent\tNowhere\tSomething\n",
			100 + i / 2, i, i);
	assert_int_equal(fclose(f), 0);
	expect_kind_rejected(UNOFFICIAL_CODES, input,
			     "513: error: more than 1024 names and phrases: the lookup tables hold "
			     "no more");
	unlink(input);
	free(input);
	remove_dir(dir);
}

static void assert_same_file(const char *expected_path, const char *actual_path)
{
	size_t a, b;
	char *expected = read_file(expected_path, &a), *actual = read_file(actual_path, &b);
	if (a != b || memcmp(expected, actual, a) != 0)
		fail_msg("%s differs from %s", actual_path, expected_path);
	free(expected);
	free(actual);
}

/* With --update, the golden outputs are rewritten from what the generator
 * writes now, for a change of the format to be one command:
 *   meson test -C build generator --test-args=--update */
static bool update_golden;

static void copy_file(const char *from, const char *to)
{
	size_t len;
	char *bytes = read_file(from, &len);
	FILE *f = fopen(to, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(bytes, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
	free(bytes);
}

static void small_files_give_the_golden_outputs(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	const char *files[KINDS] = {
		[STATUS_CODES] = path_join(golden_dir, "small.tsv"),
		[UNOFFICIAL_CODES] = path_join(golden_dir, "small-unofficial.tsv"),
		[METHODS] = path_join(golden_dir, "small-methods.tsv"),
	};
	char *golden = path_join(golden_dir, "small");
	struct spawn_result r = generate_files(files, dir);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.err, "");
	for (size_t i = 0; i < OUTPUTS; i++) {
		char *actual = path_join(dir, outputs[i]);
		char *expected = path_join(golden, outputs[i]);
		if (update_golden)
			copy_file(actual, expected);
		assert_same_file(expected, actual);
		free(actual);
		free(expected);
	}
	assert_int_equal(count_files(dir), OUTPUTS);
	free(golden);
	spawn_free(&r);
	for (size_t k = 0; k < KINDS; k++)
		free((char *)files[k]);
	remove_dir(dir);
}

static void outputs_are_the_same_every_run(void **state)
{
	(void)state;
	char *first = make_temp_dir(), *second = make_temp_dir();
	struct spawn_result a = generate(datafile, first), b = generate(datafile, second);
	assert_int_equal(a.status, 0);
	assert_int_equal(b.status, 0);
	for (size_t i = 0; i < OUTPUTS; i++) {
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
	struct spawn_result r = check(input);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.err, "");
	spawn_free(&r);
	free(input);
}

static void bad_usage_exits_2(void **state)
{
	static char *const usages[][6] = {
		{NULL},
		{"--status-codes", NULL},
		{"--nonsense", "x.tsv", NULL},
		{"a.tsv", NULL},
		{"--status-codes", "a.tsv", "--status-codes", "b.tsv", NULL},
		{"--output-dir", "out", NULL},
		{"--methods", "m.tsv", NULL},
		{"--status-codes", "a.tsv", "--methods", NULL},
		{"--status-codes", "a.tsv", "--output-dir", "out", "nonsense.h", NULL},
	};
	(void)state;
	for (size_t i = 0; i < sizeof usages / sizeof usages[0]; i++) {
		char *argv[7] = {(char *)generator};
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
	struct spawn_result r = check(bad_dir);
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
	struct spawn_result r = check(input);
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

/* Runs the generator on the real data into dir, under a file size limit if
 * not 0; checks it fails with message and leaves dir as it found it. */
static void expect_output_failure(const char *dir, const char *message, long file_size_limit)
{
	char *argv[] = {(char *)generator, "--status-codes", (char *)datafile,
			"--output-dir",    (char *)dir,      NULL};
	size_t files_before = count_files(dir);
	struct spawn_result r =
		spawn_with(argv, (struct spawn_options){.file_size_limit = file_size_limit});
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, message);
	assert_int_equal(count_files(dir), files_before);
	spawn_free(&r);
}

static void an_output_that_cannot_be_created_writes_nothing(void **state)
{
	(void)state;
	char *argv[] = {(char *)generator, "--status-codes", (char *)datafile,
			"--output-dir",    "/nonexistent",   NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, "httpstatus-gen: error: cannot create a file beside "
				   "/nonexistent/codes-tables.h: No such file or directory\n");
	spawn_free(&r);
}

/* The last output cannot replace what has its name: not even the outputs
 * before it are left. */
static void an_output_that_cannot_be_replaced_writes_nothing(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	char *last = path_join(dir, outputs[OUTPUTS - 1]);
	/* Before mkdir: UBSan's recoverable check of its argument would make
	 * gcc think last could be NULL here. */
	char message[512];
	snprintf(message, sizeof message,
		 "httpstatus-gen: error: cannot replace %s: Is a directory\n", last);
	assert_int_equal(mkdir(last, 0700), 0);
	expect_output_failure(dir, message, 0);
	assert_int_equal(rmdir(last), 0);
	free(last);
	remove_dir(dir);
}

/* The real tables are far larger than the limit; a coverage build's own data
 * files, written at exit, are far smaller. */
static void an_output_that_cannot_be_written_writes_nothing(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	char *tables = path_join(dir, outputs[0]);
	char message[512];
	snprintf(message, sizeof message,
		 "httpstatus-gen: error: cannot write %s: File too large\n", tables);
	expect_output_failure(dir, message, 20000);
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
	char *man = path_join(dir, "httpstatus-codes.7");
	size_t len;
	char *page = read_file(man, &len);
	assert_non_null(strstr(page, "\nCaf\\[u00E9] \\[u2615] \\[u1D11E] and a \\e backslash\n"));
	assert_non_null(strstr(page, "\n\\&.starts with a dot\n"));
	assert_non_null(strstr(page, "\n\\&'quoted first\n"));
	assert_non_null(strstr(page, "\nTwo  spaces kept as they are\n"));
	free(page);
	free(man);
	free(input);
	spawn_free(&r);
	remove_dir(dir);
}

/* Compiles source (a path) with the tables in dir, as the library is
 * compiled: the status of the compiler, whose messages go in *err. */
static int compile_with_tables(const char *dir, const char *source, char **err)
{
	const char *cc = getenv("HS_CC"), *root = getenv("HS_SOURCE_ROOT"),
		   *built = getenv("HS_BUILD_INCLUDE");
	assert_non_null(cc);
	assert_non_null(root);
	assert_non_null(built);
	char script[4096];
	snprintf(script, sizeof script,
		 "%s -std=c11 -Wall -Wextra -Wpedantic -Werror -fsyntax-only "
		 "-DHTTPSTATUS_BUILDING -I'%s' -I'%s/include' -I'%s' -I'%s/common' -I'%s/src' '%s'",
		 cc, dir, root, built, root, root, source);
	char *argv[] = {"/bin/sh", "-c", script, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	int status = r.status;
	*err = strdup(r.err);
	spawn_free(&r);
	return status;
}

/* The same for a file of the library, src/file. */
static int compile_library_file(const char *dir, const char *file, char **err)
{
	char *src = path_join(getenv("HS_SOURCE_ROOT"), "src");
	char *source = path_join(src, file);
	int status = compile_with_tables(dir, source, err);
	free(source);
	free(src);
	return status;
}

/* An amalgamation may put every tables file in one translation unit: no
 * name of one is a name of another. */
static void the_tables_files_go_in_one_translation_unit(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	struct spawn_result r = generate_files((const char *[KINDS]){kinds[STATUS_CODES].real,
								     kinds[UNOFFICIAL_CODES].real,
								     kinds[METHODS].real},
					       dir);
	assert_int_equal(r.status, 0);
	spawn_free(&r);
	char *source = path_join(dir, "all.c");
	FILE *f = fopen(source, "w");
	assert_non_null(f);
	fputs("#if defined(__GNUC__)\n"
	      "#pragma GCC diagnostic ignored \"-Wunused-const-variable\"\n"
	      "#endif\n"
	      "#include <httpstatus.h>\n"
	      "#include \"tables.h\"\n"
	      "#include \"codes-tables.h\"\n"
	      "#include \"unofficial-tables.h\"\n"
	      "#include \"methods-tables.h\"\n"
	      "#include \"response-tables.h\"\n"
	      "int main(void) { return 0; }\n",
	      f);
	assert_int_equal(fclose(f), 0);
	char *err = NULL;
	if (compile_with_tables(dir, source, &err) != 0)
		fail_msg("the tables files together:\n%s", err);
	free(err);
	unlink(source);
	free(source);
	remove_dir(dir);
}

/* No --unofficial-codes: no uses, and tables the library still compiles
 * with, without a warning. */
static void without_unofficial_codes_there_are_no_uses(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	const char *files[KINDS] = {[STATUS_CODES] = path_join(golden_dir, "small.tsv")};
	struct spawn_result r = generate_files(files, dir);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.err, "");
	spawn_free(&r);
	assert_int_equal(count_files(dir), OUTPUTS);

	size_t len;
	char *path = path_join(dir, "unofficial-tables.h");
	char *text = read_file(path, &len);
	assert_non_null(strstr(text, "\n#define HS_UNOFFICIAL_COUNT 0 "));
	free(text);
	free(path);
	path = path_join(dir, "httpstatus_unofficial.h");
	text = read_file(path, &len);
	assert_non_null(strstr(text, "\n#define HTTPSTATUS_UNOFFICIAL_COUNT 0 "));
	assert_null(strstr(text, "enum"));
	free(text);
	free(path);
	path = path_join(dir, "httpstatus-codes.7");
	text = read_file(path, &len);
	assert_null(strstr(text, "UNOFFICIAL USES"));
	free(text);
	free(path);

	char *err = NULL;
	if (compile_library_file(dir, "unofficial.c", &err) != 0)
		fail_msg("src/unofficial.c with no uses:\n%s", err);
	free(err);
	free((char *)files[STATUS_CODES]);
	remove_dir(dir);
}

static void a_missing_file_is_named(void **state)
{
	(void)state;
	struct spawn_result r = check("/nonexistent/status-codes.tsv");
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, "/nonexistent/status-codes.tsv: error: cannot open: "
				   "No such file or directory\n");
	spawn_free(&r);
	r = check("-"); /* a file name, not stdin */
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, "-: error: cannot open: No such file or directory\n");
	spawn_free(&r);
	r = generate_kind(UNOFFICIAL_CODES, "/nonexistent/unofficial-codes.tsv", NULL);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, "/nonexistent/unofficial-codes.tsv: error: cannot open: "
				   "No such file or directory\n");
	spawn_free(&r);
	r = generate_kind(METHODS, "/nonexistent/methods.tsv", NULL);
	assert_int_equal(r.status, 1);
	assert_string_equal(
		r.err, "/nonexistent/methods.tsv: error: cannot open: No such file or directory\n");
	spawn_free(&r);
}

/* A data file the generator takes but the library's code cannot: a phrase
 * that makes a status line too long for src/response.c's copy_line. The
 * build stops at the assertion, saying why. */
static void a_broken_limit_fails_the_build_with_its_reason(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	char *input = path_join(dir, "long-phrase.tsv");
	FILE *f = fopen(input, "w");
	assert_non_null(f);
	for (int code = 100; code < 600; code += 100)
		fprintf(f, "%d\tNAME_%d\tPhrase %d%s\tiana%s\tRFC 1\tSomething\t-\n", code, code,
			code,
			code == 400 ? " that goes on and on, far longer than any status line "
				      "should ever carry"
				    : "",
			code == 100 ? ",no-content" : "");
	assert_int_equal(fclose(f), 0);
	struct spawn_result r = generate(input, dir);
	assert_int_equal(r.status, 0);
	spawn_free(&r);

	char *err = NULL;
	int status = compile_library_file(dir, "response.c", &err);
	if (status == 0 || !strstr(err, "copy_line copies at most 64 bytes"))
		fail_msg("compiling against %s: exit %d, stderr:\n%s", input, status, err);
	free(err);
	unlink(input);
	free(input);
	remove_dir(dir);
}

/* A pool longer than the 4095 bytes that C requires a compiler to take in a
 * string literal (here the descriptions') is told to the compiler, and the
 * library compiles against it without a warning. */
static void a_pool_past_4095_bytes_compiles_without_a_warning(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	char *input = path_join(dir, "long-descriptions.tsv");
	FILE *f = fopen(input, "w");
	assert_non_null(f);
	for (int code = 100; code < 600; code += 100) {
		fprintf(f, "%d\tNAME_%d\tPhrase %d\tiana%s\tRFC 1\t%d goes ", code, code, code,
			code == 100 ? ",no-content" : "", code);
		for (int i = 0; i < 100; i++)
			fputs("on and on, ", f);
		fputs("the end\t-\n", f);
	}
	assert_int_equal(fclose(f), 0);
	struct spawn_result r = generate(input, dir);
	assert_int_equal(r.status, 0);
	spawn_free(&r);
	char *tables_path = path_join(dir, "codes-tables.h");
	char *tables = read_file(tables_path, NULL);
	assert_non_null(strstr(tables, "-Woverlength-strings"));

	char *err = NULL;
	if (compile_library_file(dir, "codes.c", &err) != 0)
		fail_msg("src/codes.c with a pool past 4095 bytes:\n%s", err);
	free(err);
	free(tables);
	free(tables_path);
	unlink(input);
	free(input);
	remove_dir(dir);
}

/* Builds source (src/methods.c, ...) against the tables the generator wrote
 * into dir, with a main() that exits 0 if the condition holds, and runs it:
 * with the build's compiler, so in a cross build for the machine under
 * test, behind the exe wrapper. */
static void expect_library(const char *dir, const char *source, const char *condition)
{
	const char *cc = getenv("HS_CC"), *root = getenv("HS_SOURCE_ROOT"),
		   *built = getenv("HS_BUILD_INCLUDE"), *wrapper = getenv("MESON_EXE_WRAPPER");
	assert_non_null(cc);
	assert_non_null(root);
	assert_non_null(built);
	/* .exe, which mingw's gcc would add, and which Linux runs all the same;
	 * the library's file is part of the program, as with a static library. */
	char *program = path_join(dir, "check.c"), *binary = path_join(dir, "check.exe");
	FILE *f = fopen(program, "w");
	assert_non_null(f);
	fprintf(f,
		"#include \"httpstatus.h\"\n"
		"#include <stddef.h>\n"
		"int main(void)\n{\n\treturn !(%s);\n}\n",
		condition);
	assert_int_equal(fclose(f), 0);
	char script[4096];
	snprintf(script, sizeof script,
		 "%s -std=c11 -Wall -Wextra -Wpedantic -Werror -DHTTPSTATUS_STATIC -I'%s' "
		 "-I'%s/include' -I'%s' -I'%s/common' '%s' '%s/%s' -o '%s' && %s '%s'",
		 cc, dir, root, built, root, program, root, source, binary, wrapper ? wrapper : "",
		 binary);
	char *argv[] = {"/bin/sh", "-c", script, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	if (r.status != 0)
		fail_msg("%s: exit %d, stderr:\n%s", script, r.status, r.err);
	spawn_free(&r);
	unlink(program);
	unlink(binary);
	free(program);
	free(binary);
}

/* Generates the tables of the small status codes and the methods file
 * methods_file of golden_dir, and builds src/methods.c against them, to hold
 * condition. */
static void expect_methods_library(const char *methods_file, const char *condition)
{
	char *dir = make_temp_dir();
	char *status = path_join(golden_dir, "small.tsv");
	char *methods = path_join(golden_dir, methods_file);
	struct spawn_result r = generate_files(
		(const char *[KINDS]){[STATUS_CODES] = status, [METHODS] = methods}, dir);
	assert_int_equal(r.status, 0);
	spawn_free(&r);
	expect_library(dir, "src/methods.c", condition);
	free(methods);
	free(status);
	remove_dir(dir);
}

static void methods_with_gaps_between_ids_give_a_working_library(void **state)
{
	(void)state;
	expect_methods_library(
		"small-methods.tsv",
		"httpstatus_method_count() == 5 && httpstatus_method_next(0) == 1 && "
		"httpstatus_method_next(1) == 3 && httpstatus_method_next(2) == 3 && "
		"httpstatus_method_next(12) == 39 && httpstatus_method_next(39) == 0 && "
		"httpstatus_method_name((enum httpstatus_method)2) == NULL && "
		"!httpstatus_method_is_idempotent((enum httpstatus_method)2) && "
		"httpstatus_method_from_name(\"UPDATEREDIRECTREF\") == 39 && "
		"httpstatus_method_from_name(\"UPDATEREDIRECTREG\") == 0 && "
		"httpstatus_method_from_name(\"BASELINE-CONTROL\") == 12 && "
		"httpstatus_method_from_name(\"PUT\") == 0 && "
		"httpstatus_method_is_safe(HTTP_METHOD_GET)");
}

/* Without --methods: no methods at all, and still a library that builds. */
static void no_methods_file_gives_a_library_without_methods(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	char *status = path_join(golden_dir, "small.tsv");
	char *argv[] = {(char *)generator, "--status-codes", status, "--output-dir", dir, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	assert_int_equal(r.status, 0);
	spawn_free(&r);
	expect_library(dir, "src/methods.c",
		       "httpstatus_method_count() == 0 && "
		       "httpstatus_method_next(0) == 0 && "
		       "httpstatus_method_from_name(\"GET\") == 0 && "
		       "httpstatus_method_name((enum httpstatus_method)1) == NULL && "
		       "HTTPSTATUS_METHOD_COUNT == 0");
	free(status);
	remove_dir(dir);
}

/* Keys that begin alike and have the same length (tests/gen-golden/twins.tsv)
 * differ only past their first window: the hash reads a second for them,
 * and a library built from them tells them apart. */
static void keys_alike_but_at_their_end_are_told_apart(void **state)
{
	(void)state;
	char *dir = make_temp_dir();
	char *status = path_join(golden_dir, "twins.tsv");
	char *argv[] = {(char *)generator, "--status-codes", status, "--output-dir", dir, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	assert_int_equal(r.status, 0);
	spawn_free(&r);
	char *tables_path = path_join(dir, "codes-tables.h");
	char *tables = read_file(tables_path, NULL);
	assert_non_null(strstr(tables, "#define HS_NAME_HASH_WINDOWS 2"));
	assert_non_null(strstr(tables, "#define HS_PHRASE_HASH_WINDOWS 2"));
	expect_library(dir, "src/codes.c",
		       "httpstatus_from_name(\"SAMEHEAD_ALPHA\") == 401 && "
		       "httpstatus_from_name(\"samehead_gamma\") == 402 && "
		       "httpstatus_from_name(\"SAMEHEAD_ALPHB\") == 0 && "
		       "httpstatus_from_name(\"TWINA\") == 403 && "
		       "httpstatus_from_name(\"twinb\") == 404 && "
		       "httpstatus_from_name(\"TWINC\") == 0 && "
		       "httpstatus_from_phrase(\"Samehead Gamma\") == 402 && "
		       "httpstatus_from_phrase(\"Twin A\") == 403 && "
		       "httpstatus_from_phrase_n(\"Twin Bee\", 6) == 404");
	free(tables);
	free(tables_path);
	free(status);
	remove_dir(dir);
}

/* Tokens under eight bytes that differ only past their head (the first
 * window: two bytes of three, four of five) are told apart too: the hash
 * reads their whole. */
static void short_keys_alike_but_at_their_end_are_told_apart(void **state)
{
	(void)state;
	expect_methods_library("twin-methods.tsv", "httpstatus_method_from_name(\"GET\") == 1 && "
						   "httpstatus_method_from_name(\"GEU\") == 2 && "
						   "httpstatus_method_from_name(\"PATCH\") == 3 && "
						   "httpstatus_method_from_name(\"PATCI\") == 4 && "
						   "httpstatus_method_from_name(\"GEV\") == 0 && "
						   "httpstatus_method_from_name(\"PATCJ\") == 0");
}

int main(int argc, char **argv)
{
	if (argc == 5 + KINDS && strcmp(argv[argc - 1], "--update") == 0) {
		update_golden = true;
		argc--;
	}
	if (argc != 4 + KINDS) {
		fprintf(stderr,
			"usage: %s GENERATOR BAD-DIR GOLDEN-DIR STATUS-CODES UNOFFICIAL-CODES "
			"METHODS [--update]\n",
			argv[0]);
		return 2;
	}
	generator = argv[1];
	bad_dir = argv[2];
	golden_dir = argv[3];
	for (size_t k = 0; k < KINDS; k++)
		kinds[k].real = argv[4 + k];
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bad_files_are_rejected_with_their_line),
		cmocka_unit_test(every_bad_file_is_listed),
		cmocka_unit_test(every_prefix_alone_is_accepted),
		cmocka_unit_test(a_megabyte_line_is_rejected),
		cmocka_unit_test(a_ten_megabyte_file_is_rejected),
		cmocka_unit_test(too_many_names_are_rejected_where_they_pass_the_limit),
		cmocka_unit_test(small_files_give_the_golden_outputs),
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
		cmocka_unit_test(a_broken_limit_fails_the_build_with_its_reason),
		cmocka_unit_test(a_pool_past_4095_bytes_compiles_without_a_warning),
		cmocka_unit_test(too_many_unofficial_keys_are_rejected_where_they_pass_the_limit),
		cmocka_unit_test(without_unofficial_codes_there_are_no_uses),
		cmocka_unit_test(the_tables_files_go_in_one_translation_unit),
		cmocka_unit_test(methods_with_gaps_between_ids_give_a_working_library),
		cmocka_unit_test(no_methods_file_gives_a_library_without_methods),
		cmocka_unit_test(keys_alike_but_at_their_end_are_told_apart),
		cmocka_unit_test(short_keys_alike_but_at_their_end_are_told_apart),
	};
	return cmocka_run_group_tests(tests, scratch_setup, scratch_teardown);
}
