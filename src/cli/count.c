/* Counting (--count): how often each code occurs in lines, found in the
 * status field of Common and Combined Log Format lines or in a field as awk
 * splits lines, in constant memory (a counter for each of 100-599 and three
 * more, one line read at a time); and the report, a table or JSON. */
#include "cli.h"

#include <stdint.h>
#include <string.h>

/* ---- The status of a line ------------------------------------------------------ */

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* The status the len bytes at s are, if they are a number and nothing
 * else. */
static int number_status(const char *s, size_t len)
{
	unsigned long value = 0;
	if (len == 0 || number_length(s, len) != len)
		return STATUS_NONE;
	for (size_t i = s[0] == '-'; i < len && value <= CODE_MAX; i++)
		value = value * 10 + (unsigned long)(s[i] - '0');
	return s[0] != '-' && value >= CODE_MIN && value <= CODE_MAX ? (int)value : STATUS_OUTSIDE;
}

/* The field-th field's status, fields being runs of bytes between runs of
 * spaces and tabs, as awk's are (a carriage return counts as a space). */
static int field_status(const char *s, size_t len, unsigned field)
{
	size_t i = 0;
	for (unsigned f = 1;; f++) {
		while (i < len && is_space(s[i]))
			i++;
		size_t start = i;
		while (i < len && !is_space(s[i]))
			i++;
		if (i == start)
			return STATUS_NONE;
		if (f == field)
			return number_status(s + start, i - start);
	}
}

/* The status of a Common or Combined Log Format line,
 *   host ident user [date] "request" status size "referer" "user agent"
 * (the last two in Combined only): the host a name, an IPv4 or IPv6
 * address; the request as the server wrote it down, any bytes with a quote
 * escaped as \" (or, from a server that does not escape it, a quote that no
 * status follows), "-" for none, or the \x16\x03... of a TLS handshake sent
 * to a plain-HTTP port. STATUS_NONE for a line of another shape. */
static int log_status(const char *s, size_t len)
{
	/* host, ident and user before the date: at least two spaces. */
	size_t i = 0, spaces = 0;
	while (i < len && !(s[i] == '[' && i > 0 && s[i - 1] == ' '))
		spaces += s[i++] == ' ';
	if (i == len || spaces < 2 || s[0] == ' ')
		return STATUS_NONE;
	const char *date_end = memchr(s + i, ']', len - i);
	i = date_end ? (size_t)(date_end - s) + 3 : len;
	if (i >= len || s[i - 2] != ' ' || s[i - 1] != '"')
		return STATUS_NONE;
	/* The request ends at the first quote that a status follows. */
	for (; i < len; i++) {
		if (s[i] == '\\') {
			i++;
		} else if (s[i] == '"' && i + 1 < len && s[i + 1] == ' ') {
			size_t start = i + 2, end = start;
			while (end < len && s[end] != ' ')
				end++;
			int status = number_status(s + start, end - start);
			if (status != STATUS_NONE)
				return status;
		}
	}
	return STATUS_NONE;
}

int line_status(const char *line, size_t len, unsigned field)
{
	if (field)
		return field_status(line, len, field);
	while (len > 0 && is_space(line[len - 1]))
		len--;
	int status = log_status(line, len);
	if (status != STATUS_NONE)
		return status;
	while (len > 0 && is_space(*line))
		line++, len--;
	return number_status(line, len);
}

int tally_read(int fd, unsigned field, struct tally *t)
{
	struct lines in = lines_begin(fd, NULL);
	const char *line;
	size_t len;
	while ((line = lines_next(&in, &len)) != NULL) {
		int status = line_status(line, len, field);
		if (status == STATUS_NONE)
			t->no_code++;
		else if (status == STATUS_OUTSIDE)
			t->outside++;
		else
			t->code[status - CODE_MIN]++;
		t->lines++;
	}
	int error = in.error;
	lines_end(&in);
	return error;
}

/* ---- The report ---------------------------------------------------------------- */

/* The bars' columns at most; the fewest a label is cut down to, to make
 * room for them on a narrow terminal. */
enum { BAR_MAX = 40, LABEL_MIN = 48 };

/* Wider than any terminal: no limit. */
#define UNLIMITED SIZE_MAX

static const char unknown_phrase[] = "not a known status code";

/* The codes seen, most frequent first, ties by code; how many in *n. */
static size_t sorted_codes(const struct tally *t, int order[CODES])
{
	size_t n = 0;
	for (int i = 0; i < CODES; i++)
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

static void label_of(const struct context *c, struct label *l, int code)
{
	struct httpstatus_unofficial u;
	l->source = NULL;
	if (httpstatus_is_known(code)) {
		l->title = httpstatus_phrase(code);
	} else if (c->registered_only || !httpstatus_unofficial(code, 0, &u)) {
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

/* The label in at most columns, padded to them if pad. One too long loses
 * the end of its title to an ellipsis ("\u2026" in UTF-8, else "..."),
 * keeping its source; where the source leaves no room, it goes too. */
static void print_label(const struct context *c, const struct label *l, size_t columns, bool pad)
{
	size_t dots = c->utf8 ? 1 : 3, title = strlen(l->title), source = source_len(l);
	size_t shown_title = title, shown_source = source;
	if (title + source > columns) {
		if (columns > source + dots) {
			shown_title = columns - source - dots;
		} else {
			shown_source = 0;
			shown_title = columns > dots ? columns - dots : 0;
		}
	}
	bool cut = shown_title < title || shown_source < source;
	shown_title = shown_title < title ? shown_title : title;
	while (cut && shown_title > 0 && l->title[shown_title - 1] == ' ')
		shown_title--;
	fwrite(l->title, 1, shown_title, stdout);
	if (cut && columns >= dots)
		fputs(c->utf8 ? "\u2026" : "...", stdout);
	if (shown_source)
		printf("%s%s%s", source_start, l->source, source_end);
	size_t shown = shown_title + (cut && columns >= dots ? dots : 0) + shown_source;
	for (; pad && shown < columns; shown++)
		putchar(' ');
}

/* A total's label, in at most columns, and a line end. */
static void print_total_label(const struct context *c, const char *text, size_t columns)
{
	struct label l = {.title = text};
	print_label(c, &l, columns, false);
	putchar('\n');
}

/* A bar of count's share of the largest count, columns wide for the
 * largest: in eighths of a block in UTF-8, else in '#'; at least an eighth,
 * or a '#', for any count. */
static void print_bar(const struct context *c, unsigned long long count, unsigned long long largest,
		      size_t columns)
{
	static const char *const eighths[] = {"",       "\u258f", "\u258e", "\u258d",
					      "\u258c", "\u258b", "\u258a", "\u2589"};
	unsigned long long n =
		(unsigned long long)((double)count / (double)largest * (double)columns * 8 + 0.5);
	if (!c->utf8)
		n = (n + 4) / 8 * 8;
	if (n == 0)
		n = c->utf8 ? 1 : 8;
	for (; n >= 8; n -= 8)
		fputs(c->utf8 ? "\u2588" : "#", stdout);
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

void report_text(const struct context *c, const struct tally *t)
{
	int order[CODES];
	size_t n = sorted_codes(t, order), longest = 0;
	int width = digits(t->lines);
	struct label l;
	for (size_t i = 0; i < n; i++) {
		label_of(c, &l, order[i] + CODE_MIN);
		longest = label_len(&l) > longest ? label_len(&l) : longest;
	}
	/* count, share and code, each with two spaces after it; two more
	 * between the label and its bar. On a terminal the labels get their
	 * length, cut down if the bars need it but not below LABEL_MIN; where
	 * no bar fits then, the bars go, and the labels get all the rest. */
	size_t fixed = (size_t)width + 2 + 6 + 2 + 3 + 2, labels = UNLIMITED, bars = 0;
	if (c->columns) {
		size_t room = c->columns > fixed + 2 ? c->columns - fixed - 2 : 0;
		size_t fit = room > BAR_MAX + LABEL_MIN ? room - BAR_MAX : LABEL_MIN;
		labels = longest < fit ? longest : fit;
		bars = room > labels ? room - labels : 0;
		if (bars > BAR_MAX)
			bars = BAR_MAX;
		if (bars == 0)
			labels = c->columns > fixed ? c->columns - fixed : 0;
	}
	for (size_t i = 0; i < n; i++) {
		int code = order[i] + CODE_MIN;
		unsigned long long count = t->code[order[i]];
		label_of(c, &l, code);
		printf("%*llu  %5.1f%%  %s%d%s  ", width, count, share(count, t),
		       color_start(c, code), code, color_end(c));
		print_label(c, &l, labels, bars != 0);
		if (bars) {
			printf("  %s", color_start(c, code));
			print_bar(c, count, t->code[order[0]], bars);
			fputs(color_end(c), stdout);
		}
		putchar('\n');
	}
	if (n)
		putchar('\n');
	/* The totals, their labels cut as the codes' are without bars. */
	size_t rest = !c->columns ? UNLIMITED : c->columns > fixed ? c->columns - fixed : 0;
	for (int d = 1; d <= 5; d++) {
		unsigned long long count = class_total(t, d);
		printf("%*llu  %5.1f%%  %s%dxx%s  ", width, count, share(count, t),
		       color_start(c, d * 100), d, color_end(c));
		print_total_label(c, httpstatus_class_name((enum httpstatus_class)d), rest);
	}
	static const char *const totals[] = {"outside 100-599", "no code", "lines in all"};
	const unsigned long long *counts[] = {&t->outside, &t->no_code, &t->lines};
	for (size_t i = 0; i < 3; i++) {
		printf("%*llu  %5.1f%%       ", width, *counts[i], share(*counts[i], t));
		print_total_label(c, totals[i], rest);
	}
}

void report_json(const struct context *c, const struct tally *t)
{
	int order[CODES];
	size_t n = sorted_codes(t, order);
	struct label l;
	printf("{\"lines\":%llu,\"codes\":[", t->lines);
	for (size_t i = 0; i < n; i++) {
		int code = order[i] + CODE_MIN;
		unsigned long long count = t->code[order[i]];
		printf("%s\n{\"code\":%d,\"count\":%llu,\"share\":%.2f", i ? "," : "", code, count,
		       share(count, t));
		label_of(c, &l, code);
		emit_json_member("label", l.title);
		emit_json_member("class", httpstatus_class_name(httpstatus_class(code)));
		struct httpstatus_unofficial u = {0};
		if (l.source)
			httpstatus_unofficial(code, 0, &u);
		emit_json_member("phrase", l.source ? u.phrase : httpstatus_phrase(code));
		printf(",\"registered\":%s", httpstatus_is_known(code) ? "true" : "false");
		emit_json_member("source", l.source);
		putchar('}');
	}
	fputs(n ? "\n],\"classes\":[" : "],\"classes\":[", stdout);
	for (int d = 1; d <= 5; d++) {
		unsigned long long count = class_total(t, d);
		printf("%s\n{\"class\":\"%s\",\"range\":\"%dxx\",\"count\":%llu,\"share\":%.2f}",
		       d > 1 ? "," : "", httpstatus_class_name((enum httpstatus_class)d), d, count,
		       share(count, t));
	}
	printf("\n],\"outside_range\":%llu,\"no_code\":%llu}\n", t->outside, t->no_code);
}
