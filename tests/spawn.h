/* Runs a program the way a user would and captures everything it says;
 * and what needs POSIX beside: scratch directories, shell commands. */
#ifndef HTTPSTATUS_SPAWN_H
#define HTTPSTATUS_SPAWN_H

#include <stdbool.h>
#include <stddef.h>

struct spawn_result {
	int status; /* exit status, or 128 + signal number */
	char *out, *err; /* NUL-terminated, the caller frees */
	size_t out_len, err_len;
	size_t out_reads; /* reads it took: with stdout_packets, the writes it made */
};

/* Runs argv[0] (a path) with argv, input (input_len bytes, may be NULL) on
 * its standard input, and collects its standard output and error. */
struct spawn_result spawn(char *const argv[], const char *input, size_t input_len);

/* How a program is started, beyond its arguments. */
struct spawn_options {
	bool stdout_closed; /* its stdout is a pipe nobody reads */
	long file_size_limit; /* RLIMIT_FSIZE, with SIGXFSZ ignored; 0 for none */
	bool sigpipe_blocked; /* a write to a closed pipe fails with EPIPE instead */
	/* Its stdout is a pseudo-terminal this many columns wide, with output
	 * processing off so that bytes arrive as written; 0 for a pipe. */
	unsigned short pty_columns;
	/* Its stdout is a pipe in packet mode (Linux's O_DIRECT): each write
	 * arrives as one read of at most 4096 bytes. */
	bool stdout_packets;
	/* "NAME=value" to set and "NAME" to unset in its environment, up to a
	 * NULL; NULL for none. */
	const char *const *env;
	/* argv[0] was built for the machine under test (meson's host): in a
	 * cross build it runs behind the exe wrapper (see spawn_host_argv). */
	bool host_program;
};

/* spawn(), started with options, and no input. */
struct spawn_result spawn_with(char *const argv[], struct spawn_options options);
/* spawn(), started with options. */
struct spawn_result spawn_input_with(char *const argv[], const char *input, size_t input_len,
				     struct spawn_options options);
void spawn_free(struct spawn_result *r);

/* The command line that runs argv[0], a program built for the machine under
 * test: argv itself, or in a cross build argv behind meson's exe wrapper
 * (qemu-s390x, wine), which meson names in MESON_EXE_WRAPPER for a test it
 * runs through the wrapper (and tests/meson.build for a test built for the
 * build machine); the wrapper's words are split at spaces. One block: free()
 * it when done, argv's strings stay the caller's. */
char **spawn_host_argv(char *const argv[]);

/* A directory for the front of PATH in which the name of program (built for
 * the machine under test), less any ".exe", runs it: the program's own
 * directory in a native build; in a cross build, dir, where this writes a
 * script of that name that runs the program behind the exe wrapper. The
 * caller frees it. */
char *spawn_host_path_dir(const char *program, const char *dir);

/* A program left running, for tests that talk to it line by line. */
struct child {
	int pid;
	int in, out, err; /* its stdin to write, its stdout and stderr to read; -1 if closed */
};

/* Starts argv[0]. */
struct child spawn_start(char *const argv[], struct spawn_options options);
/* Reads one line of its stdout into buf, waiting at most timeout_ms; false on
 * timeout or end of output. */
bool child_read_line(struct child *c, char *buf, size_t size, int timeout_ms);
/* Closes its stdin, collects its stderr and waits: the exit status, or 128 +
 * the signal that ended it. */
int child_finish(struct child *c, char **err);

/* What the shell command prints on its standard output and error, run by sh
 * with dir first on PATH (spawn_host_path_dir's, for the tool). */
char *shell_output_with_path(const char *dir, const char *command);

/* The same as skip_unless_found (helpers.h) for a command the test runs
 * through the shell, looked for on PATH. */
void skip_unless_on_path(const char *command);

/* A new empty directory under $TMPDIR (or /tmp); the caller frees the path. */
char *scratch_dir_new(void);
/* Deletes the directory and everything in it (symbolic links, not what they
 * point at). */
void scratch_dir_remove(const char *dir);

/* A scratch directory for the whole of a test program, for cmocka's group
 * setup and teardown: made before the first test (HS_WORK in the
 * environment names it too) and removed, with all in it, after the last. */
extern char *scratch;
int scratch_setup(void **state);
int scratch_teardown(void **state);
/* Writes text to the file of that name (a path below it) in the scratch
 * directory; exits 1 if it cannot. */
void scratch_write(const char *name, const char *text);

/* Runs script with sh -e, in the test's environment. Unless it exits 0, shows
 * the script and everything it printed and fails the test. Returns its
 * standard output, which the caller frees. (shell.c, the one helper that
 * needs cmocka.) */
char *shell(const char *script);

#endif
