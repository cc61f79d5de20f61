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
	fprintf(out,
		"Figures in ns, the median%s of %zu runs of about %.0f µs over a stream of %zu "
		"inputs. ns/op: lookups one after another; latency: each lookup's input "
		"depends on the result of the one before.%s\n",
		summary ? "" : " (and the minimum and maximum)", settings->runs,
		(double)settings->target_ns / 1000, settings->length,
		summary ? " Each cell: ns/op / latency."
			: " × lib: the implementation's figure over libhttpstatus's on the same "
			  "stream (above 1 is slower).");
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

void report_summary(FILE *out, const struct result *results, size_t count)
{
	/* The columns: libhttpstatus, then the baselines, then the peers. */
	static const char *const order[] = {
		"lib",           "lib-cstring", "lib-static",  "array",  "snprintf",
		"nginx",         "scan",        "scan-strcmp", "switch", "gperf",
		"gperf-default", "gperf-icase", "mhd",         "soup",
	};
	enum { COLUMNS = sizeof order / sizeof order[0] };
	const struct impl *columns[COLUMNS];
	size_t n = 0;
	for (size_t c = 0; c < COLUMNS; c++)
		for (size_t i = 0; i < count; i++)
			if (strcmp(results[i].impl->id, order[c]) == 0 && !results[i].skipped) {
				columns[n++] = results[i].impl;
				break;
			}
	fputs("\n| operation | stream |", out);
	for (size_t c = 0; c < n; c++)
		fprintf(out, " %s |", columns[c]->label);
	fputs("\n| --- | --- |", out);
	for (size_t c = 0; c < n; c++)
		fputs(" ---: |", out);
	for (size_t i = 0; i < count; i++) {
		const struct result *r = &results[i];
		if (i > 0 && r->op == results[i - 1].op && r->stream == results[i - 1].stream)
			continue;
		fprintf(out, "\n| %s | %s |", r->op->title, r->stream->name);
		for (size_t c = 0; c < n; c++) {
			const struct result *cell =
				find(results, count, r->op->id, r->stream->name, columns[c]->id);
			if (cell) {
				fputc(' ', out);
				fprintf(out, cell->each.median < 10 ? "%.2f" : "%.0f",
					cell->each.median);
				fputs(" / ", out);
				fprintf(out, cell->chained.median < 10 ? "%.2f" : "%.0f",
					cell->chained.median);
				fputs(" |", out);
			} else {
				fputs(" |", out);
			}
		}
	}
	fputc('\n', out);
}

/* One goal on one stream: libhttpstatus's figures over another's (or the
 * other's over libhttpstatus's, for "N times faster"), which must not be
 * above (or below) the limit. */
struct goal {
	const char *op, *what, *other;
	double limit;
	bool other_over_lib; /* the ratio is other / lib, and must be at least limit */
	bool latency_only;
};

static void check_goal(FILE *out, const struct goal *g, const char *stream,
		       const struct result *results, size_t count)
{
	const struct result *lib = find(results, count, g->op, stream, "lib");
	const struct result *other = find(results, count, g->op, stream, g->other);
	if (!lib || !other) {
		fprintf(out, "| %s | %s | | | not measured (%s skipped) |\n", g->what, stream,
			g->other);
		return;
	}
	double each = g->other_over_lib ? other->each.median / lib->each.median
					: lib->each.median / other->each.median;
	double chained = g->other_over_lib ? other->chained.median / lib->chained.median
					   : lib->chained.median / other->chained.median;
	bool met_each = g->other_over_lib ? each >= g->limit : each <= g->limit;
	bool met_chained = g->other_over_lib ? chained >= g->limit : chained <= g->limit;
	bool met = met_chained && (g->latency_only || met_each);
	fprintf(out, "| %s | %s | %.2f | %.2f | %s |\n", g->what, stream, each, chained,
		met ? "met" : "**missed**");
}

void report_goals(FILE *out, const struct result *results, size_t count)
{
	static const struct goal code_goals[] = {
		{"phrase", "code → phrase, libhttpstatus / plain array ≤ 1.15 (latency)", "array",
		 1.15, false, true},
		{"phrase", "code → phrase, libhttpstatus / libmicrohttpd ≤ 1", "mhd", 1, false,
		 false},
	};
	static const struct goal key_goals[] = {
		{"name", "name → code, libhttpstatus / gperf ≤ 1", "gperf", 1, false, false},
		{"name", "name → code, linear scan / libhttpstatus ≥ 10", "scan", 10, true, false},
		{"phrase-code", "phrase → code, libhttpstatus / gperf ≤ 1", "gperf", 1, false,
		 false},
		{"phrase-code", "phrase → code, linear scan / libhttpstatus ≥ 10", "scan", 10, true,
		 false},
	};
	static const struct goal method_goals[] = {
		{"method", "method → id, libhttpstatus / switch ≤ 1", "switch", 1, false, false},
		{"method", "method → id, libhttpstatus / gperf ≤ 1", "gperf", 1, false, false},
		{"method", "method → id, libhttpstatus / gperf, default ≤ 1", "gperf-default", 1,
		 false, false},
	};
	static const char *const code_streams[] = {"traffic", "uniform"};
	static const char *const method_streams[] = {"traffic", "uniform", "unknown"};
	/* gperf's case-sensitive table cannot find a lower-case key, so on that
	 * stream libhttpstatus is held to gperf %ignore-case instead. */
	static const char *const key_streams[] = {"canonical", "alias", "unknown"};

	fputs("\n### Goals, from the figures above\n\n"
	      "| goal | stream | ns/op ratio | latency ratio | verdict |\n"
	      "| --- | --- | ---: | ---: | --- |\n",
	      out);
	for (size_t g = 0; g < sizeof code_goals / sizeof code_goals[0]; g++)
		for (size_t s = 0; s < sizeof code_streams / sizeof code_streams[0]; s++)
			check_goal(out, &code_goals[g], code_streams[s], results, count);
	for (size_t g = 0; g < sizeof key_goals / sizeof key_goals[0]; g++) {
		for (size_t s = 0; s < sizeof key_streams / sizeof key_streams[0]; s++)
			check_goal(out, &key_goals[g], key_streams[s], results, count);
		struct goal lower = key_goals[g];
		if (strcmp(lower.other, "gperf") == 0) {
			lower.other = "gperf-icase";
			lower.what =
				strcmp(lower.op, "name") == 0
					? "name → code, libhttpstatus / gperf %ignore-case ≤ 1"
					: "phrase → code, libhttpstatus / gperf %ignore-case ≤ 1";
		}
		check_goal(out, &lower, "lower-case", results, count);
	}
	for (size_t g = 0; g < sizeof method_goals / sizeof method_goals[0]; g++)
		for (size_t s = 0; s < sizeof method_streams / sizeof method_streams[0]; s++)
			check_goal(out, &method_goals[g], method_streams[s], results, count);
}
