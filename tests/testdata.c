#include "testdata.h"
#include "helpers.h"

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

/* The whole file at path, NUL-terminated, and in *lines how many lines it
 * has at most. */
static char *read_text(const char *path, size_t *lines)
{
	size_t len;
	char *text = read_file(path, &len);
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

static void parse_use(struct test_unofficial *u, char *line, const char *path)
{
	u->code = atoi(next_field(&line, '\t'));
	u->source = next_field(&line, '\t');
	u->name = next_field(&line, '\t');
	u->phrase = next_field(&line, '\t');
	u->wire = next_field(&line, '\t');
	u->reference = next_field(&line, '\t');
	u->description = next_field(&line, '\t');
	if (*line || !*u->description)
		fail("not seven columns", path);
	if (strcmp(u->phrase, "-") == 0)
		u->phrase = NULL;
}

void testdata_load_unofficial(const char *path, struct test_unofficial_data *tu)
{
	size_t lines;
	char *text = read_text(path, &lines);
	*tu = (struct test_unofficial_data){text, calloc(lines, sizeof(struct test_unofficial)), 0};
	for (char *s = text; *s;) {
		char *line = next_field(&s, '\n');
		if (*line && *line != '#')
			parse_use(&tu->uses[tu->count++], line, path);
	}
}

void testdata_free_unofficial(struct test_unofficial_data *tu)
{
	free(tu->uses);
	free(tu->text);
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
	check_args(argc, argv, 1, "DATAFILE");
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
