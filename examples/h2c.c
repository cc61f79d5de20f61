/* The tiny server's HTTP/2 (RFC 9113) over cleartext TCP, for a client
 * that knows the server speaks it (prior knowledge, Section 3.3): the
 * connection preface, SETTINGS and their acknowledgement, requests' header
 * blocks decoded with nghttp2's HPACK inflater, and each response as a
 * HEADERS frame whose header block starts with httpstatus_hpack_status's
 * :status field, then DATA with the body. The framing is written out here:
 * it is small. Streams are answered in the order they were opened, each as
 * far as flow control lets it go; a request's own DATA is not read.
 *
 * Of nghttp2 only the HPACK inflater is used (nghttp2_hd_inflate_*). */
#define _POSIX_C_SOURCE 200809L

#include "tiny-server.h"

#include <nghttp2/nghttp2.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const char preface[] = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
enum { PREFACE_LEN = sizeof preface - 1 };

/* Frame types and flags (Section 6), settings (6.5.2), error codes (7). */
enum { DATA = 0x0, HEADERS = 0x1, RST_STREAM = 0x3, SETTINGS = 0x4, PING = 0x6, GOAWAY = 0x7 };
enum { WINDOW_UPDATE = 0x8, CONTINUATION = 0x9 };
enum { END_STREAM = 0x1, ACK = 0x1, END_HEADERS = 0x4, PADDED = 0x8, PRIORITY = 0x20 }; /* flags */
enum { HEADER_TABLE_SIZE = 0x1, MAX_CONCURRENT_STREAMS = 0x3, INITIAL_WINDOW_SIZE = 0x4 };
enum { MAX_FRAME_SIZE = 0x5 };
enum { NO_ERROR = 0x0, PROTOCOL_ERROR = 0x1, FRAME_SIZE_ERROR = 0x6, REFUSED_STREAM = 0x7 };

enum {
	FRAME_HEADER = 9,
	MAX_FRAME = 16384, /* the frames we take and send: the default SETTINGS_MAX_FRAME_SIZE */
	MAX_STREAMS = 128, /* streams open at once: our SETTINGS_MAX_CONCURRENT_STREAMS */
	MAX_BLOCK = 4 * MAX_FRAME, /* a request's header block, CONTINUATIONs and all */
	DEFAULT_WINDOW = 65535,
	DEFAULT_TABLE_SIZE = 4096,
};

/* A response on its way: its stream, what flow control lets it send, and
 * how much of its body is sent. */
struct stream {
	uint32_t id;
	int64_t window;
	struct response response;
	bool headers_sent;
	size_t body_sent;
};

struct connection {
	int fd;
	unsigned char in[FRAME_HEADER + MAX_FRAME];
	size_t in_len;
	nghttp2_hd_inflater *inflater;
	unsigned char block[MAX_BLOCK]; /* a request's header block, as it arrives */
	size_t block_len;
	uint32_t block_stream; /* its stream; 0 when no block is open */
	int64_t window; /* the connection's, for what we send */
	int64_t initial_window; /* of a new stream: the client's SETTINGS_INITIAL_WINDOW_SIZE */
	size_t max_frame; /* what the client takes, up to MAX_FRAME */
	bool table_size_changed; /* the client shrank HPACK's dynamic table */
	bool closing; /* the client sent GOAWAY */
	struct stream streams[MAX_STREAMS]; /* in the order they were opened */
	size_t stream_count;
	long requests;
};

bool h2c_preface_begins(const char *bytes, size_t len)
{
	return memcmp(bytes, preface, len < PREFACE_LEN ? len : PREFACE_LEN) == 0;
}

/* ---- Bytes in and out --------------------------------------------------------- */

static bool write_all(int fd, const unsigned char *bytes, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, bytes, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return false;
		bytes += n;
		len -= (size_t)n;
	}
	return true;
}

static uint32_t read32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static unsigned char *put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
	return p + 4;
}

/* One frame: the 9-byte header (Section 4.1), then the payload. */
static bool send_frame(struct connection *c, unsigned type, unsigned flags, uint32_t stream,
		       const void *payload, size_t len)
{
	unsigned char frame[FRAME_HEADER + MAX_FRAME];
	frame[0] = (unsigned char)(len >> 16);
	frame[1] = (unsigned char)(len >> 8);
	frame[2] = (unsigned char)len;
	frame[3] = (unsigned char)type;
	frame[4] = (unsigned char)flags;
	put32(frame + 5, stream);
	if (len)
		memcpy(frame + FRAME_HEADER, payload, len);
	return write_all(c->fd, frame, FRAME_HEADER + len);
}

static void send_goaway(struct connection *c, uint32_t error)
{
	unsigned char payload[8];
	put32(put32(payload, 0), error); /* no stream of the client's was left unprocessed */
	send_frame(c, GOAWAY, 0, 0, payload, sizeof payload);
}

/* Reads until there are n bytes in c->in; false if the client closed the
 * connection first. */
static bool fill(struct connection *c, size_t n)
{
	while (c->in_len < n) {
		ssize_t got = read(c->fd, c->in + c->in_len, sizeof c->in - c->in_len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return false;
		c->in_len += (size_t)got;
	}
	return true;
}

/* Drops the first n bytes of c->in. */
static void consume(struct connection *c, size_t n)
{
	memmove(c->in, c->in + n, c->in_len - n);
	c->in_len -= n;
}

/* ---- The response ---------------------------------------------------------------- */

/* An HPACK integer with an n-bit prefix after the bits of first (RFC 7541,
 * Section 5.1). */
static unsigned char *put_integer(unsigned char *p, unsigned first, unsigned n, size_t value)
{
	size_t max = (1u << n) - 1;
	if (value < max) {
		*p++ = (unsigned char)(first | value);
		return p;
	}
	*p++ = (unsigned char)(first | max);
	for (value -= max; value >= 128; value /= 128)
		*p++ = (unsigned char)(value % 128 + 128);
	*p++ = (unsigned char)value;
	return p;
}

/* A Literal Header Field without Indexing that names a static table entry
 * (RFC 7541, Section 6.2.2), its value as it is. */
static unsigned char *put_literal(unsigned char *p, unsigned name_index, const char *value)
{
	size_t len = strlen(value);
	p = put_integer(p, 0x00, 4, name_index);
	p = put_integer(p, 0x00, 7, len);
	memcpy(p, value, len);
	return p + len;
}

/* The response's HEADERS frame: :status, then content-type and
 * content-length if it has content (static entries 31 and 28, RFC 7541,
 * Appendix A); END_STREAM if no DATA follows. */
static bool send_headers(struct connection *c, const struct stream *s)
{
	unsigned char block[256], *p = block;
	if (c->table_size_changed) {
		/* The client lowered the dynamic table's limit: the next block
		 * must begin with a size update, to 0, as we add nothing. */
		*p++ = 0x20;
		c->table_size_changed = false;
	}
	size_t len;
	const unsigned char *status = httpstatus_hpack_status(s->response.code, &len);
	memcpy(p, status, len);
	p += len;
	if (s->response.content_type) {
		char length[24];
		snprintf(length, sizeof length, "%zu", s->response.content_length);
		p = put_literal(p, 31, s->response.content_type);
		p = put_literal(p, 28, length);
	}
	unsigned flags = END_HEADERS | (s->response.sends_body ? 0 : END_STREAM);
	return send_frame(c, HEADERS, flags, s->id, block, (size_t)(p - block));
}

/* Sends what flow control allows of each response in turn, the first that
 * must wait holding up the rest; a response is done and goes once its last
 * frame, which has END_STREAM, is sent. */
static bool send_responses(struct connection *c)
{
	size_t done = 0;
	bool ok = true;
	for (; done < c->stream_count && ok; done++) {
		struct stream *s = &c->streams[done];
		if (!s->headers_sent) {
			ok = send_headers(c, s);
			s->headers_sent = true;
		}
		size_t left =
			s->response.sends_body ? s->response.content_length - s->body_sent : 0;
		while (ok && left > 0) {
			int64_t room = c->window < s->window ? c->window : s->window;
			if (room <= 0)
				break;
			size_t n = left < c->max_frame ? left : c->max_frame;
			n = (int64_t)n < room ? n : (size_t)room;
			ok = send_frame(c, DATA, n == left ? END_STREAM : 0, s->id,
					s->response.body + s->body_sent, n);
			s->body_sent += n;
			c->window -= (int64_t)n;
			s->window -= (int64_t)n;
			left -= n;
		}
		if (left > 0)
			break;
		response_free(&s->response);
	}
	memmove(c->streams, c->streams + done, (c->stream_count - done) * sizeof *c->streams);
	c->stream_count -= done;
	return ok;
}

/* ---- The request --------------------------------------------------------------- */

static bool is(const nghttp2_nv *nv, const char *name)
{
	return nv->namelen == strlen(name) && memcmp(nv->name, name, nv->namelen) == 0;
}

/* Whether the header's value names the media type. (A real server would
 * parse Accept and weigh its q-values.) */
static bool names(const nghttp2_nv *nv, const char *media_type)
{
	size_t n = strlen(media_type);
	for (size_t at = 0; at + n <= nv->valuelen; at++)
		if (memcmp(nv->value + at, media_type, n) == 0)
			return true;
	return false;
}

/* Decodes the request's header block with nghttp2's inflater, which keeps
 * the dynamic table the client's encoder fills, and queues the response. */
static bool take_request(struct connection *c)
{
	char method[32] = "", path[1024] = "";
	bool problem = false;
	const unsigned char *in = c->block;
	size_t left = c->block_len;
	for (;;) {
		nghttp2_nv nv;
		int flags = 0;
		ssize_t n = nghttp2_hd_inflate_hd2(c->inflater, &nv, &flags, in, left, 1);
		if (n < 0)
			return false; /* a COMPRESSION_ERROR: the connection cannot go on */
		in += n;
		left -= (size_t)n;
		if (flags & NGHTTP2_HD_INFLATE_EMIT) {
			if (is(&nv, ":method"))
				snprintf(method, sizeof method, "%.*s", (int)nv.valuelen, nv.value);
			else if (is(&nv, ":path"))
				snprintf(path, sizeof path, "%.*s", (int)nv.valuelen, nv.value);
			else if (is(&nv, "accept"))
				problem = names(&nv, HTTPSTATUS_CONTENT_TYPE_PROBLEM_JSON);
		}
		if (flags & NGHTTP2_HD_INFLATE_FINAL)
			break;
	}
	nghttp2_hd_inflate_end_headers(c->inflater);

	uint32_t id = c->block_stream;
	c->block_stream = 0;
	if (c->stream_count == MAX_STREAMS) {
		unsigned char error[4];
		put32(error, REFUSED_STREAM);
		return send_frame(c, RST_STREAM, 0, id, error, sizeof error);
	}
	struct stream *s = &c->streams[c->stream_count];
	struct request request = {httpstatus_method_from_name(method), path, problem};
	if (!respond_to(&request, &s->response))
		return false;
	s->id = id;
	s->window = c->initial_window;
	s->headers_sent = false;
	s->body_sent = 0;
	c->stream_count++;
	c->requests++;
	return true;
}

/* A fragment of a header block, from HEADERS or CONTINUATION. */
static bool add_to_block(struct connection *c, const unsigned char *fragment, size_t len,
			 unsigned flags)
{
	if (c->block_len + len > sizeof c->block)
		return false;
	memcpy(c->block + c->block_len, fragment, len);
	c->block_len += len;
	return !(flags & END_HEADERS) || take_request(c);
}

/* HEADERS (Section 6.2): the fragment, without padding and priority. */
static bool take_headers(struct connection *c, unsigned flags, uint32_t stream,
			 const unsigned char *p, size_t len)
{
	size_t pad = 0;
	if (flags & PADDED) {
		if (len < 1)
			return false;
		pad = p[0];
		p++;
		len--;
	}
	if (flags & PRIORITY) {
		if (len < 5)
			return false;
		p += 5;
		len -= 5;
	}
	if (pad > len || stream % 2 == 0)
		return false;
	c->block_len = 0;
	c->block_stream = stream;
	return add_to_block(c, p, len - pad, flags);
}

/* SETTINGS (Section 6.5): what the client's say of what we send, then the
 * acknowledgement. */
static bool take_settings(struct connection *c, unsigned flags, const unsigned char *p, size_t len)
{
	if (flags & ACK)
		return true;
	if (len % 6)
		return false;
	for (; len > 0; p += 6, len -= 6) {
		uint32_t value = read32(p + 2);
		switch (p[0] << 8 | p[1]) {
		case HEADER_TABLE_SIZE:
			c->table_size_changed |= value < DEFAULT_TABLE_SIZE;
			break;
		case INITIAL_WINDOW_SIZE:
			if (value > INT32_MAX)
				return false;
			for (size_t i = 0; i < c->stream_count; i++)
				c->streams[i].window += (int64_t)value - c->initial_window;
			c->initial_window = value;
			break;
		case MAX_FRAME_SIZE:
			c->max_frame = value < MAX_FRAME ? value : MAX_FRAME;
			break;
		}
	}
	return send_frame(c, SETTINGS, ACK, 0, NULL, 0);
}

/* WINDOW_UPDATE (Section 6.9): more room for the connection, or a stream. */
static void take_window_update(struct connection *c, uint32_t stream, const unsigned char *p)
{
	uint32_t increment = read32(p) & 0x7fffffff;
	if (stream == 0)
		c->window += increment;
	for (size_t i = 0; i < c->stream_count; i++)
		if (c->streams[i].id == stream)
			c->streams[i].window += increment;
}

/* RST_STREAM (Section 6.4): the client wants no more of a response. */
static void drop_stream(struct connection *c, uint32_t stream)
{
	for (size_t i = 0; i < c->stream_count; i++)
		if (c->streams[i].id == stream) {
			response_free(&c->streams[i].response);
			c->stream_count--;
			memmove(c->streams + i, c->streams + i + 1,
				(c->stream_count - i) * sizeof *c->streams);
			return;
		}
}

/* One frame; false if it breaks the protocol, and the connection must end
 * (with a PROTOCOL_ERROR, where COMPRESSION_ERROR and others would say more). */
static bool take_frame(struct connection *c, unsigned type, unsigned flags, uint32_t stream,
		       const unsigned char *payload, size_t len)
{
	if (c->block_stream && (type != CONTINUATION || stream != c->block_stream))
		return false; /* a header block is one run of frames (Section 4.3) */
	switch (type) {
	case HEADERS:
		return take_headers(c, flags, stream, payload, len);
	case CONTINUATION:
		return c->block_stream && add_to_block(c, payload, len, flags);
	case SETTINGS:
		return stream == 0 && take_settings(c, flags, payload, len);
	case PING:
		return len != 8 || (flags & ACK) || send_frame(c, PING, ACK, 0, payload, len);
	case WINDOW_UPDATE:
		if (len != 4)
			return false;
		take_window_update(c, stream, payload);
		return true;
	case RST_STREAM:
		drop_stream(c, stream);
		return true;
	case GOAWAY:
		c->closing = true;
		return true;
	default: /* DATA of a request, PRIORITY, and any unknown type */
		return true;
	}
}

/* ---- The connection ------------------------------------------------------------- */

long h2c_serve(int fd, const char *bytes, size_t len)
{
	static struct connection c; /* one connection at a time */
	c = (struct connection){.fd = fd,
				.window = DEFAULT_WINDOW,
				.initial_window = DEFAULT_WINDOW,
				.max_frame = MAX_FRAME};
	if (len > sizeof c.in || nghttp2_hd_inflate_new(&c.inflater) != 0)
		return 0;
	memcpy(c.in, bytes, len);
	c.in_len = len;
	if (!fill(&c, PREFACE_LEN) || memcmp(c.in, preface, PREFACE_LEN) != 0) {
		nghttp2_hd_inflate_del(c.inflater);
		return 0;
	}
	consume(&c, PREFACE_LEN);

	/* Our SETTINGS, each 16-bit identifier and 32-bit value. */
	unsigned char settings[6] = {0, MAX_CONCURRENT_STREAMS};
	put32(settings + 2, MAX_STREAMS);
	bool open = send_frame(&c, SETTINGS, 0, 0, settings, sizeof settings);
	uint32_t error = NO_ERROR;
	while (open && !c.closing && fill(&c, FRAME_HEADER)) {
		size_t length = (size_t)c.in[0] << 16 | (size_t)c.in[1] << 8 | c.in[2];
		unsigned type = c.in[3], flags = c.in[4];
		uint32_t stream = read32(c.in + 5) & 0x7fffffff;
		if (length > MAX_FRAME) {
			error = FRAME_SIZE_ERROR;
			break;
		}
		if (!fill(&c, FRAME_HEADER + length))
			break;
		bool taken = take_frame(&c, type, flags, stream, c.in + FRAME_HEADER, length);
		consume(&c, FRAME_HEADER + length);
		if (!taken) {
			error = PROTOCOL_ERROR;
			break;
		}
		open = send_responses(&c);
	}
	if (error != NO_ERROR)
		send_goaway(&c, error);
	for (size_t i = 0; i < c.stream_count; i++)
		response_free(&c.streams[i].response);
	nghttp2_hd_inflate_del(c.inflater);
	return c.requests;
}
