/* --count: how often each code occurs in a stream of lines, in constant
 * memory: a counter for each of 100-599 and two for the rest, no line kept. */
#ifndef HTTPSTATUS_CLI_COUNT_H
#define HTTPSTATUS_CLI_COUNT_H

enum { TALLY_FIRST = 100, TALLY_LAST = 599, TALLY_CODES = TALLY_LAST - TALLY_FIRST + 1 };

struct tally {
	unsigned long long code[TALLY_CODES]; /* lines whose field is code 100 + i */
	unsigned long long outside; /* lines whose field is a number outside 100-599 */
	unsigned long long no_code; /* lines without the field, or where it is no number */
	unsigned long long lines;
};

/* Adds the field-th field (1 for the first) of every line read from fd to
 * *t, fields being separated by runs of spaces, tabs and carriage returns as
 * in awk; a number is digits, maybe after a '-'. Returns 0, or the errno of
 * a failed read. */
int tally_read(int fd, unsigned field, struct tally *t);

#endif
