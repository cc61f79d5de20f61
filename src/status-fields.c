/* The :status field of a response for HTTP/2 (HPACK) and HTTP/3 (QPACK),
 * which httpstatus-gen encoded for every code (status-fields-tables.h): a
 * lookup is a bounds check and a table load, the field's length; where the
 * field is follows from the code. Each protocol's arrays are its own, so
 * that a program linked with --gc-sections keeps only those it calls for. */
#include "httpstatus.h"

#include <stdint.h>

#include "tables.h"

#include "status-fields-tables.h"

/* The field of code in fields (a row of row_size bytes a code, the field
 * at its start) and its length in lens; NULL, and a length of 0, for any int
 * without one. */
static inline const unsigned char *field(const unsigned char *fields, size_t row_size,
					 const uint8_t *lens, int code, size_t *len)
{
	unsigned i = (unsigned)code - HS_FIELD_CODE_BASE;
	if (i >= HS_FIELD_CODE_SPAN) {
		if (len)
			*len = 0;
		return NULL;
	}
	size_t n = lens[i];
	if (len)
		*len = n;
	return n ? fields + i * row_size : NULL;
}

const unsigned char *httpstatus_hpack_status(int code, size_t *len)
{
	return field((const unsigned char *)hs_hpack_fields, HS_HPACK_MAX_LEN, hs_hpack_lens, code,
		     len);
}

const unsigned char *httpstatus_qpack_status(int code, size_t *len)
{
	return field((const unsigned char *)hs_qpack_fields, HS_QPACK_MAX_LEN, hs_qpack_lens, code,
		     len);
}
