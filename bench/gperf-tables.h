/* The lookup functions gperf writes from gen-bench-data's input (see
 * meson.build), gperf_KIND_CONFIG_CASE: names, phrases, unofficial phrases
 * and method tokens; "default", gperf as a user gets it (the table holds
 * pointers, and gperf's strcmp compares), and "pic", tuned (%pic
 * %readonly-tables: the name member is an offset into gperf's string pool);
 * case-sensitive and %ignore-case (methods: case-sensitive only).
 *
 * Each also has a C-string form, KIND_CONFIG_CASE_cstring (cstring.c): the
 * way a user with a NUL-terminated string calls gperf, lookup(s,
 * strlen(s)), and the code (the id) or 0. */
#ifndef BENCH_GPERF_TABLES_H
#define BENCH_GPERF_TABLES_H

#include <stddef.h>

struct gperf_default_entry {
	const char *name;
	int code; /* a method's id, for a method */
};

struct gperf_pic_entry {
	int name;
	int code;
};

#define GPERF_TABLE(kind, letter_case)                                                             \
	struct gperf_default_entry *gperf_##kind##_default_##letter_case(const char *str,          \
									 size_t len);              \
	const struct gperf_pic_entry *gperf_##kind##_pic_##letter_case(const char *str,            \
								       size_t len);                \
	int gperf_##kind##_default_##letter_case##_cstring(const char *s);                         \
	int gperf_##kind##_pic_##letter_case##_cstring(const char *s);

GPERF_TABLE(name, exact)
GPERF_TABLE(name, icase)
GPERF_TABLE(phrase, exact)
GPERF_TABLE(phrase, icase)
GPERF_TABLE(unofficial, exact)
GPERF_TABLE(unofficial, icase)
GPERF_TABLE(method, exact)

#undef GPERF_TABLE

#endif
