#include "tsv.h"

#include "keyhash.h"
#include "utf8.h"
#include "xalloc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void tsv_error(struct tsv *t, unsigned line, const char *fmt, ...)
{
	if (t->errors++ >= TSV_MAX_ERRORS)
		return;
	fprintf(t->diagnostics, "%s:%u: error: ", t->path, line);
	va_list ap;
	va_start(ap, fmt);
	vfprintf(t->diagnostics, fmt, ap);
	va_end(ap);
	fputc('\n', t->diagnostics);
}

void tsv_open_memory(struct tsv *t, const char *name, char *text, size_t size, FILE *diagnostics)
{
	*t = (struct tsv){.path = name, .diagnostics = diagnostics, .text = text, .size = size};
	if (size > TSV_MAX_BYTES) {
		unsigned line = 1;
		for (size_t i = 0; i < TSV_MAX_BYTES; i++)
			line += text[i] == '\n';
		tsv_error(t, line, "file is larger than %d bytes", TSV_MAX_BYTES);
		t->size = 0;
	}
	t->text[t->size] = '\0';
	if (t->size >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) {
		tsv_error(t, 1, "UTF-8 byte order mark (save the file without it)");
		t->next = 3;
	}
}

bool tsv_open(struct tsv *t, const char *path, FILE *diagnostics)
{
	*t = (struct tsv){0};
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(diagnostics, "%s: error: cannot open: %s\n", path, strerror(errno));
		return false;
	}
	/* One byte more than allowed, to see that there is more; one for a NUL. */
	char *text = xmalloc(TSV_MAX_BYTES + 2);
	size_t size = fread(text, 1, TSV_MAX_BYTES + 1, f);
	int read_error = ferror(f) ? errno : 0;
	fclose(f);
	if (read_error) {
		fprintf(diagnostics, "%s: error: cannot read: %s\n", path, strerror(read_error));
		free(text);
		return false;
	}
	tsv_open_memory(t, path, text, size, diagnostics);
	return true;
}

bool tsv_finish(struct tsv *t)
{
	if (t->errors > TSV_MAX_ERRORS)
		fprintf(t->diagnostics, "%s: %u more errors not shown\n", t->path,
			t->errors - TSV_MAX_ERRORS);
	return t->errors == 0;
}

void tsv_close(struct tsv *t)
{
	free(t->text);
	t->text = NULL;
}

/* Rejects bytes that have no place in the file; tabs separate columns. */
static bool check_bytes(struct tsv *t, const struct tsv_format *format, const char *text,
			size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	for (size_t i = 0; i < len;) {
		unsigned char c = s[i];
		if (c == '\t' || (c >= 0x20 && c < 0x7f)) {
			i++;
		} else if (c == '\r' && i + 1 == len) {
			tsv_error(t, t->line, "CRLF line end (only LF is accepted)");
			return false;
		} else if (c == 0) {
			tsv_error(t, t->line, "NUL byte at column %zu", i + 1);
			return false;
		} else if (c < 0x80) {
			tsv_error(t, t->line, "control character 0x%02X at column %zu", c, i + 1);
			return false;
		} else if (format->ascii_only) {
			tsv_error(t, t->line, "byte 0x%02X at column %zu: the file is plain ASCII",
				  c, i + 1);
			return false;
		} else {
			uint32_t cp;
			size_t n = utf8_decode(s + i, len - i, &cp);
			if (n == 0) {
				tsv_error(t, t->line, "invalid UTF-8 at column %zu", i + 1);
				return false;
			}
			if (cp < 0xa0) {
				tsv_error(t, t->line, "control character U+%04X at column %zu",
					  (unsigned)cp, i + 1);
				return false;
			}
			i += n;
		}
	}
	return true;
}

/* s is not empty. */
static bool has_outer_space(const char *s)
{
	return s[0] == ' ' || s[strlen(s) - 1] == ' ';
}

static bool check_column(struct tsv *t, const struct tsv_format *format, size_t i, const char *s)
{
	const char *name = format->names[i];
	if (*s == '\0') {
		tsv_error(t, t->line, "empty %s column", name);
		return false;
	}
	if (has_outer_space(s)) {
		tsv_error(t, t->line, "%s column has leading or trailing spaces", name);
		return false;
	}
	if (strcmp(s, "-") == 0 && !(format->dash_allowed & 1u << i)) {
		tsv_error(t, t->line, "%s column cannot be '-': %s", name, format->dash_rule);
		return false;
	}
	return true;
}

/* The columns of the line at s (len bytes, which a NUL now ends); false if
 * it is no entry line or has a problem, which is reported. */
static bool split_row(struct tsv *t, const struct tsv_format *format, char *s, size_t len,
		      char **columns)
{
	if (len > TSV_MAX_LINE) {
		tsv_error(t, t->line, "line is longer than %d bytes", TSV_MAX_LINE);
		return false;
	}
	if (!check_bytes(t, format, s, len))
		return false;
	if (s[0] == '#' || s[strspn(s, " \t")] == '\0')
		return false;
	size_t n = tsv_split(s, '\t', columns, format->columns);
	if (n != format->columns) {
		tsv_error(t, t->line, "%s columns: found %zu, expected %zu tab-separated",
			  n < format->columns ? "too few" : "too many", n, format->columns);
		return false;
	}
	bool ok = true;
	for (size_t i = 0; i < n; i++)
		ok &= check_column(t, format, i, columns[i]);
	return ok;
}

bool tsv_next_row(struct tsv *t, const struct tsv_format *format, char **columns)
{
	while (t->next < t->size) {
		char *s = t->text + t->next;
		char *nl = memchr(s, '\n', t->size - t->next);
		size_t len = nl ? (size_t)(nl - s) : t->size - t->next;
		s[len] = '\0';
		t->next += len + 1;
		t->line++;
		if (split_row(t, format, s, len, columns))
			return true;
	}
	return false;
}

struct tsv_shown tsv_shorten(const char *s)
{
	struct tsv_shown out;
	size_t n = strlen(s);
	if (n > 40) {
		n = 40;
		/* Valid UTF-8: s[0] is no continuation byte, so this stops. */
		while (((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
	}
	snprintf(out.text, sizeof out.text, "%.*s%s", (int)n, s, n < strlen(s) ? "..." : "");
	return out;
}

size_t tsv_split(char *s, char sep, char **parts, size_t max)
{
	size_t n = 0;
	for (;;) {
		if (n < max)
			parts[n] = s;
		n++;
		char *next = strchr(s, sep);
		if (!next)
			return n;
		*next = '\0';
		s = next + 1;
	}
}

static bool in_range(char c, char low, char high)
{
	return (unsigned char)(c - low) <= (unsigned char)(high - low);
}

bool tsv_is_name(const char *s)
{
	if (!in_range(*s, 'A', 'Z'))
		return false;
	while (*++s)
		if (!in_range(*s, 'A', 'Z') && !in_range(*s, '0', '9') && *s != '_')
			return false;
	return true;
}

bool tsv_is_phrase(const char *s)
{
	if (strstr(s, "  "))
		return false;
	for (; *s; s++)
		if (!in_range(*s, 'A', 'Z') && !in_range(*s, 'a', 'z') && !in_range(*s, '0', '9') &&
		    !strchr(" '-.,()/&+", *s))
			return false;
	return true;
}

bool tsv_same_folded(const char *a, const char *b)
{
	size_t n = strlen(a);
	if (strlen(b) != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (keyhash_fold((unsigned char)a[i]) != keyhash_fold((unsigned char)b[i]))
			return false;
	return true;
}

const struct tsv_key *tsv_keyset_find(const struct tsv_keyset *set, const char *text)
{
	for (size_t i = 0; i < set->count; i++)
		if (tsv_same_folded(set->keys[i].text, text))
			return &set->keys[i];
	return NULL;
}

struct tsv_taken tsv_describe_taken(const struct tsv *t, const struct tsv_key *old)
{
	struct tsv_taken out;
	bool definite = strcmp(old->kind, "alias") != 0 && strcmp(old->kind, "older phrase") != 0;
	int n = snprintf(out.text, sizeof out.text, "%s %s of %d at ", definite ? "the" : "an",
			 old->kind, old->value);
	if (strcmp(old->path, t->path) == 0)
		snprintf(out.text + n, sizeof out.text - (size_t)n, "line %u", old->line);
	else
		snprintf(out.text + n, sizeof out.text - (size_t)n, "%s:%u", old->path, old->line);
	return out;
}

void tsv_report_taken(struct tsv *t, const struct tsv_key *key, const struct tsv_key *old)
{
	tsv_error(t, key->line, "%s '%s' is already %s%s", key->kind, tsv_shorten(key->text).text,
		  tsv_describe_taken(t, old).text,
		  strcmp(old->text, key->text) != 0 ? " (case is ignored)" : "");
}

bool tsv_keyset_claim(struct tsv *t, struct tsv_keyset *set, struct tsv_key key)
{
	const struct tsv_key *old = tsv_keyset_find(set, key.text);
	if (old) {
		tsv_report_taken(t, &key, old);
		return false;
	}
	if (set->count == TSV_MAX_KEYS) {
		if (!set->full)
			tsv_error(t, key.line, "more than %d %s: the lookup tables hold no more",
				  TSV_MAX_KEYS, set->what);
		set->full = true;
		return false;
	}
	if (set->count == set->capacity)
		set->keys = tsv_grow(set->keys, &set->capacity, sizeof *set->keys);
	set->keys[set->count++] = key;
	return true;
}

void tsv_keyset_free(struct tsv_keyset *set)
{
	free(set->keys);
	set->keys = NULL;
	set->count = set->capacity = 0;
}

void *tsv_grow(void *array, size_t *capacity, size_t size)
{
	*capacity = *capacity ? *capacity * 2 : 64;
	return xrealloc(array, *capacity * size);
}
