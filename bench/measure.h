/* Timing with CLOCK_MONOTONIC, and the median, minimum and maximum of a
 * set of runs. */
#ifndef BENCH_MEASURE_H
#define BENCH_MEASURE_H

#include "bench.h"

#include <stdint.h>

struct summary {
	double median, min, max;
};

/* Nanoseconds per call of one run of loop: rounds passes over the stream. */
double measure_ns_per_call(loop_fn *loop, const struct stream *stream, size_t rounds);

/* How many passes over the stream make a run last about target_ns. */
size_t measure_rounds_for(loop_fn *loop, const struct stream *stream, uint64_t target_ns);

/* Sorts the n (at least 1) values in place. */
struct summary measure_summary(double *values, size_t n);

/* Where the loops' results go, so that no call can be left out. */
extern volatile uintptr_t measure_sink;

#endif
