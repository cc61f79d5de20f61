/* stamp-page: a manual page with its .TH line dated and versioned, as a
 * distribution wants it, and the same bytes for the same tree whenever and
 * wherever it is built. The date is, first to last:
 *
 *   - SOURCE_DATE_EPOCH, when it is set (reproducible-builds.org; Debian sets
 *     it from debian/changelog), as a UTC date;
 *   - the date on the CHANGELOG's heading for this version,
 *     "## 0.2.0 (2025-06-30)";
 *   - 1970-01-01, as SOURCE_DATE_EPOCH=0 gives, while that heading says
 *     "(unreleased)": no date that would change between two builds.
 *
 * usage: stamp-page --version VERSION --changelog CHANGELOG.md PAGE OUTPUT
 *
 * The page is copied byte for byte but for its .TH line, whose date (third
 * argument) becomes YYYY-MM-DD and source (fourth) "libhttpstatus VERSION".
 * A problem is said with the file it is in, and nothing is written. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *program = "stamp-page";

/* Says what is wrong, and where, and stops: no output is left behind. */
static const char *temp_path;
static void fail(const char *where, const char *what, const char *detail)
{
	fprintf(stderr, "%s: %s: %s%s%s\n", program, where, what, detail ? ": " : "",
		detail ? detail : "");
	if (temp_path)
		remove(temp_path);
	exit(1);
}

/* The whole file, NUL-terminated; a NUL inside it is an error. */
static char *read_whole(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		fail(path, "cannot open", strerror(errno));
	size_t len = 0, size = 4096;
	char *text = malloc(size);
	for (size_t n; text && (n = fread(text + len, 1, size - len - 1, f)) > 0;) {
		len += n;
		if (size - len - 1 == 0) {
			char *bigger = realloc(text, size *= 2);
			if (!bigger)
				free(text);
			text = bigger;
		}
	}
	if (!text)
		fail(path, "out of memory", NULL);
	if (ferror(f))
		fail(path, "cannot read", strerror(errno));
	fclose(f);
	text[len] = '\0';
	if (strlen(text) != len)
		fail(path, "holds a NUL byte", NULL);
	return text;
}

/* Whether s starts with YYYY-MM-DD, a month of 01-12 and a day of 01-31. */
static bool is_date(const char *s)
{
	for (int i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : s[i] < '0' || s[i] > '9')
			return false;
	int month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
	return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/* SOURCE_DATE_EPOCH's date, YYYY-MM-DD in UTC, into date; false if unset. */
static bool date_from_epoch(char date[11])
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	if (!epoch || !*epoch)
		return false;
	char *end;
	errno = 0;
	unsigned long long seconds = strtoull(epoch, &end, 10);
	/* Up to 9999-12-31, a date of four digits. */
	if (*epoch < '0' || *epoch > '9' || *end || errno || seconds > 253402300799ULL)
		fail("SOURCE_DATE_EPOCH", "not a number of seconds since 1970 up to 9999", epoch);
	time_t t = (time_t)seconds;
	struct tm *tm = (unsigned long long)t == seconds ? gmtime(&t) : NULL;
	if (!tm)
		fail("SOURCE_DATE_EPOCH", "past what this machine's time_t holds", epoch);
	strftime(date, 11, "%Y-%m-%d", tm); /* years 1970 to 9999: it fits */
	return true;
}

/* The date on the CHANGELOG's heading for version, "## 0.2.0 (2025-06-30)",
 * into date; 1970-01-01 for "(unreleased)". */
static void date_from_changelog(const char *path, const char *version, char date[11])
{
	char *text = read_whole(path);
	size_t version_len = strlen(version);
	unsigned line = 1;
	for (char *s = text; *s; line++) {
		char *end = strchr(s, '\n');
		if (!end)
			end = s + strlen(s);
		if (strncmp(s, "## ", 3) == 0 && strncmp(s + 3, version, version_len) == 0 &&
		    s[3 + version_len] == ' ') {
			const char *said = s + 3 + version_len + 1;
			size_t said_len = (size_t)(end - said);
			if (said_len == 12 && said[0] == '(' && is_date(said + 1) &&
			    said[11] == ')') {
				memcpy(date, said + 1, 10);
				date[10] = '\0';
			} else if (said_len == 12 && memcmp(said, "(unreleased)", 12) == 0) {
				strcpy(date, "1970-01-01");
			} else {
				char where[4096];
				snprintf(where, sizeof where, "%s:%u", path, line);
				*end = '\0';
				fail(where, "the heading must end in (YYYY-MM-DD) or (unreleased)",
				     s);
			}
			free(text);
			return;
		}
		s = *end ? end + 1 : end;
	}
	char heading[256];
	snprintf(heading, sizeof heading, "no heading \"## %s (YYYY-MM-DD)\"", version);
	fail(path, heading, NULL);
}

/* The .TH line's arguments as roff reads them: words, or "quoted words";
 * up to max into args (pointers into line, which is cut into strings). */
static size_t split_arguments(char *line, char **args, size_t max)
{
	size_t n = 0;
	for (char *s = line; *s && n < max;) {
		while (*s == ' ')
			s++;
		if (!*s)
			break;
		char *end;
		if (*s == '"') {
			args[n++] = ++s;
			end = strchr(s, '"');
		} else {
			args[n++] = s;
			end = strchr(s, ' ');
		}
		if (!end)
			break;
		*end = '\0';
		s = end + 1;
	}
	return n;
}

int main(int argc, char **argv)
{
	if (argc != 7 || strcmp(argv[1], "--version") != 0 || strcmp(argv[3], "--changelog") != 0) {
		fprintf(stderr,
			"usage: %s --version VERSION --changelog CHANGELOG.md PAGE OUTPUT\n",
			program);
		return 2;
	}
	const char *version = argv[2], *changelog = argv[4], *page = argv[5], *output = argv[6];
	char date[11];
	if (!date_from_epoch(date))
		date_from_changelog(changelog, version, date);

	char *text = read_whole(page);
	char *th = strncmp(text, ".TH ", 4) == 0 ? text : strstr(text, "\n.TH ");
	if (!th)
		fail(page, "no .TH line", NULL);
	if (th != text)
		th++;
	char *th_end = strchr(th, '\n');
	if (!th_end)
		th_end = th + strlen(th);
	char *line = malloc((size_t)(th_end - th) + 1), *args[6];
	if (!line)
		fail(page, "out of memory", NULL);
	memcpy(line, th + 4, (size_t)(th_end - th) - 4);
	line[th_end - th - 4] = '\0';
	size_t n = split_arguments(line, args, 6);
	if (n != 5)
		fail(page,
		     "the .TH line must have five arguments: title, section, date, source, "
		     "manual",
		     NULL);

	size_t temp_len = strlen(output) + sizeof ".tmp";
	char *temp = malloc(temp_len);
	if (!temp)
		fail(page, "out of memory", NULL);
	snprintf(temp, temp_len, "%s.tmp", output);
	FILE *out = fopen(temp, "wb");
	if (!out)
		fail(temp, "cannot create", strerror(errno));
	temp_path = temp;
	fprintf(out, "%.*s.TH %s %s %s \"libhttpstatus %s\" \"%s\"%s", (int)(th - text), text,
		args[0], args[1], date, version, args[4], th_end);
	if (fclose(out) != 0)
		fail(temp, "cannot write", strerror(errno));
	if (rename(temp, output) != 0)
		fail(output, "cannot rename the page into place", strerror(errno));
	free(temp);
	free(line);
	free(text);
	return 0;
}
