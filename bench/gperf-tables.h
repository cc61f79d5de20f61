/* The lookup functions gperf writes from gen-bench-data's input (see
 * meson.build): names and phrases, case-sensitive and %ignore-case, and
 * method tokens, with the same options and with gperf's defaults. With
 * %pic the name member is an offset into gperf's string pool. */
#ifndef BENCH_GPERF_TABLES_H
#define BENCH_GPERF_TABLES_H

#include <stddef.h>

struct gperf_key {
	int name;
	int code;
};

const struct gperf_key *gperf_name_exact(const char *str, size_t len);
const struct gperf_key *gperf_name_icase(const char *str, size_t len);
const struct gperf_key *gperf_phrase_exact(const char *str, size_t len);
const struct gperf_key *gperf_phrase_icase(const char *str, size_t len);
const struct gperf_key *gperf_method_exact(const char *str, size_t len);

/* gperf as it comes: pointers, and a table it can write to. */
struct gperf_method {
	const char *name;
	int id;
};

struct gperf_method *gperf_method_default(const char *str, size_t len);

#endif
