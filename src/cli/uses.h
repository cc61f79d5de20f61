/* The unofficial uses of codes, as the CLI finds and shows them: by phrase,
 * name or constant, and a title for the uses without a phrase. Uses the
 * public API only. */
#ifndef HTTPSTATUS_CLI_USES_H
#define HTTPSTATUS_CLI_USES_H

#include <httpstatus.h>

#include <stdbool.h>
#include <stddef.h>

/* The codes RFC 9110 allows, where unofficial uses live too. */
enum { CODE_MIN = 100, CODE_MAX = 599, USE_TITLE_MAX = 256 };

/* How many unofficial uses code has (0 for most codes). */
size_t use_count(int code);

/* The use the len bytes at s name, into *code and *index (its place among
 * the code's uses): its phrase or name in any case, with '-' or ' ' for '_'
 * in a name, or its constant of httpstatus_unofficial.h with or without
 * HTTP_STATUS_ (HTTP_STATUS_NGINX_CLIENT_CLOSED_REQUEST,
 * aws_elb_unauthorized). False, with nothing written, if none. */
bool use_find(const char *s, size_t len, int *code, size_t *index);

/* The same among code's uses only. */
bool use_find_of(int code, const char *s, size_t len, size_t *index);

/* What the use is called: its phrase, or where its source gives none its
 * name in lower-case words ("connection closed without response"), written
 * into buf (USE_TITLE_MAX bytes). */
const char *use_title(const struct httpstatus_unofficial *u, char *buf);

/* The use's constant without HTTP_STATUS_, in lower case
 * ("nginx_client_closed_request"), into buf (USE_TITLE_MAX bytes). */
const char *use_qualified_name(const struct httpstatus_unofficial *u, char *buf);

#endif
