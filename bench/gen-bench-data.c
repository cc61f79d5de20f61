/* gen-bench-data: turns the status-code data file into what the benchmark
 * compares libhttpstatus with, so that every implementation knows exactly
 * the same codes, names and phrases:
 *
 *   gen-bench-data DATAFILE DATA.c NAMES.gperf NAMES-ICASE.gperf
 *                  PHRASES.gperf PHRASES-ICASE.gperf
 *
 * DATA.c holds the plain arrays, the linear-scan tables and the lists the
 * input streams are made from (declared in bench-data.h); the .gperf files
 * are gperf input for names and phrases, case-sensitive and %ignore-case.
 *
 * The data file has been checked by httpstatus-gen in the same build, so
 * this only splits lines and columns (the format is described at the top of
 * the file) and stops at the first thing it does not expect. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CODE_MIN = 100, CODE_SPAN = 500, MAX_ENTRIES = 500, MAX_ALIASES = 16, COLUMNS = 7 };

struct entry {
	int code;
	const char *name, *phrase;
	size_t alias_count;
	const char *aliases[MAX_ALIASES];
	bool alias_is_phrase[MAX_ALIASES];
};

struct data {
	char *text;
	struct entry entries[MAX_ENTRIES];
	size_t count;
};

static void fail(const char *what, const char *detail)
{
	fprintf(stderr, "gen-bench-data: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
	exit(1);
}

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		fail("cannot open", path);
	size_t size = 0, capacity = 1 << 16;
	char *text = malloc(capacity);
	size_t n;
	while (text && (n = fread(text + size, 1, capacity - size - 1, f)) > 0) {
		size += n;
		if (size + 1 == capacity)
			text = realloc(text, capacity *= 2);
	}
	if (!text || ferror(f))
		fail("cannot read", path);
	fclose(f);
	text[size] = '\0';
	return text;
}

/* An alias is a phrase if it has a space or a lower-case letter. */
static bool is_phrase(const char *s)
{
	return strchr(s, ' ') || strpbrk(s, "abcdefghijklmnopqrstuvwxyz");
}

static void parse_aliases(struct entry *e, char *s)
{
	if (strcmp(s, "-") == 0)
		return;
	for (char *item = strtok(s, ","); item; item = strtok(NULL, ",")) {
		if (e->alias_count == MAX_ALIASES)
			fail("too many aliases for", e->name);
		e->alias_is_phrase[e->alias_count] = is_phrase(item);
		e->aliases[e->alias_count++] = item;
	}
}

static void parse_line(struct data *d, char *line)
{
	char *column[COLUMNS];
	size_t n = 0;
	for (char *s = line; n < COLUMNS; n++) {
		column[n] = s;
		char *tab = strchr(s, '\t');
		if (!tab)
			break;
		*tab = '\0';
		s = tab + 1;
	}
	if (n + 1 != COLUMNS)
		fail("not seven columns", line);
	if (d->count == MAX_ENTRIES)
		fail("too many lines", NULL);
	struct entry *e = &d->entries[d->count++];
	e->code = atoi(column[0]);
	if (e->code < CODE_MIN || e->code >= CODE_MIN + CODE_SPAN)
		fail("bad code", column[0]);
	e->name = column[1];
	e->phrase = column[2];
	parse_aliases(e, column[6]);
}

static void load(struct data *d, const char *path)
{
	d->text = read_file(path);
	d->count = 0;
	for (char *line = d->text; *line;) {
		char *end = strchr(line, '\n');
		char *next = end ? end + 1 : line + strlen(line);
		if (end)
			*end = '\0';
		if (*line && *line != '#')
			parse_line(d, line);
		line = next;
	}
}

static FILE *create(const char *path)
{
	FILE *f = fopen(path, "w");
	if (!f)
		fail("cannot create", path);
	return f;
}

static void finish(FILE *f, const char *path)
{
	if (ferror(f) || fclose(f))
		fail("cannot write", path);
}

/* s as a C string literal; the data file's names and phrases need no more
 * than quotes and backslashes escaped. */
static void put_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

static const struct entry *entry_of(const struct data *d, int code)
{
	for (size_t i = 0; i < d->count; i++)
		if (d->entries[i].code == code)
			return &d->entries[i];
	return NULL;
}

/* A const char * array indexed by code - 100: the phrase, or with
 * fall_back, the phrase of the x00 code of the class when there is none. */
static void put_phrase_array(FILE *f, const struct data *d, const char *name, bool fall_back)
{
	fprintf(f, "const char *const %s[BENCH_CODE_SPAN] = {\n", name);
	for (int code = CODE_MIN; code < CODE_MIN + CODE_SPAN; code++) {
		const struct entry *e = entry_of(d, code);
		if (!e && fall_back)
			e = entry_of(d, code / 100 * 100);
		if (!e)
			continue;
		fprintf(f, "\t[%d] = ", code - CODE_MIN);
		put_string(f, e->phrase);
		fputs(",\n", f);
	}
	fputs("};\n\n", f);
}

/* Every name (or phrase) with its code, each entry's current one followed by
 * its older ones, in the order of the data file: what a hand-written table
 * for a linear scan looks like. */
static void put_keys(FILE *f, const struct data *d, const char *name, bool phrases)
{
	size_t n = 0;
	fprintf(f, "const struct bench_key %s[] = {\n", name);
	for (size_t i = 0; i < d->count; i++) {
		const struct entry *e = &d->entries[i];
		fputs("\t{", f);
		put_string(f, phrases ? e->phrase : e->name);
		fprintf(f, ", %d},\n", e->code);
		n++;
		for (size_t a = 0; a < e->alias_count; a++) {
			if (e->alias_is_phrase[a] != phrases)
				continue;
			fputs("\t{", f);
			put_string(f, e->aliases[a]);
			fprintf(f, ", %d},\n", e->code);
			n++;
		}
	}
	fprintf(f, "};\nconst size_t %s_count = %zu;\n\n", name, n);
}

/* Only the older names (or phrases): the keys of the "alias" streams. */
static void put_aliases(FILE *f, const struct data *d, const char *name, bool phrases)
{
	size_t n = 0;
	fprintf(f, "const struct bench_key %s[] = {\n", name);
	for (size_t i = 0; i < d->count; i++) {
		const struct entry *e = &d->entries[i];
		for (size_t a = 0; a < e->alias_count; a++) {
			if (e->alias_is_phrase[a] != phrases)
				continue;
			fputs("\t{", f);
			put_string(f, e->aliases[a]);
			fprintf(f, ", %d},\n", e->code);
			n++;
		}
	}
	if (n == 0)
		fputs("\t{\"\", 0},\n", f);
	fprintf(f, "};\nconst size_t %s_count = %zu;\n\n", name, n);
}

static void write_data(const struct data *d, const char *path)
{
	FILE *f = create(path);
	fputs("/* Generated by gen-bench-data from the status-code data file. */\n"
	      "#include \"bench-data.h\"\n\n",
	      f);
	put_phrase_array(f, d, "plain_phrases", false);
	put_phrase_array(f, d, "plain_reasons", true);
	fputs("const unsigned char plain_classes[BENCH_CODE_SPAN] = {", f);
	for (int i = 0; i < CODE_SPAN; i++)
		fprintf(f, "%s%d,", i % 25 ? " " : "\n\t", i / 100 + 1);
	fputs("\n};\n\n", f);
	fputs("const struct bench_entry bench_entries[] = {\n", f);
	for (size_t i = 0; i < d->count; i++) {
		fprintf(f, "\t{%d, ", d->entries[i].code);
		put_string(f, d->entries[i].name);
		fputs(", ", f);
		put_string(f, d->entries[i].phrase);
		fputs("},\n", f);
	}
	fprintf(f, "};\nconst size_t bench_entries_count = %zu;\n\n", d->count);
	put_keys(f, d, "bench_names", false);
	put_keys(f, d, "bench_phrases", true);
	put_aliases(f, d, "bench_old_names", false);
	put_aliases(f, d, "bench_old_phrases", true);
	finish(f, path);
}

static void write_gperf(const struct data *d, const char *path, bool phrases, bool ignore_case)
{
	const char *what = phrases ? "phrase" : "name";
	const char *how = ignore_case ? "icase" : "exact";
	FILE *f = create(path);
	fprintf(f,
		"%%{\n/* Generated by gen-bench-data from the status-code data file. */\n"
		"#include <string.h>\n%%}\n"
		"%%language=ANSI-C\n%%pic\n%%readonly-tables\n%%struct-type\n%s"
		"%%define lookup-function-name gperf_%s_%s\n"
		"%%define string-pool-name gperf_%s_%s_pool\n"
		"struct gperf_key { int name; int code; };\n%%%%\n",
		ignore_case ? "%ignore-case\n" : "", what, how, what, how);
	for (size_t i = 0; i < d->count; i++) {
		const struct entry *e = &d->entries[i];
		put_string(f, phrases ? e->phrase : e->name);
		fprintf(f, ", %d\n", e->code);
		for (size_t a = 0; a < e->alias_count; a++) {
			if (e->alias_is_phrase[a] != phrases)
				continue;
			put_string(f, e->aliases[a]);
			fprintf(f, ", %d\n", e->code);
		}
	}
	fputs("%%\n", f);
	finish(f, path);
}

int main(int argc, char **argv)
{
	if (argc != 7) {
		fputs("usage: gen-bench-data DATAFILE DATA.c NAMES.gperf NAMES-ICASE.gperf "
		      "PHRASES.gperf PHRASES-ICASE.gperf\n",
		      stderr);
		return 2;
	}
	static struct data d;
	load(&d, argv[1]);
	write_data(&d, argv[2]);
	write_gperf(&d, argv[3], false, false);
	write_gperf(&d, argv[4], false, true);
	write_gperf(&d, argv[5], true, false);
	write_gperf(&d, argv[6], true, true);
	free(d.text);
	return 0;
}
