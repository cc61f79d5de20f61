/* Allocation for the generator: a build tool left without memory can only
 * say so and stop. */
#ifndef HTTPSTATUS_XALLOC_H
#define HTTPSTATUS_XALLOC_H

#include <stdio.h>
#include <stdlib.h>

/* GCOVR_EXCL_START: no test makes an allocation fail */
static inline void *xalloc_check(void *p)
{
	if (!p) {
		fputs("httpstatus-gen: out of memory\n", stderr);
		exit(1);
	}
	return p;
}
/* GCOVR_EXCL_STOP */

/* Each size must be above 0. */
static inline void *xmalloc(size_t size)
{
	return xalloc_check(malloc(size));
}

static inline void *xrealloc(void *p, size_t size)
{
	return xalloc_check(realloc(p, size));
}

static inline void *xcalloc(size_t n, size_t size)
{
	return xalloc_check(calloc(n, size));
}

#endif
