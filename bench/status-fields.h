/* The :status field of HTTP/2 and HTTP/3, every way the benchmark makes
 * it beside libhttpstatus's precomputed ones (httpstatus_hpack_status,
 * httpstatus_qpack_status): as a server writes it by hand, a switch on the
 * codes of the static table (h2o's for HPACK), and by nghttp2's general
 * HPACK encoder. Each writes the field into buf (at least 16 bytes) and
 * returns its length: 0 for 101 and outside 100-599, which have none, as
 * the library's. Each is an ordinary function in a file of its own, so that
 * it is not inlined into the timing loops and callgrind counts it whole. */
#ifndef BENCH_STATUS_FIELDS_H
#define BENCH_STATUS_FIELDS_H

#include <stddef.h>

/* One byte for the seven codes of HPACK's static table, else a literal
 * without indexing naming entry 8 with the three digits as they are:
 * 0x08 0x03 'N' 'N' 'N'. */
size_t switch_hpack_status(int code, unsigned char *buf);

/* The same for QPACK: an indexed field line for the 14 codes of its
 * static table, else a literal naming entry 24: 0x5f 0x09 0x03 'N' 'N' 'N'. */
size_t switch_qpack_status(int code, unsigned char *buf);

/* libhttpstatus's field copied into buf, as a server that writes a header
 * block uses it. */
size_t copy_hpack_status(int code, unsigned char *buf);
size_t copy_qpack_status(int code, unsigned char *buf);

#if BENCH_HAVE_NGHTTP2
/* nghttp2_hd_deflate_hd of the one field ":status: NNN", on a deflater
 * made once with a dynamic table of size 0, so that it adds nothing to it. */
size_t nghttp2_deflate_status(int code, unsigned char *buf);
#endif

#endif
