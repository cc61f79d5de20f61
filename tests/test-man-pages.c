/* The manual pages render without a single groff warning, and say what the
 * code does: every function of httpstatus.h is in httpstatus(3), every
 * option of the CLI in httpstatus(1), every known code, unofficial use and
 * method in httpstatus-codes(7). */
#include "helpers.h"
#include "spawn.h"

#include <httpstatus.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static const char *groff, *page1, *page3, *page7, *header;

static void renders_without_warnings(const char *page)
{
	char *argv[] = {(char *)groff, "-man", "-ww", "-z", (char *)page, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	if (r.status != 0 || r.err_len != 0)
		fail_msg("groff -man -ww -z %s: exit %d\n%s", page, r.status, r.err);
	spawn_free(&r);
}

static void every_page_renders_without_warnings(void **state)
{
	(void)state;
	renders_without_warnings(page1);
	renders_without_warnings(page3);
	renders_without_warnings(page7);
}

static void section_3_documents_every_function_of_the_header(void **state)
{
	(void)state;
	char *h = read_file(header, NULL), *man = read_file(page3, NULL);
	size_t functions = 0;
	for (char *s = strstr(h, "HTTPSTATUS_API "); s; s = strstr(s + 1, "HTTPSTATUS_API ")) {
		char *open = strchr(s, '(');
		char *name = open;
		while (name > s && (name[-1] == '_' || (name[-1] >= 'a' && name[-1] <= 'z')))
			name--;
		if (strncmp(name, "httpstatus_", 11) != 0 || open > strchr(s, '\n'))
			continue; /* the macro's own definition */
		int n = (int)(open - name);
		char synopsis[96];
		snprintf(synopsis, sizeof synopsis, "%.*s(", n, name);
		if (!strstr(man, synopsis))
			fail_msg("httpstatus.3 has no synopsis line for %s", synopsis);
		snprintf(synopsis, sizeof synopsis, "%.*s ", n, name);
		if (!strstr(man, synopsis))
			fail_msg("httpstatus.3 does not describe %.*s", n, name);
		functions++;
	}
	assert_int_equal(functions, 42);
	free(h);
	free(man);
}

static void section_1_documents_every_option(void **state)
{
	(void)state;
	static const char *const options[] = {"\\-\\-long",   "\\-\\-json", "\\-\\-list",
					      "\\-\\-search", "\\-\\-help", "\\-\\-version",
					      ".B \\-\n"};
	char *man = read_file(page1, NULL);
	for (size_t i = 0; i < sizeof options / sizeof options[0]; i++)
		if (!strstr(man, options[i]))
			fail_msg("httpstatus.1 does not mention %s", options[i]);
	free(man);
}

static void section_7_lists_every_known_code(void **state)
{
	(void)state;
	char *man = read_file(page7, NULL);
	for (int c = httpstatus_next(0); c; c = httpstatus_next(c)) {
		char heading[128];
		snprintf(heading, sizeof heading, ".SS %d %s\n", c, httpstatus_phrase(c));
		if (!strstr(man, heading))
			fail_msg("httpstatus-codes.7 has no heading %s", heading);
	}
	free(man);
}

static void section_7_lists_every_unofficial_use(void **state)
{
	(void)state;
	char *man = read_file(page7, NULL);
	size_t uses = 0;
	struct httpstatus_unofficial u;
	for (int c = 100; c < 600; c++)
		for (size_t i = 0; httpstatus_unofficial(c, i, &u); i++) {
			char heading[256];
			snprintf(heading, sizeof heading, ".SS %d %s: %s\n", c, u.source,
				 u.phrase ? u.phrase : u.name);
			if (!strstr(man, heading))
				fail_msg("httpstatus-codes.7 has no heading %s", heading);
			uses++;
		}
	assert_true(uses > 0);
	assert_non_null(strstr(man, "\n.SH UNOFFICIAL USES\n"));
	free(man);
}

static void section_7_lists_every_method(void **state)
{
	(void)state;
	char *man = read_file(page7, NULL);
	for (enum httpstatus_method m = httpstatus_method_next(HTTP_METHOD_UNKNOWN); m;
	     m = httpstatus_method_next(m)) {
		char heading[128];
		snprintf(heading, sizeof heading, ".SS %s\n", httpstatus_method_name(m));
		if (!strstr(man, heading))
			fail_msg("httpstatus-codes.7 has no heading %s", heading);
	}
	free(man);
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 5, "GROFF PAGE.1 PAGE.3 PAGE.7 HEADER");
	groff = argv[1];
	skip_unless_found(groff, "groff");
	page1 = argv[2];
	page3 = argv[3];
	page7 = argv[4];
	header = argv[5];
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_page_renders_without_warnings),
		cmocka_unit_test(section_3_documents_every_function_of_the_header),
		cmocka_unit_test(section_1_documents_every_option),
		cmocka_unit_test(section_7_lists_every_known_code),
		cmocka_unit_test(section_7_lists_every_unofficial_use),
		cmocka_unit_test(section_7_lists_every_method),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
