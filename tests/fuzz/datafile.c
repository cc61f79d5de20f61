#define _POSIX_C_SOURCE 200809L

#include "datafile.h"

#include "datafile-paths.h"
#include "fuzz.h"

#include <string.h>

/* The real status codes and unofficial uses, read once. */
static const struct data *real_data(void)
{
	static struct data real;
	static bool loaded;
	if (!loaded) {
		const struct data_paths paths = {HS_STATUS_CODES_TSV, HS_UNOFFICIAL_CODES_TSV,
						 NULL};
		FUZZ_CHECK(data_load(&paths, stderr, &real));
		loaded = true;
	}
	return &real;
}

/* The messages of the reading under way (at most 51 lines), in a stream
 * opened once: opening one a reading, with the sanitizers' bookkeeping,
 * cost a good part of the time a small file takes to read. */
static char messages[1 << 16];

static FILE *open_diagnostics(void)
{
	static FILE *diagnostics;
	if (!diagnostics)
		FUZZ_CHECK((diagnostics = fmemopen(messages, sizeof messages, "w")) != NULL);
	rewind(diagnostics);
	return diagnostics;
}

/* Gives d what from holds of the files read before one of kind. */
static void take_earlier_files(enum datafile_kind kind, struct data *d, const struct data *from)
{
	if (kind == DATAFILE_STATUS_CODES)
		return;
	d->codes = from->codes;
	d->code_count = from->code_count;
	d->status_names = from->status_names;
	d->status_phrases = from->status_phrases;
	if (kind == DATAFILE_UNOFFICIAL_CODES)
		return;
	d->uses = from->uses;
	d->use_count = from->use_count;
	d->unofficial_keys = from->unofficial_keys;
	d->unofficial_constants = from->unofficial_constants;
}

static bool has_code(const struct data *d, int code)
{
	for (size_t i = 0; i < d->code_count; i++)
		if (d->codes[i].code == code)
			return true;
	return false;
}

static void check_status_codes(const struct data *d)
{
	FUZZ_CHECK(d->code_count > 0);
	for (size_t i = 0; i < d->code_count; i++) {
		const struct status_entry *e = &d->codes[i];
		FUZZ_CHECK(e->code >= 100 && e->code <= 599);
		FUZZ_CHECK(i == 0 || e[-1].code < e->code);
		FUZZ_CHECK(e->code >= 200 || e->flags & 1u << STATUS_FLAG_NO_CONTENT);
	}
	/* Each class's x00, which unknown codes of the class fall back to. */
	for (int code = 100; code < 600; code += 100)
		FUZZ_CHECK(has_code(d, code));
}

static void check_unofficial_codes(const struct data *d)
{
	FUZZ_CHECK(d->use_count > 0);
	for (size_t i = 0; i < d->use_count; i++) {
		const struct unofficial_use *u = &d->uses[i];
		FUZZ_CHECK(u->code >= 100 && u->code <= 599);
		FUZZ_CHECK(i == 0 || u[-1].code <= u->code);
		FUZZ_CHECK(u->wire < WIRE_COUNT);
		FUZZ_CHECK(strncmp(u->constant, "HTTP_STATUS_", 12) == 0);
	}
}

static void check_methods(const struct data *d)
{
	FUZZ_CHECK(d->method_count > 0);
	for (size_t i = 0; i < d->method_count; i++) {
		const struct method_entry *m = &d->methods[i];
		FUZZ_CHECK(m->id >= 1 && m->id <= METHOD_ID_MAX);
		FUZZ_CHECK(i == 0 || m[-1].id < m->id);
		FUZZ_CHECK(!(m->flags & 1u << METHOD_FLAG_SAFE) ||
			   m->flags & 1u << METHOD_FLAG_IDEMPOTENT);
	}
}

static const struct {
	bool (*read)(struct tsv *, struct data *);
	void (*check)(const struct data *);
} readers[DATAFILE_KINDS] = {
	[DATAFILE_STATUS_CODES] = {status_file_read, check_status_codes},
	[DATAFILE_UNOFFICIAL_CODES] = {unofficial_file_read, check_unofficial_codes},
	[DATAFILE_METHODS] = {methods_file_read, check_methods},
};

bool datafile_read(enum datafile_kind kind, const uint8_t *data, size_t size, struct data *d)
{
	*d = (struct data){0};
	take_earlier_files(kind, d, real_data());
	struct tsv *file = kind == DATAFILE_STATUS_CODES       ? &d->status_file
			   : kind == DATAFILE_UNOFFICIAL_CODES ? &d->unofficial_file
							       : &d->methods_file;
	char *text = malloc(size + 1);
	FUZZ_CHECK(text != NULL);
	memcpy(text, data, size);
	FILE *diagnostics = open_diagnostics();
	tsv_open_memory(file, "fuzz.tsv", text, size, diagnostics);
	bool accepted = readers[kind].read(file, d);
	FUZZ_CHECK(fflush(diagnostics) == 0);
	FUZZ_CHECK(accepted == (ftell(diagnostics) == 0));
	FUZZ_CHECK(accepted || strncmp(messages, "fuzz.tsv:", 9) == 0);
	if (accepted)
		readers[kind].check(d);
	return accepted;
}

void datafile_free(enum datafile_kind kind, struct data *d)
{
	take_earlier_files(kind, d, &(struct data){0});
	data_free(d);
}

void datafile_check(enum datafile_kind kind, const uint8_t *data, size_t size)
{
	struct data d;
	datafile_read(kind, data, size, &d);
	datafile_free(kind, &d);
}
