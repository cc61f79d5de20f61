/* The benchmark's output: how it measures, Markdown tables, one per
 * operation (or one for all), and the goals checked against the same run. */
#ifndef BENCH_REPORT_H
#define BENCH_REPORT_H

#include "bench.h"
#include "measure.h"

#include <stdbool.h>
#include <stdio.h>

struct result {
	const struct operation *op;
	const struct stream *stream;
	const struct impl *impl;
	/* Why this pair is not run (the implementation is missing from this
	 * build, or cannot find this stream's keys), or NULL. */
	const char *skipped;
	struct summary each, chained; /* ns per call */
};

struct settings {
	size_t runs, length;
	uint64_t target_ns;
	int cpu; /* the one the process is pinned to, or -1 */
};

void report_header(FILE *out, const struct settings *settings, bool summary);
void report_operation(FILE *out, const struct operation *op, const struct result *results,
		      size_t count);
/* One table of every operation and stream, a column per implementation:
 * "ns/op / latency", medians. */
void report_summary(FILE *out, const struct result *results, size_t count);
void report_goals(FILE *out, const struct result *results, size_t count);

#endif
