#include "platform.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

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
	struct arguments a = utf8_arguments();
	if (!a.values)
		fputs("httpstatus: cannot read the arguments\n", stderr);
	return a;
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

bool platform_closed_pipe(int error)
{
	DWORD system_error = GetLastError();
	return error == EPIPE || (error == EINVAL && (system_error == ERROR_NO_DATA ||
						      system_error == ERROR_BROKEN_PIPE ||
						      system_error == ERROR_PIPE_NOT_CONNECTED));
}

#else
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>

struct arguments platform_start(int argc, char **argv)
{
	signal(SIGPIPE, SIG_DFL);
	return (struct arguments){argc, argv};
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

bool platform_closed_pipe(int error)
{
	return error == EPIPE;
}
#endif
