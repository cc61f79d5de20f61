/* Reading and validating the status-code data file. Every check happens here,
 * before anything is generated, and every problem is reported with its line. */
#include "datafile.h"

#include "keyhash.h"
#include "utf8.h"
#include "xalloc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const datafile_flag_words[FLAG_COUNT] = {
	"iana",       "temporary",  "unofficial", "obsolete",
	"deprecated", "no-content", "cacheable",  "retryable",
};

#define REGISTRATION_FLAGS (1u << FLAG_IANA | 1u << FLAG_TEMPORARY | 1u << FLAG_UNOFFICIAL)

enum column {
	COL_CODE,
	COL_NAME,
	COL_PHRASE,
	COL_FLAGS,
	COL_REFERENCE,
	COL_DESCRIPTION,
	COL_ALIASES,
	COL_COUNT
};

static const char *const column_names[COL_COUNT] = {
	"code", "name", "phrase", "flags", "reference", "description", "aliases",
};

/* A name or phrase already taken, to find duplicates ignoring case. */
struct key {
	const char *text;
	const char *kind; /* "name", "alias", "phrase" or "older phrase" */
	unsigned line;
	int code;
};

struct keyset {
	const char *what; /* "names" or "phrases" */
	struct key *keys;
	size_t count, capacity;
	bool full; /* and said so */
};

struct parser {
	const char *path;
	FILE *diagnostics;
	unsigned errors;
	unsigned code_line[600]; /* line of each code seen so far, or 0 */
	struct entry *entries;
	size_t count, capacity;
	struct keyset names, phrases;
};

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void
error_at(struct parser *p, unsigned line, const char *fmt, ...)
{
	if (p->errors++ >= DATAFILE_MAX_ERRORS)
		return;
	fprintf(p->diagnostics, "%s:%u: error: ", p->path, line);
	va_list ap;
	va_start(ap, fmt);
	vfprintf(p->diagnostics, fmt, ap);
	va_end(ap);
	fputc('\n', p->diagnostics);
}

static void *grow(void *array, size_t *capacity, size_t size)
{
	*capacity = *capacity ? *capacity * 2 : 64;
	return xrealloc(array, *capacity * size);
}

/* Rejects bytes that have no place in the file; tabs separate columns. */
static bool check_bytes(struct parser *p, unsigned line, const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	for (size_t i = 0; i < len;) {
		unsigned char c = s[i];
		if (c == '\t' || (c >= 0x20 && c < 0x7f)) {
			i++;
		} else if (c == '\r' && i + 1 == len) {
			error_at(p, line, "CRLF line end (only LF is accepted)");
			return false;
		} else if (c == 0) {
			error_at(p, line, "NUL byte at column %zu", i + 1);
			return false;
		} else if (c < 0x80) {
			error_at(p, line, "control character 0x%02X at column %zu", c, i + 1);
			return false;
		} else {
			uint32_t cp;
			size_t n = utf8_decode(s + i, len - i, &cp);
			if (n == 0) {
				error_at(p, line, "invalid UTF-8 at column %zu", i + 1);
				return false;
			}
			if (cp < 0xa0) {
				error_at(p, line, "control character U+%04X at column %zu",
					 (unsigned)cp, i + 1);
				return false;
			}
			i += n;
		}
	}
	return true;
}

/* A field as messages show it: at most 40 bytes, cut at a character
 * boundary. Returned by value, so it lives to the end of the call it is an
 * argument of. */
struct shown {
	char text[48];
};

static struct shown shorten(const char *s)
{
	struct shown out;
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

static bool in_range(char c, char low, char high)
{
	return (unsigned char)(c - low) <= (unsigned char)(high - low);
}

static bool is_name(const char *s)
{
	if (!in_range(*s, 'A', 'Z'))
		return false;
	while (*++s)
		if (!in_range(*s, 'A', 'Z') && !in_range(*s, '0', '9') && *s != '_')
			return false;
	return true;
}

/* Phrases end up in status lines, C comments and man pages: letters, digits,
 * single spaces and a little punctuation keep them safe in all three. */
static bool is_phrase_text(const char *s)
{
	if (strstr(s, "  "))
		return false;
	for (; *s; s++)
		if (!in_range(*s, 'A', 'Z') && !in_range(*s, 'a', 'z') && !in_range(*s, '0', '9') &&
		    !strchr(" '-.,()/&+", *s))
			return false;
	return true;
}

/* s is not empty. */
static bool has_outer_space(const char *s)
{
	return s[0] == ' ' || s[strlen(s) - 1] == ' ';
}

static bool same_folded(const char *a, const char *b)
{
	size_t n = strlen(a);
	if (strlen(b) != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (keyhash_fold((unsigned char)a[i]) != keyhash_fold((unsigned char)b[i]))
			return false;
	return true;
}

/* Registers a name or phrase, or reports the entry that already has it. */
static bool claim(struct parser *p, struct keyset *set, struct key key)
{
	for (size_t i = 0; i < set->count; i++) {
		const struct key *old = &set->keys[i];
		if (!same_folded(old->text, key.text))
			continue;
		error_at(p, key.line, "%s '%s' is already %s %s of %d at line %u%s", key.kind,
			 shorten(key.text).text,
			 strcmp(old->kind, "name") != 0 && strcmp(old->kind, "phrase") != 0 ? "an"
											    : "the",
			 old->kind, old->code, old->line,
			 strcmp(old->text, key.text) != 0 ? " (case is ignored)" : "");
		return false;
	}
	if (set->count == DATAFILE_MAX_KEYS) {
		if (!set->full)
			error_at(p, key.line,
				 "more than %d %s, older ones included: the lookup tables hold no "
				 "more",
				 DATAFILE_MAX_KEYS, set->what);
		set->full = true;
		return false;
	}
	if (set->count == set->capacity)
		set->keys = grow(set->keys, &set->capacity, sizeof *set->keys);
	set->keys[set->count++] = key;
	return true;
}

/* Splits s in place at each sep; returns how many parts there are, filling
 * at most max of them. */
static size_t split(char *s, char sep, char **parts, size_t max)
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

static bool parse_code(struct parser *p, unsigned line, const char *s, int *code)
{
	bool digits = strlen(s) == 3 && strspn(s, "0123456789") == 3;
	*code = digits ? (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0') : 0;
	if (*code < 100 || *code > 599) {
		error_at(p, line, "bad code '%s': expected three digits, 100 to 599",
			 shorten(s).text);
		return false;
	}
	if (p->code_line[*code]) {
		error_at(p, line, "duplicate code %d (first at line %u)", *code,
			 p->code_line[*code]);
		return false;
	}
	return true;
}

static bool check_key_length(struct parser *p, unsigned line, const char *what, const char *s)
{
	if (strlen(s) <= DATAFILE_MAX_KEY)
		return true;
	error_at(p, line, "%s '%s' is longer than %d bytes", what, shorten(s).text,
		 DATAFILE_MAX_KEY);
	return false;
}

static bool check_name(struct parser *p, unsigned line, const char *what, const char *s)
{
	if (!is_name(s)) {
		error_at(p, line, "bad %s '%s': expected [A-Z][A-Z0-9_]*", what, shorten(s).text);
		return false;
	}
	return check_key_length(p, line, what, s);
}

static bool check_phrase(struct parser *p, unsigned line, const char *what, const char *s)
{
	if (!is_phrase_text(s)) {
		error_at(p, line,
			 "bad %s '%s': expected letters, digits, single spaces and "
			 "' - . , ( ) / & +",
			 what, shorten(s).text);
		return false;
	}
	return check_key_length(p, line, what, s);
}

static bool parse_flags(struct parser *p, unsigned line, char *s, unsigned *flags)
{
	char *words[FLAG_COUNT];
	size_t n = strcmp(s, "-") != 0 ? split(s, ',', words, FLAG_COUNT) : 0;
	*flags = 0;
	if (n > FLAG_COUNT) {
		error_at(p, line, "more flags than there are flag words");
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned bit = 0;
		while (bit < FLAG_COUNT && strcmp(words[i], datafile_flag_words[bit]) != 0)
			bit++;
		if (bit == FLAG_COUNT) {
			error_at(p, line,
				 "unknown flag '%s' (known: iana, temporary, unofficial, "
				 "obsolete, deprecated, no-content, cacheable, retryable)",
				 shorten(words[i]).text);
			return false;
		}
		if (*flags & 1u << bit) {
			error_at(p, line, "flag '%s' given twice", words[i]);
			return false;
		}
		*flags |= 1u << bit;
	}
	unsigned registration = *flags & REGISTRATION_FLAGS;
	if (registration == 0) {
		error_at(p, line,
			 "no registration status: flags need one of iana, "
			 "temporary, unofficial");
		return false;
	}
	if (registration & (registration - 1)) {
		error_at(p, line,
			 "more than one registration status: iana, "
			 "temporary and unofficial exclude each other");
		return false;
	}
	return true;
}

static bool parse_aliases(struct parser *p, unsigned line, char *s, struct entry *e)
{
	char *items[DATAFILE_MAX_ALIASES + 1];
	size_t n = strcmp(s, "-") != 0 ? split(s, ',', items, DATAFILE_MAX_ALIASES + 1) : 0;
	if (n > DATAFILE_MAX_ALIASES) {
		error_at(p, line, "more than %d aliases", DATAFILE_MAX_ALIASES);
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		const char *item = items[i];
		bool ok;
		if (*item == '\0') {
			error_at(p, line, "empty alias (two commas, or one at an end)");
			return false;
		}
		if (has_outer_space(item)) {
			error_at(p, line, "alias '%s' has leading or trailing spaces",
				 shorten(item).text);
			return false;
		}
		if (is_name(item)) {
			ok = check_key_length(p, line, "alias", item);
			e->aliases[i].is_phrase = false;
		} else if (strchr(item, ' ') || strpbrk(item, "abcdefghijklmnopqrstuvwxyz")) {
			ok = check_phrase(p, line, "alias", item);
			e->aliases[i].is_phrase = true;
		} else {
			error_at(p, line,
				 "alias '%s' is neither a name ([A-Z][A-Z0-9_]*) nor a "
				 "phrase (which has a space or a lower-case letter)",
				 shorten(item).text);
			ok = false;
		}
		if (!ok)
			return false;
		e->aliases[i].text = item;
	}
	e->alias_count = n;
	return true;
}

static bool check_text(struct parser *p, unsigned line, enum column col, const char *s)
{
	if (*s == '\0') {
		error_at(p, line, "empty %s column", column_names[col]);
		return false;
	}
	if (has_outer_space(s)) {
		error_at(p, line, "%s column has leading or trailing spaces", column_names[col]);
		return false;
	}
	if (strcmp(s, "-") == 0 && col != COL_FLAGS && col != COL_ALIASES) {
		error_at(p, line,
			 "%s column cannot be '-': only flags and "
			 "aliases may be left out",
			 column_names[col]);
		return false;
	}
	return true;
}

/* Claims the entry's names and phrases; false if any is taken. */
static bool claim_keys(struct parser *p, const struct entry *e)
{
	bool ok = claim(p, &p->names, (struct key){e->name, "name", e->line, e->code});
	ok &= claim(p, &p->phrases, (struct key){e->phrase, "phrase", e->line, e->code});
	for (size_t i = 0; i < e->alias_count; i++) {
		const struct alias *a = &e->aliases[i];
		struct key k = {a->text, a->is_phrase ? "older phrase" : "alias", e->line, e->code};
		ok &= claim(p, a->is_phrase ? &p->phrases : &p->names, k);
	}
	return ok;
}

static void parse_line(struct parser *p, unsigned line, char *s, size_t len)
{
	if (len > DATAFILE_MAX_LINE) {
		error_at(p, line, "line is longer than %d bytes", DATAFILE_MAX_LINE);
		return;
	}
	if (!check_bytes(p, line, s, len))
		return;
	s[len] = '\0';
	if (s[0] == '#' || s[strspn(s, " \t")] == '\0')
		return;

	char *col[COL_COUNT];
	size_t n = split(s, '\t', col, COL_COUNT);
	if (n != COL_COUNT) {
		error_at(p, line, "%s columns: found %zu, expected %d tab-separated",
			 n < COL_COUNT ? "too few" : "too many", n, COL_COUNT);
		return;
	}
	bool ok = true;
	for (int c = 0; c < COL_COUNT; c++)
		ok &= check_text(p, line, (enum column)c, col[c]);
	if (!ok)
		return;

	struct entry e = {.line = line,
			  .name = col[COL_NAME],
			  .phrase = col[COL_PHRASE],
			  .reference = col[COL_REFERENCE],
			  .description = col[COL_DESCRIPTION]};
	ok &= parse_code(p, line, col[COL_CODE], &e.code);
	ok &= check_name(p, line, "name", e.name);
	ok &= check_phrase(p, line, "phrase", e.phrase);
	ok &= parse_flags(p, line, col[COL_FLAGS], &e.flags);
	ok &= parse_aliases(p, line, col[COL_ALIASES], &e);
	if (!ok || !claim_keys(p, &e))
		return;

	p->code_line[e.code] = line;
	if (p->count == p->capacity)
		p->entries = grow(p->entries, &p->capacity, sizeof *p->entries);
	p->entries[p->count++] = e;
}

static int by_code(const void *a, const void *b)
{
	return ((const struct entry *)a)->code - ((const struct entry *)b)->code;
}

bool datafile_parse(const char *name, char *text, size_t size, FILE *diagnostics,
		    struct datafile *df)
{
	struct parser p = {.path = name,
			   .diagnostics = diagnostics,
			   .names.what = "names",
			   .phrases.what = "phrases"};
	*df = (struct datafile){0};
	unsigned line = 0;
	if (size > DATAFILE_MAX_BYTES) {
		line = 1;
		for (size_t i = 0; i < DATAFILE_MAX_BYTES; i++)
			line += text[i] == '\n';
		error_at(&p, line, "file is larger than %d bytes", DATAFILE_MAX_BYTES);
		size = 0;
	}
	char *s = text;
	if (size >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) {
		error_at(&p, 1, "UTF-8 byte order mark (save the file without it)");
		s += 3;
	}
	while (s < text + size) {
		char *nl = memchr(s, '\n', (size_t)(text + size - s));
		char *end = nl ? nl : text + size;
		parse_line(&p, ++line, s, (size_t)(end - s));
		s = end + 1;
	}
	if (p.count == 0 && p.errors == 0)
		error_at(&p, 1, "no status codes: the file has no entry lines");
	for (int code = 100; code < 600 && p.errors == 0; code += 100)
		if (!p.code_line[code])
			error_at(&p, line,
				 "no entry for %d, the phrase that unknown %dxx codes "
				 "fall back to",
				 code, code / 100);
	if (p.errors > DATAFILE_MAX_ERRORS)
		fprintf(diagnostics, "%s: %u more errors not shown\n", name,
			p.errors - DATAFILE_MAX_ERRORS);
	free(p.names.keys);
	free(p.phrases.keys);
	if (p.errors) {
		free(p.entries);
		free(text);
		return false;
	}
	qsort(p.entries, p.count, sizeof *p.entries, by_code);
	*df = (struct datafile){text, p.entries, p.count};
	return true;
}

bool datafile_load(const char *path, struct datafile *df)
{
	*df = (struct datafile){0};
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "%s: error: cannot open: %s\n", path, strerror(errno));
		return false;
	}
	/* One byte more than allowed, to see that there is more; one for a NUL. */
	char *text = xmalloc(DATAFILE_MAX_BYTES + 2);
	size_t size = fread(text, 1, DATAFILE_MAX_BYTES + 1, f);
	int read_error = ferror(f) ? errno : 0;
	fclose(f);
	if (read_error) {
		fprintf(stderr, "%s: error: cannot read: %s\n", path, strerror(read_error));
		free(text);
		return false;
	}
	return datafile_parse(path, text, size, stderr, df);
}

void datafile_free(struct datafile *df)
{
	free(df->entries);
	free(df->text);
	*df = (struct datafile){0};
}
