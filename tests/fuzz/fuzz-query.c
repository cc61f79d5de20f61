/* The CLI's query parser on any bytes: every answer is one the library
 * backs, the trimmed text lies inside the input, and a failure always has a
 * reason. The same bytes as a --search word never crash. */
#include "fuzz.h"

#include "query.h"

#include <httpstatus.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	struct query q = query_parse(text, size);
	FUZZ_CHECK(q.text >= text && q.text + q.len <= text + size);
	char buf[96];
	const char *why = query_failure(&q, buf, sizeof buf);
	switch (q.status) {
	case QUERY_FOUND:
		FUZZ_CHECK(httpstatus_is_known(q.code));
		FUZZ_CHECK(why == NULL);
		break;
	case QUERY_CLASS:
		FUZZ_CHECK(q.code >= 1 && q.code <= 5 && q.len == 3);
		FUZZ_CHECK(why == NULL);
		break;
	case QUERY_UNKNOWN_CODE:
		FUZZ_CHECK(q.code >= 100 && q.code <= 599 && !httpstatus_is_known(q.code));
		FUZZ_CHECK(why != NULL);
		break;
	case QUERY_NOT_A_CODE:
	case QUERY_NO_MATCH:
		FUZZ_CHECK(why != NULL);
		break;
	}
	if (size > 0)
		for (int c = httpstatus_next(0); c; c = httpstatus_next(c))
			(void)query_mentions(c, text, size);
	return 0;
}
