#include "consumer.h"
#include "spawn.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

char *scratch_dir_new(void)
{
	const char *tmp = getenv("TMPDIR");
	if (!tmp || !*tmp)
		tmp = "/tmp";
	size_t size = strlen(tmp) + sizeof "/httpstatus-XXXXXX";
	char *dir = malloc(size);
	assert_non_null(dir);
	snprintf(dir, size, "%s/httpstatus-XXXXXX", tmp);
	if (!mkdtemp(dir))
		fail_msg("cannot make a directory like %s", dir);
	return dir;
}

void scratch_dir_remove(const char *dir)
{
	char *argv[] = {"/bin/rm", "-rf", (char *)dir, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	if (r.status != 0)
		print_error("cannot remove %s: %s", dir, r.err);
	spawn_free(&r);
}

char *shell(const char *script)
{
	char *argv[] = {"/bin/sh", "-ec", (char *)script, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	if (r.status != 0) {
		/* Not print_error, which cuts long messages short. */
		fprintf(stderr, "$ %s\n--- stdout:\n%s--- stderr:\n%s", script, r.out, r.err);
		int status = r.status;
		spawn_free(&r);
		fail_msg("the commands above exited with status %d", status);
	}
	free(r.err);
	return r.out;
}

char *format(const char *fmt, ...)
{
	char *s = NULL;
	size_t len;
	FILE *f = open_memstream(&s, &len);
	assert_non_null(f);
	va_list ap;
	va_start(ap, fmt);
	int n = vfprintf(f, fmt, ap);
	va_end(ap);
	assert_true(n >= 0);
	assert_int_equal(fclose(f), 0);
	return s;
}

char *trim_end(char *s)
{
	size_t n = strlen(s);
	while (n > 0 && strchr(" \t\r\n", s[n - 1]))
		s[--n] = '\0';
	return s;
}
