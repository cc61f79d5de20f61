/* Writes on standard output the error pages and problem bodies of
 * libhttpstatus, with hostile detail text, as test-response-parsers gives
 * them to tests/response-parsers.py: one record a case, as the script's
 * docstring says. On standard error, how many cases it wrote. A program of
 * its own, so that the library under test is the one built for the machine
 * under test (Windows included), while Python runs on the build machine.
 *
 * Argument: every-code (every hostile detail, and none, for every code
 * that has content) or megabyte (all of them over and over, a megabyte of
 * detail for two codes). */
#include <httpstatus.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(_WIN32)
#include <fcntl.h>
#include <io.h>
#endif

/* Every C0 control but NUL, then DEL. */
static char controls[33];

static const char *const hostile[] = {
	"</title><script>alert(1)</script>",
	"</p></body></html><p>",
	"\" onmouseover=\"alert(1)",
	"' onload='alert(1)",
	"&amp; & &lt &#60; &#x3c; &notanentity; &",
	"<!-- a comment --> -->",
	"<![CDATA[ x ]]> ]]>",
	"<?php echo 1 ?>",
	controls,
	"\r\n \r x\r",
	"&#13; &#0; &#x85;",
	"\xc2\x85 (U+0085) \xc2\x80 \xc2\x9f",
	"\xe2\x80\xa8 (U+2028) \xe2\x80\xa9 (U+2029)",
	"\xff\xfe invalid bytes",
	"a lone continuation \x80 byte",
	"overlong \xc0\xaf \xe0\x80\xaf \xf0\x80\x80\xaf",
	"surrogates \xed\xa0\x80 \xed\xbf\xbf",
	"past U+10FFFF \xf4\x90\x80\x80 \xf5\x80\x80\x80",
	"cut short before text \xe2\x82 here",
	"cut short at the end \xf0\x9f\x98",
	"Gr\xc3\xbc\xc3\x9f"
	"e, \xe6\x97\xa5\xe6\x9c\xac, \xf0\x9f\x98\x80",
	"\\ \\\" \\u2028 \\n",
	"",
};
enum { HOSTILE = sizeof hostile / sizeof hostile[0] };

static size_t cases;

static void fail(const char *what)
{
	fprintf(stderr, "response-cases: %s\n", what);
	exit(1);
}

/* What write puts out for the code and detail, checked against the length
 * it announces; the caller frees it. */
static char *written(size_t (*write)(char *, size_t, int, const char *), int code,
		     const char *detail, size_t *len)
{
	*len = write(NULL, 0, code, detail);
	char *out = malloc(*len + 1);
	if (!out)
		fail("out of memory");
	if (write(out, *len + 1, code, detail) != *len)
		fail("a writer wrote another length than it announced");
	return out;
}

static void add_case(int code, const char *detail)
{
	size_t page_len, body_len;
	char *page = written(httpstatus_error_page, code, detail, &page_len);
	char *body = written(httpstatus_problem_json, code, detail, &body_len);
	printf("CASE %d %lld %lu %lu\n", code, detail ? (long long)strlen(detail) : -1LL,
	       (unsigned long)page_len, (unsigned long)body_len);
	if (detail)
		fputs(detail, stdout);
	fwrite(page, 1, page_len, stdout);
	fwrite(body, 1, body_len, stdout);
	cases++;
	free(page);
	free(body);
}

static void every_code(void)
{
	for (int code = 100; code <= 599; code++) {
		if (httpstatus_error_page(NULL, 0, code, NULL) == 0)
			continue; /* no content */
		add_case(code, NULL);
		for (size_t i = 0; i < HOSTILE; i++)
			add_case(code, hostile[i]);
	}
}

static void megabyte(void)
{
	enum { MB = 1 << 20 };
	char *detail = malloc(MB + 64);
	size_t n = 0;
	if (!detail)
		fail("out of memory");
	for (size_t i = 0; n < MB; i = (i + 1) % HOSTILE) {
		size_t len = strlen(hostile[i]);
		memcpy(detail + n, hostile[i], len);
		n += len;
	}
	detail[n] = '\0';
	add_case(404, detail);
	add_case(471, detail);
	free(detail);
}

int main(int argc, char **argv)
{
	if (argc != 2 || (strcmp(argv[1], "every-code") != 0 && strcmp(argv[1], "megabyte") != 0)) {
		fputs("usage: response-cases every-code|megabyte\n", stderr);
		return 2;
	}
#if defined(_WIN32)
	_setmode(_fileno(stdout), _O_BINARY); /* the bytes as they are */
#endif
	for (int c = 1; c < 0x20; c++)
		controls[c - 1] = (char)c;
	controls[31] = 0x7f;
	if (strcmp(argv[1], "every-code") == 0)
		every_code();
	else
		megabyte();
	if (fflush(stdout) != 0 || ferror(stdout))
		fail("cannot write the cases");
	fprintf(stderr, "%lu cases\n", (unsigned long)cases);
	return 0;
}
