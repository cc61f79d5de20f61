/* Runs a program the way a user would and captures everything it says. */
#ifndef HTTPSTATUS_SPAWN_H
#define HTTPSTATUS_SPAWN_H

#include <stddef.h>

struct spawn_result {
	int status; /* exit status, or 128 + signal number */
	char *out, *err; /* NUL-terminated, the caller frees */
	size_t out_len, err_len;
};

/* Runs argv[0] (a path) with argv, input (input_len bytes, may be NULL) on
 * its standard input, and collects its standard output and error. */
struct spawn_result spawn(char *const argv[], const char *input, size_t input_len);
void spawn_free(struct spawn_result *r);

#endif
