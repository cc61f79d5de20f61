/* What every public function of libhttpstatus answers for a fixed, broad set
 * of inputs, one answer a line on standard output:
 *   phrase 404 = "Not Found"
 *   from_name_n "NOT\x00FOUND" 9 = 0
 * the function's name less httpstatus_, its arguments, and its answer, with
 * every string between quotes and every byte outside printable ASCII
 * escaped. Built for the machine under test and for the build machine, the
 * two must print the same bytes (tests/golden/meson.build).
 *
 * Standard C alone, so that it runs on a Cortex-M3 without an operating
 * system as well; the inputs come from the library's own iteration
 * functions, not from the data files, so it reads no file. A new function
 * is one more block in the part of its kind: ask() with its arguments, then
 * the answer. */
#include <httpstatus.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(_WIN32)
#include <fcntl.h>
#include <io.h>
#endif

/* ---- Writing answers ------------------------------------------------------ */

/* The len bytes at s between quotes: printable ASCII as it is but for " and
 * \, the rest escaped; NULL if s is. */
static void put_bytes(const void *s, size_t len)
{
	const unsigned char *p = s;
	if (!p) {
		fputs("NULL", stdout);
		return;
	}
	putchar('"');
	for (size_t i = 0; i < len; i++) {
		switch (p[i]) {
		case '"':
			fputs("\\\"", stdout);
			break;
		case '\\':
			fputs("\\\\", stdout);
			break;
		case '\n':
			fputs("\\n", stdout);
			break;
		case '\r':
			fputs("\\r", stdout);
			break;
		case '\t':
			fputs("\\t", stdout);
			break;
		default:
			if (p[i] >= 0x20 && p[i] < 0x7f)
				putchar(p[i]);
			else
				printf("\\x%02x", (unsigned)p[i]);
		}
	}
	putchar('"');
}

/* Begins a line: the question, as printf formats it, then " = ". */
#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
static void
ask(const char *format, ...)
{
	va_list args;
	va_start(args, format);
	vprintf(format, args);
	va_end(args);
	fputs(" = ", stdout);
}

/* Begins a line whose question has a string argument: "function "s"", and
 * " len" when with_len. */
static void ask_about(const char *function, const char *s, size_t len, bool with_len)
{
	fputs(function, stdout);
	putchar(' ');
	put_bytes(s, len);
	if (with_len)
		printf(" %lu", (unsigned long)len);
	fputs(" = ", stdout);
}

/* Ends a line with the answer: the len bytes at p (a byte string that may
 * hold NULs), or NULL. */
static void bytes(const void *p, size_t len)
{
	put_bytes(p, len);
	putchar('\n');
}

/* The others: a C string, or NULL; a number, a length, a truth value. */
static void string(const char *s)
{
	bytes(s, s ? strlen(s) : 0);
}

static void number(long n)
{
	printf("%ld\n", n);
}

static void length(size_t n)
{
	printf("%lu\n", (unsigned long)n);
}

static void truth(bool b)
{
	puts(b ? "true" : "false");
}

/* A writer's answer: the length it returned, and what it wrote into a
 * buffer of size bytes, with the byte past the end (a '#' it must leave). */
static void written(size_t returned, const char *buf, size_t size)
{
	printf("%lu ", (unsigned long)returned);
	put_bytes(buf, size + 1);
	putchar('\n');
}

/* ---- The inputs ----------------------------------------------------------- */

/* Every int from FIRST_CODE to LAST_CODE goes to every function by code. */
enum { FIRST_CODE = -2, LAST_CODE = 1000 };

/* Arguments of an enum type: only the values 0-255, the ones every ABI's
 * enum holds alike. The caller converts an int to the enum, and what comes
 * of one outside is the ABI's: arm-none-eabi-gcc gives an enum the smallest
 * type that holds its enumerators (a byte for these, so 257 arrives as 1,
 * HTTP_METHOD_GET, and -2 as 254, no method), where gcc for the other
 * machines gives unsigned int (-2 arrives as 4294967294, which
 * httpstatus_method_next takes for a negative value) and MSVC int. */
enum { LAST_ENUM_VALUE = 255 };

/* The codes whose error page and problem body are written: outside
 * 100-599, no content, registered, unregistered, unofficial uses. */
static const int page_codes[] = {
	-1,  0,   99,  100, 101, 103, 199, 200, 201, 204, 205, 206, 226, 299, 304,
	305, 400, 404, 413, 418, 420, 421, 451, 471, 499, 500, 511, 522, 599, 600,
};

/* Details for them: none, nothing, text, and text no page may pass on as it
 * is. */
static const char *const details[] = {
	NULL,
	"",
	"The resource was moved to /archive.",
	"\"quoted\" and 'apostrophes'",
	"<script>alert(1)</script> & &amp; &#60; </p></body>",
	"back\\slash \\u2028 \\\" /solidus",
	"\x01\x02\x08\t\n\v\f\r\x1b\x1f\x7f controls",
	"\xe2\x80\xa8 U+2028 \xe2\x80\xa9 U+2029 \xc2\x85 U+0085",
	"\xff\xfe invalid, \x80 lone continuation",
	"overlong \xc0\xaf \xe0\x80\xaf, surrogate \xed\xa0\x80, past U+10FFFF \xf4\x90\x80\x80",
	"cut short \xe2\x82",
	"Gr\xc3\xbc\xc3\x9f"
	"e \xe2\x82\xac \xf0\x9f\x98\x80",
	NULL, /* a long one, made by main */
};
enum { DETAILS = sizeof details / sizeof details[0] };

/* Buffer sizes every writer is given; the error page and the problem body
 * also get the length of their whole output, and one more for the NUL. */
static const size_t small_sizes[] = {0, 1, 2, 8, 16, 64};

/* Strings asked of every lookup by name, beside the library's own keys. */
static const char *const other_keys[] = {
	"",
	" ",
	"*",
	"404",
	"HTTP/1.1 404 Not Found",
	"NOT FOUND",
	"not-found",
	"Not_Found",
	"HTTP_STATUS_NOT_FOUND",
	"\xc4\xb0M_A_TEAPOT", /* U+0130, the Turkish dotted capital I */
	"\xff",
	"get ",
	"GET\r\n",
};

/* The methods has_content is asked with: every one, and ids of none (0, the
 * one past the last, the largest enum value); main fills it in. */
static int requests[LAST_ENUM_VALUE + 1];
static size_t request_count;

/* ---- By code -------------------------------------------------------------- */

static char buf[8192];

static void by_code(int code)
{
	ask("phrase %d", code);
	string(httpstatus_phrase(code));
	ask("phrase_len %d", code);
	length(httpstatus_phrase_len(code));
	ask("description %d", code);
	string(httpstatus_description(code));
	ask("name %d", code);
	string(httpstatus_name(code));
	ask("reference %d", code);
	string(httpstatus_reference(code));
	ask("flags %d", code);
	number((long)httpstatus_flags(code));
	ask("is_known %d", code);
	truth(httpstatus_is_known(code));
	for (size_t i = 0; i < 4; i++) {
		ask("alias %d %lu", code, (unsigned long)i);
		string(httpstatus_alias(code, i));
	}
	ask("reason %d", code);
	string(httpstatus_reason(code));
	ask("class %d", code);
	number((long)httpstatus_class(code));
	ask("is_informational %d", code);
	truth(httpstatus_is_informational(code));
	ask("is_successful %d", code);
	truth(httpstatus_is_successful(code));
	ask("is_redirection %d", code);
	truth(httpstatus_is_redirection(code));
	ask("is_client_error %d", code);
	truth(httpstatus_is_client_error(code));
	ask("is_server_error %d", code);
	truth(httpstatus_is_server_error(code));
	ask("next %d", code);
	number(httpstatus_next(code));

	/* A function that also answers through a pointer: each answer a line. */
	size_t len = 12345;
	const char *line = httpstatus_status_line_static(code, &len);
	ask("status_line_static %d", code);
	string(line);
	ask("status_line_static %d len", code);
	length(len);
	ask("status_line_static %d NULL", code);
	string(httpstatus_status_line_static(code, NULL));

	static const struct {
		const char *name;
		const unsigned char *(*field)(int code, size_t *len);
	} fields[] = {{"hpack_status", httpstatus_hpack_status},
		      {"qpack_status", httpstatus_qpack_status}};
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		len = 12345;
		const unsigned char *field = fields[i].field(code, &len);
		ask("%s %d", fields[i].name, code);
		bytes(field, field ? len : 0);
		ask("%s %d len", fields[i].name, code);
		length(len);
		ask("%s %d NULL", fields[i].name, code);
		truth(fields[i].field(code, NULL) == field);
	}

	ask("status_line NULL 0 %d", code);
	length(httpstatus_status_line(NULL, 0, code));
	for (size_t i = 0; i < sizeof small_sizes / sizeof small_sizes[0]; i++) {
		size_t size = small_sizes[i];
		memset(buf, '#', size + 1);
		ask("status_line %lu %d", (unsigned long)size, code);
		written(httpstatus_status_line(buf, size, code), buf, size);
	}

	for (size_t i = 0; i < request_count; i++) {
		ask("has_content %d %d", requests[i], code);
		truth(httpstatus_has_content((enum httpstatus_method)requests[i], code));
	}

	/* Unofficial uses, every field, and the one past the last. */
	struct httpstatus_unofficial u;
	size_t i = 0;
	for (; httpstatus_unofficial(code, i, &u); i++) {
		ask("unofficial %d %lu code", code, (unsigned long)i);
		number(u.code);
		ask("unofficial %d %lu source", code, (unsigned long)i);
		string(u.source);
		ask("unofficial %d %lu name", code, (unsigned long)i);
		string(u.name);
		ask("unofficial %d %lu phrase", code, (unsigned long)i);
		string(u.phrase);
		ask("unofficial %d %lu wire", code, (unsigned long)i);
		string(u.wire);
		ask("unofficial %d %lu reference", code, (unsigned long)i);
		string(u.reference);
		ask("unofficial %d %lu description", code, (unsigned long)i);
		string(u.description);
	}
	ask("unofficial %d %lu", code, (unsigned long)i);
	truth(httpstatus_unofficial(code, i, &u));
	ask("unofficial %d 0 NULL", code);
	truth(httpstatus_unofficial(code, 0, NULL));
}

/* ---- Flags, classes, methods ---------------------------------------------- */

static void flags_and_classes(void)
{
	for (unsigned bit = 0; bit < 32; bit++) {
		ask("flag_name 0x%lx", 1ul << bit);
		string(httpstatus_flag_name(1u << bit));
	}
	static const unsigned long not_one_flag[] = {0, 0x3, 0x30, 0x80000001, 0xffffffff};
	for (size_t i = 0; i < sizeof not_one_flag / sizeof not_one_flag[0]; i++) {
		ask("flag_name 0x%lx", not_one_flag[i]);
		string(httpstatus_flag_name((unsigned)not_one_flag[i]));
	}
	for (int c = 0; c <= 7; c++) {
		ask("class_name %d", c);
		string(httpstatus_class_name((enum httpstatus_class)c));
	}
	ask("class_name %d", LAST_ENUM_VALUE);
	string(httpstatus_class_name((enum httpstatus_class)LAST_ENUM_VALUE));
}

static void by_method(int id)
{
	enum httpstatus_method m = (enum httpstatus_method)id;
	ask("method_name %d", id);
	string(httpstatus_method_name(m));
	ask("method_description %d", id);
	string(httpstatus_method_description(m));
	ask("method_reference %d", id);
	string(httpstatus_method_reference(m));
	ask("method_is_safe %d", id);
	truth(httpstatus_method_is_safe(m));
	ask("method_is_idempotent %d", id);
	truth(httpstatus_method_is_idempotent(m));
	ask("method_is_cacheable %d", id);
	truth(httpstatus_method_is_cacheable(m));
	ask("method_next %d", id);
	number((long)httpstatus_method_next(m));
}

/* ---- By name, phrase and token ---------------------------------------------- */

/* Every lookup by a string, with a C string and with a length; each answers
 * an int here. */
static int method_from_name(const char *token)
{
	return (int)httpstatus_method_from_name(token);
}

static int method_from_name_n(const char *token, size_t len)
{
	return (int)httpstatus_method_from_name_n(token, len);
}

struct lookup {
	const char *name;
	int (*c_string)(const char *);
	int (*with_len)(const char *, size_t);
};

/* Asks every lookup for the len bytes at s, and for s as a C string too
 * when c_string (s is NULL, or s[len] the first NUL). */
static void look_up(const char *s, size_t len, bool c_string)
{
	static const struct lookup lookups[] = {
		{"from_name", httpstatus_from_name, httpstatus_from_name_n},
		{"from_phrase", httpstatus_from_phrase, httpstatus_from_phrase_n},
		{"unofficial_from_phrase", httpstatus_unofficial_from_phrase,
		 httpstatus_unofficial_from_phrase_n},
		{"method_from_name", method_from_name, method_from_name_n},
	};
	char name_n[64];
	for (size_t i = 0; i < sizeof lookups / sizeof lookups[0]; i++) {
		if (c_string) {
			ask_about(lookups[i].name, s, len, false);
			number(lookups[i].c_string(s));
		}
		snprintf(name_n, sizeof name_n, "%s_n", lookups[i].name);
		ask_about(name_n, s, len, true);
		number(lookups[i].with_len(s, len));
	}
}

static char ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static char ascii_upper(char c)
{
	return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

/* The key as it is, in other cases, and its near misses. */
static void look_up_key(const char *key)
{
	char v[256];
	size_t len = strlen(key);
	if (len + 2 > sizeof v) {
		fprintf(stderr, "golden-answers: a key of %lu bytes is longer than it expects\n",
			(unsigned long)len);
		exit(1);
	}
	look_up(key, len, true);

	/* lower case, upper case, and mixed (every other letter upper) */
	for (int kind = 0; kind < 3; kind++) {
		for (size_t i = 0; i <= len; i++)
			v[i] = kind == 0 || (kind == 2 && i % 2) ? ascii_lower(key[i])
								 : ascii_upper(key[i]);
		look_up(v, len, true);
	}
	if (len == 0)
		return;
	/* one byte off (its lowest bit flipped): the first, the middle, the last */
	size_t at[] = {0, len / 2, len - 1};
	for (size_t i = 0; i < 3; i++) {
		memcpy(v, key, len + 1);
		v[at[i]] = (char)(v[at[i]] ^ 1);
		look_up(v, len, true);
	}
	/* the last byte cut off, a byte more, a space more */
	memcpy(v, key, len + 1);
	v[len - 1] = '\0';
	look_up(v, len - 1, true);
	memcpy(v, key, len);
	memcpy(v + len, "S", 2);
	look_up(v, len + 1, true);
	memcpy(v + len, " ", 2);
	look_up(v, len + 1, true);
	/* a NUL in the middle, a NUL at the end: only with a length */
	memcpy(v, key, len / 2);
	v[len / 2] = '\0';
	memcpy(v + len / 2 + 1, key + len / 2, len - len / 2 + 1);
	look_up(v, len + 1, false);
	memcpy(v, key, len + 1);
	look_up(v, len + 1, false);
}

static void lookups_of_nothing(void)
{
	/* NULL, with no length and with one */
	look_up(NULL, 0, true);
	look_up(NULL, 9, false);
	/* lengths that stop short of what follows a key */
	look_up("NOT_FOUNDXYZ", 9, false);
	look_up("Not FoundXYZ", 9, false);
	look_up("GETS", 3, false);
}

/* ---- What a server sends ---------------------------------------------------- */

/* One writer for one code and detail: the length asked for, the whole
 * output, then smaller buffers. */
static void write_page(const char *function, size_t (*write)(char *, size_t, int, const char *),
		       int code, size_t detail, const char *text)
{
	ask("%s NULL 0 %d detail%lu", function, code, (unsigned long)detail);
	size_t len = write(NULL, 0, code, text);
	length(len);
	if (len + 2 > sizeof buf) {
		fprintf(stderr, "golden-answers: %s of %lu bytes is longer than it expects\n",
			function, (unsigned long)len);
		exit(1);
	}
	size_t sizes[sizeof small_sizes / sizeof small_sizes[0] + 2];
	memcpy(sizes, small_sizes, sizeof small_sizes);
	sizes[sizeof small_sizes / sizeof small_sizes[0]] = len;
	sizes[sizeof small_sizes / sizeof small_sizes[0] + 1] = len + 1;
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		memset(buf, '#', sizes[i] + 1);
		ask("%s %lu %d detail%lu", function, (unsigned long)sizes[i], code,
		    (unsigned long)detail);
		written(write(buf, sizes[i], code, text), buf, sizes[i]);
	}
}

static void pages(const char *const text[DETAILS])
{
	for (size_t d = 0; d < DETAILS; d++) {
		printf("detail%lu = ", (unsigned long)d);
		string(text[d]);
	}
	for (size_t c = 0; c < sizeof page_codes / sizeof page_codes[0]; c++) {
		for (size_t d = 0; d < DETAILS; d++) {
			write_page("error_page", httpstatus_error_page, page_codes[c], d, text[d]);
			write_page("problem_json", httpstatus_problem_json, page_codes[c], d,
				   text[d]);
		}
	}
}

/* ---- All of it ---------------------------------------------------------------- */

int main(void)
{
#if defined(_WIN32)
	/* "\n" as it is, not "\r\n". */
	_setmode(_fileno(stdout), _O_BINARY);
#endif
	ask("version");
	string(httpstatus_version());
	ask("count");
	length(httpstatus_count());
	ask("method_count");
	length(httpstatus_method_count());

	requests[request_count++] = 0;
	int last = 0;
	for (int m = (int)httpstatus_method_next(HTTP_METHOD_UNKNOWN); m;
	     m = (int)httpstatus_method_next((enum httpstatus_method)m))
		requests[request_count++] = last = m;
	requests[request_count++] = last + 1;
	requests[request_count++] = LAST_ENUM_VALUE;

	for (int code = FIRST_CODE; code <= LAST_CODE; code++)
		by_code(code);
	flags_and_classes();
	for (int id = 0; id <= LAST_ENUM_VALUE; id++)
		by_method(id);

	for (int code = httpstatus_next(0); code; code = httpstatus_next(code)) {
		look_up_key(httpstatus_name(code));
		look_up_key(httpstatus_phrase(code));
		const char *alias;
		for (size_t i = 0; (alias = httpstatus_alias(code, i)) != NULL; i++)
			look_up_key(alias);
	}
	for (int m = (int)httpstatus_method_next(HTTP_METHOD_UNKNOWN); m;
	     m = (int)httpstatus_method_next((enum httpstatus_method)m))
		look_up_key(httpstatus_method_name((enum httpstatus_method)m));
	for (int code = FIRST_CODE; code <= LAST_CODE; code++) {
		struct httpstatus_unofficial u;
		for (size_t i = 0; httpstatus_unofficial(code, i, &u); i++) {
			look_up_key(u.name);
			if (u.phrase)
				look_up_key(u.phrase);
		}
	}
	for (size_t i = 0; i < sizeof other_keys / sizeof other_keys[0]; i++)
		look_up_key(other_keys[i]);
	lookups_of_nothing();

	/* The long detail: every character a page escapes, over and over. */
	static char long_detail[1000];
	for (size_t i = 0; i + 1 < sizeof long_detail; i++)
		long_detail[i] = "<&>\"'\\ a"[i % 8];
	const char *text[DETAILS];
	memcpy(text, details, sizeof details);
	text[DETAILS - 1] = long_detail;
	pages(text);

	if (fflush(stdout) != 0 || ferror(stdout)) {
		fputs("golden-answers: cannot write the answers\n", stderr);
		return 1;
	}
	return 0;
}
