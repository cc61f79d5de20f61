/* The :status field of a response for HTTP/2 (HPACK) and HTTP/3 (QPACK),
 * which httpstatus-gen encoded for every code (status-fields-tables.h): a
 * lookup is a bounds check and a table load, the field's length (in the
 * small layout read off the field's own bytes); where the field is follows
 * from the code. Each protocol's arrays are its own, so
 * that a program linked with --gc-sections keeps only those it calls for. */
#include "httpstatus.h"

#include <stdint.h>

#include "tables.h"

#include "status-fields-tables.h"

#if HTTPSTATUS_SMALL_TABLES

/* The bytes of the integer with an n-bit prefix at p: one, or two where the
 * prefix is full (no index or length of a :status field needs more). */
static size_t integer_len(const unsigned char *p, unsigned n)
{
	unsigned full = (1u << n) - 1;
	return (p[0] & full) == full ? 2 : 1;
}

/* The length of the field that begins at p, read off its bytes (the small
 * tables have no lengths): an indexed field is its index; a literal is its
 * name's index, the value's length byte and the value. 0 for a row
 * without a field. */
static size_t field_len(const unsigned char *p, unsigned indexed_bits, unsigned indexed_prefix,
			unsigned literal_prefix)
{
	if (!p[0])
		return 0;
	if ((p[0] & indexed_bits) == indexed_bits)
		return integer_len(p, indexed_prefix);
	size_t name = integer_len(p, literal_prefix);
	return name + 1 + (p[name] & 0x7f);
}

#define FIELD_LEN(SCHEME, scheme, i)                                                               \
	field_len(hs_##scheme##_fields[i], HS_##SCHEME##_INDEXED_BITS,                             \
		  HS_##SCHEME##_INDEXED_PREFIX, HS_##SCHEME##_LITERAL_PREFIX)

#else

#define FIELD_LEN(SCHEME, scheme, i) hs_##scheme##_lens[i]

#endif

/* field, of length n (0: none), with its length in *len if len is not
 * NULL. */
static inline const unsigned char *answer(const unsigned char *field, size_t n, size_t *len)
{
	if (len)
		*len = n;
	return field;
}

const unsigned char *httpstatus_hpack_status(int code, size_t *len)
{
	unsigned i = (unsigned)code - HS_FIELD_CODE_BASE;
	size_t n = i < HS_FIELD_CODE_SPAN ? FIELD_LEN(HPACK, hpack, i) : 0;
	return answer(n ? hs_hpack_fields[i] : NULL, n, len);
}

const unsigned char *httpstatus_qpack_status(int code, size_t *len)
{
	unsigned i = (unsigned)code - HS_FIELD_CODE_BASE;
	size_t n = i < HS_FIELD_CODE_SPAN ? FIELD_LEN(QPACK, qpack, i) : 0;
	return answer(n ? hs_qpack_fields[i] : NULL, n, len);
}
