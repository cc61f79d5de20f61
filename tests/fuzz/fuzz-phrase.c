/* httpstatus_from_phrase_n on any bytes answers what a linear scan answers. */
#include "fuzz.h"
#include "helpers.h"

#include <httpstatus.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int code = httpstatus_from_phrase_n((const char *)data, size);
	FUZZ_CHECK(code == oracle_code_of(true, data, size));
	FUZZ_CHECK(code == 0 || httpstatus_is_known(code));
	return 0;
}
