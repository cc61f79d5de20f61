/* The generator's readers on any bytes, as a file of each kind (see
 * datafile.h); and every output that a file the reader accepts feeds can be
 * written from it. Never a crash, a leak or a hang. Most of its time goes to
 * the writing, the collision-free hashes above all: fuzz-status-file,
 * fuzz-unofficial-file and fuzz-methods-file give the readers that time. */
#define _POSIX_C_SOURCE 200809L

#include "datafile.h"
#include "emit.h"
#include "fuzz.h"

#include <string.h>

typedef bool emitter(FILE *, const struct data *);

/* A status-code file feeds every output (with no uses and no methods); the
 * others, theirs and the manual page. */
static emitter *const status_emitters[] = {
	emit_codes_tables,    emit_unofficial_tables, emit_methods_tables,
	emit_response_tables, emit_codes_header,      emit_methods_header,
	emit_client_header,   emit_unofficial_header, emit_man,
};
static emitter *const unofficial_emitters[] = {emit_unofficial_tables, emit_unofficial_header,
					       emit_man};
static emitter *const method_emitters[] = {emit_methods_tables, emit_methods_header, emit_man};

static const struct {
	emitter *const *emitters;
	size_t count;
} outputs[DATAFILE_KINDS] = {
	[DATAFILE_STATUS_CODES] = {status_emitters,
				   sizeof status_emitters / sizeof status_emitters[0]},
	[DATAFILE_UNOFFICIAL_CODES] = {unofficial_emitters,
				       sizeof unofficial_emitters / sizeof unofficial_emitters[0]},
	[DATAFILE_METHODS] = {method_emitters, sizeof method_emitters / sizeof method_emitters[0]},
};

static void emit_outputs(enum datafile_kind kind, const struct data *d)
{
	for (size_t i = 0; i < outputs[kind].count; i++) {
		char *output = NULL;
		size_t output_len = 0;
		FILE *out = open_memstream(&output, &output_len);
		FUZZ_CHECK(out != NULL);
		FUZZ_CHECK(outputs[kind].emitters[i](out, d));
		fclose(out);
		FUZZ_CHECK(output_len > 0);
		free(output);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	for (enum datafile_kind kind = 0; kind < DATAFILE_KINDS; kind++) {
		struct data d;
		if (datafile_read(kind, data, size, &d))
			emit_outputs(kind, &d);
		datafile_free(kind, &d);
	}
	return 0;
}
