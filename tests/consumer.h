/* For the consumer tests, which build programs against libhttpstatus the way
 * its users do: a scratch directory, and shell commands that must succeed. */
#ifndef HTTPSTATUS_CONSUMER_H
#define HTTPSTATUS_CONSUMER_H

/* Makes a new empty directory under $TMPDIR (or /tmp); the caller frees the
 * path. */
char *scratch_dir_new(void);
/* Deletes the directory and everything in it (symbolic links, not what they
 * point at). */
void scratch_dir_remove(const char *dir);

/* Runs script with sh -e, in the test's environment. Unless it exits 0, shows
 * the script and everything it printed and fails the test. Returns its
 * standard output, which the caller frees. */
char *shell(const char *script);

/* The printf-formatted string, in memory the caller frees. */
#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
char *
format(const char *fmt, ...);

/* Cuts the white space (the newline a command prints) off the end of s. */
char *trim_end(char *s);

#endif
