/* The tables of RFC 7541 (HPACK) and RFC 9204 (QPACK) that the :status
 * fields are made of, read from their copies under tests/data/: what the
 * tests check the library's bytes, and the real decoders' tables, against. */
#ifndef HTTPSTATUS_TEST_RFC_TABLES_H
#define HTTPSTATUS_TEST_RFC_TABLES_H

#include <stddef.h>
#include <stdint.h>

struct static_entry {
	unsigned index;
	char name[48];
	char value[96]; /* "" for an entry without one */
};

/* A static table: HPACK's 61 entries (from 1), QPACK's 99 (from 0). */
struct static_table {
	struct static_entry entries[128];
	size_t count;
};

/* The Huffman code of RFC 7541, Appendix B: symbol 0-255, and 256 (EOS). */
enum { HUFFMAN_SYMBOLS = 257 };
struct huffman_code {
	uint32_t bits; /* the code, in the low len bits */
	unsigned len;
};

/* Read the file at path (index, name and value a line, "-" for no value),
 * or say what is wrong with it and where, and exit 1. */
void static_table_read(const char *path, struct static_table *t);

/* The entry of index, or NULL if the table has none. */
const struct static_entry *static_table_entry(const struct static_table *t, unsigned index);

/* Read the file at path (symbol and code a line, the code as bits), or say
 * what is wrong with it and where, and exit 1. */
void huffman_code_read(const char *path, struct huffman_code codes[HUFFMAN_SYMBOLS]);

#endif
