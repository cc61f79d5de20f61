/* examples/tiny-server, read by real clients: curl and Python's http.client
 * ask it for codes with GET and HEAD, for an HTML page and for a problem
 * body, and each must read the status, the headers and exactly the body
 * announced; a HEAD response announces the length of the GET's body. Prints
 * what each client read. Skipped (exit 77) where curl or python3 is missing.
 *
 * Arguments: TINY-SERVER CURL PYTHON3 HTTP-CLIENT.PY, CURL and PYTHON3 empty
 * where they were not found. */
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

static const char *server_path, *curl, *python, *http_client;

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
	if (code == 204 || code == 304) {
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

/* curl -i (GET) or -I (HEAD): the status line and headers as received, the
 * body, and after it what -w adds: the status and the bytes downloaded. */
static struct reading curl_read(int port, const char *method, int code, const char *accept)
{
	char url[64], accept_header[128];
	snprintf(url, sizeof url, "http://127.0.0.1:%d/%d", port, code);
	snprintf(accept_header, sizeof accept_header, "Accept: %s", accept);
	char *argv[] = {(char *)curl,
			"--silent",
			"--show-error",
			"--max-time",
			"10",
			strcmp(method, "HEAD") == 0 ? "-I" : "-i",
			"-H",
			accept_header,
			"-w",
			"\n%{http_code} %{size_download}",
			url,
			NULL};
	struct spawn_result run = spawn(argv, NULL, 0);
	if (run.status != 0)
		fail_msg("curl %s %s: exit %d: %s", method, url, run.status, run.err);
	struct reading r = {.content_length = -1};
	char *end_of_headers = strstr(run.out, "\r\n\r\n");
	char *written_out = strrchr(run.out, '\n');
	assert_non_null(end_of_headers);
	int http_code;
	unsigned long downloaded;
	assert_int_equal(sscanf(written_out, "\n%d %lu", &http_code, &downloaded), 2);
	end_of_headers[2] = '\0';
	snprintf(r.status_line, sizeof r.status_line, "%.*s", (int)strcspn(run.out, "\r"), run.out);
	assert_int_equal(sscanf(r.status_line, "HTTP/1.1 %d", &r.status), 1);
	size_t reason_at = strlen("HTTP/1.1 404 ");
	assert_true(strlen(r.status_line) >= reason_at);
	snprintf(r.reason, sizeof r.reason, "%.100s", r.status_line + reason_at);
	assert_int_equal(http_code, r.status);
	char length[32];
	header(strstr(run.out, "\r\n") + 2, "Content-Type", r.content_type, sizeof r.content_type);
	header(strstr(run.out, "\r\n") + 2, "Content-Length", length, sizeof length);
	r.content_length = *length ? atol(length) : -1;
	r.body_read = (size_t)(written_out - (end_of_headers + 4));
	assert_int_equal(r.body_read, downloaded);
	spawn_free(&run);
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

int main(int argc, char **argv)
{
	check_args(argc, argv, 4, "TINY-SERVER CURL PYTHON3 HTTP-CLIENT.PY");
	server_path = argv[1];
	curl = argv[2];
	python = argv[3];
	http_client = argv[4];
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
