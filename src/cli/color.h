/* Colour by class, on a terminal: when to use it and the escapes. */
#ifndef HTTPSTATUS_CLI_COLOR_H
#define HTTPSTATUS_CLI_COLOR_H

#include <stdbool.h>

enum color_when {
	COLOR_AUTO, /* on a terminal, unless NO_COLOR is set or TERM is dumb */
	COLOR_ALWAYS,
	COLOR_NEVER,
};

/* "auto", "always" or "never" into *when; false for anything else. */
bool color_parse(const char *word, enum color_when *when);

/* Whether output to the file descriptor fd is to be coloured. */
bool color_enabled(enum color_when when, int fd);

/* The escape that starts the colour of code's class: 1xx magenta, 2xx green,
 * 3xx cyan, 4xx yellow, 5xx red. code must be in 100-599. */
const char *color_of(int code);

/* The escape that ends a colour; color_of's are no longer. */
#define COLOR_RESET "\033[0m"

#endif
