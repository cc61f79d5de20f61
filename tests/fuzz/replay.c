/* Runs a fuzz target over every file of the corpus directories and files
 * named on the command line, so the corpus is checked without libFuzzer. */
#define _POSIX_C_SOURCE 200809L

#include "fuzz.h"
#include "helpers.h"

#include <dirent.h>
#include <string.h>
#include <sys/stat.h>

static size_t replayed;

static int replay_file(const char *path)
{
	size_t size;
	char *data = read_file(path, &size);
	/* An exact-size copy, so a read past the end is caught. */
	uint8_t *exact = exact_copy(data, size);
	free(data);
	LLVMFuzzerTestOneInput(exact, size);
	free(exact);
	replayed++;
	return 0;
}

static int replay(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		perror(path);
		return 1;
	}
	if (!S_ISDIR(st.st_mode))
		return replay_file(path);
	DIR *dir = opendir(path);
	if (!dir) {
		perror(path);
		return 1;
	}
	int failed = 0;
	for (struct dirent *e; (e = readdir(dir)) != NULL;) {
		if (e->d_name[0] == '.')
			continue;
		size_t n = strlen(path) + strlen(e->d_name) + 2;
		char *file = malloc(n);
		snprintf(file, n, "%s/%s", path, e->d_name);
		failed |= replay_file(file);
		free(file);
	}
	closedir(dir);
	return failed;
}

int main(int argc, char **argv)
{
	int failed = argc < 2;
	for (int i = 1; i < argc; i++)
		failed |= replay(argv[i]);
	printf("replayed %zu inputs\n", replayed);
	return failed || replayed == 0;
}
