#include "streams.h"

#include "baselines.h"
#include "bench-data.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An assumed mix for a busy web server, not a measured one: mostly 200,
 * then revalidations, redirects and misses, and a tail of everything else
 * (499, nginx's "client closed request", is not a registered code). */
static const struct {
	int code, weight;
} traffic[] = {
	{200, 7000}, {304, 900}, {302, 400}, {404, 350}, {301, 300}, {204, 250}, {206, 120},
	{500, 80},   {403, 80},  {400, 60},  {401, 50},  {307, 40},  {201, 40},  {503, 40},
	{502, 30},   {429, 30},  {101, 20},  {504, 20},  {409, 15},  {412, 15},  {410, 10},
	{405, 10},   {422, 10},  {308, 10},  {303, 10},  {499, 5},   {100, 5},   {408, 5},
};

/* Codes no entry has, in 100-599 and outside it, for the uniform stream. */
static const int unknown_codes[] = {
	-1,  0,   99,  150, 199, 209, 250, 299, 309, 350,
	399, 419, 430, 450, 499, 512, 550, 599, 600, 1000,
};

/* An assumed mix of request methods for a busy web server, not a measured
 * one: mostly GET, then forms and API writes, HEAD from monitors and
 * caches, CORS preflights (OPTIONS); in parts of 10000, and every other
 * method in the methods file shares the rest equally. */
static const struct {
	const char *token;
	int weight;
} method_traffic[] = {
	{"GET", 8000},    {"POST", 800},   {"HEAD", 400},  {"PUT", 200},
	{"OPTIONS", 200}, {"DELETE", 150}, {"PATCH", 100},
};
enum { OTHER_METHODS_WEIGHT = 150 };

/* What a server meets in a method's place that is no method, beside every
 * method in lower case, capitalised and one small edit away: near misses,
 * HTCPCP's BREW (RFC 2324), the reserved "*" and a lone letter. */
static const char *const not_methods[] = {
	"GETS", "PUTT", "OPTION", "DELET", "BREW", "POSTS", "HEADER", "PROPFINDS", "*", "G",
};

static uint64_t next_random(uint64_t *state)
{
	uint64_t z = (*state += UINT64_C(0x9e3779b97f4a7c15));
	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

static void *must(void *p)
{
	if (!p) {
		fputs("httpstatus-bench: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

static bool is_known(int code)
{
	for (size_t i = 0; i < bench_entries_count; i++)
		if (bench_entries[i].code == code)
			return true;
	return false;
}

/* The id of a method in the methods file; exits if it is not there. */
static int method_id(const char *token)
{
	int id = scan_method_strcmp(token);
	if (id == 0) {
		fprintf(stderr, "httpstatus-bench: %s is not in the methods file\n", token);
		exit(1);
	}
	return id;
}

/* The request methods beside the codes, for httpstatus_has_content: an
 * assumed mix again, mostly GET, and enough HEAD and CONNECT (the methods
 * that change the answer) to matter. In parts of 100. */
static const struct {
	const char *token;
	int weight;
} code_methods[] = {
	{"GET", 84},
	{"POST", 8},
	{"HEAD", 6},
	{"CONNECT", 2},
};

static void add_methods(struct stream *s, uint64_t *state)
{
	s->methods = must(calloc(s->count, sizeof(int)));
	for (size_t n = 0; n < s->count; n++) {
		int r = (int)(next_random(state) % 100);
		size_t i = 0;
		while (r >= code_methods[i].weight)
			r -= code_methods[i++].weight;
		s->methods[n] = method_id(code_methods[i].token);
	}
}

static void code_streams(struct stream_set *set, size_t length, uint64_t *state)
{
	struct stream *mix = &set->codes[0], *uniform = &set->codes[1];
	*mix = (struct stream){
		.name = "traffic", .count = length, .codes = must(calloc(length, sizeof(int)))};
	*uniform = (struct stream){
		.name = "uniform", .count = length, .codes = must(calloc(length, sizeof(int)))};
	long total = 0;
	for (size_t i = 0; i < sizeof traffic / sizeof traffic[0]; i++)
		total += traffic[i].weight;
	for (size_t n = 0; n < length; n++) {
		long r = (long)(next_random(state) % (uint64_t)total);
		size_t i = 0;
		while (r >= traffic[i].weight)
			r -= traffic[i++].weight;
		mix->codes[n] = traffic[i].code;
	}
	int pool[BENCH_CODE_SPAN + sizeof unknown_codes / sizeof unknown_codes[0]];
	size_t count = 0;
	for (size_t i = 0; i < bench_entries_count; i++)
		pool[count++] = bench_entries[i].code;
	for (size_t i = 0; i < sizeof unknown_codes / sizeof unknown_codes[0]; i++)
		if (!is_known(unknown_codes[i]))
			pool[count++] = unknown_codes[i];
	for (size_t n = 0; n < length; n++)
		uniform->codes[n] = pool[next_random(state) % count];
	/* From a sequence of their own, so that the other streams stay what
	 * they were before the methods came. */
	uint64_t methods_state = 2025;
	add_methods(mix, &methods_state);
	add_methods(uniform, &methods_state);
}

/* Keys are copied into one block, so that the streams can point into it. */
struct arena {
	char *next, *end;
};

static const char *arena_add(struct arena *a, const char *s, size_t len)
{
	if ((size_t)(a->end - a->next) < len + 1) {
		fputs("httpstatus-bench: arena too small\n", stderr);
		exit(1);
	}
	char *copy = a->next;
	memcpy(copy, s, len);
	copy[len] = '\0';
	a->next += len + 1;
	return copy;
}

static unsigned char fold(unsigned char c)
{
	return c >= 'a' && c <= 'z' ? (unsigned char)(c - ('a' - 'A')) : c;
}

static bool same_folded(const char *a, const char *b)
{
	while (*a && fold((unsigned char)*a) == fold((unsigned char)*b)) {
		a++;
		b++;
	}
	return *a == *b;
}

static bool is_key(const struct bench_key *keys, size_t count, const char *s)
{
	for (size_t i = 0; i < count; i++)
		if (same_folded(keys[i].text, s))
			return true;
	return false;
}

/* Something a key is not, but looks like: one of four small edits, taken in
 * turn, made again until the result matches no key in any case. */
static const char *near_miss(struct arena *a, const char *key, size_t turn,
			     const struct bench_key *keys, size_t count)
{
	char buf[80];
	size_t len = strlen(key);
	memcpy(buf, key, len + 1);
	do {
		switch (turn++ % 4) {
		case 0: /* one letter too many */
			buf[len++] = 'X';
			buf[len] = '\0';
			break;
		case 1: /* the last one missing */
			buf[--len] = '\0';
			break;
		case 2: /* a letter changed in the middle */
			buf[len / 2] = buf[len / 2] == 'Q' ? 'X' : 'Q';
			break;
		default: /* the first one changed */
			buf[0] = buf[0] == 'Z' ? 'Y' : 'Z';
			break;
		}
	} while (len == 0 || len + 2 >= sizeof buf || is_key(keys, count, buf));
	return arena_add(a, buf, len);
}

struct key_list {
	const char *text[BENCH_CODE_SPAN];
	size_t count;
};

static void fill(struct stream *s, const char *name, size_t length, const struct key_list *list,
		 uint64_t *state)
{
	*s = (struct stream){
		.name = name, .count = length, .keys = must(calloc(length, sizeof(struct key)))};
	for (size_t n = 0; n < length; n++) {
		const char *text = list->text[next_random(state) % list->count];
		s->keys[n] = (struct key){text, strlen(text)};
	}
}

/* The keys of one kind, for its streams: the canonical ones, the older ones
 * (none: no alias stream), and every key the library knows of the kind,
 * which the unknown stream must miss. */
struct key_kind {
	const char *const *canonical;
	size_t canonical_count;
	const struct bench_key *old, *all;
	size_t old_count, all_count;
};

/* The streams of a kind of key: canonical, alias (if the kind has older
 * keys), lower-case, unknown; returns how many. */
static size_t key_streams(struct stream *out, struct arena *a, size_t length,
			  const struct key_kind *kind, uint64_t *state)
{
	static struct key_list canonical, alias, lower, unknown;
	canonical.count = alias.count = lower.count = unknown.count = 0;
	for (size_t i = 0; i < kind->canonical_count; i++) {
		const char *key = kind->canonical[i];
		size_t len = strlen(key);
		canonical.text[canonical.count++] = key;
		char *low = (char *)arena_add(a, key, len);
		for (char *c = low; *c; c++)
			if (*c >= 'A' && *c <= 'Z')
				*c = (char)(*c + ('a' - 'A'));
		lower.text[lower.count++] = low;
		unknown.text[unknown.count++] = near_miss(a, key, i, kind->all, kind->all_count);
	}
	for (size_t i = 0; i < kind->old_count; i++)
		alias.text[alias.count++] = kind->old[i].text;
	size_t n = 0;
	fill(&out[n++], "canonical", length, &canonical, state);
	if (alias.count)
		fill(&out[n++], "alias", length, &alias, state);
	fill(&out[n], "lower-case", length, &lower, state);
	out[n++].recased = true;
	fill(&out[n++], "unknown", length, &unknown, state);
	return n;
}

/* The names or the phrases of the status-code file as a kind of key. */
static size_t status_key_streams(struct stream *out, struct arena *a, size_t length, bool phrases,
				 uint64_t *state)
{
	static const char *canonical[BENCH_CODE_SPAN];
	for (size_t i = 0; i < bench_entries_count; i++)
		canonical[i] = phrases ? bench_entries[i].phrase : bench_entries[i].name;
	struct key_kind kind = {
		.canonical = canonical,
		.canonical_count = bench_entries_count,
		.old = phrases ? bench_old_phrases : bench_old_names,
		.old_count = phrases ? bench_old_phrases_count : bench_old_names_count,
		.all = phrases ? bench_phrases : bench_names,
		.all_count = phrases ? bench_phrases_count : bench_names_count,
	};
	return key_streams(out, a, length, &kind, state);
}

/* The unofficial uses' phrases; the unknown stream misses their names
 * too, which httpstatus_unofficial_from_phrase also knows. */
static size_t unofficial_streams(struct stream *out, struct arena *a, size_t length,
				 uint64_t *state)
{
	static const char *canonical[BENCH_CODE_SPAN];
	for (size_t i = 0; i < bench_unofficial_phrases_count; i++)
		canonical[i] = bench_unofficial_phrases[i].text;
	struct key_kind kind = {
		.canonical = canonical,
		.canonical_count = bench_unofficial_phrases_count,
		.all = bench_unofficial_keys,
		.all_count = bench_unofficial_keys_count,
	};
	return key_streams(out, a, length, &kind, state);
}

static bool is_method(const char *s)
{
	for (size_t i = 0; i < bench_methods_count; i++)
		if (strcmp(bench_methods[i].text, s) == 0)
			return true;
	return false;
}

static int method_weight(const char *token, size_t others)
{
	for (size_t i = 0; i < sizeof method_traffic / sizeof method_traffic[0]; i++)
		if (strcmp(method_traffic[i].token, token) == 0)
			/* So that the others' share is OTHER_METHODS_WEIGHT in
			 * all, and each of theirs a whole number. */
			return method_traffic[i].weight * (int)(others ? others : 1);
	return OTHER_METHODS_WEIGHT;
}

/* The token with its letters in lower case, or but the first. */
static const char *recased(struct arena *a, const char *token, bool keep_first)
{
	size_t len = strlen(token);
	char *copy = (char *)arena_add(a, token, len);
	for (char *c = copy + keep_first; *c; c++)
		if (*c >= 'A' && *c <= 'Z')
			*c = (char)(*c + ('a' - 'A'));
	return copy;
}

static void add_unknown(struct key_list *list, const char *s)
{
	if (list->count == sizeof list->text / sizeof list->text[0]) {
		fputs("httpstatus-bench: too many methods for the unknown stream\n", stderr);
		exit(1);
	}
	if (!is_method(s))
		list->text[list->count++] = s;
}

static void method_streams(struct stream *out, struct arena *a, size_t length, uint64_t *state)
{
	size_t named = sizeof method_traffic / sizeof method_traffic[0];
	for (size_t i = 0; i < named; i++)
		if (!is_method(method_traffic[i].token)) {
			fprintf(stderr, "httpstatus-bench: %s is not in the methods file\n",
				method_traffic[i].token);
			exit(1);
		}
	size_t others = bench_methods_count - named;
	static struct key_list uniform, unknown;
	uniform.count = unknown.count = 0;
	long weights[BENCH_CODE_SPAN], total = 0;
	for (size_t i = 0; i < bench_methods_count; i++) {
		const char *token = bench_methods[i].text;
		uniform.text[uniform.count++] = token;
		weights[i] = method_weight(token, others);
		total += weights[i];
		add_unknown(&unknown, recased(a, token, false));
		add_unknown(&unknown, recased(a, token, true));
		add_unknown(&unknown, near_miss(a, token, i, bench_methods, bench_methods_count));
	}
	for (size_t i = 0; i < sizeof not_methods / sizeof not_methods[0]; i++)
		add_unknown(&unknown, not_methods[i]);

	struct stream *mix = &out[0];
	*mix = (struct stream){.name = "traffic",
			       .count = length,
			       .keys = must(calloc(length, sizeof(struct key)))};
	for (size_t n = 0; n < length; n++) {
		long r = (long)(next_random(state) % (uint64_t)total);
		size_t i = 0;
		while (r >= weights[i])
			r -= weights[i++];
		const char *token = bench_methods[i].text;
		mix->keys[n] = (struct key){token, strlen(token)};
	}
	fill(&out[1], "uniform", length, &uniform, state);
	fill(&out[2], "unknown", length, &unknown, state);
}

void streams_build(struct stream_set *set, size_t length)
{
	uint64_t state = 2024;
	size_t size = 0;
	for (size_t i = 0; i < bench_entries_count; i++)
		size += 2 * (strlen(bench_entries[i].name) + strlen(bench_entries[i].phrase) + 8);
	for (size_t i = 0; i < bench_unofficial_phrases_count; i++)
		size += 2 * (strlen(bench_unofficial_phrases[i].text) + 8);
	for (size_t i = 0; i < bench_methods_count; i++)
		size += 3 * (strlen(bench_methods[i].text) + 8);
	set->text = must(malloc(size));
	struct arena a = {set->text, set->text + size};
	code_streams(set, length, &state);
	set->name_count = status_key_streams(set->names, &a, length, false, &state);
	set->phrase_count = status_key_streams(set->phrases, &a, length, true, &state);
	method_streams(set->methods, &a, length, &state);
	/* Last, so that the other streams stay what they were before these
	 * came. */
	set->unofficial_count = unofficial_streams(set->unofficial, &a, length, &state);
}

void streams_free(struct stream_set *set)
{
	for (size_t i = 0; i < CODE_STREAMS; i++) {
		free(set->codes[i].codes);
		free(set->codes[i].methods);
	}
	for (size_t i = 0; i < set->name_count; i++)
		free(set->names[i].keys);
	for (size_t i = 0; i < set->phrase_count; i++)
		free(set->phrases[i].keys);
	for (size_t i = 0; i < set->unofficial_count; i++)
		free(set->unofficial[i].keys);
	for (size_t i = 0; i < METHOD_STREAMS; i++)
		free(set->methods[i].keys);
	free(set->text);
}

const struct stream *streams_for(const struct stream_set *set, enum input input, size_t *count)
{
	switch (input) {
	case CODES:
	case CODES_AND_METHODS:
		*count = CODE_STREAMS;
		return set->codes;
	case NAMES:
		*count = set->name_count;
		return set->names;
	case PHRASES:
		*count = set->phrase_count;
		return set->phrases;
	case UNOFFICIAL_PHRASES:
		*count = set->unofficial_count;
		return set->unofficial;
	case METHODS:
		break;
	}
	*count = METHOD_STREAMS;
	return set->methods;
}
