/* What every data file shares: reading it whole, its lines, bytes and
 * tab-separated columns, keys that must be unique ignoring case, and
 * diagnostics like a compiler's, "FILE:LINE: error: what". Each format
 * (status-file.c, ...) says only what its columns are and what they hold. */
#ifndef HTTPSTATUS_TSV_H
#define HTTPSTATUS_TSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum {
	TSV_MAX_BYTES = 1 << 20,
	TSV_MAX_LINE = 4096,
	TSV_MAX_COLUMNS = 8,
	TSV_MAX_ERRORS = 50, /* shown; the rest are counted */
	/* The longest name or phrase: the tables store lengths in 8 bits. */
	TSV_MAX_KEY = 255,
	/* Keys of one kind (names, say), older ones included: the most that a
	 * generated hash table, at 2^16 slots, can give a slot each. */
	TSV_MAX_KEYS = 1024,
};

/* One data file being read. */
struct tsv {
	const char *path; /* as messages name it */
	FILE *diagnostics;
	unsigned errors;
	char *text; /* the file's bytes and a NUL; rows are split in place */
	size_t size;
	size_t next; /* offset of the next line */
	unsigned line; /* number of the line last read */
};

/* The columns of one format. */
struct tsv_format {
	size_t columns;
	const char *const *names; /* for messages: "empty phrase column" */
	unsigned dash_allowed; /* bit i set: column i may be '-' */
	const char *dash_rule; /* "only flags and aliases may be left out" */
	bool ascii_only; /* no byte above 0x7F, in comments either */
};

/* Reads the file at path whole; false, having said why on diagnostics, if it
 * cannot be read. */
bool tsv_open(struct tsv *t, const char *path, FILE *diagnostics);

/* Reads the size bytes at text, a malloc'd buffer of at least size + 1 bytes
 * that t takes over, as the file name. */
void tsv_open_memory(struct tsv *t, const char *name, char *text, size_t size, FILE *diagnostics);

/* Splits the next entry line into the format's columns, in place, and
 * returns true; false at the end of the file. Comments and blank lines are
 * passed over; a line with bad bytes or columns is reported and passed over
 * too, so a caller sees only rows whose every column is non-empty, free of
 * outer spaces, and '-' only where the format allows it. */
bool tsv_next_row(struct tsv *t, const struct tsv_format *format, char **columns);

/* Reports a problem at line ("PATH:LINE: error: ..."); shown up to
 * TSV_MAX_ERRORS, counted always. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
void tsv_error(struct tsv *t, unsigned line, const char *fmt, ...);

/* Says how many errors were not shown, if any; true if there were none. */
bool tsv_finish(struct tsv *t);

/* Frees the text: every row taken from it is gone. */
void tsv_close(struct tsv *t);

/* A field as messages show it: at most 40 bytes, cut at a character
 * boundary. Returned by value, so it lives to the end of the call it is an
 * argument of. */
struct tsv_shown {
	char text[48];
};
struct tsv_shown tsv_shorten(const char *s);

/* Splits s in place at each sep; returns how many parts there are, filling
 * at most max of them. */
size_t tsv_split(char *s, char sep, char **parts, size_t max);

/* Whether s is [A-Z][A-Z0-9_]*. */
bool tsv_is_name(const char *s);

/* Whether s is fit to be a reason phrase: phrases end up in status lines, C
 * comments and man pages, and letters, digits, single spaces and a little
 * punctuation (' - . , ( ) / & +) keep them safe in all three. */
bool tsv_is_phrase(const char *s);

/* Whether a and b are equal ignoring ASCII case. */
bool tsv_same_folded(const char *a, const char *b);

/* A name or phrase taken, to find another equal to it ignoring case. */
struct tsv_key {
	const char *text;
	const char *kind; /* "name", "alias", "phrase", "older phrase", "method" */
	const char *path;
	unsigned line;
	int value; /* the code, or the method's id */
};

struct tsv_keyset {
	const char *what; /* "names": for "more than 1024 names: ..." */
	struct tsv_key *keys;
	size_t count, capacity;
	bool full; /* and said so */
};

/* The key of set equal to text ignoring case, or NULL. */
const struct tsv_key *tsv_keyset_find(const struct tsv_keyset *set, const char *text);

/* Adds key to set, or reports (at key's line of t) the key it equals, or
 * that the set is full; true if added. */
bool tsv_keyset_claim(struct tsv *t, struct tsv_keyset *set, struct tsv_key key);

/* "the name of 404 at line 7", or "... at gen/status-codes.tsv:7" when old
 * is from another file than t's, for messages about a taken key. */
struct tsv_taken {
	char text[160];
};
struct tsv_taken tsv_describe_taken(const struct tsv *t, const struct tsv_key *old);

/* Reports (at key's line of t) that key is taken, being equal to old:
 * "method 'OK' is already the name of 200 at gen/status-codes.tsv:31". */
void tsv_report_taken(struct tsv *t, const struct tsv_key *key, const struct tsv_key *old);

void tsv_keyset_free(struct tsv_keyset *set);

/* Grows a malloc'd array for one more element: *capacity doubles. */
void *tsv_grow(void *array, size_t *capacity, size_t size);

#endif
