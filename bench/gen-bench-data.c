/* gen-bench-data: turns the data files into what the benchmark compares
 * libhttpstatus with, so that every implementation knows exactly the same
 * codes, names, phrases, unofficial phrases and methods:
 *
 *   gen-bench-data STATUS-CODES UNOFFICIAL-CODES METHODS DATA.c METHOD-SWITCH.c
 *                  TABLE.gperf...
 *
 * DATA.c holds the plain arrays, the linear-scan tables, the precomputed
 * status lines and the lists the input streams are made from (declared in
 * bench-data.h); METHOD-SWITCH.c a hand-written-style matcher of method
 * tokens (declared in baselines.h). Each TABLE.gperf is gperf input, named
 * KIND-CONFIG-CASE.gperf for the lookup gperf_KIND_CONFIG_CASE it defines:
 * KIND is name, phrase, unofficial or method; CONFIG is default (gperf as a
 * user gets it: nothing but what gives a lookup that returns a value) or pic
 * (%pic %readonly-tables); CASE is exact or icase (%ignore-case).
 *
 * The data files are read by the generator's own reader (gen/data.h), so
 * every implementation sees exactly what libhttpstatus was built from. */
#include "data.h"
#include "xalloc.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CODE_MIN = 100, CODE_SPAN = 500 };

static void fail(const char *what, const char *path)
{
	fprintf(stderr, "gen-bench-data: %s: %s\n", what, path);
	exit(1);
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

/* s as a C string literal; the data files' keys need no more than quotes
 * and backslashes escaped, and a status line its CR and LF. */
static void put_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '\r' || *s == '\n') {
			fputs(*s == '\r' ? "\\r" : "\\n", f);
			continue;
		}
		if (*s == '"' || *s == '\\')
			fputc('\\', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

static const struct status_entry *entry_of(const struct data *d, int code)
{
	for (size_t i = 0; i < d->code_count; i++)
		if (d->codes[i].code == code)
			return &d->codes[i];
	return NULL;
}

/* A const char * array indexed by code - 100: the phrase, or with
 * fall_back, the phrase of the x00 code of the class when there is none. */
static void put_phrase_array(FILE *f, const struct data *d, const char *name, bool fall_back)
{
	fprintf(f, "const char *const %s[BENCH_CODE_SPAN] = {\n", name);
	for (int code = CODE_MIN; code < CODE_MIN + CODE_SPAN; code++) {
		const struct status_entry *e = entry_of(d, code);
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

/* A key with its value: a code, or a method's id. */
struct key_value {
	const char *text;
	int value;
};

/* Keys with their values, in the data files' order. */
struct keys {
	size_t count;
	struct key_value *at;
};

/* Adds text unless the list has it already (ignoring ASCII case with
 * fold): gperf takes no key twice, and a table that ignores case none that
 * differ only in case. The first one stays, as the library keeps it. */
static void keys_add(struct keys *k, const char *text, int value, bool fold)
{
	for (size_t i = 0; i < k->count; i++)
		if (fold ? tsv_same_folded(k->at[i].text, text) : strcmp(k->at[i].text, text) == 0)
			return;
	k->at = xrealloc(k->at, (k->count + 1) * sizeof *k->at);
	k->at[k->count++] = (struct key_value){text, value};
}

enum key_kind {
	NAMES,
	PHRASES,
	OLD_NAMES,
	OLD_PHRASES,
	UNOFFICIAL_PHRASES,
	UNOFFICIAL_KEYS,
	METHODS
};

/* Every key of a kind: names (phrases) each current one followed by its
 * older ones, or only the older ones; the unofficial uses' phrases (a use
 * may have none), or all that httpstatus_unofficial_from_phrase answers,
 * their names too; method tokens. */
static struct keys keys_of(const struct data *d, enum key_kind kind, bool fold)
{
	struct keys k = {0};
	bool phrases = kind == PHRASES || kind == OLD_PHRASES;
	if (kind <= OLD_PHRASES)
		for (size_t i = 0; i < d->code_count; i++) {
			const struct status_entry *e = &d->codes[i];
			if (kind == NAMES || kind == PHRASES)
				keys_add(&k, phrases ? e->phrase : e->name, e->code, fold);
			for (size_t a = 0; a < e->alias_count; a++)
				if (e->aliases[a].is_phrase == phrases)
					keys_add(&k, e->aliases[a].text, e->code, fold);
		}
	if (kind == UNOFFICIAL_PHRASES || kind == UNOFFICIAL_KEYS)
		for (size_t i = 0; i < d->use_count; i++) {
			const struct unofficial_use *u = &d->uses[i];
			if (u->phrase)
				keys_add(&k, u->phrase, u->code, fold);
			if (kind == UNOFFICIAL_KEYS)
				keys_add(&k, u->name, u->code, fold);
		}
	if (kind == METHODS)
		for (size_t i = 0; i < d->method_count; i++)
			keys_add(&k, d->methods[i].token, d->methods[i].id, fold);
	return k;
}

/* A table of keys and values, as a hand-written table for a linear scan
 * looks; every key of the data is unique ignoring case already, so fold
 * only keeps the benchmark's tables in step with the gperf ones. */
static void put_keys(FILE *f, const struct data *d, const char *name, enum key_kind kind)
{
	struct keys k = keys_of(d, kind, kind != METHODS);
	fprintf(f, "const struct bench_key %s[] = {\n", name);
	for (size_t i = 0; i < k.count; i++) {
		fputs("\t{", f);
		put_string(f, k.at[i].text);
		fprintf(f, ", %d},\n", k.at[i].value);
	}
	if (k.count == 0)
		fputs("\t{\"\", 0},\n", f);
	fprintf(f, "};\nconst size_t %s_count = %zu;\n\n", name, k.count);
	free(k.at);
}

/* A line for every registered code, by code - 100, {0, NULL} for the rest:
 * with the whole line, what a server that precomputes it keeps; without,
 * what nginx keeps, "404 Not Found", to be copied after "HTTP/1.1 " (the
 * rest get their number and a space). */
static void put_lines(FILE *f, const struct data *d, const char *name, bool whole)
{
	fprintf(f, "const struct bench_line %s[BENCH_CODE_SPAN] = {\n", name);
	for (size_t i = 0; i < d->code_count; i++) {
		const struct status_entry *e = &d->codes[i];
		char text[TSV_MAX_KEY + 16];
		int len = snprintf(text, sizeof text, "%s%d %s%s", whole ? "HTTP/1.1 " : "",
				   e->code, e->phrase, whole ? "\r\n" : "");
		fprintf(f, "\t[%d] = {%d, ", e->code - CODE_MIN, len);
		put_string(f, text);
		fputs("},\n", f);
	}
	fputs("};\n\n", f);
}

static void write_data(const struct data *d, const char *path)
{
	FILE *f = create(path);
	fputs("/* Generated by gen-bench-data from the data files. */\n"
	      "#include \"bench-data.h\"\n\n",
	      f);
	put_phrase_array(f, d, "plain_phrases", false);
	put_phrase_array(f, d, "plain_reasons", true);
	fputs("const unsigned char plain_classes[BENCH_CODE_SPAN] = {", f);
	for (int i = 0; i < CODE_SPAN; i++)
		fprintf(f, "%s%d,", i % 25 ? " " : "\n\t", i / 100 + 1);
	fputs("\n};\n\n", f);
	fputs("const struct bench_entry bench_entries[] = {\n", f);
	for (size_t i = 0; i < d->code_count; i++) {
		fprintf(f, "\t{%d, ", d->codes[i].code);
		put_string(f, d->codes[i].name);
		fputs(", ", f);
		put_string(f, d->codes[i].phrase);
		fputs("},\n", f);
	}
	fprintf(f, "};\nconst size_t bench_entries_count = %zu;\n\n", d->code_count);
	put_keys(f, d, "bench_names", NAMES);
	put_keys(f, d, "bench_phrases", PHRASES);
	put_keys(f, d, "bench_old_names", OLD_NAMES);
	put_keys(f, d, "bench_old_phrases", OLD_PHRASES);
	put_keys(f, d, "bench_unofficial_phrases", UNOFFICIAL_PHRASES);
	put_keys(f, d, "bench_unofficial_keys", UNOFFICIAL_KEYS);
	put_keys(f, d, "bench_methods", METHODS);
	put_lines(f, d, "nginx_status_lines", false);
	put_lines(f, d, "plain_status_lines", true);
	finish(f, path);
}

/* gperf input for the table that a path names, KIND-CONFIG-CASE.gperf (see
 * the top of this file), for a lookup gperf_KIND_CONFIG_CASE that gives a
 * struct gperf_default_entry (the key and its value; a table it can write
 * to, compared with gperf's own strcmp) or a struct gperf_pic_entry (the
 * key's offset in gperf's string pool, and its value). */
static void write_gperf(const struct data *d, const char *path)
{
	const char *base = path;
	for (const char *p = path; *p; p++)
		if (*p == '/' || *p == '\\')
			base = p + 1;
	char kind[16], config[16], letter_case[16];
	int end = 0;
	if (sscanf(base, "%15[a-z]-%15[a-z]-%15[a-z].gperf%n", kind, config, letter_case, &end) !=
		    3 ||
	    base[end] != '\0')
		fail("not a KIND-CONFIG-CASE.gperf name", path);
	static const char *const kinds[] = {"name", "phrase", "unofficial", "method"};
	static const enum key_kind kind_keys[] = {NAMES, PHRASES, UNOFFICIAL_PHRASES, METHODS};
	size_t k = 0;
	while (k < 4 && strcmp(kind, kinds[k]) != 0)
		k++;
	bool pic = strcmp(config, "pic") == 0, icase = strcmp(letter_case, "icase") == 0;
	if (k == 4 || (!pic && strcmp(config, "default") != 0) ||
	    (!icase && strcmp(letter_case, "exact") != 0))
		fail("no such kind, configuration or case", path);

	char lookup[64];
	snprintf(lookup, sizeof lookup, "gperf_%s_%s_%s", kind, config, letter_case);
	FILE *f = create(path);
	fprintf(f, "%%{\n/* Generated by gen-bench-data from the data files. */\n"
		   "#include <string.h>\n%%}\n");
	if (pic)
		fprintf(f,
			"%%language=ANSI-C\n%%pic\n%%readonly-tables\n"
			"%%define string-pool-name %s_pool\n",
			lookup);
	fprintf(f, "%%struct-type\n%s%%define lookup-function-name %s\n",
		icase ? "%ignore-case\n" : "", lookup);
	fprintf(f, "%s\n%%%%\n",
		pic ? "struct gperf_pic_entry { int name; int code; };"
		    : "struct gperf_default_entry { const char *name; int code; };");
	struct keys keys = keys_of(d, kind_keys[k], icase);
	for (size_t i = 0; i < keys.count; i++) {
		put_string(f, keys.at[i].text);
		fprintf(f, ", %d\n", keys.at[i].value);
	}
	fputs("%%\n", f);
	finish(f, path);
	free(keys.at);
}

/* c as a C character literal. */
static void put_char(FILE *f, char c)
{
	fprintf(f, c == '\'' || c == '\\' ? "'\\%c'" : "'%c'", c);
}

/* The test that bytes 1 to len - 1 of s (the first one is known) are
 * those of the token, of len (at least 2) bytes: as few words of 2, 4 or 8
 * bytes (the widest the token holds) as cover them, from the end back, a
 * word overlapping the one after it (or the first byte) rather than
 * reading outside the token. */
static void put_rest_compare(FILE *f, const char *token, size_t len)
{
	unsigned width = len >= 8 ? 8 : len >= 4 ? 4 : 2;
	const char *sep = "";
	for (size_t end = len; end > 1; end -= width) {
		size_t at = end - width;
		if (end < width + 1)
			at = len >= width + 1 ? 1 : 0;
		fprintf(f, "%sword%u(s + %zu) == word%u(", sep, width, at, width);
		char word[9] = "";
		memcpy(word, token + at, width);
		put_string(f, word);
		fputc(')', f);
		sep = " && ";
		if (at <= 1)
			break;
	}
}

static int by_length_then_bytes(const void *a, const void *b)
{
	const char *x = (*(const struct method_entry *const *)a)->token;
	const char *y = (*(const struct method_entry *const *)b)->token;
	size_t lx = strlen(x), ly = strlen(y);
	return lx != ly ? (lx > ly) - (lx < ly) : strcmp(x, y);
}

/* A matcher as nginx's request parser is written, for exactly the tokens
 * of the methods file: a switch on the length, then on the first byte, then
 * the rest compared a word at a time. */
static void write_switch(const struct data *d, const char *path)
{
	size_t n = d->method_count;
	const struct method_entry **m = xcalloc(n ? n : 1, sizeof *m);
	for (size_t i = 0; i < n; i++)
		m[i] = &d->methods[i];
	qsort(m, n, sizeof *m, by_length_then_bytes);

	FILE *f = create(path);
	fputs("/* Generated by gen-bench-data from the methods file: a method token to its\n"
	      " * id as nginx's request parser matches one, a switch on the length, then on\n"
	      " * the first byte, then the rest compared a word at a time. */\n"
	      "#include \"baselines.h\"\n\n"
	      "#include <stdint.h>\n#include <string.h>\n\n",
	      f);
	static const unsigned widths[] = {2, 4, 8};
	for (size_t w = 0; w < 3; w++)
		fprintf(f,
			"static inline uint%u_t word%u(const char *p)\n{\n\tuint%u_t w;\n"
			"\tmemcpy(&w, p, %u);\n\treturn w;\n}\n\n",
			8 * widths[w], widths[w], 8 * widths[w], widths[w]);
	fputs("int switch_method(const char *s, size_t len)\n{\n\tswitch (len) {\n", f);
	for (size_t i = 0; i < n; i++) {
		const char *token = m[i]->token, *before = i ? m[i - 1]->token : NULL;
		const char *after = i + 1 < n ? m[i + 1]->token : NULL;
		size_t len = strlen(token);
		bool same_length_before = before && strlen(before) == len;
		bool same_length_after = after && strlen(after) == len;
		if (!same_length_before)
			fprintf(f, "\tcase %zu:\n\t\tswitch (s[0]) {\n", len);
		if (!same_length_before || before[0] != token[0]) {
			fputs("\t\tcase ", f);
			put_char(f, token[0]);
			fputs(":\n", f);
		}
		if (len > 1) {
			fputs("\t\t\tif (", f);
			put_rest_compare(f, token, len);
			fprintf(f, ")\n\t\t\t\treturn %d; /* %s */\n", m[i]->id, token);
		} else {
			fprintf(f, "\t\t\treturn %d; /* %s */\n", m[i]->id, token);
		}
		if (!same_length_after || after[0] != token[0])
			fputs(len > 1 ? "\t\t\treturn 0;\n" : "", f);
		if (!same_length_after)
			fputs("\t\t}\n\t\treturn 0;\n", f);
	}
	fputs("\t}\n\treturn 0;\n}\n", f);
	finish(f, path);
	free(m);
}

int main(int argc, char **argv)
{
	if (argc < 6) {
		fputs("usage: gen-bench-data STATUS-CODES UNOFFICIAL-CODES METHODS DATA.c "
		      "METHOD-SWITCH.c [KIND-CONFIG-CASE.gperf...]\n",
		      stderr);
		return 2;
	}
	struct data d;
	struct data_paths paths = {
		.status_codes = argv[1], .unofficial_codes = argv[2], .methods = argv[3]};
	if (!data_load(&paths, stderr, &d))
		return 1;
	write_data(&d, argv[4]);
	write_switch(&d, argv[5]);
	for (int i = 6; i < argc; i++)
		write_gperf(&d, argv[i]);
	data_free(&d);
	return 0;
}
