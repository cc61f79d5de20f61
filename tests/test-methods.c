/* The HTTP methods: the data file agrees with the IANA HTTP Method Registry's
 * export kept in tests/data/, and the library with the data file, whatever
 * it is asked: every token, every other spelling of one, any bytes, any
 * enum value. A method is case-sensitive, so every lookup here is exact.
 *
 * Arguments: gen/methods.tsv, tests/data/http-methods.csv. */
#include "helpers.h"
#include "testdata.h"

#include <httpstatus.h>

#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static struct test_methods data;
static const char *registry_path;

/* ---- The data file against the registry ---------------------------------- */

struct registry_row {
	char method[64], safe[8], idempotent[8], reference[200];
};

static size_t read_registry(struct registry_row *rows, size_t max)
{
	FILE *f = fopen(registry_path, "rb");
	assert_non_null(f);
	char line[512];
	size_t n = 0;
	assert_non_null(fgets(line, sizeof line, f));
	assert_string_equal(line, "Method Name,Safe,Idempotent,Reference\n");
	while (fgets(line, sizeof line, f)) {
		assert_true(n < max);
		line[strcspn(line, "\r\n")] = '\0';
		struct registry_row *r = &rows[n++];
		const char *s = testdata_csv_field(line, r->method, sizeof r->method);
		s = testdata_csv_field(s, r->safe, sizeof r->safe);
		s = testdata_csv_field(s, r->idempotent, sizeof r->idempotent);
		testdata_csv_field(s, r->reference, sizeof r->reference);
	}
	fclose(f);
	return n;
}

static const struct test_method *data_method(const char *token)
{
	for (size_t i = 0; i < data.count; i++)
		if (strcmp(data.methods[i].token, token) == 0)
			return &data.methods[i];
	return NULL;
}

static bool registry_yes(const char *method, const char *column, const char *cell)
{
	if (strcmp(cell, "yes") != 0 && strcmp(cell, "no") != 0)
		fail_msg("%s: the registry's %s cell is \"%s\", not yes or no", method, column,
			 cell);
	return strcmp(cell, "yes") == 0;
}

/* Each "[RFC3253, Section 4.4, ...]" of the registry: "RFC 3253" must be in
 * the data file's reference. */
static void check_rfcs_cited(const struct test_method *m, const char *registry)
{
	for (const char *s = strstr(registry, "[RFC"); s; s = strstr(s + 1, "[RFC")) {
		char rfc[32];
		snprintf(rfc, sizeof rfc, "RFC %.*s", (int)strspn(s + 4, "0123456789"), s + 4);
		if (!strstr(m->reference, rfc))
			fail_msg("%s: reference \"%s\" lacks the registry's %s", m->token,
				 m->reference, rfc);
	}
}

static void every_registered_method_is_in_the_data_file_as_registered(void **state)
{
	(void)state;
	struct registry_row rows[100];
	size_t n = read_registry(rows, 100), registered = 0;
	for (size_t i = 0; i < n; i++) {
		const struct registry_row *r = &rows[i];
		if (strcmp(r->method, "*") == 0)
			continue;
		registered++;
		const struct test_method *m = data_method(r->method);
		if (!m)
			fail_msg("%s: in the registry, not in the methods file", r->method);
		bool safe = registry_yes(r->method, "Safe", r->safe);
		bool idempotent = registry_yes(r->method, "Idempotent", r->idempotent);
		if (m->safe != safe)
			fail_msg("%s: the registry says safe %s, the methods file %s", m->token,
				 r->safe, m->safe ? "yes" : "no");
		if (m->idempotent != idempotent)
			fail_msg("%s: the registry says idempotent %s, the methods file %s",
				 m->token, r->idempotent, m->idempotent ? "yes" : "no");
		check_rfcs_cited(m, r->reference);
	}
	assert_int_equal(registered, data.count);
	assert_int_equal(data.count, 40);
}

static void every_method_of_the_data_file_is_registered(void **state)
{
	(void)state;
	struct registry_row rows[100];
	size_t n = read_registry(rows, 100);
	for (size_t i = 0; i < data.count; i++) {
		bool listed = false;
		for (size_t j = 0; j < n; j++)
			listed |= strcmp(rows[j].method, data.methods[i].token) == 0;
		if (!listed)
			fail_msg("%s: in the methods file, not in the registry",
				 data.methods[i].token);
	}
}

/* The registry's '*' is reserved (RFC 9110, Section 18.2): no method. */
static void star_is_the_only_registry_row_left_out(void **state)
{
	(void)state;
	struct registry_row rows[100];
	size_t n = read_registry(rows, 100), stars = 0;
	for (size_t i = 0; i < n; i++)
		stars += strcmp(rows[i].method, "*") == 0;
	assert_int_equal(stars, 1);
	assert_int_equal(n, data.count + 1);
	assert_null(data_method("*"));
	assert_int_equal(httpstatus_method_from_name("*"), HTTP_METHOD_UNKNOWN);
}

/* What RFC 9110, Section 9.2.3 and RFC 10008 make cacheable, and no more. */
static void only_get_head_post_and_query_are_cacheable(void **state)
{
	(void)state;
	size_t cacheable = 0;
	for (size_t i = 0; i < data.count; i++)
		cacheable += data.methods[i].cacheable;
	assert_int_equal(cacheable, 4);
	assert_true(data_method("GET")->cacheable);
	assert_true(data_method("HEAD")->cacheable);
	assert_true(data_method("POST")->cacheable);
	assert_true(data_method("QUERY")->cacheable);
}

/* ---- The library against the data file ----------------------------------- */

static void every_method_round_trips(void **state)
{
	(void)state;
	for (size_t i = 0; i < data.count; i++) {
		const struct test_method *m = &data.methods[i];
		enum httpstatus_method id = httpstatus_method_from_name(m->token);
		assert_int_equal(id, m->id);
		assert_int_equal(httpstatus_method_from_name_n(m->token, strlen(m->token)), m->id);
		assert_string_equal(httpstatus_method_name(id), m->token);
		assert_string_equal(httpstatus_method_description(id), m->description);
		assert_string_equal(httpstatus_method_reference(id), m->reference);
		assert_int_equal(httpstatus_method_is_safe(id), m->safe);
		assert_int_equal(httpstatus_method_is_idempotent(id), m->idempotent);
		assert_int_equal(httpstatus_method_is_cacheable(id), m->cacheable);
	}
	assert_int_equal(httpstatus_method_count(), data.count);
	assert_int_equal(HTTPSTATUS_METHOD_COUNT, data.count);
}

/* The bit whose word httpstatus_method_flag_name gives, or 0. */
static unsigned method_flag_of_word(const char *word)
{
	for (unsigned bit = 1; bit != 0; bit <<= 1) {
		const char *name = httpstatus_method_flag_name(bit);
		if (name && strcmp(name, word) == 0)
			return bit;
	}
	return 0;
}

/* The flags of each method are the bits of the words its line gives, and
 * the same answers as the three functions that ask for one each. */
static void every_method_has_the_flags_of_its_words(void **state)
{
	(void)state;
	for (size_t i = 0; i < data.count; i++) {
		const struct test_method *m = &data.methods[i];
		unsigned expected = 0;
		char *flags = format("%s", m->flags);
		for (char *w = strtok(flags, ","); w; w = strtok(NULL, ","))
			if (strcmp(w, "-") != 0) {
				if (!method_flag_of_word(w))
					fail_msg("%s: no method flag bit has the word %s", m->token,
						 w);
				expected |= method_flag_of_word(w);
			}
		free(flags);
		enum httpstatus_method id = (enum httpstatus_method)m->id;
		assert_int_equal(httpstatus_method_flags(id), expected);
		assert_int_equal((httpstatus_method_flags(id) & HTTPSTATUS_METHOD_FLAG_SAFE) != 0,
				 httpstatus_method_is_safe(id));
		assert_int_equal(
			(httpstatus_method_flags(id) & HTTPSTATUS_METHOD_FLAG_IDEMPOTENT) != 0,
			httpstatus_method_is_idempotent(id));
		assert_int_equal((httpstatus_method_flags(id) & HTTPSTATUS_METHOD_FLAG_CACHEABLE) !=
					 0,
				 httpstatus_method_is_cacheable(id));
	}
	assert_int_equal(httpstatus_method_flags(HTTP_METHOD_UNKNOWN), 0);
}

/* One word per flag bit, in the order of the data file's header; NULL for
 * anything that is not exactly one of those bits. */
static void method_flag_names_are_one_word_per_flag(void **state)
{
	static const unsigned not_one_flag[] = {0, 3, 6, 1u << 3, 1u << 31, UINT_MAX};
	(void)state;
	assert_int_equal(HTTPSTATUS_METHOD_FLAG_SAFE, 1);
	assert_int_equal(HTTPSTATUS_METHOD_FLAG_IDEMPOTENT, 2);
	assert_int_equal(HTTPSTATUS_METHOD_FLAG_CACHEABLE, 4);
	assert_string_equal(httpstatus_method_flag_name(HTTPSTATUS_METHOD_FLAG_SAFE), "safe");
	assert_string_equal(httpstatus_method_flag_name(HTTPSTATUS_METHOD_FLAG_IDEMPOTENT),
			    "idempotent");
	assert_string_equal(httpstatus_method_flag_name(HTTPSTATUS_METHOD_FLAG_CACHEABLE),
			    "cacheable");
	for (size_t i = 0; i < sizeof not_one_flag / sizeof not_one_flag[0]; i++)
		assert_null(httpstatus_method_flag_name(not_one_flag[i]));
	unsigned named = 0;
	for (unsigned bit = 1; bit != 0; bit <<= 1)
		if (httpstatus_method_flag_name(bit)) {
			assert_int_equal(method_flag_of_word(httpstatus_method_flag_name(bit)),
					 bit);
			named |= bit;
		}
	assert_int_equal(named, HTTPSTATUS_METHOD_FLAG_SAFE | HTTPSTATUS_METHOD_FLAG_IDEMPOTENT |
					HTTPSTATUS_METHOD_FLAG_CACHEABLE);
}

/* Today's id of every method, copied here by hand: the ids are the values of
 * the constants, fixed forever, so changing one must fail. A new method is
 * added here with its new id. */
static const struct {
	enum httpstatus_method constant;
	const char *token;
	int id;
} fixed_ids[] = {
	{HTTP_METHOD_GET, "GET", 1},
	{HTTP_METHOD_HEAD, "HEAD", 2},
	{HTTP_METHOD_POST, "POST", 3},
	{HTTP_METHOD_PUT, "PUT", 4},
	{HTTP_METHOD_DELETE, "DELETE", 5},
	{HTTP_METHOD_CONNECT, "CONNECT", 6},
	{HTTP_METHOD_OPTIONS, "OPTIONS", 7},
	{HTTP_METHOD_TRACE, "TRACE", 8},
	{HTTP_METHOD_PATCH, "PATCH", 9},
	{HTTP_METHOD_QUERY, "QUERY", 10},
	{HTTP_METHOD_ACL, "ACL", 11},
	{HTTP_METHOD_BASELINE_CONTROL, "BASELINE-CONTROL", 12},
	{HTTP_METHOD_BIND, "BIND", 13},
	{HTTP_METHOD_CHECKIN, "CHECKIN", 14},
	{HTTP_METHOD_CHECKOUT, "CHECKOUT", 15},
	{HTTP_METHOD_COPY, "COPY", 16},
	{HTTP_METHOD_LABEL, "LABEL", 17},
	{HTTP_METHOD_LINK, "LINK", 18},
	{HTTP_METHOD_LOCK, "LOCK", 19},
	{HTTP_METHOD_MERGE, "MERGE", 20},
	{HTTP_METHOD_MKACTIVITY, "MKACTIVITY", 21},
	{HTTP_METHOD_MKCALENDAR, "MKCALENDAR", 22},
	{HTTP_METHOD_MKCOL, "MKCOL", 23},
	{HTTP_METHOD_MKREDIRECTREF, "MKREDIRECTREF", 24},
	{HTTP_METHOD_MKWORKSPACE, "MKWORKSPACE", 25},
	{HTTP_METHOD_MOVE, "MOVE", 26},
	{HTTP_METHOD_ORDERPATCH, "ORDERPATCH", 27},
	{HTTP_METHOD_PRI, "PRI", 28},
	{HTTP_METHOD_PROPFIND, "PROPFIND", 29},
	{HTTP_METHOD_PROPPATCH, "PROPPATCH", 30},
	{HTTP_METHOD_REBIND, "REBIND", 31},
	{HTTP_METHOD_REPORT, "REPORT", 32},
	{HTTP_METHOD_SEARCH, "SEARCH", 33},
	{HTTP_METHOD_UNBIND, "UNBIND", 34},
	{HTTP_METHOD_UNCHECKOUT, "UNCHECKOUT", 35},
	{HTTP_METHOD_UNLINK, "UNLINK", 36},
	{HTTP_METHOD_UNLOCK, "UNLOCK", 37},
	{HTTP_METHOD_UPDATE, "UPDATE", 38},
	{HTTP_METHOD_UPDATEREDIRECTREF, "UPDATEREDIRECTREF", 39},
	{HTTP_METHOD_VERSION_CONTROL, "VERSION-CONTROL", 40},
};

static void ids_never_change(void **state)
{
	(void)state;
	size_t n = sizeof fixed_ids / sizeof fixed_ids[0];
	for (size_t i = 0; i < n; i++) {
		const struct test_method *m = data_method(fixed_ids[i].token);
		if (!m)
			fail_msg("%s is gone from the methods file", fixed_ids[i].token);
		if (m->id != fixed_ids[i].id)
			fail_msg("%s has id %d, not %d as before: ids never change", m->token,
				 m->id, fixed_ids[i].id);
		assert_int_equal(fixed_ids[i].constant, fixed_ids[i].id);
		assert_int_equal(httpstatus_method_from_name(fixed_ids[i].token), fixed_ids[i].id);
	}
	if (n != data.count)
		fail_msg("%zu methods here, %zu in the methods file: add the new ones here", n,
			 data.count);
}

/* Every spelling of token that differs in the case of its letters only: all
 * of them over its first 18 letters (2^18 at most), and all lower case. */
static void each_wrong_case(const char *token, void (*fn)(const char *s, size_t len))
{
	size_t len = strlen(token), letters[18], n = 0;
	for (size_t i = 0; i < len && n < 18; i++)
		if (token[i] >= 'A' && token[i] <= 'Z')
			letters[n++] = i;
	char buf[256];
	for (uint32_t lowered = 1; lowered < (uint32_t)1 << n; lowered++) {
		memcpy(buf, token, len + 1);
		for (size_t b = 0; b < n; b++)
			if (lowered >> b & 1)
				buf[letters[b]] = (char)(buf[letters[b]] + ('a' - 'A'));
		fn(buf, len);
	}
	char *lower = testdata_lower(token);
	fn(lower, len);
	free(lower);
}

static size_t wrong_cases;

static void is_no_method(const char *s, size_t len)
{
	if (httpstatus_method_from_name_n(s, len) != HTTP_METHOD_UNKNOWN ||
	    httpstatus_method_from_name(s) != HTTP_METHOD_UNKNOWN)
		fail_msg("\"%s\" is taken for a method, but methods are case-sensitive", s);
	wrong_cases++;
}

static void every_wrong_case_spelling_is_no_method(void **state)
{
	(void)state;
	for (size_t i = 0; i < data.count; i++)
		each_wrong_case(data.methods[i].token, is_no_method);
	assert_int_equal(httpstatus_method_from_name("get"), HTTP_METHOD_UNKNOWN);
	assert_int_equal(httpstatus_method_from_name("Get"), HTTP_METHOD_UNKNOWN);
	assert_int_equal(httpstatus_method_from_name("gET"), HTTP_METHOD_UNKNOWN);
	assert_true(wrong_cases > 100000);
}

/* ---- Any bytes ------------------------------------------------------------ */

/* What a lookup must answer: a linear scan of the data file, exact case. */
static int reference(const char *s, size_t len)
{
	for (size_t i = 0; i < data.count; i++)
		if (strlen(data.methods[i].token) == len &&
		    memcmp(data.methods[i].token, s, len) == 0)
			return data.methods[i].id;
	return 0;
}

/* Looks s up through an exact-size heap copy, so that reading one byte past
 * len is caught by the sanitizers and valgrind. */
static int lookup_exact(const char *s, size_t len)
{
	char *copy = exact_copy(s, len);
	int id = httpstatus_method_from_name_n(copy, len);
	free(copy);
	return id;
}

static void check(const char *s, size_t len)
{
	int expected = reference(s, len);
	if (lookup_exact(s, len) != expected)
		fail_msg("%zu bytes \"%.*s\": expected %d", len, (int)len, s, expected);
}

static void null_and_empty_are_no_method(void **state)
{
	(void)state;
	assert_int_equal(httpstatus_method_from_name(NULL), HTTP_METHOD_UNKNOWN);
	assert_int_equal(httpstatus_method_from_name_n(NULL, 0), HTTP_METHOD_UNKNOWN);
	assert_int_equal(httpstatus_method_from_name_n(NULL, 3), HTTP_METHOD_UNKNOWN);
	assert_int_equal(httpstatus_method_from_name(""), HTTP_METHOD_UNKNOWN);
	assert_int_equal(httpstatus_method_from_name_n("GET", 0), HTTP_METHOD_UNKNOWN);
	assert_int_equal(httpstatus_method_from_name_n("GET", SIZE_MAX), HTTP_METHOD_UNKNOWN);
}

static void embedded_nul_is_no_method(void **state)
{
	(void)state;
	assert_int_equal(httpstatus_method_from_name_n("GE\0T", 4), HTTP_METHOD_UNKNOWN);
	assert_int_equal(httpstatus_method_from_name_n("GET\0", 4), HTTP_METHOD_UNKNOWN);
	assert_int_equal(httpstatus_method_from_name_n("\0GET", 4), HTTP_METHOD_UNKNOWN);
	assert_int_equal(httpstatus_method_from_name_n("\0\0\0", 3), HTTP_METHOD_UNKNOWN);
	assert_int_equal(httpstatus_method_from_name_n("BASELINE\0CONTROL", 16),
			 HTTP_METHOD_UNKNOWN);
	assert_int_equal(httpstatus_method_from_name_n("UPDATEREDIRECT\0EF", 17),
			 HTTP_METHOD_UNKNOWN);
	/* A C string ends at its NUL. */
	assert_int_equal(httpstatus_method_from_name("GET\0POST"), HTTP_METHOD_GET);
}

static void only_len_bytes_are_read(void **state)
{
	(void)state;
	assert_int_equal(httpstatus_method_from_name_n("GETX", 3), HTTP_METHOD_GET);
	assert_int_equal(httpstatus_method_from_name_n("GET /index.html HTTP/1.1", 3),
			 HTTP_METHOD_GET);
	assert_int_equal(httpstatus_method_from_name_n("OPTIONS * HTTP/1.1", 7),
			 HTTP_METHOD_OPTIONS);
	for (size_t i = 0; i < data.count; i++) {
		const char *token = data.methods[i].token;
		assert_int_equal(lookup_exact(token, strlen(token)), data.methods[i].id);
	}
}

static void a_megabyte_is_no_method(void **state)
{
	(void)state;
	size_t len = 1 << 20;
	char *big = malloc(len + 1);
	assert_non_null(big);
	memset(big, 'A', len);
	big[len] = '\0';
	assert_int_equal(httpstatus_method_from_name(big), HTTP_METHOD_UNKNOWN);
	memcpy(big, "GET", 3);
	assert_int_equal(httpstatus_method_from_name(big), HTTP_METHOD_UNKNOWN);
	assert_int_equal(httpstatus_method_from_name_n(big, len), HTTP_METHOD_UNKNOWN);
	assert_int_equal(httpstatus_method_from_name_n(big, 3), HTTP_METHOD_GET);
	big[3] = '\0';
	assert_int_equal(httpstatus_method_from_name(big), HTTP_METHOD_GET);
	free(big);
}

static void bytes_above_ascii_are_no_method(void **state)
{
	(void)state;
	for (size_t i = 0; i < data.count; i++) {
		const char *token = data.methods[i].token;
		char buf[256];
		size_t len = strlen(token);
		for (size_t j = 0; j < len; j++) {
			memcpy(buf, token, len);
			buf[j] = (char)(buf[j] ^ 0x80);
			assert_int_equal(lookup_exact(buf, len), HTTP_METHOD_UNKNOWN);
		}
	}
	assert_int_equal(httpstatus_method_from_name("G\xc3\x89T"), HTTP_METHOD_UNKNOWN);
	assert_int_equal(httpstatus_method_from_name("\xef\xbc\xa7\xef\xbc\xa5\xef\xbc\xb4"),
			 HTTP_METHOD_UNKNOWN);
}

/* Every substitution of one byte by any of the 256, every deletion, every
 * insertion of a few likely bytes, every prefix and every suffix. */
static void one_edit_away(const char *key)
{
	static const char inserted[] = {' ', '_', '-', 'A', 'a', 'E', '\0', '\t', '\r', '\xff'};
	char buf[256];
	size_t len = strlen(key);
	for (size_t i = 0; i < len; i++) {
		memcpy(buf, key, len);
		for (int c = 0; c < 256; c++) {
			buf[i] = (char)c;
			check(buf, len);
		}
		memcpy(buf, key, i);
		memcpy(buf + i, key + i + 1, len - i - 1);
		check(buf, len - 1);
	}
	for (size_t i = 0; i <= len; i++) {
		for (size_t c = 0; c < sizeof inserted; c++) {
			memcpy(buf, key, i);
			buf[i] = inserted[c];
			memcpy(buf + i + 1, key + i, len - i);
			check(buf, len + 1);
		}
		check(key, i);
		check(key + i, len - i);
	}
}

static void near_misses_match_what_a_linear_scan_matches(void **state)
{
	(void)state;
	for (size_t i = 0; i < data.count; i++)
		one_edit_away(data.methods[i].token);
	/* Two methods in one. */
	for (size_t i = 0; i < data.count; i++)
		for (size_t j = 0; j < data.count; j++) {
			char buf[512];
			int n = snprintf(buf, sizeof buf, "%s%s", data.methods[i].token,
					 data.methods[j].token);
			check(buf, (size_t)n);
		}
}

static void every_short_string_matches_what_a_linear_scan_matches(void **state)
{
	(void)state;
	char buf[3];
	for (int a = 0; a < 256; a++) {
		buf[0] = (char)a;
		check(buf, 1);
		for (int b = 0; b < 256; b++) {
			buf[1] = (char)b;
			check(buf, 2);
		}
	}
	/* Three letters, digits or '-', either case: GET, PUT, ACL and PRI. */
	static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-0";
	for (const char *a = alphabet; *a; a++)
		for (const char *b = alphabet; *b; b++)
			for (const char *c = alphabet; *c; c++) {
				buf[0] = *a;
				buf[1] = *b;
				buf[2] = *c;
				check(buf, 3);
			}
}

/* ---- Any enum value ------------------------------------------------------- */

static const struct test_method *method_with_id(long id)
{
	for (size_t i = 0; i < data.count; i++)
		if (data.methods[i].id == id)
			return &data.methods[i];
	return NULL;
}

static void check_value(int value)
{
	enum httpstatus_method m = (enum httpstatus_method)value;
	const struct test_method *e = method_with_id(value);
	if (!e) {
		if (httpstatus_method_name(m) || httpstatus_method_description(m) ||
		    httpstatus_method_reference(m) || httpstatus_method_is_safe(m) ||
		    httpstatus_method_is_idempotent(m) || httpstatus_method_is_cacheable(m) ||
		    httpstatus_method_flags(m))
			fail_msg("%d is no method, yet has an answer", value);
		return;
	}
	assert_string_equal(httpstatus_method_name(m), e->token);
	assert_string_equal(httpstatus_method_description(m), e->description);
	assert_string_equal(httpstatus_method_reference(m), e->reference);
	assert_int_equal(httpstatus_method_is_safe(m), e->safe);
	assert_int_equal(httpstatus_method_is_idempotent(m), e->idempotent);
	assert_int_equal(httpstatus_method_is_cacheable(m), e->cacheable);
}

static const int extremes[] = {INT_MIN, INT_MIN + 1, -256,        255,    256,
			       65535,   65536,       INT_MAX - 1, INT_MAX};

static void every_value_answers_as_the_data_file_says(void **state)
{
	(void)state;
	for (int v = -1000; v <= 1000; v++)
		check_value(v);
	for (size_t i = 0; i < sizeof extremes / sizeof extremes[0]; i++)
		check_value(extremes[i]);
	assert_null(httpstatus_method_name(HTTP_METHOD_UNKNOWN));
	assert_false(httpstatus_method_is_safe(HTTP_METHOD_UNKNOWN));
}

/* ---- Iteration ------------------------------------------------------------ */

static void next_visits_every_method_once_in_id_order(void **state)
{
	(void)state;
	size_t i = 0;
	for (enum httpstatus_method m = httpstatus_method_next(HTTP_METHOD_UNKNOWN); m;
	     m = httpstatus_method_next(m)) {
		assert_true(i < data.count);
		assert_int_equal(m, data.methods[i].id);
		assert_true(i == 0 || data.methods[i].id > data.methods[i - 1].id);
		i++;
	}
	assert_int_equal(i, data.count);
	assert_int_equal(httpstatus_method_count(), data.count);
}

/* The lowest id above value; a negative value is below every id. */
static void check_next(int value)
{
	int expected = 0;
	for (size_t i = 0; i < data.count && !expected; i++)
		if (data.methods[i].id > value)
			expected = data.methods[i].id;
	if ((int)httpstatus_method_next((enum httpstatus_method)value) != expected)
		fail_msg("httpstatus_method_next(%d): expected %d", value, expected);
}

static void next_from_any_value_is_the_lowest_id_above_it(void **state)
{
	(void)state;
	for (int v = -1000; v <= 1000; v++)
		check_next(v);
	for (size_t i = 0; i < sizeof extremes / sizeof extremes[0]; i++)
		check_next(extremes[i]);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s METHODS.tsv REGISTRY.csv\n", argv[0]);
		return 2;
	}
	testdata_load_methods(argv[1], &data);
	registry_path = argv[2];
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_registered_method_is_in_the_data_file_as_registered),
		cmocka_unit_test(every_method_of_the_data_file_is_registered),
		cmocka_unit_test(star_is_the_only_registry_row_left_out),
		cmocka_unit_test(only_get_head_post_and_query_are_cacheable),
		cmocka_unit_test(every_method_round_trips),
		cmocka_unit_test(every_method_has_the_flags_of_its_words),
		cmocka_unit_test(method_flag_names_are_one_word_per_flag),
		cmocka_unit_test(ids_never_change),
		cmocka_unit_test(every_wrong_case_spelling_is_no_method),
		cmocka_unit_test(null_and_empty_are_no_method),
		cmocka_unit_test(embedded_nul_is_no_method),
		cmocka_unit_test(only_len_bytes_are_read),
		cmocka_unit_test(a_megabyte_is_no_method),
		cmocka_unit_test(bytes_above_ascii_are_no_method),
		cmocka_unit_test(near_misses_match_what_a_linear_scan_matches),
		cmocka_unit_test(every_short_string_matches_what_a_linear_scan_matches),
		cmocka_unit_test(every_value_answers_as_the_data_file_says),
		cmocka_unit_test(next_visits_every_method_once_in_id_order),
		cmocka_unit_test(next_from_any_value_is_the_lowest_id_above_it),
	};
	int failed = cmocka_run_group_tests(tests, NULL, NULL);
	testdata_free_methods(&data);
	return failed;
}
