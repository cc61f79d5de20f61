/* The public header as a user meets it: older constant names compile as
 * they always did, and with HTTPSTATUS_WARN_OLD_NAMES defined they warn,
 * naming the current one; every function says since which version it
 * exists. The compiler is the build's own (HS_CC), run on small files. */
#include "helpers.h"
#include "spawn.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

static const char *header;
/* Compiles a file holding source with every warning on, and the options. */
static struct spawn_result compile(const char *source, const char *options)
{
	char *file = path_join(scratch, "user.c");
	FILE *f = fopen(file, "w");
	assert_non_null(f);
	fprintf(f, "#include <httpstatus.h>\n\n%s\n", source);
	assert_int_equal(fclose(f), 0);
	char *script = format("%s -std=c99 -Wall -Wextra -Wpedantic %s -fsyntax-only -I'%s' "
			      "-I'%s' '%s'",
			      getenv("HS_CC"), options, getenv("HS_INCLUDE"),
			      getenv("HS_BUILD_INCLUDE"), file);
	char *argv[] = {"/bin/sh", "-c", script, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	unlink(file);
	free(file);
	free(script);
	return r;
}

static const char older[] =
	"int main(void) { return HTTP_STATUS_REQUEST_ENTITY_TOO_LARGE != 413; }";
static const char current[] = "int main(void) { return HTTP_STATUS_CONTENT_TOO_LARGE != 413; }";

static void older_names_compile_cleanly_by_default(void **state)
{
	(void)state;
	struct spawn_result r = compile(older, "-Werror");
	if (r.status != 0 || r.err_len != 0)
		fail_msg("exit %d:\n%s", r.status, r.err);
	spawn_free(&r);
}

static void older_names_warn_with_httpstatus_warn_old_names(void **state)
{
	(void)state;
	struct spawn_result r = compile(older, "-DHTTPSTATUS_WARN_OLD_NAMES");
	assert_int_equal(r.status, 0);
	if (!strstr(r.err, "deprecated") || !strstr(r.err, "HTTP_STATUS_CONTENT_TOO_LARGE"))
		fail_msg("no deprecation warning naming the current name:\n%s", r.err);
	spawn_free(&r);
	r = compile(older, "-DHTTPSTATUS_WARN_OLD_NAMES -Werror");
	assert_int_not_equal(r.status, 0);
	spawn_free(&r);
}

static void current_names_never_warn(void **state)
{
	(void)state;
	struct spawn_result r = compile(current, "-DHTTPSTATUS_WARN_OLD_NAMES -Werror");
	if (r.status != 0 || r.err_len != 0)
		fail_msg("exit %d:\n%s", r.status, r.err);
	spawn_free(&r);
}

/* The comment just before each run of declarations says "Since X.Y.Z.". */
static void every_function_says_since_which_version(void **state)
{
	(void)state;
	char *text = read_file(header, NULL);
	size_t functions = 0;
	for (char *at = strstr(text, "\nHTTPSTATUS_API "); at;
	     at = strstr(at + 1, "\nHTTPSTATUS_API ")) {
		char *comment_end = at;
		/* Back over the declarations of the same run. */
		while (comment_end > text && strncmp(comment_end - 2, "*/", 2) != 0) {
			char *line = comment_end;
			while (line > text && line[-1] != '\n')
				line--;
			if (strncmp(line, "HTTPSTATUS_API ", 15) != 0 && line != comment_end)
				break;
			comment_end = line > text ? line - 1 : text;
		}
		char *comment_start = comment_end;
		while (comment_start > text && strncmp(comment_start, "/*", 2) != 0)
			comment_start--;
		char *end = strchr(at + 1, '\n');
		if (strncmp(comment_end - 2, "*/", 2) != 0)
			fail_msg("no comment before%.*s", (int)(end - at), at);
		char saved = *comment_end;
		*comment_end = '\0';
		bool since = strstr(comment_start, "Since 0.") || strstr(comment_start, "Since 1.");
		*comment_end = saved;
		if (!since)
			fail_msg("the comment before%.*s does not say since which version",
				 (int)(end - at), at);
		functions++;
	}
	assert_true(functions >= 25);
	free(text);
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 1, "HTTPSTATUS.H");
	header = argv[1];
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(older_names_compile_cleanly_by_default),
		cmocka_unit_test(older_names_warn_with_httpstatus_warn_old_names),
		cmocka_unit_test(current_names_never_warn),
		cmocka_unit_test(every_function_says_since_which_version),
	};
	return cmocka_run_group_tests(tests, scratch_setup, scratch_teardown);
}
