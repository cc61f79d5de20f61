/* Eight threads doing a million mixed lookups each get exactly the answers a
 * single thread got first: the library shares nothing that can change. */
#define _POSIX_C_SOURCE 200809L

#include "testdata.h"

#include <httpstatus.h>

#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

enum { THREADS = 8, LOOKUPS = 1000000, INPUTS = 4096 };

/* One input, and every answer the library gives for it. */
struct case_ {
	int code;
	const char *text;
	const char *phrase, *name, *reason, *alias;
	unsigned flags;
	int class_, from_name, from_phrase, next;
	char line[80];
	size_t line_len;
};

static struct case_ cases[INPUTS];
static char *texts[INPUTS];

static void answer(struct case_ *c)
{
	c->phrase = httpstatus_phrase(c->code);
	c->name = httpstatus_name(c->code);
	c->reason = httpstatus_reason(c->code);
	c->alias = httpstatus_alias(c->code, 0);
	c->flags = httpstatus_flags(c->code);
	c->class_ = (int)httpstatus_class(c->code);
	c->from_name = httpstatus_from_name(c->text);
	c->from_phrase = httpstatus_from_phrase(c->text);
	c->next = httpstatus_next(c->code);
	c->line_len = httpstatus_status_line(c->line, sizeof c->line, c->code);
}

static bool same(const struct case_ *a, const struct case_ *b)
{
	return a->phrase == b->phrase && a->name == b->name && a->reason == b->reason &&
	       a->alias == b->alias && a->flags == b->flags && a->class_ == b->class_ &&
	       a->from_name == b->from_name && a->from_phrase == b->from_phrase &&
	       a->next == b->next && a->line_len == b->line_len && strcmp(a->line, b->line) == 0;
}

static void *hammer(void *arg)
{
	size_t *mismatches = arg;
	uint32_t seed = (uint32_t)(uintptr_t)mismatches * 2654435761u;
	for (size_t i = 0; i < LOOKUPS; i++) {
		seed = seed * 1664525u + 1013904223u;
		const struct case_ *expected = &cases[seed >> 20];
		struct case_ got = {.code = expected->code, .text = expected->text};
		answer(&got);
		*mismatches += !same(&got, expected);
	}
	return NULL;
}

/* Known codes and their names and phrases in every case, unknown codes and
 * near misses: something of everything. */
static void make_cases(void)
{
	for (size_t i = 0; i < INPUTS; i++) {
		const struct test_entry *e = &testdata.entries[i % testdata.count];
		const char *keys[] = {e->name, e->phrase, e->alias_count ? e->aliases[0] : e->name};
		switch (i % 5) {
		case 0:
			texts[i] = testdata_lower(keys[i % 3]);
			break;
		case 1:
			texts[i] = testdata_mixed(keys[i % 3]);
			break;
		default:
			texts[i] = testdata_upper(keys[i % 3]);
			texts[i][i % strlen(texts[i])] ^= (char)(i % 4 == 0);
		}
		cases[i].code = i % 7 ? e->code : (int)(i % 700) - 50;
		cases[i].text = texts[i];
		answer(&cases[i]);
	}
}

static void threads_get_the_answers_one_thread_got(void **state)
{
	(void)state;
	make_cases();
	pthread_t ids[THREADS];
	size_t mismatches[THREADS] = {0};
	for (size_t t = 0; t < THREADS; t++)
		assert_int_equal(pthread_create(&ids[t], NULL, hammer, &mismatches[t]), 0);
	for (size_t t = 0; t < THREADS; t++) {
		assert_int_equal(pthread_join(ids[t], NULL), 0);
		assert_int_equal(mismatches[t], 0);
	}
	for (size_t i = 0; i < INPUTS; i++)
		free(texts[i]);
}

int main(int argc, char **argv)
{
	testdata_from_args(argc, argv);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(threads_get_the_answers_one_thread_got),
	};
	int failed = cmocka_run_group_tests(tests, NULL, NULL);
	testdata_free(&testdata);
	return failed;
}
