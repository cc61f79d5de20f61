/* The public headers compile as C99 with every warning an error. */
#include <httpstatus.h>
#include <httpstatus_client.h>

#include <string.h>

int main(void)
{
	enum httpstatus_method m = httpstatus_method_from_name("BASELINE-CONTROL");
	return strcmp(httpstatus_phrase(HTTP_NOT_FOUND), "Not Found") != 0 ||
	       HTTP_STATUS_IM_A_TEAPOT != 418 || HTTPSTATUS_VERSION_MAJOR != 0 ||
	       m != HTTP_METHOD_BASELINE_CONTROL || !httpstatus_method_is_idempotent(m);
}
