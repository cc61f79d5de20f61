/* httpstatus_error_page on any code and detail: snprintf's rules, valid
 * UTF-8, and the detail as text and nothing else. The page is tokenised
 * here: its tags must be the template's (the page of the same code with an
 * empty detail), every '&' in its text must start one of the references the
 * page uses, no text may hold a '>', and the detail's paragraph, unescaped,
 * must be the detail with invalid UTF-8 replaced. */
#define _POSIX_C_SOURCE 200809L /* strdup */

#include "detail.h"

#include <httpstatus.h>

#include <stdio.h>

static const char *const references[][2] = {
	{"&amp;", "&"},   {"&lt;", "<"},  {"&gt;", ">"},
	{"&quot;", "\""}, {"&#39;", "'"}, {"&#13;", "\r"},
};

/* The n bytes of text at s, unescaped, appended at out + *o. */
static void unescape(const char *s, size_t n, char *out, size_t *o)
{
	for (size_t i = 0; i < n;) {
		FUZZ_CHECK(s[i] != '>' && s[i] != '<');
		size_t r = 0, count = sizeof references / sizeof references[0];
		if (s[i] == '&') {
			while (r < count &&
			       strncmp(s + i, references[r][0], strlen(references[r][0])) != 0)
				r++;
			FUZZ_CHECK(r < count); /* a raw '&' of the detail's */
			out[(*o)++] = references[r][1][0];
			i += strlen(references[r][0]);
		} else {
			out[(*o)++] = s[i++];
		}
	}
}

/* Every tag of the page, "<...>", one after another, in a new string; each
 * text between them unescaped, the text after the n-th tag <p> (from 1) in
 * *paragraph and after <title> in *title (new strings too, NULL if none). */
static char *read_page(const char *page, size_t len, int n, char **paragraph, char **title)
{
	char *tags = malloc(len + 1), *text = malloc(len + 1);
	size_t t = 0;
	int paragraphs = 0;
	FUZZ_CHECK(tags && text);
	*paragraph = *title = NULL;
	for (size_t i = 0; i < len;) {
		const char *end = memchr(page + i, '>', len - i);
		FUZZ_CHECK(page[i] == '<' && end != NULL);
		size_t tag_len = (size_t)(end - (page + i)) + 1;
		memcpy(tags + t, page + i, tag_len);
		t += tag_len;
		bool is_p = tag_len == 3 && memcmp(page + i, "<p>", 3) == 0;
		bool is_title = tag_len == 7 && memcmp(page + i, "<title>", 7) == 0;
		paragraphs += is_p;
		i += tag_len;
		const char *next = memchr(page + i, '<', len - i);
		size_t text_len = next ? (size_t)(next - (page + i)) : len - i, o = 0;
		unescape(page + i, text_len, text, &o);
		text[o] = '\0';
		if ((is_p && paragraphs == n) || is_title) {
			char **into = is_title ? title : paragraph;
			*into = strdup(text);
			FUZZ_CHECK(*into != NULL);
		}
		i += text_len;
	}
	tags[t] = '\0';
	free(text);
	return tags;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int code;
	char *detail;
	if (!fuzz_split(data, size, &code, &detail))
		return 0;
	size_t len, template_len;
	char *page = fuzz_write_checked(httpstatus_error_page, code, detail, &len);
	FUZZ_CHECK((len > 0) == fuzz_has_content(code));
	if (len > 0) {
		FUZZ_CHECK(fuzz_valid_utf8(page, len));
		char *template = fuzz_write_checked(httpstatus_error_page, code, detail ? "" : NULL,
						    &template_len);
		char *paragraph, *title, *unused, *template_title;
		char *tags = read_page(page, len, 2, &paragraph, &title);
		char *template_tags =
			read_page(template, template_len, 2, &unused, &template_title);
		FUZZ_CHECK(strcmp(tags, template_tags) == 0);
		FUZZ_CHECK(title && template_title && strcmp(title, template_title) == 0);
		char heading[300];
		const char *phrase = httpstatus_phrase(code);
		snprintf(heading, sizeof heading, phrase ? "%d %s" : "%d", code, phrase);
		FUZZ_CHECK(strcmp(title, heading) == 0);
		FUZZ_CHECK((paragraph != NULL) == (detail != NULL));
		if (detail) {
			size_t want_len;
			char *want = utf8_replaced(detail, strlen(detail), &want_len);
			FUZZ_CHECK(strcmp(paragraph, want) == 0);
			free(want);
		}
		free(tags);
		free(template_tags);
		free(paragraph);
		free(title);
		free(unused);
		free(template_title);
		free(template);
	}
	free(page);
	free(detail);
	return 0;
}
