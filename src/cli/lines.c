#include "lines.h"

#include "platform.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { BLOCK = 64 * 1024 };

struct lines lines_begin(int fd, FILE *flush)
{
	return (struct lines){.fd = fd, .flush = flush};
}

void lines_end(struct lines *r)
{
	free(r->buf);
	r->buf = NULL;
}

/* Room for a block after the unread bytes: moves them to the front, and
 * grows the buffer for a line longer than it. */
static bool make_room(struct lines *r)
{
	if (r->start && r->buf) {
		memmove(r->buf, r->buf + r->start, r->end - r->start);
		r->end -= r->start;
		r->start = 0;
	}
	if (r->cap - r->end >= BLOCK)
		return true;
	size_t cap = r->cap ? r->cap * 2 : 4 * (size_t)BLOCK;
	char *buf = realloc(r->buf, cap);
	if (!buf) { /* GCOVR_EXCL_START: no test makes realloc fail */
		r->error = ENOMEM;
		return false;
	} /* GCOVR_EXCL_STOP */
	r->buf = buf;
	r->cap = cap;
	return true;
}

const char *lines_next(struct lines *r, size_t *len)
{
	for (;;) {
		size_t unread = r->end - r->start;
		const char *line = unread ? r->buf + r->start : NULL, *nl;
		if (line && (nl = memchr(line, '\n', unread)) != NULL) {
			*len = (size_t)(nl - line);
			r->start += *len + 1;
			return line;
		}
		if (r->eof || r->error) {
			r->start = r->end;
			*len = unread;
			return r->error ? NULL : line;
		}
		if (!make_room(r)) /* GCOVR_EXCL_BR_LINE: out of memory */
			continue; /* GCOVR_EXCL_LINE */
		if (!platform_input_ready(r->fd))
			fflush(r->flush);
		ssize_t n = read(r->fd, r->buf + r->end, r->cap - r->end);
		if (n > 0)
			r->end += (size_t)n;
		else if (n == 0)
			r->eof = true;
		else if (errno != EINTR) /* GCOVR_EXCL_BR_LINE: no test interrupts a read */
			r->error = errno;
	}
}
