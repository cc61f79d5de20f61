#include "color.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

bool color_parse(const char *word, enum color_when *when)
{
	static const char *const words[] = {"auto", "always", "never"};
	for (int i = 0; i < 3; i++)
		if (strcmp(word, words[i]) == 0) {
			*when = (enum color_when)i;
			return true;
		}
	return false;
}

bool color_enabled(enum color_when when, int fd)
{
	if (when != COLOR_AUTO)
		return when == COLOR_ALWAYS;
	const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");
	if (no_color && *no_color)
		return false;
	return isatty(fd) && !(term && strcmp(term, "dumb") == 0);
}

const char *color_of(int code)
{
	/* Blue would be the obvious colour for 1xx, but reads poorly on a dark
	 * background. */
	static const char *const by_class[] = {"\033[35m", "\033[32m", "\033[36m", "\033[33m",
					       "\033[31m"};
	return by_class[code / 100 - 1];
}
