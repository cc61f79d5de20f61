/* A tiny HTTP server on libhttpstatus: GET /404 answers 404 Not Found with
 * an error page, or with a problem body when the request's Accept header
 * asks for application/problem+json. It speaks HTTP/1.1, one request per
 * connection, and, where it is built with nghttp2, HTTP/2 over cleartext
 * with prior knowledge (h2c.c: curl --http2-prior-knowledge, nghttp), as
 * many requests as the client sends on a connection. It listens on the
 * loopback only, answers a given number of requests and exits.
 *
 *   tiny-server PORT COUNT      (PORT 0: any free port)
 *
 * It prints "listening on http://127.0.0.1:PORT/" once it is ready. A path
 * that is not a code of 200-599 gets 404. */
#define _POSIX_C_SOURCE 200809L

#include "tiny-server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

/* The code a path asks for: "/451" is 451. */
static int code_of(const char *path)
{
	char *end;
	long code = strtol(path + 1, &end, 10);
	bool number = path[0] == '/' && path[1] >= '0' && path[1] <= '9' && *end == '\0';
	return number && code >= 200 && code <= 599 ? (int)code : 404;
}

bool respond_to(const struct request *request, struct response *response)
{
	int code = code_of(request->path);
	/* The body, if the response has one: a response to HEAD has none, but
	 * its Content-Type and Content-Length are the GET's. */
	enum httpstatus_method as_get =
		request->method == HTTP_METHOD_HEAD ? HTTP_METHOD_GET : request->method;
	size_t (*write_body)(char *, size_t, int, const char *) =
		request->wants_problem ? httpstatus_problem_json : httpstatus_error_page;
	*response = (struct response){.code = code,
				      .sends_body = httpstatus_has_content(request->method, code)};
	if (!httpstatus_has_content(as_get, code))
		return true;
	char detail[1100];
	snprintf(detail, sizeof detail, "You asked for %.1000s.", request->path);
	response->content_type = request->wants_problem ? HTTPSTATUS_CONTENT_TYPE_PROBLEM_JSON
							: HTTPSTATUS_CONTENT_TYPE_HTML;
	response->content_length = write_body(NULL, 0, code, detail);
	response->body = malloc(response->content_length + 1);
	if (!response->body)
		return false;
	write_body(response->body, response->content_length + 1, code, detail);
	return true;
}

void response_free(struct response *response)
{
	free(response->body);
	response->body = NULL;
}

/* ---- HTTP/1.1 ---------------------------------------------------------------- */

/* Whether the header block asks for a problem body. (A real server would
 * parse Accept and weigh its q-values.) */
static bool wants_problem(const char *headers)
{
	for (const char *line = strstr(headers, "\r\n"); line; line = strstr(line + 2, "\r\n"))
		if (strncasecmp(line + 2, "Accept:", 7) == 0) {
			const char *end = strstr(line + 2, "\r\n");
			const char *found = strstr(line + 2, HTTPSTATUS_CONTENT_TYPE_PROBLEM_JSON);
			return found && (!end || found < end);
		}
	return false;
}

static void respond_http1(int fd, const char *request_text)
{
	/* The request line: METHOD SP PATH SP HTTP/1.1 */
	char path[1024] = "/";
	size_t method_len = strcspn(request_text, " ");
	sscanf(request_text + method_len, " %1023s", path);
	struct request request = {httpstatus_method_from_name_n(request_text, method_len), path,
				  wants_problem(request_text)};
	struct response response;
	if (!respond_to(&request, &response))
		return;

	/* The status line: precomputed, or written for an unregistered code. */
	size_t line_len;
	const char *line = httpstatus_status_line_static(response.code, &line_len);
	char unregistered[32];
	if (!line) {
		line_len = httpstatus_status_line(unregistered, sizeof unregistered, response.code);
		line = unregistered;
	}

	char headers[256];
	int headers_len = 0;
	if (response.content_type)
		headers_len = snprintf(headers, sizeof headers,
				       "Content-Type: %s\r\nContent-Length: %zu\r\n",
				       response.content_type, response.content_length);
	headers_len += snprintf(headers + headers_len, sizeof headers - (size_t)headers_len,
				"Connection: close\r\n\r\n");

	size_t body_len = response.sends_body ? response.content_length : 0;
	struct iovec parts[] = {
		{(void *)line, line_len},
		{headers, (size_t)headers_len},
		{response.body, body_len},
	};
	if (writev(fd, parts, 3) < 0) /* a real server would go on after a short write */
		perror("tiny-server: writev");
	printf("%.*s %s -> %d, %zu bytes\n", (int)method_len, request_text, path, response.code,
	       body_len);
	response_free(&response);
}

/* Reads a request's line and headers, up to the empty line, NUL-terminated;
 * the bytes read (the start of the HTTP/2 preface has an empty line too), or
 * 0 if the client went away first or sent more than fits. */
static size_t read_request(int fd, char *buf, size_t size)
{
	size_t len = 0;
	while (len + 1 < size) {
		ssize_t n = read(fd, buf + len, size - 1 - len);
		if (n <= 0)
			return 0;
		len += (size_t)n;
		buf[len] = '\0';
		if (strstr(buf, "\r\n\r\n"))
			return len;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fputs("usage: tiny-server PORT COUNT\n", stderr);
		return 2;
	}
	struct sockaddr_in addr = {.sin_family = AF_INET,
				   .sin_port = htons((uint16_t)atoi(argv[1])),
				   .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	socklen_t addr_len = sizeof addr;
	int server = socket(AF_INET, SOCK_STREAM, 0);
	if (server < 0 || bind(server, (struct sockaddr *)&addr, sizeof addr) < 0 ||
	    listen(server, 16) < 0 ||
	    getsockname(server, (struct sockaddr *)&addr, &addr_len) < 0) {
		perror("tiny-server");
		return 1;
	}
	signal(SIGPIPE, SIG_IGN); /* a client that goes away is no reason to stop */
	printf("listening on http://127.0.0.1:%d/\n", ntohs(addr.sin_port));
	fflush(stdout);

	for (long served = 0, count = atol(argv[2]); served < count;) {
		int client = accept(server, NULL, NULL);
		if (client < 0) {
			perror("tiny-server: accept");
			return 1;
		}
		char request[4096];
		size_t len = read_request(client, request, sizeof request);
#ifdef TINY_SERVER_H2C
		if (len && h2c_preface_begins(request, len)) {
			long answered = h2c_serve(client, request, len);
			printf("HTTP/2 connection: %ld requests\n", answered);
			served += answered;
			len = 0;
		}
#endif
		if (len) {
			respond_http1(client, request);
			served++;
		}
		close(client);
		fflush(stdout);
	}
	close(server);
	return 0;
}
