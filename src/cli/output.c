#include "output.h"

#include <httpstatus.h>

#include "utf8.h"

#include <stdio.h>
#include <string.h>

enum { SHOWN_QUERY_BYTES = 64 };

/* A JSON string: valid UTF-8 as it is, control characters escaped, and each
 * byte that is not UTF-8 as U+FFFD. */
static void json_string(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	putchar('"');
	for (size_t i = 0; i < len;) {
		unsigned char c = s[i];
		if (c == '"' || c == '\\') {
			printf("\\%c", c);
			i++;
		} else if (c < 0x20) {
			printf("\\u%04x", c);
			i++;
		} else if (c < 0x80) {
			putchar(c);
			i++;
		} else {
			uint32_t cp;
			size_t n = utf8_decode(s + i, len - i, &cp);
			if (n)
				fwrite(s + i, 1, n, stdout);
			else
				fputs("\\ufffd", stdout);
			i += n ? n : 1;
		}
	}
	putchar('"');
}

static void json_key_string(const char *key, const char *value)
{
	printf(",\"%s\":", key);
	json_string(value, strlen(value));
}

/* The words of code's flags, each in quotes, between separators. */
static void print_flag_words(int code, const char *quote, const char *separator)
{
	const char *sep = "";
	unsigned flags = httpstatus_flags(code);
	for (unsigned bit = 1; bit != 0; bit <<= 1)
		if (flags & bit) {
			printf("%s%s%s%s", sep, quote, httpstatus_flag_name(bit), quote);
			sep = separator;
		}
}

static void print_json_code(int code)
{
	printf("{\"code\":%d", code);
	json_key_string("name", httpstatus_name(code));
	json_key_string("phrase", httpstatus_phrase(code));
	json_key_string("class", httpstatus_class_name(httpstatus_class(code)));
	fputs(",\"flags\":[", stdout);
	print_flag_words(code, "\"", ",");
	putchar(']');
	json_key_string("reference", httpstatus_reference(code));
	json_key_string("description", httpstatus_description(code));
	fputs(",\"aliases\":[", stdout);
	const char *alias;
	for (size_t i = 0; (alias = httpstatus_alias(code, i)) != NULL; i++) {
		if (i)
			putchar(',');
		json_string(alias, strlen(alias));
	}
	fputs("]}", stdout);
}

static void print_long_code(int code)
{
	printf("%d %s\n", code, httpstatus_phrase(code));
	printf("  Name:          %s\n", httpstatus_name(code));
	printf("  Class:         %dxx %s\n", code / 100,
	       httpstatus_class_name(httpstatus_class(code)));
	fputs("  Flags:         ", stdout);
	print_flag_words(code, "", ", ");
	printf("\n  Reference:     %s\n", httpstatus_reference(code));
	printf("  Description:   %s\n", httpstatus_description(code));
	const char *alias;
	for (size_t i = 0; (alias = httpstatus_alias(code, i)) != NULL; i++)
		printf(i ? ", %s" : "  Also known as: %s", alias);
	if (httpstatus_alias(code, 0))
		putchar('\n');
}

/* Separates this answer from the one before, in lists and long format. A JSON
 * list answered in place stays on one line. */
static void separate(struct printer *p)
{
	if (p->format == FORMAT_JSON && p->in_list) {
		if (p->printed)
			putchar(',');
		if (!p->in_place)
			putchar('\n');
	} else if (p->format == FORMAT_LONG && p->printed && !p->in_place)
		putchar('\n');
	p->printed++;
}

/* A JSON value ends its line, unless it is inside a list. */
static void end_json_value(const struct printer *p)
{
	if (!p->in_list)
		putchar('\n');
}

void printer_begin_list(struct printer *p)
{
	if (p->format == FORMAT_JSON)
		putchar('[');
	p->in_list = true;
	p->printed = 0;
}

void printer_end_list(struct printer *p)
{
	if (p->format == FORMAT_JSON)
		fputs(p->in_place ? "]\n" : "\n]\n",
		      stdout); /* never empty: a failure is an item */
	p->in_list = false;
}

void print_code(struct printer *p, int code)
{
	separate(p);
	if (p->format == FORMAT_JSON) {
		print_json_code(code);
		end_json_value(p);
	} else if (p->format == FORMAT_LONG) {
		print_long_code(code);
	} else {
		printf("%d %s\n", code, httpstatus_phrase(code));
	}
}

/* The query as a user can read it: printable ASCII as it is, other bytes as
 * \xHH, and no more than SHOWN_QUERY_BYTES of it. */
static void show_query(FILE *out, const char *query, size_t len)
{
	for (size_t i = 0; i < len && i < SHOWN_QUERY_BYTES; i++) {
		unsigned char c = (unsigned char)query[i];
		if (c >= 0x20 && c < 0x7f && c != '\\')
			fputc(c, out);
		else
			fprintf(out, "\\x%02x", c);
	}
	if (len > SHOWN_QUERY_BYTES)
		fputs("...", out);
}

void print_failure(struct printer *p, const char *query, size_t len, const char *why)
{
	if (p->format == FORMAT_JSON) {
		separate(p);
		fputs("{\"query\":", stdout);
		json_string(query, len);
		json_key_string("error", why);
		putchar('}');
		end_json_value(p);
	} else if (p->in_place) {
		fputs("? ", stdout);
		show_query(stdout, query, len);
		printf(": %s\n", why);
	}
	if (!p->in_place) {
		fflush(stdout);
		fputs("httpstatus: ", stderr);
		show_query(stderr, query, len);
		fprintf(stderr, ": %s\n", why);
	}
}
