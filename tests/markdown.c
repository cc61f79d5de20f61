#include "markdown.h"

#include "helpers.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *checked(void *p)
{
	if (!p) {
		fputs("markdown: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

struct md_block *md_blocks(const char *page, const char *text, size_t *count)
{
	struct md_block *blocks = NULL;
	size_t n = 0;
	unsigned line = 1;
	for (const char *s = text; *s; line++) {
		const char *end = strchr(s, '\n');
		end = end ? end + 1 : s + strlen(s);
		if (strncmp(s, "```", 3) == 0) {
			struct md_block b = {.line = line};
			size_t lang_len = strcspn(s + 3, " \n");
			snprintf(b.lang, sizeof b.lang, "%.*s", (int)lang_len, s + 3);
			const char *body = end, *close = body;
			while (*close && strncmp(close, "```", 3) != 0) {
				const char *nl = strchr(close, '\n');
				close = nl ? nl + 1 : close + strlen(close);
				line++;
			}
			if (!*close) {
				fprintf(stderr, "%s:%u: a fenced block that is never closed\n",
					page, b.line);
				exit(1);
			}
			b.text = checked(malloc((size_t)(close - body) + 1));
			memcpy(b.text, body, (size_t)(close - body));
			b.text[close - body] = '\0';
			blocks = checked(realloc(blocks, (n + 1) * sizeof *blocks));
			blocks[n++] = b;
			line++;
			end = strchr(close, '\n');
			end = end ? end + 1 : close + strlen(close);
		}
		s = end;
	}
	*count = n;
	return blocks;
}

void md_blocks_free(struct md_block *blocks, size_t count)
{
	for (size_t i = 0; i < count; i++)
		free(blocks[i].text);
	free(blocks);
}

char *md_block(const char *path, const char *lang, const char *holding)
{
	size_t count, found = 0;
	char *text = read_file(path, NULL), *block = NULL;
	struct md_block *blocks = md_blocks(path, text, &count);
	for (size_t i = 0; i < count; i++)
		if (strcmp(blocks[i].lang, lang) == 0 && strstr(blocks[i].text, holding)) {
			free(block);
			block = checked(strdup(blocks[i].text));
			found++;
		}
	if (found != 1) {
		fprintf(stderr, "%s: %zu ```%s blocks hold \"%s\", not one\n", path, found, lang,
			holding);
		exit(1);
	}
	md_blocks_free(blocks, count);
	free(text);
	return block;
}

char *md_c_block_output(const char *block)
{
	char *out = checked(malloc(strlen(block) + 1)), *o = out;
	for (const char *s = strstr(block, "/*"); s; s = strstr(s, "/*")) {
		const char *end = strstr(s, "*/");
		if (!end)
			break;
		for (const char *line = s + 2; line < end;) {
			const char *nl = memchr(line, '\n', (size_t)(end - line));
			const char *stop = nl ? nl : end;
			while (line < stop && (*line == ' ' || *line == '\t'))
				line++;
			const char *last = stop;
			while (last > line && (last[-1] == ' ' || last[-1] == '\t'))
				last--;
			memcpy(o, line, (size_t)(last - line));
			o += last - line;
			*o++ = '\n';
			line = nl ? nl + 1 : end;
		}
		s = end + 2;
	}
	*o = '\0';
	return out;
}

char *replace_all(const char *text, const char *from, const char *to)
{
	size_t from_len = strlen(from), to_len = strlen(to), n = 0;
	for (const char *s = strstr(text, from); s; s = strstr(s + from_len, from))
		n++;
	char *out = checked(malloc(strlen(text) + n * to_len + 1)), *o = out;
	for (const char *s = text;;) {
		const char *at = strstr(s, from);
		size_t keep = at ? (size_t)(at - s) : strlen(s);
		memcpy(o, s, keep);
		o += keep;
		if (!at)
			break;
		memcpy(o, to, to_len);
		o += to_len;
		s = at + from_len;
	}
	*o = '\0';
	return out;
}
