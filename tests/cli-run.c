#include "cli-run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *cli;

/* argv for the tool with args. */
static void tool_argv(const char *const args[], char *argv[CASE_ARGS_MAX + 2])
{
	argv[0] = (char *)cli;
	size_t i = 0;
	for (; args[i]; i++) {
		assert_true(i < CASE_ARGS_MAX);
		argv[i + 1] = (char *)args[i];
	}
	argv[i + 1] = NULL;
}

struct spawn_result run_opts(const char *const args[], const char *input, size_t len,
			     struct spawn_options options)
{
	char *argv[CASE_ARGS_MAX + 2];
	tool_argv(args, argv);
	options.host_program = true;
	return spawn_input_with(argv, input, len, options);
}

struct spawn_result run_with_input(const char *const args[], const char *input, size_t len)
{
	return run_opts(args, input, len, (struct spawn_options){0});
}

struct spawn_result run(const char *const args[])
{
	return run_with_input(args, NULL, 0);
}

struct child start(const char *const args[], struct spawn_options options)
{
	char *argv[CASE_ARGS_MAX + 2];
	tool_argv(args, argv);
	options.host_program = true;
	return spawn_start(argv, options);
}

struct spawn_result run_in_shell(const char *script)
{
	char **command = spawn_host_argv((char *[]){(char *)cli, NULL});
	char *argv[3 + CASE_ARGS_MAX + 1] = {"/bin/sh", "-c", (char *)script};
	for (size_t i = 0; command[i]; i++) {
		assert_true(i < CASE_ARGS_MAX);
		argv[3 + i] = command[i];
	}
	struct spawn_result r = spawn(argv, NULL, 0);
	free(command);
	return r;
}

/* "404 --json" for the message of a failed case. */
static char *joined(const char *const args[])
{
	size_t len = 1;
	for (size_t i = 0; args[i]; i++)
		len += strlen(args[i]) + 3;
	char *s = malloc(len);
	assert_non_null(s);
	s[0] = '\0';
	for (size_t i = 0; args[i]; i++)
		strcat(strcat(strcat(s, i ? " '" : "'"), args[i]), "'");
	return s;
}

static void check(const char *const args[], const char *in, size_t in_len, int status,
		  const char *out, const char *err)
{
	struct spawn_result r = run_with_input(args, in, in_len);
	if (r.status != status || strcmp(r.out, out) != 0 || strcmp(r.err, err) != 0) {
		char *shown = joined(args);
		fail_msg("httpstatus %s%s: exit %d\nstdout:\n%s\nstderr:\n%s\nexpected exit %d\n"
			 "stdout:\n%s\nstderr:\n%s",
			 shown, in ? " (with input)" : "", r.status, r.out, r.err, status, out,
			 err);
	}
	spawn_free(&r);
}

void cli_run_cases(const struct cli_case *cases, size_t count)
{
	for (size_t i = 0; i < count; i++)
		check(cases[i].args, cases[i].in, cases[i].in ? strlen(cases[i].in) : 0,
		      cases[i].status, cases[i].out, cases[i].err);
}

void expect(const char *const args[], int status, const char *out, const char *err)
{
	check(args, NULL, 0, status, out, err);
}

void assert_starts_with(const char *s, const char *prefix)
{
	if (strncmp(s, prefix, strlen(prefix)) != 0)
		fail_msg("expected a start of\n%s\ngot\n%s", prefix, s);
}

char *lines_for(int from, int to)
{
	size_t cap = 8192, n = 0;
	char *out = malloc(cap);
	assert_non_null(out);
	out[0] = '\0';
	for (int c = httpstatus_next(from - 1); c && c <= to; c = httpstatus_next(c))
		n += (size_t)snprintf(out + n, cap - n, "%d %s\n", c, httpstatus_phrase(c));
	assert_true(n < cap);
	return out;
}

void append_use_line(char *out, size_t size, int code, size_t index)
{
	struct httpstatus_unofficial u;
	assert_true(httpstatus_unofficial(code, index, &u));
	char title[256], wire[64] = "";
	size_t n = strlen(out);
	if (u.phrase)
		snprintf(title, sizeof title, "%s", u.phrase);
	else
		for (size_t i = 0; (title[i] = u.name[i]) != '\0'; i++)
			title[i] = title[i] == '_'                      ? ' '
				   : title[i] >= 'A' && title[i] <= 'Z' ? (char)(title[i] + 32)
									: title[i];
	if (strcmp(u.wire, "sent") != 0) {
		snprintf(wire, sizeof wire, ", %s", u.wire);
		for (char *c = wire; *c; c++)
			*c = *c == '-' ? ' ' : *c;
	}
	snprintf(out + n, size - n, "%d %s (unofficial: %s%s)\n", code, title, u.source, wire);
}

char *method_line(enum httpstatus_method m)
{
	return format("%s method: %s, %s, %s (%s)\n", httpstatus_method_name(m),
		      httpstatus_method_is_safe(m) ? "safe" : "not safe",
		      httpstatus_method_is_idempotent(m) ? "idempotent" : "not idempotent",
		      httpstatus_method_is_cacheable(m) ? "cacheable" : "not cacheable",
		      httpstatus_method_reference(m));
}

/* ---- JSON ------------------------------------------------------------------- */

static struct json *parse_one_line(struct spawn_result *r, int status)
{
	if (r->status != status)
		fail_msg("exit %d, not %d\n%s%s", r->status, status, r->out, r->err);
	const char *nl = strchr(r->out, '\n');
	if (!nl || nl[1] != '\0')
		fail_msg("not one line of JSON:\n%s", r->out);
	struct json *v = json_parse(r->out, r->out_len);
	if (!v)
		fail_msg("not well-formed JSON:\n%s", r->out);
	spawn_free(r);
	return v;
}

struct json *run_json(const char *const args[], int status)
{
	struct spawn_result r = run(args);
	return parse_one_line(&r, status);
}

struct json *run_json_query(const char *query, int status)
{
#if defined(CLI_FOR_WINDOWS)
	char *line = format("%s\n", query);
	struct spawn_result r = run_with_input(ARGS("--json", "-"), line, strlen(line));
	free(line);
	return parse_one_line(&r, status);
#else
	return run_json(ARGS("--json", query), status);
#endif
}

size_t assert_json_lines(const char *out, enum json_type *types, size_t max)
{
	size_t n = 0;
	for (const char *line = out; *line; n++) {
		const char *end = strchr(line, '\n');
		assert_non_null(end);
		struct json *v = json_parse(line, (size_t)(end - line));
		if (!v)
			fail_msg("line %zu is not JSON: %.*s", n + 1, (int)(end - line), line);
		if (n < max)
			types[n] = v->type;
		json_free(v);
		line = end + 1;
	}
	return n;
}

/* A JSON string or null holds s (NULL for null). */
static void assert_json_string_or_null(const struct json *v, const char *s)
{
	assert_non_null(v);
	if (s)
		assert_string_equal(v->string, s);
	else
		assert_int_equal(v->type, JSON_NULL);
}

static void assert_keys(const struct json *o, const char *const keys[], size_t count)
{
	assert_non_null(o);
	assert_int_equal(o->type, JSON_OBJECT);
	assert_int_equal(o->count, count);
	for (size_t i = 0; i < count; i++)
		assert_string_equal(o->items[i].key, keys[i]);
}

/* A field's JSON, {"bytes":"8d","static_index":13}, holds the library's
 * bytes in hex (null where it has none), with the index an indexed field
 * names. */
static void assert_json_field(const struct json *v, const unsigned char *bytes, size_t len,
			      int static_index)
{
	static const char *const keys[] = {"bytes", "static_index"};
	if (!bytes) {
		assert_int_equal(v->type, JSON_NULL);
		return;
	}
	assert_keys(v, keys, 2);
	char hex[64] = "";
	for (size_t i = 0; i < len && 2 * i + 2 < sizeof hex; i++)
		snprintf(hex + 2 * i, 3, "%02x", bytes[i]);
	assert_string_equal(json_get(v, "bytes")->string, hex);
	const struct json *index = json_get(v, "static_index");
	if (static_index < 0)
		assert_int_equal(index->type, JSON_NULL);
	else
		assert_int_equal(index->number, static_index);
}

/* The "hpack" and "qpack" members hold code's :status fields. */
static void assert_json_fields(const struct json *o, int code)
{
	size_t len;
	const unsigned char *h = httpstatus_hpack_status(code, &len);
	/* An indexed field is one byte, 1 and the index, in both tables here
	 * but QPACK's from 63 on (0xff and the index less 63). */
	assert_json_field(json_get(o, "hpack"), h, len, h && h[0] & 0x80 ? h[0] & 0x7f : -1);
	const unsigned char *q = httpstatus_qpack_status(code, &len);
	int q_index = -1;
	if (q && (q[0] & 0xc0) == 0xc0)
		q_index = q[0] == 0xff ? 63 + q[1] : q[0] & 0x3f;
	assert_json_field(json_get(o, "qpack"), q, len, q_index);
}

void assert_json_is_use(const struct json *o, int code, size_t index)
{
	static const char *const keys[] = {"code",        "registered", "source", "name",
					   "phrase",      "class",      "wire",   "reference",
					   "description", "hpack",      "qpack"};
	struct httpstatus_unofficial u;
	assert_true(httpstatus_unofficial(code, index, &u));
	assert_keys(o, keys, 11);
	assert_json_fields(o, code);
	assert_int_equal(json_get(o, "code")->number, code);
	assert_int_equal(json_get(o, "registered")->type, JSON_FALSE);
	assert_string_equal(json_get(o, "source")->string, u.source);
	assert_string_equal(json_get(o, "name")->string, u.name);
	assert_json_string_or_null(json_get(o, "phrase"), u.phrase);
	assert_string_equal(json_get(o, "class")->string,
			    httpstatus_class_name(httpstatus_class(code)));
	assert_string_equal(json_get(o, "wire")->string, u.wire);
	assert_string_equal(json_get(o, "reference")->string, u.reference);
	assert_string_equal(json_get(o, "description")->string, u.description);
}

void assert_json_is_code_of(const struct json *o, int code, bool registered_only)
{
	static const char *const keys[] = {"code",    "registered", "name",      "phrase",
					   "class",   "flags",      "reference", "description",
					   "aliases", "hpack",      "qpack",     "unofficial"};
	assert_keys(o, keys, 12);
	assert_json_fields(o, code);
	assert_int_equal(json_get(o, "code")->number, code);
	assert_int_equal(json_get(o, "registered")->type, JSON_TRUE);
	assert_string_equal(json_get(o, "name")->string, httpstatus_name(code));
	assert_string_equal(json_get(o, "phrase")->string, httpstatus_phrase(code));
	assert_string_equal(json_get(o, "class")->string,
			    httpstatus_class_name(httpstatus_class(code)));
	assert_string_equal(json_get(o, "reference")->string, httpstatus_reference(code));
	assert_string_equal(json_get(o, "description")->string, httpstatus_description(code));
	const struct json *flags = json_get(o, "flags");
	unsigned seen = 0;
	for (size_t i = 0; i < flags->count; i++)
		for (unsigned bit = 1; bit != 0; bit <<= 1)
			if (httpstatus_flag_name(bit) &&
			    strcmp(flags->items[i].string, httpstatus_flag_name(bit)) == 0)
				seen |= bit;
	assert_int_equal(seen, httpstatus_flags(code));
	const struct json *aliases = json_get(o, "aliases");
	for (size_t i = 0; i < aliases->count; i++)
		assert_string_equal(aliases->items[i].string, httpstatus_alias(code, i));
	assert_null(httpstatus_alias(code, aliases->count));
	const struct json *uses = json_get(o, "unofficial");
	struct httpstatus_unofficial u;
	assert_int_equal(uses->type, JSON_ARRAY);
	for (size_t i = 0; i < uses->count; i++)
		assert_json_is_use(&uses->items[i], code, i);
	assert_true(registered_only ? uses->count == 0
				    : !httpstatus_unofficial(code, uses->count, &u));
}

void assert_json_is_code(const struct json *o, int code)
{
	assert_json_is_code_of(o, code, false);
}

void assert_json_is_method(const struct json *o, enum httpstatus_method m)
{
	static const char *const keys[] = {"method",    "id",        "safe",       "idempotent",
					   "cacheable", "reference", "description"};
	assert_keys(o, keys, 7);
	assert_string_equal(json_get(o, "method")->string, httpstatus_method_name(m));
	assert_int_equal(json_get(o, "id")->number, m);
	assert_int_equal(json_get(o, "safe")->type,
			 httpstatus_method_is_safe(m) ? JSON_TRUE : JSON_FALSE);
	assert_int_equal(json_get(o, "idempotent")->type,
			 httpstatus_method_is_idempotent(m) ? JSON_TRUE : JSON_FALSE);
	assert_int_equal(json_get(o, "cacheable")->type,
			 httpstatus_method_is_cacheable(m) ? JSON_TRUE : JSON_FALSE);
	assert_string_equal(json_get(o, "reference")->string, httpstatus_method_reference(m));
	assert_string_equal(json_get(o, "description")->string, httpstatus_method_description(m));
}

const struct json *only_answer(const struct json *array)
{
	assert_int_equal(array->type, JSON_ARRAY);
	assert_int_equal(array->count, 1);
	return &array->items[0];
}

int cli_run_tests(int argc, char **argv, const char *name, struct CMUnitTest *tests, size_t count,
		  const char *const not_on_windows[])
{
	check_args(argc, argv, 1, "HTTPSTATUS");
	cli = argv[1];
#if defined(CLI_FOR_WINDOWS)
	size_t kept = 0, left_out = 0, listed = 0;
	for (; not_on_windows[listed]; listed++)
		;
	for (size_t i = 0; i < count; i++) {
		bool out = false;
		for (size_t j = 0; j < listed; j++)
			out |= strcmp(tests[i].name, not_on_windows[j]) == 0;
		if (out)
			left_out++;
		else
			tests[kept++] = tests[i];
	}
	if (left_out != listed) {
		fprintf(stderr, "%s: a test named in not_on_windows does not exist\n", name);
		return 1;
	}
	count = kept;
#else
	(void)not_on_windows;
#endif
	return _cmocka_run_group_tests(name, tests, count, NULL, NULL);
}
