/* One UTF-8 decoder for the generator's checks, its man page, the CLI's JSON
 * and the library's error pages and problem bodies. */
#ifndef HTTPSTATUS_UTF8_H
#define HTTPSTATUS_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes the sequence at s (avail bytes, at least 1) into *cp and returns
 * its length, or returns 0 if it is not well-formed UTF-8: a stray
 * continuation byte, a sequence cut short, an overlong form, a surrogate or a
 * value past U+10FFFF. */
static inline size_t utf8_decode(const unsigned char *s, size_t avail, uint32_t *cp)
{
	static const uint32_t lowest[5] = {0, 0, 0x80, 0x800, 0x10000};
	size_t n = s[0] >= 0xf8 ? 0 : s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc0 ? 2 : 0;
	if (n == 0 || n > avail)
		return 0;
	*cp = s[0] & (0x7fU >> n);
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		*cp = *cp << 6 | (s[i] & 0x3fU);
	}
	bool valid = *cp >= lowest[n] && *cp <= 0x10ffff && (*cp < 0xd800 || *cp > 0xdfff);
	return valid ? n : 0;
}

/* For a sequence at s (avail bytes, at least 1) that utf8_decode rejects: how
 * many bytes one U+FFFD replaces. That is the maximal subpart (Unicode,
 * Section 3.9: the longest start of a well-formed sequence there), or 1 if
 * none, as the WHATWG Encoding Standard and Python's decoders count. */
static inline size_t utf8_invalid_len(const unsigned char *s, size_t avail)
{
	/* Table 3-7: the length a lead byte starts, and the range of the byte
	 * after it. (No if-else chain on the lead byte: clang makes a jump table
	 * of one, which would need relocations in the library.) */
	size_t n = s[0] >= 0xc2 && s[0] <= 0xdf   ? 2
		   : s[0] >= 0xe0 && s[0] <= 0xef ? 3
		   : s[0] >= 0xf0 && s[0] <= 0xf4 ? 4
						  : 1;
	unsigned lo = s[0] == 0xe0 ? 0xa0 : s[0] == 0xf0 ? 0x90 : 0x80;
	unsigned hi = s[0] == 0xed ? 0x9f : s[0] == 0xf4 ? 0x8f : 0xbf;
	size_t i = 1;
	if (n > 1 && i < avail && s[1] >= lo && s[1] <= hi)
		for (i = 2; i < n && i < avail && (s[i] & 0xc0) == 0x80; i++)
			;
	return i;
}

#endif
