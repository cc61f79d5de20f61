/* The generator's outputs. Each writes one file from a validated data file
 * and returns false (after saying why on stderr) if it cannot. */
#ifndef HTTPSTATUS_EMIT_H
#define HTTPSTATUS_EMIT_H

#include "datafile.h"

#include <stdio.h>

/* The library's tables, #included by src/httpstatus.c. */
bool emit_tables(FILE *out, const struct datafile *df);
/* <httpstatus_codes.h>: enum httpstatus_code and the count/min/max macros. */
bool emit_codes_header(FILE *out, const struct datafile *df);
/* <httpstatus_client.h>: HTTP_<NAME> for every name and alias. */
bool emit_client_header(FILE *out, const struct datafile *df);
/* httpstatus-codes(7): every code as a manual page. */
bool emit_man(FILE *out, const struct datafile *df);

/* HTTPSTATUS_FLAG_<WORD> for a data-file flag word. */
void emit_flag_macro(FILE *out, unsigned flag);

#endif
