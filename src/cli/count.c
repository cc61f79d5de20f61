#include "count.h"

#include <errno.h>
#include <stdbool.h>
#include <string.h>
#include <unistd.h>

enum { BLOCK = 256 * 1024, BIG = 1000000 };
enum byte_kind { OTHER, BLANK, NEWLINE };

/* How far the current line has been read, from one block to the next. */
struct line_state {
	unsigned fields; /* fields begun */
	bool in_field;
	bool started; /* a byte of the line has been read */
	bool number; /* the wanted field is a number so far */
	bool negative;
	unsigned digits;
	unsigned long value; /* the number's value, up to BIG */
};

static void end_line(struct tally *t, struct line_state *s, unsigned field)
{
	if (s->fields < field || !s->number || s->digits == 0)
		t->no_code++;
	else if (s->negative || s->value < TALLY_FIRST || s->value > TALLY_LAST)
		t->outside++;
	else
		t->code[s->value - TALLY_FIRST]++;
	t->lines++;
	*s = (struct line_state){0};
}

/* A byte of the wanted field; first is whether it is the field's first. */
static void add_byte(struct line_state *s, unsigned char c, bool first)
{
	if (c >= '0' && c <= '9') {
		s->digits++;
		if (s->value < BIG)
			s->value = s->value * 10 + (c - '0');
	} else if (c == '-' && first) {
		s->negative = true;
	} else {
		s->number = false;
	}
}

/* Reads the bytes from p to end into the tally. */
static void tally_block(struct tally *t, struct line_state *s, unsigned field, const char *p,
			const char *end)
{
	static const unsigned char kind[256] = {
		[' '] = BLANK, ['\t'] = BLANK, ['\r'] = BLANK, ['\n'] = NEWLINE};
	while (p < end) {
		s->started = true;
		if (s->fields == field && !s->in_field) {
			/* Past the wanted field: on to the line's end. */
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			if (!nl)
				return;
			p = nl + 1;
			end_line(t, s, field);
			continue;
		}
		unsigned char c = (unsigned char)*p++;
		if (kind[c] == NEWLINE) {
			end_line(t, s, field);
		} else if (kind[c] == BLANK) {
			s->in_field = false;
		} else {
			bool first = !s->in_field;
			if (first) {
				s->in_field = true;
				s->number = ++s->fields == field;
			}
			if (s->fields == field)
				add_byte(s, c, first);
		}
	}
}

int tally_read(int fd, unsigned field, struct tally *t)
{
	static char buf[BLOCK];
	struct line_state s = {0};
	for (;;) {
		ssize_t n = read(fd, buf, sizeof buf);
		if (n > 0)
			tally_block(t, &s, field, buf, buf + n);
		else if (n == 0)
			break;
		else if (errno != EINTR) /* GCOVR_EXCL_BR_LINE: no test interrupts a read */
			return errno;
	}
	if (s.started)
		end_line(t, &s, field);
	return 0;
}
