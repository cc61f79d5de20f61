#include "emit.h"

#include "utf8.h"

#include <stdint.h>
#include <string.h>

enum { SHOWN_QUERY_BYTES = 64 };

void emit_json_string(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	putchar('"');
	for (size_t i = 0; i < len; i++) {
		unsigned char c = s[i];
		uint32_t cp;
		size_t n;
		if (c == '"' || c == '\\') {
			printf("\\%c", c);
		} else if (c < 0x20) {
			printf("\\u%04x", c);
		} else if (c < 0x80) {
			putchar(c);
		} else if ((n = utf8_decode(s + i, len - i, &cp)) != 0) {
			fwrite(s + i, 1, n, stdout);
			i += n - 1;
		} else {
			fputs("\\ufffd", stdout);
		}
	}
	putchar('"');
}

void emit_json_member(const char *key, const char *value)
{
	printf(",\"%s\":", key);
	if (value)
		emit_json_string(value, strlen(value));
	else
		fputs("null", stdout);
}

void emit_json_number(const char *number, size_t len)
{
	size_t i = 0;
	if (number[0] == '-') {
		putchar('-');
		i++;
	}
	while (i + 1 < len && number[i] == '0')
		i++;
	fwrite(number + i, 1, len - i, stdout);
}

void emit_shown(FILE *out, const char *query, size_t len)
{
	for (size_t i = 0; i < len && i < SHOWN_QUERY_BYTES; i++) {
		unsigned char c = (unsigned char)query[i];
		if (c >= 0x20 && c < 0x7f && c != '\\')
			fputc(c, out);
		else
			fprintf(out, "\\x%02x", c);
	}
	if (len > SHOWN_QUERY_BYTES)
		fputs("...", out);
}
