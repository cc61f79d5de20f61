/* posix_openpt and ptsname, and O_DIRECT for packet-mode pipes. */
#define _GNU_SOURCE
#include "spawn.h"

#include "helpers.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static void die(const char *what)
{
	perror(what);
	exit(1);
}

struct sink {
	char *data;
	size_t len, cap, reads;
};

static void drain(int fd, struct sink *s, int *open_fd)
{
	if (s->len + 4096 + 1 > s->cap) {
		s->cap = (s->cap ? s->cap * 2 : 8192) + 4096;
		s->data = realloc(s->data, s->cap);
		if (!s->data)
			die("realloc");
	}
	ssize_t n = read(fd, s->data + s->len, s->cap - s->len - 1);
	if (n > 0) {
		s->len += (size_t)n;
		s->reads++;
	} else if (n == 0 || errno != EINTR) { /* a pseudo-terminal's end is EIO */
		close(fd);
		*open_fd = -1;
	}
}

/* A pseudo-terminal's master end, and the path of its slave end. */
static int open_pty(char *slave, size_t size)
{
	int master = posix_openpt(O_RDWR | O_NOCTTY);
	if (master < 0 || grantpt(master) || unlockpt(master))
		die("posix_openpt");
	snprintf(slave, size, "%s", ptsname(master));
	return master;
}

/* In the child: stdout becomes the terminal, columns wide, bytes unchanged. */
static void use_pty(const char *slave, unsigned short columns)
{
	int fd = open(slave, O_RDWR | O_NOCTTY);
	struct termios t;
	struct winsize size = {.ws_row = 24, .ws_col = columns};
	if (fd < 0 || tcgetattr(fd, &t) || ioctl(fd, TIOCSWINSZ, &size))
		die(slave);
	t.c_oflag &= ~(tcflag_t)OPOST;
	tcsetattr(fd, TCSANOW, &t);
	dup2(fd, 1);
}

static void set_env(const char *const *env)
{
	for (; env && *env; env++) {
		const char *eq = strchr(*env, '=');
		if (!eq) {
			unsetenv(*env);
			continue;
		}
		char name[256];
		snprintf(name, sizeof name, "%.*s", (int)(eq - *env), *env);
		setenv(name, eq + 1, 1);
	}
}

char **spawn_host_argv(char *const argv[])
{
	const char *wrapper = getenv("MESON_EXE_WRAPPER");
	if (!wrapper)
		wrapper = "";
	size_t len = strlen(wrapper), args = 0;
	while (argv[args])
		args++;
	/* The pointers (a wrapper of len bytes has at most len / 2 + 1 words),
	 * then a copy of the wrapper that strtok cuts into words. */
	size_t pointers = (len / 2 + 1 + args + 1) * sizeof(char *);
	char **wrapped = malloc(pointers + len + 1);
	if (!wrapped)
		die("malloc");
	char *words = memcpy((char *)wrapped + pointers, wrapper, len + 1);
	size_t n = 0;
	for (char *word = strtok(words, " "); word; word = strtok(NULL, " "))
		wrapped[n++] = word;
	for (size_t i = 0; i < args; i++)
		wrapped[n++] = argv[i];
	wrapped[n] = NULL;
	return wrapped;
}

char *spawn_host_path_dir(const char *program, const char *dir)
{
	const char *wrapper = getenv("MESON_EXE_WRAPPER"), *slash = strrchr(program, '/');
	if (!wrapper || !*wrapper)
		return format("%.*s", slash ? (int)(slash - program) : 1, slash ? program : ".");
	const char *name = slash ? slash + 1 : program;
	size_t len = strlen(name);
	if (len > 4 && strcmp(name + len - 4, ".exe") == 0)
		len -= 4;
	/* MESON_EXE_WRAPPER is quoted for the shell already; the program's path
	 * is made absolute, as the script may run in another directory. */
	char *script = format("%s/%.*s", dir, (int)len, name), *path = realpath(program, NULL);
	FILE *f = path ? fopen(script, "w") : NULL;
	if (!f || fprintf(f, "#!/bin/sh\nexec %s '%s' \"$@\"\n", wrapper, path) < 0 ||
	    fclose(f) != 0 || chmod(script, 0755) != 0)
		die(script);
	free(path);
	free(script);
	return format("%s", dir);
}

struct child spawn_start(char *const argv[], struct spawn_options options)
{
	int in[2], out[2], err[2];
	char slave[128] = "";
	if (pipe(in) || pipe2(out, options.stdout_packets ? O_DIRECT : 0) || pipe(err))
		die("pipe");
	signal(SIGPIPE, SIG_IGN);
	if (options.pty_columns) {
		close(out[0]);
		out[0] = open_pty(slave, sizeof slave);
	}
	if (options.stdout_closed) {
		close(out[0]);
		out[0] = -1;
	}
	char **run = options.host_program ? spawn_host_argv(argv) : (char **)argv;
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		dup2(in[0], 0);
		dup2(out[1], 1);
		dup2(err[1], 2);
		if (options.pty_columns)
			use_pty(slave, options.pty_columns);
		for (int fd = 3; fd < 64; fd++)
			close(fd);
		set_env(options.env);
		if (options.file_size_limit) {
			struct rlimit limit;
			getrlimit(RLIMIT_FSIZE, &limit);
			limit.rlim_cur = (rlim_t)options.file_size_limit;
			signal(SIGXFSZ, SIG_IGN);
			setrlimit(RLIMIT_FSIZE, &limit);
		}
		if (options.sigpipe_blocked) {
			sigset_t pipe;
			sigemptyset(&pipe);
			sigaddset(&pipe, SIGPIPE);
			sigprocmask(SIG_BLOCK, &pipe, NULL);
		}
		execvp(run[0], run);
		fprintf(stderr, "cannot run %s: %s\n", run[0], strerror(errno));
		_exit(127);
	}
	if (run != argv)
		free(run);
	close(in[0]);
	close(out[1]);
	close(err[1]);
	return (struct child){pid, in[1], out[0], err[0]};
}

static int wait_status(pid_t pid)
{
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			die("waitpid");
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

bool child_read_line(struct child *c, char *buf, size_t size, int timeout_ms)
{
	size_t n = 0;
	while (n + 1 < size) {
		struct pollfd p = {c->out, POLLIN, 0};
		if (poll(&p, 1, timeout_ms) <= 0 || read(c->out, buf + n, 1) != 1)
			break;
		if (buf[n++] == '\n') {
			buf[n] = '\0';
			return true;
		}
	}
	buf[n] = '\0';
	return false;
}

int child_finish(struct child *c, char **err)
{
	struct sink sink = {0};
	if (c->in >= 0)
		close(c->in);
	if (c->out >= 0)
		close(c->out);
	while (c->err >= 0)
		drain(c->err, &sink, &c->err);
	if (!sink.data && !(sink.data = malloc(1)))
		die("malloc");
	sink.data[sink.len] = '\0';
	*err = sink.data;
	return wait_status(c->pid);
}

static struct spawn_result run(char *const argv[], const char *input, size_t input_len,
			       struct spawn_options options)
{
	struct child c = spawn_start(argv, options);
	int fds[3] = {c.in, c.out, c.err};
	struct sink sinks[2] = {{0}, {0}};
	size_t written = 0;
	if (!input || input_len == 0) {
		close(fds[0]);
		fds[0] = -1;
	} else {
		fcntl(fds[0], F_SETFL, O_NONBLOCK);
	}
	while (fds[0] >= 0 || fds[1] >= 0 || fds[2] >= 0) {
		struct pollfd p[3] = {
			{fds[0], POLLOUT, 0}, {fds[1], POLLIN, 0}, {fds[2], POLLIN, 0}};
		if (poll(p, 3, -1) < 0) {
			if (errno == EINTR)
				continue;
			die("poll");
		}
		if (fds[0] >= 0 && p[0].revents) {
			ssize_t n = write(fds[0], input + written, input_len - written);
			if (n > 0)
				written += (size_t)n;
			if ((n < 0 && errno != EAGAIN && errno != EINTR) || written == input_len) {
				close(fds[0]);
				fds[0] = -1;
			}
		}
		for (int i = 1; i < 3; i++)
			if (fds[i] >= 0 && p[i].revents)
				drain(fds[i], &sinks[i - 1], &fds[i]);
	}
	struct spawn_result r = {0};
	r.status = wait_status(c.pid);
	for (int i = 0; i < 2; i++) {
		if (!sinks[i].data && !(sinks[i].data = malloc(1)))
			die("malloc");
		sinks[i].data[sinks[i].len] = '\0';
	}
	r.out = sinks[0].data;
	r.out_len = sinks[0].len;
	r.out_reads = sinks[0].reads;
	r.err = sinks[1].data;
	r.err_len = sinks[1].len;
	return r;
}

struct spawn_result spawn(char *const argv[], const char *input, size_t input_len)
{
	return run(argv, input, input_len, (struct spawn_options){0});
}

struct spawn_result spawn_with(char *const argv[], struct spawn_options options)
{
	return run(argv, NULL, 0, options);
}

struct spawn_result spawn_input_with(char *const argv[], const char *input, size_t input_len,
				     struct spawn_options options)
{
	return run(argv, input, input_len, options);
}

void spawn_free(struct spawn_result *r)
{
	free(r->out);
	free(r->err);
}

char *shell_output_with_path(const char *dir, const char *command)
{
	char *script = format("{ %s\n} 2>&1", command);
	char *path = format("PATH=%s:%s", dir, getenv("PATH") ? getenv("PATH") : "/usr/bin:/bin");
	const char *env[] = {path, NULL};
	char *argv[] = {"/bin/sh", "-c", script, NULL};
	struct spawn_result r = spawn_input_with(argv, NULL, 0, (struct spawn_options){.env = env});
	free(r.err);
	free(path);
	free(script);
	return r.out;
}

void skip_unless_on_path(const char *command)
{
	char *argv[] = {"/bin/sh", "-c", "command -v \"$0\"", (char *)command, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	bool found = r.status == 0;
	spawn_free(&r);
	skip_unless_found(found ? command : "", command);
}

char *scratch_dir_new(void)
{
	const char *tmp = getenv("TMPDIR");
	char *dir = format("%s/httpstatus-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		fprintf(stderr, "cannot make a directory like %s\n", dir);
		exit(1);
	}
	return dir;
}

void scratch_dir_remove(const char *dir)
{
	char *argv[] = {"/bin/rm", "-rf", (char *)dir, NULL};
	struct spawn_result r = spawn(argv, NULL, 0);
	if (r.status != 0)
		fprintf(stderr, "cannot remove %s: %s\n", dir, r.err);
	spawn_free(&r);
}

char *scratch;

int scratch_setup(void **state)
{
	(void)state;
	scratch = scratch_dir_new();
	return setenv("HS_WORK", scratch, 1);
}

int scratch_teardown(void **state)
{
	(void)state;
	scratch_dir_remove(scratch);
	free(scratch);
	scratch = NULL;
	return 0;
}

void scratch_write(const char *name, const char *text)
{
	char *path = path_join(scratch, name);
	write_file(path, text);
	free(path);
}
