/* Every code's QPACK :status field line (httpstatus_qpack_status), behind
 * the field section prefix 00 00 (Required Insert Count 0, Base 0), read
 * by nghttp3's QPACK decoder, each on a request stream of its own of one
 * decoder: each must be exactly ":status: NNN", and the decoder must never
 * have had anything inserted in its dynamic table. And the copy of RFC
 * 9204's static table under tests/data/ is nghttp3's.
 *
 * Arguments: QPACK-STATIC-TABLE (the TSV copy). */
#include "helpers.h"
#include "rfc-tables.h"

#include <httpstatus.h>

#include <nghttp3/nghttp3.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

static struct static_table rfc_table;
static nghttp3_qpack_decoder *decoder;
static int64_t next_stream_id; /* client-initiated bidirectional: 0, 4, 8... */

static int make_decoder(void **state)
{
	(void)state;
	/* A dynamic table of capacity 0, and no blocked streams: what a
	 * client that takes only the static table says in its SETTINGS. */
	return nghttp3_qpack_decoder_new(&decoder, 0, 0, nghttp3_mem_default());
}

static int free_decoder(void **state)
{
	(void)state;
	nghttp3_qpack_decoder_del(decoder);
	return 0;
}

/* A field section, the prefix 00 00 and the line of len bytes, decoded on a
 * request stream of its own; it must hold one field line, into out as
 * "name: value". */
static void decode_one(const unsigned char *line, size_t len, char *out, size_t size)
{
	uint8_t section[64] = {0x00, 0x00};
	assert_true(len + 2 <= sizeof section);
	memcpy(section + 2, line, len);
	const uint8_t *in = section;
	size_t left = len + 2, fields = 0;
	nghttp3_qpack_stream_context *stream;
	assert_int_equal(
		nghttp3_qpack_stream_context_new(&stream, next_stream_id, nghttp3_mem_default()),
		0);
	next_stream_id += 4;
	for (;;) {
		nghttp3_qpack_nv nv;
		uint8_t flags = 0;
		nghttp3_ssize n = nghttp3_qpack_decoder_read_request(decoder, stream, &nv, &flags,
								     in, left, 1);
		if (n < 0)
			fail_msg("nghttp3_qpack_decoder_read_request: %s",
				 nghttp3_strerror((int)n));
		in += n;
		left -= (size_t)n;
		if (flags & NGHTTP3_QPACK_DECODE_FLAG_EMIT) {
			nghttp3_vec name = nghttp3_rcbuf_get_buf(nv.name);
			nghttp3_vec value = nghttp3_rcbuf_get_buf(nv.value);
			if (fields++ == 0)
				snprintf(out, size, "%.*s: %.*s", (int)name.len, name.base,
					 (int)value.len, value.base);
			nghttp3_rcbuf_decref(nv.name);
			nghttp3_rcbuf_decref(nv.value);
		}
		assert_false(flags & NGHTTP3_QPACK_DECODE_FLAG_BLOCKED);
		if (flags & NGHTTP3_QPACK_DECODE_FLAG_FINAL)
			break;
		if (n == 0 && !(flags & NGHTTP3_QPACK_DECODE_FLAG_EMIT))
			fail_msg("the decoder stopped before the end of the section");
	}
	nghttp3_qpack_stream_context_del(stream);
	assert_int_equal(left, 0);
	assert_int_equal(fields, 1);
}

static void nghttp3_reads_every_code_with_the_static_table_alone(void **state)
{
	(void)state;
	size_t lines = 0;
	for (int code = 100; code <= 599; code++) {
		size_t len;
		const unsigned char *bytes = httpstatus_qpack_status(code, &len);
		if (code == 101) {
			assert_null(bytes);
			continue;
		}
		assert_non_null(bytes);
		char got[64], want[64];
		decode_one(bytes, len, got, sizeof got);
		snprintf(want, sizeof want, ":status: %d", code);
		if (strcmp(got, want) != 0)
			fail_msg("%d: nghttp3 read \"%s\"", code, got);
		assert_int_equal(nghttp3_qpack_decoder_get_icnt(decoder), 0);
		lines++;
	}
	assert_int_equal(lines, 499);
}

static void the_rfc_static_table_is_nghttp3s(void **state)
{
	(void)state;
	assert_int_equal(rfc_table.count, 99);
	for (size_t i = 0; i < rfc_table.count; i++) {
		const struct static_entry *e = &rfc_table.entries[i];
		/* An indexed field line, T = 1: 11 and a 6-bit prefix. */
		unsigned char line[2] = {(unsigned char)(0xc0 | (e->index < 63 ? e->index : 63)),
					 (unsigned char)(e->index - 63)};
		char got[160], want[160];
		decode_one(line, e->index < 63 ? 1 : 2, got, sizeof got);
		snprintf(want, sizeof want, "%s: %s", e->name, e->value);
		if (strcmp(got, want) != 0)
			fail_msg("entry %u: the copy has \"%s\", nghttp3 \"%s\"", e->index, want,
				 got);
	}
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 1, "QPACK-STATIC-TABLE");
	static_table_read(argv[1], &rfc_table);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(the_rfc_static_table_is_nghttp3s),
		cmocka_unit_test(nghttp3_reads_every_code_with_the_static_table_alone),
	};
	return cmocka_run_group_tests(tests, make_decoder, free_decoder);
}
