#include "count-report.h"

#include "color.h"
#include "emit.h"
#include "uses.h"

#include <httpstatus.h>

#include <stdio.h>
#include <string.h>

/* The bars' columns at most; the fewest a label is cut down to, to make
 * room for them on a narrow terminal. */
enum { BAR_MAX = 40, LABEL_MIN = 48 };

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

/* What a code is called in the report: its phrase; for a code that is not
 * registered, its first (most often met) unofficial use, "Client Closed
 * Request (unofficial: nginx)", or that it is not known. */
struct label {
	const char *title;
	const char *source; /* a use's, or NULL */
	char buf[USE_TITLE_MAX];
};

static const char source_start[] = " (unofficial: ", source_end[] = ")";

static void label_of(struct label *l, int code, bool registered_only)
{
	struct httpstatus_unofficial u;
	l->source = NULL;
	if (httpstatus_is_known(code)) {
		l->title = httpstatus_phrase(code);
	} else if (registered_only || !httpstatus_unofficial(code, 0, &u)) {
		l->title = unknown_phrase;
	} else {
		l->title = use_title(&u, l->buf);
		l->source = u.source;
	}
}

static size_t source_len(const struct label *l)
{
	return l->source ? strlen(source_start) + strlen(l->source) + strlen(source_end) : 0;
}

static size_t label_len(const struct label *l)
{
	return strlen(l->title) + source_len(l);
}

/* The label, padded to columns, or as it is for 0; a longer one loses the
 * end of its title to "..." (one column), never its source. */
static void print_label(const struct label *l, size_t columns)
{
	size_t len = label_len(l), title = strlen(l->title), room = title;
	if (columns && len > columns)
		room = columns > source_len(l) + 1 ? columns - source_len(l) - 1 : 0;
	fwrite(l->title, 1, room, stdout);
	if (room < title)
		fputs("\u2026", stdout);
	if (l->source)
		printf("%s%s%s", source_start, l->source, source_end);
	for (size_t shown = room + (room < title) + source_len(l); shown < columns; shown++)
		putchar(' ');
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

/* The width of the labels' column, on a terminal of columns (0 for none)
 * where fixed columns go to the rest: the longest label, cut down to give
 * the bars their room, but no more than to LABEL_MIN. */
static size_t label_columns(size_t longest, unsigned columns, size_t fixed)
{
	size_t fit = columns > fixed + BAR_MAX ? columns - fixed - BAR_MAX : 0;
	size_t width = fit > LABEL_MIN ? fit : LABEL_MIN;
	return columns && longest > width ? width : longest;
}

void report_text(const struct tally *t, struct report_style style)
{
	int order[TALLY_CODES];
	size_t n = sorted_codes(t, order), longest = 0;
	int width = digits(t->lines);
	struct label l;
	for (size_t i = 0; i < n; i++) {
		label_of(&l, order[i] + TALLY_FIRST, style.registered_only);
		longest = label_len(&l) > longest ? label_len(&l) : longest;
	}
	/* count, share, code, label, each with two spaces after it */
	size_t fixed = (size_t)width + 2 + 6 + 2 + 3 + 2 + 2;
	size_t label_width = label_columns(longest, style.columns, fixed);
	size_t used = fixed + label_width;
	size_t bar_columns = style.columns > used ? style.columns - used : 0;
	if (bar_columns > BAR_MAX)
		bar_columns = BAR_MAX;
	for (size_t i = 0; i < n; i++) {
		int code = order[i] + TALLY_FIRST;
		unsigned long long count = t->code[order[i]];
		label_of(&l, code, style.registered_only);
		printf("%*llu  %5.1f%%  %s%d%s  ", width, count, share(count, t),
		       style.color ? color_of(code) : "", code, style.color ? COLOR_RESET : "");
		print_label(&l, bar_columns ? label_width : 0);
		if (bar_columns) {
			printf("  %s", style.color ? color_of(code) : "");
			print_bar(count, t->code[order[0]], (unsigned)bar_columns);
			fputs(style.color ? COLOR_RESET : "", stdout);
		}
		putchar('\n');
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

void report_json(const struct tally *t, bool registered_only)
{
	int order[TALLY_CODES];
	size_t n = sorted_codes(t, order);
	printf("{\"lines\":%llu,\"codes\":[", t->lines);
	for (size_t i = 0; i < n; i++) {
		int code = order[i] + TALLY_FIRST;
		unsigned long long count = t->code[order[i]];
		printf("%s\n{\"code\":%d,\"count\":%llu,\"share\":%.2f", i ? "," : "", code, count,
		       share(count, t));
		struct httpstatus_unofficial u = {0};
		if (!registered_only && !httpstatus_is_known(code))
			httpstatus_unofficial(code, 0, &u);
		emit_json_member("class", httpstatus_class_name(httpstatus_class(code)));
		emit_json_member("phrase", u.source ? u.phrase : httpstatus_phrase(code));
		printf(",\"registered\":%s", httpstatus_is_known(code) ? "true" : "false");
		emit_json_member("source", u.source);
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
