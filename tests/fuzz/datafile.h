/* What the data-file fuzz targets share: the generator's readers on any
 * bytes, read as each kind of data file in turn, each kind after the real
 * files the generator reads before it (the unofficial uses are checked
 * against the status codes, the methods against both), and what must hold
 * of what a reader accepts or rejects. */
#ifndef HTTPSTATUS_FUZZ_DATAFILE_H
#define HTTPSTATUS_FUZZ_DATAFILE_H

#include "data.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum datafile_kind {
	DATAFILE_STATUS_CODES,
	DATAFILE_UNOFFICIAL_CODES,
	DATAFILE_METHODS,
	DATAFILE_KINDS
};

/* Reads the size bytes at data as a file of kind, named "fuzz.tsv", into *d,
 * which then holds the real data of the files before it too; whether the
 * reader accepted it. Aborts unless it was accepted with no message, or
 * rejected with messages that name the file; and unless what was accepted
 * keeps the reader's promises (codes in order, each 1xx no-content, ...). */
bool datafile_read(enum datafile_kind kind, const uint8_t *data, size_t size, struct data *d);

/* Frees what datafile_read read into d, leaving the real data. */
void datafile_free(enum datafile_kind kind, struct data *d);

/* datafile_read, then datafile_free: the reader and its checks alone. */
void datafile_check(enum datafile_kind kind, const uint8_t *data, size_t size);

#endif
