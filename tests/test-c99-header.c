/* The public headers compile as C99 with every warning an error. */
#include <httpstatus.h>
#include <httpstatus_client.h>
#include <httpstatus_unofficial.h>

#include <string.h>

#if HTTPSTATUS_VERSION_NUMBER < 200
#error "HTTPSTATUS_VERSION_NUMBER says this is older than 0.2.0"
#endif

int main(void)
{
	struct httpstatus_unofficial u;
	enum httpstatus_method m = httpstatus_method_from_name("BASELINE-CONTROL");
	return strcmp(httpstatus_phrase(HTTP_NOT_FOUND), "Not Found") != 0 ||
	       HTTP_STATUS_IM_A_TEAPOT != 418 ||
	       HTTPSTATUS_VERSION_NUMBER != HTTPSTATUS_VERSION_MAJOR * 10000 +
						    HTTPSTATUS_VERSION_MINOR * 100 +
						    HTTPSTATUS_VERSION_PATCH ||
	       strcmp(httpstatus_version(), HTTPSTATUS_VERSION_STRING) != 0 ||
	       !httpstatus_unofficial(HTTP_STATUS_NGINX_CLIENT_CLOSED_REQUEST, 0, &u) ||
	       strcmp(u.source, "nginx") != 0 || m != HTTP_METHOD_BASELINE_CONTROL ||
	       !httpstatus_method_is_idempotent(m);
}
