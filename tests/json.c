#include "json.h"

#include <stdlib.h>
#include <string.h>

struct reader {
	const char *s, *end;
	bool failed;
};

static void skip_space(struct reader *r)
{
	while (r->s < r->end && strchr(" \t\r\n", *r->s) && *r->s)
		r->s++;
}

static bool take(struct reader *r, char c)
{
	skip_space(r);
	if (r->s < r->end && *r->s == c) {
		r->s++;
		return true;
	}
	return false;
}

static bool take_word(struct reader *r, const char *word)
{
	size_t n = strlen(word);
	if ((size_t)(r->end - r->s) < n || memcmp(r->s, word, n) != 0)
		return false;
	r->s += n;
	return true;
}

static void put_utf8(char *out, size_t *n, unsigned long cp)
{
	if (cp < 0x80) {
		out[(*n)++] = (char)cp;
	} else if (cp < 0x800) {
		out[(*n)++] = (char)(0xc0 | cp >> 6);
		out[(*n)++] = (char)(0x80 | (cp & 0x3f));
	} else if (cp < 0x10000) {
		out[(*n)++] = (char)(0xe0 | cp >> 12);
		out[(*n)++] = (char)(0x80 | (cp >> 6 & 0x3f));
		out[(*n)++] = (char)(0x80 | (cp & 0x3f));
	} else {
		out[(*n)++] = (char)(0xf0 | cp >> 18);
		out[(*n)++] = (char)(0x80 | (cp >> 12 & 0x3f));
		out[(*n)++] = (char)(0x80 | (cp >> 6 & 0x3f));
		out[(*n)++] = (char)(0x80 | (cp & 0x3f));
	}
}

static bool read_hex4(struct reader *r, unsigned long *v)
{
	*v = 0;
	for (int i = 0; i < 4; i++, r->s++) {
		if (r->s >= r->end)
			return false;
		char c = *r->s;
		int d = c >= '0' && c <= '9'   ? c - '0'
			: c >= 'a' && c <= 'f' ? c - 'a' + 10
			: c >= 'A' && c <= 'F' ? c - 'A' + 10
					       : -1;
		if (d < 0)
			return false;
		*v = *v << 4 | (unsigned long)d;
	}
	return true;
}

/* A valid UTF-8 sequence of n bytes at s, or 0. */
static size_t utf8_length(const unsigned char *s, size_t avail)
{
	size_t n = s[0] >= 0xc2 && s[0] <= 0xdf   ? 2
		   : s[0] >= 0xe0 && s[0] <= 0xef ? 3
		   : s[0] >= 0xf0 && s[0] <= 0xf4 ? 4
						  : 0;
	if (n == 0 || n > avail)
		return 0;
	unsigned long cp = s[0] & (0x7fu >> n);
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3fu);
	}
	unsigned long min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
	return cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0 : n;
}

static char *read_string(struct reader *r, size_t *len)
{
	if (!take(r, '"'))
		return NULL;
	char *out = malloc((size_t)(r->end - r->s) * 2 + 1);
	size_t n = 0;
	while (out && r->s < r->end && *r->s != '"') {
		unsigned char c = (unsigned char)*r->s;
		if (c < 0x20)
			break;
		if (c != '\\') {
			size_t k = c < 0x80 ? 1
					    : utf8_length((const unsigned char *)r->s,
							  (size_t)(r->end - r->s));
			if (k == 0)
				break;
			memcpy(out + n, r->s, k);
			n += k;
			r->s += k;
			continue;
		}
		if (++r->s >= r->end)
			break;
		const char *simple = strchr("\"\\/bfnrt", *r->s);
		if (simple && *r->s) {
			out[n++] = "\"\\/\b\f\n\r\t"[simple - "\"\\/bfnrt"];
			r->s++;
			continue;
		}
		unsigned long cp, low;
		if (*r->s++ != 'u' || !read_hex4(r, &cp))
			break;
		if (cp >= 0xd800 && cp <= 0xdbff) {
			if (!take_word(r, "\\u") || !read_hex4(r, &low) || low < 0xdc00 ||
			    low > 0xdfff)
				break;
			cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
		} else if (cp >= 0xdc00 && cp <= 0xdfff) {
			break;
		}
		put_utf8(out, &n, cp);
	}
	if (!out || r->s >= r->end || *r->s != '"') {
		free(out);
		r->failed = true;
		return NULL;
	}
	r->s++;
	out[n] = '\0';
	*len = n;
	return out;
}

static bool read_number(struct reader *r, double *v)
{
	const char *start = r->s;
	if (r->s < r->end && *r->s == '-')
		r->s++;
	if (r->s >= r->end || !(*r->s >= '0' && *r->s <= '9'))
		return false;
	if (*r->s == '0' && r->s + 1 < r->end && r->s[1] >= '0' && r->s[1] <= '9')
		return false;
	while (r->s < r->end && ((*r->s >= '0' && *r->s <= '9') || strchr(".eE+-", *r->s)))
		r->s++;
	char buf[64];
	size_t n = (size_t)(r->s - start);
	if (n >= sizeof buf)
		return false;
	memcpy(buf, start, n);
	buf[n] = '\0';
	char *end;
	*v = strtod(buf, &end);
	return *end == '\0';
}

static bool read_value(struct reader *r, struct json *v, int depth);

static bool read_items(struct reader *r, struct json *v, char close, int depth)
{
	size_t cap = 0;
	if (take(r, close))
		return true;
	do {
		if (v->count == cap) {
			cap = cap ? cap * 2 : 8;
			struct json *bigger = realloc(v->items, cap * sizeof *bigger);
			if (!bigger)
				return false;
			v->items = bigger;
		}
		struct json *item = &v->items[v->count];
		memset(item, 0, sizeof *item);
		v->count++;
		if (close == '}') {
			size_t len;
			skip_space(r);
			if (!(item->key = read_string(r, &len)) || !take(r, ':'))
				return false;
		}
		if (!read_value(r, item, depth + 1))
			return false;
	} while (take(r, ','));
	return take(r, close);
}

static bool read_value(struct reader *r, struct json *v, int depth)
{
	skip_space(r);
	if (depth > 64 || r->s >= r->end)
		return false;
	switch (*r->s) {
	case '{':
		r->s++;
		v->type = JSON_OBJECT;
		return read_items(r, v, '}', depth);
	case '[':
		r->s++;
		v->type = JSON_ARRAY;
		return read_items(r, v, ']', depth);
	case '"':
		v->type = JSON_STRING;
		return (v->string = read_string(r, &v->len)) != NULL;
	case 't':
		v->type = JSON_TRUE;
		return take_word(r, "true");
	case 'f':
		v->type = JSON_FALSE;
		return take_word(r, "false");
	case 'n':
		v->type = JSON_NULL;
		return take_word(r, "null");
	default:
		v->type = JSON_NUMBER;
		return read_number(r, &v->number);
	}
}

static void free_contents(struct json *v)
{
	for (size_t i = 0; i < v->count; i++)
		free_contents(&v->items[i]);
	free(v->items);
	free(v->string);
	free(v->key);
}

struct json *json_parse(const char *text, size_t len)
{
	struct reader r = {text, text + len, false};
	struct json *v = calloc(1, sizeof *v);
	if (!v)
		return NULL;
	bool ok = read_value(&r, v, 0) && !r.failed;
	skip_space(&r);
	if (!ok || r.s != r.end) {
		json_free(v);
		return NULL;
	}
	return v;
}

void json_free(struct json *value)
{
	if (value) {
		free_contents(value);
		free(value);
	}
}

const struct json *json_get(const struct json *object, const char *key)
{
	if (!object || object->type != JSON_OBJECT)
		return NULL;
	for (size_t i = 0; i < object->count; i++)
		if (strcmp(object->items[i].key, key) == 0)
			return &object->items[i];
	return NULL;
}
