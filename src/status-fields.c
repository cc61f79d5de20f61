/* The :status field of a response for HTTP/2 (HPACK) and HTTP/3 (QPACK),
 * which httpstatus-gen encoded for every code (status-fields-tables.h): a
 * lookup is a bounds check and a table load. Each protocol's rows are an
 * array of their own, so that a program linked with --gc-sections keeps only
 * the ones it calls for. */
#include "httpstatus.h"

#include "status-fields.h"

#include "status-fields-tables.h"

/* The field in rows (of row_size bytes: the length, then the bytes) for
 * code; NULL, and a length of 0, for any int without one. */
static inline const unsigned char *field(const unsigned char *rows, size_t row_size, int code,
					 size_t *len)
{
	unsigned i = (unsigned)code - HS_FIELD_CODE_BASE;
	const unsigned char *row =
		rows + (i < HS_FIELD_CODE_SPAN ? i : HS_FIELD_CODE_SPAN) * row_size;
	/* Read once: for all the compiler knows, a store to *len changes it. */
	size_t n = row[0];
	if (len)
		*len = n;
	return n ? row + 1 : NULL;
}

const unsigned char *httpstatus_hpack_status(int code, size_t *len)
{
	return field((const unsigned char *)hs_hpack_rows, HS_HPACK_ROW_SIZE, code, len);
}

const unsigned char *httpstatus_qpack_status(int code, size_t *len)
{
	return field((const unsigned char *)hs_qpack_rows, HS_QPACK_ROW_SIZE, code, len);
}
