/* The platform layer: what the tool needs of the system that POSIX and
 * Windows give in their own ways, in one place (the rest of src/cli/ reads
 * and writes through standard C and read()/isatty(), which both have), and
 * the lines of a file descriptor, read in blocks. */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(_WIN32)
#define WIN32_LEAN_AND_MEAN
#include <fcntl.h>
#include <io.h>
#include <windows.h>

#include <shellapi.h> /* after windows.h */

/* The arguments in UTF-8, from the UTF-16 command line; no values if out
 * of memory. They live as long as the program. */
static struct arguments utf8_arguments(void)
{
	struct arguments a = {0, NULL};
	wchar_t **wide = CommandLineToArgvW(GetCommandLineW(), &a.count);
	a.values = wide ? calloc((size_t)a.count + 1, sizeof *a.values) : NULL;
	for (int i = 0; a.values && i < a.count; i++) {
		int size = WideCharToMultiByte(CP_UTF8, 0, wide[i], -1, NULL, 0, NULL, NULL);
		a.values[i] = size > 0 ? malloc((size_t)size) : NULL;
		if (!a.values[i])
			a.values = NULL;
		else
			WideCharToMultiByte(CP_UTF8, 0, wide[i], -1, a.values[i], size, NULL, NULL);
	}
	LocalFree(wide);
	return a;
}

struct arguments platform_start(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	_setmode(_fileno(stdin), _O_BINARY);
	_setmode(_fileno(stdout), _O_BINARY);
	_setmode(_fileno(stderr), _O_BINARY);
	/* Its C library buffers stderr into a pipe: a message would come out
	 * after the answers written after it. */
	setvbuf(stderr, NULL, _IONBF, 0);
	struct arguments a = utf8_arguments();
	if (!a.values)
		fputs("httpstatus: cannot read the arguments\n", stderr);
	return a;
}

int platform_open(const char *path)
{
	int size = MultiByteToWideChar(CP_UTF8, 0, path, -1, NULL, 0);
	wchar_t *wide = size > 0 ? malloc((size_t)size * sizeof *wide) : NULL;
	if (!wide) {
		errno = size > 0 ? ENOMEM : EINVAL;
		return -1;
	}
	MultiByteToWideChar(CP_UTF8, 0, path, -1, wide, size);
	int fd = _wopen(wide, _O_RDONLY | _O_BINARY);
	free(wide);
	return fd;
}

/* A pipe says how much it holds, or that its writer has gone (the read
 * returns at once); a file never waits. Anything else counts as waiting, so
 * that what has been answered goes out before each read: a console, and a
 * pipe that cannot say (under wine a Unix pipe is one, and PeekNamedPipe
 * fails with ERROR_NOT_SUPPORTED). */
bool platform_input_ready(int fd)
{
	HANDLE h = (HANDLE)_get_osfhandle(fd);
	DWORD available = 0;
	switch (GetFileType(h)) {
	case FILE_TYPE_PIPE:
		if (!PeekNamedPipe(h, NULL, 0, NULL, &available, NULL))
			return GetLastError() == ERROR_BROKEN_PIPE;
		return available > 0;
	case FILE_TYPE_DISK:
		return true;
	default:
		return false;
	}
}

unsigned platform_terminal_columns(int fd)
{
	CONSOLE_SCREEN_BUFFER_INFO info;
	if (!GetConsoleScreenBufferInfo((HANDLE)_get_osfhandle(fd), &info))
		return 0;
	return (unsigned)(info.srWindow.Right - info.srWindow.Left + 1);
}

bool platform_utf8(void)
{
	return GetConsoleOutputCP() == CP_UTF8;
}

bool platform_closed_pipe(int error)
{
	DWORD system_error = GetLastError();
	return error == EPIPE || (error == EINVAL && (system_error == ERROR_NO_DATA ||
						      system_error == ERROR_BROKEN_PIPE ||
						      system_error == ERROR_PIPE_NOT_CONNECTED));
}

#else
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>

struct arguments platform_start(int argc, char **argv)
{
	signal(SIGPIPE, SIG_DFL);
	return (struct arguments){argc, argv};
}

int platform_open(const char *path)
{
	return open(path, O_RDONLY);
}

bool platform_input_ready(int fd)
{
	struct pollfd p = {.fd = fd, .events = POLLIN};
	return poll(&p, 1, 0) != 0;
}

unsigned platform_terminal_columns(int fd)
{
	struct winsize size;
	/* GCOVR_EXCL_BR_START: every test terminal knows its width */
	if (ioctl(fd, TIOCGWINSZ, &size) != 0)
		return 0; /* GCOVR_EXCL_LINE */
	/* GCOVR_EXCL_BR_STOP */
	return size.ws_col;
}

/* The character set the locale's name says, as LC_CTYPE is chosen (LC_ALL,
 * LC_CTYPE, then LANG): what the terminal shows, whether or not this
 * system has the locale, and nothing else of the locale taken on. */
bool platform_utf8(void)
{
	static const char *const names[] = {"LC_ALL", "LC_CTYPE", "LANG"};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		const char *value = getenv(names[i]);
		if (!value || !*value)
			continue;
		for (; *value; value++)
			if (text_upper(value[0]) == 'U' && text_upper(value[1]) == 'T' &&
			    text_upper(value[2]) == 'F' &&
			    (value[3] == '8' || (value[3] == '-' && value[4] == '8')))
				return true;
		return false;
	}
	return false;
}

bool platform_closed_pipe(int error)
{
	return error == EPIPE;
}
#endif

/* ---- Lines ------------------------------------------------------------------- */

enum { BLOCK = 64 * 1024 };

struct lines lines_begin(int fd, FILE *flush)
{
	return (struct lines){.fd = fd, .flush = flush};
}

void lines_end(struct lines *r)
{
	free(r->buf);
	r->buf = NULL;
}

/* Room for a block after the unread bytes: moves them to the front, and
 * grows the buffer for a line longer than it. */
static bool make_room(struct lines *r)
{
	if (r->start && r->buf) {
		memmove(r->buf, r->buf + r->start, r->end - r->start);
		r->end -= r->start;
		r->start = 0;
	}
	if (r->cap - r->end >= BLOCK)
		return true;
	size_t cap = r->cap ? r->cap * 2 : 4 * (size_t)BLOCK;
	char *buf = realloc(r->buf, cap);
	if (!buf) { /* GCOVR_EXCL_START: no test makes realloc fail */
		r->error = ENOMEM;
		return false;
	} /* GCOVR_EXCL_STOP */
	r->buf = buf;
	r->cap = cap;
	return true;
}

const char *lines_next(struct lines *r, size_t *len)
{
	for (;;) {
		size_t unread = r->end - r->start;
		const char *line = unread ? r->buf + r->start : NULL, *nl;
		if (line && (nl = memchr(line, '\n', unread)) != NULL) {
			*len = (size_t)(nl - line);
			r->start += *len + 1;
			return line;
		}
		if (r->eof || r->error) {
			r->start = r->end;
			*len = unread;
			return r->error ? NULL : line;
		}
		if (!make_room(r)) /* GCOVR_EXCL_BR_LINE: out of memory */
			continue; /* GCOVR_EXCL_LINE */
		if (r->flush && !platform_input_ready(r->fd))
			fflush(r->flush);
		ssize_t n = read(r->fd, r->buf + r->end, r->cap - r->end);
		if (n > 0)
			r->end += (size_t)n;
		else if (n == 0)
			r->eof = true;
		else if (errno != EINTR) /* GCOVR_EXCL_BR_LINE: no test interrupts a read */
			r->error = errno;
	}
}
