/* The input streams, built the same way on every run from the benchmark's
 * copy of the data file and a fixed pseudo-random sequence. */
#ifndef BENCH_STREAMS_H
#define BENCH_STREAMS_H

#include "bench.h"

enum { CODE_STREAMS = 2, KEY_STREAMS = 4, METHOD_STREAMS = 3 };

struct stream_set {
	struct stream codes[CODE_STREAMS]; /* traffic, uniform */
	struct stream names[KEY_STREAMS]; /* canonical, alias, lower-case, unknown */
	struct stream phrases[KEY_STREAMS];
	struct stream methods[METHOD_STREAMS]; /* traffic, uniform, unknown */
	char *text; /* every key the streams point into */
};

/* Streams of length inputs each; exits with a message if out of memory. */
void streams_build(struct stream_set *set, size_t length);
void streams_free(struct stream_set *set);

/* The streams for an input kind, and how many there are. */
const struct stream *streams_for(const struct stream_set *set, enum input input, size_t *count);

#endif
