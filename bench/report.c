#include "report.h"

#include <stdbool.h>
#include <string.h>

#ifndef BENCH_BUILD
#define BENCH_BUILD "unknown compiler and flags"
#endif

/* The first "model name" of /proc/cpuinfo, the number of processors and
 * whether the kernel sees a hypervisor; "unknown" where there is none. */
static void describe_machine(FILE *out)
{
	char line[512], model[256] = "unknown CPU";
	int cpus = 0;
	bool virtual_machine = false;
	FILE *f = fopen("/proc/cpuinfo", "r");
	while (f && fgets(line, sizeof line, f)) {
		char *value = strchr(line, ':');
		if (!value)
			continue;
		value += strspn(value + 1, " ") + 1;
		value[strcspn(value, "\n")] = '\0';
		if (strncmp(line, "processor", 9) == 0)
			cpus++;
		else if (strncmp(line, "model name", 10) == 0 && cpus == 1)
			snprintf(model, sizeof model, "%s", value);
		else if (strncmp(line, "flags", 5) == 0 && strstr(value, " hypervisor"))
			virtual_machine = true;
	}
	if (f)
		fclose(f);
	fprintf(out, "%s, %d CPU%s%s", model, cpus, cpus == 1 ? "" : "s",
		virtual_machine ? ", virtual machine" : "");
}

void report_header(FILE *out, const struct settings *settings, bool summary)
{
	fputs("Machine: ", out);
	describe_machine(out);
	fprintf(out, ". Build: %s.\n\n", BENCH_BUILD);
	fputs("Method: before anything is timed, every implementation's answer to every input "
	      "of every stream is checked against libhttpstatus's (the peers' phrases, which "
	      "are their own, excepted). ",
	      out);
	fprintf(out,
		"Each figure is the median%s of %zu runs; a run calls one implementation on every "
		"input of a stream of %zu, over and over for about %.0f µs, and each run times "
		"every pair once, in turn, so that a slow moment of the machine falls on all "
		"alike. ",
		summary ? "" : " (and the minimum and maximum)", settings->runs, settings->length,
		(double)settings->target_ns / 1000);
	fputs("ns/op: the calls one after another, independent, their results added up. "
	      "Latency: each call's input made to depend on the last result (the result, ANDed "
	      "with a zero the compiler cannot see, added to the next code or key pointer), so "
	      "that no call starts before the last one ends. ",
	      out);
	fputs("C string: every implementation gets the NUL-terminated key alone (gperf as "
	      "lookup(s, strlen(s)) in a function of its own, the strlen counted); with length: "
	      "the length too. Every function timed is an ordinary function of another file, "
	      "called directly. ",
	      out);
	if (settings->cpu >= 0)
		fprintf(out, "Pinned to CPU %d.", settings->cpu);
	else
		fputs("Not pinned to a CPU.", out);
	fputs(summary ? " Each cell: ns/op / latency, in ns.\n"
		      : " Figures in ns. × lib: the implementation's figure over libhttpstatus's "
			"on the same stream (above 1 is slower).\n",
	      out);
}

static const struct result *find(const struct result *results, size_t count, const char *op,
				 const char *stream, const char *impl)
{
	for (size_t i = 0; i < count; i++)
		if (strcmp(results[i].op->id, op) == 0 &&
		    strcmp(results[i].stream->name, stream) == 0 &&
		    strcmp(results[i].impl->id, impl) == 0 && !results[i].skipped)
			return &results[i];
	return NULL;
}

static void put_ns(FILE *out, double ns)
{
	fprintf(out, ns < 10 ? " %.2f |" : ns < 100 ? " %.1f |" : " %.0f |", ns);
}

void report_operation(FILE *out, const struct operation *op, const struct result *results,
		      size_t count)
{
	fprintf(out, "\n### %s\n\n", op->title);
	fputs("| stream | implementation | ns/op | min | max | latency | min | max | × lib ns/op "
	      "| × lib latency |\n"
	      "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
	      out);
	for (size_t i = 0; i < count; i++) {
		const struct result *r = &results[i];
		if (r->op != op)
			continue;
		fprintf(out, "| %s | %s |", r->stream->name, r->impl->label);
		if (r->skipped) {
			fprintf(out, " skipped: %s | | | | | | | |\n", r->skipped);
			continue;
		}
		const struct result *lib =
			find(results, count, op->id, r->stream->name, op->impls[0].id);
		put_ns(out, r->each.median);
		put_ns(out, r->each.min);
		put_ns(out, r->each.max);
		put_ns(out, r->chained.median);
		put_ns(out, r->chained.min);
		put_ns(out, r->chained.max);
		fprintf(out, " %.2f | %.2f |\n", r->each.median / lib->each.median,
			r->chained.median / lib->chained.median);
	}
}

static void put_cell_ns(FILE *out, double ns)
{
	fprintf(out, ns < 10 ? "%.2f" : "%.0f", ns);
}

void report_summary(FILE *out, const struct result *results, size_t count)
{
	/* The columns: libhttpstatus, then the baselines, then the peers. */
	static const struct {
		const char *id, *heading;
	} order[] = {
		{"lib", "libhttpstatus"},
		{"lib-static", "libhttpstatus, precomputed"},
		{"lib-copy", "libhttpstatus + memcpy"},
		{"array", "plain array"},
		{"array-static", "plain array of precomputed lines"},
		{"snprintf", "plain array + snprintf"},
		{"nginx", "nginx-style \"NNN Phrase\""},
		{"switch", "nginx-style switch"},
		{"h2o", "h2o-style switch"},
		{"chain", "chain of comparisons"},
		{"scan", "linear scan"},
		{"scan-strcmp", "linear scan, strcmp"},
		{"gperf", "gperf"},
		{"gperf-icase", "gperf %ignore-case"},
		{"gperf-pic", "gperf %pic"},
		{"gperf-pic-icase", "gperf %pic %ignore-case"},
		{"mhd", "libmicrohttpd"},
		{"soup", "libsoup 3"},
		{"nghttp2", "nghttp2's deflater"},
	};
	enum { ORDER = sizeof order / sizeof order[0] };
	size_t columns[ORDER], n = 0;
	for (size_t c = 0; c < ORDER; c++)
		for (size_t i = 0; i < count; i++)
			if (strcmp(results[i].impl->id, order[c].id) == 0 && !results[i].skipped) {
				columns[n++] = c;
				break;
			}
	fputs("\n| operation | stream |", out);
	for (size_t c = 0; c < n; c++)
		fprintf(out, " %s |", order[columns[c]].heading);
	fputs("\n| --- | --- |", out);
	for (size_t c = 0; c < n; c++)
		fputs(" ---: |", out);
	for (size_t i = 0; i < count; i++) {
		const struct result *r = &results[i];
		if (i > 0 && r->op == results[i - 1].op && r->stream == results[i - 1].stream)
			continue;
		fprintf(out, "\n| %s | %s |", r->op->title, r->stream->name);
		for (size_t c = 0; c < n; c++) {
			const struct result *cell = find(results, count, r->op->id, r->stream->name,
							 order[columns[c]].id);
			if (cell) {
				fputc(' ', out);
				put_cell_ns(out, cell->each.median);
				fputs(" / ", out);
				put_cell_ns(out, cell->chained.median);
			}
			fputs(" |", out);
		}
	}
	fputc('\n', out);
}

/* One goal, checked on every stream of its operation: libhttpstatus's
 * figure over the best (the lowest) of the others' on that stream, or with
 * other_over_lib the other's over libhttpstatus's, must not be above (or
 * below) the limit; for ns/op and latency each, or latency alone. */
struct goal {
	const char *op, *what;
	const char *lib_op; /* libhttpstatus's row from this operation, if not op */
	const char *lib_impl; /* ...and of this implementation, if not "lib" */
	const char *const *others; /* implementation ids, then NULL */
	double limit;
	bool other_over_lib;
	bool latency_only;
};

/* The best of a goal's others on a stream, for one figure; NULL if none
 * of them was measured. */
static const struct result *best_other(const struct goal *g, const char *stream, bool latency,
				       const struct result *results, size_t count)
{
	const struct result *best = NULL;
	for (const char *const *id = g->others; *id; id++) {
		const struct result *r = find(results, count, g->op, stream, *id);
		if (!r)
			continue;
		double ns = latency ? r->chained.median : r->each.median;
		if (!best || ns < (latency ? best->chained.median : best->each.median))
			best = r;
	}
	return best;
}

/* The ratio of one figure, put in a cell (naming the best other when
 * there was a choice); whether it meets the goal. */
static bool put_ratio(FILE *out, const struct goal *g, const struct result *lib,
		      const struct result *other, bool latency)
{
	double l = latency ? lib->chained.median : lib->each.median;
	double o = latency ? other->chained.median : other->each.median;
	double ratio = g->other_over_lib ? o / l : l / o;
	fprintf(out, " %.2f", ratio);
	if (g->others[1])
		fprintf(out, " (%s)", other->impl->label);
	fputs(" |", out);
	return g->other_over_lib ? ratio >= g->limit : ratio <= g->limit;
}

static void check_goal(FILE *out, const struct goal *g, const struct result *results, size_t count)
{
	const char *title = g->op;
	for (size_t o = 0; o < operation_count; o++)
		if (strcmp(operations[o].id, g->op) == 0)
			title = operations[o].title;
	/* Every stream libhttpstatus was timed on, in order. */
	const char *lib_op = g->lib_op ? g->lib_op : g->op;
	const char *lib_impl = g->lib_impl ? g->lib_impl : "lib";
	for (size_t i = 0; i < count; i++) {
		const struct result *lib = &results[i];
		if (strcmp(lib->op->id, lib_op) != 0 || strcmp(lib->impl->id, lib_impl) != 0 ||
		    lib->skipped)
			continue;
		const char *stream = lib->stream->name;
		fprintf(out, "| %s: %s | %s |", title, g->what, stream);
		const struct result *each = best_other(g, stream, false, results, count);
		const struct result *chained = best_other(g, stream, true, results, count);
		if (!each || !chained) {
			fprintf(out, " | | not measured (%s skipped) |\n", g->others[0]);
			continue;
		}
		bool met_each = put_ratio(out, g, lib, each, false);
		bool met_chained = put_ratio(out, g, lib, chained, true);
		bool met = met_chained && (g->latency_only || met_each);
		fprintf(out, " %s |\n", met ? "met" : "**missed**");
	}
}

void report_goals(FILE *out, const struct result *results, size_t count)
{
	static const char *const array[] = {"array", NULL}, *const mhd[] = {"mhd", NULL},
				 *const array_static[] = {"array-static", NULL},
				 *const chain[] = {"chain", NULL}, *const scan[] = {"scan", NULL},
				 *const switch_[] = {"switch", NULL}, *const h2o[] = {"h2o", NULL};
	/* Each stream's gperf tables that find its keys: a case-sensitive one
	 * is not run on a lower-case stream. */
	static const char *const gperf[] = {"gperf", "gperf-pic", "gperf-icase", "gperf-pic-icase",
					    NULL};
	static const char *const lib_over_gperf = "libhttpstatus / fastest gperf ≤ 1";
	static const struct goal goals[] = {
		{"phrase", "libhttpstatus / plain array ≤ 1.15 (latency)", NULL, NULL, array, 1.15,
		 false, true},
		{"phrase", "libhttpstatus / libmicrohttpd ≤ 1", NULL, NULL, mhd, 1, false, false},
		{"status-line", "precomputed, libhttpstatus / plain array ≤ 1.15 (latency)", NULL,
		 "lib-static", array_static, 1.15, false, true},
		/* The chain is all the work there is: within 1.15x of it, as the
		 * code lookups are of a plain array. */
		{"has-content", "libhttpstatus / chain of comparisons ≤ 1.15", NULL, NULL, chain,
		 1.15, false, false},
		{"name", lib_over_gperf, NULL, NULL, gperf, 1, false, false},
		{"name-n", lib_over_gperf, NULL, NULL, gperf, 1, false, false},
		{"phrase-code", lib_over_gperf, NULL, NULL, gperf, 1, false, false},
		{"phrase-code-n", lib_over_gperf, NULL, NULL, gperf, 1, false, false},
		{"unofficial-phrase", lib_over_gperf, NULL, NULL, gperf, 1, false, false},
		{"unofficial-phrase-n", lib_over_gperf, NULL, NULL, gperf, 1, false, false},
		{"method", lib_over_gperf, NULL, NULL, gperf, 1, false, false},
		{"method-n", lib_over_gperf, NULL, NULL, gperf, 1, false, false},
		{"method", "libhttpstatus / switch with strlen ≤ 1", NULL, NULL, switch_, 1, false,
		 false},
		{"method-n", "libhttpstatus / switch ≤ 1", NULL, NULL, switch_, 1, false, false},
		{"hpack-status", "libhttpstatus / h2o-style switch ≤ 1", NULL, NULL, h2o, 1, false,
		 false},
		{"qpack-status", "libhttpstatus / h2o-style switch ≤ 1", NULL, NULL, h2o, 1, false,
		 false},
		/* As 0.1.0 measured it: the scan against the lookup given the length. */
		{"name", "linear scan / libhttpstatus with the length ≥ 10", "name-n", NULL, scan,
		 10, true, false},
		{"phrase-code", "linear scan / libhttpstatus with the length ≥ 10", "phrase-code-n",
		 NULL, scan, 10, true, false},
	};

	fputs("\n### Goals, from the figures above\n\n"
	      "| goal | stream | ns/op ratio | latency ratio | verdict |\n"
	      "| --- | --- | ---: | ---: | --- |\n",
	      out);
	for (size_t g = 0; g < sizeof goals / sizeof goals[0]; g++)
		check_goal(out, &goals[g], results, count);
}
