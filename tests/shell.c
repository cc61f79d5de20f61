/* The one helper that fails a cmocka test itself: the rest of the helper
 * library works in programs without cmocka too (the fuzz targets). */
#include "helpers.h"
#include "spawn.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

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
