/* What the test programs share beyond their own area: whole files, paths,
 * command-line arguments, and the one linear-scan oracle for name and phrase
 * lookups; all of it in standard C, for every machine the tests run on.
 * Together with testdata.h (the data file), spawn.h (running programs,
 * scratch directories, shell commands: POSIX) and json.h (reading JSON) it
 * makes the one test helper library. */
#ifndef HTTPSTATUS_TEST_HELPERS_H
#define HTTPSTATUS_TEST_HELPERS_H

#include <stdbool.h>
#include <stddef.h>

/* The whole file at path, NUL-terminated (its length in *len if len is not
 * NULL), in memory the caller frees; says why and exits 1 if it cannot. */
char *read_file(const char *path, size_t *len);

/* Writes text to the file at path, made or emptied; says why and exits 1 if
 * it cannot. */
void write_file(const char *path, const char *text);

enum { FUNCTIONS_MAX = 128, FUNCTION_NAME_MAX = 64 };

/* The names of the functions the header at path declares with
 * HTTPSTATUS_API, in order, into names; how many. Exits 1 past max. */
size_t header_functions(const char *path, char names[][FUNCTION_NAME_MAX], size_t max);

/* A copy of the len bytes at s in a heap block of exactly len bytes (1 for
 * none), which the caller frees: a read past the end of it is caught by the
 * sanitizers and valgrind. Exits 1 if out of memory. */
void *exact_copy(const void *s, size_t len);

/* dir/name, in memory the caller frees. */
char *path_join(const char *dir, const char *name);

/* Exits 2 with "usage: PROGRAM usage" unless there are count arguments
 * after the program's name. */
void check_args(int argc, char **argv, int count, const char *usage);

/* Exits 77, which meson counts as skipped, saying that what is missing,
 * unless path (a tool meson looked for) is not empty. */
void skip_unless_found(const char *path, const char *what);

/* The printf-formatted string, in memory the caller frees. */
#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
char *
format(const char *fmt, ...);

/* Cuts the white space (the newline a command prints) off the end of s. */
char *trim_end(char *s);

/* Whether key (NULL: none) is the len bytes at s, ignoring ASCII case. */
bool equal_ignoring_case(const char *key, const void *s, size_t len);

/* What httpstatus_from_name_n (phrases false) or httpstatus_from_phrase_n
 * (phrases true) must answer for the len bytes at s, found the slow, obvious
 * way: every known code's names or phrases, older ones included, compared
 * one by one ignoring ASCII case. */
int oracle_code_of(bool phrases, const void *s, size_t len);

/* What httpstatus_unofficial_from_phrase_n must answer: the code of the
 * first unofficial use whose phrase or name the bytes are, ignoring ASCII
 * case, asking httpstatus_unofficial() of every code. */
int oracle_unofficial_code_of(const void *s, size_t len);

#endif
