/* gen/status-file.c's reader and checks on any bytes, and nothing else
 * (see datafile.h): what fuzz-datafile does with a status-code file but
 * for writing the outputs, whose hash search takes most of its time. */
#include "datafile.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	datafile_check(DATAFILE_STATUS_CODES, data, size);
	return 0;
}
