/* What src/status-fields.c needs before its generated rows
 * (status-fields-tables.h): HS_ASSERT, which checks the limits the lookups
 * rely on where the rows are compiled. */
#ifndef HTTPSTATUS_STATUS_FIELDS_H
#define HTTPSTATUS_STATUS_FIELDS_H

#ifndef HS_ASSERT
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define HS_ASSERT(condition, why) _Static_assert(condition, why)
#else /* C99: an array of negative size, without the message */
#define HS_ASSERT(condition, why) extern char hs_assert[(condition) ? 1 : -1]
#endif
#endif

#endif
