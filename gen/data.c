#include "data.h"

#include <stdlib.h>

bool data_load(const struct data_paths *paths, FILE *diagnostics, struct data *d)
{
	*d = (struct data){0};
	bool ok = tsv_open(&d->status_file, paths->status_codes, diagnostics) &&
		  status_file_read(&d->status_file, d);
	if (!ok)
		data_free(d);
	return ok;
}

void data_free(struct data *d)
{
	tsv_close(&d->status_file);
	free(d->codes);
	tsv_keyset_free(&d->status_names);
	tsv_keyset_free(&d->status_phrases);
	*d = (struct data){0};
}
