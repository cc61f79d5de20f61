#include "answers.h"

#include "text.h"
#include "uses.h"

/* The code's first answer above *it's code: the code if registered, else
 * its first use. */
static bool next_code(struct item *it, bool registered_only)
{
	struct httpstatus_unofficial u;
	for (int c = it->code < CODE_MIN ? CODE_MIN : it->code + 1; c <= CODE_MAX; c++) {
		if (httpstatus_is_known(c)) {
			*it = (struct item){.kind = ITEM_CODE, .code = c};
			return true;
		}
		if (!registered_only && httpstatus_unofficial(c, 0, &u)) {
			*it = (struct item){.kind = ITEM_USE, .code = c};
			return true;
		}
	}
	return false;
}

bool item_next(struct item *it, bool registered_only)
{
	struct httpstatus_unofficial u;
	if (it->kind != ITEM_METHOD) {
		size_t use = it->kind == ITEM_USE ? it->use + 1 : 0;
		if (it->code && !registered_only && httpstatus_unofficial(it->code, use, &u)) {
			it->kind = ITEM_USE;
			it->use = use;
			return true;
		}
		if (next_code(it, registered_only))
			return true;
		*it = (struct item){.kind = ITEM_METHOD};
	}
	it->method = httpstatus_method_next(it->method);
	return it->method != HTTP_METHOD_UNKNOWN;
}

/* The only answer of a query that has one: it, unless *it has been given. */
static bool only(struct item *it, struct item answer)
{
	if (it->code || it->method)
		return false;
	*it = answer;
	return true;
}

bool query_next(const struct query *q, struct item *it)
{
	struct httpstatus_unofficial u;
	int c = it->code;
	switch (q->kind) {
	case QUERY_CODE:
		return only(it, (struct item){.kind = ITEM_CODE, .code = q->code});
	case QUERY_USE:
		return only(it, (struct item){.kind = ITEM_USE, .code = q->code, .use = q->use});
	case QUERY_METHOD:
		return only(it, (struct item){.kind = ITEM_METHOD, .method = q->method});
	case QUERY_USES:
		*it = (struct item){.kind = ITEM_USE, .code = q->code, .use = c ? it->use + 1 : 0};
		return httpstatus_unofficial(q->code, it->use, &u);
	case QUERY_CLASS:
		c = httpstatus_next(c ? c : q->code * 100 - 1);
		it->code = c < (q->code + 1) * 100 ? c : 0;
		return it->code != 0;
	case QUERY_LIST:
		it->code = httpstatus_next(c);
		return it->code != 0;
	case QUERY_UNOFFICIAL:
		while (item_next(it, false) && it->kind != ITEM_METHOD)
			if (it->kind == ITEM_USE)
				return true;
		return false;
	case QUERY_METHODS:
		*it = (struct item){.kind = ITEM_METHOD,
				    .method = httpstatus_method_next(it->method)};
		return it->method != HTTP_METHOD_UNKNOWN;
	case QUERY_SEARCH:
		while (item_next(it, q->registered_only))
			if (item_mentions(it, q->text, q->len))
				return true;
		return false;
	case QUERY_BLANK:
	case QUERY_FAILED:
		break;
	}
	return false;
}

/* Whether one of the n strings (NULL ones left out) contains word. */
static bool any_contains(const char *const *fields, size_t n, const char *word, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (fields[i] && text_contains(fields[i], word, len))
			return true;
	return false;
}

static bool code_mentions(int code, const char *word, size_t len)
{
	const char *fields[] = {httpstatus_name(code), httpstatus_phrase(code),
				httpstatus_description(code),
				httpstatus_class_name(httpstatus_class(code))};
	if (any_contains(fields, sizeof fields / sizeof fields[0], word, len))
		return true;
	const char *alias;
	for (size_t i = 0; (alias = httpstatus_alias(code, i)) != NULL; i++)
		if (text_contains(alias, word, len))
			return true;
	return false;
}

static bool use_mentions(int code, size_t use, const char *word, size_t len)
{
	struct httpstatus_unofficial u = {0}; /* an answer's use is always there */
	httpstatus_unofficial(code, use, &u);
	const char *fields[] = {u.source,      u.name,
				u.phrase,      u.wire,
				u.description, httpstatus_class_name(httpstatus_class(code))};
	return any_contains(fields, sizeof fields / sizeof fields[0], word, len);
}

static bool method_mentions(enum httpstatus_method m, const char *word, size_t len)
{
	const char *fields[] = {httpstatus_method_name(m), httpstatus_method_description(m)};
	return any_contains(fields, sizeof fields / sizeof fields[0], word, len);
}

bool item_mentions(const struct item *it, const char *word, size_t len)
{
	return it->kind == ITEM_CODE  ? code_mentions(it->code, word, len)
	       : it->kind == ITEM_USE ? use_mentions(it->code, it->use, word, len)
				      : method_mentions(it->method, word, len);
}
