/* Every code's HPACK :status field (httpstatus_hpack_status), read by
 * Python's hpack package through tests/hpack-decode.py: each must be
 * exactly ":status: NNN", and the decoder's dynamic table must stay empty.
 * Skipped (exit 77) where no python3 has the hpack package.
 *
 * Arguments: PYTHON3 (one with hpack, empty if none was found) and
 * hpack-decode.py. */
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

static const char *python, *script;

static void python_hpack_reads_every_code_and_its_dynamic_table_stays_empty(void **state)
{
	(void)state;
	/* "599 0803353939\n": at most 4 + 2 * 5 + 1 bytes a line. */
	static char input[500 * 16];
	size_t len = 0, blocks = 0;
	for (int code = 100; code <= 599; code++) {
		size_t n;
		const unsigned char *bytes = httpstatus_hpack_status(code, &n);
		if (!bytes)
			continue;
		len += (size_t)snprintf(input + len, sizeof input - len, "%d ", code);
		for (size_t i = 0; i < n; i++)
			len += (size_t)snprintf(input + len, sizeof input - len, "%02x", bytes[i]);
		input[len++] = '\n';
		blocks++;
	}
	assert_int_equal(blocks, 499);
	char *argv[] = {(char *)python, (char *)script, NULL};
	struct spawn_result r = spawn(argv, input, len);
	if (r.status != 0)
		fail_msg("%s found problems (exit %d):\n%s%s", script, r.status, r.out, r.err);
	assert_string_equal(r.out, "499 blocks, 0 problems\n");
	spawn_free(&r);
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 2, "PYTHON3 HPACK-DECODE.PY");
	python = argv[1];
	script = argv[2];
	skip_unless_found(python, "a python3 with the hpack package (Debian: python3-hpack)");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(python_hpack_reads_every_code_and_its_dynamic_table_stays_empty),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
