// A C++17 program using both public headers, built with every warning an
// error against an installed libhttpstatus:
//   c++ -std=c++17 -Wall -Wextra -Wpedantic -Werror main.cpp
//       $(pkg-config --cflags --libs httpstatus) -o consumer
#include <httpstatus.h>
#include <httpstatus_client.h>

#include <cstdio>

static_assert(HTTP_NOT_FOUND == 404 && HTTP_STATUS_NOT_FOUND == 404);

int main()
{
	if (const char *phrase = httpstatus_phrase(HTTP_NOT_FOUND); phrase != nullptr) {
		std::puts(phrase);
		return 0;
	}
	return 1;
}
