/* What a writer must make of detail text: the bytes with every ill-formed
 * UTF-8 sequence replaced by U+FFFD, one for each maximal subpart (Unicode,
 * Section 3.9), as Python's bytes.decode(errors="replace") does. Written from
 * Table 3-7 of well-formed byte sequences, not from the library's decoder. */
#ifndef HTTPSTATUS_TEST_UTF8_REPLACED_H
#define HTTPSTATUS_TEST_UTF8_REPLACED_H

#include <stdlib.h>
#include <string.h>

/* A row of Table 3-7: lead bytes lead_lo-lead_hi take len bytes, the second
 * of them in second_lo-second_hi, the others in 0x80-0xbf. */
static const struct {
	unsigned char lead_lo, lead_hi, len, second_lo, second_hi;
} utf8_table_3_7[] = {
	{0x00, 0x7f, 1, 0, 0},       {0xc2, 0xdf, 2, 0x80, 0xbf}, {0xe0, 0xe0, 3, 0xa0, 0xbf},
	{0xe1, 0xec, 3, 0x80, 0xbf}, {0xed, 0xed, 3, 0x80, 0x9f}, {0xee, 0xef, 3, 0x80, 0xbf},
	{0xf0, 0xf0, 4, 0x90, 0xbf}, {0xf1, 0xf3, 4, 0x80, 0xbf}, {0xf4, 0xf4, 4, 0x80, 0x8f},
};

/* The n bytes at s with ill-formed sequences replaced, NUL-terminated, in
 * memory the caller frees; its length in *out_len. */
static inline char *utf8_replaced(const char *text, size_t n, size_t *out_len)
{
	const unsigned char *s = (const unsigned char *)text;
	char *out = malloc(3 * n + 1);
	size_t o = 0;
	if (!out)
		abort();
	for (size_t i = 0; i < n;) {
		size_t row = 0, rows = sizeof utf8_table_3_7 / sizeof utf8_table_3_7[0];
		while (row < rows &&
		       (s[i] < utf8_table_3_7[row].lead_lo || s[i] > utf8_table_3_7[row].lead_hi))
			row++;
		size_t len = row < rows ? utf8_table_3_7[row].len : 0, good = row < rows ? 1 : 0;
		if (len > 1 && i + 1 < n && s[i + 1] >= utf8_table_3_7[row].second_lo &&
		    s[i + 1] <= utf8_table_3_7[row].second_hi)
			for (good = 2; good < len && i + good < n && s[i + good] >= 0x80 &&
				       s[i + good] <= 0xbf;
			     good++)
				;
		if (len > 0 && good == len) {
			memcpy(out + o, s + i, len);
			o += len;
			i += len;
		} else {
			memcpy(out + o, "\xef\xbf\xbd", 3);
			o += 3;
			i += good ? good : 1;
		}
	}
	out[o] = '\0';
	*out_len = o;
	return out;
}

#endif
