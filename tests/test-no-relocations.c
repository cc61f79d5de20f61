/* The tables need no relocations, and the library no writable data: each
 * library object in libhttpstatus.a (each #includes its generated tables)
 * has no .data.rel.ro* section, where
 * a position-independent build puts data holding pointers for the dynamic
 * linker to fill in, and no .rela.data*, .rela.rodata*, .rel.data* or
 * .rel.rodata* section (RELA on 64-bit machines, REL on i686), the
 * relocations themselves; and no .data*, .bss*, thread-local or
 * constructor section that is not empty, so that nothing of the library
 * needs RAM or runs before main. The archive and the ELF section headers, 32- or
 * 64-bit, of either byte order, are read here, with no tool; and on Windows
 * the COFF section headers, where each section counts its own relocations:
 * no .rdata* or .data* section may have one. A fixture object holding a
 * table of pointers, built the same way, shows that the check would catch
 * one.
 *
 * Arguments: libhttpstatus.a, the fixture's archive and its object's name,
 * then the library's objects' names. meson runs the test for builds with a
 * static library and without sanitizers or coverage, which add tables of
 * pointers of their own. */
#include "helpers.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

enum { AR_HEADER = 60 };

struct file {
	unsigned char *data;
	size_t size;
};

static const char *library_path, *fixture_path, *fixture_object;
static struct file library, fixture;
/* The library's objects, by name, each holding tables. */
static const char *const *objects;
static size_t object_count;

static struct file read_whole(const char *path)
{
	struct file file;
	file.data = (unsigned char *)read_file(path, &file.size);
	return file;
}

/* A walk through a GNU ar archive. Short member names end with '/'; long
 * ones are kept in the "//" member and referred to as "/OFFSET", ending in
 * "/\n". A thin archive, which meson makes of a library it does not
 * install, stores only its members' paths, relative to itself. */
struct ar_reader {
	struct file ar;
	bool thin;
	size_t at;
	const char *long_names;
	size_t long_names_size;
};

struct ar_member {
	const char *name; /* not terminated */
	size_t name_len;
	const unsigned char *data; /* NULL in a thin archive */
	size_t size;
};

static bool ar_open(struct ar_reader *r, struct file ar)
{
	*r = (struct ar_reader){ar, false, 8, "", 0};
	r->thin = ar.size >= 8 && memcmp(ar.data, "!<thin>\n", 8) == 0;
	return r->thin || (ar.size >= 8 && memcmp(ar.data, "!<arch>\n", 8) == 0);
}

static bool ar_next(struct ar_reader *r, struct ar_member *m)
{
	while (r->at + AR_HEADER <= r->ar.size) {
		const char *header = (const char *)r->ar.data + r->at;
		char size_text[11];
		memcpy(size_text, header + 48, 10);
		size_text[10] = '\0';
		size_t size = (size_t)strtoul(size_text, NULL, 10);
		/* The archive's own tables ("/", "//") are stored even when thin. */
		bool table = header[0] == '/' && (header[1] == ' ' || header[1] == '/');
		bool stored = !r->thin || table;
		assert_memory_equal(header + 58, "`\n", 2);
		assert_true(!stored || size <= r->ar.size - r->at - AR_HEADER);
		const unsigned char *data = r->ar.data + r->at + AR_HEADER;
		r->at += AR_HEADER + (stored ? size + size % 2 : 0);
		if (memcmp(header, "//", 2) == 0) {
			r->long_names = (const char *)data;
			r->long_names_size = size;
			continue;
		}
		const char *name = header, *end;
		size_t room = 16;
		if (header[0] == '/' && header[1] >= '0' && header[1] <= '9') {
			size_t offset = (size_t)strtoul(header + 1, NULL, 10);
			assert_true(offset < r->long_names_size);
			name = r->long_names + offset;
			room = r->long_names_size - offset;
			end = memchr(name, '\n', room);
			assert_non_null(end);
			end--; /* the '/' before the newline */
		} else {
			end = memchr(name, '/', room);
		}
		if (!end || end == name)
			continue; /* the symbol table, "/" */
		*m = (struct ar_member){name, (size_t)(end - name), stored ? data : NULL, size};
		return true;
	}
	return false;
}

/* The object called name (the last part of a thin member's path) from the
 * archive at path; no data if there is none. */
static struct file ar_object(const char *path, struct file ar, const char *name)
{
	struct ar_reader r;
	struct ar_member m;
	struct file none = {NULL, 0};
	if (!ar_open(&r, ar))
		return none;
	size_t len = strlen(name);
	while (ar_next(&r, &m)) {
		if (m.name_len < len || memcmp(m.name + m.name_len - len, name, len) != 0 ||
		    (m.name_len > len && m.name[m.name_len - len - 1] != '/'))
			continue;
		if (m.data) {
			struct file copy = {malloc(m.size ? m.size : 1), m.size};
			assert_non_null(copy.data);
			memcpy(copy.data, m.data, m.size);
			return copy;
		}
		const char *slash = strrchr(path, '/');
		size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
		char *member_path = malloc(dir + m.name_len + 1);
		assert_non_null(member_path);
		memcpy(member_path, path, dir);
		memcpy(member_path + dir, m.name, m.name_len);
		member_path[dir + m.name_len] = '\0';
		struct file object = read_whole(member_path);
		free(member_path);
		return object;
	}
	return none;
}

/* Little- or big-endian, as the ELF header says. */
static uint64_t read_uint(struct file b, size_t at, size_t n, bool big_endian)
{
	uint64_t v = 0;
	for (size_t i = 0; i < n; i++)
		v |= (uint64_t)b.data[at + (big_endian ? i : n - 1 - i)] << (8 * (n - 1 - i));
	return v;
}

/* Where the fields this reads are in the ELF header and in a section
 * header, and their sizes, for 32-bit (ELFCLASS32) and 64-bit objects. */
struct elf_layout {
	size_t header, shoff, shoff_size, shentsize, section_header, offset, size, word;
};
static const struct elf_layout elf32 = {52, 0x20, 4, 0x2e, 40, 0x10, 0x14, 4};
static const struct elf_layout elf64 = {64, 0x28, 8, 0x3a, 64, 0x18, 0x20, 8};

/* The object's layout; NULL if it is not ELF. */
static const struct elf_layout *elf_layout(struct file object)
{
	if (object.size < elf32.header || memcmp(object.data, "\177ELF", 4) != 0 ||
	    (object.data[5] != 1 && object.data[5] != 2))
		return NULL;
	const struct elf_layout *l = object.data[4] == 1   ? &elf32
				     : object.data[4] == 2 ? &elf64
							   : NULL;
	return l && object.size >= l->header ? l : NULL;
}

/* A section of an ELF object, as this test reads it. */
struct elf_section {
	const char *name;
	uint64_t type, size, offset, info, entsize;
};

enum { SHT_RELA = 4, SHT_REL = 9 };

/* Whether every relocation the relocation section r holds is one the
 * static linker resolves, an offset from the GOT: what gcc's constant pool
 * of addresses for code (s390x's .data.rel.ro.local, with
 * -fdata-sections) holds, which no program loads with relocations. */
static bool only_got_offsets(struct file object, const struct elf_section *r)
{
	const struct elf_layout *l = elf_layout(object);
	bool big = object.data[5] == 2;
	uint64_t machine = read_uint(object, 0x12, 2, big);
	/* R_390_GOTOFF32, _GOTOFF16, _GOTOFF64; R_386_GOTOFF; R_X86_64_GOTOFF64;
	 * R_ARM_GOTOFF32 */
	static const struct {
		uint64_t machine, type;
	} got_offsets[] = {{22, 13}, {22, 27}, {22, 28}, {3, 9}, {62, 25}, {40, 24}};
	assert_true(r->entsize > 0 && r->offset <= object.size &&
		    r->size <= object.size - r->offset);
	for (uint64_t at = r->offset; at + r->entsize <= r->offset + r->size; at += r->entsize) {
		uint64_t info = read_uint(object, (size_t)at + l->word, l->word, big);
		uint64_t type = l == &elf64 ? info & 0xffffffffu : info & 0xffu;
		bool known = false;
		for (size_t i = 0; i < sizeof got_offsets / sizeof got_offsets[0]; i++)
			known |= got_offsets[i].machine == machine && got_offsets[i].type == type;
		if (!known)
			return false;
	}
	return true;
}

/* Calls found(section, only_got_offsets) for every section of an ELF
 * object: only_got_offsets when the section's relocations, or those of the
 * section it relocates, are all offsets from the GOT. */
static void each_section(struct file object,
			 void (*found)(const struct elf_section *section, bool only_got_offsets,
				       void *context),
			 void *context)
{
	const struct elf_layout *l = elf_layout(object);
	bool big = object.data[5] == 2;
	uint64_t shoff = read_uint(object, l->shoff, l->shoff_size, big);
	/* e_shentsize, e_shnum and e_shstrndx, one after the other */
	size_t shentsize = (size_t)read_uint(object, l->shentsize, 2, big);
	size_t shnum = (size_t)read_uint(object, l->shentsize + 2, 2, big);
	size_t shstrndx = (size_t)read_uint(object, l->shentsize + 4, 2, big);
	assert_int_equal(shentsize, l->section_header);
	assert_true(shoff <= object.size);
	if (shnum == 0) /* too many sections to count here: section 0 holds it */
		shnum = (size_t)read_uint(object, (size_t)shoff + l->size, l->word, big);
	assert_true(shnum <= (object.size - shoff) / l->section_header);
	assert_true(shstrndx < shnum);
	size_t strings_header = (size_t)shoff + shstrndx * l->section_header;
	uint64_t strings_at = read_uint(object, strings_header + l->offset, l->word, big);
	uint64_t strings_size = read_uint(object, strings_header + l->size, l->word, big);
	assert_true(strings_at <= object.size && strings_size <= object.size - strings_at);
	const char *strings = (const char *)object.data + strings_at;
	struct elf_section *sections = calloc(shnum ? shnum : 1, sizeof *sections);
	assert_non_null(sections);
	for (size_t i = 0; i < shnum; i++) {
		size_t header = (size_t)shoff + i * l->section_header;
		uint64_t name = read_uint(object, header, 4, big);
		assert_true(name < strings_size);
		assert_non_null(memchr(strings + name, '\0', (size_t)(strings_size - name)));
		sections[i] = (struct elf_section){
			.name = strings + name,
			.type = read_uint(object, header + 4, 4, big),
			.size = read_uint(object, header + l->size, l->word, big),
			.offset = read_uint(object, header + l->offset, l->word, big),
			.info = read_uint(object, header + l->size + l->word + 4, 4, big),
			.entsize =
				read_uint(object, header + l->size + 2 * l->word + 8, l->word, big),
		};
	}
	for (size_t i = 0; i < shnum; i++) {
		const struct elf_section *s = &sections[i];
		bool relocations = s->type == SHT_RELA || s->type == SHT_REL;
		bool got = relocations && only_got_offsets(object, s);
		for (size_t r = 0; r < shnum && !relocations; r++)
			if ((sections[r].type == SHT_RELA || sections[r].type == SHT_REL) &&
			    sections[r].info == i)
				got = only_got_offsets(object, &sections[r]);
		found(s, got, context);
	}
	free(sections);
}
enum { COFF_HEADER = 20, COFF_SECTION_HEADER = 40, COFF_SYMBOL = 18 };

/* Whether the object is COFF for x86-64, i386 or ARM64, by its machine. */
static bool is_coff(struct file object)
{
	if (object.size < COFF_HEADER)
		return false;
	uint64_t machine = read_uint(object, 0, 2, false);
	return machine == 0x8664 || machine == 0x14c || machine == 0xaa64;
}

/* Calls found(name, relocations, size) for every section of a COFF object. A
 * name of more than 8 bytes is "/OFFSET" into the string table, which
 * follows the symbol table. */
static void each_coff_section(struct file object,
			      void (*found)(const char *name, uint64_t relocations, uint64_t size,
					    void *context),
			      void *context)
{
	size_t sections = (size_t)read_uint(object, 2, 2, false);
	uint64_t symbols_at = read_uint(object, 8, 4, false);
	uint64_t strings_at = symbols_at + read_uint(object, 12, 4, false) * COFF_SYMBOL;
	size_t first = COFF_HEADER + (size_t)read_uint(object, 16, 2, false);
	assert_true(first <= object.size &&
		    sections <= (object.size - first) / COFF_SECTION_HEADER);
	for (size_t i = 0; i < sections; i++) {
		size_t at = first + i * COFF_SECTION_HEADER;
		char name[256];
		snprintf(name, sizeof name, "%.8s", (const char *)object.data + at);
		if (name[0] == '/') {
			uint64_t offset = strings_at + strtoul(name + 1, NULL, 10);
			assert_true(offset < object.size);
			snprintf(name, sizeof name, "%.*s", (int)(object.size - offset),
				 (const char *)object.data + offset);
		}
		found(name, read_uint(object, at + 32, 2, false),
		      read_uint(object, at + 16, 4, false), context);
	}
}

struct findings {
	char relocated[1024]; /* the sections' names */
	char writable[1024];
	bool has_rodata;
};

static bool starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static void add_finding(char *list, size_t size, const char *name)
{
	size_t used = strlen(list);
	snprintf(list + used, size - used, " %s", name);
}

/* Whether a section of this name holds data a program writes, or runs
 * before main: the sections a library that needs neither has none of,
 * but empty ones. */
static bool is_writable(const char *name)
{
	static const char *const prefixes[] = {".data",       ".bss",        ".tdata",
					       ".tbss",       ".init_array", ".ctors",
					       ".fini_array", ".dtors",      ".CRT"};
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
		if (starts_with(name, prefixes[i]))
			return true;
	return false;
}

static void note_section(const struct elf_section *section, bool only_got_offsets, void *context)
{
	struct findings *f = context;
	const char *name = section->name;
	if (starts_with(name, ".rodata"))
		f->has_rodata = true;
	if (starts_with(name, ".data.rel.ro") || starts_with(name, ".rela.data") ||
	    starts_with(name, ".rela.rodata") || starts_with(name, ".rel.data") ||
	    starts_with(name, ".rel.rodata")) {
		if (!(starts_with(name, ".data.rel.ro.local") ||
		      starts_with(name, ".rela.data.rel.ro.local")) ||
		    !only_got_offsets)
			add_finding(f->relocated, sizeof f->relocated, name);
	} else if (is_writable(name) && section->size > 0) {
		add_finding(f->writable, sizeof f->writable, name);
	}
}

static void note_coff_section(const char *name, uint64_t relocations, uint64_t size, void *context)
{
	struct findings *f = context;
	if (starts_with(name, ".rdata"))
		f->has_rodata = true;
	if ((starts_with(name, ".rdata") || starts_with(name, ".data")) && relocations > 0)
		add_finding(f->relocated, sizeof f->relocated, name);
	else if (is_writable(name) && size > 0)
		add_finding(f->writable, sizeof f->writable, name);
}

static struct findings relocated_sections(const char *path, struct file archive, const char *member)
{
	struct file object = ar_object(path, archive, member);
	assert_non_null(object.data);
	struct findings f = {"", "", false};
	if (is_coff(object))
		each_coff_section(object, note_coff_section, &f);
	else if (elf_layout(object))
		each_section(object, note_section, &f);
	else
		fail_msg("%s in %s is neither ELF nor COFF", member, path);
	free(object.data);
	return f;
}

static void no_object_has_relocated_data(void **state)
{
	(void)state;
	for (size_t i = 0; i < object_count; i++) {
		struct findings f = relocated_sections(library_path, library, objects[i]);
		assert_true(f.has_rodata); /* where the tables are */
		if (f.relocated[0])
			fail_msg("%s in %s has sections for relocated data:%s", objects[i],
				 library_path, f.relocated);
	}
}

static void no_object_has_writable_data_or_constructors(void **state)
{
	(void)state;
	for (size_t i = 0; i < object_count; i++) {
		struct findings f = relocated_sections(library_path, library, objects[i]);
		if (f.writable[0])
			fail_msg("%s in %s has writable data or constructors:%s", objects[i],
				 library_path, f.writable);
	}
}

static void a_table_of_pointers_is_caught(void **state)
{
	(void)state;
	struct findings f = relocated_sections(fixture_path, fixture, fixture_object);
	if (!f.relocated[0])
		fail_msg("the pointer table in %s went unnoticed", fixture_path);
	if (!f.writable[0])
		fail_msg("the writable counter in %s went unnoticed", fixture_path);
}

int main(int argc, char **argv)
{
	if (argc < 5) {
		fputs("usage: test-no-relocations LIBHTTPSTATUS.a FIXTURE.a FIXTURE-OBJECT "
		      "OBJECT...\n",
		      stderr);
		return 2;
	}
	library_path = argv[1];
	fixture_path = argv[2];
	fixture_object = argv[3];
	objects = (const char *const *)argv + 4;
	object_count = (size_t)argc - 4;
	library = read_whole(library_path);
	fixture = read_whole(fixture_path);
	for (size_t i = 0; i < object_count; i++) {
		struct file object = ar_object(library_path, library, objects[i]);
		bool known = object.data && (elf_layout(object) || is_coff(object));
		free(object.data);
		if (!known) {
			fprintf(stderr,
				"test-no-relocations: %s in %s is missing, or not ELF or COFF\n",
				objects[i], library_path);
			free(library.data);
			free(fixture.data);
			return 1;
		}
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(no_object_has_relocated_data),
		cmocka_unit_test(no_object_has_writable_data_or_constructors),
		cmocka_unit_test(a_table_of_pointers_is_caught),
	};
	int failed = cmocka_run_group_tests(tests, NULL, NULL);
	free(library.data);
	free(fixture.data);
	return failed;
}
