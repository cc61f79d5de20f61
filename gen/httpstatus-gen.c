/* httpstatus-gen: reads the data files, checks all of them, and only then
 * writes the outputs named (every output if none is) into one directory.
 * Each output goes to a temporary file beside its target and is renamed into
 * place once every output is complete, so a failed run leaves nothing
 * behind.
 *
 *   httpstatus-gen --status-codes FILE [--unofficial-codes FILE]
 *                  [--methods FILE] [--output-dir DIR [OUTPUT...]]
 *
 * The build runs it twice: for the library's private tables, in the
 * library's build directory, and for the public headers, on the include
 * path. Without --output-dir it only checks the files. Without --unofficial-codes
 * or --methods there are no unofficial uses or methods (the build always
 * gives both files; the generator's tests of one file need not). Exit
 * status: 0 done, 1 bad data file or failed write, 2 bad usage. */
#define _POSIX_C_SOURCE 200809L

#include "data.h"
#include "emit.h"
#include "xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Every output, by its name in the output directory. */
static const struct output {
	const char *name;
	bool (*emit)(FILE *out, const struct data *d);
} outputs[] = {
	/* The tables each source file of the library includes. */
	{"codes-tables.h", emit_codes_tables},
	{"unofficial-tables.h", emit_unofficial_tables},
	{"methods-tables.h", emit_methods_tables},
	{"response-tables.h", emit_response_tables},
	{"status-fields-tables.h", emit_status_fields_tables},
	/* The public headers and the manual page. */
	{"httpstatus_codes.h", emit_codes_header},
	{"httpstatus_methods.h", emit_methods_header},
	{"httpstatus_client.h", emit_client_header},
	{"httpstatus_unofficial.h", emit_unofficial_header},
	{"httpstatus-codes.7", emit_man},
};
enum { OUTPUT_COUNT = sizeof outputs / sizeof outputs[0] };

static const char usage_text[] =
	"usage: httpstatus-gen --status-codes FILE [--unofficial-codes FILE] [--methods FILE]\n"
	"                      [--output-dir DIR [OUTPUT...]]\n";

/* The index in outputs of the output named name (a path: its last part is
 * the name); OUTPUT_COUNT if there is none. */
static size_t output_named(const char *name)
{
	const char *base = strrchr(name, '/');
	base = base ? base + 1 : name;
	size_t o = 0;
	while (o < OUTPUT_COUNT && strcmp(outputs[o].name, base) != 0)
		o++;
	return o;
}

static int usage(const char *problem)
{
	fprintf(stderr, "httpstatus-gen: %s\n%s", problem, usage_text);
	return 2;
}

/* a, then b, then c, in a new string. */
static char *concat(const char *a, const char *b, const char *c)
{
	size_t n = strlen(a) + strlen(b) + strlen(c) + 1;
	char *s = xmalloc(n);
	snprintf(s, n, "%s%s%s", a, b, c);
	return s;
}

/* Writes one output to a new temporary file beside path; the temporary
 * file's name, or NULL (and no file) on failure. */
static char *write_temp(const struct output *o, const char *path, const struct data *d)
{
	char *temp = concat(path, ".XXXXXX", "");
	int fd = mkstemp(temp);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f) {
		fprintf(stderr, "httpstatus-gen: error: cannot create a file beside %s: %s\n", path,
			strerror(errno));
		if (fd >= 0) { /* GCOVR_EXCL_START: fdopen fails only without memory */
			close(fd);
			unlink(temp);
		} /* GCOVR_EXCL_STOP */
		free(temp);
		return NULL;
	}
	/* & rather than &&: every step runs, and errno is left by the last that
	 * failed. fchmod: mkstemp made the file for its owner alone. */
	bool emitted = o->emit(f, d);
	bool written = !ferror(f);
	written &= fchmod(fd, 0644) == 0;
	written &= fclose(f) == 0;
	if (!written)
		fprintf(stderr, "httpstatus-gen: error: cannot write %s: %s\n", path,
			strerror(errno));
	if (!(emitted & written)) {
		unlink(temp);
		free(temp);
		return NULL;
	}
	return temp;
}

static bool cannot_replace(const char *path)
{
	fprintf(stderr, "httpstatus-gen: error: cannot replace %s: %s\n", path, strerror(errno));
	return false;
}

/* Whether rename() can put a file at path: not if a directory is there. */
static bool replaceable(const char *path)
{
	struct stat st;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		return cannot_replace(path);
	}
	return true;
}

/* The outputs chosen (wanted[i] for outputs[i]) into dir. */
static bool write_outputs(const char *dir, const bool *wanted, const struct data *d)
{
	char *paths[OUTPUT_COUNT] = {NULL}, *temps[OUTPUT_COUNT] = {NULL};
	bool ok = true;
	for (size_t i = 0; i < OUTPUT_COUNT; i++) {
		if (!wanted[i])
			continue;
		paths[i] = concat(dir, "/", outputs[i].name);
		if (ok)
			ok = (temps[i] = write_temp(&outputs[i], paths[i], d)) != NULL;
	}
	/* Every output is checked before any is renamed, so that a run that
	 * fails replaces none of them. */
	for (size_t i = 0; i < OUTPUT_COUNT && ok; i++)
		ok = !wanted[i] || replaceable(paths[i]);
	for (size_t i = 0; i < OUTPUT_COUNT; i++) {
		if (!wanted[i])
			continue;
		if (ok && rename(temps[i], paths[i]))
			ok = cannot_replace(paths[i]); /* GCOVR_EXCL_LINE: checked just before */
		if (temps[i] && !ok)
			unlink(temps[i]);
		free(temps[i]);
		free(paths[i]);
	}
	return ok;
}

int main(int argc, char **argv)
{
	struct data_paths paths = {0};
	const char *output_dir = NULL;
	bool wanted[OUTPUT_COUNT] = {false}, some = false;
	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		const char **value = strcmp(argv[i], "--status-codes") == 0 ? &paths.status_codes
				     : strcmp(argv[i], "--unofficial-codes") == 0
					     ? &paths.unofficial_codes
				     : strcmp(argv[i], "--methods") == 0    ? &paths.methods
				     : strcmp(argv[i], "--output-dir") == 0 ? &output_dir
									    : NULL;
		if (!value)
			return usage("unknown option");
		if (i + 1 == argc)
			return usage("an option needs a value");
		if (*value)
			return usage("an option is given twice");
		*value = argv[++i];
	}
	/* The outputs wanted, after the options. */
	for (; i < argc; i++) {
		size_t o = output_named(argv[i]);
		if (!output_dir)
			return usage("unexpected argument");
		if (o == OUTPUT_COUNT)
			return usage("unknown output");
		wanted[o] = some = true;
	}
	if (!paths.status_codes)
		return usage("no --status-codes file");

	struct data d;
	if (!data_load(&paths, stderr, &d))
		return 1;
	for (size_t o = 0; o < OUTPUT_COUNT && !some; o++)
		wanted[o] = true;
	bool ok = !output_dir || write_outputs(output_dir, wanted, &d);
	data_free(&d);
	return ok ? 0 : 1;
}
