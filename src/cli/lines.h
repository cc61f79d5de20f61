/* Lines of a file descriptor, read in large blocks: standard input's
 * queries. Before it waits for input that is not there yet, it flushes an
 * output stream, so that answers come out as soon as nothing more can be
 * answered, and never once a line into a pipe. */
#ifndef HTTPSTATUS_CLI_LINES_H
#define HTTPSTATUS_CLI_LINES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct lines {
	int fd;
	FILE *flush; /* flushed before a read would wait */
	char *buf;
	size_t cap, start, end; /* unread bytes: buf[start..end) */
	bool eof;
	int error; /* errno of a failed read or allocation, or 0 */
};

/* Reading fd, flushing flush; lines_end frees what lines_next allocates. */
struct lines lines_begin(int fd, FILE *flush);
void lines_end(struct lines *r);

/* The next line, without its line end, its length in *len; NULL at the end
 * of input or after an error (r->error). The line lasts until the next
 * call. */
const char *lines_next(struct lines *r, size_t *len);

#endif
