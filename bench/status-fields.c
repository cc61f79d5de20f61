#include "status-fields.h"

#include <httpstatus.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if BENCH_HAVE_NGHTTP2
#include <nghttp2/nghttp2.h>
#endif

/* Whether code has a :status field in HTTP/2 and HTTP/3: 100-599 but 101. */
static int has_field(int code)
{
	return (unsigned)code - 100 < 500 && code != 101;
}

static size_t put_digits(unsigned char *p, int code)
{
	p[0] = (unsigned char)('0' + code / 100);
	p[1] = (unsigned char)('0' + code / 10 % 10);
	p[2] = (unsigned char)('0' + code % 10);
	return 3;
}

/* An indexed field (line) of HPACK (1, then 7 bits) or QPACK (11 for the
 * static table, then 6 bits; 0x3f and the rest past 62). */
static size_t hpack_indexed(unsigned char *buf, unsigned index)
{
	buf[0] = (unsigned char)(0x80 | index);
	return 1;
}

static size_t qpack_indexed(unsigned char *buf, unsigned index)
{
	if (index < 63) {
		buf[0] = (unsigned char)(0xc0 | index);
		return 1;
	}
	buf[0] = 0xff;
	buf[1] = (unsigned char)(index - 63);
	return 2;
}

size_t switch_hpack_status(int code, unsigned char *buf)
{
	switch (code) {
	case 200:
		return hpack_indexed(buf, 8);
	case 204:
		return hpack_indexed(buf, 9);
	case 206:
		return hpack_indexed(buf, 10);
	case 304:
		return hpack_indexed(buf, 11);
	case 400:
		return hpack_indexed(buf, 12);
	case 404:
		return hpack_indexed(buf, 13);
	case 500:
		return hpack_indexed(buf, 14);
	}
	if (!has_field(code))
		return 0;
	buf[0] = 0x08;
	buf[1] = 0x03;
	return 2 + put_digits(buf + 2, code);
}

size_t switch_qpack_status(int code, unsigned char *buf)
{
	switch (code) {
	case 103:
		return qpack_indexed(buf, 24);
	case 200:
		return qpack_indexed(buf, 25);
	case 304:
		return qpack_indexed(buf, 26);
	case 404:
		return qpack_indexed(buf, 27);
	case 503:
		return qpack_indexed(buf, 28);
	case 100:
		return qpack_indexed(buf, 63);
	case 204:
		return qpack_indexed(buf, 64);
	case 206:
		return qpack_indexed(buf, 65);
	case 302:
		return qpack_indexed(buf, 66);
	case 400:
		return qpack_indexed(buf, 67);
	case 403:
		return qpack_indexed(buf, 68);
	case 421:
		return qpack_indexed(buf, 69);
	case 425:
		return qpack_indexed(buf, 70);
	case 500:
		return qpack_indexed(buf, 71);
	}
	if (!has_field(code))
		return 0;
	buf[0] = 0x5f;
	buf[1] = 0x09;
	buf[2] = 0x03;
	return 3 + put_digits(buf + 3, code);
}

size_t copy_hpack_status(int code, unsigned char *buf)
{
	size_t len;
	const unsigned char *field = httpstatus_hpack_status(code, &len);
	if (field)
		memcpy(buf, field, len);
	return len;
}

size_t copy_qpack_status(int code, unsigned char *buf)
{
	size_t len;
	const unsigned char *field = httpstatus_qpack_status(code, &len);
	if (field)
		memcpy(buf, field, len);
	return len;
}

#if BENCH_HAVE_NGHTTP2
size_t nghttp2_deflate_status(int code, unsigned char *buf)
{
	static nghttp2_hd_deflater *deflater;
	if (!has_field(code))
		return 0;
	if (!deflater && nghttp2_hd_deflate_new(&deflater, 0) != 0) {
		fputs("httpstatus-bench: nghttp2_hd_deflate_new failed\n", stderr);
		exit(1);
	}
	uint8_t value[3];
	put_digits(value, code);
	nghttp2_nv nv = {(uint8_t *)":status", value, 7, 3, NGHTTP2_NV_FLAG_NONE};
	ssize_t n = nghttp2_hd_deflate_hd(deflater, buf, 16, &nv, 1);
	return n < 0 ? 0 : (size_t)n;
}
#endif
