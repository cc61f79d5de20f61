/* Every implementation of every operation, each with its two timing loops.
 * The loops are written out by macros, one pair per implementation, so
 * that each calls its function directly: no call through a pointer adds to
 * the cost, and no function is inlined into its loop (they live in other
 * files, or other libraries). */
#include "bench.h"

#include "baselines.h"

#include <httpstatus.h>

#include <stddef.h>
#include <stdint.h>

#if BENCH_HAVE_GPERF
#include "gperf-tables.h"
#endif
#if BENCH_HAVE_MHD
#include <microhttpd.h>
#endif
#if BENCH_HAVE_SOUP
#include <libsoup/soup.h>
#endif

volatile uintptr_t bench_zero = 0;

/* Where the status-line loops write. */
static char line[128];

#define CODE_LOOPS(id, result)                                                                     \
	static uintptr_t id##_each(const struct stream *st, size_t rounds)                         \
	{                                                                                          \
		uintptr_t sum = 0;                                                                 \
		for (size_t r = 0; r < rounds; r++)                                                \
			for (size_t i = 0; i < st->count; i++) {                                   \
				int code = st->codes[i];                                           \
				sum += (uintptr_t)(result);                                        \
			}                                                                          \
		return sum;                                                                        \
	}                                                                                          \
	static uintptr_t id##_chained(const struct stream *st, size_t rounds)                      \
	{                                                                                          \
		uintptr_t zero = bench_zero, last = 0;                                             \
		for (size_t r = 0; r < rounds; r++)                                                \
			for (size_t i = 0; i < st->count; i++) {                                   \
				int code = st->codes[i] + (int)(last & zero);                      \
				last = (uintptr_t)(result);                                        \
			}                                                                          \
		return last;                                                                       \
	}

#define KEY_LOOPS(id, result)                                                                      \
	static uintptr_t id##_each(const struct stream *st, size_t rounds)                         \
	{                                                                                          \
		uintptr_t sum = 0;                                                                 \
		for (size_t r = 0; r < rounds; r++)                                                \
			for (size_t i = 0; i < st->count; i++) {                                   \
				const char *s = st->keys[i].text;                                  \
				size_t len = st->keys[i].len;                                      \
				(void)len;                                                         \
				sum += (uintptr_t)(result);                                        \
			}                                                                          \
		return sum;                                                                        \
	}                                                                                          \
	static uintptr_t id##_chained(const struct stream *st, size_t rounds)                      \
	{                                                                                          \
		uintptr_t zero = bench_zero, last = 0;                                             \
		for (size_t r = 0; r < rounds; r++)                                                \
			for (size_t i = 0; i < st->count; i++) {                                   \
				const char *s = st->keys[i].text + (last & zero);                  \
				size_t len = st->keys[i].len;                                      \
				(void)len;                                                         \
				last = (uintptr_t)(result);                                        \
			}                                                                          \
		return last;                                                                       \
	}

#define IMPL(id, label, symbol, loops)                                                             \
	{                                                                                          \
		id, label, symbol, NULL, loops##_each, loops##_chained                             \
	}
#define SKIPPED(id, label, why)                                                                    \
	{                                                                                          \
		id, label, NULL, why, NULL, NULL                                                   \
	}

#define NO_GPERF "gperf not installed"
#define NO_MHD "libmicrohttpd-dev not installed"
#define NO_SOUP "libsoup-3.0-dev not installed"

/* code -> phrase */
CODE_LOOPS(phrase_lib, httpstatus_phrase(code))
CODE_LOOPS(phrase_plain, plain_phrase(code))
CODE_LOOPS(phrase_scan, scan_phrase(code))
#if BENCH_HAVE_MHD
CODE_LOOPS(phrase_mhd, MHD_get_reason_phrase_for((unsigned)code))
#endif
#if BENCH_HAVE_SOUP
CODE_LOOPS(phrase_soup, soup_status_get_phrase((guint)code))
#endif

static const struct impl phrase_impls[] = {
	IMPL("lib", "libhttpstatus", "httpstatus_phrase", phrase_lib),
	IMPL("array", "plain array", "plain_phrase", phrase_plain),
	IMPL("scan", "linear scan", "scan_phrase", phrase_scan),
#if BENCH_HAVE_MHD
	IMPL("mhd", "libmicrohttpd", "MHD_get_reason_phrase_for", phrase_mhd),
#else
	SKIPPED("mhd", "libmicrohttpd", NO_MHD),
#endif
#if BENCH_HAVE_SOUP
	IMPL("soup", "libsoup 3", "soup_status_get_phrase", phrase_soup),
#else
	SKIPPED("soup", "libsoup 3", NO_SOUP),
#endif
};

/* code -> class */
CODE_LOOPS(class_lib, httpstatus_class(code))
CODE_LOOPS(class_plain, plain_class(code))

static const struct impl class_impls[] = {
	IMPL("lib", "libhttpstatus", "httpstatus_class", class_lib),
	IMPL("array", "plain array", "plain_class", class_plain),
};

/* code -> httpstatus_reason (the class's x00 phrase for an unknown code) */
CODE_LOOPS(reason_lib, httpstatus_reason(code))
CODE_LOOPS(reason_plain, plain_reason(code))
CODE_LOOPS(reason_scan, scan_reason(code))

static const struct impl reason_impls[] = {
	IMPL("lib", "libhttpstatus", "httpstatus_reason", reason_lib),
	IMPL("array", "plain array", "plain_reason", reason_plain),
	IMPL("scan", "linear scan", "scan_reason", reason_scan),
};

/* code -> "HTTP/1.1 404 Not Found\r\n" */
CODE_LOOPS(line_lib, httpstatus_status_line(line, sizeof line, code))
CODE_LOOPS(line_plain, plain_status_line(line, sizeof line, code))
CODE_LOOPS(line_snprintf, snprintf_status_line(line, sizeof line, code))
CODE_LOOPS(line_nginx, nginx_status_line(line, sizeof line, code))
/* The precomputed line, ready for writev: no copy at all. */
static inline uintptr_t static_line(int code)
{
	size_t len;
	const char *s = httpstatus_status_line_static(code, &len);
	return (uintptr_t)s + len;
}
CODE_LOOPS(line_lib_static, static_line(code))

static const struct impl line_impls[] = {
	IMPL("lib", "libhttpstatus", "httpstatus_status_line", line_lib),
	IMPL("lib-static", "libhttpstatus, precomputed", "httpstatus_status_line_static",
	     line_lib_static),
	IMPL("array", "plain array + memcpy", "plain_status_line", line_plain),
	IMPL("snprintf", "plain array + snprintf", "snprintf_status_line", line_snprintf),
	IMPL("nginx", "nginx-style \"NNN Phrase\" + memcpy", "nginx_status_line", line_nginx),
};

#if BENCH_HAVE_GPERF
static inline int gperf_code(const struct gperf_key *key)
{
	return key ? key->code : 0;
}
#endif

/* name -> code */
KEY_LOOPS(name_lib, httpstatus_from_name_n(s, len))
KEY_LOOPS(name_lib_cstring, httpstatus_from_name(s))
KEY_LOOPS(name_scan, scan_name_folded(s))
KEY_LOOPS(name_scan_strcmp, scan_name_strcmp(s))
#if BENCH_HAVE_GPERF
KEY_LOOPS(name_gperf, gperf_code(gperf_name_exact(s, len)))
KEY_LOOPS(name_gperf_icase, gperf_code(gperf_name_icase(s, len)))
#endif

static const struct impl name_impls[] = {
	IMPL("lib", "libhttpstatus", "httpstatus_from_name_n", name_lib),
	IMPL("lib-cstring", "libhttpstatus, C string", "httpstatus_from_name", name_lib_cstring),
	IMPL("scan", "linear scan, folded", "scan_name_folded", name_scan),
	IMPL("scan-strcmp", "linear scan, strcmp", "scan_name_strcmp", name_scan_strcmp),
#if BENCH_HAVE_GPERF
	IMPL("gperf", "gperf", "gperf_name_exact", name_gperf),
	IMPL("gperf-icase", "gperf %ignore-case", "gperf_name_icase", name_gperf_icase),
#else
	SKIPPED("gperf", "gperf", NO_GPERF),
	SKIPPED("gperf-icase", "gperf %ignore-case", NO_GPERF),
#endif
};

/* phrase -> code */
KEY_LOOPS(phrase_code_lib, httpstatus_from_phrase_n(s, len))
KEY_LOOPS(phrase_code_lib_cstring, httpstatus_from_phrase(s))
KEY_LOOPS(phrase_code_scan, scan_phrase_folded(s))
KEY_LOOPS(phrase_code_scan_strcmp, scan_phrase_strcmp(s))
#if BENCH_HAVE_GPERF
KEY_LOOPS(phrase_code_gperf, gperf_code(gperf_phrase_exact(s, len)))
KEY_LOOPS(phrase_code_gperf_icase, gperf_code(gperf_phrase_icase(s, len)))
#endif

static const struct impl phrase_code_impls[] = {
	IMPL("lib", "libhttpstatus", "httpstatus_from_phrase_n", phrase_code_lib),
	IMPL("lib-cstring", "libhttpstatus, C string", "httpstatus_from_phrase",
	     phrase_code_lib_cstring),
	IMPL("scan", "linear scan, folded", "scan_phrase_folded", phrase_code_scan),
	IMPL("scan-strcmp", "linear scan, strcmp", "scan_phrase_strcmp", phrase_code_scan_strcmp),
#if BENCH_HAVE_GPERF
	IMPL("gperf", "gperf", "gperf_phrase_exact", phrase_code_gperf),
	IMPL("gperf-icase", "gperf %ignore-case", "gperf_phrase_icase", phrase_code_gperf_icase),
#else
	SKIPPED("gperf", "gperf", NO_GPERF),
	SKIPPED("gperf-icase", "gperf %ignore-case", NO_GPERF),
#endif
};

/* method -> id */
#if BENCH_HAVE_GPERF
static inline int gperf_method_id(const struct gperf_method *method)
{
	return method ? method->id : 0;
}
#endif

KEY_LOOPS(method_lib, httpstatus_method_from_name_n(s, len))
KEY_LOOPS(method_lib_cstring, httpstatus_method_from_name(s))
KEY_LOOPS(method_switch, switch_method(s, len))
KEY_LOOPS(method_scan_strcmp, scan_method_strcmp(s))
#if BENCH_HAVE_GPERF
KEY_LOOPS(method_gperf, gperf_code(gperf_method_exact(s, len)))
KEY_LOOPS(method_gperf_default, gperf_method_id(gperf_method_default(s, len)))
#endif

static const struct impl method_impls[] = {
	IMPL("lib", "libhttpstatus", "httpstatus_method_from_name_n", method_lib),
	IMPL("lib-cstring", "libhttpstatus, C string", "httpstatus_method_from_name",
	     method_lib_cstring),
	IMPL("switch", "nginx-style switch", "switch_method", method_switch),
	IMPL("scan-strcmp", "linear scan, strcmp", "scan_method_strcmp", method_scan_strcmp),
#if BENCH_HAVE_GPERF
	IMPL("gperf", "gperf", "gperf_method_exact", method_gperf),
	IMPL("gperf-default", "gperf, default options", "gperf_method_default",
	     method_gperf_default),
#else
	SKIPPED("gperf", "gperf", NO_GPERF),
	SKIPPED("gperf-default", "gperf, default options", NO_GPERF),
#endif
};

#define OPERATION(id, title, input, impls)                                                         \
	{                                                                                          \
		id, title, input, impls, sizeof impls / sizeof impls[0]                            \
	}

const struct operation operations[] = {
	OPERATION("phrase", "code → phrase", CODES, phrase_impls),
	OPERATION("class", "code → class", CODES, class_impls),
	OPERATION("reason", "code → httpstatus_reason", CODES, reason_impls),
	OPERATION("status-line", "code → status line", CODES, line_impls),
	OPERATION("name", "name → code", NAMES, name_impls),
	OPERATION("phrase-code", "phrase → code", PHRASES, phrase_code_impls),
	OPERATION("method", "method → id", METHODS, method_impls),
};
const size_t operation_count = sizeof operations / sizeof operations[0];
