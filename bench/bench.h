/* The benchmark's model: operations (code -> phrase, name -> code,
 * method -> id, ...), each with the implementations that can do it, timed
 * on input streams. */
#ifndef BENCH_H
#define BENCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What an operation takes: a code (with the request's method, for
 * CODES_AND_METHODS, on the same streams), or a name, a phrase, an
 * unofficial use's phrase or a method token. */
enum input { CODES, CODES_AND_METHODS, NAMES, PHRASES, UNOFFICIAL_PHRASES, METHODS };

struct key {
	const char *text; /* NUL-terminated */
	size_t len;
};

/* A fixed sequence of inputs: codes (each with a request method), or
 * names, phrases or method tokens. */
struct stream {
	const char *name;
	size_t count;
	int *codes;
	int *methods; /* beside the codes: the id of the request's method */
	struct key *keys;
	/* Keys in another case than the data files': an implementation that
	 * is case-sensitive by design finds none of them. */
	bool recased;
};

/* Calls one implementation of an operation on every input of a stream,
 * rounds times, and returns a value made from every result, so that none of
 * the calls can be left out. */
typedef uintptr_t loop_fn(const struct stream *stream, size_t rounds);

/* What one call gives, in a form that two implementations' answers can be
 * compared in: a number (a code, an id, a class, a truth value, a length),
 * and the string it returned or wrote, if any. */
struct answer {
	long long number;
	bool has_text;
	char text[160];
};

/* The answer of one implementation to input i of a stream. */
typedef void answer_fn(const struct stream *stream, size_t i, struct answer *answer);

struct impl {
	const char *id; /* on the command line */
	const char *label; /* in the tables */
	const char *symbol; /* the function that does the work, for callgrind */
	const char *missing; /* why it was left out of this build, or NULL */
	loop_fn *each; /* one lookup after another, independent */
	loop_fn *chained; /* each lookup's input depends on the last result */
	answer_fn *answer;
	/* The id of the implementation of the operation whose answers this
	 * one gives; NULL: the first, libhttpstatus. The one named itself: a
	 * reference, not checked. */
	const char *answers_as;
	/* Why its answers are not libhttpstatus's, where they need not be (a
	 * peer with its own phrases): they are not checked. NULL: checked. */
	const char *own_answers;
	bool case_sensitive; /* finds no key of a recased stream */
};

struct operation {
	const char *id;
	const char *title;
	enum input input;
	const struct impl *impls; /* libhttpstatus first */
	size_t impl_count;
};

extern const struct operation operations[];
extern const size_t operation_count;

/* Always 0, but read at run time, so the compiler cannot know it: a result
 * ANDed with it and added to the next input makes that input depend on the
 * result without changing it. */
extern volatile uintptr_t bench_zero;

#endif
