#include "rfc-tables.h"

#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Exits 1, naming the file and the line. */
static void bad_line(const char *path, unsigned line, const char *what)
{
	fprintf(stderr, "%s:%u: error: %s\n", path, line, what);
	exit(1);
}

/* Up to max tab-separated fields of each line that is not blank or a
 * comment, given to take with the line's number; the line must have
 * exactly max. */
static void read_rows(const char *path, size_t max,
		      void (*take)(void *context, char **fields, const char *path, unsigned line),
		      void *context)
{
	char *text = read_file(path, NULL);
	unsigned line = 0;
	for (char *next, *s = text; s && *s; s = next) {
		line++;
		next = strchr(s, '\n');
		if (next)
			*next++ = '\0';
		if (*s == '#' || *s == '\0')
			continue;
		char *fields[4];
		size_t n = 0;
		for (char *f = s; f && n < max + 1; n++) {
			fields[n] = f;
			f = strchr(f, '\t');
			if (f)
				*f++ = '\0';
		}
		if (n != max)
			bad_line(path, line, "not the fields of a row, tab-separated");
		take(context, fields, path, line);
	}
	free(text);
}

static unsigned number(const char *s, unsigned max, const char *path, unsigned line)
{
	char *end;
	unsigned long n = strtoul(s, &end, 10);
	if (*s < '0' || *s > '9' || *end || n > max)
		bad_line(path, line, "not an index or symbol the table can have");
	return (unsigned)n;
}

static void take_entry(void *context, char **fields, const char *path, unsigned line)
{
	struct static_table *t = context;
	if (t->count == sizeof t->entries / sizeof t->entries[0])
		bad_line(path, line, "more entries than a static table has");
	struct static_entry *e = &t->entries[t->count++];
	e->index = number(fields[0], 1000, path, line);
	if (strlen(fields[1]) >= sizeof e->name || strlen(fields[2]) >= sizeof e->value)
		bad_line(path, line, "a name or value longer than the tests expect");
	strcpy(e->name, fields[1]);
	strcpy(e->value, strcmp(fields[2], "-") == 0 ? "" : fields[2]);
}

void static_table_read(const char *path, struct static_table *t)
{
	t->count = 0;
	read_rows(path, 3, take_entry, t);
}

const struct static_entry *static_table_entry(const struct static_table *t, unsigned index)
{
	for (size_t i = 0; i < t->count; i++)
		if (t->entries[i].index == index)
			return &t->entries[i];
	return NULL;
}

static void take_code(void *context, char **fields, const char *path, unsigned line)
{
	struct huffman_code *codes = context;
	unsigned symbol = number(fields[0], HUFFMAN_SYMBOLS - 1, path, line);
	size_t len = strlen(fields[1]);
	if (len == 0 || len > 30 || strspn(fields[1], "01") != len)
		bad_line(path, line, "a code is 1 to 30 bits, each 0 or 1");
	codes[symbol] = (struct huffman_code){.bits = (uint32_t)strtoul(fields[1], NULL, 2),
					      .len = (unsigned)len};
}

void huffman_code_read(const char *path, struct huffman_code codes[HUFFMAN_SYMBOLS])
{
	memset(codes, 0, HUFFMAN_SYMBOLS * sizeof *codes);
	read_rows(path, 2, take_code, codes);
	for (unsigned s = 0; s < HUFFMAN_SYMBOLS; s++)
		if (codes[s].len == 0) {
			fprintf(stderr, "%s: error: no code for symbol %u\n", path, s);
			exit(1);
		}
}
