/* Everything the data files say, read and checked in full before anything is
 * generated from it. Each file's format is described at its top. */
#ifndef HTTPSTATUS_DATA_H
#define HTTPSTATUS_DATA_H

#include "tsv.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum { DATA_MAX_ALIASES = 16 };

/* A flag word as the data file spells it, and what it means (for the
 * headers' comments and the manual page). */
struct flag_word {
	const char *word;
	const char *meaning;
};

/* The status flags, in data-file spelling: bit i of status_entry.flags is
 * word i, and HTTPSTATUS_FLAG_<WORD> is 1 << i. The one list of them. */
enum {
	STATUS_FLAG_IANA,
	STATUS_FLAG_TEMPORARY,
	STATUS_FLAG_UNOFFICIAL,
	STATUS_FLAG_OBSOLETE,
	STATUS_FLAG_DEPRECATED,
	STATUS_FLAG_NO_CONTENT,
	STATUS_FLAG_CACHEABLE,
	STATUS_FLAG_RETRYABLE,
	STATUS_FLAG_COUNT
};
extern const struct flag_word status_flags[STATUS_FLAG_COUNT];

/* The method flags, the same way: bit i of method_entry.flags is word i. */
enum { METHOD_FLAG_SAFE, METHOD_FLAG_IDEMPOTENT, METHOD_FLAG_CACHEABLE, METHOD_FLAG_COUNT };
extern const struct flag_word method_flags[METHOD_FLAG_COUNT];

/* The highest method id: the tables store ids in 8 bits. */
enum { METHOD_ID_MAX = 255 };

struct alias {
	const char *text;
	bool is_phrase; /* else an older constant name */
};

/* One line of the status-code file. */
struct status_entry {
	unsigned line;
	int code;
	const char *name;
	const char *phrase;
	const char *reference;
	const char *description;
	unsigned flags;
	size_t alias_count;
	struct alias aliases[DATA_MAX_ALIASES];
};

/* One line of the methods file. */
struct method_entry {
	unsigned line;
	int id;
	const char *token;
	const char *reference;
	const char *description;
	unsigned flags;
};

struct data {
	struct tsv status_file;
	struct status_entry *codes; /* sorted by code */
	size_t code_count;
	/* Every name and phrase taken, older ones included, to keep the
	 * other files' keys apart from them. */
	struct tsv_keyset status_names, status_phrases;

	struct tsv methods_file;
	struct method_entry *methods; /* in id order */
	size_t method_count;
	struct tsv_keyset method_tokens;
};

/* The data files, by kind. */
struct data_paths {
	const char *status_codes;
	const char *methods; /* NULL: no methods */
};

/* Reads and checks every file. Each problem is reported on diagnostics as
 * "PATH:LINE: error: what"; then false is returned and *d holds nothing. */
bool data_load(const struct data_paths *paths, FILE *diagnostics, struct data *d);
void data_free(struct data *d);

/* Reads the status-code file that t has open into d; false (and every
 * problem reported) if it is not valid. */
bool status_file_read(struct tsv *t, struct data *d);

/* Reads the methods file that t has open into d, which holds the status
 * codes already (a method may not be a status name or phrase); false (and
 * every problem reported) if it is not valid. */
bool methods_file_read(struct tsv *t, struct data *d);

/* Parses s, flag words joined by commas or "-" for none, into bits of the
 * count words (bit i for words[i].word); with in_order, the words must come
 * in the list's order. False, having reported why, if s is not that. */
bool parse_flag_words(struct tsv *t, char *s, const struct flag_word *words, unsigned count,
		      bool in_order, unsigned *flags);

#endif
