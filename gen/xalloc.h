/* Allocation for the generator: a build tool left without memory can only
 * say so and stop. */
#ifndef HTTPSTATUS_XALLOC_H
#define HTTPSTATUS_XALLOC_H

#include <stdio.h>
#include <stdlib.h>

static inline void *xalloc_check(void *p)
{
	if (!p) {
		/* GCOVR_EXCL_START: no test makes an allocation fail */
		fputs("httpstatus-gen: out of memory\n", stderr);
		exit(1);
		/* GCOVR_EXCL_STOP */
	}
	return p;
}

static inline void *xmalloc(size_t size)
{
	return xalloc_check(malloc(size ? size : 1));
}

static inline void *xrealloc(void *p, size_t size)
{
	return xalloc_check(realloc(p, size ? size : 1));
}

static inline void *xcalloc(size_t n, size_t size)
{
	return xalloc_check(calloc(n ? n : 1, size ? size : 1));
}

#endif
