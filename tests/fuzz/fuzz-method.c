/* httpstatus_method_from_name_n on any bytes answers what a linear scan of
 * the methods answers, in exact case; so does httpstatus_method_from_name on
 * the same bytes made a C string, which ends at the first NUL. */
#include "fuzz.h"

#include <httpstatus.h>

#include <string.h>

/* The oracle: every method in turn, compared byte for byte. */
static enum httpstatus_method scan(const uint8_t *s, size_t len)
{
	for (enum httpstatus_method m = httpstatus_method_next(HTTP_METHOD_UNKNOWN); m;
	     m = httpstatus_method_next(m)) {
		const char *name = httpstatus_method_name(m);
		if (strlen(name) == len && memcmp(name, s, len) == 0)
			return m;
	}
	return HTTP_METHOD_UNKNOWN;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	enum httpstatus_method m = httpstatus_method_from_name_n((const char *)data, size);
	FUZZ_CHECK(m == scan(data, size));
	FUZZ_CHECK(m == HTTP_METHOD_UNKNOWN || httpstatus_method_name(m) != NULL);

	char *string = malloc(size + 1);
	FUZZ_CHECK(string != NULL);
	memcpy(string, data, size);
	string[size] = '\0';
	FUZZ_CHECK(httpstatus_method_from_name(string) ==
		   scan((const uint8_t *)string, strlen(string)));
	free(string);
	return 0;
}
