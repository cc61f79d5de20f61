/* The input streams, built the same way on every run from the benchmark's
 * copy of the data file and a fixed pseudo-random sequence. */
#ifndef BENCH_STREAMS_H
#define BENCH_STREAMS_H

#include "bench.h"

enum { CODE_STREAMS = 2, KEY_STREAMS_MAX = 4, METHOD_STREAMS = 3 };

struct stream_set {
	struct stream codes[CODE_STREAMS]; /* traffic, uniform; with methods */
	/* canonical, alias (for a kind of key that has older ones),
	 * lower-case, unknown */
	struct stream names[KEY_STREAMS_MAX], phrases[KEY_STREAMS_MAX], unofficial[KEY_STREAMS_MAX];
	size_t name_count, phrase_count, unofficial_count;
	struct stream methods[METHOD_STREAMS]; /* traffic, uniform, unknown */
	char *text; /* every key the streams point into */
};

/* Streams of length inputs each; exits with a message if out of memory. */
void streams_build(struct stream_set *set, size_t length);
void streams_free(struct stream_set *set);

/* The streams for an input kind, and how many there are. */
const struct stream *streams_for(const struct stream_set *set, enum input input, size_t *count);

#endif
