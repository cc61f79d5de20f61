#include "helpers.h"

#include <httpstatus.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *text = NULL;
	size_t size = 0, capacity = 0, n = 0;
	if (f) {
		do {
			size += n;
			if (size + 1 >= capacity) {
				capacity = capacity ? 2 * capacity : 1 << 16;
				char *bigger = realloc(text, capacity);
				if (!bigger)
					break;
				text = bigger;
			}
		} while ((n = fread(text + size, 1, capacity - size - 1, f)) > 0);
	}
	if (!f || !text || ferror(f) || !feof(f)) {
		fprintf(stderr, "cannot read %s\n", path);
		exit(1);
	}
	fclose(f);
	text[size] = '\0';
	if (len)
		*len = size;
	return text;
}

void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	if (!f || fputs(text, f) == EOF || fclose(f) != 0) {
		fprintf(stderr, "cannot write %s\n", path);
		exit(1);
	}
}

size_t header_functions(const char *path, char names[][FUNCTION_NAME_MAX], size_t max)
{
	char *h = read_file(path, NULL);
	size_t n = 0;
	for (char *s = strstr(h, "HTTPSTATUS_API "); s; s = strstr(s + 1, "HTTPSTATUS_API ")) {
		char *open = strchr(s, '('), *name = open;
		while (name > s && (name[-1] == '_' || (name[-1] >= 'a' && name[-1] <= 'z')))
			name--;
		if (strncmp(name, "httpstatus_", 11) != 0 || open > strchr(s, '\n'))
			continue; /* the macro's own definition */
		if (n == max || open - name >= FUNCTION_NAME_MAX) {
			fprintf(stderr, "%s: too many functions, or too long a name\n", path);
			exit(1);
		}
		snprintf(names[n++], FUNCTION_NAME_MAX, "%.*s", (int)(open - name), name);
	}
	free(h);
	return n;
}

void *exact_copy(const void *s, size_t len)
{
	void *copy = malloc(len ? len : 1);
	if (!copy) {
		fputs("exact_copy: out of memory\n", stderr);
		exit(1);
	}
	return memcpy(copy, s, len);
}

char *path_join(const char *dir, const char *name)
{
	return format("%s/%s", dir, name);
}

void check_args(int argc, char **argv, int count, const char *usage)
{
	if (argc != count + 1) {
		fprintf(stderr, "usage: %s %s\n", argv[0], usage);
		exit(2);
	}
}

void skip_unless_found(const char *path, const char *what)
{
	if (*path)
		return;
	fprintf(stderr, "skipped: %s not found\n", what);
	exit(77);
}

char *format(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (!s) {
		fputs("format: out of memory\n", stderr);
		exit(1);
	}
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

char *trim_end(char *s)
{
	size_t n = strlen(s);
	while (n > 0 && strchr(" \t\r\n", s[n - 1]))
		s[--n] = '\0';
	return s;
}

static unsigned char fold(unsigned char c)
{
	return c >= 'a' && c <= 'z' ? (unsigned char)(c - 32) : c;
}

bool equal_ignoring_case(const char *key, const void *s, size_t len)
{
	const unsigned char *bytes = s;
	if (!key || strlen(key) != len)
		return false;
	for (size_t i = 0; i < len; i++)
		if (fold((unsigned char)key[i]) != fold(bytes[i]))
			return false;
	return true;
}

/* An older name has neither a space nor a lower-case letter. */
static bool is_phrase(const char *alias)
{
	for (; *alias; alias++)
		if (*alias == ' ' || (*alias >= 'a' && *alias <= 'z'))
			return true;
	return false;
}

int oracle_code_of(bool phrases, const void *s, size_t len)
{
	for (int c = httpstatus_next(0); c; c = httpstatus_next(c)) {
		if (equal_ignoring_case(phrases ? httpstatus_phrase(c) : httpstatus_name(c), s,
					len))
			return c;
		const char *alias;
		for (size_t i = 0; (alias = httpstatus_alias(c, i)) != NULL; i++)
			if (is_phrase(alias) == phrases && equal_ignoring_case(alias, s, len))
				return c;
	}
	return 0;
}

int oracle_unofficial_code_of(const void *s, size_t len)
{
	struct httpstatus_unofficial u;
	for (int c = 100; c < 600; c++)
		for (size_t i = 0; httpstatus_unofficial(c, i, &u); i++)
			if ((u.phrase && equal_ignoring_case(u.phrase, s, len)) ||
			    equal_ignoring_case(u.name, s, len))
				return c;
	return 0;
}
