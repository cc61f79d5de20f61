/* The :status fields of httpstatus_hpack_status and httpstatus_qpack_status,
 * without a decoder library, so that they are checked on every machine the
 * tests run on: every field decoded here by the rules of RFC 7541 and RFC
 * 9204 with the copies of their tables (tests/data/), which must give
 * exactly ":status: NNN" with the static table alone, in the fewest bytes
 * those tables allow; a few fields byte for byte; no field for any other
 * int. The real decoders read them in test-status-fields-*.c.
 *
 * Arguments: HPACK-STATIC-TABLE QPACK-STATIC-TABLE HUFFMAN-CODE (the TSV
 * copies). */
#include "helpers.h"
#include "rfc-tables.h"

#include <httpstatus.h>

#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

static struct static_table hpack_table, qpack_table;
static struct huffman_code huffman[HUFFMAN_SYMBOLS];

/* ---- Decoding one field by the RFCs ------------------------------------------ */

struct reader {
	const unsigned char *bytes;
	size_t len, at;
};

/* An integer with an n-bit prefix (RFC 7541, Section 5.1); false if the
 * bytes end first or it is longer than any index here needs. */
static bool read_integer(struct reader *r, unsigned n, unsigned *value)
{
	if (r->at == r->len)
		return false;
	unsigned max = (1u << n) - 1;
	*value = r->bytes[r->at++] & max;
	if (*value < max)
		return true;
	for (unsigned shift = 0; shift <= 14; shift += 7) {
		if (r->at == r->len)
			return false;
		unsigned char b = r->bytes[r->at++];
		*value += (unsigned)(b & 0x7f) << shift;
		if (!(b & 0x80))
			return true;
	}
	return false;
}

/* The symbol whose code is the len bits of bits, or -1. */
static int huffman_symbol(uint32_t bits, unsigned len)
{
	for (int s = 0; s < HUFFMAN_SYMBOLS; s++)
		if (huffman[s].len == len && huffman[s].bits == bits)
			return s;
	return -1;
}

/* Huffman-coded bytes into out (RFC 7541, Section 5.2): false for a code
 * that is not in the table, EOS, or padding that is not the high bits of
 * EOS (all 1s) or longer than 7 bits. */
static bool huffman_decode(const unsigned char *in, size_t n, char *out, size_t size)
{
	size_t len = 0;
	uint32_t bits = 0;
	unsigned have = 0;
	for (size_t i = 0; i < n * 8; i++) {
		bits = bits << 1 | ((in[i / 8] >> (7 - i % 8)) & 1);
		if (++have > 30) /* no code is longer */
			return false;
		int s = huffman_symbol(bits, have);
		if (s == 256 || (s >= 0 && len + 1 == size))
			return false;
		if (s >= 0) {
			out[len++] = (char)s;
			bits = 0;
			have = 0;
		}
	}
	out[len] = '\0';
	return have < 8 && bits == (1u << have) - 1;
}

/* A string literal with H and a 7-bit length (RFC 7541, Section 5.2; RFC
 * 9204, Section 4.1.2) that ends the field, into out; whether it was
 * Huffman-coded in *coded. */
static bool read_string(struct reader *r, char *out, size_t size, bool *coded)
{
	if (r->at == r->len)
		return false;
	*coded = r->bytes[r->at] & 0x80;
	unsigned n;
	if (!read_integer(r, 7, &n) || n != r->len - r->at)
		return false;
	if (*coded)
		return huffman_decode(r->bytes + r->at, n, out, size);
	if (n >= size)
		return false;
	memcpy(out, r->bytes + r->at, n);
	out[n] = '\0';
	return true;
}

/* What a field was made of. */
struct decoded {
	char name[48], value[96];
	bool indexed; /* a whole static entry */
	unsigned index; /* the entry, or the entry named */
	bool huffman; /* the value Huffman-coded */
};

/* How a protocol writes a field with its static table alone: an indexed
 * field (line), its first byte matching indexed_bits under indexed_mask,
 * then the index in the rest (indexed_prefix bits); or a literal that
 * names an entry, matching literal_bits under literal_mask, the index in
 * literal_prefix bits, then the value. */
struct scheme {
	const char *name;
	const struct static_table *table;
	unsigned indexed_mask, indexed_bits, indexed_prefix;
	unsigned literal_mask, literal_bits, literal_prefix;
};

/* HPACK: Indexed Header Field (Section 6.1), 1 and 7 bits; Literal Header
 * Field without Indexing (6.2.2), 0000 and 4 bits. */
static const struct scheme hpack = {"HPACK", &hpack_table, 0x80, 0x80, 7, 0xf0, 0x00, 4};
/* QPACK: Indexed Field Line with T = 1 (Section 4.5.2), 11 and 6 bits;
 * Literal Field Line with Name Reference with N = 0 and T = 1 (4.5.4), 0101
 * and 4 bits. */
static const struct scheme qpack = {"QPACK", &qpack_table, 0xc0, 0xc0, 6, 0xf0, 0x50, 4};

/* The one field of the bytes, if it is one of the scheme's two. */
static bool decode(const struct scheme *s, const unsigned char *bytes, size_t len,
		   struct decoded *d)
{
	struct reader r = {bytes, len, 0};
	*d = (struct decoded){.indexed =
				      len > 0 && (bytes[0] & s->indexed_mask) == s->indexed_bits};
	if (len == 0 || (!d->indexed && (bytes[0] & s->literal_mask) != s->literal_bits))
		return false;
	if (!read_integer(&r, d->indexed ? s->indexed_prefix : s->literal_prefix, &d->index))
		return false;
	const struct static_entry *e = static_table_entry(s->table, d->index);
	if (!e)
		return false;
	strcpy(d->name, e->name);
	if (d->indexed) {
		strcpy(d->value, e->value);
		return r.at == len;
	}
	return read_string(&r, d->value, sizeof d->value, &d->huffman);
}

/* ---- The shortest field, from the tables --------------------------------------- */

static size_t integer_len(unsigned n, unsigned value)
{
	unsigned max = (1u << n) - 1;
	size_t len = 1;
	if (value >= max)
		for (value -= max, len++; value >= 128; value /= 128)
			len++;
	return len;
}

/* The bytes of the value "NNN" as a string literal, Huffman-coded or not,
 * whichever is shorter. */
static size_t value_len(int code)
{
	char digits[4];
	snprintf(digits, sizeof digits, "%d", code);
	unsigned bits = 0;
	for (size_t i = 0; i < 3; i++)
		bits += huffman[(unsigned char)digits[i]].len;
	size_t coded = (bits + 7) / 8;
	return 1 + (coded < 3 ? coded : 3);
}

/* The fewest bytes a :status field of code can take in the scheme: a whole
 * static entry, or a literal naming any :status entry, and the value. */
static size_t shortest(const struct scheme *s, int code)
{
	const struct static_table *t = s->table;
	char value[8];
	snprintf(value, sizeof value, "%d", code);
	size_t best = SIZE_MAX;
	for (size_t i = 0; i < t->count; i++) {
		const struct static_entry *e = &t->entries[i];
		if (strcmp(e->name, ":status") != 0)
			continue;
		size_t len = strcmp(e->value, value) == 0
				     ? integer_len(s->indexed_prefix, e->index)
				     : integer_len(s->literal_prefix, e->index) + value_len(code);
		best = len < best ? len : best;
	}
	return best;
}

/* ---- The tests -------------------------------------------------------------- */

typedef const unsigned char *field_fn(int code, size_t *len);

static void check_every_code(const struct scheme *s, field_fn *field)
{
	for (int code = 100; code <= 599; code++) {
		if (code == 101)
			continue;
		size_t len = 99;
		const unsigned char *bytes = field(code, &len);
		if (!bytes)
			fail_msg("%s: no field for %d", s->name, code);
		struct decoded d;
		char want[8];
		snprintf(want, sizeof want, "%d", code);
		if (!decode(s, bytes, len, &d) || strcmp(d.name, ":status") != 0 ||
		    strcmp(d.value, want) != 0)
			fail_msg("%s: %d's %zu bytes are not \":status: %d\" with the static "
				 "table alone, but \"%s: %s\"",
				 s->name, code, len, code, d.name, d.value);
		size_t fewest = shortest(s, code);
		if (len != fewest)
			fail_msg("%s: %d's field takes %zu bytes, and could take %zu", s->name,
				 code, len, fewest);
		assert_ptr_equal(field(code, NULL), bytes);
	}
}

static void every_hpack_field_is_its_status_in_the_fewest_bytes(void **state)
{
	(void)state;
	check_every_code(&hpack, httpstatus_hpack_status);
}

static void every_qpack_field_is_its_status_in_the_fewest_bytes(void **state)
{
	(void)state;
	check_every_code(&qpack, httpstatus_qpack_status);
}

/* The rule, in its own words: a literal's three digits take two
 * bytes Huffman-coded whenever at most one of them is 3-9, else they go
 * as they are; and a static entry's code takes one byte (QPACK: two past
 * index 62). */
static void digits_are_huffman_coded_when_at_most_one_is_3_to_9(void **state)
{
	(void)state;
	for (int code = 100; code <= 599; code++) {
		if (code == 101)
			continue;
		int high = (code / 100 >= 3) + (code / 10 % 10 >= 3) + (code % 10 >= 3);
		size_t len;
		struct decoded d;
		const unsigned char *bytes = httpstatus_hpack_status(code, &len);
		assert_true(decode(&hpack, bytes, len, &d));
		assert_int_equal(len, d.indexed ? 1 : high <= 1 ? 4 : 5);
		assert_int_equal(d.huffman, !d.indexed && high <= 1);
		assert_true(d.indexed || d.index == 8);
		bytes = httpstatus_qpack_status(code, &len);
		assert_true(decode(&qpack, bytes, len, &d));
		assert_int_equal(len, d.indexed ? (d.index < 63 ? 1 : 2) : high <= 1 ? 5 : 6);
		assert_int_equal(d.huffman, !d.indexed && high <= 1);
		assert_true(d.indexed || d.index == 24);
	}
}

static void assert_field(field_fn *field, int code, const char *want_hex)
{
	size_t len;
	const unsigned char *bytes = field(code, &len);
	char hex[64] = "";
	for (size_t i = 0, at = 0; bytes && i < len && i < 20; i++, at = strlen(hex))
		snprintf(hex + at, sizeof hex - at, "%s%02x", i ? " " : "", bytes[i]);
	if (strcmp(hex, want_hex) != 0)
		fail_msg("%d: %s, not %s", code, hex, want_hex);
}

static void some_fields_byte_for_byte(void **state)
{
	(void)state;
	/* HPACK: static entries 8 and 13; "201" and "100" Huffman-coded (00010
	 * 00000 00001, 00001 00000 00000, each with a 1 of padding); "418"
	 * would take 17 bits, so three bytes as it is. */
	assert_field(httpstatus_hpack_status, 200, "88");
	assert_field(httpstatus_hpack_status, 404, "8d");
	assert_field(httpstatus_hpack_status, 500, "8e");
	assert_field(httpstatus_hpack_status, 201, "08 82 10 03");
	assert_field(httpstatus_hpack_status, 100, "08 82 08 01");
	assert_field(httpstatus_hpack_status, 418, "08 03 34 31 38");
	assert_field(httpstatus_hpack_status, 599, "08 03 35 39 39");
	/* QPACK: entries 25 and 24, 63 and 71 (0x3f, then the rest); the
	 * literals name entry 24 (0x5f, then 24 - 15). */
	assert_field(httpstatus_qpack_status, 200, "d9");
	assert_field(httpstatus_qpack_status, 103, "d8");
	assert_field(httpstatus_qpack_status, 100, "ff 00");
	assert_field(httpstatus_qpack_status, 500, "ff 08");
	assert_field(httpstatus_qpack_status, 201, "5f 09 82 10 03");
	assert_field(httpstatus_qpack_status, 418, "5f 09 03 34 31 38");
	assert_field(httpstatus_qpack_status, 404, "db");
}

static void no_other_int_has_a_field(void **state)
{
	(void)state;
	static const int others[] = {
		INT_MIN, INT_MIN + 100, -599,  -200,          -1,          0,      1, 99, 101, 600,
		700,     1000,          65736, 0x10000 + 200, INT_MAX - 1, INT_MAX};
	for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) {
		size_t len = 99;
		assert_null(httpstatus_hpack_status(others[i], &len));
		assert_int_equal(len, 0);
		len = 99;
		assert_null(httpstatus_qpack_status(others[i], &len));
		assert_int_equal(len, 0);
		assert_null(httpstatus_hpack_status(others[i], NULL));
		assert_null(httpstatus_qpack_status(others[i], NULL));
	}
	for (int code = -2000; code <= 2000; code++) {
		bool has = code >= 100 && code <= 599 && code != 101;
		assert_int_equal(httpstatus_hpack_status(code, NULL) != NULL, has);
		assert_int_equal(httpstatus_qpack_status(code, NULL) != NULL, has);
	}
}

/* The copies themselves, against what the RFCs say of them, so that a
 * damaged copy cannot pass for a good one. */
static void the_rfc_copies_are_whole(void **state)
{
	(void)state;
	assert_int_equal(hpack_table.count, 61);
	assert_int_equal(qpack_table.count, 99);
	for (unsigned i = 0; i < 61; i++)
		assert_non_null(static_table_entry(&hpack_table, i + 1));
	for (unsigned i = 0; i < 99; i++)
		assert_non_null(static_table_entry(&qpack_table, i));
	/* RFC 7541, Appendix C.4.1: "www.example.com" Huffman-coded. */
	static const unsigned char example[] = {0xf1, 0xe3, 0xc2, 0xe5, 0xf2, 0x3a,
						0x6b, 0xa0, 0xab, 0x90, 0xf4, 0xff};
	char out[32];
	assert_true(huffman_decode(example, sizeof example, out, sizeof out));
	assert_string_equal(out, "www.example.com");
	assert_int_equal(huffman[256].len, 30);
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 3, "HPACK-STATIC-TABLE QPACK-STATIC-TABLE HUFFMAN-CODE");
	static_table_read(argv[1], &hpack_table);
	static_table_read(argv[2], &qpack_table);
	huffman_code_read(argv[3], huffman);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(the_rfc_copies_are_whole),
		cmocka_unit_test(every_hpack_field_is_its_status_in_the_fewest_bytes),
		cmocka_unit_test(every_qpack_field_is_its_status_in_the_fewest_bytes),
		cmocka_unit_test(digits_are_huffman_coded_when_at_most_one_is_3_to_9),
		cmocka_unit_test(some_fields_byte_for_byte),
		cmocka_unit_test(no_other_int_has_a_field),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
