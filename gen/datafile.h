/* The status-code data file, read and validated in full before anything is
 * generated from it. The format is described at the top of status-codes.tsv. */
#ifndef HTTPSTATUS_DATAFILE_H
#define HTTPSTATUS_DATAFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum {
	DATAFILE_MAX_BYTES = 1 << 20,
	DATAFILE_MAX_LINE = 4096,
	DATAFILE_MAX_KEY = 64, /* longest name or phrase, in bytes */
	DATAFILE_MAX_ALIASES = 16,
	/* Names (older ones included) and phrases, each: the most that the
	 * generated hash tables, at 2^16 slots, can give a slot each. */
	DATAFILE_MAX_KEYS = 1024,
	DATAFILE_MAX_ERRORS = 50,
};

/* The flag words, in data-file spelling; bit i of entry.flags is word i. */
enum {
	FLAG_IANA,
	FLAG_TEMPORARY,
	FLAG_UNOFFICIAL,
	FLAG_OBSOLETE,
	FLAG_DEPRECATED,
	FLAG_NO_CONTENT,
	FLAG_CACHEABLE,
	FLAG_RETRYABLE,
	FLAG_COUNT
};
extern const char *const datafile_flag_words[FLAG_COUNT];

struct alias {
	const char *text;
	bool is_phrase; /* else an older constant name */
};

struct entry {
	unsigned line;
	int code;
	const char *name;
	const char *phrase;
	const char *reference;
	const char *description;
	unsigned flags;
	size_t alias_count;
	struct alias aliases[DATAFILE_MAX_ALIASES];
};

struct datafile {
	char *text; /* the file's bytes; the fields point into it */
	struct entry *entries; /* sorted by code */
	size_t count;
};

/* Reads and checks the file at path. Every problem is reported on stderr as
 * "PATH:LINE: error: what"; then false is returned and *df holds nothing. */
bool datafile_load(const char *path, struct datafile *df);

/* Checks the size bytes at text, a malloc'd buffer of at least size + 1 bytes
 * that the datafile takes over (and frees on failure), reporting problems to
 * diagnostics as "NAME:LINE: error: what". */
bool datafile_parse(const char *name, char *text, size_t size, FILE *diagnostics,
		    struct datafile *df);
void datafile_free(struct datafile *df);

#endif
