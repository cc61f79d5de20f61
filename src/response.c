/* What a server sends for a code: the status line, which httpstatus-gen
 * precomputed for every known code (response-tables.h), an HTML error
 * page and an RFC 9457 problem body. The writers follow snprintf's rules and
 * take any detail text: whatever its bytes, it comes out as text, escaped
 * for the syntax around it, with invalid UTF-8 replaced by U+FFFD. */
#include "httpstatus.h"

#include "utf8.h"

#include <stdint.h>
#include <string.h>

#include "tables.h"

#include "response-tables.h"

#if defined(__GNUC__)
#define OUT_OF_LINE static __attribute__((noinline))
#else
#define OUT_OF_LINE static
#endif

/* ---- Status lines ---------------------------------------------------------- */

/* code's line; {0, 0} for any int that is not a known code. */
static inline struct hs_line line_of(int code)
{
	unsigned i = (unsigned)code - HS_LINE_CODE_BASE;
#if HTTPSTATUS_SMALL_TABLES
	unsigned line = i < HS_LINE_CODE_SPAN ? hs_line_index[i] : 0;
	if (!line)
		return (struct hs_line){0, 0};
	return (struct hs_line){hs_line_at[line - 1],
				(uint16_t)(hs_line_at[line] - hs_line_at[line - 1] - 1)};
#else
	return i < HS_LINE_CODE_SPAN ? hs_line_by_code[i] : (struct hs_line){0, 0};
#endif
}

const char *httpstatus_status_line_static(int code, size_t *len)
{
	struct hs_line line = line_of(code);
	if (len)
		*len = line.len;
	return line.at ? hs_line_pool + line.at : NULL;
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
	struct hs_line registered = line_of(code);
	const char *line = hs_line_pool + registered.at;
	size_t len = registered.len;
	char unregistered[] = "HTTP/1.1 NNN \r\n";
	if (!registered.at) {
		unsigned digits = (unsigned)code; /* unsigned division is the cheaper */
		if (digits - 100 >= 500) {
			if (buf && size > 0)
				buf[0] = '\0';
			return 0;
		}
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
	struct hs_line line = line_of(code);
	if (!line.at || !buf || size <= line.len)
		return put_line_slowly(buf, size, code);
	copy_line(buf, hs_line_pool + line.at, (size_t)line.len + 1);
	return line.len;
}

/* ---- Content ---------------------------------------------------------------- */

/* Whether a response with code has content, whatever the request: not for
 * 1xx (RFC 9110, Section 15.2) and the codes the data file flags no-content
 * (204, 205, 304: Sections 15.3.5, 15.3.6, 15.4.5). */
static bool code_has_content(int code)
{
	return (unsigned)code - 200 < 400 && !HS_NO_CONTENT(code);
}

bool httpstatus_has_content(enum httpstatus_method request, int code)
{
	/* A response to HEAD has none (Section 9.3.2), and a 2xx to CONNECT
	 * turns the connection into a tunnel (Section 9.3.6). */
	if (request == HTTP_METHOD_HEAD || !code_has_content(code))
		return false;
	return !(request == HTTP_METHOD_CONNECT && (unsigned)code - 200 < 100);
}

/* ---- Writing like snprintf -------------------------------------------------- */

/* Output under construction: bytes up to room are written, the rest only
 * counted, so that the length comes out the same for any buffer. */
struct out {
	char *buf; /* NULL if nothing is to be written: size 0 */
	size_t room; /* size - 1, for the NUL; 0 without a buffer */
	size_t len; /* of the whole output; SIZE_MAX if it would not fit a size_t */
};

static struct out out_start(char *buf, size_t size)
{
	if (size == 0)
		buf = NULL;
	return (struct out){.buf = buf, .room = buf ? size - 1 : 0, .len = 0};
}

/* Out of line: inlined at each of the writers' calls, it doubled their code. */
OUT_OF_LINE void put(struct out *o, const char *s, size_t n)
{
	if (o->len < o->room) {
		size_t fit = o->room - o->len;
		memcpy(o->buf + o->len, s, n < fit ? n : fit);
	}
	/* GCOVR_EXCL_BR_START: SIZE_MAX takes a 32-bit size_t and gigabytes of detail */
	o->len = n > SIZE_MAX - o->len ? SIZE_MAX : o->len + n;
	/* GCOVR_EXCL_BR_STOP */
}

#define PUT_LITERAL(o, literal) put(o, literal, sizeof(literal) - 1)

/* The NUL, at the end of what fitted; the length of the whole output. */
static size_t finish(struct out *o)
{
	if (o->buf)
		o->buf[o->len < o->room ? o->len : o->room] = '\0';
	return o->len;
}

/* A code's three digits; code is 100-599. */
static void put_code(struct out *o, int code)
{
	char digits[3] = {(char)('0' + code / 100), (char)('0' + code / 10 % 10),
			  (char)('0' + code % 10)};
	put(o, digits, 3);
}

/* ---- Text, escaped -------------------------------------------------------- */

/* What code point cp (ASCII, or a decoded character) becomes in the output,
 * or NULL if it stays as it is; an escape a function makes up goes in u. */
typedef const char *escape_fn(uint32_t cp, char u[7]);

/* In HTML text: a reference where cp could end an element or an attribute
 * or start a reference, and for a carriage return, which a parser would
 * turn into a line feed. (Tables rather than a switch or a search, which a
 * compiler may turn into a jump table, with relocations.) */
/* NOLINTNEXTLINE(readability-non-const-parameter): every escape_fn takes u */
static const char *html_escape(uint32_t cp, char u[7])
{
	static const char refs[][7] = {"", "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#13;"};
	static const unsigned char ref_of['>' + 1] = {
		['&'] = 1, ['<'] = 2, ['>'] = 3, ['"'] = 4, ['\''] = 5, ['\r'] = 6};
	(void)u;
	return cp <= '>' && ref_of[cp] ? refs[ref_of[cp]] : NULL;
}

/* In a JSON string: an escape for quotes and backslash, every control
 * character (C0, DEL, C1) and U+2028 and U+2029, which end a line in
 * JavaScript. */
static const char *json_escape(uint32_t cp, char u[7])
{
	static const char named[] = "\b\f\n\r\t\"\\", letters[] = "bfnrt\"\\";
	static const char hex[] = "0123456789abcdef";
	if (cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\')
		return NULL;
	u[0] = '\\';
	for (size_t i = 0; named[i]; i++)
		if (cp == (unsigned char)named[i]) {
			u[1] = letters[i];
			u[2] = '\0';
			return u;
		}
	if (!(cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029))
		return NULL;
	u[1] = 'u';
	for (int i = 0; i < 4; i++)
		u[2 + i] = hex[cp >> (12 - 4 * i) & 0xf];
	u[6] = '\0';
	return u;
}

/* The len bytes of text, escaped by escape, with each ill-formed UTF-8
 * sequence replaced by U+FFFD. Runs that need nothing go out in one piece.
 * (The escape is a function passed in, so that a program that writes only
 * one of the two kinds of body keeps only its escapes.) */
static void put_text(struct out *o, escape_fn *escape, const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t done = 0; /* written up to here */
	for (size_t i = 0; i < len;) {
		/* cppcheck-suppress variableScope ; esc may point into it after the branch */
		char u[7];
		const char *esc;
		size_t n = 1;
		uint32_t cp = s[i];
		if (cp >= 0x80)
			n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			n = utf8_invalid_len(s + i, len - i);
			esc = "\xef\xbf\xbd"; /* U+FFFD */
		} else {
			esc = escape(cp, u);
		}
		if (esc) {
			put(o, text + done, i - done);
			put(o, esc, strlen(esc));
			done = i + n;
		}
		i += n;
	}
	put(o, text + done, len - done);
}

static void put_html(struct out *o, const char *text)
{
	put_text(o, html_escape, text, strlen(text));
}

/* ---- Error page and problem body -------------------------------------------- */

/* "404 Not Found", or "471" for an unregistered code. */
static void put_html_heading(struct out *o, int code)
{
	const char *phrase = httpstatus_phrase(code);
	put_code(o, code);
	if (phrase) {
		PUT_LITERAL(o, " ");
		put_html(o, phrase);
	}
}

size_t httpstatus_error_page(char *buf, size_t size, int code, const char *detail)
{
	struct out o = out_start(buf, size);
	if (!code_has_content(code))
		return finish(&o); /* 0, and an empty string */
	PUT_LITERAL(&o, "<!DOCTYPE html>\n"
			"<html lang=\"en\">\n"
			"<head>\n"
			"<meta charset=\"utf-8\">\n"
			"<title>");
	put_html_heading(&o, code);
	PUT_LITERAL(&o, "</title>\n"
			"</head>\n"
			"<body>\n"
			"<h1>");
	put_html_heading(&o, code);
	PUT_LITERAL(&o, "</h1>\n"
			"<p>");
	const char *description = httpstatus_description(code);
	if (description) {
		put_html(&o, description);
	} else {
		PUT_LITERAL(&o, "An unregistered status code of the ");
		put_html(&o, httpstatus_class_name(httpstatus_class(code)));
		PUT_LITERAL(&o, " class");
	}
	PUT_LITERAL(&o, ".</p>\n");
	if (detail) {
		PUT_LITERAL(&o, "<p>");
		put_html(&o, detail);
		PUT_LITERAL(&o, "</p>\n");
	}
	PUT_LITERAL(&o, "</body>\n"
			"</html>\n");
	return finish(&o);
}

static void put_json_string(struct out *o, const char *text)
{
	PUT_LITERAL(o, "\"");
	put_text(o, json_escape, text, strlen(text));
	PUT_LITERAL(o, "\"");
}

size_t httpstatus_problem_json(char *buf, size_t size, int code, const char *detail)
{
	struct out o = out_start(buf, size);
	if (!code_has_content(code))
		return finish(&o); /* 0, and an empty string */
	PUT_LITERAL(&o, "{\"type\":\"about:blank\"");
	const char *phrase = httpstatus_phrase(code);
	if (phrase) {
		PUT_LITERAL(&o, ",\"title\":");
		put_json_string(&o, phrase);
	}
	PUT_LITERAL(&o, ",\"status\":");
	put_code(&o, code);
	if (detail) {
		PUT_LITERAL(&o, ",\"detail\":");
		put_json_string(&o, detail);
	}
	PUT_LITERAL(&o, "}");
	return finish(&o);
}
