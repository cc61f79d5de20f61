/* httpstatus-bench: libhttpstatus timed beside a plain array, a linear
 * scan, what nginx writes by hand (precomputed status lines, a switch on
 * method tokens), h2o's switch for the :status field, a chain of
 * comparisons, gperf in four configurations, libmicrohttpd, libsoup and
 * nghttp2's HPACK encoder, on the same inputs in one run.
 *
 *   httpstatus-bench [--quick] [--summary] [--runs N] [--length N] [--target-us N]
 *                    [--cpu N]
 *   httpstatus-bench --check
 *   httpstatus-bench --list
 *   httpstatus-bench --calls N OPERATION STREAM IMPLEMENTATION
 *
 * The first checks every implementation's answers against libhttpstatus's
 * (see check.h), then prints a Markdown table per operation and the goals,
 * or with --summary one table of medians for all (the README's); --quick is
 * a short run that only shows it all still works (CI); --cpu pins the
 * process to one CPU (Linux). --check only checks. --list prints
 * "operation stream implementation function" for every pair that can be
 * run, and --calls makes exactly N calls of one, untimed, for
 * valgrind --tool=callgrind (see callgrind.sh). */
#ifdef __linux__
#define _GNU_SOURCE /* sched_setaffinity */
#include <sched.h>
#endif

#include "bench.h"
#include "check.h"
#include "measure.h"
#include "report.h"
#include "streams.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int usage(void)
{
	fputs("usage: httpstatus-bench [--quick] [--summary] [--runs N] [--length N] "
	      "[--target-us N]\n"
	      "                        [--cpu N]\n"
	      "       httpstatus-bench --check\n"
	      "       httpstatus-bench --list\n"
	      "       httpstatus-bench --calls N OPERATION STREAM IMPLEMENTATION\n",
	      stderr);
	return 2;
}

static bool parse_size(const char *s, size_t *value)
{
	char *end;
	unsigned long long n = s ? strtoull(s, &end, 10) : 0;
	if (!s || *s == '-' || end == s || *end || n == 0 || n > (1ull << 32))
		return false;
	*value = (size_t)n;
	return true;
}

/* Why a pair is not run, or NULL. */
static const char *skip_reason(const struct impl *impl, const struct stream *stream)
{
	if (impl->missing)
		return impl->missing;
	if (impl->case_sensitive && stream->recased)
		return "case-sensitive, it finds none of these keys";
	return NULL;
}

/* Every (operation, stream, implementation), skipped ones included. */
static struct result *all_results(const struct stream_set *set, size_t *count)
{
	size_t n = 0;
	for (size_t o = 0; o < operation_count; o++) {
		size_t streams;
		streams_for(set, operations[o].input, &streams);
		n += streams * operations[o].impl_count;
	}
	struct result *results = calloc(n, sizeof *results);
	if (!results) {
		fputs("httpstatus-bench: out of memory\n", stderr);
		exit(1);
	}
	n = 0;
	for (size_t o = 0; o < operation_count; o++) {
		const struct operation *op = &operations[o];
		size_t streams;
		const struct stream *stream = streams_for(set, op->input, &streams);
		for (size_t s = 0; s < streams; s++)
			for (size_t i = 0; i < op->impl_count; i++)
				results[n++] = (struct result){
					.op = op,
					.stream = &stream[s],
					.impl = &op->impls[i],
					.skipped = skip_reason(&op->impls[i], &stream[s]),
				};
	}
	*count = n;
	return results;
}

static int list(const struct result *results, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (!results[i].skipped)
			printf("%s %s %s %s\n", results[i].op->id, results[i].stream->name,
			       results[i].impl->id, results[i].impl->symbol);
	return 0;
}

static int calls(const struct result *results, size_t count, size_t n, char **names)
{
	for (size_t i = 0; i < count; i++) {
		const struct result *r = &results[i];
		if (strcmp(r->op->id, names[0]) || strcmp(r->stream->name, names[1]) ||
		    strcmp(r->impl->id, names[2]))
			continue;
		if (r->skipped) {
			fprintf(stderr, "httpstatus-bench: %s on %s is skipped: %s\n", names[2],
				names[1], r->skipped);
			return 1;
		}
		if (n % r->stream->count) {
			fprintf(stderr, "httpstatus-bench: --calls must be a multiple of %zu\n",
				r->stream->count);
			return 2;
		}
		measure_sink = r->impl->each(r->stream, n / r->stream->count);
		printf("%zu calls of %s\n", n, r->impl->symbol);
		return 0;
	}
	fprintf(stderr, "httpstatus-bench: no %s %s %s (see --list)\n", names[0], names[1],
		names[2]);
	return 2;
}

static void run(struct result *results, size_t count, const struct settings *settings)
{
	size_t *rounds = calloc(count, sizeof *rounds);
	double *each = calloc(count * settings->runs, sizeof *each);
	double *chained = calloc(count * settings->runs, sizeof *chained);
	if (!rounds || !each || !chained) {
		fputs("httpstatus-bench: out of memory\n", stderr);
		exit(1);
	}
	for (size_t i = 0; i < count; i++)
		if (!results[i].skipped)
			rounds[i] = measure_rounds_for(results[i].impl->each, results[i].stream,
						       settings->target_ns);
	/* Every run times every pair once, so that a slow moment of the
	 * machine falls on all of them alike. */
	for (size_t run = 0; run < settings->runs; run++)
		for (size_t i = 0; i < count; i++) {
			const struct result *r = &results[i];
			if (r->skipped)
				continue;
			each[i * settings->runs + run] =
				measure_ns_per_call(r->impl->each, r->stream, rounds[i]);
			chained[i * settings->runs + run] =
				measure_ns_per_call(r->impl->chained, r->stream, rounds[i]);
		}
	for (size_t i = 0; i < count; i++) {
		if (results[i].skipped)
			continue;
		results[i].each = measure_summary(each + i * settings->runs, settings->runs);
		results[i].chained = measure_summary(chained + i * settings->runs, settings->runs);
	}
	free(rounds);
	free(each);
	free(chained);
}

/* Keeps the process on one CPU, so that the scheduler does not move it
 * between runs, and caches and branch predictors stay warm. */
static bool pin(const char *arg, int *cpu)
{
	char *end;
	unsigned long n = arg ? strtoul(arg, &end, 10) : 0;
	if (!arg || *arg < '0' || *arg > '9' || *end || n > 4095)
		return false;
#ifdef __linux__
	cpu_set_t set;
	CPU_ZERO(&set);
	if (n >= CPU_SETSIZE)
		return false;
	CPU_SET(n, &set);
	if (sched_setaffinity(0, sizeof set, &set) != 0) {
		fprintf(stderr, "httpstatus-bench: cannot pin to CPU %lu\n", n);
		exit(1);
	}
	*cpu = (int)n;
	return true;
#else
	(void)cpu;
	fputs("httpstatus-bench: --cpu works on Linux only\n", stderr);
	exit(2);
#endif
}

static void check_or_exit(const struct result *results, size_t count)
{
	size_t inputs;
	if (!check_answers(results, count, stderr, &inputs)) {
		fputs("httpstatus-bench: wrong answers, nothing timed\n", stderr);
		exit(1);
	}
}

int main(int argc, char **argv)
{
	struct settings settings = {.runs = 15, .length = 4096, .target_ns = 2000000, .cpu = -1};
	size_t n_calls = 0, target_us = 0;
	int cpu = -1;
	bool listing = false, summary = false, checking = false;
	int i = 1;
	for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
		const char *opt = argv[i];
		if (strcmp(opt, "--quick") == 0) {
			settings = (struct settings){
				.runs = 11, .length = 256, .target_ns = 20000, .cpu = -1};
		} else if (strcmp(opt, "--list") == 0) {
			listing = true;
		} else if (strcmp(opt, "--summary") == 0) {
			summary = true;
		} else if (strcmp(opt, "--check") == 0) {
			checking = true;
		} else if (strcmp(opt, "--cpu") == 0 && pin(argv[i + 1], &cpu)) {
			i++;
		} else if (strcmp(opt, "--runs") == 0 && parse_size(argv[i + 1], &settings.runs)) {
			i++;
		} else if (strcmp(opt, "--length") == 0 &&
			   parse_size(argv[i + 1], &settings.length)) {
			i++;
		} else if (strcmp(opt, "--target-us") == 0 && parse_size(argv[i + 1], &target_us)) {
			settings.target_ns = (uint64_t)target_us * 1000;
			i++;
		} else if (strcmp(opt, "--calls") == 0 && parse_size(argv[i + 1], &n_calls)) {
			i++;
		} else {
			return usage();
		}
	}
	if (n_calls ? argc - i != 3 : argc != i)
		return usage();

	struct stream_set set;
	streams_build(&set, settings.length);
	size_t count;
	struct result *results = all_results(&set, &count);
	int status = 0;
	settings.cpu = cpu;
	if (listing) {
		status = list(results, count);
	} else if (n_calls) {
		/* No check here: under callgrind it would call the counted
		 * functions too. */
		status = calls(results, count, n_calls, argv + i);
	} else if (checking) {
		size_t inputs;
		if (check_answers(results, count, stderr, &inputs))
			printf("Every implementation gave libhttpstatus's answer: %zu inputs.\n",
			       inputs);
		else
			status = 1;
	} else {
		check_or_exit(results, count);
		run(results, count, &settings);
		report_header(stdout, &settings, summary);
		if (summary)
			report_summary(stdout, results, count);
		for (size_t o = 0; !summary && o < operation_count; o++)
			report_operation(stdout, &operations[o], results, count);
		report_goals(stdout, results, count);
	}
	free(results);
	streams_free(&set);
	return status;
}
