/* Each library file the build makes exports exactly the functions
 * httpstatus.h declares with HTTPSTATUS_API: the shared object's dynamic
 * symbols and the static archive's global symbols of default visibility are
 * those httpstatus_* functions and nothing else (no table, no helper, nothing
 * the generator emits; a compiler's hidden helpers, such as gcc's
 * __x86.get_pc_thunk.* on 32-bit x86, are global but not exported). The
 * shared object carries the version in its name and the major version in its
 * soname. On Windows (PE and COFF files, read with objdump) the same holds
 * of a DLL's export table and of the archive's external symbols, and the
 * DLL's name carries the major version.
 *
 * Arguments: elf and readelf, or pe and objdump; httpstatus.h; then every
 * library file this configuration builds (libhttpstatus.a,
 * libhttpstatus.so.X.Y.Z or libhttpstatus-X.dll, or both kinds). */
#include "helpers.h"
#include "spawn.h"

#include <httpstatus_version.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

enum { MAX_NAMES = 256, MAX_LIBRARIES = 4 };

struct names {
	char *name[MAX_NAMES];
	size_t count;
};

static bool pe;
static const char *tool, *header; /* readelf, or objdump for pe */
static struct names declared;

static void add_name(struct names *names, const char *name, size_t len)
{
	assert_true(names->count < MAX_NAMES);
	names->name[names->count] = strndup(name, len);
	assert_non_null(names->name[names->count]);
	names->count++;
}

static bool has_name(const struct names *names, const char *name)
{
	for (size_t i = 0; i < names->count; i++)
		if (strcmp(names->name[i], name) == 0)
			return true;
	return false;
}

static void free_names(struct names *names)
{
	for (size_t i = 0; i < names->count; i++)
		free(names->name[i]);
	names->count = 0;
}

static bool is_identifier_char(char c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

/* Blanks out comments and preprocessor directives, keeping line ends. */
static void blank_comments_and_directives(char *text)
{
	bool line_start = true;
	for (char *p = text; *p;) {
		if (p[0] == '/' && p[1] == '*') {
			char *end = strstr(p + 2, "*/");
			end = end ? end + 2 : p + strlen(p);
			for (; p < end; p++)
				if (*p != '\n')
					*p = ' ';
		} else if ((p[0] == '/' && p[1] == '/') || (line_start && *p == '#')) {
			for (; *p && (*p != '\n' || p[-1] == '\\'); p++)
				if (*p != '\n')
					*p = ' ';
		} else {
			if (*p == '\n')
				line_start = true;
			else if (*p != ' ' && *p != '\t')
				line_start = false;
			p++;
		}
	}
}

/* Every function the header declares: each httpstatus_* name followed by
 * '(' outside comments and directives. Each such declaration must begin with
 * HTTPSTATUS_API, or a shared build would hide the function. */
static int read_declarations(void **state)
{
	(void)state;
	char *text = read_file(header, NULL);
	blank_comments_and_directives(text);
	size_t unmarked = 0;
	const char *namespace = "httpstatus_";
	for (char *at = strstr(text, namespace); at; at = strstr(at + 1, namespace)) {
		if (at > text && is_identifier_char(at[-1]))
			continue;
		char *end = at;
		while (is_identifier_char(*end))
			end++;
		if (end[strspn(end, " \t\n")] != '(')
			continue;
		add_name(&declared, at, (size_t)(end - at));

		char *start = at;
		while (start > text && !strchr(";{}", start[-1]))
			start--;
		char saved = *at;
		*at = '\0';
		if (!strstr(start, "HTTPSTATUS_API")) {
			print_error("%s declares %s without HTTPSTATUS_API\n", header,
				    declared.name[declared.count - 1]);
			unmarked++;
		}
		*at = saved;
	}
	free(text);
	if (declared.count == 0)
		fail_msg("found no httpstatus_* function in %s", header);
	if (unmarked)
		fail_msg("%zu functions in %s lack the export macro", unmarked, header);
	return 0;
}

static int forget_declarations(void **state)
{
	(void)state;
	free_names(&declared);
	return 0;
}

/* Runs readelf with the option that lists the symbol table asked for and
 * reads each "NUM: VALUE SIZE TYPE BIND VIS NDX NAME" line; file and table
 * headers have other shapes. A symbol is exported when it is defined, global
 * or weak, and of default visibility. Returns how many of the exports are
 * not functions, having said which. */
static size_t list_exports(const char *option, const char *library, struct names *names)
{
	char *argv[] = {(char *)tool, "-W", (char *)option, (char *)library, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	if (r.status != 0)
		fail_msg("%s %s %s failed: %s", tool, option, library, r.err);
	size_t not_functions = 0;
	for (char *line = strtok(r.out, "\n"); line; line = strtok(NULL, "\n")) {
		char type[16], bind[16], vis[16], ndx[16], name[256];
		if (sscanf(line, "%*s %*s %*s %15s %15s %15s %15s %255s", type, bind, vis, ndx,
			   name) != 5 ||
		    (strcmp(bind, "GLOBAL") != 0 && strcmp(bind, "WEAK") != 0) ||
		    strcmp(vis, "DEFAULT") != 0 || strcmp(ndx, "UND") == 0)
			continue;
		/* The shared object's versioned names: httpstatus_phrase@@... */
		name[strcspn(name, "@")] = '\0';
		if (strcmp(type, "FUNC") != 0) {
			print_error("%s exports %s of type %s, not a function\n", library, name,
				    type);
			not_functions++;
		}
		add_name(names, name, strlen(name));
	}
	spawn_free(&r);
	return not_functions;
}

/* The external symbols a COFF archive's objects define, which objdump -t
 * prints as "[NUM](sec N)(fl F)(ty T)(scl 2) (nx A) VALUE NAME": storage
 * class 2 is external, section 0 undefined, type 0x20 a function. COFF has
 * no hidden visibility: every external symbol counts. Returns how many are
 * not functions, having said which. */
static size_t list_coff_exports(const char *library, struct names *names)
{
	char *argv[] = {(char *)tool, "-t", (char *)library, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	if (r.status != 0)
		fail_msg("%s -t %s failed: %s", tool, library, r.err);
	size_t not_functions = 0;
	for (char *line = strtok(r.out, "\n"); line; line = strtok(NULL, "\n")) {
		int section, storage;
		unsigned type;
		char name[256];
		if (sscanf(line, "[%*d](sec %d)(fl %*x)(ty %x)(scl %d) (nx %*d) %*s %255s",
			   &section, &type, &storage, name) != 4 ||
		    storage != 2 || section <= 0)
			continue;
		if (type != 0x20) {
			print_error("%s exports %s of type %x, not a function\n", library, name,
				    type);
			not_functions++;
		}
		add_name(names, name, strlen(name));
	}
	spawn_free(&r);
	return not_functions;
}

/* The names in a DLL's export table, which objdump -p prints after the line
 * "[Ordinal/Name Pointer] Table", as "[  0] NAME" a name. Only functions
 * are marked for export (dllexport): a table would need dllimport on its
 * declaration, which the header gives none. */
static size_t list_dll_exports(const char *library, struct names *names)
{
	char *argv[] = {(char *)tool, "-p", (char *)library, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	if (r.status != 0)
		fail_msg("%s -p %s failed: %s", tool, library, r.err);
	char *table = strstr(r.out, "[Ordinal/Name Pointer] Table\n");
	if (!table)
		fail_msg("%s has no export table:\n%s", library, r.out);
	for (char *line = strtok(strchr(table, '\n'), "\n"); line; line = strtok(NULL, "\n")) {
		char name[256];
		if (sscanf(line, " [%*d] %255s", name) != 1)
			break;
		add_name(names, name, strlen(name));
	}
	spawn_free(&r);
	return 0;
}

static void assert_exports_are_the_declarations(const char *options, const char *library)
{
	struct names exported = {0};
	size_t wrong = !pe                              ? list_exports(options, library, &exported)
		       : strcmp(options, "--syms") == 0 ? list_coff_exports(library, &exported)
							: list_dll_exports(library, &exported);
	for (size_t i = 0; i < exported.count; i++)
		if (!has_name(&declared, exported.name[i])) {
			print_error("%s exports %s, which httpstatus.h does not declare\n", library,
				    exported.name[i]);
			wrong++;
		}
	for (size_t i = 0; i < declared.count; i++)
		if (!has_name(&exported, declared.name[i])) {
			print_error("%s does not export %s, which httpstatus.h declares\n", library,
				    declared.name[i]);
			wrong++;
		}
	free_names(&exported);
	if (wrong)
		fail_msg("%s: %zu wrong exports (httpstatus.h declares %zu functions)", library,
			 wrong, declared.count);
}

static void archive_exports_only_the_declared_functions(void **state)
{
	assert_exports_are_the_declarations("--syms", *state);
}

static void shared_object_exports_only_the_declared_functions(void **state)
{
	assert_exports_are_the_declarations("--dyn-syms", *state);
}

#define STR(x) #x
#define XSTR(x) STR(x)

static void dll_is_named_with_the_major_version(void **state)
{
	const char *dll = *state;
	const char *base = strrchr(dll, '/');
	base = base ? base + 1 : dll;
	assert_string_equal(base, "libhttpstatus-" XSTR(HTTPSTATUS_VERSION_MAJOR) ".dll");
}

static void shared_object_is_versioned_with_a_major_version_soname(void **state)
{
	const char *shared = *state;
	const char *base = strrchr(shared, '/');
	base = base ? base + 1 : shared;
	assert_string_equal(base, "libhttpstatus.so." HTTPSTATUS_VERSION_STRING);

	char *argv[] = {(char *)tool, "--dynamic", (char *)shared, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	assert_int_equal(r.status, 0);
	const char *soname = strstr(r.out, "Library soname: [");
	if (!soname)
		fail_msg("%s has no soname:\n%s", shared, r.out);
	soname += strlen("Library soname: [");
	const char *expected = "libhttpstatus.so." XSTR(HTTPSTATUS_VERSION_MAJOR) "]";
	assert_memory_equal(soname, expected, strlen(expected));
	spawn_free(&r);
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

int main(int argc, char **argv)
{
	if (argc < 5 || argc > 4 + MAX_LIBRARIES ||
	    (strcmp(argv[1], "elf") != 0 && strcmp(argv[1], "pe") != 0)) {
		fprintf(stderr, "usage: %s elf READELF | pe OBJDUMP, HTTPSTATUS.H LIBRARY...\n",
			argv[0]);
		return 2;
	}
	pe = strcmp(argv[1], "pe") == 0;
	tool = argv[2];
	skip_unless_found(tool, pe ? "objdump" : "readelf");
	header = argv[3];
	struct CMUnitTest tests[3 * MAX_LIBRARIES];
	size_t n = 0;
	for (int i = 4; i < argc; i++) {
		void *library = argv[i];
		if (ends_with(argv[i], ".a")) {
			tests[n++] = (struct CMUnitTest)cmocka_unit_test_prestate(
				archive_exports_only_the_declared_functions, library);
		} else {
			tests[n++] = (struct CMUnitTest)cmocka_unit_test_prestate(
				shared_object_exports_only_the_declared_functions, library);
			tests[n++] = (struct CMUnitTest)cmocka_unit_test_prestate(
				pe ? dll_is_named_with_the_major_version
				   : shared_object_is_versioned_with_a_major_version_soname,
				library);
		}
	}
	return _cmocka_run_group_tests("exported-symbols", tests, n, read_declarations,
				       forget_declarations);
}
