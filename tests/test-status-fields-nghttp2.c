/* Every code's HPACK :status field (httpstatus_hpack_status), read by
 * nghttp2's HPACK inflater, one header block after another on one inflater,
 * as a client's connection reads them: each must be exactly ":status: NNN",
 * and the dynamic table must stay empty. And the copy of RFC 7541's static
 * table under tests/data/ is nghttp2's.
 *
 * Arguments: HPACK-STATIC-TABLE (the TSV copy). */
#include "helpers.h"
#include "rfc-tables.h"

#include <httpstatus.h>

#include <nghttp2/nghttp2.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

static struct static_table rfc_table;
static nghttp2_hd_inflater *inflater;

static int make_inflater(void **state)
{
	(void)state;
	return nghttp2_hd_inflate_new(&inflater);
}

static int free_inflater(void **state)
{
	(void)state;
	nghttp2_hd_inflate_del(inflater);
	return 0;
}

static bool is(const uint8_t *s, size_t len, const char *want)
{
	return len == strlen(want) && memcmp(s, want, len) == 0;
}

/* Inflates a whole header block, which must hold one header field, name
 * and value; into out as "name: value". */
static void inflate_one(const unsigned char *block, size_t len, char *out, size_t size)
{
	size_t fields = 0;
	for (;;) {
		nghttp2_nv nv;
		int flags = 0;
		ssize_t n = nghttp2_hd_inflate_hd2(inflater, &nv, &flags, block, len, 1);
		if (n < 0)
			fail_msg("nghttp2_hd_inflate_hd2: %s", nghttp2_strerror((int)n));
		block += n;
		len -= (size_t)n;
		if (flags & NGHTTP2_HD_INFLATE_EMIT) {
			if (fields++ == 0)
				snprintf(out, size, "%.*s: %.*s", (int)nv.namelen, nv.name,
					 (int)nv.valuelen, nv.value);
		}
		if (flags & NGHTTP2_HD_INFLATE_FINAL)
			break;
		if (n == 0 && !(flags & NGHTTP2_HD_INFLATE_EMIT))
			fail_msg("the inflater stopped before the end of the block");
	}
	nghttp2_hd_inflate_end_headers(inflater);
	assert_int_equal(len, 0);
	assert_int_equal(fields, 1);
}

static void nghttp2_reads_every_code_and_its_dynamic_table_stays_empty(void **state)
{
	(void)state;
	size_t fields = 0;
	for (int code = 100; code <= 599; code++) {
		size_t len;
		const unsigned char *bytes = httpstatus_hpack_status(code, &len);
		if (code == 101) {
			assert_null(bytes);
			continue;
		}
		assert_non_null(bytes);
		char got[64], want[64];
		inflate_one(bytes, len, got, sizeof got);
		snprintf(want, sizeof want, ":status: %d", code);
		if (strcmp(got, want) != 0)
			fail_msg("%d: nghttp2 read \"%s\"", code, got);
		/* The 61 entries of the static table, and nothing added. */
		assert_int_equal(nghttp2_hd_inflate_get_num_table_entries(inflater), 61);
		assert_int_equal(nghttp2_hd_inflate_get_dynamic_table_size(inflater), 0);
		fields++;
	}
	assert_int_equal(fields, 499);
}

static void the_rfc_static_table_is_nghttp2s(void **state)
{
	(void)state;
	assert_int_equal(rfc_table.count, 61);
	for (size_t i = 0; i < rfc_table.count; i++) {
		const struct static_entry *e = &rfc_table.entries[i];
		const nghttp2_nv *nv = nghttp2_hd_inflate_get_table_entry(inflater, e->index);
		assert_non_null(nv);
		if (!is(nv->name, nv->namelen, e->name) || !is(nv->value, nv->valuelen, e->value))
			fail_msg("entry %u: the copy has \"%s: %s\", nghttp2 \"%.*s: %.*s\"",
				 e->index, e->name, e->value, (int)nv->namelen, nv->name,
				 (int)nv->valuelen, nv->value);
	}
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 1, "HPACK-STATIC-TABLE");
	static_table_read(argv[1], &rfc_table);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(the_rfc_static_table_is_nghttp2s),
		cmocka_unit_test(nghttp2_reads_every_code_and_its_dynamic_table_stays_empty),
	};
	return cmocka_run_group_tests(tests, make_inflater, free_inflater);
}
