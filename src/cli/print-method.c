#include "printers.h"

#include "emit.h"
#include "methods.h"

#include <string.h>

/* "safe, idempotent, cacheable", each property with "not " where the
 * method lacks it. */
static void print_properties(enum httpstatus_method m)
{
	for (size_t i = 0; i < METHOD_PROPERTIES; i++)
		printf("%s%s%s", i ? ", " : "", method_properties[i].has(m) ? "" : "not ",
		       method_properties[i].word);
}

static void print_json_method(enum httpstatus_method m)
{
	fputs("{\"method\":", stdout);
	emit_json_string(httpstatus_method_name(m), strlen(httpstatus_method_name(m)));
	printf(",\"id\":%d", (int)m);
	for (size_t i = 0; i < METHOD_PROPERTIES; i++)
		printf(",\"%s\":%s", method_properties[i].word,
		       method_properties[i].has(m) ? "true" : "false");
	emit_json_member("reference", httpstatus_method_reference(m));
	emit_json_member("description", httpstatus_method_description(m));
	putchar('}');
}

void print_method(const struct printer *p, enum httpstatus_method m)
{
	if (p->format == FORMAT_JSON) {
		print_json_method(m);
		return;
	}
	printf("%s method: ", httpstatus_method_name(m));
	print_properties(m);
	if (p->format == FORMAT_LONG)
		printf("\n  Reference:     %s\n  Description:   %s\n",
		       httpstatus_method_reference(m), httpstatus_method_description(m));
	else
		printf(" (%s)\n", httpstatus_method_reference(m));
}
