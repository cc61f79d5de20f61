/* What the tool needs of the system that POSIX and Windows give in their
 * own ways, in one place: the rest of src/cli/ reads and writes through
 * standard C and read()/isatty(), which both have. */
#ifndef HTTPSTATUS_CLI_PLATFORM_H
#define HTTPSTATUS_CLI_PLATFORM_H

#include <stdbool.h>

/* The command-line arguments. */
struct arguments {
	int count;
	char **values; /* NULL if they could not be read */
};

/* First thing in main(), given its arguments; returns the ones to use. A
 * write to a closed pipe ends the program quietly, whatever the parent set
 * (SIGPIPE at its default). On Windows, which has no SIGPIPE (see
 * platform_closed_pipe), standard input, output and error pass bytes
 * unchanged ("\n" stays "\n", Ctrl-Z is no end of input), and the arguments
 * are read again as UTF-8, as everywhere else: the ANSI code page main()
 * gets cannot hold every character; having said why if that fails. */
struct arguments platform_start(int argc, char **argv);

/* Whether a read from fd would return at once, with data, the end of input
 * or an error, rather than wait. */
bool platform_input_ready(int fd);

/* The width of the terminal fd is, or 0 where it does not say. */
unsigned platform_terminal_columns(int fd);

/* Whether a write that failed with errno error went to a pipe nobody
 * reads: EPIPE, or on Windows, whose C library reports that as EINVAL, the
 * system's own error. */
bool platform_closed_pipe(int error);

#endif
