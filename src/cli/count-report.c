#include "count-report.h"

#include "color.h"
#include "emit.h"

#include <httpstatus.h>

#include <stdio.h>
#include <string.h>

enum { BAR_MAX = 40 };

static const char unknown_phrase[] = "not a known status code";

/* The codes seen, most frequent first, ties by code; how many in *n. */
static size_t sorted_codes(const struct tally *t, int order[TALLY_CODES])
{
	size_t n = 0;
	for (int i = 0; i < TALLY_CODES; i++)
		if (t->code[i])
			order[n++] = i;
	/* Insertion sort: a log holds a few dozen different codes. */
	for (size_t i = 1; i < n; i++) {
		int x = order[i];
		size_t j = i;
		while (j > 0 && t->code[order[j - 1]] < t->code[x])
			j--;
		memmove(&order[j + 1], &order[j], (i - j) * sizeof order[0]);
		order[j] = x;
	}
	return n;
}

static double share(unsigned long long count, const struct tally *t)
{
	return t->lines ? 100.0 * (double)count / (double)t->lines : 0.0;
}

static const char *phrase_of(int code)
{
	return httpstatus_is_known(code) ? httpstatus_phrase(code) : unknown_phrase;
}

/* A bar of count's share of the largest count, in eighths of a block; at
 * least an eighth for any count. */
static void print_bar(unsigned long long count, unsigned long long largest, unsigned columns)
{
	static const char *const eighths[] = {"",       "\u258f", "\u258e", "\u258d",
					      "\u258c", "\u258b", "\u258a", "\u2589"};
	unsigned long long n =
		(unsigned long long)((double)count / (double)largest * columns * 8 + 0.5);
	if (n == 0)
		n = 1;
	for (; n >= 8; n -= 8)
		fputs("\u2588", stdout);
	fputs(eighths[n], stdout);
}

static unsigned long long class_total(const struct tally *t, int class_digit)
{
	unsigned long long count = 0;
	for (int i = (class_digit - 1) * 100; i < class_digit * 100; i++)
		count += t->code[i];
	return count;
}

static int digits(unsigned long long n)
{
	int d = 1;
	while (n >= 10) {
		n /= 10;
		d++;
	}
	return d;
}

void report_text(const struct tally *t, struct report_style style)
{
	int order[TALLY_CODES];
	size_t n = sorted_codes(t, order);
	int width = digits(t->lines), phrase_width = 0;
	for (size_t i = 0; i < n; i++) {
		int len = (int)strlen(phrase_of(order[i] + TALLY_FIRST));
		phrase_width = len > phrase_width ? len : phrase_width;
	}
	/* count, share, code, phrase, each with two spaces after it */
	unsigned used = (unsigned)(width + phrase_width) + 2 + 6 + 2 + 3 + 2 + 2;
	unsigned bar_columns = style.columns > used ? style.columns - used : 0;
	if (bar_columns > BAR_MAX)
		bar_columns = BAR_MAX;
	for (size_t i = 0; i < n; i++) {
		int code = order[i] + TALLY_FIRST;
		unsigned long long count = t->code[order[i]];
		printf("%*llu  %5.1f%%  %s%d%s  ", width, count, share(count, t),
		       style.color ? color_of(code) : "", code, style.color ? COLOR_RESET : "");
		if (!bar_columns) {
			printf("%s\n", phrase_of(code));
			continue;
		}
		printf("%-*s  %s", phrase_width, phrase_of(code),
		       style.color ? color_of(code) : "");
		print_bar(count, t->code[order[0]], bar_columns);
		printf("%s\n", style.color ? COLOR_RESET : "");
	}
	if (n)
		putchar('\n');
	for (int c = 1; c <= 5; c++) {
		unsigned long long count = class_total(t, c);
		printf("%*llu  %5.1f%%  %s%dxx%s  %s\n", width, count, share(count, t),
		       style.color ? color_of(c * 100) : "", c, style.color ? COLOR_RESET : "",
		       httpstatus_class_name((enum httpstatus_class)c));
	}
	printf("%*llu  %5.1f%%       outside 100-599\n", width, t->outside, share(t->outside, t));
	printf("%*llu  %5.1f%%       no code\n", width, t->no_code, share(t->no_code, t));
	printf("%*llu  %5.1f%%       lines in all\n", width, t->lines, share(t->lines, t));
}

void report_json(const struct tally *t)
{
	int order[TALLY_CODES];
	size_t n = sorted_codes(t, order);
	printf("{\"lines\":%llu,\"codes\":[", t->lines);
	for (size_t i = 0; i < n; i++) {
		int code = order[i] + TALLY_FIRST;
		unsigned long long count = t->code[order[i]];
		printf("%s\n{\"code\":%d,\"count\":%llu,\"share\":%.2f", i ? "," : "", code, count,
		       share(count, t));
		emit_json_member("class", httpstatus_class_name(httpstatus_class(code)));
		emit_json_member("phrase", httpstatus_phrase(code));
		putchar('}');
	}
	fputs(n ? "\n],\"classes\":[" : "],\"classes\":[", stdout);
	for (int c = 1; c <= 5; c++) {
		unsigned long long count = class_total(t, c);
		printf("%s\n{\"class\":\"%s\",\"range\":\"%dxx\",\"count\":%llu,\"share\":%.2f}",
		       c > 1 ? "," : "", httpstatus_class_name((enum httpstatus_class)c), c, count,
		       share(count, t));
	}
	printf("\n],\"outside_range\":%llu,\"no_code\":%llu}\n", t->outside, t->no_code);
}
