/* httpstatus_from_phrase_n and httpstatus_unofficial_from_phrase_n on any
 * bytes answer what a linear scan answers. */
#include "fuzz.h"
#include "helpers.h"

#include <httpstatus.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int code = httpstatus_from_phrase_n((const char *)data, size);
	FUZZ_CHECK(code == oracle_code_of(true, data, size));
	FUZZ_CHECK(code == 0 || httpstatus_is_known(code));
	int unofficial = httpstatus_unofficial_from_phrase_n((const char *)data, size);
	FUZZ_CHECK(unofficial == oracle_unofficial_code_of(data, size));
	struct httpstatus_unofficial u;
	FUZZ_CHECK(unofficial == 0 || httpstatus_unofficial(unofficial, 0, &u));
	return 0;
}
