/* The data files, read independently of the generator, so tests compare the
 * library with the source it was built from rather than with itself. */
#ifndef HTTPSTATUS_TESTDATA_H
#define HTTPSTATUS_TESTDATA_H

#include <stdbool.h>
#include <stddef.h>

enum { TESTDATA_MAX_ALIASES = 16 };

struct test_entry {
	int code;
	const char *name, *phrase, *flags, *reference, *description;
	size_t alias_count;
	const char *aliases[TESTDATA_MAX_ALIASES];
	bool alias_is_phrase[TESTDATA_MAX_ALIASES];
};

struct test_data {
	char *text;
	struct test_entry *entries;
	size_t count;
};

/* Reads a well-formed data file (the generator has validated it); exits the
 * test program with a message if it cannot. */
void testdata_load(const char *path, struct test_data *td);
void testdata_free(struct test_data *td);

/* One line of the methods file; the flags as written and as booleans. */
struct test_method {
	int id;
	const char *token, *flags, *reference, *description;
	bool safe, idempotent, cacheable;
};

struct test_methods {
	char *text;
	struct test_method *methods;
	size_t count;
};

/* Reads a well-formed methods file, as testdata_load does the status codes. */
void testdata_load_methods(const char *path, struct test_methods *tm);
void testdata_free_methods(struct test_methods *tm);

/* The data file named on the command line, loaded by testdata_from_args(). */
extern struct test_data testdata;
void testdata_from_args(int argc, char **argv);

/* A copy of s with ASCII letters upper-cased, lower-cased, or alternating
 * from upper case; in a buffer the caller frees. */
char *testdata_upper(const char *s);
char *testdata_lower(const char *s);
char *testdata_mixed(const char *s);

/* Reads one field of a CSV line (quoted or not) into out, cut to size;
 * returns the text after it and its comma. */
const char *testdata_csv_field(const char *s, char *out, size_t size);

#endif
