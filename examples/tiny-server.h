/* What the tiny server's two protocols share: tiny-server.c answers
 * HTTP/1.1 and h2c.c HTTP/2, and both answer a request the same way. */
#ifndef TINY_SERVER_H
#define TINY_SERVER_H

#include <httpstatus.h>

#include <stdbool.h>
#include <stddef.h>

/* What a request asks for, whatever the protocol. */
struct request {
	enum httpstatus_method method;
	const char *path; /* "/404" */
	bool wants_problem; /* its Accept header names application/problem+json */
};

/* The response to it. */
struct response {
	int code;
	/* The content's type, length and bytes (malloc'd); NULL, 0 and NULL for
	 * a code whose responses have none. A response to HEAD has the type and
	 * length of the GET's (RFC 9110, Section 9.3.2), but sends no bytes. */
	const char *content_type;
	size_t content_length;
	char *body;
	bool sends_body;
};

/* The response to a request; false if out of memory. */
bool respond_to(const struct request *request, struct response *response);
void response_free(struct response *response);

/* h2c.c: HTTP/2 over cleartext TCP with prior knowledge (RFC 9113, Section
 * 3.3). Whether the first len bytes of a connection are the start of the
 * HTTP/2 connection preface. */
bool h2c_preface_begins(const char *bytes, size_t len);

/* Speaks HTTP/2 on fd, the first len bytes of which were read already, until
 * the client closes the connection; the number of requests answered. */
long h2c_serve(int fd, const char *bytes, size_t len);

#endif
