/* The tables of src/response.c: every known code's whole status line,
 * "HTTP/1.1 404 Not Found\r\n", NUL-terminated, in a pool of its own, with
 * each line's offset and length by code in one number; and the codes of
 * 200-599 whose responses have no content, from the data file's no-content
 * flag. Every symbol is hs_line_, HS_LINE_ or HS_NO_CONTENT, apart from
 * codes-tables.h's. */
#include "emit.h"
#include "tables.h"

#include <stdio.h>
#include <string.h>

enum { CODE_BASE = 100, CODE_LIMIT = 600 };

/* "HTTP/1.1 " + "404" + " " + phrase + "\r\n" */
static size_t line_len(const struct status_entry *e)
{
	return 15 + strlen(e->phrase);
}

/* HS_NO_CONTENT(code): whether code, of 200-599, is flagged no-content; the
 * library says so of every 1xx by the class's rule, which the reader made
 * sure the data file follows. */
static void emit_no_content(FILE *out, const struct data *d)
{
	fputs("/* Whether a code of 200-599 is one whose responses have no content. */\n"
	      "#define HS_NO_CONTENT(code) (0",
	      out);
	for (size_t i = 0; i < d->code_count; i++)
		if (d->codes[i].code >= 200 && d->codes[i].flags & 1u << STATUS_FLAG_NO_CONTENT)
			fprintf(out, " || (code) == %d", d->codes[i].code);
	fputs(")\n\n", out);
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

	emit_tables_head(out, "What a server sends: every known code's status line, \"HTTP/1.1 "
			      "404 Not Found\\r\\n\", ready to send, and the codes whose "
			      "responses have no content.");
	emit_no_content(out, d);
	fprintf(out,
		"#define HS_LINE_CODE_BASE %d\n"
		"#define HS_LINE_CODE_SPAN %zu\n"
		"/* The shortest and the longest line, without the NUL. */\n"
		"#define HS_LINE_MIN_LEN %zu\n"
		"#define HS_LINE_MAX_LEN %zu\n"
		"#define HS_LINE_POOL_SIZE %zu\n\n",
		CODE_BASE, span, min_len, max_len, pool_size);

	fputs("#if defined(__GNUC__)\n"
	      "#pragma GCC diagnostic push\n"
	      "#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n"
	      "#endif\n"
	      "/* Each line with its NUL, at the offset in its comment. */\n"
	      "static const char hs_line_pool[HS_LINE_POOL_SIZE] =\n"
	      "\t/*     0 */ \"\\0\" /* no line */\n",
	      out);
	size_t at = 1;
	for (size_t i = 0; i < d->code_count; i++) {
		char line[512];
		const struct status_entry *e = &d->codes[i];
		int n = snprintf(line, sizeof line, "HTTP/1.1 %d %s\r\n", e->code, e->phrase);
		fprintf(out, "\t/* %5zu */ ", at);
		emit_string(out, line, (size_t)n + 1);
		fputc('\n', out);
		at += line_len(e) + 1;
	}
	fputs("\t;\n"
	      "#if defined(__GNUC__)\n"
	      "#pragma GCC diagnostic pop\n"
	      "#endif\n\n",
	      out);

	/* The small tables: a line's number by code, and where each line
	 * begins, and so where it ends; the others: where it is and its
	 * length by code, with no more to read. */
	size_t index[CODE_LIMIT - CODE_BASE] = {0}, starts[CODE_LIMIT - CODE_BASE + 1] = {0};
	at = 1;
	for (size_t i = 0; i < d->code_count; i++) {
		index[d->codes[i].code - CODE_BASE] = i + 1;
		starts[i] = at;
		at += line_len(&d->codes[i]) + 1;
	}
	starts[d->code_count] = at;
	fputs("#if HTTPSTATUS_SMALL_TABLES\n"
	      "/* By code - HS_LINE_CODE_BASE: its line's number + 1, 0 for no line. */\n",
	      out);
	emit_code_rows(out, "hs_line_index", index, span, CODE_BASE);
	fputs("/* By line: where it begins in hs_line_pool; the next one's, past its NUL,\n"
	      " * where it ends. */\n",
	      out);
	emit_code_rows(out, "hs_line_at", starts, d->code_count + 1, 0);
	fputs("#else\n"
	      "/* By code - HS_LINE_CODE_BASE: {its line's offset, its length}; {0, 0} for\n"
	      " * no line. */\n"
	      "static const struct hs_line hs_line_by_code[HS_LINE_CODE_SPAN] = {\n",
	      out);
	for (size_t i = 0; i < d->code_count; i++) {
		const struct status_entry *e = &d->codes[i];
		fprintf(out, "\t[%d - %d] = {%zu, %zu}, /* %d %s */\n", e->code, CODE_BASE,
			starts[i], line_len(e), e->code, e->phrase);
	}
	fputs("};\n"
	      "#endif\n"
	      "HS_ASSERT(HS_LINE_MIN_LEN + 1 >= 16, \"copy_line copies at least 16 bytes, a line "
	      "and its NUL\");\n"
	      "HS_ASSERT(HS_LINE_MAX_LEN + 1 <= 64, \"copy_line copies at most 64 bytes, a line "
	      "and its NUL\");\n",
	      out);
	return true;
}
