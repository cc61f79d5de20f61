/* httpstatus-gen: reads the status-code data file, checks all of it, and only
 * then writes the outputs asked for. Each output goes to a temporary file
 * beside its target and is renamed into place once every output is complete,
 * so a failed run leaves nothing behind.
 *
 *   httpstatus-gen [--tables FILE] [--codes-header FILE]
 *                  [--client-header FILE] [--man FILE] DATAFILE
 *
 * With no output option it only checks DATAFILE. Exit status: 0 done, 1 bad
 * data file or failed write, 2 bad usage. */
#define _POSIX_C_SOURCE 200809L

#include "datafile.h"
#include "emit.h"
#include "xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct output {
	const char *option;
	bool (*emit)(FILE *out, const struct datafile *df);
	const char *path; /* NULL unless asked for */
	char *temp;
};

static struct output outputs[] = {
	{"--tables", emit_tables, NULL, NULL},
	{"--codes-header", emit_codes_header, NULL, NULL},
	{"--client-header", emit_client_header, NULL, NULL},
	{"--man", emit_man, NULL, NULL},
};
enum { OUTPUT_COUNT = sizeof outputs / sizeof outputs[0] };

static int usage(const char *problem)
{
	fprintf(stderr,
		"httpstatus-gen: %s\n"
		"usage: httpstatus-gen [--tables FILE] [--codes-header FILE] "
		"[--client-header FILE] [--man FILE] DATAFILE\n",
		problem);
	return 2;
}

/* Writes one output to a new temporary file beside it; false (and no file)
 * on failure. */
static bool write_temp(struct output *o, const struct datafile *df)
{
	size_t n = strlen(o->path);
	char *temp = xmalloc(n + sizeof ".XXXXXX");
	memcpy(temp, o->path, n);
	memcpy(temp + n, ".XXXXXX", sizeof ".XXXXXX");
	int fd = mkstemp(temp);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f) {
		fprintf(stderr, "httpstatus-gen: error: cannot create a file beside %s: %s\n",
			o->path, strerror(errno));
		if (fd >= 0) { /* GCOVR_EXCL_START: fdopen fails only without memory */
			close(fd);
			unlink(temp);
		} /* GCOVR_EXCL_STOP */
		free(temp);
		return false;
	}
	/* & rather than &&: every step runs, and errno is left by the last that
	 * failed. fchmod: mkstemp made the file for its owner alone. */
	bool emitted = o->emit(f, df);
	bool written = !ferror(f);
	written &= fchmod(fd, 0644) == 0;
	written &= fclose(f) == 0;
	if (!written)
		fprintf(stderr, "httpstatus-gen: error: cannot write %s: %s\n", o->path,
			strerror(errno));
	if (!(emitted & written)) {
		unlink(temp);
		free(temp);
		return false;
	}
	o->temp = temp;
	return true;
}

static bool write_outputs(const struct datafile *df)
{
	bool ok = true;
	for (size_t i = 0; i < OUTPUT_COUNT && ok; i++)
		if (outputs[i].path)
			ok = write_temp(&outputs[i], df);
	for (size_t i = 0; i < OUTPUT_COUNT; i++) {
		struct output *o = &outputs[i];
		if (!o->temp)
			continue;
		if (ok && rename(o->temp, o->path)) {
			fprintf(stderr, "httpstatus-gen: error: cannot replace %s: %s\n", o->path,
				strerror(errno));
			ok = false;
		}
		if (!ok)
			unlink(o->temp);
		free(o->temp);
		o->temp = NULL;
	}
	return ok;
}

int main(int argc, char **argv)
{
	const char *input = NULL;
	for (int i = 1; i < argc; i++) {
		size_t o = 0;
		while (o < OUTPUT_COUNT && strcmp(argv[i], outputs[o].option) != 0)
			o++;
		if (o < OUTPUT_COUNT) {
			if (i + 1 == argc)
				return usage("an output option needs a file name");
			if (outputs[o].path)
				return usage("an output option is given twice");
			outputs[o].path = argv[++i];
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			return usage("unknown option");
		} else if (input) {
			return usage("more than one data file");
		} else {
			input = argv[i];
		}
	}
	if (!input)
		return usage("no data file");

	struct datafile df;
	if (!datafile_load(input, &df))
		return 1;
	bool ok = write_outputs(&df);
	datafile_free(&df);
	return ok ? 0 : 1;
}
