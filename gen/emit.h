/* The generator's outputs, each written from the checked data into one file
 * of the output directory. An emitter returns false (having said why on
 * stderr) if it cannot. */
#ifndef HTTPSTATUS_EMIT_H
#define HTTPSTATUS_EMIT_H

#include "data.h"

#include <stdio.h>

/* codes-tables.h: what src/codes.c looks codes, names and phrases up in. */
bool emit_codes_tables(FILE *out, const struct data *d);
/* unofficial-tables.h: what src/unofficial.c looks uses up in. */
bool emit_unofficial_tables(FILE *out, const struct data *d);
/* response-tables.h: the precomputed status lines of src/response.c. */
bool emit_response_tables(FILE *out, const struct data *d);
/* status-fields-tables.h: the HPACK and QPACK :status fields of
 * src/status-fields.c. */
bool emit_status_fields_tables(FILE *out, const struct data *d);
/* <httpstatus_codes.h>: enum httpstatus_code, enum httpstatus_flag and the
 * count/min/max macros. */
bool emit_codes_header(FILE *out, const struct data *d);
/* <httpstatus_client.h>: HTTP_<NAME> for every name and alias. */
bool emit_client_header(FILE *out, const struct data *d);
/* <httpstatus_unofficial.h>: HTTP_STATUS_<SOURCE>_<NAME> for every
 * unofficial use. */
bool emit_unofficial_header(FILE *out, const struct data *d);
/* methods-tables.h: what src/methods.c looks methods up in. */
bool emit_methods_tables(FILE *out, const struct data *d);
/* <httpstatus_methods.h>: enum httpstatus_method and the count. */
bool emit_methods_header(FILE *out, const struct data *d);
/* httpstatus-codes(7): every code, unofficial use and method as a manual
 * page. */
bool emit_man(FILE *out, const struct data *d);

/* prefix, then word in capitals with each '-' as '_': a C name made of a
 * data file's word or token (HTTP_METHOD_BASELINE_CONTROL). */
void emit_identifier(FILE *out, const char *prefix, const char *word);

/* HTTPSTATUS_FLAG_<WORD> for a status flag. */
void emit_flag_macro(FILE *out, unsigned flag);

/* "safe, idempotent" for the method flags set in flags, "" for none. */
void emit_method_flag_words(FILE *out, unsigned flags);

#endif
