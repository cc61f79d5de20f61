/* The generator's status-code file reader on any bytes: it accepts the file,
 * and then every output can be written from it, or it rejects it with at
 * least one message. Never a crash, a leak or a hang. */
#define _POSIX_C_SOURCE 200809L

#include "fuzz.h"

#include "data.h"
#include "emit.h"

#include <string.h>

static bool (*const emitters[])(FILE *, const struct data *) = {
	emit_codes_tables,
	emit_codes_header,
	emit_client_header,
	emit_man,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	FUZZ_CHECK(text != NULL);
	memcpy(text, data, size);

	char *messages = NULL;
	size_t messages_len = 0;
	FILE *diagnostics = open_memstream(&messages, &messages_len);
	FUZZ_CHECK(diagnostics != NULL);
	struct data d = {0};
	tsv_open_memory(&d.status_file, "fuzz.tsv", text, size, diagnostics);
	bool accepted = status_file_read(&d.status_file, &d);
	fclose(diagnostics);
	FUZZ_CHECK(accepted == (messages_len == 0));
	FUZZ_CHECK(accepted || strncmp(messages, "fuzz.tsv:", 9) == 0);
	free(messages);
	if (accepted) {
		FUZZ_CHECK(d.code_count > 0);
		for (size_t i = 0; i < sizeof emitters / sizeof emitters[0]; i++) {
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
	return 0;
}
