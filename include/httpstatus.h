/* libhttpstatus: every HTTP status code, its reason phrase, name, class,
 * description and semantics, and every HTTP request method.
 *
 * Codes are plain ints, so a value read off the wire can be passed in as it
 * is: every function accepts any int and any pointer, NULL included, and
 * answers "unknown" (NULL, 0 or false) rather than misbehave. Strings
 * returned are static, NUL-terminated and never to be freed. No function
 * allocates, locks or touches mutable state, so all are thread-safe. Name
 * and phrase lookups ignore ASCII case by themselves, never through the
 * locale. */
#ifndef HTTPSTATUS_H
#define HTTPSTATUS_H

#include <stdbool.h>
#include <stddef.h>

#include "httpstatus_codes.h"
#include "httpstatus_methods.h"
#include "httpstatus_version.h"

/* What marks a function as exported. On Windows a DLL exports what it is
 * built with dllexport, and its users call through dllimport; a program
 * linked with the static library defines HTTPSTATUS_STATIC (a static-only
 * build's dependency and httpstatus.pc do). Elsewhere the library is built
 * with hidden visibility and shows only these. */
#if defined(_WIN32) || defined(__CYGWIN__)
#if defined(HTTPSTATUS_STATIC)
#define HTTPSTATUS_API
#elif defined(HTTPSTATUS_BUILDING)
#define HTTPSTATUS_API __declspec(dllexport)
#else
#define HTTPSTATUS_API __declspec(dllimport)
#endif
#elif defined(__GNUC__)
#define HTTPSTATUS_API __attribute__((visibility("default")))
#else
#define HTTPSTATUS_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Classes, by first digit (RFC 9110, Section 15). */
enum httpstatus_class {
	HTTPSTATUS_CLASS_INVALID = 0, /* outside 100-599 */
	HTTPSTATUS_CLASS_INFORMATIONAL = 1,
	HTTPSTATUS_CLASS_SUCCESSFUL = 2,
	HTTPSTATUS_CLASS_REDIRECTION = 3,
	HTTPSTATUS_CLASS_CLIENT_ERROR = 4,
	HTTPSTATUS_CLASS_SERVER_ERROR = 5
};

/* ---- By code ------------------------------------------------------------ */

/* The reason phrase, "Not Found" for 404; NULL if code is not a known code.
 * Since 0.1.0. */
HTTPSTATUS_API const char *httpstatus_phrase(int code);

/* strlen(httpstatus_phrase(code)) without the scan; 0 for an unknown code.
 * Since 0.1.0. */
HTTPSTATUS_API size_t httpstatus_phrase_len(int code);

/* One sentence on what the code means; NULL for an unknown code.
 * Since 0.1.0. */
HTTPSTATUS_API const char *httpstatus_description(int code);

/* The canonical constant name, "NOT_FOUND" for 404; NULL for an unknown code.
 * Since 0.1.0. */
HTTPSTATUS_API const char *httpstatus_name(int code);

/* Where the code is defined, "RFC 9110, Section 15.5.5"; NULL if unknown.
 * Since 0.1.0. */
HTTPSTATUS_API const char *httpstatus_reference(int code);

/* HTTPSTATUS_FLAG_* bits (enum httpstatus_flag, in <httpstatus_codes.h>); 0
 * for an unknown code. Since 0.1.0. */
HTTPSTATUS_API unsigned httpstatus_flags(int code);

/* A flag's word as the data file and the tool spell it:
 * HTTPSTATUS_FLAG_NO_CONTENT gives "no-content". NULL for 0, for several bits
 * at once and for a bit that is no flag. Since 0.2.0. */
HTTPSTATUS_API const char *httpstatus_flag_name(unsigned flag);

/* Whether code is in the registry (or is 418). Since 0.1.0. */
HTTPSTATUS_API bool httpstatus_is_known(int code);

/* The i-th older name or phrase the code was known by, in the data file's
 * order ("REQUEST_ENTITY_TOO_LARGE" for 413, 0); NULL past the last one and
 * for an unknown code. Since 0.1.0. */
HTTPSTATUS_API const char *httpstatus_alias(int code, size_t i);

/* What a client shows for any code of 100-599: the phrase, or for an unknown
 * code the phrase of the x00 code of its class (RFC 9110, Section 15: 471
 * gives "Bad Request"). NULL outside 100-599. Since 0.1.0. */
HTTPSTATUS_API const char *httpstatus_reason(int code);

/* ---- Classes ------------------------------------------------------------- */

/* The class of any code of 100-599, known or not; INVALID outside.
 * Since 0.1.0. */
HTTPSTATUS_API enum httpstatus_class httpstatus_class(int code);

/* "Informational", "Successful", "Redirection", "Client Error" or
 * "Server Error"; NULL for HTTPSTATUS_CLASS_INVALID and any other value.
 * Since 0.1.0. */
HTTPSTATUS_API const char *httpstatus_class_name(enum httpstatus_class c);

/* httpstatus_class(code) == the class named; false outside 100-599.
 * Since 0.1.0. */
HTTPSTATUS_API bool httpstatus_is_informational(int code);
HTTPSTATUS_API bool httpstatus_is_successful(int code);
HTTPSTATUS_API bool httpstatus_is_redirection(int code);
HTTPSTATUS_API bool httpstatus_is_client_error(int code);
HTTPSTATUS_API bool httpstatus_is_server_error(int code);

/* ---- By name or phrase ----------------------------------------------------- */

/* The code of a canonical or older name, "NOT_FOUND" or "not_found" (ASCII
 * case ignored); 0 for NULL or anything else. Since 0.1.0. */
HTTPSTATUS_API int httpstatus_from_name(const char *name);

/* The same for the len bytes at name, which need no NUL and may hold any
 * byte; a NUL inside them matches nothing. Since 0.1.0. */
HTTPSTATUS_API int httpstatus_from_name_n(const char *name, size_t len);

/* The code of a phrase or older phrase, "Not Found" or "payload too large"
 * (ASCII case ignored); 0 for NULL or anything else. Since 0.1.0. */
HTTPSTATUS_API int httpstatus_from_phrase(const char *phrase);

/* The same for the len bytes at phrase. Since 0.1.0. */
HTTPSTATUS_API int httpstatus_from_phrase_n(const char *phrase, size_t len);

/* ---- Unofficial uses ----------------------------------------------------------- */

/* A use of a code outside the IANA registry, as one source (a server, a
 * service, a framework) gives it: nginx's 499, Cloudflare's 522, Microsoft
 * Exchange's 451. A code may have several, from different sources. None of
 * them changes a registered answer: httpstatus_phrase(499) is NULL,
 * httpstatus_is_known(499) false, httpstatus_reason(499) "Bad Request". The
 * constants, HTTP_STATUS_NGINX_CLIENT_CLOSED_REQUEST and the rest, are in
 * the opt-in <httpstatus_unofficial.h>. (C++ too needs the word struct
 * before the type's name, which the function's hides, as with stat().)
 * Since 0.2.0. */
struct httpstatus_unofficial {
	int code; /* 499 */
	const char *source; /* "nginx" */
	const char *name; /* "CLIENT_CLOSED_REQUEST" */
	const char *phrase; /* "Client Closed Request"; NULL where the source has none */
	const char *wire; /* "log-only"; also "sent", "sent-as-400", "in-body", "client-side" */
	const char *reference; /* where the source defines it */
	const char *description; /* one sentence */
};

/* Fills *u with the i-th unofficial use of code (from 0, in the data file's
 * order) and returns true; returns false, leaving *u untouched, past the
 * last use, for a code with none (any int) and for NULL u:
 *   struct httpstatus_unofficial u;
 *   for (size_t i = 0; httpstatus_unofficial(499, i, &u); i++) ...
 * Since 0.2.0. */
HTTPSTATUS_API bool httpstatus_unofficial(int code, size_t i, struct httpstatus_unofficial *u);

/* The code of an unofficial use's phrase or name, "Client Closed Request"
 * or "client_closed_request" (ASCII case ignored): 499. 0 for NULL or
 * anything else, registered phrases included: those are
 * httpstatus_from_phrase's. Since 0.2.0. */
HTTPSTATUS_API int httpstatus_unofficial_from_phrase(const char *phrase);

/* The same for the len bytes at phrase, which need no NUL and may hold any
 * byte; a NUL inside them matches nothing. Since 0.2.0. */
HTTPSTATUS_API int httpstatus_unofficial_from_phrase_n(const char *phrase, size_t len);
/* ---- Methods ------------------------------------------------------------------ */

/* The request methods of the IANA HTTP Method Registry, as enum
 * httpstatus_method (in <httpstatus_methods.h>): HTTP_METHOD_GET and the rest,
 * whose values never change, and HTTP_METHOD_UNKNOWN (0) for no method.
 * Functions that take one answer NULL or false for HTTP_METHOD_UNKNOWN and for
 * any other value that is no method. */

/* The method whose token is exactly token: "GET" gives HTTP_METHOD_GET, but
 * "get" and "Get" give HTTP_METHOD_UNKNOWN, since a method is case-sensitive
 * (RFC 9110, Section 9.1). HTTP_METHOD_UNKNOWN for NULL, for "*" (reserved,
 * not a method) and for anything else. Since 0.2.0. */
HTTPSTATUS_API enum httpstatus_method httpstatus_method_from_name(const char *token);

/* The same for the len bytes at token, which need no NUL; a NUL among them
 * matches nothing, and no byte past len is read. Since 0.2.0. */
HTTPSTATUS_API enum httpstatus_method httpstatus_method_from_name_n(const char *token, size_t len);

/* The token, "GET" for HTTP_METHOD_GET; NULL if m is no method. Since 0.2.0. */
HTTPSTATUS_API const char *httpstatus_method_name(enum httpstatus_method m);

/* One sentence on what the method asks for; NULL if m is no method.
 * Since 0.2.0. */
HTTPSTATUS_API const char *httpstatus_method_description(enum httpstatus_method m);

/* Where the method is defined, "RFC 9110, Section 9.3.1" for GET; NULL if m
 * is no method. Since 0.2.0. */
HTTPSTATUS_API const char *httpstatus_method_reference(enum httpstatus_method m);

/* Whether the method is safe, read-only by its definition (RFC 9110,
 * Section 9.2.1): GET, HEAD, OPTIONS, TRACE and a few more; false if m is no
 * method. Since 0.2.0. */
HTTPSTATUS_API bool httpstatus_method_is_safe(enum httpstatus_method m);

/* Whether the method is idempotent, sending the request again having the
 * effect of sending it once (RFC 9110, Section 9.2.2): every safe method, PUT,
 * DELETE and most of WebDAV's; false if m is no method. Since 0.2.0. */
HTTPSTATUS_API bool httpstatus_method_is_idempotent(enum httpstatus_method m);

/* Whether a cache may store a response to the method (RFC 9110, Section
 * 9.2.3): GET, HEAD, POST and QUERY; false if m is no method. Since 0.2.0. */
HTTPSTATUS_API bool httpstatus_method_is_cacheable(enum httpstatus_method m);

/* HTTPSTATUS_METHOD_FLAG_* bits (enum httpstatus_method_flag, in
 * <httpstatus_methods.h>): safe, idempotent and cacheable as the three
 * functions above answer them; 0 if m is no method. Since 0.2.0. */
HTTPSTATUS_API unsigned httpstatus_method_flags(enum httpstatus_method m);

/* A method flag's word as the data file and the tool spell it:
 * HTTPSTATUS_METHOD_FLAG_IDEMPOTENT gives "idempotent". NULL for 0, for
 * several bits at once and for a bit that is no flag. Since 0.2.0. */
HTTPSTATUS_API const char *httpstatus_method_flag_name(unsigned flag);

/* The method with the lowest id above m, or HTTP_METHOD_UNKNOWN past the last;
 * a negative value is below every id:
 *   for (enum httpstatus_method m = httpstatus_method_next(HTTP_METHOD_UNKNOWN); m;
 *        m = httpstatus_method_next(m)) ...
 * Since 0.2.0. */
HTTPSTATUS_API enum httpstatus_method httpstatus_method_next(enum httpstatus_method m);

/* How many methods there are (HTTPSTATUS_METHOD_COUNT). Since 0.2.0. */
HTTPSTATUS_API size_t httpstatus_method_count(void);

/* ---- What a server sends -------------------------------------------------- */

/* The media types of httpstatus_error_page's and httpstatus_problem_json's
 * output, for Content-Type. Since 0.2.0. */
#define HTTPSTATUS_CONTENT_TYPE_HTML "text/html; charset=utf-8"
#define HTTPSTATUS_CONTENT_TYPE_PROBLEM_JSON "application/problem+json"

/* Whether a response with code to a request with this method has content
 * (RFC 9110, Sections 6.4.1, 9.3.6, 15.3.6; RFC 9112, Section 6.3): false
 * for a response to HEAD, any 1xx (registered or not), 204, 205, 304, and a
 * 2xx to CONNECT; true for every other code of 100-599, whatever the method
 * (HTTP_METHOD_UNKNOWN and any other value included); false outside 100-599.
 * Since 0.2.0. */
HTTPSTATUS_API bool httpstatus_has_content(enum httpstatus_method request, int code);

/* The whole status line, "HTTP/1.1 404 Not Found\r\n", precomputed and
 * NUL-terminated, ready for write or writev; its length (without the NUL) in
 * *len when len is not NULL. NULL, and *len 0, for any code that is not
 * known (httpstatus_is_known: registered, or 418); httpstatus_status_line
 * writes the line of any other code of 100-599. Since 0.2.0. */
HTTPSTATUS_API const char *httpstatus_status_line_static(int code, size_t *len);

/* The three writers below follow snprintf's rules: into buf they write at
 * most size - 1 bytes of their output and a terminating NUL. Whenever size >
 * 0 and buf is not NULL they end buf with a NUL, even when they return 0 (a
 * code outside 100-599, or one whose response has no content): buf then
 * holds the empty string. With size 0 or a NULL buf they write nothing. Each
 * returns the length of its whole output, without the NUL, whatever size is,
 * so a return value >= size means the output was cut short; a call with
 * NULL and 0 asks for the length. */

/* Writes the status line: a known code's with its phrase,
 * "HTTP/1.1 404 Not Found\r\n"; any other code of 100-599 with an empty
 * phrase, "HTTP/1.1 471 \r\n" (RFC 9112, Section 4; since 0.2.0). 0 for a
 * code outside 100-599. Since 0.1.0. */
HTTPSTATUS_API size_t httpstatus_status_line(char *buf, size_t size, int code);

/* Writes a small complete HTML page for a response with code (Content-Type
 * HTTPSTATUS_CONTENT_TYPE_HTML): title and heading "404 Not Found" (only
 * "471" for a code that is not known), the code's description, and detail,
 * when it is not NULL, as a paragraph of text: escaped so that no byte of it
 * can end an element or an attribute, with invalid UTF-8 replaced by U+FFFD.
 * Returns the length of the whole page; 0 for a code whose response has no
 * content (1xx, 204, 205, 304) and outside 100-599. Since 0.2.0. */
HTTPSTATUS_API size_t httpstatus_error_page(char *buf, size_t size, int code, const char *detail);

/* Writes the same as an RFC 9457 problem object (Content-Type
 * HTTPSTATUS_CONTENT_TYPE_PROBLEM_JSON):
 *   {"type":"about:blank","title":"Not Found","status":404,"detail":"..."}
 * title the phrase of a known code, left out for any other, detail left out
 * when NULL; JSON strings with control characters, quotes, backslash, U+2028
 * and U+2029 escaped and invalid UTF-8 replaced by U+FFFD. 0 for the same
 * codes as httpstatus_error_page. Since 0.2.0. */
HTTPSTATUS_API size_t httpstatus_problem_json(char *buf, size_t size, int code, const char *detail);

/* ---- HTTP/2 and HTTP/3: the :status field ----------------------------------- */

/* The :status field of a response, HPACK-encoded for HTTP/2 (RFC 7541), ready
 * to go into a header block: one byte for the seven codes of the static table
 * (200 is 0x88), else a literal field without indexing that names static
 * entry 8, its value Huffman-coded where that is shorter. For every code
 * 100-599 but 101, which HTTP/2 forbids; NULL (and *len 0) for any other.
 * len may be NULL. Never touches the peer's dynamic table. Since 0.2.0. */
HTTPSTATUS_API const unsigned char *httpstatus_hpack_status(int code, size_t *len);

/* The same for HTTP/3 (QPACK, RFC 9204): an indexed field line for the 14
 * codes of the static table, else a literal field line with a static name
 * reference, Huffman where shorter. The field section's prefix (0x00 0x00
 * when only the static table is used) is the caller's. Since 0.2.0. */
HTTPSTATUS_API const unsigned char *httpstatus_qpack_status(int code, size_t *len);

/* ---- Iteration and version -------------------------------------------------- */

/* The lowest known code above code, or 0 past the last:
 *   for (int c = httpstatus_next(0); c; c = httpstatus_next(c)) ...
 * Since 0.1.0. */
HTTPSTATUS_API int httpstatus_next(int code);

/* How many known codes there are (HTTPSTATUS_COUNT). Since 0.1.0. */
HTTPSTATUS_API size_t httpstatus_count(void);

/* The library's version, "MAJOR.MINOR.PATCH": HTTPSTATUS_VERSION_STRING as
 * it was when the library was built, which a program may compare with the
 * header's. Since 0.1.0. */
HTTPSTATUS_API const char *httpstatus_version(void);

#ifdef __cplusplus
}
#endif

#endif
