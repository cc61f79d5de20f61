/* Every HTTP_* name of <httpstatus_client.h> and HTTP_STATUS_* constant of
 * <httpstatus.h>, used: each equals the code the library gives for the name,
 * and the list is complete (a name added to the data file fails this test
 * until it is added here too). */
#define HTTP_NOT_FOUND 404 /* as another header would: no redefinition */
#define HTTP_OK 200

#include <httpstatus.h>
#include <httpstatus_client.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#if HTTP_CONTENT_TOO_LARGE != 413 || HTTP_REQUEST_ENTITY_TOO_LARGE != 413
#error "the client names must be usable in #if"
#endif

#define EVERY_NAME(X)                                                                              \
	X(CONTINUE)                                                                                \
	X(SWITCHING_PROTOCOLS)                                                                     \
	X(PROCESSING)                                                                              \
	X(EARLY_HINTS)                                                                             \
	X(UPLOAD_RESUMPTION_SUPPORTED)                                                             \
	X(OK)                                                                                      \
	X(CREATED)                                                                                 \
	X(ACCEPTED)                                                                                \
	X(NON_AUTHORITATIVE_INFORMATION)                                                           \
	X(NO_CONTENT)                                                                              \
	X(RESET_CONTENT)                                                                           \
	X(PARTIAL_CONTENT)                                                                         \
	X(MULTI_STATUS)                                                                            \
	X(ALREADY_REPORTED)                                                                        \
	X(IM_USED)                                                                                 \
	X(MULTIPLE_CHOICES)                                                                        \
	X(MOVED_PERMANENTLY)                                                                       \
	X(FOUND)                                                                                   \
	X(SEE_OTHER)                                                                               \
	X(NOT_MODIFIED)                                                                            \
	X(USE_PROXY)                                                                               \
	X(TEMPORARY_REDIRECT)                                                                      \
	X(PERMANENT_REDIRECT)                                                                      \
	X(BAD_REQUEST)                                                                             \
	X(UNAUTHORIZED)                                                                            \
	X(PAYMENT_REQUIRED)                                                                        \
	X(FORBIDDEN)                                                                               \
	X(NOT_FOUND)                                                                               \
	X(METHOD_NOT_ALLOWED)                                                                      \
	X(NOT_ACCEPTABLE)                                                                          \
	X(PROXY_AUTHENTICATION_REQUIRED)                                                           \
	X(REQUEST_TIMEOUT)                                                                         \
	X(CONFLICT)                                                                                \
	X(GONE)                                                                                    \
	X(LENGTH_REQUIRED)                                                                         \
	X(PRECONDITION_FAILED)                                                                     \
	X(CONTENT_TOO_LARGE)                                                                       \
	X(REQUEST_ENTITY_TOO_LARGE)                                                                \
	X(PAYLOAD_TOO_LARGE)                                                                       \
	X(URI_TOO_LONG)                                                                            \
	X(REQUEST_URI_TOO_LONG)                                                                    \
	X(UNSUPPORTED_MEDIA_TYPE)                                                                  \
	X(RANGE_NOT_SATISFIABLE)                                                                   \
	X(REQUESTED_RANGE_NOT_SATISFIABLE)                                                         \
	X(REQUEST_RANGE_NOT_SATISFIABLE)                                                           \
	X(EXPECTATION_FAILED)                                                                      \
	X(IM_A_TEAPOT)                                                                             \
	X(MISDIRECTED_REQUEST)                                                                     \
	X(UNPROCESSABLE_CONTENT)                                                                   \
	X(UNPROCESSABLE_ENTITY)                                                                    \
	X(LOCKED)                                                                                  \
	X(FAILED_DEPENDENCY)                                                                       \
	X(TOO_EARLY)                                                                               \
	X(UPGRADE_REQUIRED)                                                                        \
	X(PRECONDITION_REQUIRED)                                                                   \
	X(TOO_MANY_REQUESTS)                                                                       \
	X(REQUEST_HEADER_FIELDS_TOO_LARGE)                                                         \
	X(UNAVAILABLE_FOR_LEGAL_REASONS)                                                           \
	X(INTERNAL_SERVER_ERROR)                                                                   \
	X(NOT_IMPLEMENTED)                                                                         \
	X(BAD_GATEWAY)                                                                             \
	X(SERVICE_UNAVAILABLE)                                                                     \
	X(GATEWAY_TIMEOUT)                                                                         \
	X(HTTP_VERSION_NOT_SUPPORTED)                                                              \
	X(VARIANT_ALSO_NEGOTIATES)                                                                 \
	X(INSUFFICIENT_STORAGE)                                                                    \
	X(LOOP_DETECTED)                                                                           \
	X(NOT_EXTENDED)                                                                            \
	X(NETWORK_AUTHENTICATION_REQUIRED)                                                         \
	/* end */

struct name {
	int client, constant;
	const char *text;
};

#define ROW(n) {HTTP_##n, HTTP_STATUS_##n, #n},
static const struct name names[] = {EVERY_NAME(ROW)};
enum { NAMES = sizeof names / sizeof names[0] };

static void every_client_name_is_its_code(void **state)
{
	(void)state;
	for (size_t i = 0; i < NAMES; i++) {
		assert_int_equal(names[i].client, httpstatus_from_name(names[i].text));
		assert_int_equal(names[i].constant, names[i].client);
	}
}

static bool is_name(const char *s)
{
	return strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == strlen(s);
}

static void the_list_holds_every_name_and_older_name(void **state)
{
	size_t expected = 0;
	(void)state;
	for (int c = httpstatus_next(0); c; c = httpstatus_next(c)) {
		expected++;
		const char *alias;
		for (size_t i = 0; (alias = httpstatus_alias(c, i)) != NULL; i++)
			expected += is_name(alias);
	}
	assert_int_equal(NAMES, expected);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_client_name_is_its_code),
		cmocka_unit_test(the_list_holds_every_name_and_older_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
