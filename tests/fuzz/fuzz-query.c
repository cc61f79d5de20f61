/* The CLI's query parser on any bytes: every answer is one the library
 * backs, the trimmed text and any number lie inside the input, a failure
 * always has a reason, and suggestions are names or phrases. The same bytes
 * as a --search word never crash. */
#include "fuzz.h"

#include "query.h"
#include "suggest.h"

#include <httpstatus.h>

static void check_items(const struct query *q)
{
	int last = 0;
	for (struct item it = {0}; query_next(q, &it); last = it.code) {
		FUZZ_CHECK(it.kind == ITEM_CODE && httpstatus_is_known(it.code));
		FUZZ_CHECK(it.code > last);
		FUZZ_CHECK(q->kind != QUERY_CLASS || it.code / 100 == q->code);
	}
	FUZZ_CHECK((last != 0) == (q->kind != QUERY_FAILED && q->kind != QUERY_BLANK));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	struct query q = query_parse(text, size);
	FUZZ_CHECK(q.text >= text && q.text + q.len <= text + size);
	FUZZ_CHECK(!q.number || (q.number >= q.text && q.number + q.number_len <= q.text + q.len));
	char buf[160];
	const char *why = query_explain(&q, buf, sizeof buf);
	FUZZ_CHECK((why != NULL) == (q.kind == QUERY_FAILED));
	FUZZ_CHECK(q.kind != QUERY_CODE || httpstatus_is_known(q.code));
	FUZZ_CHECK(q.kind != QUERY_CLASS || (q.code >= 1 && q.code <= 5 && q.len == 3));
	FUZZ_CHECK(q.kind != QUERY_BLANK || q.len == 0);
	FUZZ_CHECK(!q.implicit || q.kind == QUERY_SEARCH);
	if (q.kind == QUERY_FAILED) {
		bool known = httpstatus_is_known(q.number_code);
		switch (q.failure) {
		case FAILURE_UNKNOWN_CODE:
			FUZZ_CHECK(q.number && q.number_code && !known);
			break;
		case FAILURE_NOT_A_CODE:
			FUZZ_CHECK(q.number && q.number_code == 0);
			break;
		case FAILURE_WRONG_PHRASE:
			FUZZ_CHECK(known && q.code != q.number_code);
			break;
		default:
			FUZZ_CHECK(q.failure == FAILURE_NOT_A_CLASS ||
				   q.failure == FAILURE_NO_MATCH);
		}
	}
	check_items(&q);
	struct suggestions s = suggest(q.text, q.len);
	FUZZ_CHECK(s.count <= SUGGESTIONS_MAX);
	for (size_t i = 0; i < s.count; i++)
		FUZZ_CHECK(httpstatus_from_name(s.text[i]) || httpstatus_from_phrase(s.text[i]));
	if (size > 0) {
		struct query search = query_search(text, size);
		check_items(&search);
	}
	return 0;
}
