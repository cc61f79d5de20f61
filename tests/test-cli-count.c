/* The httpstatus tool counting codes (--count): in the files named and
 * standard input, in Common and Combined Log Format lines whatever their
 * requests hold (checked against a generated log whose true counts are
 * known) or in a field as awk splits lines; as a table, on a terminal with
 * bars never wider than it, or as JSON. */
#include "cli-run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SUMMARY_OF_NOTHING                                                                         \
	"0    0.0%  1xx  Informational\n"                                                          \
	"0    0.0%  2xx  Successful\n"                                                             \
	"0    0.0%  3xx  Redirection\n"                                                            \
	"0    0.0%  4xx  Client Error\n"                                                           \
	"0    0.0%  5xx  Server Error\n"                                                           \
	"0    0.0%       outside 100-599\n"                                                        \
	"0    0.0%       no code\n"                                                                \
	"0    0.0%       lines in all\n"

static void codes_are_counted_most_frequent_first_with_class_totals(void **state)
{
	static const struct cli_case cases[] = {
		{{"--count"},
		 "200\n200\n200\n404\n404\n499\n301\n\nfoo\n1000\n-\n42\n12345678\n4-4\n",
		 0,
		 " 3   21.4%  200  OK\n"
		 " 2   14.3%  404  Not Found\n"
		 " 1    7.1%  301  Moved Permanently\n"
		 " 1    7.1%  499  Client Closed Request (unofficial: nginx)\n"
		 "\n"
		 " 0    0.0%  1xx  Informational\n"
		 " 3   21.4%  2xx  Successful\n"
		 " 1    7.1%  3xx  Redirection\n"
		 " 3   21.4%  4xx  Client Error\n"
		 " 0    0.0%  5xx  Server Error\n"
		 " 3   21.4%       outside 100-599\n"
		 " 4   28.6%       no code\n"
		 "14  100.0%       lines in all\n",
		 ""},
		{{"--count"}, "", 0, SUMMARY_OF_NOTHING, ""},
		{{"--count", "-"}, "", 0, SUMMARY_OF_NOTHING, ""},
		/* A code no registry has: its first unofficial use, or nothing. */
		{{"--count", "--registered"},
		 "499\n",
		 0,
		 "1  100.0%  499  not a known status code\n"
		 "\n"
		 "0    0.0%  1xx  Informational\n"
		 "0    0.0%  2xx  Successful\n"
		 "0    0.0%  3xx  Redirection\n"
		 "1  100.0%  4xx  Client Error\n"
		 "0    0.0%  5xx  Server Error\n"
		 "0    0.0%       outside 100-599\n"
		 "0    0.0%       no code\n"
		 "1  100.0%       lines in all\n",
		 ""},
		{{"--count", "--color=always"},
		 "444\n",
		 0,
		 "1  100.0%  \033[33m444\033[0m  connection closed without response (unofficial: "
		 "nginx)\n"
		 "\n"
		 "0    0.0%  \033[35m1xx\033[0m  Informational\n"
		 "0    0.0%  \033[32m2xx\033[0m  Successful\n"
		 "0    0.0%  \033[36m3xx\033[0m  Redirection\n"
		 "1  100.0%  \033[33m4xx\033[0m  Client Error\n"
		 "0    0.0%  \033[31m5xx\033[0m  Server Error\n"
		 "0    0.0%       outside 100-599\n"
		 "0    0.0%       no code\n"
		 "1  100.0%       lines in all\n",
		 ""},
	};
	(void)state;
	RUN_CASES(cases);
}

/* --field N: the N-th field as awk splits a line, whatever the line. */
static void a_field_is_awks_field(void **state)
{
	static const struct cli_case cases[] = {
		{{"--count", "--field", "9"},
		 "203.0.113.9 - - [10/Oct/2024:13:55:36 -0700] \"GET / HTTP/1.1\" 200 2326 \"-\" "
		 "\"curl/8.5.0\"\n"
		 "  198.51.100.7\t-  -\t[10/Oct/2024:13:55:37 -0700] \"GET /x HTTP/1.1\" 404 0\r\n"
		 "192.0.2.1 - - [10/Oct/2024:13:55:38 -0700] \"GET /y HTTP/1.1\" 499 0 \"-\" \"a "
		 "b\"\n"
		 "short line\n"
		 "192.0.2.1 - - [10/Oct/2024:13:55:38 -0700] \"GET /y HTTP/1.1\" 0404 0\n"
		 "192.0.2.1 - - [10/Oct/2024:13:55:38 -0700] \"GET /y HTTP/1.1\" 40a 0\n"
		 /* awk's field 9 of a request with a space is not the status */
		 "192.0.2.1 - - [10/Oct/2024:13:55:38 -0700] \"GET /a b HTTP/1.1\" 503 0\n"
		 "192.0.2.1 - - [10/Oct/2024:13:55:38 -0700] \"GET /y HTTP/1.1\" 200",
		 0,
		 "2   25.0%  200  OK\n"
		 "2   25.0%  404  Not Found\n"
		 "1   12.5%  499  Client Closed Request (unofficial: nginx)\n"
		 "\n"
		 "0    0.0%  1xx  Informational\n"
		 "2   25.0%  2xx  Successful\n"
		 "0    0.0%  3xx  Redirection\n"
		 "3   37.5%  4xx  Client Error\n"
		 "0    0.0%  5xx  Server Error\n"
		 "0    0.0%       outside 100-599\n"
		 "3   37.5%       no code\n"
		 "8  100.0%       lines in all\n",
		 ""},
		{{"--count", "--field=2"},
		 "a 204\nb 204 c\n",
		 0,
		 "2  100.0%  204  No Content\n\n"
		 "0    0.0%  1xx  Informational\n"
		 "2  100.0%  2xx  Successful\n"
		 "0    0.0%  3xx  Redirection\n"
		 "0    0.0%  4xx  Client Error\n"
		 "0    0.0%  5xx  Server Error\n"
		 "0    0.0%       outside 100-599\n"
		 "0    0.0%       no code\n"
		 "2  100.0%       lines in all\n",
		 ""},
	};
	(void)state;
	RUN_CASES(cases);
}

/* Lines longer than any block, and a million lines: the counts stay
 * exact. */
static void any_line_length_and_any_number_of_lines(void **state)
{
	(void)state;
	size_t pad = 700000, len = 0;
	char *in = malloc(pad + 64);
	assert_non_null(in);
	memset(in, 'x', pad);
	len = pad;
	len += (size_t)sprintf(in + len, " 503\n");
	struct spawn_result r = run_with_input(ARGS("--count", "--field", "2"), in, len);
	assert_int_equal(r.status, 0);
	assert_starts_with(r.out, "1  100.0%  503  Service Unavailable\n");
	spawn_free(&r);
	memcpy(in, "304 ", 4);
	r = run_with_input(ARGS("--count", "--field", "1"), in, len);
	assert_starts_with(r.out, "1  100.0%  304  Not Modified\n");
	spawn_free(&r);
	free(in);

	enum { LINES = 1000000 };
	char *many = malloc(LINES * 4);
	assert_non_null(many);
	for (size_t i = 0; i < LINES; i++)
		memcpy(many + i * 4, i % 4 ? "200\n" : "302\n", 4);
	r = run_with_input(ARGS("--count"), many, LINES * 4);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, " 750000   75.0%  200  OK\n"
				   " 250000   25.0%  302  Found\n"
				   "\n"
				   "      0    0.0%  1xx  Informational\n"
				   " 750000   75.0%  2xx  Successful\n"
				   " 250000   25.0%  3xx  Redirection\n"
				   "      0    0.0%  4xx  Client Error\n"
				   "      0    0.0%  5xx  Server Error\n"
				   "      0    0.0%       outside 100-599\n"
				   "      0    0.0%       no code\n"
				   "1000000  100.0%       lines in all\n");
	spawn_free(&r);
	free(many);
}

/* ---- Log lines, as servers write them --------------------------------------- */

/* A generated log and its true counts: what each line's status is, as the
 * generator wrote it down, not as anything reads it back. */
struct log {
	char *text;
	size_t len, cap;
	unsigned long long code[600], outside, no_code, lines;
};

static void log_add(struct log *l, const char *line)
{
	size_t n = strlen(line);
	if (l->len + n + 1 > l->cap) {
		l->cap = 2 * (l->len + n + 1);
		l->text = realloc(l->text, l->cap);
		assert_non_null(l->text);
	}
	memcpy(l->text + l->len, line, n + 1);
	l->len += n;
	l->lines++;
}

/* xorshift64*: the same log on every machine. */
static unsigned pick(uint64_t *s, unsigned n)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return (unsigned)((*s * UINT64_C(2685821657736338717)) >> 33) % n;
}

#define PICK(s, list) list[pick(s, sizeof list / sizeof list[0])]

/* Clients: IPv4 and IPv6 addresses (one in brackets, as some proxies log
 * them) and names. */
static const char *const hosts[] = {
	"203.0.113.9",       "2001:db8::1",  "::1", "[2001:db8::7]", "fe80::1ff:fe23:4567:890a",
	"proxy.example.com", "198.51.100.77"};
static const char *const users[] = {"- -", "- frank", "- -", "- jane%20doe"};
/* Requests as servers write them down: a quote escaped as \", spaces, none
 * ("-"), a TLS handshake sent to a plain-HTTP port, an escaped backslash,
 * a quote that a status seems to follow but that is escaped, and from a
 * server that does not escape, a quote of the request. */
static const char *const requests[] = {
	"GET /index.html HTTP/1.1",
	"GET /a b c HTTP/1.1",
	"GET /q?x=\\\"y\\\" HTTP/1.1",
	"-",
	"",
	"\\x16\\x03\\x01\\x00\\xA5\\x01\\x00\\x00\\xA1\\x03\\x03",
	"GET /x\\\" 200 1 \\\"y HTTP/1.1",
	"GET /path\\\\ HTTP/1.1",
	"GET /a\"b HTTP/1.0",
	"PRI * HTTP/2.0",
	"POST /api/v1/orders HTTP/2.0",
};
static const char *const sizes[] = {"0", "512", "-", "1048576"};
static const char *const tails[] = {"", " \"-\" \"curl/8.5.0\"",
				    (" \"https://example.com/a b\" \"Mozilla/5.0 (X11; Linux "
				     "x86_64) \\\"quoted\\\"\""),
				    " \"-\" \"-\""};
static const char *const ends[] = {"\n", "\n", "\n", "\r\n"};
/* Statuses: registered, unofficial, unknown, and numbers outside
 * 100-599. */
static const int statuses[] = {200, 200, 200, 200, 304, 301, 404, 404, 500,  502, 503,
			       101, 206, 499, 444, 520, 471, 0,   999, 1000, 42};
/* Lines that are no log line, and lines that hold a number alone. */
static const char *const others[] = {
	"",
	"garbage",
	"203.0.113.9 - - [10/Oct/2024:13:55:36 +0000] \"GET / HTTP/1.1\"",
	"203.0.113.9 - - [10/Oct/2024:13:55:36 +0000] GET / HTTP/1.1 200 5",
	"[10/Oct/2024:13:55:36 +0000] \"GET / HTTP/1.1\" 200 5",
	"203.0.113.9 - - [10/Oct/2024:13:55:36 +0000] \"GET / HTTP/1.1\" - 5",
	"203.0.113.9 - - [10/Oct/2024:13:55:36 +0000 \"GET / HTTP/1.1\" 200 5",
	" 203.0.113.9 - - [10/Oct/2024:13:55:36 +0000] \"GET / HTTP/1.1\" 200 5",
	"-",
	"404 Not Found",
};
static const char *const numbers[] = {"404", " 200 ", "9999", "499\r"};

static void add_status(struct log *l, int status)
{
	if (status >= 100 && status <= 599)
		l->code[status]++;
	else
		l->outside++;
}

static void generate(struct log *l, size_t lines, uint64_t seed)
{
	char line[1024];
	for (size_t i = 0; i < lines; i++) {
		unsigned kind = pick(&seed, 20);
		if (kind == 0) {
			snprintf(line, sizeof line, "%s\n", PICK(&seed, others));
			log_add(l, line);
			l->no_code++;
			continue;
		}
		if (kind == 1) {
			const char *number = PICK(&seed, numbers);
			snprintf(line, sizeof line, "%s\n", number);
			log_add(l, line);
			add_status(l, atoi(number));
			continue;
		}
		int status = PICK(&seed, statuses);
		snprintf(line, sizeof line,
			 "%s %s [%02u/May/2024:%02u:%02u:%02u +0000] \"%s\" %d %s%s%s",
			 PICK(&seed, hosts), PICK(&seed, users), pick(&seed, 28) + 1,
			 pick(&seed, 24), pick(&seed, 60), pick(&seed, 60), PICK(&seed, requests),
			 status, PICK(&seed, sizes), PICK(&seed, tails), PICK(&seed, ends));
		log_add(l, line);
		add_status(l, status);
	}
}

static char *write_log(const char *dir, const char *name, const char *text, size_t len)
{
	char *path = path_join(dir, name);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
	return path;
}

/* --count --json's figures are the log's true ones. */
static void assert_counts(const struct spawn_result *r, const struct log *l)
{
	if (r->status != 0)
		fail_msg("exit %d\n%s", r->status, r->err);
	struct json *v = json_parse(r->out, r->out_len);
	assert_non_null(v);
	assert_int_equal(json_get(v, "lines")->number, l->lines);
	assert_int_equal(json_get(v, "outside_range")->number, l->outside);
	assert_int_equal(json_get(v, "no_code")->number, l->no_code);
	const struct json *seen = json_get(v, "codes");
	size_t different = 0;
	for (int c = 100; c < 600; c++)
		different += l->code[c] != 0;
	assert_int_equal(seen->count, different);
	for (size_t i = 0; i < seen->count; i++) {
		int code = (int)json_get(&seen->items[i], "code")->number;
		if (json_get(&seen->items[i], "count")->number != (double)l->code[code])
			fail_msg("%d: counted %.0f, the log has %llu", code,
				 json_get(&seen->items[i], "count")->number, l->code[code]);
		/* Every code labelled, whatever it is. */
		assert_int_equal(json_get(&seen->items[i], "label")->type, JSON_STRING);
	}
	json_free(v);
}

/* 50,000 lines of Common and Combined Log Format with every kind of
 * request, among lines that are no log line: the counts are the ones the
 * generator wrote down, read from a file, from standard input, and from
 * two files and standard input at once. */
static void log_lines_are_counted_by_their_status(void **state)
{
	(void)state;
	struct log l = {0};
	generate(&l, 50000, UINT64_C(0x9e3779b97f4a7c15));
	assert_int_equal(l.lines, 50000);
	assert_true(l.no_code > 2000 && l.outside > 5000 && l.code[499] > 1000);
	char *dir = scratch_dir_new(), *whole = write_log(dir, "access.log", l.text, l.len);
	struct spawn_result r = run(ARGS("--count", "--json", whole));
	assert_counts(&r, &l);
	spawn_free(&r);
	r = run_with_input(ARGS("--json", "--count"), l.text, l.len);
	assert_counts(&r, &l);
	spawn_free(&r);
	/* In three parts, cut at line ends. */
	size_t a = l.len / 3, b = 2 * l.len / 3;
	while (l.text[a - 1] != '\n')
		a++;
	while (l.text[b - 1] != '\n')
		b++;
	char *first = write_log(dir, "first.log", l.text, a);
	char *last = write_log(dir, "last.log", l.text + b, l.len - b);
	r = run_with_input(ARGS("--count", "--json", first, "-", last), l.text + a, b - a);
	assert_counts(&r, &l);
	spawn_free(&r);
	free(first);
	free(last);
	free(whole);
	scratch_dir_remove(dir);
	free(dir);
	free(l.text);
}

static void a_file_that_cannot_be_read_is_trouble(void **state)
{
	(void)state;
	char *dir = scratch_dir_new(), *file = write_log(dir, "codes", "200\n404\n", 8);
	char *missing = path_join(dir, "missing");
	char *err = format("httpstatus: cannot read %s: No such file or directory\n", missing);
	struct spawn_result r = run(ARGS("--count", missing, file));
	assert_int_equal(r.status, 2);
	assert_string_equal(r.err, err);
	/* What could be read is counted. */
	assert_starts_with(r.out, "1   50.0%  200  OK\n1   50.0%  404  Not Found\n");
	spawn_free(&r);
	free(err);
	free(missing);
	free(file);
	scratch_dir_remove(dir);
	free(dir);
	r = run_in_shell("exec \"$0\" \"$@\" --count < /");
	assert_int_equal(r.status, 2);
	assert_string_equal(r.err, "httpstatus: cannot read standard input: Is a directory\n");
	spawn_free(&r);
	r = run(ARGS("--count", "/"));
	assert_int_equal(r.status, 2);
	assert_string_equal(r.err, "httpstatus: cannot read /: Is a directory\n");
	spawn_free(&r);
}

static void json_is_one_object_with_the_same_figures(void **state)
{
	(void)state;
	const char input[] = "500\n200\n500\nx\n700\n";
	struct spawn_result r = run_with_input(ARGS("--count", "--json"), input, sizeof input - 1);
	assert_int_equal(r.status, 0);
	struct json *v = json_parse(r.out, r.out_len);
	assert_non_null(v);
	assert_int_equal(json_get(v, "lines")->number, 5);
	const struct json *codes = json_get(v, "codes"), *top = &codes->items[0];
	assert_int_equal(codes->count, 2);
	assert_int_equal(json_get(top, "code")->number, 500);
	assert_int_equal(json_get(top, "count")->number, 2);
	assert_true(json_get(top, "share")->number == 40);
	assert_string_equal(json_get(top, "label")->string, "Internal Server Error");
	assert_string_equal(json_get(top, "class")->string, "Server Error");
	assert_string_equal(json_get(top, "phrase")->string, "Internal Server Error");
	assert_int_equal(json_get(top, "registered")->type, JSON_TRUE);
	assert_int_equal(json_get(top, "source")->type, JSON_NULL);
	assert_int_equal(json_get(&codes->items[1], "code")->number, 200);
	const struct json *classes = json_get(v, "classes");
	assert_int_equal(classes->count, 5);
	assert_string_equal(json_get(&classes->items[4], "range")->string, "5xx");
	assert_string_equal(json_get(&classes->items[4], "class")->string, "Server Error");
	assert_int_equal(json_get(&classes->items[4], "count")->number, 2);
	assert_int_equal(json_get(&classes->items[1], "count")->number, 1);
	assert_int_equal(json_get(v, "outside_range")->number, 1);
	assert_int_equal(json_get(v, "no_code")->number, 1);
	json_free(v);
	spawn_free(&r);

	/* A code no registry has: the label of its first unofficial use (444
	 * has no phrase), or that it is not known. */
	r = run_with_input(ARGS("--json", "--count"), "471\n499\n499\n444\n444\n444\n", 24);
	v = json_parse(r.out, r.out_len);
	assert_non_null(v);
	codes = json_get(v, "codes");
	static const struct {
		int code;
		const char *label, *phrase, *source;
	} expected[] = {
		{444, "connection closed without response", NULL, "nginx"},
		{499, "Client Closed Request", "Client Closed Request", "nginx"},
		{471, "not a known status code", NULL, NULL},
	};
	for (size_t i = 0; i < 3; i++) {
		const struct json *o = &codes->items[i];
		assert_int_equal(json_get(o, "code")->number, expected[i].code);
		assert_string_equal(json_get(o, "label")->string, expected[i].label);
		assert_int_equal(json_get(o, "registered")->type, JSON_FALSE);
		if (expected[i].phrase)
			assert_string_equal(json_get(o, "phrase")->string, expected[i].phrase);
		else
			assert_int_equal(json_get(o, "phrase")->type, JSON_NULL);
		if (expected[i].source)
			assert_string_equal(json_get(o, "source")->string, expected[i].source);
		else
			assert_int_equal(json_get(o, "source")->type, JSON_NULL);
	}
	json_free(v);
	spawn_free(&r);
	r = run_with_input(ARGS("--json", "--count", "--registered"), "499\n", 4);
	v = json_parse(r.out, r.out_len);
	assert_non_null(v);
	codes = json_get(v, "codes");
	assert_string_equal(json_get(&codes->items[0], "label")->string, "not a known status code");
	assert_int_equal(json_get(&codes->items[0], "source")->type, JSON_NULL);
	json_free(v);
	spawn_free(&r);
	/* Never coloured, whatever --color says. */
	r = run_with_input(ARGS("--json", "--count", "--color=always"), "", 0);
	v = json_parse(r.out, r.out_len);
	assert_non_null(v);
	assert_int_equal(json_get(v, "codes")->count, 0);
	json_free(v);
	spawn_free(&r);
}

/* ---- On a terminal --------------------------------------------------------------- */

/* The environments of a terminal that shows UTF-8, and of one that does
 * not. */
static const char *const utf8_env[] = {"LC_ALL=C.UTF-8", NULL};
static const char *const ascii_env[] = {"LC_ALL=C", NULL};

static struct spawn_result count_on_a_terminal(const char *input, size_t len, unsigned columns,
					       const char *const *env)
{
	return run_opts(ARGS("--count", "--color=never"), input, len,
			(struct spawn_options){.pty_columns = (unsigned short)columns, .env = env});
}

/* 100 200s, 33 404s and a 500. */
static char *three_codes(size_t *len)
{
	char *in = malloc(1024);
	assert_non_null(in);
	*len = 0;
	for (int i = 0; i < 134; i++)
		*len += (size_t)sprintf(in + *len, "%s\n",
					i < 100   ? "200"
					: i < 133 ? "404"
						  : "500");
	return in;
}

#define BLOCKS_10 "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588"
#define BLOCKS_40 BLOCKS_10 BLOCKS_10 BLOCKS_10 BLOCKS_10

static void bars_are_drawn_in_eighths_of_a_block(void **state)
{
	(void)state;
	size_t len;
	char *in = three_codes(&len);
	/* 51 columns leave 10 for the bars: 80 eighths for the largest count,
	 * 33/100 of that is 26.4 (three blocks and a quarter), and 1/100 still
	 * gets an eighth. */
	struct spawn_result r = count_on_a_terminal(in, len, 51, utf8_env);
	assert_int_equal(r.status, 0);
	assert_starts_with(r.out,
			   "100   74.6%  200  OK                     " BLOCKS_10 "\n"
			   " 33   24.6%  404  Not Found              \u2588\u2588\u2588\u258e\n"
			   "  1    0.7%  500  Internal Server Error  \u258f\n"
			   "\n");
	spawn_free(&r);
	/* A wide terminal: bars of at most 40 columns. */
	r = count_on_a_terminal(in, len, 200, utf8_env);
	assert_starts_with(r.out, "100   74.6%  200  OK                     " BLOCKS_40 "\n");
	spawn_free(&r);
	/* Too narrow for a bar: none. */
	r = count_on_a_terminal(in, len, 40, utf8_env);
	assert_starts_with(r.out, "100   74.6%  200  OK\n");
	spawn_free(&r);
	/* Outside UTF-8, bars of '#', a whole one for any count. The locale is
	 * LC_ALL, else LC_CTYPE, else LANG, whichever is set first. */
	static const char *const envs[][4] = {
		{"LC_ALL=C", NULL},
		{"LC_ALL", "LC_CTYPE=POSIX", "LANG=en_US.UTF-8", NULL},
		{"LC_ALL=", "LC_CTYPE", "LANG", NULL},
		{"LC_ALL", "LC_CTYPE", "LANG=de_DE.ISO-8859-1", NULL},
		{"LC_ALL", "LC_CTYPE", "LANG=C.UTF", NULL},
	};
	for (size_t i = 0; i < sizeof envs / sizeof envs[0]; i++) {
		r = count_on_a_terminal(in, len, 51, envs[i]);
		assert_starts_with(r.out, "100   74.6%  200  OK                     ##########\n"
					  " 33   24.6%  404  Not Found              ###\n"
					  "  1    0.7%  500  Internal Server Error  #\n");
		spawn_free(&r);
	}
	static const char *const utf8_envs[][4] = {
		{"LC_ALL", "LC_CTYPE=en_US.utf8", "LANG=C", NULL},
		{"LC_ALL", "LC_CTYPE", "LANG=xx_NONE.Utf-8", NULL},
	};
	for (size_t i = 0; i < sizeof utf8_envs / sizeof utf8_envs[0]; i++) {
		r = count_on_a_terminal(in, len, 51, utf8_envs[i]);
		assert_starts_with(r.out,
				   "100   74.6%  200  OK                     " BLOCKS_10 "\n");
		spawn_free(&r);
	}
	free(in);
	/* A count far below an eighth of the largest bar still shows one. */
	char *tiny = malloc(2001 * 4);
	assert_non_null(tiny);
	for (int i = 0; i < 2001; i++)
		memcpy(tiny + i * 4, i < 2000 ? "200\n" : "500\n", 4);
	r = count_on_a_terminal(tiny, 2001 * 4, 60, utf8_env);
	assert_non_null(strstr(r.out, "   1    0.0%  500  Internal Server Error  \u258f\n"));
	spawn_free(&r);
	free(tiny);
}

/* The input of README.md's example: a 100,000-line log that
 * bench/access-log.awk writes, counted by code. */
static char *readme_codes(size_t *len)
{
	static const int counts[][2] = {{200, 69875}, {304, 7922}, {404, 5124}, {302, 4020},
					{301, 2978},  {499, 1522}, {403, 1058}, {206, 1016},
					{204, 1004},  {500, 992},  {401, 977},  {400, 832},
					{502, 761},   {503, 707},  {429, 546},  {520, 278},
					{504, 191},   {101, 102},  {307, 95}};
	char *in = malloc(100000 * 4 + 1);
	assert_non_null(in);
	*len = 0;
	for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++)
		for (int n = 0; n < counts[i][1]; n++)
			*len += (size_t)sprintf(in + *len, "%d\n", counts[i][0]);
	assert_int_equal(*len, 100000 * 4);
	return in;
}

/* README.md shows this, on a terminal 130 columns wide. */
static const char readme_example[] = " 69875   69.9%  200  OK                                      "
				     "                           " BLOCKS_40 "\n"
				     "  7922    7.9%  304  Not Modified                            "
				     "                           \u2588\u2588\u2588\u2588\u258c\n"
				     "  5124    5.1%  404  Not Found                               "
				     "                           \u2588\u2588\u2589\n"
				     "  4020    4.0%  302  Found                                   "
				     "                           \u2588\u2588\u258e\n"
				     "  2978    3.0%  301  Moved Permanently                       "
				     "                           \u2588\u258a\n"
				     "  1522    1.5%  499  Client Closed Request (unofficial: "
				     "nginx)                          \u2589\n"
				     "  1058    1.1%  403  Forbidden                               "
				     "                           \u258b\n"
				     "  1016    1.0%  206  Partial Content                         "
				     "                           \u258b\n"
				     "  1004    1.0%  204  No Content                              "
				     "                           \u258b\n"
				     "   992    1.0%  500  Internal Server Error                   "
				     "                           \u258b\n"
				     "   977    1.0%  401  Unauthorized                            "
				     "                           \u258c\n"
				     "   832    0.8%  400  Bad Request                             "
				     "                           \u258c\n"
				     "   761    0.8%  502  Bad Gateway                             "
				     "                           \u258d\n"
				     "   707    0.7%  503  Service Unavailable                     "
				     "                           \u258d\n"
				     "   546    0.5%  429  Too Many Requests                       "
				     "                           \u258d\n"
				     "   278    0.3%  520  Web server is returning an unknown "
				     "error (unofficial: Cloudflare)  \u258f\n"
				     "   191    0.2%  504  Gateway Timeout                         "
				     "                           \u258f\n"
				     "   102    0.1%  101  Switching Protocols                     "
				     "                           \u258f\n"
				     "    95    0.1%  307  Temporary Redirect                      "
				     "                           \u258f\n"
				     "\n"
				     "   102    0.1%  1xx  Informational\n"
				     " 71895   71.9%  2xx  Successful\n"
				     " 15015   15.0%  3xx  Redirection\n"
				     " 10059   10.1%  4xx  Client Error\n"
				     "  2929    2.9%  5xx  Server Error\n"
				     "     0    0.0%       outside 100-599\n"
				     "     0    0.0%       no code\n"
				     "100000  100.0%       lines in all\n";

static void the_readmes_example_is_what_it_prints(void **state)
{
	(void)state;
	size_t len;
	char *in = readme_codes(&len);
	struct spawn_result r = count_on_a_terminal(in, len, 130, utf8_env);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, readme_example);
	spawn_free(&r);
	free(in);
}

/* Characters on the longest line of s: bytes that start one. */
static size_t widest_line(const char *s)
{
	size_t widest = 0, width = 0;
	for (; *s; s++) {
		if (*s == '\n')
			width = 0;
		else if (((unsigned char)*s & 0xc0) != 0x80)
			width++;
		widest = width > widest ? width : widest;
	}
	return widest;
}

/* On a narrow terminal a long label loses the end of its title, never its
 * source, for the bars; where bars would not fit then, they go and the
 * labels get all the room. No line is wider than the terminal. */
static void no_line_is_wider_than_the_terminal(void **state)
{
	(void)state;
	const char in[] = "200\n520\n";
	struct spawn_result r = count_on_a_terminal(in, sizeof in - 1, 80, utf8_env);
	char *expected = format("1   50.0%%  200  %-48s  %s\n"
				"1   50.0%%  520  Web server is returnin\u2026 (unofficial: "
				"Cloudflare)  %s\n",
				"OK", BLOCKS_10 "\u2588\u2588\u2588\u2588",
				BLOCKS_10 "\u2588\u2588\u2588\u2588");
	assert_starts_with(r.out, expected);
	free(expected);
	spawn_free(&r);
	size_t len;
	char *readme = readme_codes(&len);
	for (unsigned columns = 30; columns <= 130; columns += 10) {
		r = count_on_a_terminal(readme, len, columns, utf8_env);
		if (widest_line(r.out) > columns)
			fail_msg("%u columns:\n%s", columns, r.out);
		spawn_free(&r);
	}
	r = count_on_a_terminal(readme, len, 60, utf8_env);
	assert_non_null(strstr(r.out,
			       "\n  1522    1.5%  499  Client Closed Requ\u2026 (unofficial: "
			       "nginx)\n"));
	assert_non_null(strstr(r.out, "\n   278    0.3%  520  Web server is\u2026 (unofficial: "
				      "Cloudflare)\n"));
	spawn_free(&r);
	/* Outside UTF-8, "..." cuts a label short. */
	r = count_on_a_terminal(readme, len, 60, ascii_env);
	assert_non_null(strstr(r.out, "\n   278    0.3%  520  Web server... (unofficial: "
				      "Cloudflare)\n"));
	assert_null(strstr(r.out, "\u2026"));
	spawn_free(&r);
	/* Where not even the source fits, all of the label is cut. */
	r = count_on_a_terminal(readme, len, 40, utf8_env);
	assert_non_null(strstr(r.out, "\n   278    0.3%  520  Web server is retu\u2026\n"));
	spawn_free(&r);
	free(readme);
}

static void codes_and_bars_are_coloured_by_class(void **state)
{
	(void)state;
	static const char *const env[] = {"NO_COLOR", "TERM=xterm", "LC_ALL=C.UTF-8", NULL};
	struct spawn_result r = run_opts(ARGS("--count"), "404\n", 4,
					 (struct spawn_options){.pty_columns = 80, .env = env});
	assert_starts_with(r.out, "1  100.0%  \033[33m404\033[0m  Not Found  \033[33m\u2588");
	assert_non_null(strstr(r.out, "\033[0m\n\n"));
	assert_non_null(strstr(r.out, "1  100.0%  \033[33m4xx\033[0m  Client Error\n"));
	assert_non_null(strstr(r.out, "0    0.0%  \033[35m1xx\033[0m  Informational\n"));
	spawn_free(&r);
}

int main(int argc, char **argv)
{
	/* A directory cannot be a Windows program's standard input, nor a
	 * file it opens; a pseudo-terminal on its standard output is a console
	 * that wine draws itself, so what the tool wrote cannot be read back. */
	static const char *const not_on_windows[] = {
		"a_file_that_cannot_be_read_is_trouble", "bars_are_drawn_in_eighths_of_a_block",
		"the_readmes_example_is_what_it_prints", "no_line_is_wider_than_the_terminal",
		"codes_and_bars_are_coloured_by_class",  NULL,
	};
	struct CMUnitTest tests[] = {
		cmocka_unit_test(codes_are_counted_most_frequent_first_with_class_totals),
		cmocka_unit_test(a_field_is_awks_field),
		cmocka_unit_test(any_line_length_and_any_number_of_lines),
		cmocka_unit_test(log_lines_are_counted_by_their_status),
		cmocka_unit_test(a_file_that_cannot_be_read_is_trouble),
		cmocka_unit_test(json_is_one_object_with_the_same_figures),
		cmocka_unit_test(bars_are_drawn_in_eighths_of_a_block),
		cmocka_unit_test(the_readmes_example_is_what_it_prints),
		cmocka_unit_test(no_line_is_wider_than_the_terminal),
		cmocka_unit_test(codes_and_bars_are_coloured_by_class),
	};
	return cli_run_tests(argc, argv, "cli-count", tests, sizeof tests / sizeof tests[0],
			     not_on_windows);
}
