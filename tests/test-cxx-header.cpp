// Both public headers compile as C++ with every warning an error, and the
// library links and answers from C++ (extern "C").
#include <httpstatus.h>
#include <httpstatus_client.h>

#include <cstdio>
#include <cstring>

static_assert(HTTP_STATUS_NOT_FOUND == 404, "enum constant");
static_assert(HTTP_NOT_FOUND == 404, "client macro");
static_assert(HTTPSTATUS_CLASS_SERVER_ERROR == 5, "class enum");
static_assert(HTTP_METHOD_GET == 1, "method enum");

int main()
{
	const char *phrase = httpstatus_phrase(HTTP_STATUS_NOT_FOUND);
	enum httpstatus_class c = httpstatus_class(HTTP_NOT_FOUND);
	if (!phrase || std::strcmp(phrase, "Not Found") != 0 ||
	    c != HTTPSTATUS_CLASS_CLIENT_ERROR || httpstatus_from_name("not_found") != 404 ||
	    httpstatus_method_from_name("GET") != HTTP_METHOD_GET ||
	    !httpstatus_method_is_safe(HTTP_METHOD_GET)) {
		std::fputs("C++: wrong answers\n", stderr);
		return 1;
	}
	return 0;
}
