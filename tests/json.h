/* A strict JSON reader for the tests: output that is not well-formed JSON
 * (trailing commas, raw control characters, invalid UTF-8, bad escapes)
 * is rejected, so --json is checked by parsing it back. */
#ifndef HTTPSTATUS_TEST_JSON_H
#define HTTPSTATUS_TEST_JSON_H

#include <stdbool.h>
#include <stddef.h>

enum json_type {
	JSON_NULL,
	JSON_FALSE,
	JSON_TRUE,
	JSON_NUMBER,
	JSON_STRING,
	JSON_ARRAY,
	JSON_OBJECT
};

struct json {
	enum json_type type;
	double number;
	char *string; /* decoded, NUL-terminated (a \u0000 would end it early) */
	size_t len;
	struct json *items; /* array elements, or object members in order */
	size_t count;
	char *key; /* for an object member */
};

/* One JSON value, with only whitespace around it; NULL if malformed. */
struct json *json_parse(const char *text, size_t len);
void json_free(struct json *value);

/* An object's member by key, or NULL. */
const struct json *json_get(const struct json *object, const char *key);

#endif
