/* The HTTP methods, as the CLI finds and shows them. Uses the public API
 * only. */
#ifndef HTTPSTATUS_CLI_METHODS_H
#define HTTPSTATUS_CLI_METHODS_H

#include <httpstatus.h>

#include <stdbool.h>
#include <stddef.h>

/* A method's properties, each a word and the library's test for it, in the
 * order they are shown: safe, idempotent, cacheable. */
struct method_property {
	const char *word;
	bool (*has)(enum httpstatus_method m);
};
enum { METHOD_PROPERTIES = 3 };
extern const struct method_property method_properties[METHOD_PROPERTIES];

/* The method the len bytes at s name: its token in exact case ("GET"), its
 * constant of httpstatus_methods.h in any case (HTTP_METHOD_GET,
 * HTTP_METHOD_BASELINE_CONTROL), or failing those its token in another case
 * ("get"), which sets *wrong_case. HTTP_METHOD_UNKNOWN if none. */
enum httpstatus_method method_find(const char *s, size_t len, bool *wrong_case);

/* Whether the len bytes at s are "*", which the method registry reserves
 * (RFC 9110, Section 18.2): it is no method. */
bool method_is_reserved(const char *s, size_t len);

#endif
