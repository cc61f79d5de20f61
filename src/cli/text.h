/* Text as the CLI's parts compare it: ASCII case folded by hand (never the
 * locale's), and names whose words may be joined by '_', '-' or ' '. */
#ifndef HTTPSTATUS_CLI_TEXT_H
#define HTTPSTATUS_CLI_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* c in upper case, if it is an ASCII letter. */
char text_upper(char c);

/* Whether the len bytes at s start with prefix, ignoring ASCII case. */
bool text_starts_with(const char *s, size_t len, const char *prefix);

/* Whether the len bytes at s are the string t, ignoring ASCII case. */
bool text_equal(const char *s, size_t len, const char *t);

/* Whether the string haystack contains the len bytes at word, ignoring ASCII
 * case. */
bool text_contains(const char *haystack, const char *word, size_t len);

/* The len bytes at s into out (size bytes) with '_' for '-' and ' ', as a
 * name is spelled; false, with nothing written, if they do not fit. */
bool text_as_name(const char *s, size_t len, char *out, size_t size);

#endif
