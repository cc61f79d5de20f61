/* The generator's readers on any bytes, the status-code file's and the
 * methods file's: each accepts the file, and then every output it feeds can
 * be written from it, or rejects it with at least one message. Never a
 * crash, a leak or a hang. */
#define _POSIX_C_SOURCE 200809L

#include "fuzz.h"

#include "data.h"
#include "emit.h"

#include <string.h>

typedef bool emitter(FILE *, const struct data *);

static emitter *const status_emitters[] = {
	emit_codes_tables, emit_codes_header,   emit_client_header,
	emit_man,          emit_methods_tables, emit_methods_header,
};
/* With no status codes, only what is made of the methods alone. */
static emitter *const method_emitters[] = {emit_methods_tables, emit_methods_header};

static void read_as(bool methods, const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	FUZZ_CHECK(text != NULL);
	memcpy(text, data, size);

	char *messages = NULL;
	size_t messages_len = 0;
	FILE *diagnostics = open_memstream(&messages, &messages_len);
	FUZZ_CHECK(diagnostics != NULL);
	struct data d = {0};
	struct tsv *file = methods ? &d.methods_file : &d.status_file;
	tsv_open_memory(file, "fuzz.tsv", text, size, diagnostics);
	bool accepted = methods ? methods_file_read(file, &d) : status_file_read(file, &d);
	fclose(diagnostics);
	FUZZ_CHECK(accepted == (messages_len == 0));
	FUZZ_CHECK(accepted || strncmp(messages, "fuzz.tsv:", 9) == 0);
	free(messages);
	if (accepted) {
		FUZZ_CHECK(methods ? d.method_count > 0 : d.code_count > 0);
		emitter *const *emitters = methods ? method_emitters : status_emitters;
		size_t n = methods ? sizeof method_emitters / sizeof method_emitters[0]
				   : sizeof status_emitters / sizeof status_emitters[0];
		for (size_t i = 0; i < n; i++) {
			char *output = NULL;
			size_t output_len = 0;
			FILE *out = open_memstream(&output, &output_len);
			FUZZ_CHECK(out != NULL);
			FUZZ_CHECK(emitters[i](out, &d));
			fclose(out);
			FUZZ_CHECK(output_len > 0);
			free(output);
		}
	}
	data_free(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	read_as(false, data, size);
	read_as(true, data, size);
	return 0;
}
