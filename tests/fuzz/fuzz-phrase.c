/* httpstatus_from_phrase_n on any bytes answers what a linear scan answers. */
#include "fuzz.h"
#include "reference.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int code = httpstatus_from_phrase_n((const char *)data, size);
	FUZZ_CHECK(code == reference_lookup(true, data, size));
	FUZZ_CHECK(code == 0 || httpstatus_is_known(code));
	return 0;
}
