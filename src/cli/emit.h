/* The small writers the printers share: JSON strings and numbers, and a
 * query shown safely in a message. */
#ifndef HTTPSTATUS_CLI_EMIT_H
#define HTTPSTATUS_CLI_EMIT_H

#include <stddef.h>
#include <stdio.h>

/* The len bytes at text as a JSON string on stdout: valid UTF-8 as it is,
 * control characters escaped, and each byte that is not UTF-8 as U+FFFD. */
void emit_json_string(const char *text, size_t len);

/* ,"key":"value" on stdout, or ,"key":null for a NULL value. */
void emit_json_member(const char *key, const char *value);

/* The len bytes at number ('-' and digits) as a JSON number: no leading
 * zeros, as long as it is. */
void emit_json_number(const char *number, size_t len);

/* The query as a user can read it: printable ASCII as it is, other bytes as
 * \xHH, and no more than its first 64 bytes, then "...". */
void emit_shown(FILE *out, const char *query, size_t len);

#endif
