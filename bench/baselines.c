#include "baselines.h"

#include "bench-data.h"

#include <stdio.h>
#include <string.h>

const char *plain_phrase(int code)
{
	unsigned i = (unsigned)code - BENCH_CODE_MIN;
	return i < BENCH_CODE_SPAN ? plain_phrases[i] : NULL;
}

int plain_class(int code)
{
	unsigned i = (unsigned)code - BENCH_CODE_MIN;
	return i < BENCH_CODE_SPAN ? plain_classes[i] : 0;
}

const char *plain_reason(int code)
{
	unsigned i = (unsigned)code - BENCH_CODE_MIN;
	return i < BENCH_CODE_SPAN ? plain_reasons[i] : NULL;
}

/* The phrase for a status line: the code's, "" for an unregistered code of
 * 100-599, NULL outside it. */
static const char *line_phrase(int code)
{
	unsigned i = (unsigned)code - BENCH_CODE_MIN;
	if (i >= BENCH_CODE_SPAN)
		return NULL;
	return plain_phrases[i] ? plain_phrases[i] : "";
}

size_t plain_status_line(char *buf, size_t size, int code)
{
	const char *phrase = line_phrase(code);
	if (!phrase)
		return 0;
	char line[128];
	size_t n = strlen(phrase);
	memcpy(line, "HTTP/1.1 ", 9);
	line[9] = (char)('0' + code / 100);
	line[10] = (char)('0' + code / 10 % 10);
	line[11] = (char)('0' + code % 10);
	line[12] = ' ';
	memcpy(line + 13, phrase, n);
	memcpy(line + 13 + n, "\r\n", 3);
	size_t len = n + 15;
	if (size > 0) {
		size_t copied = len < size ? len : size - 1;
		memcpy(buf, line, copied);
		buf[copied] = '\0';
	}
	return len;
}

size_t snprintf_status_line(char *buf, size_t size, int code)
{
	const char *phrase = line_phrase(code);
	if (!phrase)
		return 0;
	int n = snprintf(buf, size, "HTTP/1.1 %d %s\r\n", code, phrase);
	return n < 0 ? 0 : (size_t)n;
}

size_t nginx_status_line(char *buf, size_t size, int code)
{
	unsigned i = (unsigned)code - BENCH_CODE_MIN;
	if (i >= BENCH_CODE_SPAN)
		return 0;
	const struct bench_line *status = &nginx_status_lines[i];
	size_t len = 9 + (status->len ? status->len : 4) + 2;
	/* nginx sizes its buffer first and writes straight into it; a line
	 * that does not fit is made aside and cut to snprintf's rules. */
	char aside[9 + 3 + 1 + 255 + 2 + 1]; /* a phrase has at most 255 bytes */
	char *p = len < size ? buf : aside;
	memcpy(p, "HTTP/1.1 ", 9);
	if (status->len) {
		memcpy(p + 9, status->text, status->len);
	} else {
		p[9] = (char)('0' + code / 100);
		p[10] = (char)('0' + code / 10 % 10);
		p[11] = (char)('0' + code % 10);
		p[12] = ' ';
	}
	memcpy(p + len - 2, "\r\n", 3);
	if (p == aside && size > 0) {
		memcpy(buf, aside, size - 1);
		buf[size - 1] = '\0';
	}
	return len;
}

const char *array_status_line_static(int code, size_t *len)
{
	unsigned i = (unsigned)code - BENCH_CODE_MIN;
	const struct bench_line *line = i < BENCH_CODE_SPAN ? &plain_status_lines[i] : NULL;
	if (len)
		*len = line ? line->len : 0;
	return line ? line->text : NULL;
}

bool chain_has_content(enum httpstatus_method request, int code)
{
	return code >= 100 && code <= 599 && request != HTTP_METHOD_HEAD &&
	       !(code >= 100 && code <= 199) && code != 204 && code != 205 && code != 304 &&
	       !(request == HTTP_METHOD_CONNECT && code >= 200 && code <= 299);
}

const char *scan_phrase(int code)
{
	for (size_t i = 0; i < bench_entries_count; i++)
		if (bench_entries[i].code == code)
			return bench_entries[i].phrase;
	return NULL;
}

const char *scan_reason(int code)
{
	const char *phrase = scan_phrase(code);
	if (!phrase && code >= 100 && code <= 599)
		phrase = scan_phrase(code / 100 * 100);
	return phrase;
}

static int scan_strcmp(const struct bench_key *keys, size_t count, const char *s)
{
	for (size_t i = 0; i < count; i++)
		if (strcmp(keys[i].text, s) == 0)
			return keys[i].code;
	return 0;
}

static unsigned char fold(unsigned char c)
{
	return c >= 'a' && c <= 'z' ? (unsigned char)(c - ('a' - 'A')) : c;
}

static int scan_folded(const struct bench_key *keys, size_t count, const char *s)
{
	for (size_t i = 0; i < count; i++) {
		const unsigned char *a = (const unsigned char *)keys[i].text;
		const unsigned char *b = (const unsigned char *)s;
		while (*a && fold(*a) == fold(*b)) {
			a++;
			b++;
		}
		if (*a == *b)
			return keys[i].code;
	}
	return 0;
}

int scan_name_strcmp(const char *name)
{
	return scan_strcmp(bench_names, bench_names_count, name);
}

int scan_name_folded(const char *name)
{
	return scan_folded(bench_names, bench_names_count, name);
}

int scan_phrase_strcmp(const char *phrase)
{
	return scan_strcmp(bench_phrases, bench_phrases_count, phrase);
}

int scan_phrase_folded(const char *phrase)
{
	return scan_folded(bench_phrases, bench_phrases_count, phrase);
}

int scan_method_strcmp(const char *token)
{
	return scan_strcmp(bench_methods, bench_methods_count, token);
}

int scan_unofficial_strcmp(const char *phrase)
{
	return scan_strcmp(bench_unofficial_phrases, bench_unofficial_phrases_count, phrase);
}

int scan_unofficial_folded(const char *phrase)
{
	return scan_folded(bench_unofficial_phrases, bench_unofficial_phrases_count, phrase);
}
