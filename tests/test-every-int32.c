/* The by-code lookups agree with each other for every one of the 2^32 ints,
 * split across threads. Suite "slow": run in an optimized build. */
#define _POSIX_C_SOURCE 200809L

#include <httpstatus.h>

#include <limits.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

enum { MAX_THREADS = 16 };

struct slice {
	int64_t first, last;
	int64_t bad; /* the first int that broke a rule, or INT64_MIN */
	const char *rule;
};

/* The lowest known code above c, the slow way, for codes near the range. */
static int next_known_after(int c)
{
	for (int k = c < 99 ? 100 : c + 1; k <= 599; k++)
		if (httpstatus_is_known(k))
			return k;
	return 0;
}

static const char *check(int c)
{
	bool known = httpstatus_is_known(c);
	if ((httpstatus_phrase(c) != NULL) != known || (httpstatus_name(c) != NULL) != known ||
	    (httpstatus_description(c) != NULL) != known ||
	    (httpstatus_reference(c) != NULL) != known)
		return "is_known iff phrase, name, description and reference";
	bool in_range = c >= 100 && c <= 599;
	if ((int)httpstatus_class(c) != (in_range ? c / 100 : 0))
		return "class by range";
	if ((httpstatus_reason(c) != NULL) != in_range)
		return "reason never NULL in 100-599 and NULL outside";
	if (known && (httpstatus_from_name(httpstatus_name(c)) != c ||
		      httpstatus_from_phrase(httpstatus_phrase(c)) != c))
		return "from_name(name(c)) == c and from_phrase(phrase(c)) == c";
	if (c >= 0 && c < 1000 && httpstatus_next(c) != next_known_after(c))
		return "next is the lowest known code above";
	if ((c < 0 && httpstatus_next(c) != httpstatus_next(0)) ||
	    (c >= 1000 && httpstatus_next(c)))
		return "next from far below is the first code, from far above 0";
	return NULL;
}

static void *sweep(void *arg)
{
	struct slice *s = arg;
	for (int64_t c = s->first; c <= s->last; c++) {
		const char *rule = check((int)c);
		if (rule) {
			s->bad = c;
			s->rule = rule;
			break;
		}
	}
	return NULL;
}

static void every_int32_keeps_every_rule(void **state)
{
	(void)state;
#if defined(_SC_NPROCESSORS_ONLN)
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
#else /* Windows has no sysconf */
	long cpus = 4;
#endif
	size_t threads = cpus < 1 ? 1 : cpus > MAX_THREADS ? MAX_THREADS : (size_t)cpus;
	struct slice slices[MAX_THREADS];
	pthread_t ids[MAX_THREADS];
	int64_t span = ((int64_t)INT_MAX - INT_MIN + 1) / (int64_t)threads;
	struct timespec start, end;
	clock_gettime(CLOCK_MONOTONIC, &start);
	for (size_t t = 0; t < threads; t++) {
		int64_t first = (int64_t)INT_MIN + (int64_t)t * span;
		slices[t] = (struct slice){first, t + 1 == threads ? INT_MAX : first + span - 1,
					   INT64_MIN, NULL};
		assert_int_equal(pthread_create(&ids[t], NULL, sweep, &slices[t]), 0);
	}
	for (size_t t = 0; t < threads; t++) {
		assert_int_equal(pthread_join(ids[t], NULL), 0);
		if (slices[t].rule)
			fail_msg("%lld breaks: %s", (long long)slices[t].bad, slices[t].rule);
	}
	clock_gettime(CLOCK_MONOTONIC, &end);
	printf("swept 2^32 ints on %zu threads in %.1f s\n", threads,
	       (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_int32_keeps_every_rule),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
