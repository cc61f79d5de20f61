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

/* What a client or a log sees of an unofficial use, in data-file spelling:
 * unofficial_use.wire is an index of this list, the one list of them. */
enum { WIRE_SENT, WIRE_LOG_ONLY, WIRE_SENT_AS_400, WIRE_IN_BODY, WIRE_CLIENT_SIDE, WIRE_COUNT };
extern const struct flag_word unofficial_wires[WIRE_COUNT];

/* One line of the unofficial-codes file: a use of a code outside the
 * registry, by one source. */
struct unofficial_use {
	unsigned line;
	int code;
	const char *source; /* "AWS ELB" */
	const char *name;
	const char *phrase; /* NULL where the source gives none */
	unsigned wire;
	const char *reference;
	const char *description;
	char *constant; /* "AWS_ELB_UNAUTHORIZED": HTTP_STATUS_ and this */
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

	struct tsv unofficial_file;
	struct unofficial_use *uses; /* by code, each code's in file order */
	size_t use_count;
	/* The uses' names and phrases together (one lookup answers both), and
	 * their constants. */
	struct tsv_keyset unofficial_keys, unofficial_constants;

	struct tsv methods_file;
	struct method_entry *methods; /* in id order */
	size_t method_count;
	struct tsv_keyset method_tokens;
};

/* The data files, by kind. Without an unofficial-codes or a methods file
 * there are no unofficial uses or methods (the build always gives both; the
 * generator's tests of one file need not give the others). */
struct data_paths {
	const char *status_codes;
	const char *unofficial_codes; /* or NULL */
	const char *methods; /* NULL: no methods */
};

/* Reads and checks every file. Each problem is reported on diagnostics as
 * "PATH:LINE: error: what"; then false is returned and *d holds nothing. */
bool data_load(const struct data_paths *paths, FILE *diagnostics, struct data *d);
void data_free(struct data *d);

/* Reads the status-code file that t has open into d; false (and every
 * problem reported) if it is not valid. */
bool status_file_read(struct tsv *t, struct data *d);

/* Reads the unofficial-codes file that t has open into d, which holds the
 * status codes already; false (and every problem reported) if it is not
 * valid. */
bool unofficial_file_read(struct tsv *t, struct data *d);

/* Checks of the fields the files share, each reporting at t's line. */
/* A code of three digits, 100 to 599, into *code. */
bool data_parse_code(struct tsv *t, const char *s, int *code);
/* A constant name, [A-Z][A-Z0-9_]*, short enough to be a key. */
bool data_check_name(struct tsv *t, const char *what, const char *s);
/* A reason phrase: what status lines, C comments and man pages all take. */
bool data_check_phrase(struct tsv *t, const char *what, const char *s);
/* A name or phrase short enough for the tables' lengths. */
bool data_check_key_length(struct tsv *t, const char *what, const char *s);

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
