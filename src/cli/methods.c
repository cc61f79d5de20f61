#include "methods.h"

#include "text.h"

enum { TOKEN_MAX_BYTES = 64 };

const struct method_property method_properties[METHOD_PROPERTIES] = {
	{"safe", httpstatus_method_is_safe},
	{"idempotent", httpstatus_method_is_idempotent},
	{"cacheable", httpstatus_method_is_cacheable},
};

/* The method whose token is the len bytes at s in upper case, with '-'
 * for '_' if constant. */
static enum httpstatus_method find_upper(const char *s, size_t len, bool constant)
{
	char token[TOKEN_MAX_BYTES];
	if (len > sizeof token)
		return HTTP_METHOD_UNKNOWN;
	for (size_t i = 0; i < len; i++) {
		token[i] = text_upper(s[i]);
		if (constant && s[i] == '_')
			token[i] = '-';
	}
	return httpstatus_method_from_name_n(token, len);
}

enum httpstatus_method method_find(const char *s, size_t len, bool *wrong_case)
{
	static const char prefix[] = "HTTP_METHOD_";
	enum httpstatus_method m = httpstatus_method_from_name_n(s, len);
	if (!m && text_starts_with(s, len, prefix))
		m = find_upper(s + sizeof prefix - 1, len - (sizeof prefix - 1), true);
	if (!m && (m = find_upper(s, len, false)) != HTTP_METHOD_UNKNOWN)
		*wrong_case = true;
	return m;
}

bool method_is_reserved(const char *s, size_t len)
{
	return len == 1 && s[0] == '*';
}
