/* The tables of src/status-fields.c: the :status field of every code of
 * 100-599 but 101, HPACK-encoded for HTTP/2 (RFC 7541) and QPACK-encoded
 * for HTTP/3 (RFC 9204), each the shortest encoding that leaves the
 * decoder's dynamic table alone. Each protocol has two arrays of its own: a
 * row of the longest field's size for each code, the field at its start,
 * and each code's length, so that a lookup is a bounds check, a load of the
 * length and a multiplication. The RFCs' facts the encodings are made of
 * are here, and only here; tests/test-status-fields.c checks what comes of
 * them against copies of the RFCs' whole tables. Every symbol is
 * hs_hpack_, hs_qpack_ or HS_FIELD_, HS_HPACK_, HS_QPACK_. */
#include "emit.h"
#include "tables.h"

#include <stdio.h>

enum { CODE_BASE = 100, CODE_SPAN = 500, MAX_FIELD = 16 };

/* RFC 7541, Appendix B: the Huffman code of each digit, '0' to '9'. */
static const struct {
	unsigned char bits, len;
} digit_huffman[10] = {
	{0x00, 5}, {0x01, 5}, {0x02, 5}, {0x19, 6}, {0x1a, 6},
	{0x1b, 6}, {0x1c, 6}, {0x1d, 6}, {0x1e, 6}, {0x1f, 6},
};

/* A :status entry of a static table: its index and its value. */
struct entry {
	unsigned index;
	int code;
};

/* RFC 7541, Appendix A. */
static const struct entry hpack_entries[] = {
	{8, 200}, {9, 204}, {10, 206}, {11, 304}, {12, 400}, {13, 404}, {14, 500},
};

/* RFC 9204, Appendix A. */
static const struct entry qpack_entries[] = {
	{24, 103}, {25, 200}, {26, 304}, {27, 404}, {28, 503}, {63, 100}, {64, 204},
	{65, 206}, {66, 302}, {67, 400}, {68, 403}, {69, 421}, {70, 425}, {71, 500},
};

/* How a protocol writes a :status field with its static table alone. */
struct scheme {
	const char *name; /* "HPACK": HS_HPACK_, hs_hpack_ */
	const char *rfc;
	const struct entry *entries;
	size_t entry_count;
	/* An indexed field (line): these bits, then the index as an integer
	 * of indexed_prefix bits. */
	unsigned indexed_bits, indexed_prefix;
	/* A literal naming a static entry without adding it to the dynamic
	 * table: these bits, then the name's index as an integer of
	 * literal_prefix bits, then the value as a string literal. */
	unsigned literal_bits, literal_prefix;
};

/* Indexed Header Field (Section 6.1): 1, index (7+). Literal Header Field
 * without Indexing, indexed name (Section 6.2.2): 0000, index (4+). */
static const struct scheme hpack = {
	.name = "HPACK",
	.rfc = "RFC 7541",
	.entries = hpack_entries,
	.entry_count = sizeof hpack_entries / sizeof hpack_entries[0],
	.indexed_bits = 0x80,
	.indexed_prefix = 7,
	.literal_bits = 0x00,
	.literal_prefix = 4,
};

/* Indexed Field Line (Section 4.5.2): 1, T = 1 (static), index (6+).
 * Literal Field Line with Name Reference (Section 4.5.4): 01, N = 0 (an
 * intermediary may index it), T = 1 (static), index (4+). */
static const struct scheme qpack = {
	.name = "QPACK",
	.rfc = "RFC 9204",
	.entries = qpack_entries,
	.entry_count = sizeof qpack_entries / sizeof qpack_entries[0],
	.indexed_bits = 0xc0,
	.indexed_prefix = 6,
	.literal_bits = 0x50,
	.literal_prefix = 4,
};

/* An encoding under construction. */
struct field {
	unsigned char bytes[MAX_FIELD];
	size_t len;
};

static void put_byte(struct field *f, unsigned byte)
{
	f->bytes[f->len++] = (unsigned char)byte;
}

/* An integer with an n-bit prefix after the bits of first (RFC 7541,
 * Section 5.1; RFC 9204, Section 4.1.1): the prefix, or the prefix full and
 * the rest in a byte, for every index and length here is under 2^n - 1 +
 * 128 (QPACK's 71, the largest, is 63 + 8). */
static void put_integer(struct field *f, unsigned first, unsigned n, unsigned value)
{
	unsigned max = (1u << n) - 1;
	put_byte(f, first | (value < max ? value : max));
	if (value >= max)
		put_byte(f, value - max);
}

/* The code's three digits Huffman-coded, padded with the most significant
 * bits of EOS, all 1s (RFC 7541, Section 5.2). */
static struct field huffman_digits(int code)
{
	struct field f = {.len = 0};
	unsigned long bits = 0;
	unsigned n = 0;
	for (int d = 100; d >= 1; d /= 10) {
		int digit = code / d % 10;
		bits = bits << digit_huffman[digit].len | digit_huffman[digit].bits;
		n += digit_huffman[digit].len;
	}
	unsigned pad = (8 - n % 8) % 8;
	bits = bits << pad | ((1ul << pad) - 1);
	for (n += pad; n > 0; n -= 8)
		put_byte(&f, (unsigned)(bits >> (n - 8)) & 0xff);
	return f;
}

/* The value as a string literal, H and a 7-bit length (RFC 7541, Section
 * 5.2; RFC 9204, Section 4.1.2): Huffman-coded where that is shorter. */
static void put_value(struct field *f, int code, bool *huffman)
{
	struct field coded = huffman_digits(code);
	*huffman = coded.len < 3;
	if (*huffman) {
		put_integer(f, 0x80, 7, (unsigned)coded.len);
		for (size_t i = 0; i < coded.len; i++)
			put_byte(f, coded.bytes[i]);
		return;
	}
	put_integer(f, 0x00, 7, 3);
	for (int d = 100; d >= 1; d /= 10)
		put_byte(f, (unsigned)('0' + code / d % 10));
}

/* The bytes of an integer with an n-bit prefix. */
static size_t integer_len(unsigned n, unsigned value)
{
	struct field f = {.len = 0};
	put_integer(&f, 0, n, value);
	return f.len;
}

/* The :status entry whose index makes the shortest literal prefix, the
 * first of those that tie. */
static unsigned literal_name(const struct scheme *s)
{
	unsigned best = s->entries[0].index;
	for (size_t i = 1; i < s->entry_count; i++) {
		unsigned index = s->entries[i].index;
		bool shorter = integer_len(s->literal_prefix, index) <
			       integer_len(s->literal_prefix, best);
		best = shorter ? index : best;
	}
	return best;
}

/* Code's encoding, and what it is, for the row's comment. */
static struct field encode(const struct scheme *s, int code, char *what, size_t size)
{
	struct field f = {.len = 0};
	for (size_t i = 0; i < s->entry_count; i++)
		if (s->entries[i].code == code) {
			put_integer(&f, s->indexed_bits, s->indexed_prefix, s->entries[i].index);
			snprintf(what, size, "static entry %u", s->entries[i].index);
			return f;
		}
	unsigned name = literal_name(s);
	bool huffman;
	put_integer(&f, s->literal_bits, s->literal_prefix, name);
	put_value(&f, code, &huffman);
	snprintf(what, size, "name of entry %u, \"%d\"%s", name, code,
		 huffman ? " Huffman-coded" : "");
	return f;
}

/* The longest field. */
static size_t longest(const struct scheme *s)
{
	char what[64];
	size_t max = 0;
	for (int code = CODE_BASE; code < CODE_BASE + CODE_SPAN; code++) {
		size_t len = code == 101 ? 0 : encode(s, code, what, sizeof what).len;
		max = len > max ? len : max;
	}
	return max;
}

static void emit_table(FILE *out, const struct scheme *s, const char *lower)
{
	fprintf(out,
		"/* %s (%s): each code's field, by code - HS_FIELD_CODE_BASE, and its\n"
		" * length (0: none). */\n"
		"#define HS_%s_MAX_LEN %zu\n"
		"static const unsigned char hs_%s_fields[][HS_%s_MAX_LEN] = {\n",
		s->name, s->rfc, s->name, longest(s), lower, s->name);
	size_t lens[CODE_SPAN];
	for (int code = CODE_BASE; code < CODE_BASE + CODE_SPAN; code++) {
		char what[64] = "none, HTTP/2 and HTTP/3 forbid it";
		struct field f = {.len = 0};
		if (code != 101)
			f = encode(s, code, what, sizeof what);
		lens[code - CODE_BASE] = f.len;
		fputs(f.len ? "\t{" : "\t{0", out);
		for (size_t i = 0; i < f.len; i++)
			fprintf(out, "%s0x%02x", i ? ", " : "", f.bytes[i]);
		fprintf(out, "}, /* %d: %s */\n", code, what);
	}
	fprintf(out,
		"};\n"
		"HS_ASSERT(sizeof hs_%s_fields / HS_%s_MAX_LEN == HS_FIELD_CODE_SPAN,\n"
		"\t  \"a field for every code of 100-599\");\n\n",
		lower, s->name);
	/* The small tables leave the lengths out, for the lookup to read them
	 * off the fields, by these. */
	fprintf(out,
		"#if HTTPSTATUS_SMALL_TABLES\n"
		"/* How the fields begin: an indexed one with these bits, its index an\n"
		" * integer of a prefix this wide; a literal its name's index, an integer\n"
		" * of a prefix this wide, then the value's length byte. */\n"
		"#define HS_%s_INDEXED_BITS 0x%02x\n"
		"#define HS_%s_INDEXED_PREFIX %u\n"
		"#define HS_%s_LITERAL_PREFIX %u\n"
		"#else\n",
		s->name, s->indexed_bits, s->name, s->indexed_prefix, s->name, s->literal_prefix);
	char name[32];
	snprintf(name, sizeof name, "hs_%s_lens", lower);
	emit_code_rows(out, name, lens, CODE_SPAN, CODE_BASE);
	fprintf(out,
		"HS_ASSERT(sizeof hs_%s_lens == HS_FIELD_CODE_SPAN, \"a length for every code of "
		"100-599\");\n"
		"#endif\n\n",
		lower);
}

bool emit_status_fields_tables(FILE *out, const struct data *d)
{
	(void)d; /* the same for every code of 100-599, registered or not */
	fprintf(out,
		"/* Generated by httpstatus-gen. Do not edit.\n"
		" *\n"
		" * The :status field of every code of 100-599 but 101, ready to go into a\n"
		" * field block: HPACK-encoded for HTTP/2 and QPACK-encoded for HTTP/3, each\n"
		" * the shortest encoding that leaves the dynamic table alone. Included\n"
		" * after src/tables.h. */\n\n"
		"#define HS_FIELD_CODE_BASE %d\n"
		"#define HS_FIELD_CODE_SPAN %d\n\n",
		CODE_BASE, CODE_SPAN);
	emit_table(out, &hpack, "hpack");
	emit_table(out, &qpack, "qpack");
	return true;
}
