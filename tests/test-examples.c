/* examples/tiny-server, read by real clients. Over HTTP/1.1 (http1), curl
 * and Python's http.client ask it for codes with GET and HEAD, for an HTML
 * page and for a problem body, and each must read the status, the headers
 * and exactly the body announced; a HEAD response announces the length of
 * the GET's body. Prints what each client read. Over HTTP/2 with prior
 * knowledge (h2c), curl and nghttp ask it for every code of 200-599 the same
 * four ways, and each must read the status, the content type and length,
 * and the body the library writes for it, byte for byte. Skipped (exit 77)
 * where a client is missing.
 *
 * Arguments: http1 TINY-SERVER CURL PYTHON3 HTTP-CLIENT.PY, or h2c
 * TINY-SERVER CURL NGHTTP; a client's path empty where it was not found. */
#include "helpers.h"
#include "spawn.h"

#include <httpstatus.h>

#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>

#include <cmocka.h>

static const char *server_path, *curl, *python, *http_client, *nghttp;

static const int codes[] = {200, 204, 304, 404, 418, 451, 471, 503, 599};
static const char *const accepts[] = {"text/html", HTTPSTATUS_CONTENT_TYPE_PROBLEM_JSON};
static const char *const methods[] = {"GET", "HEAD"}; /* GET first: HEAD is checked against it */
enum {
	CODES = sizeof codes / sizeof codes[0],
	ACCEPTS = sizeof accepts / sizeof accepts[0],
	METHODS = sizeof methods / sizeof methods[0],
	CASES = CODES * ACCEPTS * METHODS,
};

/* ---- The server ------------------------------------------------------------- */

static struct child server = {.pid = -1};

/* Starts the server for that many requests on a free port; its port. */
static int start_server(int requests)
{
	char count[16], line[128];
	snprintf(count, sizeof count, "%d", requests);
	char *argv[] = {(char *)server_path, "0", count, NULL};
	server = spawn_start(argv, (struct spawn_options){.host_program = true});
	int port = 0;
	if (!child_read_line(&server, line, sizeof line, 10000) ||
	    sscanf(line, "listening on http://127.0.0.1:%d/", &port) != 1)
		fail_msg("tiny-server did not start: %s", line);
	return port;
}

/* Waits for the server, which exits by itself after its last request. */
static void server_exits_cleanly(void)
{
	char *err;
	int status = child_finish(&server, &err);
	server.pid = -1;
	if (status != 0)
		fail_msg("tiny-server exited with %d:\n%s", status, err);
	free(err);
}

/* After a failed test: the server, if still waiting, goes. */
static int stop_server(void **state)
{
	(void)state;
	if (server.pid > 0) {
		kill(server.pid, SIGKILL);
		char *err;
		child_finish(&server, &err);
		free(err);
		server.pid = -1;
	}
	return 0;
}

/* ---- What a client read, against what the server must send ----------------- */

struct reading {
	char status_line[128]; /* without CRLF; "" where the client does not show it */
	int status;
	char reason[128];
	char content_type[128]; /* "" if none */
	long content_length; /* -1 if none */
	size_t body_read;
};

static void check_reading(const char *client, const char *method, int code, const char *accept,
			  const struct reading *r, long *get_length)
{
	const char *phrase = httpstatus_phrase(code);
	bool problem = strcmp(accept, HTTPSTATUS_CONTENT_TYPE_PROBLEM_JSON) == 0;
	bool head = strcmp(method, "HEAD") == 0;
	printf("%-11s %-4s /%d %-24s -> %d \"%s\", Content-Type: %s, Content-Length: %ld, "
	       "%zu bytes read\n",
	       client, method, code, accept, r->status, r->reason,
	       *r->content_type ? r->content_type : "-", r->content_length, r->body_read);
	if (r->status != code || strcmp(r->reason, phrase ? phrase : "") != 0)
		fail_msg("%s read status %d \"%s\" for %d", client, r->status, r->reason, code);
	if (*r->status_line) {
		char want[128];
		snprintf(want, sizeof want, "HTTP/1.1 %d %s", code, phrase ? phrase : "");
		assert_string_equal(r->status_line, want);
	}
	if (!httpstatus_has_content(HTTP_METHOD_GET, code)) {
		assert_string_equal(r->content_type, "");
		assert_int_equal(r->content_length, -1);
		assert_int_equal(r->body_read, 0);
		return;
	}
	assert_string_equal(r->content_type, problem ? HTTPSTATUS_CONTENT_TYPE_PROBLEM_JSON
						     : HTTPSTATUS_CONTENT_TYPE_HTML);
	assert_true(r->content_length > 0);
	if (head) {
		assert_int_equal(r->body_read, 0);
		assert_int_equal(r->content_length, *get_length);
	} else {
		assert_int_equal(r->body_read, (size_t)r->content_length);
		*get_length = r->content_length;
	}
}

/* The value of a header in a block of "Name: value\r\n" lines, copied to
 * out ("" if there is none). */
static void header(const char *headers, const char *name, char *out, size_t size)
{
	size_t n = strlen(name);
	*out = '\0';
	for (const char *line = headers; line; line = strstr(line, "\r\n")) {
		line += line == headers ? 0 : 2;
		if (strncasecmp(line, name, n) == 0 && line[n] == ':') {
			const char *value = line + n + 1 + strspn(line + n + 1, " ");
			snprintf(out, size, "%.*s", (int)strcspn(value, "\r\n"), value);
			return;
		}
	}
}

/* ---- curl ------------------------------------------------------------------- */

/* What curl -i (GET) or -I (HEAD) printed: the status line and the headers
 * as received, the body, and after it what -w adds: the status, the HTTP
 * version and the bytes downloaded. */
struct curl_output {
	struct spawn_result run;
	char *headers; /* the lines after the status line, each ending in CRLF */
	const char *body;
	size_t body_len;
	int http_code;
	char http_version[8]; /* "1.1", "2" */
};

/* Runs curl on the server for one code, over HTTP/1.1 or, with h2, HTTP/2
 * with prior knowledge; its output, with the status line and headers
 * NUL-terminated. */
static struct curl_output curl_get(bool h2, int port, const char *method, int code,
				   const char *accept)
{
	char url[64], accept_header[128];
	snprintf(url, sizeof url, "http://127.0.0.1:%d/%d", port, code);
	snprintf(accept_header, sizeof accept_header, "Accept: %s", accept);
	char *argv[] = {(char *)curl,
			h2 ? "--http2-prior-knowledge" : "--http1.1",
			"--silent",
			"--show-error",
			"--max-time",
			"10",
			strcmp(method, "HEAD") == 0 ? "-I" : "-i",
			"-H",
			accept_header,
			"-w",
			"\n%{http_code} %{http_version} %{size_download}",
			url,
			NULL};
	struct curl_output c = {.run = spawn(argv, NULL, 0)};
	if (c.run.status != 0)
		fail_msg("curl %s %s: exit %d: %s", method, url, c.run.status, c.run.err);
	char *end_of_headers = strstr(c.run.out, "\r\n\r\n");
	char *written_out = strrchr(c.run.out, '\n');
	assert_non_null(end_of_headers);
	unsigned long downloaded;
	assert_int_equal(
		sscanf(written_out, "\n%d %7s %lu", &c.http_code, c.http_version, &downloaded), 3);
	c.body = end_of_headers + 4;
	c.body_len = (size_t)(written_out - c.body);
	assert_int_equal(c.body_len, downloaded);
	end_of_headers[2] = '\0';
	c.headers = strstr(c.run.out, "\r\n") + 2;
	return c;
}

static struct reading curl_read(int port, const char *method, int code, const char *accept)
{
	struct curl_output c = curl_get(false, port, method, code, accept);
	struct reading r = {.content_length = -1, .body_read = c.body_len};
	assert_string_equal(c.http_version, "1.1");
	snprintf(r.status_line, sizeof r.status_line, "%.*s", (int)strcspn(c.run.out, "\r"),
		 c.run.out);
	assert_int_equal(sscanf(r.status_line, "HTTP/1.1 %d", &r.status), 1);
	size_t reason_at = strlen("HTTP/1.1 404 ");
	assert_true(strlen(r.status_line) >= reason_at);
	snprintf(r.reason, sizeof r.reason, "%.100s", r.status_line + reason_at);
	assert_int_equal(c.http_code, r.status);
	char length[32];
	header(c.headers, "Content-Type", r.content_type, sizeof r.content_type);
	header(c.headers, "Content-Length", length, sizeof length);
	r.content_length = *length ? atol(length) : -1;
	spawn_free(&c.run);
	return r;
}

static void curl_reads_every_code_with_get_and_head_and_both_bodies(void **state)
{
	(void)state;
	int port = start_server(CASES);
	for (size_t c = 0; c < CODES; c++)
		for (size_t a = 0; a < ACCEPTS; a++) {
			long get_length = -1;
			for (size_t m = 0; m < METHODS; m++) {
				struct reading r =
					curl_read(port, methods[m], codes[c], accepts[a]);
				check_reading("curl", methods[m], codes[c], accepts[a], &r,
					      &get_length);
			}
		}
	server_exits_cleanly();
}

/* ---- Python's http.client --------------------------------------------------- */

static void python_http_client_reads_every_code_with_get_and_head_and_both_bodies(void **state)
{
	(void)state;
	static char cases[CASES][64];
	char port_arg[16];
	char *argv[CASES + 4] = {(char *)python, (char *)http_client, port_arg};
	size_t n = 0;
	for (size_t c = 0; c < CODES; c++)
		for (size_t a = 0; a < ACCEPTS; a++)
			for (size_t m = 0; m < METHODS; m++) {
				snprintf(cases[n], sizeof cases[n], "%s /%d %s", methods[m],
					 codes[c], accepts[a]);
				argv[3 + n] = cases[n];
				n++;
			}
	snprintf(port_arg, sizeof port_arg, "%d", start_server(CASES));
	struct spawn_result run = spawn(argv, NULL, 0);
	if (run.status != 0)
		fail_msg("http-client.py: exit %d: %s", run.status, run.err);
	char *line = run.out;
	for (size_t c = 0; c < CODES; c++)
		for (size_t a = 0; a < ACCEPTS; a++) {
			long get_length = -1;
			for (size_t m = 0; m < METHODS; m++) {
				struct reading r = {.content_length = -1};
				char *fields[6];
				for (size_t f = 0; f < 6; f++) {
					fields[f] = line;
					line += strcspn(line, f < 5 ? "\t" : "\n");
					assert_true(*line != '\0');
					*line++ = '\0';
				}
				assert_string_equal(fields[0], "11"); /* HTTP/1.1 */
				r.status = atoi(fields[1]);
				snprintf(r.reason, sizeof r.reason, "%s", fields[2]);
				if (strcmp(fields[3], "-") != 0)
					snprintf(r.content_type, sizeof r.content_type, "%s",
						 fields[3]);
				if (strcmp(fields[4], "-") != 0)
					r.content_length = atol(fields[4]);
				r.body_read = (size_t)atol(fields[5]);
				check_reading("http.client", methods[m], codes[c], accepts[a], &r,
					      &get_length);
			}
		}
	assert_string_equal(line, "");
	spawn_free(&run);
	server_exits_cleanly();
}

/* ---- HTTP/2 over cleartext, prior knowledge: curl and nghttp ------------------- */

enum { FIRST_CODE = 200, H2_CODES = 400 }; /* every code of 200-599 */

/* What a client read of one response over HTTP/2. */
struct h2_reading {
	int status; /* 0 if none was read */
	char content_type[128]; /* "" if none */
	long content_length; /* -1 if none */
	char *body; /* malloc'd, or NULL if nothing was read */
	size_t body_len;
};

static void add_body(struct h2_reading *r, const char *bytes, size_t len)
{
	r->body = realloc(r->body, r->body_len + len + 1);
	assert_non_null(r->body);
	memcpy(r->body + r->body_len, bytes, len);
	r->body_len += len;
}

/* The response the example sends for code: its content type and body (NULL
 * for a code without content), which the library writes, with the detail
 * the example gives it. */
static char *expected_body(int code, const char *accept, const char **type, size_t *len)
{
	bool problem = strcmp(accept, HTTPSTATUS_CONTENT_TYPE_PROBLEM_JSON) == 0;
	size_t (*write_body)(char *, size_t, int, const char *) =
		problem ? httpstatus_problem_json : httpstatus_error_page;
	char detail[64];
	snprintf(detail, sizeof detail, "You asked for /%d.", code);
	*type = problem ? HTTPSTATUS_CONTENT_TYPE_PROBLEM_JSON : HTTPSTATUS_CONTENT_TYPE_HTML;
	*len = write_body(NULL, 0, code, detail);
	if (!httpstatus_has_content(HTTP_METHOD_GET, code))
		return NULL;
	char *body = malloc(*len + 1);
	assert_non_null(body);
	write_body(body, *len + 1, code, detail);
	return body;
}

static void check_h2_reading(const char *client, const char *method, int code, const char *accept,
			     struct h2_reading *r)
{
	const char *type;
	size_t len;
	char *body = expected_body(code, accept, &type, &len);
	if (r->status != code)
		fail_msg("%s %s /%d (%s): status %d", client, method, code, accept, r->status);
	if (!body) {
		assert_string_equal(r->content_type, "");
		assert_int_equal(r->content_length, -1);
		assert_int_equal(r->body_len, 0);
	} else {
		assert_string_equal(r->content_type, type);
		assert_int_equal(r->content_length, (long)len);
		if (strcmp(method, "HEAD") == 0) {
			assert_int_equal(r->body_len, 0);
		} else if (r->body_len != len || memcmp(r->body, body, len) != 0) {
			fail_msg("%s %s /%d (%s): the body is not the library's:\n%.*s", client,
				 method, code, accept, (int)r->body_len, r->body ? r->body : "");
		}
	}
	free(body);
	free(r->body);
	*r = (struct h2_reading){.content_length = -1};
}

/* curl, one process a request: curl 7.88 (Debian 12) cannot reuse a
 * connection it opened with prior knowledge (curl issue 10634), and the
 * server takes one connection at a time. */
static void curl_h2_read(int port, const char *method, int code, const char *accept,
			 struct h2_reading *r)
{
	struct curl_output c = curl_get(true, port, method, code, accept);
	assert_string_equal(c.http_version, "2");
	assert_int_equal(sscanf(c.run.out, "HTTP/2 %d", &r->status), 1);
	assert_int_equal(c.http_code, r->status);
	char length[32];
	header(c.headers, "content-type", r->content_type, sizeof r->content_type);
	header(c.headers, "content-length", length, sizeof length);
	r->content_length = *length ? atol(length) : -1;
	if (c.body_len)
		add_body(r, c.body, c.body_len);
	spawn_free(&c.run);
}

static void curl_reads_every_code_over_h2c_with_get_and_head_and_both_bodies(void **state)
{
	(void)state;
	int port = start_server(H2_CODES * ACCEPTS * METHODS);
	struct h2_reading r = {.content_length = -1};
	for (int code = FIRST_CODE; code < FIRST_CODE + H2_CODES; code++)
		for (size_t a = 0; a < ACCEPTS; a++)
			for (size_t m = 0; m < METHODS; m++) {
				curl_h2_read(port, methods[m], code, accepts[a], &r);
				check_h2_reading("curl", methods[m], code, accepts[a], &r);
			}
	printf("curl: %d codes read by GET and HEAD, each body both ways, as they should be\n",
	       H2_CODES);
	server_exits_cleanly();
}

/* What nghttp -v printed for each stream, by code: the request's :path
 * (after "send HEADERS frame"), the response's fields ("recv (stream_id=N)
 * name: value") and the body, which it writes just before its verbose line
 * for each DATA frame ("[  0.008] recv DATA frame <length=N, ...>"). */
static void nghttp_readings(char *out, struct h2_reading readings[H2_CODES])
{
	enum { MAX_STREAM = 2 * 1024 };
	static int code_of_stream[MAX_STREAM];
	memset(code_of_stream, 0, sizeof code_of_stream);
	for (char *p = out; (p = strstr(p, "] send HEADERS frame <")) != NULL; p++) {
		unsigned stream;
		int code;
		char *path = strstr(p, "\n          :path: /");
		assert_int_equal(sscanf(strstr(p, "stream_id="), "stream_id=%u>", &stream), 1);
		assert_non_null(path);
		assert_int_equal(sscanf(path, "\n          :path: /%d", &code), 1);
		assert_true(stream < MAX_STREAM && code >= FIRST_CODE &&
			    code < FIRST_CODE + H2_CODES);
		code_of_stream[stream] = code;
	}
	for (char *p = out; (p = strstr(p, "] recv (stream_id=")) != NULL; p++) {
		unsigned stream;
		char name[32], value[128];
		if (sscanf(p, "] recv (stream_id=%u) %31[^ ] %127[^\n]", &stream, name, value) != 3)
			fail_msg("nghttp printed %.60s", p);
		assert_true(stream < MAX_STREAM && code_of_stream[stream]);
		struct h2_reading *r = &readings[code_of_stream[stream] - FIRST_CODE];
		if (strcmp(name, ":status:") == 0)
			r->status = atoi(value);
		else if (strcmp(name, "content-type:") == 0)
			snprintf(r->content_type, sizeof r->content_type, "%s", value);
		else if (strcmp(name, "content-length:") == 0)
			r->content_length = atol(value);
	}
	for (char *p = out; (p = strstr(p, "] recv DATA frame <length=")) != NULL; p++) {
		unsigned stream;
		size_t len;
		assert_int_equal(sscanf(p,
					"] recv DATA frame <length=%zu, flags=%*x, stream_id=%u>",
					&len, &stream),
				 2);
		assert_true(stream < MAX_STREAM && code_of_stream[stream]);
		char *line = p;
		while (line > out && *line != '[')
			line--;
		assert_true((size_t)(line - out) >= len);
		add_body(&readings[code_of_stream[stream] - FIRST_CODE], line - len, len);
	}
}

/* One nghttp run, one connection: every code by one method for one kind
 * of body, up to 100 streams at once and as many as flow control lets
 * through. For HEAD, nghttp allows no dynamic table (its
 * SETTINGS_HEADER_TABLE_SIZE is 0), so that the server's next header block
 * must begin with a table size update. */
static void nghttp_reads(int port, const char *method, const char *accept)
{
	static char urls[H2_CODES][48];
	char method_header[32], accept_header[128];
	snprintf(method_header, sizeof method_header, ":method: %s", method);
	snprintf(accept_header, sizeof accept_header, "accept: %s", accept);
	char *argv[H2_CODES + 8] = {(char *)nghttp, "--verbose", "--header",
				    method_header,  "--header",  accept_header};
	size_t n = 6;
	if (strcmp(method, "HEAD") == 0)
		argv[n++] = "--header-table-size=0";
	for (int i = 0; i < H2_CODES; i++) {
		snprintf(urls[i], sizeof urls[i], "http://127.0.0.1:%d/%d", port, FIRST_CODE + i);
		argv[n++] = urls[i];
	}
	struct spawn_result run = spawn(argv, NULL, 0);
	if (run.status != 0)
		fail_msg("nghttp %s (%s): exit %d: %s", method, accept, run.status, run.err);
	static struct h2_reading readings[H2_CODES];
	for (int i = 0; i < H2_CODES; i++)
		readings[i] = (struct h2_reading){.content_length = -1};
	nghttp_readings(run.out, readings);
	for (int i = 0; i < H2_CODES; i++)
		check_h2_reading("nghttp", method, FIRST_CODE + i, accept, &readings[i]);
	printf("nghttp %-4s %-24s: %d codes read, each as it should be\n", method, accept,
	       H2_CODES);
	spawn_free(&run);
}

static void nghttp_reads_every_code_over_h2c_with_get_and_head_and_both_bodies(void **state)
{
	(void)state;
	int port = start_server(H2_CODES * ACCEPTS * METHODS);
	for (size_t a = 0; a < ACCEPTS; a++)
		for (size_t m = 0; m < METHODS; m++)
			nghttp_reads(port, methods[m], accepts[a]);
	server_exits_cleanly();
}

static int http1_tests(void)
{
	skip_unless_found(curl, "curl");
	skip_unless_found(python, "python3 (its http.client)");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(curl_reads_every_code_with_get_and_head_and_both_bodies,
					  stop_server),
		cmocka_unit_test_teardown(
			python_http_client_reads_every_code_with_get_and_head_and_both_bodies,
			stop_server),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

static int h2c_tests(void)
{
	skip_unless_found(curl, "curl");
	skip_unless_found(nghttp, "nghttp (Debian: nghttp2-client)");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(
			curl_reads_every_code_over_h2c_with_get_and_head_and_both_bodies,
			stop_server),
		cmocka_unit_test_teardown(
			nghttp_reads_every_code_over_h2c_with_get_and_head_and_both_bodies,
			stop_server),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

int main(int argc, char **argv)
{
	bool h2c = argc > 1 && strcmp(argv[1], "h2c") == 0;
	if (h2c) {
		check_args(argc, argv, 4, "h2c TINY-SERVER CURL NGHTTP");
		nghttp = argv[4];
	} else {
		check_args(argc, argv, 5, "http1 TINY-SERVER CURL PYTHON3 HTTP-CLIENT.PY");
		python = argv[4];
		http_client = argv[5];
	}
	server_path = argv[2];
	curl = argv[3];
	return h2c ? h2c_tests() : http1_tests();
}
