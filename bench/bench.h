/* The benchmark's model: operations (code -> phrase, name -> code,
 * method -> id, ...), each with the implementations that can do it, timed
 * on input streams. */
#ifndef BENCH_H
#define BENCH_H

#include <stddef.h>
#include <stdint.h>

enum input { CODES, NAMES, PHRASES, METHODS };

struct key {
	const char *text; /* NUL-terminated */
	size_t len;
};

/* A fixed sequence of inputs: codes, or names, phrases or method tokens. */
struct stream {
	const char *name;
	size_t count;
	int *codes;
	struct key *keys;
};

/* Calls one implementation of an operation on every input of a stream,
 * rounds times, and returns a value made from every result, so that none of
 * the calls can be left out. */
typedef uintptr_t loop_fn(const struct stream *stream, size_t rounds);

struct impl {
	const char *id; /* on the command line */
	const char *label; /* in the tables */
	const char *symbol; /* the function that does the work, for callgrind */
	const char *missing; /* why it was left out of this build, or NULL */
	loop_fn *each; /* one lookup after another, independent */
	loop_fn *chained; /* each lookup's input depends on the last result */
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
