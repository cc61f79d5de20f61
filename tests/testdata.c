#include "testdata.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct test_data testdata;

static void fail(const char *what, const char *path)
{
	fprintf(stderr, "testdata: %s: %s\n", path, what);
	exit(1);
}

static char *next_field(char **s, char sep)
{
	char *field = *s;
	char *end = strchr(field, sep);
	if (end) {
		*end = '\0';
		*s = end + 1;
	} else {
		*s = field + strlen(field);
	}
	return field;
}

static bool is_phrase(const char *alias)
{
	for (const char *c = alias; *c; c++)
		if (*c == ' ' || (*c >= 'a' && *c <= 'z'))
			return true;
	return false;
}

static void parse_entry(struct test_entry *e, char *line, const char *path)
{
	e->code = atoi(next_field(&line, '\t'));
	e->name = next_field(&line, '\t');
	e->phrase = next_field(&line, '\t');
	e->flags = next_field(&line, '\t');
	e->reference = next_field(&line, '\t');
	e->description = next_field(&line, '\t');
	char *aliases = next_field(&line, '\t');
	if (*line || !*aliases)
		fail("not seven columns", path);
	if (strcmp(aliases, "-") == 0)
		return;
	while (*aliases) {
		if (e->alias_count == TESTDATA_MAX_ALIASES)
			fail("too many aliases", path);
		const char *alias = next_field(&aliases, ',');
		e->alias_is_phrase[e->alias_count] = is_phrase(alias);
		e->aliases[e->alias_count++] = alias;
	}
}

/* The whole file and a NUL; *lines is an upper bound on its lines. */
static char *read_text(const char *path, size_t *lines)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		fail("cannot open", path);
	size_t cap = 1 << 16, len = 0, n;
	char *text = malloc(cap);
	while (text && (n = fread(text + len, 1, cap - len - 1, f)) > 0) {
		len += n;
		if (len + 1 == cap)
			text = realloc(text, cap *= 2);
	}
	fclose(f);
	if (!text)
		fail("out of memory", path);
	text[len] = '\0';
	*lines = 1;
	for (size_t i = 0; i < len; i++)
		*lines += text[i] == '\n';
	return text;
}

void testdata_load(const char *path, struct test_data *td)
{
	size_t lines;
	char *text = read_text(path, &lines);
	*td = (struct test_data){text, calloc(lines, sizeof(struct test_entry)), 0};
	for (char *s = text; *s;) {
		char *line = next_field(&s, '\n');
		if (*line && *line != '#')
			parse_entry(&td->entries[td->count++], line, path);
	}
}

static void parse_method(struct test_method *m, char *line, const char *path)
{
	m->id = atoi(next_field(&line, '\t'));
	m->token = next_field(&line, '\t');
	m->flags = next_field(&line, '\t');
	m->reference = next_field(&line, '\t');
	m->description = next_field(&line, '\t');
	if (*line || !*m->description)
		fail("not five columns", path);
	m->safe = strstr(m->flags, "safe") != NULL;
	m->idempotent = strstr(m->flags, "idempotent") != NULL;
	m->cacheable = strstr(m->flags, "cacheable") != NULL;
}

void testdata_load_methods(const char *path, struct test_methods *tm)
{
	size_t lines;
	char *text = read_text(path, &lines);
	*tm = (struct test_methods){text, calloc(lines, sizeof(struct test_method)), 0};
	for (char *s = text; *s;) {
		char *line = next_field(&s, '\n');
		if (*line && *line != '#')
			parse_method(&tm->methods[tm->count++], line, path);
	}
}

void testdata_free_methods(struct test_methods *tm)
{
	free(tm->methods);
	free(tm->text);
}

void testdata_free(struct test_data *td)
{
	free(td->entries);
	free(td->text);
}

void testdata_from_args(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s DATAFILE\n", argv[0]);
		exit(2);
	}
	testdata_load(argv[1], &testdata);
}

static char *map_case(const char *s, int mode)
{
	char *out = strdup(s);
	if (!out)
		fail("out of memory", s);
	for (size_t i = 0; out[i]; i++) {
		char c = out[i];
		bool upper = mode == 0 || (mode == 2 && i % 2 == 0);
		if (upper && c >= 'a' && c <= 'z')
			out[i] = (char)(c - 32);
		else if (!upper && c >= 'A' && c <= 'Z')
			out[i] = (char)(c + 32);
	}
	return out;
}

char *testdata_upper(const char *s)
{
	return map_case(s, 0);
}

char *testdata_lower(const char *s)
{
	return map_case(s, 1);
}

char *testdata_mixed(const char *s)
{
	return map_case(s, 2);
}

const char *testdata_csv_field(const char *s, char *out, size_t size)
{
	size_t n = 0;
	bool quoted = *s == '"';
	s += quoted;
	for (; *s && (quoted ? !(*s == '"' && s[1] != '"') : *s != ','); s++) {
		if (quoted && *s == '"')
			s++;
		if (n + 1 < size)
			out[n++] = *s;
	}
	out[n] = '\0';
	s += quoted && *s == '"';
	return *s == ',' ? s + 1 : s;
}
