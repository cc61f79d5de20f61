/* What a server sends for a code: the status line, which httpstatus-gen
 * precomputed for every registered code (response-tables.h). */
#include "httpstatus.h"

#include <stdint.h>
#include <string.h>

#include "response-tables.h"

#if defined(__GNUC__)
#define OUT_OF_LINE static __attribute__((noinline))
#else
#define OUT_OF_LINE static
#endif

/* ---- Status lines ---------------------------------------------------------- */

/* The index word of code's line (offset << HS_LINE_LEN_BITS | length); 0
 * for any int that is not a registered code. */
static inline uint32_t line_word(int code)
{
	unsigned i = (unsigned)code - HS_LINE_CODE_BASE;
	return i < HS_LINE_CODE_SPAN ? hs_line_by_code[i] : 0;
}

enum { LEN_MASK = (1u << HS_LINE_LEN_BITS) - 1 };

const char *httpstatus_status_line_static(int code, size_t *len)
{
	uint32_t word = line_word(code);
	if (len)
		*len = word & LEN_MASK;
	return word ? hs_line_pool + (word >> HS_LINE_LEN_BITS) : NULL;
}

/* n (16 to 64) bytes from src to dst in two fixed-size copies that may
 * overlap: no loop, which a compiler would turn into a call to memcpy. */
static inline void copy_line(char *dst, const char *src, size_t n)
{
#if HS_LINE_MAX_LEN + 1 > 32 /* only where the data has a line that long */
	if (n > 32) {
		memcpy(dst, src, 32);
		memcpy(dst + n - 32, src + n - 32, 32);
		return;
	}
#endif
	memcpy(dst, src, 16);
	memcpy(dst + n - 16, src + n - 16, 16);
}

/* httpstatus_status_line for what the fast path leaves: an unregistered
 * code, which gets an empty reason phrase (RFC 9112, Section 4) rather than
 * another code's, and a buffer too small or absent. Kept out of line, so
 * that the fast path needs no stack frame. */
OUT_OF_LINE size_t put_line_slowly(char *buf, size_t size, int code)
{
	uint32_t word = line_word(code);
	const char *line = hs_line_pool + (word >> HS_LINE_LEN_BITS);
	size_t len = word & LEN_MASK;
	char unregistered[] = "HTTP/1.1 NNN \r\n";
	if (!word) {
		unsigned digits = (unsigned)code; /* unsigned division is the cheaper */
		if (digits - 100 >= 500)
			return 0;
		unregistered[9] = (char)('0' + digits / 100);
		unregistered[10] = (char)('0' + digits / 10 % 10);
		unregistered[11] = (char)('0' + digits % 10);
		line = unregistered;
		len = sizeof unregistered - 1;
	}
	if (buf && size > len) {
		copy_line(buf, line, len + 1);
	} else if (buf && size > 0) {
		memcpy(buf, line, size - 1);
		buf[size - 1] = '\0';
	}
	return len;
}

size_t httpstatus_status_line(char *buf, size_t size, int code)
{
	uint32_t word = line_word(code);
	size_t len = word & LEN_MASK;
	if (!word || !buf || size <= len)
		return put_line_slowly(buf, size, code);
	copy_line(buf, hs_line_pool + (word >> HS_LINE_LEN_BITS), len + 1);
	return len;
}
