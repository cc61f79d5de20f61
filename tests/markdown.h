/* The fenced blocks of a Markdown page (README.md and the pages it links),
 * for the tests that run what the README shows; standard C. */
#ifndef HTTPSTATUS_TEST_MARKDOWN_H
#define HTTPSTATUS_TEST_MARKDOWN_H

#include <stddef.h>

/* The README's blocks that tests run, each told by something it holds: the
 * language of its fence, then that text. One list, for the tests that run
 * them and for the one that makes sure every block is run by some test. */
#define README_EXAMPLE "c", "int main(void)" /* example.c, the first program */
#define README_QUICK_START "sh", "./scripts/install-deps.sh" /* .ci/run runs both */
#define README_INSTALL "sh", "meson setup build --prefix=/opt/httpstatus"
#define README_STAGE "sh", "DESTDIR=/tmp/stage"
#define README_PKG_CONFIG "sh", "export PKG_CONFIG_PATH="
#define README_ARCHIVE "sh", "libhttpstatus.a"
#define README_CMAKE_LISTS "cmake", "find_package(httpstatus"
#define README_CMAKE_BUILD "sh", "cmake -S . -B build"
#define README_WRAP "ini", "[wrap-git]"
#define README_MESON "meson", "dependency('httpstatus')"
#define README_AMALGAMATION "sh", "cc -std=c99"
#define README_FIRMWARE "sh", "arm-none-eabi-gcc"
/* The prefix and staging directory the README's commands name, which the
 * tests replace with their own. */
#define README_PREFIX "/opt/httpstatus"
#define README_STAGE_DIR "/tmp/stage"

struct md_block {
	char lang[16]; /* the first word after the fence: "c", "sh"; "" for none */
	char *text; /* its lines, each ending in a newline */
	unsigned line; /* of the opening fence, from 1 */
};

/* Every fenced block of the page's text (``` fences at the start of a line),
 * in order, in a new array of *count; md_blocks_free frees it. Exits 1,
 * saying where, on a fence that is never closed. */
struct md_block *md_blocks(const char *page, const char *text, size_t *count);
void md_blocks_free(struct md_block *blocks, size_t count);

/* The text of the one block of lang holding `holding` in the page at path,
 * in memory the caller frees; says why and exits 1 if there is none, or more
 * than one. */
char *md_block(const char *path, const char *lang, const char *holding);

/* What a C block of the README prints, as its comments say: the text of
 * each comment, a line for each of its lines, the white space around them
 * cut. In memory the caller frees. */
char *md_c_block_output(const char *block);

/* text with every from replaced by to, in memory the caller frees. */
char *replace_all(const char *text, const char *from, const char *to);

#endif
