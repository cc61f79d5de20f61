#include "measure.h"

#include <stdlib.h>
#include <time.h>

volatile uintptr_t measure_sink;

static uint64_t now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

double measure_ns_per_call(loop_fn *loop, const struct stream *stream, size_t rounds)
{
	uint64_t start = now_ns();
	measure_sink = loop(stream, rounds);
	uint64_t elapsed = now_ns() - start;
	return (double)elapsed / ((double)rounds * (double)stream->count);
}

size_t measure_rounds_for(loop_fn *loop, const struct stream *stream, uint64_t target_ns)
{
	size_t rounds = 1;
	for (;;) {
		double per_call = measure_ns_per_call(loop, stream, rounds);
		double elapsed = per_call * (double)rounds * (double)stream->count;
		if (elapsed >= (double)target_ns / 8 || rounds >= (size_t)1 << 30) {
			double wanted = (double)target_ns / (per_call * (double)stream->count);
			return wanted < 1 ? 1 : (size_t)wanted;
		}
		rounds *= 2;
	}
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

struct summary measure_summary(double *values, size_t n)
{
	qsort(values, n, sizeof *values, by_value);
	double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
	return (struct summary){median, values[0], values[n - 1]};
}
