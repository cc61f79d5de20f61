/* The tables of src/response.c: every registered code's whole status line,
 * "HTTP/1.1 404 Not Found\r\n", NUL-terminated, in a pool of its own, and a
 * dense index by code that holds each line's offset and length in one word.
 * Every symbol is hs_line_ or HS_LINE_, apart from codes-tables.h's. */
#include "emit.h"
#include "tables.h"

#include <stdio.h>
#include <string.h>

enum { CODE_BASE = 100 };

/* "HTTP/1.1 " + "404" + " " + phrase + "\r\n" */
static size_t line_len(const struct status_entry *e)
{
	return 15 + strlen(e->phrase);
}

static void emit_line(FILE *out, const struct status_entry *e)
{
	char line[512];
	int n = snprintf(line, sizeof line, "HTTP/1.1 %d %s\r\n", e->code, e->phrase);
	emit_string(out, line, (size_t)n + 1);
}

bool emit_response_tables(FILE *out, const struct data *d)
{
	size_t span = (size_t)(d->codes[d->code_count - 1].code - CODE_BASE) + 1;
	size_t pool_size = 1, min_len = (size_t)-1, max_len = 0; /* 1: offset 0 is no line */
	for (size_t i = 0; i < d->code_count; i++) {
		size_t len = line_len(&d->codes[i]);
		pool_size += len + 1;
		min_len = len < min_len ? len : min_len;
		max_len = len > max_len ? len : max_len;
	}

	emit_tables_head(out, "The status lines: every registered code's \"HTTP/1.1 404 Not "
			      "Found\\r\\n\", ready to send.");
	fprintf(out,
		"#define HS_LINE_CODE_BASE %d\n"
		"#define HS_LINE_CODE_SPAN %zu\n"
		"/* The shortest and the longest line, without the NUL. */\n"
		"#define HS_LINE_MIN_LEN %zu\n"
		"#define HS_LINE_MAX_LEN %zu\n"
		"#define HS_LINE_POOL_SIZE %zu\n\n"
		"/* Where a line is in the pool (0: no line) and its length. */\n"
		"struct hs_line {\n"
		"\tuint16_t at;\n"
		"\tuint16_t len;\n"
		"};\n\n",
		CODE_BASE, span, min_len, max_len, pool_size);

	fputs("#if defined(__GNUC__)\n"
	      "#pragma GCC diagnostic push\n"
	      "#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n"
	      "#endif\n"
	      "/* Each line with its NUL, at the offset in its comment. */\n"
	      "static const char hs_line_pool[] =\n"
	      "\t/*     0 */ \"\\0\" /* no line */\n",
	      out);
	size_t at = 1;
	for (size_t i = 0; i < d->code_count; i++) {
		fprintf(out, "\t/* %5zu */ ", at);
		emit_line(out, &d->codes[i]);
		fputc('\n', out);
		at += line_len(&d->codes[i]) + 1;
	}
	fputs("\t;\n"
	      "#if defined(__GNUC__)\n"
	      "#pragma GCC diagnostic pop\n"
	      "#endif\n\n",
	      out);

	fputs("/* By code - HS_LINE_CODE_BASE. */\n"
	      "static const struct hs_line hs_line_by_code[HS_LINE_CODE_SPAN] = {\n",
	      out);
	at = 1;
	for (size_t i = 0; i < d->code_count; i++) {
		const struct status_entry *e = &d->codes[i];
		size_t len = line_len(e);
		fprintf(out, "\t[%d - %d] = {%zu, %zu}, /* %d %s */\n", e->code, CODE_BASE, at, len,
			e->code, e->phrase);
		at += len + 1;
	}
	fputs("};\n\n", out);

	fputs("HS_ASSERT(sizeof hs_line_pool == HS_LINE_POOL_SIZE + 1, \"the pool is the size "
	      "its offsets assume\");\n"
	      "HS_ASSERT(HS_LINE_CODE_SPAN <= 500, \"codes are 100-599\");\n"
	      "HS_ASSERT(HS_LINE_POOL_SIZE <= UINT16_MAX, \"an offset fits in struct hs_line\");\n"
	      "HS_ASSERT(HS_LINE_MAX_LEN <= UINT16_MAX, \"a length fits in struct hs_line\");\n"
	      "HS_ASSERT(HS_LINE_MIN_LEN + 1 >= 16, \"copy_line copies at least 16 bytes, a "
	      "line and its NUL\");\n"
	      "HS_ASSERT(HS_LINE_MAX_LEN + 1 <= 64, \"copy_line copies at most 64 bytes, a "
	      "line and its NUL\");\n",
	      out);
	return true;
}
