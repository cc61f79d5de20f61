/* The check that every implementation answers as libhttpstatus does, on
 * every input of every stream it is timed on: a benchmark of a function
 * that gives wrong answers measures nothing. */
#ifndef BENCH_CHECK_H
#define BENCH_CHECK_H

#include "report.h"

#include <stdbool.h>
#include <stdio.h>

/* Compares every pair that is not skipped, and whose answers are not its
 * own (impl->own_answers), with libhttpstatus on the same stream; reports
 * on err the first input of each pair that differs, naming the operation,
 * the stream, the implementation and the input. False if any did; *inputs
 * is how many answers were compared. */
bool check_answers(const struct result *results, size_t count, FILE *err, size_t *inputs);

#endif
