/* The CLI's query parser on any bytes, with and without unofficial uses:
 * every answer is one the library backs, in the one order answers come in,
 * the trimmed text and any number lie inside the input, a failure always has
 * a reason, and suggestions are names, phrases or method tokens. The same
 * bytes as a --search word never crash, and as a line of a log --count
 * finds a status in that is one of its words. */
#include "fuzz.h"

#include "cli.h"

#include <httpstatus.h>

#include <stdbool.h>
#include <string.h>

/* Whether a comes before b: by code, a registered code before its uses, a
 * use before the next; the methods after every code, by id. */
static bool comes_before(const struct item *a, const struct item *b)
{
	if ((a->kind == ITEM_METHOD) != (b->kind == ITEM_METHOD))
		return b->kind == ITEM_METHOD;
	if (a->kind == ITEM_METHOD)
		return a->method < b->method;
	if (a->code != b->code)
		return a->code < b->code;
	if (a->kind != b->kind)
		return a->kind == ITEM_CODE;
	return a->use < b->use;
}

static bool item_is_real(const struct item *it)
{
	struct httpstatus_unofficial u;
	switch (it->kind) {
	case ITEM_CODE:
		return httpstatus_is_known(it->code);
	case ITEM_USE:
		return httpstatus_unofficial(it->code, it->use, &u);
	case ITEM_METHOD:
		return httpstatus_method_name(it->method) != NULL;
	}
	return false;
}

/* The item kind every answer of q has, or -1 for any. */
static int kind_of_answers(const struct query *q)
{
	switch (q->kind) {
	case QUERY_CODE:
	case QUERY_CLASS:
	case QUERY_LIST:
		return ITEM_CODE;
	case QUERY_USE:
	case QUERY_USES:
	case QUERY_UNOFFICIAL:
		return ITEM_USE;
	case QUERY_METHOD:
	case QUERY_METHODS:
		return ITEM_METHOD;
	default:
		return -1;
	}
}

static bool is_one(const struct query *q)
{
	return q->kind == QUERY_CODE || q->kind == QUERY_USE || q->kind == QUERY_METHOD;
}

static void check_items(const struct context *c, const struct query *q)
{
	struct item last = {0};
	size_t n = 0;
	for (struct item it = {0}; query_next(c, q, &it); last = it, n++) {
		FUZZ_CHECK(item_is_real(&it));
		FUZZ_CHECK(n == 0 || comes_before(&last, &it));
		FUZZ_CHECK(kind_of_answers(q) < 0 || (int)it.kind == kind_of_answers(q));
		FUZZ_CHECK(!c->registered_only || it.kind != ITEM_USE);
		FUZZ_CHECK(q->kind != QUERY_CLASS || it.code / 100 == q->code);
		FUZZ_CHECK(q->kind != QUERY_USES || it.code == q->code);
		FUZZ_CHECK(q->kind != QUERY_SEARCH || item_mentions(&it, q->text, q->len));
	}
	FUZZ_CHECK((n != 0) == (q->kind != QUERY_FAILED && q->kind != QUERY_BLANK));
	FUZZ_CHECK(!is_one(q) || n == 1);
	FUZZ_CHECK(q->kind != QUERY_USES || n >= 2);
}

static bool has_uses(int code)
{
	struct httpstatus_unofficial u;
	return httpstatus_unofficial(code, 0, &u);
}

static void check_failure(const struct context *c, const struct query *q)
{
	bool known = httpstatus_is_known(q->number_code);
	bool answered = known || (!c->registered_only && has_uses(q->number_code));
	switch (q->failure) {
	case FAILURE_UNKNOWN_CODE:
		FUZZ_CHECK(q->number && q->number_code && !answered);
		break;
	case FAILURE_NOT_A_CODE:
		FUZZ_CHECK(q->number && q->number_code == 0);
		break;
	case FAILURE_WRONG_PHRASE:
		FUZZ_CHECK(answered && q->code != q->number_code);
		FUZZ_CHECK(q->use == QUERY_NO_USE || !c->registered_only);
		break;
	case FAILURE_RESERVED_METHOD:
		FUZZ_CHECK(q->len == 1 && q->text[0] == '*');
		break;
	default:
		FUZZ_CHECK(q->failure == FAILURE_NOT_A_CLASS || q->failure == FAILURE_NO_MATCH);
	}
}

static void check_query(const char *text, size_t size, bool registered_only)
{
	const struct context c = {.registered_only = registered_only};
	struct query q = query_parse(&c, text, size);
	FUZZ_CHECK(q.text >= text && q.text + q.len <= text + size);
	FUZZ_CHECK(!q.number || (q.number >= q.text && q.number + q.number_len <= q.text + q.len));
	char buf[QUERY_EXPLAIN_MAX];
	const char *why = query_explain(&c, &q, buf);
	FUZZ_CHECK((why != NULL) == (q.kind == QUERY_FAILED));
	FUZZ_CHECK(q.kind != QUERY_CLASS || (q.code >= 1 && q.code <= 5 && q.len == 3));
	FUZZ_CHECK(q.kind != QUERY_BLANK || q.len == 0);
	FUZZ_CHECK(!q.implicit || q.kind == QUERY_SEARCH);
	FUZZ_CHECK(!q.wrong_case ||
		   (q.kind == QUERY_METHOD && !httpstatus_method_from_name_n(q.text, q.len)));
	const char *note = query_note(&q, buf);
	FUZZ_CHECK((note != NULL) == (q.implicit || q.wrong_case));
	if (q.kind == QUERY_FAILED)
		check_failure(&c, &q);
	check_items(&c, &q);
	struct query others = query_other_uses(&c, &q);
	FUZZ_CHECK(others.kind == QUERY_BLANK ||
		   ((others.kind == QUERY_USE || others.kind == QUERY_USES) &&
		    q.kind == QUERY_CODE && others.code == q.code && !registered_only));
	check_items(&c, &others);
	struct suggestions s = suggest(&c, q.text, q.len);
	FUZZ_CHECK(s.count <= SUGGESTIONS_MAX);
	for (size_t i = 0; i < s.count; i++)
		FUZZ_CHECK(httpstatus_from_name(s.text[i]) || httpstatus_from_phrase(s.text[i]) ||
			   (!registered_only && httpstatus_unofficial_from_phrase(s.text[i])) ||
			   httpstatus_method_from_name(s.text[i]));
	if (size > 0) {
		struct query search = query_search(&c, text, size);
		check_items(&c, &search);
	}
}

/* Whether the len bytes at s hold number as a word of its own, between
 * spaces, quotes or the ends. */
static bool holds_word(const char *s, size_t len, int number)
{
	char word[16];
	size_t n = (size_t)snprintf(word, sizeof word, "%d", number);
	for (size_t i = 0; i + n <= len; i++)
		if (memcmp(s + i, word, n) == 0 && (i == 0 || strchr(" \t\r\"0-", s[i - 1])) &&
		    (i + n == len || strchr(" \t\r", s[i + n])))
			return true;
	return false;
}

static void check_line(const char *s, size_t size)
{
	for (unsigned field = 0; field <= 3; field++) {
		int status = line_status(s, size, field);
		FUZZ_CHECK(status == STATUS_NONE || status == STATUS_OUTSIDE ||
			   (status >= CODE_MIN && status <= CODE_MAX));
		FUZZ_CHECK(status < CODE_MIN || holds_word(s, size, status));
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_query((const char *)data, size, false);
	check_query((const char *)data, size, true);
	check_line((const char *)data, size);
	return 0;
}
