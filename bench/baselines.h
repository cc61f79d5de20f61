/* What libhttpstatus is measured against when no library is involved: a
 * plain const char * array indexed by code - 100 (the least a code lookup
 * can do) and a linear scan (the naive way). Each is an ordinary function
 * in its own file, called the way the library's functions are. */
#ifndef BENCH_BASELINES_H
#define BENCH_BASELINES_H

#include <stddef.h>

const char *plain_phrase(int code);
int plain_class(int code);
const char *plain_reason(int code);
/* The status line from the plain array, copied with memcpy... */
size_t plain_status_line(char *buf, size_t size, int code);
/* ...and with snprintf, as most code writes it. */
size_t snprintf_status_line(char *buf, size_t size, int code);

const char *scan_phrase(int code);
const char *scan_reason(int code);
/* Name or phrase to code; strcmp is case-sensitive, folded ignores ASCII
 * case with a hand-written compare. Both take NUL-terminated strings. */
int scan_name_strcmp(const char *name);
int scan_name_folded(const char *name);
int scan_phrase_strcmp(const char *phrase);
int scan_phrase_folded(const char *phrase);

#endif
