/* httpstatus_problem_json on any code and detail: snprintf's rules, valid
 * UTF-8 with no raw control character, U+2028 or U+2029, and a strict JSON
 * parser reads the RFC 9457 members in order, the detail being the input's
 * with invalid UTF-8 replaced. */
#include "json.h"
#include "detail.h"

#include <httpstatus.h>

/* Whether the n bytes at s hold a control character (C0, DEL, C1) or
 * U+2028 or U+2029 as it is: well-formed UTF-8 assumed. */
static bool has_raw_control(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	for (size_t i = 0; i < n; i++)
		if (s[i] < 0x20 || s[i] == 0x7f || (s[i] == 0xc2 && s[i + 1] <= 0x9f) ||
		    (s[i] == 0xe2 && s[i + 1] == 0x80 && (s[i + 2] == 0xa8 || s[i + 2] == 0xa9)))
			return true;
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int code;
	char *detail;
	if (!fuzz_split(data, size, &code, &detail))
		return 0;
	size_t len;
	char *body = fuzz_write_checked(httpstatus_problem_json, code, detail, &len);
	FUZZ_CHECK((len > 0) == fuzz_has_content(code));
	if (len > 0) {
		FUZZ_CHECK(fuzz_valid_utf8(body, len));
		FUZZ_CHECK(!has_raw_control(body, len));
		struct json *v = json_parse(body, len);
		FUZZ_CHECK(v != NULL && v->type == JSON_OBJECT);
		const char *phrase = httpstatus_phrase(code);
		size_t m = 0;
		FUZZ_CHECK(v->count == 2 + (size_t)(phrase != NULL) + (size_t)(detail != NULL));
		FUZZ_CHECK(strcmp(v->items[m].key, "type") == 0 &&
			   v->items[m].type == JSON_STRING &&
			   strcmp(v->items[m].string, "about:blank") == 0);
		m++;
		if (phrase) {
			FUZZ_CHECK(strcmp(v->items[m].key, "title") == 0 &&
				   v->items[m].type == JSON_STRING &&
				   strcmp(v->items[m].string, phrase) == 0);
			m++;
		}
		FUZZ_CHECK(strcmp(v->items[m].key, "status") == 0 &&
			   v->items[m].type == JSON_NUMBER && v->items[m].number == code);
		m++;
		if (detail) {
			size_t want_len;
			char *want = utf8_replaced(detail, strlen(detail), &want_len);
			FUZZ_CHECK(strcmp(v->items[m].key, "detail") == 0 &&
				   v->items[m].type == JSON_STRING && v->items[m].len == want_len &&
				   memcmp(v->items[m].string, want, want_len) == 0);
			free(want);
		}
		json_free(v);
	}
	free(body);
	free(detail);
	return 0;
}
