/* One UTF-8 decoder for the generator's checks, its man page and the CLI's
 * JSON. */
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
	size_t n = s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc0 ? 2 : 0;
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

#endif
