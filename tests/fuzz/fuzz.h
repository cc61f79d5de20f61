/* Every fuzz target defines LLVMFuzzerTestOneInput; built with libFuzzer it is
 * fuzzed, built with replay.c it replays a corpus as a plain test. A target
 * reports a wrong answer by aborting, as a crash would. */
#ifndef HTTPSTATUS_FUZZ_H
#define HTTPSTATUS_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(condition)                                                                      \
	do {                                                                                       \
		if (!(condition)) {                                                                \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__,           \
				#condition);                                                       \
			abort();                                                                   \
		}                                                                                  \
	} while (0)

#endif
