/* Suggestions: "did you mean ...?", the names, phrases and method tokens
 * nearest to a query that matched nothing. Every text that may be
 * suggested is made ready once (case folded, with what bytes it holds); a
 * query is then measured only against the texts whose length and bytes
 * allow them to be near enough, and each measure stops as soon as the text
 * is further than the nearest found so far. */
#include "cli.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { TEXT_MAX = 64 };

/* A text that may be suggested, made ready. */
struct candidate {
	const char *text; /* as the library spells it */
	char normal[TEXT_MAX]; /* lower case, '_' and '-' as spaces */
	size_t len;
	uint64_t bytes; /* which bytes normal holds, as bits of bytes_of() */
	size_t item; /* the answer it is a text of, counted in item_next's order */
	size_t order; /* its place among all texts in item_next's order */
	bool name; /* it looks like a name: NOT_FOUND, not Not Found */
	bool use; /* the answer is an unofficial use */
};

/* How near an answer is, and its nearest texts of each kind (a phrase, a
 * name): the first of each in the answer's order, as places in the table;
 * NONE for none. */
#define NONE SIZE_MAX
struct nearest {
	size_t distance;
	size_t text[2];
};

/* Every text, by length (in item_next's order within a length); and for
 * each answer how near it is to the query being measured. */
struct table {
	struct candidate *texts;
	size_t from[TEXT_MAX + 2]; /* texts[from[n]..from[n + 1]) are n bytes long */
	struct nearest *answers; /* by item, distance TEXT_MAX unless touched */
	size_t *touched; /* the answers a query has measured */
};

/* Lower case, and '_' and '-' as spaces, into out (TEXT_MAX bytes); the
 * length, or 0 when it does not fit. */
static size_t normalize(const char *s, size_t len, char *out)
{
	if (len > TEXT_MAX)
		return 0;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (c == '_' || c == '-')
			c = ' ';
		else if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		out[i] = c;
	}
	return len;
}

/* A bit for each byte: one a letter, a digit and the space, the rest
 * sharing the others. */
static uint64_t bytes_of(const char *s, size_t len)
{
	uint64_t bits = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		unsigned bit = c >= 'a' && c <= 'z'   ? c - 'a'
			       : c >= '0' && c <= '9' ? 26 + (c - '0')
			       : c == ' '             ? 36
						      : 37 + c % 27;
		bits |= UINT64_C(1) << bit;
	}
	return bits;
}

static unsigned bits_set(uint64_t x)
{
#if defined(__GNUC__)
	return (unsigned)__builtin_popcountll(x);
#else
	unsigned n = 0;
	for (; x; x &= x - 1)
		n++;
	return n;
#endif
}

/* No lower-case letter and no space: NOT_FOUND, not Not Found. */
static bool looks_like_name(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] == ' ' || (s[i] >= 'a' && s[i] <= 'z'))
			return false;
	return true;
}

/* The answer's i-th text that may be suggested, NULL past the last: a
 * code's name, phrase, then older names and phrases; a use's name and
 * phrase ("" where it has none); a method's token. */
static const char *text_of(const struct item *it, size_t i)
{
	struct httpstatus_unofficial u = {0}; /* an answer's use is always there */
	if (it->kind == ITEM_CODE)
		return i == 0   ? httpstatus_name(it->code)
		       : i == 1 ? httpstatus_phrase(it->code)
				: httpstatus_alias(it->code, i - 2);
	if (it->kind == ITEM_METHOD)
		return i == 0 ? httpstatus_method_name(it->method) : NULL;
	httpstatus_unofficial(it->code, it->use, &u);
	return i == 0 ? u.name : i == 1 ? (u.phrase ? u.phrase : "") : NULL;
}

/* Each text of every answer, once, into texts (NULL to count them), in
 * item_next's order; how many, and how many answers in *items. */
static size_t make_candidates(struct candidate *texts, size_t *items)
{
	static const struct context everything = {0};
	const char *text;
	size_t n = 0, item = 0;
	for (struct item it = {0}; item_next(&everything, &it); item++)
		for (size_t i = 0; (text = text_of(&it, i)) != NULL; i++) {
			size_t len = strlen(text);
			if (len == 0 || len > TEXT_MAX)
				continue;
			if (texts) {
				struct candidate *c = &texts[n];
				c->text = text;
				c->len = normalize(text, len, c->normal);
				c->bytes = bytes_of(c->normal, c->len);
				c->item = item;
				c->order = n;
				c->name = looks_like_name(text, len);
				c->use = it.kind == ITEM_USE;
			}
			n++;
		}
	*items = item;
	return n;
}

/* The table, made on first use; NULL if memory ran out. */
static struct table *table_of_texts(void)
{
	static struct table t;
	static bool made;
	if (made)
		return t.texts ? &t : NULL;
	made = true;
	size_t items, count = make_candidates(NULL, &items);
	/* At least one of each, as malloc(0) may give NULL. */
	struct candidate *texts = malloc((count + 1) * sizeof *texts);
	t.texts = malloc((count + 1) * sizeof *t.texts);
	t.answers = malloc((items + 1) * sizeof *t.answers);
	t.touched = malloc((items + 1) * sizeof *t.touched);
	if (!texts || !t.texts || !t.answers || !t.touched) { /* GCOVR_EXCL_START: no test */
		free(texts); /* makes malloc fail */
		free(t.texts);
		t.texts = NULL;
		return NULL;
	} /* GCOVR_EXCL_STOP */
	count = make_candidates(texts, &items);
	for (size_t i = 0; i < items; i++)
		t.answers[i] = (struct nearest){TEXT_MAX, {NONE, NONE}};
	/* By length, a counting sort that keeps the order within a length. */
	for (size_t i = 0; i < count; i++)
		t.from[texts[i].len + 1]++;
	for (size_t n = 1; n <= TEXT_MAX + 1; n++)
		t.from[n] += t.from[n - 1];
	size_t at[TEXT_MAX + 1];
	memcpy(at, t.from, sizeof at);
	for (size_t i = 0; i < count; i++)
		t.texts[at[texts[i].len]++] = texts[i];
	free(texts);
	return &t;
}

static size_t min2(size_t a, size_t b)
{
	return a < b ? a : b;
}

/* The query, made ready to be measured against texts: for each byte, the
 * places (bits) it holds in the query. */
struct pattern {
	uint64_t places[256];
	size_t len;
};

static void make_pattern(struct pattern *p, const char *q, size_t m)
{
	memset(p->places, 0, sizeof p->places);
	for (size_t i = 0; i < m; i++)
		p->places[(unsigned char)q[i]] |= UINT64_C(1) << i;
	p->len = m;
}

/* The optimal-string-alignment distance between the query and the n bytes
 * at t: insertions, deletions, substitutions and swaps of neighbours, each
 * counting one. It keeps a column of the distance matrix as bits of the
 * differences between neighbouring cells, a text byte a step (Myers' bit
 * vectors, with Hyyrö's term for swaps). */
static size_t distance(const struct pattern *p, const char *t, size_t n)
{
	uint64_t vp = p->len == 64 ? ~UINT64_C(0) : (UINT64_C(1) << p->len) - 1, vn = 0, d0 = 0;
	uint64_t last = UINT64_C(1) << (p->len - 1), previous = 0;
	size_t d = p->len;
	for (size_t j = 0; j < n; j++) {
		uint64_t pm = p->places[(unsigned char)t[j]];
		uint64_t swap = ((~d0 & pm) << 1) & previous;
		d0 = (((pm & vp) + vp) ^ vp) | pm | vn | swap;
		uint64_t hp = vn | ~(d0 | vp), hn = d0 & vp;
		d += (hp & last) != 0;
		d -= (hn & last) != 0;
		hp = hp << 1 | 1;
		vp = hn << 1 | ~(d0 | hp);
		vn = d0 & hp;
		previous = pm;
	}
	return d;
}

/* Whether the suggestions hold text already: a use may share a name with a
 * registered code (UNAUTHORIZED). */
static bool has_text(const struct suggestions *s, const char *text)
{
	for (size_t i = 0; i < s->count; i++)
		if (text_equal(text, strlen(text), s->text[i]))
			return true;
	return false;
}

/* Measures the query q (m bytes, holding bytes) against every text whose
 * length lets it be near enough, into t->answers; the answers it measured
 * in t->touched, how many in *touched. The nearest distance found. */
static size_t measure(const struct context *c, const struct table *t, const struct pattern *q,
		      uint64_t bytes, size_t *touched)
{
	size_t m = q->len;
	/* At most a third of the longer text differs, so a text has from
	 * m - m/3 to m + m/2 bytes. */
	size_t best = TEXT_MAX, shortest = m - m / 3, longest = min2(m + m / 2, TEXT_MAX);
	*touched = 0;
	for (size_t i = t->from[shortest]; i < t->from[longest + 1]; i++) {
		const struct candidate *text = &t->texts[i];
		struct nearest *n = &t->answers[text->item];
		size_t longer = text->len > m ? text->len : m, shorter = text->len + m - longer;
		size_t k = min2(longer / 3, min2(n->distance, best));
		/* The distance is at least the difference in length, and at least
		 * the number of kinds of byte one has and the other lacks. */
		if ((c->registered_only && text->use) || longer - shorter > k ||
		    bits_set(bytes & ~text->bytes) > k || bits_set(text->bytes & ~bytes) > k)
			continue;
		size_t d = distance(q, text->normal, text->len);
		if (d > k)
			continue;
		if (n->distance == TEXT_MAX)
			t->touched[(*touched)++] = text->item;
		if (d < n->distance)
			*n = (struct nearest){d, {NONE, NONE}};
		size_t *first = &n->text[text->name];
		if (*first == NONE || text->order < t->texts[*first].order)
			*first = i;
		best = min2(best, d);
	}
	return best;
}

struct suggestions suggest(const struct context *c, const char *query, size_t len)
{
	struct suggestions s = {0};
	char q[TEXT_MAX] = "";
	size_t m = normalize(query, len, q), touched = 0;
	bool want_name = memchr(query, '_', len) || looks_like_name(query, len);
	struct table *t = m ? table_of_texts() : NULL;
	struct pattern p;
	make_pattern(&p, q, m);
	size_t best = t ? measure(c, t, &p, bytes_of(q, m), &touched) : TEXT_MAX;
	/* The nearest answers in item_next's order: a sort of the few. */
	for (size_t i = 1; i < touched; i++)
		for (size_t j = i; j > 0 && t->touched[j - 1] > t->touched[j]; j--) {
			size_t swap = t->touched[j];
			t->touched[j] = t->touched[j - 1];
			t->touched[j - 1] = swap;
		}
	for (size_t i = 0; i < touched; i++) {
		struct nearest *n = &t->answers[t->touched[i]];
		size_t pick = n->text[want_name] != NONE ? n->text[want_name] : n->text[!want_name];
		const char *text = t->texts[pick].text;
		if (n->distance == best && s.count < SUGGESTIONS_MAX && !has_text(&s, text))
			s.text[s.count++] = text;
		*n = (struct nearest){TEXT_MAX, {NONE, NONE}};
	}
	return s;
}
