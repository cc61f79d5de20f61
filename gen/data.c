#include "data.h"

#include <stdlib.h>
#include <string.h>

bool data_load(const struct data_paths *paths, FILE *diagnostics, struct data *d)
{
	*d = (struct data){0};
	bool ok = tsv_open(&d->status_file, paths->status_codes, diagnostics) &&
		  status_file_read(&d->status_file, d);
	/* After the status codes, whose keys and constants it is checked
	 * against. */
	if (ok && paths->unofficial_codes)
		ok = tsv_open(&d->unofficial_file, paths->unofficial_codes, diagnostics) &&
		     unofficial_file_read(&d->unofficial_file, d);
	if (ok && paths->methods)
		ok = tsv_open(&d->methods_file, paths->methods, diagnostics) &&
		     methods_file_read(&d->methods_file, d);
	if (!ok)
		data_free(d);
	return ok;
}

void data_free(struct data *d)
{
	tsv_close(&d->status_file);
	free(d->codes);
	tsv_keyset_free(&d->status_names);
	tsv_keyset_free(&d->status_phrases);
	tsv_close(&d->unofficial_file);
	for (size_t i = 0; i < d->use_count; i++)
		free(d->uses[i].constant);
	free(d->uses);
	tsv_keyset_free(&d->unofficial_keys);
	tsv_keyset_free(&d->unofficial_constants);
	tsv_close(&d->methods_file);
	free(d->methods);
	tsv_keyset_free(&d->method_tokens);
	*d = (struct data){0};
}

bool data_parse_code(struct tsv *t, const char *s, int *code)
{
	bool digits = strlen(s) == 3 && strspn(s, "0123456789") == 3;
	*code = digits ? (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0') : 0;
	if (*code >= 100 && *code <= 599)
		return true;
	tsv_error(t, t->line, "bad code '%s': expected three digits, 100 to 599",
		  tsv_shorten(s).text);
	return false;
}

bool data_check_key_length(struct tsv *t, const char *what, const char *s)
{
	if (strlen(s) <= TSV_MAX_KEY)
		return true;
	tsv_error(t, t->line, "%s '%s' is longer than %d bytes", what, tsv_shorten(s).text,
		  TSV_MAX_KEY);
	return false;
}

bool data_check_name(struct tsv *t, const char *what, const char *s)
{
	if (!tsv_is_name(s)) {
		tsv_error(t, t->line, "bad %s '%s': expected [A-Z][A-Z0-9_]*", what,
			  tsv_shorten(s).text);
		return false;
	}
	return data_check_key_length(t, what, s);
}

bool data_check_phrase(struct tsv *t, const char *what, const char *s)
{
	if (!tsv_is_phrase(s)) {
		tsv_error(t, t->line,
			  "bad %s '%s': expected letters, digits, single spaces and "
			  "' - . , ( ) / & +",
			  what, tsv_shorten(s).text);
		return false;
	}
	return data_check_key_length(t, what, s);
}

/* "safe, idempotent, cacheable": the words of a list, for messages. */
struct word_list {
	char text[160];
};

static struct word_list word_list(const struct flag_word *words, unsigned count)
{
	struct word_list out = {""};
	for (unsigned k = 0; k < count; k++)
		snprintf(out.text + strlen(out.text), sizeof out.text - strlen(out.text), "%s%s",
			 k ? ", " : "", words[k].word);
	return out;
}

bool parse_flag_words(struct tsv *t, char *s, const struct flag_word *words, unsigned count,
		      bool in_order, unsigned *flags)
{
	char *given[32]; /* count is at most 32: the flags are bits of an unsigned */
	size_t n = strcmp(s, "-") != 0 ? tsv_split(s, ',', given, count) : 0;
	*flags = 0;
	if (n > count) {
		tsv_error(t, t->line, "more flags than there are flag words");
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned bit = 0;
		while (bit < count && strcmp(given[i], words[bit].word) != 0)
			bit++;
		if (bit == count) {
			tsv_error(t, t->line, "unknown flag '%s' (known: %s)",
				  tsv_shorten(given[i]).text, word_list(words, count).text);
			return false;
		}
		if (*flags & 1u << bit) {
			tsv_error(t, t->line, "flag '%s' given twice", given[i]);
			return false;
		}
		if (in_order && *flags >> bit) {
			tsv_error(t, t->line, "flag '%s' comes before '%s' (the order is %s)",
				  given[i], given[i - 1], word_list(words, count).text);
			return false;
		}
		*flags |= 1u << bit;
	}
	return true;
}
