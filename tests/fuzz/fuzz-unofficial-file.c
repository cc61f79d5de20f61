/* gen/unofficial-file.c's reader and checks on any bytes, after the real
 * status codes, and nothing else (see datafile.h): what fuzz-datafile does
 * with an unofficial-codes file but for writing the outputs. */
#include "datafile.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	datafile_check(DATAFILE_UNOFFICIAL_CODES, data, size);
	return 0;
}
