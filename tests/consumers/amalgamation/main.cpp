// A C++11 program using the amalgamation's headers, linked with
// httpstatus.c compiled as C:
//   cc -std=c99 -c httpstatus.c && c++ -std=c++11 main.cpp httpstatus.o -o consumer
#include "httpstatus.h"
#include "httpstatus_client.h"

#include <cstdio>

static_assert(HTTP_NOT_FOUND == 404 && HTTP_STATUS_NOT_FOUND == 404, "the constants agree");

int main()
{
	const char *phrase = httpstatus_phrase(HTTP_NOT_FOUND);
	if (phrase == nullptr)
		return 1;
	std::puts(phrase);
	return 0;
}
