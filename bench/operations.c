/* Every implementation of every operation, each with its two timing loops
 * and a function that gives its answer to one input (for the check that
 * all of them answer as libhttpstatus does). They are written out by
 * macros, one set per implementation, so that each calls its function
 * directly: no call through a pointer adds to the cost, and no function is
 * inlined into its loop (they live in other files, or other libraries). */
#include "bench.h"

#include "baselines.h"
#include "status-fields.h"

#include <httpstatus.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

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

/* Where the status-line and :status loops write. */
static char line[128];
static unsigned char field[16];

/* The inputs of call i of a stream, as variables for the call to use. bias
 * is 0, but in the chained loops it is made of the last result, so that
 * the call waits for the one before. */
#define TAKE_CODE(st, i, bias) int code = (st)->codes[i] + (int)(bias);
#define TAKE_CODE_AND_METHOD(st, i, bias)                                                          \
	int code = (st)->codes[i] + (int)(bias);                                                   \
	enum httpstatus_method method = (enum httpstatus_method)(st)->methods[i];
#define TAKE_KEY(st, i, bias)                                                                      \
	const char *s = (st)->keys[i].text + (bias);                                               \
	size_t len = (st)->keys[i].len;                                                            \
	(void)len;

/* One implementation: its timing loops, which add up result (an expression
 * of the inputs that TAKE declares), and its answer function, in which
 * record (statements of the same inputs) fills in the answer a. */
#define LOOPS(id, TAKE, result, record)                                                            \
	static uintptr_t id##_each(const struct stream *st, size_t rounds)                         \
	{                                                                                          \
		uintptr_t sum = 0;                                                                 \
		for (size_t r = 0; r < rounds; r++)                                                \
			for (size_t i = 0; i < st->count; i++) {                                   \
				TAKE(st, i, 0)                                                     \
				sum += (uintptr_t)(result);                                        \
			}                                                                          \
		return sum;                                                                        \
	}                                                                                          \
	static uintptr_t id##_chained(const struct stream *st, size_t rounds)                      \
	{                                                                                          \
		uintptr_t zero = bench_zero, last = 0;                                             \
		for (size_t r = 0; r < rounds; r++)                                                \
			for (size_t i = 0; i < st->count; i++) {                                   \
				TAKE(st, i, (last & zero))                                         \
				last = (uintptr_t)(result);                                        \
			}                                                                          \
		return last;                                                                       \
	}                                                                                          \
	static void id##_answer(const struct stream *st, size_t i, struct answer *a)               \
	{                                                                                          \
		TAKE(st, i, 0)                                                                     \
		record;                                                                            \
	}

static void record_number(struct answer *a, long long number)
{
	*a = (struct answer){.number = number};
}

static void record_text(struct answer *a, const char *text)
{
	*a = (struct answer){.has_text = text != NULL};
	if (text)
		snprintf(a->text, sizeof a->text, "%s", text);
}

static void record_line(struct answer *a, const char *text, size_t len)
{
	record_text(a, text);
	a->number = (long long)len;
}

/* A :status field's answer: its length, and its bytes in hex. */
static void record_field(struct answer *a, const unsigned char *bytes, size_t len)
{
	*a = (struct answer){.number = (long long)len, .has_text = bytes != NULL};
	for (size_t i = 0; bytes && i < len && 2 * i + 2 < sizeof a->text; i++)
		snprintf(a->text + 2 * i, 3, "%02x", bytes[i]);
}

static char *emptied_line(void)
{
	line[0] = '\0';
	return line;
}

/* The shapes of the operations. A code to a number or a string (as_what
 * is record_number or record_text); a code and a method to a number; a key
 * to a number. */
#define CODE_OP(id, result, as_what) LOOPS(id, TAKE_CODE, result, as_what(a, result))
#define CODE_AND_METHOD_OP(id, result)                                                             \
	LOOPS(id, TAKE_CODE_AND_METHOD, result, record_number(a, result))
#define KEY_OP(id, result) LOOPS(id, TAKE_KEY, result, record_number(a, result))
/* A status line written into line: its answer is the length returned and
 * what is in line afterwards (emptied first, for a call that writes
 * nothing). */
#define WRITTEN_LINE_OP(id, fn)                                                                    \
	LOOPS(id, TAKE_CODE, fn(line, sizeof line, code),                                          \
	      record_line(a, line, fn(emptied_line(), sizeof line, code)))
/* Something precomputed: fn gives it and stores its length; the loops add
 * up both, and the answer is both, as record (record_line, record_field)
 * takes them. */
#define PRECOMPUTED_OP(id, fn, record)                                                             \
	static inline uintptr_t id##_call(int code)                                                \
	{                                                                                          \
		size_t len;                                                                        \
		const void *p = fn(code, &len);                                                    \
		return (uintptr_t)p + len;                                                         \
	}                                                                                          \
	static void id##_record(struct answer *a, int code)                                        \
	{                                                                                          \
		size_t len;                                                                        \
		const void *p = fn(code, &len);                                                    \
		record(a, p, len);                                                                 \
	}                                                                                          \
	LOOPS(id, TAKE_CODE, id##_call(code), id##_record(a, code))
/* A precomputed status line. */
#define STATIC_LINE_OP(id, fn) PRECOMPUTED_OP(id, fn, record_line)
/* A :status field written into field: the loops add up the lengths, and
 * the answer is the length and the bytes. */
#define WRITTEN_FIELD_OP(id, fn)                                                                   \
	static void id##_record(struct answer *a, int code)                                        \
	{                                                                                          \
		size_t len = fn(code, field);                                                      \
		record_field(a, len ? field : NULL, len);                                          \
	}                                                                                          \
	LOOPS(id, TAKE_CODE, fn(code, field), id##_record(a, code))

#define IMPL_WITH(id_, label_, symbol_, loops, more)                                               \
	{                                                                                          \
		.id = id_, .label = label_, .symbol = symbol_, .each = loops##_each,               \
		.chained = loops##_chained, .answer = loops##_answer, more                         \
	}
#define IMPL(id, label, symbol, loops) IMPL_WITH(id, label, symbol, loops, .missing = NULL)
/* An implementation that tells case apart by design: it finds nothing on
 * a recased stream, and is not run on one. */
#define EXACT_IMPL(id, label, symbol, loops)                                                       \
	IMPL_WITH(id, label, symbol, loops, .case_sensitive = true)
/* A peer whose answers are its own, so not checked against the library's. */
#define PEER_IMPL(id, label, symbol, loops, why)                                                   \
	IMPL_WITH(id, label, symbol, loops, .own_answers = why)
#define SKIPPED(id_, label_, why)                                                                  \
	{                                                                                          \
		.id = id_, .label = label_, .missing = why                                         \
	}

#define NO_GPERF "gperf not installed"
#define NO_MHD "libmicrohttpd-dev not installed"
#define NO_SOUP "libsoup-3.0-dev not installed"
#define NO_NGHTTP2 "libnghttp2-dev not installed"

/* ---- By code ---------------------------------------------------------------- */

/* code -> phrase */
CODE_OP(phrase_lib, httpstatus_phrase(code), record_text)
CODE_OP(phrase_plain, plain_phrase(code), record_text)
CODE_OP(phrase_scan, scan_phrase(code), record_text)
#if BENCH_HAVE_MHD
CODE_OP(phrase_mhd, MHD_get_reason_phrase_for((unsigned)code), record_text)
#endif
#if BENCH_HAVE_SOUP
CODE_OP(phrase_soup, soup_status_get_phrase((guint)code), record_text)
#endif

static const struct impl phrase_impls[] = {
	IMPL("lib", "libhttpstatus", "httpstatus_phrase", phrase_lib),
	IMPL("array", "plain array", "plain_phrase", phrase_plain),
	IMPL("scan", "linear scan", "scan_phrase", phrase_scan),
#if BENCH_HAVE_MHD
	PEER_IMPL("mhd", "libmicrohttpd", "MHD_get_reason_phrase_for", phrase_mhd,
		  "\"Unknown\" for a code it lacks, and phrases of its own"),
#else
	SKIPPED("mhd", "libmicrohttpd", NO_MHD),
#endif
#if BENCH_HAVE_SOUP
	PEER_IMPL("soup", "libsoup 3", "soup_status_get_phrase", phrase_soup,
		  "\"Unknown Error\" for a code it lacks, and phrases of its own"),
#else
	SKIPPED("soup", "libsoup 3", NO_SOUP),
#endif
};

/* code -> class */
CODE_OP(class_lib, httpstatus_class(code), record_number)
CODE_OP(class_plain, plain_class(code), record_number)

static const struct impl class_impls[] = {
	IMPL("lib", "libhttpstatus", "httpstatus_class", class_lib),
	IMPL("array", "plain array", "plain_class", class_plain),
};

/* code -> httpstatus_reason (the class's x00 phrase for an unknown code) */
CODE_OP(reason_lib, httpstatus_reason(code), record_text)
CODE_OP(reason_plain, plain_reason(code), record_text)
CODE_OP(reason_scan, scan_reason(code), record_text)

static const struct impl reason_impls[] = {
	IMPL("lib", "libhttpstatus", "httpstatus_reason", reason_lib),
	IMPL("array", "plain array", "plain_reason", reason_plain),
	IMPL("scan", "linear scan", "scan_reason", reason_scan),
};

/* code -> "HTTP/1.1 404 Not Found\r\n", written into a buffer or, ready for
 * writev, precomputed */
WRITTEN_LINE_OP(line_lib, httpstatus_status_line)
WRITTEN_LINE_OP(line_plain, plain_status_line)
WRITTEN_LINE_OP(line_snprintf, snprintf_status_line)
WRITTEN_LINE_OP(line_nginx, nginx_status_line)
STATIC_LINE_OP(line_lib_static, httpstatus_status_line_static)
STATIC_LINE_OP(line_array_static, array_status_line_static)

static const struct impl line_impls[] = {
	IMPL("lib", "libhttpstatus", "httpstatus_status_line", line_lib),
	/* A precomputed line is NULL for an unregistered code, which the
	 * writers give a line: libhttpstatus's is the reference for the plain
	 * array's. */
	IMPL_WITH("lib-static", "libhttpstatus, precomputed", "httpstatus_status_line_static",
		  line_lib_static, .answers_as = "lib-static"),
	IMPL_WITH("array-static", "plain array of precomputed lines", "array_status_line_static",
		  line_array_static, .answers_as = "lib-static"),
	IMPL("array", "plain array + memcpy", "plain_status_line", line_plain),
	IMPL("snprintf", "plain array + snprintf", "snprintf_status_line", line_snprintf),
	IMPL("nginx", "nginx-style \"NNN Phrase\" + memcpy", "nginx_status_line", line_nginx),
};

/* method and code -> whether the response has content */
CODE_AND_METHOD_OP(has_content_lib, httpstatus_has_content(method, code))
CODE_AND_METHOD_OP(has_content_chain, chain_has_content(method, code))

static const struct impl has_content_impls[] = {
	IMPL("lib", "libhttpstatus", "httpstatus_has_content", has_content_lib),
	IMPL("chain", "chain of comparisons", "chain_has_content", has_content_chain),
};

/* code -> the :status field of HTTP/2 (HPACK) and HTTP/3 (QPACK): precomputed,
 * copied into a header block from there, as a switch on the static table's
 * codes writes it, and as nghttp2's general encoder makes it */
#define SWITCH_ANSWERS "the digits as they are where libhttpstatus Huffman-codes them"
PRECOMPUTED_OP(hpack_lib, httpstatus_hpack_status, record_field)
WRITTEN_FIELD_OP(hpack_lib_copy, copy_hpack_status)
WRITTEN_FIELD_OP(hpack_switch, switch_hpack_status)
#if BENCH_HAVE_NGHTTP2
WRITTEN_FIELD_OP(hpack_nghttp2, nghttp2_deflate_status)
#endif
PRECOMPUTED_OP(qpack_lib, httpstatus_qpack_status, record_field)
WRITTEN_FIELD_OP(qpack_lib_copy, copy_qpack_status)
WRITTEN_FIELD_OP(qpack_switch, switch_qpack_status)

static const struct impl hpack_impls[] = {
	IMPL("lib", "libhttpstatus", "httpstatus_hpack_status", hpack_lib),
	IMPL("lib-copy", "libhttpstatus + memcpy", "copy_hpack_status", hpack_lib_copy),
	PEER_IMPL("h2o", "h2o-style switch", "switch_hpack_status", hpack_switch, SWITCH_ANSWERS),
#if BENCH_HAVE_NGHTTP2
	PEER_IMPL("nghttp2", "nghttp2's deflater", "nghttp2_deflate_status", hpack_nghttp2,
		  "its own choice among the representations"),
#else
	SKIPPED("nghttp2", "nghttp2's deflater", NO_NGHTTP2),
#endif
};

static const struct impl qpack_impls[] = {
	IMPL("lib", "libhttpstatus", "httpstatus_qpack_status", qpack_lib),
	IMPL("lib-copy", "libhttpstatus + memcpy", "copy_qpack_status", qpack_lib_copy),
	PEER_IMPL("h2o", "h2o-style switch", "switch_qpack_status", qpack_switch, SWITCH_ANSWERS),
};

/* ---- By key: C string, and with its length ----------------------------------- */

/* gperf's four configurations (two for a case-sensitive kind of key), as
 * the loops of operation op on keys of a kind: in C-string form (the
 * wrappers of cstring.c, strlen included) and given the length. */
#if BENCH_HAVE_GPERF
static inline int default_code(const struct gperf_default_entry *e)
{
	return e ? e->code : 0;
}

static inline int pic_code(const struct gperf_pic_entry *e)
{
	return e ? e->code : 0;
}

#define GPERF_OPS(op, kind, letter_case, suffix)                                                   \
	KEY_OP(op##_gperf##suffix, gperf_##kind##_default_##letter_case##_cstring(s))              \
	KEY_OP(op##_gperf_pic##suffix, gperf_##kind##_pic_##letter_case##_cstring(s))              \
	KEY_OP(op##_n_gperf##suffix, default_code(gperf_##kind##_default_##letter_case(s, len)))   \
	KEY_OP(op##_n_gperf_pic##suffix, pic_code(gperf_##kind##_pic_##letter_case(s, len)))
#define GPERF_EXACT_IMPLS(op, kind, symbol_suffix)                                                 \
	EXACT_IMPL("gperf", "gperf", "gperf_" #kind "_default_exact" symbol_suffix, op##_gperf),   \
		EXACT_IMPL("gperf-pic", "gperf %pic", "gperf_" #kind "_pic_exact" symbol_suffix,   \
			   op##_gperf_pic)
#define GPERF_ICASE_IMPLS(op, kind, symbol_suffix)                                                 \
	IMPL("gperf-icase", "gperf %ignore-case", "gperf_" #kind "_default_icase" symbol_suffix,   \
	     op##_gperf_icase),                                                                    \
		IMPL("gperf-pic-icase", "gperf %pic %ignore-case",                                 \
		     "gperf_" #kind "_pic_icase" symbol_suffix, op##_gperf_pic_icase)
#else
#define GPERF_OPS(op, kind, letter_case, suffix)
#define GPERF_EXACT_IMPLS(op, kind, symbol_suffix)                                                 \
	SKIPPED("gperf", "gperf", NO_GPERF), SKIPPED("gperf-pic", "gperf %pic", NO_GPERF)
#define GPERF_ICASE_IMPLS(op, kind, symbol_suffix)                                                 \
	SKIPPED("gperf-icase", "gperf %ignore-case", NO_GPERF),                                    \
		SKIPPED("gperf-pic-icase", "gperf %pic %ignore-case", NO_GPERF)
#endif

/* The lookups by a case-blind key, both forms, and their peers: op's
 * loops and its two lists of implementations (op_impls, C string;
 * op_n_impls, given the length), for the keys of kind (gperf's tables) and
 * the scans of scan. */
#define CASE_BLIND_KEY_OPERATIONS(op, kind, lib, lib_n, scan)                                      \
	KEY_OP(op##_lib, lib(s))                                                                   \
	KEY_OP(op##_scan, scan_##scan##_folded(s))                                                 \
	KEY_OP(op##_scan_strcmp, scan_##scan##_strcmp(s))                                          \
	KEY_OP(op##_n_lib, lib_n(s, len))                                                          \
	GPERF_OPS(op, kind, exact, )                                                               \
	GPERF_OPS(op, kind, icase, _icase)                                                         \
	static const struct impl op##_impls[] = {                                                  \
		IMPL("lib", "libhttpstatus", #lib, op##_lib),                                      \
		IMPL("scan", "linear scan, folded", "scan_" #scan "_folded", op##_scan),           \
		EXACT_IMPL("scan-strcmp", "linear scan, strcmp", "scan_" #scan "_strcmp",          \
			   op##_scan_strcmp),                                                      \
		GPERF_EXACT_IMPLS(op, kind, "_cstring"),                                           \
		GPERF_ICASE_IMPLS(op, kind, "_cstring"),                                           \
	};                                                                                         \
	static const struct impl op##_n_impls[] = {                                                \
		IMPL("lib", "libhttpstatus", #lib_n, op##_n_lib),                                  \
		GPERF_EXACT_IMPLS(op##_n, kind, ""),                                               \
		GPERF_ICASE_IMPLS(op##_n, kind, ""),                                               \
	};

CASE_BLIND_KEY_OPERATIONS(name, name, httpstatus_from_name, httpstatus_from_name_n, name)
CASE_BLIND_KEY_OPERATIONS(phrase_code, phrase, httpstatus_from_phrase, httpstatus_from_phrase_n,
			  phrase)
CASE_BLIND_KEY_OPERATIONS(unofficial, unofficial, httpstatus_unofficial_from_phrase,
			  httpstatus_unofficial_from_phrase_n, unofficial)

/* method -> id (exact case, for every implementation) */
KEY_OP(method_lib, httpstatus_method_from_name(s))
KEY_OP(method_switch, switch_method_cstring(s))
KEY_OP(method_scan_strcmp, scan_method_strcmp(s))
KEY_OP(method_n_lib, httpstatus_method_from_name_n(s, len))
KEY_OP(method_n_switch, switch_method(s, len))
GPERF_OPS(method, method, exact, )

static const struct impl method_impls[] = {
	IMPL("lib", "libhttpstatus", "httpstatus_method_from_name", method_lib),
	IMPL("switch", "nginx-style switch, strlen", "switch_method_cstring", method_switch),
	IMPL("scan-strcmp", "linear scan, strcmp", "scan_method_strcmp", method_scan_strcmp),
	GPERF_EXACT_IMPLS(method, method, "_cstring"),
};

static const struct impl method_n_impls[] = {
	IMPL("lib", "libhttpstatus", "httpstatus_method_from_name_n", method_n_lib),
	IMPL("switch", "nginx-style switch", "switch_method", method_n_switch),
	GPERF_EXACT_IMPLS(method_n, method, ""),
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
	OPERATION("has-content", "method and code → has content", CODES_AND_METHODS,
		  has_content_impls),
	OPERATION("hpack-status", "code → HPACK :status", CODES, hpack_impls),
	OPERATION("qpack-status", "code → QPACK :status", CODES, qpack_impls),
	OPERATION("name", "name → code, C string", NAMES, name_impls),
	OPERATION("name-n", "name → code, with length", NAMES, name_n_impls),
	OPERATION("phrase-code", "phrase → code, C string", PHRASES, phrase_code_impls),
	OPERATION("phrase-code-n", "phrase → code, with length", PHRASES, phrase_code_n_impls),
	OPERATION("unofficial-phrase", "unofficial phrase → code, C string", UNOFFICIAL_PHRASES,
		  unofficial_impls),
	OPERATION("unofficial-phrase-n", "unofficial phrase → code, with length",
		  UNOFFICIAL_PHRASES, unofficial_n_impls),
	OPERATION("method", "method → id, C string", METHODS, method_impls),
	OPERATION("method-n", "method → id, with length", METHODS, method_n_impls),
};
const size_t operation_count = sizeof operations / sizeof operations[0];
