/* What the error-page and problem-json targets share: how an input becomes
 * a code and a detail, and the checks every writer's output must pass. */
#ifndef HTTPSTATUS_FUZZ_DETAIL_H
#define HTTPSTATUS_FUZZ_DETAIL_H

#include "../utf8-replaced.h"
#include "fuzz.h"

#include <stdbool.h>
#include <string.h>

/* The input's first three bytes are the code's digits ("404...": any byte
 * counts as one digit, so 000-999 all occur); the rest, up to a NUL, is the
 * detail, and an input of three bytes has none (NULL). false for an input
 * too short to hold a code. The detail is the caller's to free. */
static inline bool fuzz_split(const uint8_t *data, size_t size, int *code, char **detail)
{
	if (size < 3)
		return false;
	*code = 0;
	for (size_t i = 0; i < 3; i++)
		*code = *code * 10 + (uint8_t)(data[i] - '0') % 10;
	*detail = NULL;
	if (size > 3) {
		*detail = malloc(size - 3 + 1);
		FUZZ_CHECK(*detail != NULL);
		memcpy(*detail, data + 3, size - 3);
		(*detail)[size - 3] = '\0';
	}
	return true;
}

/* Whether a response with code has content, by RFC 9110. */
static inline bool fuzz_has_content(int code)
{
	return code >= 200 && code <= 599 && code != 204 && code != 205 && code != 304;
}

typedef size_t fuzz_writer(char *buf, size_t size, int code, const char *detail);

/* Checks one call of the writer against snprintf's rules: into a buffer of
 * exactly size bytes, ending where its allocation ends (so that ASan sees a
 * byte written past it), it returns the whole length and writes the
 * output's first size - 1 bytes and a NUL: only the NUL where it has no
 * output, nothing at all when size is 0. */
static inline void fuzz_check_size(fuzz_writer *write, int code, const char *detail,
				   const char *whole, size_t len, size_t size)
{
	char *room = malloc(size + 1), *buf = room + 1;
	FUZZ_CHECK(room != NULL);
	memset(room, '#', size + 1);
	FUZZ_CHECK(write(buf, size, code, detail) == len);
	FUZZ_CHECK(room[0] == '#');
	if (size > 0) {
		size_t kept = size - 1 < len ? size - 1 : len;
		FUZZ_CHECK(memcmp(buf, whole, kept) == 0 && buf[kept] == '\0');
	}
	free(room);
}

/* The whole output, checked against snprintf's rules at a handful of sizes:
 * 0, 1, one short and exactly enough, and three the input chooses (from a
 * hash of the detail), so that a campaign tries every size of every length
 * without paying for them all on each input. The caller frees what is
 * returned; its length is in *len. */
static inline char *fuzz_write_checked(fuzz_writer *write, int code, const char *detail,
				       size_t *len)
{
	*len = write(NULL, 0, code, detail);
	char *whole = malloc(*len + 1);
	FUZZ_CHECK(whole != NULL);
	whole[0] = '#';
	FUZZ_CHECK(write(whole, *len + 1, code, detail) == *len);
	FUZZ_CHECK(strlen(whole) == *len);
	uint32_t hash = 2166136261u; /* FNV-1a */
	for (const char *s = detail; s && *s; s++)
		hash = (hash ^ (uint8_t)*s) * 16777619u;
	size_t sizes[] = {0, 1, *len, *len + 1, 0, 0, 0};
	for (size_t i = 4; i < sizeof sizes / sizeof sizes[0]; i++) {
		sizes[i] = hash % (*len + 2);
		hash = hash * 2654435761u + 1;
	}
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		fuzz_check_size(write, code, detail, whole, *len, sizes[i]);
	return whole;
}

/* Whether the n bytes at s are well-formed UTF-8: nothing to replace. */
static inline bool fuzz_valid_utf8(const char *s, size_t n)
{
	size_t out_len;
	char *replaced = utf8_replaced(s, n, &out_len);
	bool same = out_len == n && memcmp(replaced, s, n) == 0;
	free(replaced);
	return same;
}

#endif
