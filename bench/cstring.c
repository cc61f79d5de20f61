/* The C-string form of the lookups that take a length: what a user who has
 * a NUL-terminated string writes, f(s, strlen(s)). Each is an ordinary
 * function in this file of its own, so that it is not inlined into the
 * timing loops, and so that callgrind's --toggle-collect on it counts the
 * strlen too. */
#include "baselines.h"

#include <string.h>

#if BENCH_HAVE_GPERF
#include "gperf-tables.h"

/* The entry gperf found, or NULL, to the code. */
#define GPERF_CSTRING(kind, letter_case)                                                           \
	int gperf_##kind##_default_##letter_case##_cstring(const char *s)                          \
	{                                                                                          \
		const struct gperf_default_entry *e =                                              \
			gperf_##kind##_default_##letter_case(s, strlen(s));                        \
		return e ? e->code : 0;                                                            \
	}                                                                                          \
	int gperf_##kind##_pic_##letter_case##_cstring(const char *s)                              \
	{                                                                                          \
		const struct gperf_pic_entry *e = gperf_##kind##_pic_##letter_case(s, strlen(s));  \
		return e ? e->code : 0;                                                            \
	}

GPERF_CSTRING(name, exact)
GPERF_CSTRING(name, icase)
GPERF_CSTRING(phrase, exact)
GPERF_CSTRING(phrase, icase)
GPERF_CSTRING(unofficial, exact)
GPERF_CSTRING(unofficial, icase)
GPERF_CSTRING(method, exact)
#endif

int switch_method_cstring(const char *token)
{
	return switch_method(token, strlen(token));
}
