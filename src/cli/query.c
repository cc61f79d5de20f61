/* Queries: what a query (an argument, or a line of standard input) asks
 * for, and its answers, stepped through one at a time: registered codes,
 * unofficial uses and methods, in one order. */
#include "cli.h"

#include <stdarg.h>
#include <stdint.h>
#include <string.h>

enum { NAME_MAX_BYTES = 255, TOKEN_MAX_BYTES = 64, SEARCH_MIN_BYTES = 3 };

/* ---- Text -------------------------------------------------------------------- */

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Whether the len bytes at s start with the n bytes at prefix, ignoring
 * ASCII case. */
static bool starts_with(const char *s, size_t len, const char *prefix, size_t n)
{
	if (len < n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (text_upper(s[i]) != text_upper(prefix[i]))
			return false;
	return true;
}

/* The same for a string literal. */
#define text_starts_with(s, len, literal) starts_with(s, len, literal, sizeof(literal) - 1)

bool text_equal(const char *s, size_t len, const char *t)
{
	size_t n = strlen(t);
	return n == len && starts_with(s, len, t, n);
}

/* Whether the string haystack contains the len bytes at word, ignoring
 * ASCII case. */
static bool text_contains(const char *haystack, const char *word, size_t len)
{
	for (; *haystack; haystack++) {
		size_t i = 0;
		while (i < len && haystack[i] && text_upper(haystack[i]) == text_upper(word[i]))
			i++;
		if (i == len)
			return true;
	}
	return false;
}

/* The len bytes at s into out (size bytes) with '_' for '-' and ' ', as a
 * name is spelled; false, with nothing written, if they do not fit. Whether
 * a byte changed in *changed, if not NULL. */
static bool text_as_name(const char *s, size_t len, char *out, size_t size, bool *changed)
{
	bool any = false;
	if (len > size)
		return false;
	for (size_t i = 0; i < len; i++) {
		out[i] = s[i];
		if (s[i] == '-' || s[i] == ' ') {
			out[i] = '_';
			any = true;
		}
	}
	if (changed)
		*changed = any;
	return true;
}

size_t number_length(const char *s, size_t len)
{
	size_t start = len > 1 && s[0] == '-', i = start;
	while (i < len && is_digit(s[i]))
		i++;
	return i > start ? i : 0;
}

/* ---- Unofficial uses ---------------------------------------------------------- */

/* The codes that have unofficial uses, in order, and the first letters of
 * their sources in upper case (as bits), found once. */
static const int *codes_with_uses(size_t *n, const uint64_t **initials)
{
	static int codes[CODES];
	static uint64_t letters[4];
	static size_t count;
	static bool found;
	struct httpstatus_unofficial u;
	for (int c = CODE_MIN; !found && c <= CODE_MAX; c++)
		for (size_t i = 0; httpstatus_unofficial(c, i, &u); i++) {
			unsigned char first = (unsigned char)text_upper(u.source[0]);
			letters[first / 64] |= UINT64_C(1) << (first % 64);
			count += i == 0;
			codes[count - 1] = c;
		}
	found = true;
	*n = count;
	*initials = letters;
	return codes;
}

size_t use_count(int code)
{
	struct httpstatus_unofficial u;
	size_t n = 0;
	while (httpstatus_unofficial(code, n, &u))
		n++;
	return n;
}

/* Whether the len bytes at s, and name their name form (the same length),
 * are the use's phrase or name. */
static bool names_use(const struct httpstatus_unofficial *u, const char *s, const char *name,
		      size_t len)
{
	return (u->phrase && text_equal(s, len, u->phrase)) || text_equal(name, len, u->name);
}

/* Whether the name form at name (len bytes) is the use's constant without
 * HTTP_STATUS_: its source, '_' for each space, then '_' and its name. */
static bool is_qualified_name(const struct httpstatus_unofficial *u, const char *name, size_t len)
{
	size_t n = 0;
	for (; u->source[n]; n++) {
		char c = u->source[n];
		if (c == ' ')
			c = '_';
		if (n == len || text_upper(name[n]) != text_upper(c))
			return false;
	}
	return len > n && name[n] == '_' && text_equal(name + n + 1, len - n - 1, u->name);
}

/* The length of "HTTP_STATUS_" if the len bytes at name start with it,
 * else 0. */
static size_t constant_prefix(const char *name, size_t len)
{
	return text_starts_with(name, len, "HTTP_STATUS_") ? sizeof "HTTP_STATUS_" - 1 : 0;
}

/* The use among code's that the len bytes at s, and name their name form,
 * name: its phrase or name, or its constant with or without HTTP_STATUS_;
 * into *index. */
static bool find_use_of(int code, const char *s, const char *name, size_t len, size_t *index)
{
	size_t skip = constant_prefix(name, len);
	struct httpstatus_unofficial u;
	for (size_t i = 0; httpstatus_unofficial(code, i, &u); i++)
		if (names_use(&u, s, name, len) || is_qualified_name(&u, name, len) ||
		    (skip && is_qualified_name(&u, name + skip, len - skip))) {
			*index = i;
			return true;
		}
	return false;
}

/* The same among the uses of code alone. */
static bool use_find_of(int code, const char *s, size_t len, size_t *index)
{
	char name[NAME_MAX_BYTES];
	return text_as_name(s, len, name, sizeof name, NULL) &&
	       find_use_of(code, s, name, len, index);
}

/* The use whose constant, with or without HTTP_STATUS_, the name form at
 * name (len bytes) is, into *code and *index. */
static bool find_constant(const char *name, size_t len, int *code, size_t *index)
{
	const uint64_t *initials;
	size_t n, skip = constant_prefix(name, len);
	const int *codes = codes_with_uses(&n, &initials);
	unsigned char first = len > skip ? (unsigned char)text_upper(name[skip]) : 0;
	struct httpstatus_unofficial u;
	if (!(initials[first / 64] >> (first % 64) & 1))
		return false;
	for (size_t c = 0; c < n; c++)
		for (size_t i = 0; httpstatus_unofficial(codes[c], i, &u); i++)
			if (is_qualified_name(&u, name + skip, len - skip)) {
				*code = codes[c];
				*index = i;
				return true;
			}
	return false;
}

/* The use the len bytes at s name, into *code and *index (its place among
 * the code's uses): its phrase or name in any case, with '-' or ' ' for '_'
 * in a name, or its constant of httpstatus_unofficial.h with or without
 * HTTP_STATUS_ (HTTP_STATUS_NGINX_CLIENT_CLOSED_REQUEST,
 * aws_elb_unauthorized). False, with nothing written, if none. */
static bool use_find(const char *s, size_t len, int *code, size_t *index)
{
	char name[NAME_MAX_BYTES];
	bool changed;
	if (!text_as_name(s, len, name, sizeof name, &changed))
		return false;
	int c = httpstatus_unofficial_from_phrase_n(s, len);
	if (!c && changed)
		c = httpstatus_unofficial_from_phrase_n(name, len);
	if (c) {
		*code = c;
		return find_use_of(c, s, name, len, index);
	}
	return find_constant(name, len, code, index);
}

/* The string s in lower case, with sep for '_' and ' ', into buf
 * (USE_TITLE_MAX bytes) from at on, cut short if need be; the new end. */
static size_t append_lower(char *buf, size_t at, const char *s, char sep)
{
	for (; *s && at + 1 < USE_TITLE_MAX; s++, at++) {
		buf[at] = *s;
		if (*s == '_' || *s == ' ')
			buf[at] = sep;
		else if (*s >= 'A' && *s <= 'Z')
			buf[at] = (char)(*s - 'A' + 'a');
	}
	buf[at] = '\0';
	return at;
}

const char *use_title(const struct httpstatus_unofficial *u, char *buf)
{
	if (u->phrase)
		return u->phrase;
	append_lower(buf, 0, u->name, ' ');
	return buf;
}

const char *use_qualified_name(const struct httpstatus_unofficial *u, char *buf)
{
	size_t at = append_lower(buf, 0, u->source, '_');
	at = append_lower(buf, at, "_", '_');
	append_lower(buf, at, u->name, '_');
	return buf;
}

/* ---- Methods ------------------------------------------------------------------ */

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

/* The method the len bytes at s name: its token in exact case ("GET"), its
 * constant of httpstatus_methods.h in any case (HTTP_METHOD_GET,
 * HTTP_METHOD_BASELINE_CONTROL), or failing those its token in another case
 * ("get"), which sets *wrong_case. HTTP_METHOD_UNKNOWN if none. */
static enum httpstatus_method method_find(const char *s, size_t len, bool *wrong_case)
{
	enum { PREFIX = sizeof "HTTP_METHOD_" - 1 };
	enum httpstatus_method m = httpstatus_method_from_name_n(s, len);
	if (!m && text_starts_with(s, len, "HTTP_METHOD_"))
		m = find_upper(s + PREFIX, len - PREFIX, true);
	if (!m && (m = find_upper(s, len, false)) != HTTP_METHOD_UNKNOWN)
		*wrong_case = true;
	return m;
}

/* ---- Answers ------------------------------------------------------------------ */

/* The code's first answer above *it's code: the code if registered, else
 * its first use. */
static bool next_code(const struct context *c, struct item *it)
{
	struct httpstatus_unofficial u;
	for (int code = it->code < CODE_MIN ? CODE_MIN : it->code + 1; code <= CODE_MAX; code++) {
		if (httpstatus_is_known(code)) {
			*it = (struct item){.kind = ITEM_CODE, .code = code};
			return true;
		}
		if (!c->registered_only && httpstatus_unofficial(code, 0, &u)) {
			*it = (struct item){.kind = ITEM_USE, .code = code};
			return true;
		}
	}
	return false;
}

bool item_next(const struct context *c, struct item *it)
{
	struct httpstatus_unofficial u;
	if (it->kind != ITEM_METHOD) {
		size_t use = it->kind == ITEM_USE ? it->use + 1 : 0;
		if (it->code && !c->registered_only && httpstatus_unofficial(it->code, use, &u)) {
			it->kind = ITEM_USE;
			it->use = use;
			return true;
		}
		if (next_code(c, it))
			return true;
		*it = (struct item){.kind = ITEM_METHOD};
	}
	it->method = httpstatus_method_next(it->method);
	return it->method != HTTP_METHOD_UNKNOWN;
}

const char *item_text(const struct item *it, size_t i)
{
	struct httpstatus_unofficial u = {0}; /* an answer's use is always there */
	if (it->kind == ITEM_METHOD)
		return i == 0   ? httpstatus_method_name(it->method)
		       : i == 1 ? httpstatus_method_description(it->method)
				: NULL;
	const char *class_name = httpstatus_class_name(httpstatus_class(it->code));
	if (it->kind == ITEM_CODE) {
		const char *fields[] = {httpstatus_name(it->code), httpstatus_phrase(it->code),
					httpstatus_description(it->code), class_name};
		return i < 4 ? fields[i] : httpstatus_alias(it->code, i - 4);
	}
	httpstatus_unofficial(it->code, it->use, &u);
	const char *fields[] = {u.source, u.name,        u.phrase ? u.phrase : "",
				u.wire,   u.description, class_name};
	return i < 6 ? fields[i] : NULL;
}

bool item_mentions(const struct item *it, const char *word, size_t len)
{
	const char *text;
	for (size_t i = 0; (text = item_text(it, i)) != NULL; i++)
		if (text_contains(text, word, len))
			return true;
	return false;
}

/* The only answer of a query that has one: it, unless *it has been given. */
static bool only(struct item *it, struct item answer)
{
	if (it->code || it->method)
		return false;
	*it = answer;
	return true;
}

bool query_next(const struct context *c, const struct query *q, struct item *it)
{
	static const struct context everything = {0};
	struct httpstatus_unofficial u;
	int code = it->code;
	switch (q->kind) {
	case QUERY_CODE:
		return only(it, (struct item){.kind = ITEM_CODE, .code = q->code});
	case QUERY_USE:
		return only(it, (struct item){.kind = ITEM_USE, .code = q->code, .use = q->use});
	case QUERY_METHOD:
		return only(it, (struct item){.kind = ITEM_METHOD, .method = q->method});
	case QUERY_USES:
		*it = (struct item){
			.kind = ITEM_USE, .code = q->code, .use = code ? it->use + 1 : 0};
		return httpstatus_unofficial(q->code, it->use, &u);
	case QUERY_CLASS:
		code = httpstatus_next(code ? code : q->code * 100 - 1);
		it->code = code < (q->code + 1) * 100 ? code : 0;
		return it->code != 0;
	case QUERY_LIST:
		it->code = httpstatus_next(code);
		return it->code != 0;
	case QUERY_UNOFFICIAL:
		while (item_next(&everything, it) && it->kind != ITEM_METHOD)
			if (it->kind == ITEM_USE)
				return true;
		return false;
	case QUERY_METHODS:
		*it = (struct item){.kind = ITEM_METHOD,
				    .method = httpstatus_method_next(it->method)};
		return it->method != HTTP_METHOD_UNKNOWN;
	case QUERY_SEARCH:
		while (item_next(c, it))
			if (item_mentions(it, q->text, q->len))
				return true;
		return false;
	case QUERY_BLANK:
	case QUERY_FAILED:
		break;
	}
	return false;
}

/* ---- What a search can find -------------------------------------------------- */

/* Every three bytes (ASCII case folded) that some answer's text holds, as
 * bits of a hash: text holding three bytes that no answer's does cannot be
 * found, which most text that is no query shows at once. */
enum { TRIGRAM_BITS = 16 };
static uint64_t trigrams[(1u << TRIGRAM_BITS) / 64];

static unsigned trigram_of(const char *s)
{
	uint32_t t = (uint32_t)(unsigned char)text_upper(s[0]) << 16 |
		     (uint32_t)(unsigned char)text_upper(s[1]) << 8 |
		     (unsigned char)text_upper(s[2]);
	return (t * UINT32_C(2654435761)) >> (32 - TRIGRAM_BITS);
}

static void know_trigrams(void)
{
	static const struct context everything = {0};
	static bool known;
	const char *text;
	for (struct item it = {0}; !known && item_next(&everything, &it);)
		for (size_t i = 0; (text = item_text(&it, i)) != NULL; i++)
			for (size_t j = 0; text[j] && text[j + 1] && text[j + 2]; j++) {
				unsigned t = trigram_of(text + j);
				trigrams[t / 64] |= UINT64_C(1) << (t % 64);
			}
	known = true;
}

/* Whether a search for the len bytes at word may find something. */
static bool may_be_found(const char *word, size_t len)
{
	know_trigrams();
	for (size_t j = 0; j + 3 <= len; j++) {
		unsigned t = trigram_of(word + j);
		if (!(trigrams[t / 64] >> (t % 64) & 1))
			return false;
	}
	return true;
}

/* ---- Reading a query --------------------------------------------------------- */

static struct query *failed(struct query *q, enum query_failure why)
{
	q->kind = QUERY_FAILED;
	q->failure = why;
	return q;
}

/* Answers *q by the number of n bytes at s, the query or its start: a
 * registered code, else its unofficial uses. */
static struct query *by_number(const struct context *c, struct query *q, const char *s, size_t n)
{
	long value = 0;
	for (size_t i = 0; i < n && s[0] != '-' && value < 1000; i++)
		value = value * 10 + (s[i] - '0');
	q->number = s;
	q->number_len = n;
	q->number_code = value >= CODE_MIN && value <= CODE_MAX ? (int)value : 0;
	if (!q->number_code)
		return failed(q, FAILURE_NOT_A_CODE);
	if (httpstatus_is_known(q->number_code)) {
		q->kind = QUERY_CODE;
	} else {
		size_t uses = c->registered_only ? 0 : use_count(q->number_code);
		if (uses == 0)
			return failed(q, FAILURE_UNKNOWN_CODE);
		q->kind = uses == 1 ? QUERY_USE : QUERY_USES;
	}
	q->code = q->number_code;
	return q;
}

/* A name with '-' or ' ' for '_' (case is left to the library), as it is or
 * as a constant of httpstatus.h or httpstatus_client.h: HTTP_STATUS_NOT_FOUND,
 * HTTP_NOT_FOUND. */
static int find_name(const char *s, size_t len)
{
	static const struct {
		const char *text;
		size_t len;
	} prefixes[] = {{"", 0}, {"HTTP_STATUS_", 12}, {"HTTP_", 5}};
	char name[NAME_MAX_BYTES];
	if (!text_as_name(s, len, name, sizeof name, NULL))
		return 0;
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		size_t skip = prefixes[i].len;
		int code;
		if (starts_with(name, len, prefixes[i].text, skip) &&
		    (code = httpstatus_from_name_n(name + skip, len - skip)) != 0)
			return code;
	}
	return 0;
}

static int find_name_or_phrase(const char *s, size_t len)
{
	int code = find_name(s, len);
	return code ? code : httpstatus_from_phrase_n(s, len);
}

/* The length of a status line's start, "HTTP/1.1 " or "HTTP/2 ", or 0. */
static size_t status_line_start(const char *s, size_t len)
{
	size_t i = 5;
	if (text_upper(s[0]) != 'H' || !text_starts_with(s, len, "HTTP/"))
		return 0; /* a look at the first byte first: most queries are codes */
	while (i < len && (is_digit(s[i]) || s[i] == '.'))
		i++;
	if (i == 5 || i == len || !is_blank(s[i]))
		return 0;
	while (is_blank(s[i]))
		i++;
	return i;
}

/* The length of the len bytes at s without the source that follows a use's
 * phrase in the tool's own line: "Client Closed Request (unofficial: nginx,
 * log only)". */
static size_t without_source(const char *s, size_t len)
{
	static const char mark[] = " (unofficial: ";
	for (size_t i = 0; len > 0 && s[len - 1] == ')' && i + sizeof mark - 1 < len; i++)
		if (memcmp(s + i, mark, sizeof mark - 1) == 0)
			return i;
	return len;
}

/* "404 Not Found", "499 Token Required": the code, or the one use of it,
 * if the rest is its phrase or name (a use's with its source after it, as
 * the tool prints it); otherwise a failure that says whose the rest is. */
static void by_code_and_phrase(const struct context *c, struct query *q, size_t n)
{
	const char *rest = q->text + n;
	size_t rest_len = q->len - n;
	while (is_blank(*rest))
		rest++, rest_len--;
	if (by_number(c, q, q->text, n)->kind == QUERY_FAILED)
		return;
	int code = q->code;
	if (q->kind == QUERY_CODE && find_name_or_phrase(rest, rest_len) == code)
		return;
	if (!c->registered_only &&
	    use_find_of(code, rest, without_source(rest, rest_len), &q->use)) {
		q->kind = QUERY_USE;
		return;
	}
	q->use = QUERY_NO_USE;
	q->code = find_name_or_phrase(rest, rest_len);
	if (!q->code && !c->registered_only && !use_find(rest, rest_len, &q->code, &q->use))
		q->code = 0;
	failed(q, FAILURE_WRONG_PHRASE);
}

/* A name, phrase or method, or text to search for. */
static void by_text(const struct context *c, struct query *q)
{
	if ((q->code = find_name_or_phrase(q->text, q->len)) != 0) {
		q->kind = QUERY_CODE;
	} else if (!c->registered_only && use_find(q->text, q->len, &q->code, &q->use)) {
		q->kind = QUERY_USE;
	} else if ((q->method = method_find(q->text, q->len, &q->wrong_case)) != 0) {
		q->kind = QUERY_METHOD;
	} else if (q->len == 1 && q->text[0] == '*') {
		failed(q, FAILURE_RESERVED_METHOD); /* RFC 9110, Section 18.2 */
	} else if (q->len >= SEARCH_MIN_BYTES) {
		*q = query_search(c, q->text, q->len);
		q->implicit = q->kind == QUERY_SEARCH;
	} else {
		failed(q, FAILURE_NO_MATCH);
	}
}

/* Resolves the trimmed query *q. */
static void parse(const struct context *c, struct query *q)
{
	const char *text = q->text;
	size_t len = q->len;
	size_t start = status_line_start(text, len);
	size_t n = number_length(text + start, len - start);
	if (n && start + n == len) {
		by_number(c, q, text + start, n);
	} else if (n && is_blank(text[start + n])) {
		if (start)
			by_number(c, q, text + start, n);
		else
			by_code_and_phrase(c, q, n);
	} else if (len == 3 && is_digit(text[0]) && text_upper(text[1]) == 'X' &&
		   text_upper(text[2]) == 'X') {
		if (text[0] >= '1' && text[0] <= '5')
			*q = (struct query){.kind = QUERY_CLASS,
					    .code = text[0] - '0',
					    .text = text,
					    .len = len};
		else
			failed(q, FAILURE_NOT_A_CLASS);
	} else {
		by_text(c, q);
	}
}

struct query query_parse(const struct context *c, const char *text, size_t len)
{
	while (len > 0 && is_blank(*text))
		text++, len--;
	while (len > 0 && is_blank(text[len - 1]))
		len--;
	struct query q = {.kind = QUERY_BLANK, .text = text, .len = len};
	if (len)
		parse(c, &q);
	return q;
}

struct query query_list(void)
{
	return (struct query){.kind = QUERY_LIST, .text = "--list", .len = 6};
}

struct query query_unofficial(void)
{
	return (struct query){.kind = QUERY_UNOFFICIAL, .text = "--unofficial", .len = 12};
}

struct query query_methods(void)
{
	return (struct query){.kind = QUERY_METHODS, .text = "--methods", .len = 9};
}

struct query query_search(const struct context *c, const char *word, size_t len)
{
	struct query q = {.kind = QUERY_SEARCH, .text = word, .len = len};
	struct item first = {0};
	if (!may_be_found(word, len) || !query_next(c, &q, &first))
		failed(&q, FAILURE_NO_MATCH);
	return q;
}

struct query query_other_uses(const struct context *c, const struct query *q)
{
	struct query uses = {.kind = QUERY_BLANK, .text = q->text, .len = q->len, .code = q->code};
	size_t n = q->kind == QUERY_CODE && !c->registered_only ? use_count(q->code) : 0;
	if (n)
		uses.kind = n == 1 ? QUERY_USE : QUERY_USES;
	return uses;
}

/* snprintf after the at bytes buf (QUERY_EXPLAIN_MAX bytes) holds; the new
 * length, kept within the buffer. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static size_t
append(char *buf, size_t at, const char *format, ...)
{
	va_list ap;
	va_start(ap, format);
	int n = vsnprintf(buf + at, QUERY_EXPLAIN_MAX - at, format, ap);
	va_end(ap);
	at += n > 0 ? (size_t)n : 0;
	return at < QUERY_EXPLAIN_MAX ? at : QUERY_EXPLAIN_MAX - 1;
}

/* "404 is Not Found", "499 is Client Closed Request or Token Required",
 * and whose the phrase given is: " (Bad Request is 400)". */
static const char *explain_wrong_phrase(const struct context *c, const struct query *q, char *buf)
{
	char title[USE_TITLE_MAX];
	struct httpstatus_unofficial u;
	int code = q->number_code;
	const char *sep = " is ";
	size_t at = append(buf, 0, "%d", code);
	if (httpstatus_is_known(code)) {
		at = append(buf, at, "%s%s", sep, httpstatus_phrase(code));
		sep = " or ";
	}
	for (size_t i = 0; !c->registered_only && httpstatus_unofficial(code, i, &u); i++) {
		at = append(buf, at, "%s%s", sep, use_title(&u, title));
		sep = " or ";
	}
	if (q->code && q->use == QUERY_NO_USE)
		append(buf, at, " (%s is %d)", httpstatus_phrase(q->code), q->code);
	else if (q->code && httpstatus_unofficial(q->code, q->use, &u))
		append(buf, at, " (%s is %d)", use_title(&u, title), q->code);
	return buf;
}

const char *query_explain(const struct context *c, const struct query *q, char *buf)
{
	int code = q->number_code;
	switch (q->kind == QUERY_FAILED ? q->failure : FAILURE_NONE) {
	case FAILURE_NONE:
		return NULL;
	case FAILURE_EMPTY:
		return "an empty query";
	case FAILURE_UNKNOWN_CODE:
		snprintf(buf, QUERY_EXPLAIN_MAX, "not a known status code (%dxx %s)", code / 100,
			 httpstatus_class_name(httpstatus_class(code)));
		return buf;
	case FAILURE_NOT_A_CODE:
		return "not a status code (must be 100-599)";
	case FAILURE_NOT_A_CLASS:
		return "not a class (must be 1xx-5xx)";
	case FAILURE_WRONG_PHRASE:
		return explain_wrong_phrase(c, q, buf);
	case FAILURE_RESERVED_METHOD:
		return "reserved, not a method (RFC 9110, Section 18.2)";
	case FAILURE_NO_MATCH:
		break;
	}
	return "no status code matches";
}

const char *query_note(const struct query *q, char *buf)
{
	if (q->implicit)
		return "no name, phrase or method; showing what contains it";
	if (q->kind != QUERY_METHOD || !q->wrong_case)
		return NULL;
	snprintf(buf, QUERY_EXPLAIN_MAX, "methods are case-sensitive on the wire; showing %s",
		 httpstatus_method_name(q->method));
	return buf;
}
