/* What a name or phrase lookup must answer, found the slow, obvious way: a
 * linear scan of every known code's names or phrases, or of every
 * unofficial use's, folding ASCII case. */
#ifndef HTTPSTATUS_FUZZ_REFERENCE_H
#define HTTPSTATUS_FUZZ_REFERENCE_H

#include <httpstatus.h>

#include <stdbool.h>
#include <string.h>

static inline unsigned char reference_fold(unsigned char c)
{
	return c >= 'a' && c <= 'z' ? (unsigned char)(c - 32) : c;
}

static inline bool reference_equal(const char *key, const uint8_t *s, size_t len)
{
	if (strlen(key) != len)
		return false;
	for (size_t i = 0; i < len; i++)
		if (reference_fold((unsigned char)key[i]) != reference_fold(s[i]))
			return false;
	return true;
}

static inline bool reference_is_phrase(const char *alias)
{
	for (; *alias; alias++)
		if (*alias == ' ' || (*alias >= 'a' && *alias <= 'z'))
			return true;
	return false;
}

static inline int reference_lookup(bool phrases, const uint8_t *s, size_t len)
{
	for (int c = httpstatus_next(0); c; c = httpstatus_next(c)) {
		if (reference_equal(phrases ? httpstatus_phrase(c) : httpstatus_name(c), s, len))
			return c;
		const char *alias;
		for (size_t i = 0; (alias = httpstatus_alias(c, i)) != NULL; i++)
			if (reference_is_phrase(alias) == phrases && reference_equal(alias, s, len))
				return c;
	}
	return 0;
}

/* The code of the unofficial use whose phrase or name the bytes are: every
 * use of every code, asked of httpstatus_unofficial(). */
static inline int reference_unofficial_lookup(const uint8_t *s, size_t len)
{
	struct httpstatus_unofficial u;
	for (int c = 100; c < 600; c++)
		for (size_t i = 0; httpstatus_unofficial(c, i, &u); i++)
			if ((u.phrase && reference_equal(u.phrase, s, len)) ||
			    reference_equal(u.name, s, len))
				return c;
	return 0;
}

#endif
