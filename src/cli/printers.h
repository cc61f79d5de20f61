/* One answer in the printer's format, for output.c, which separates the
 * answers and handles lists: a line ("404 Not Found"), every field, or a
 * JSON object. Uses the public API only. */
#ifndef HTTPSTATUS_CLI_PRINTERS_H
#define HTTPSTATUS_CLI_PRINTERS_H

#include "output.h"

#include <httpstatus.h>

#include <stddef.h>

/* A registered code; in JSON with its unofficial uses, unless the printer
 * leaves them out. */
void print_code(const struct printer *p, int code);

/* The index-th unofficial use of code: "499 Client Closed Request
 * (unofficial: nginx, log only)". */
void print_use(const struct printer *p, int code, size_t index);

/* A method: "GET method: safe, idempotent, cacheable (RFC 9110, Section
 * 9.3.1)". */
void print_method(const struct printer *p, enum httpstatus_method m);

#endif
