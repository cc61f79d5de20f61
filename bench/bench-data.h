/* The benchmark's own copy of the data files' codes, names, phrases,
 * unofficial phrases and methods, written by gen-bench-data: the plain
 * arrays and linear-scan tables that libhttpstatus is compared with, and the
 * keys the input streams use. */
#ifndef BENCH_DATA_H
#define BENCH_DATA_H

#include <stddef.h>

#define BENCH_CODE_MIN 100
#define BENCH_CODE_SPAN 500

struct bench_key {
	const char *text;
	int code; /* a method's id, for a method */
};

/* Indexed by code - BENCH_CODE_MIN; NULL for a code with no entry. */
extern const char *const plain_phrases[BENCH_CODE_SPAN];
/* The same, but an unknown code has the phrase of its class's x00 code. */
extern const char *const plain_reasons[BENCH_CODE_SPAN];
/* The class, 1 to 5, of every code 100-599. */
extern const unsigned char plain_classes[BENCH_CODE_SPAN];

struct bench_entry {
	int code;
	const char *name, *phrase;
};

/* Every entry, in the order of the data file (by code). */
extern const struct bench_entry bench_entries[];
extern const size_t bench_entries_count;

/* Every name (every phrase), each current one followed by its older ones. */
extern const struct bench_key bench_names[], bench_phrases[];
extern const size_t bench_names_count, bench_phrases_count;

/* Only the older names (phrases). */
extern const struct bench_key bench_old_names[], bench_old_phrases[];
extern const size_t bench_old_names_count, bench_old_phrases_count;

/* Every phrase of an unofficial use (a use may have none), and every key
 * httpstatus_unofficial_from_phrase knows: the phrases and the names. */
extern const struct bench_key bench_unofficial_phrases[], bench_unofficial_keys[];
extern const size_t bench_unofficial_phrases_count, bench_unofficial_keys_count;

/* Every method token with its id, in id order. */
extern const struct bench_key bench_methods[];
extern const size_t bench_methods_count;

/* Status lines by code - BENCH_CODE_MIN, for every registered code, {0,
 * NULL} for the rest: nginx's way, "404 Not Found" and its length, and the
 * whole line, "HTTP/1.1 404 Not Found\r\n", precomputed. */
struct bench_line {
	size_t len;
	const char *text;
};
extern const struct bench_line nginx_status_lines[BENCH_CODE_SPAN];
extern const struct bench_line plain_status_lines[BENCH_CODE_SPAN];

#endif
