/* amalgamate: writes libhttpstatus as two files a user copies into a project,
 * httpstatus.c (every library source with the tables and the shared
 * headers it includes) and httpstatus.h (the public header with every
 * header it includes), plus the opt-in public headers, each on its own.
 *
 *   amalgamate --version V --license FILE --output-dir DIR --header FILE
 *              [--opt-in FILE]... [--include-dir DIR]... [--depfile FILE]
 *              SOURCE...
 *
 * A quoted #include is looked for beside the file that has it, then in each
 * --include-dir in turn, and its text takes the place of the line, once per
 * output: a file already inlined there is left out. In httpstatus.c and in
 * the opt-in headers, a file folded into httpstatus.h becomes
 * #include "httpstatus.h". Angle-bracket includes stay as they are. Files are
 * known by their names (a file's directory is never written), so the
 * output does not depend on where the source or the build is.
 *
 * Every output goes to a temporary file and is renamed into place once all
 * are written: a failed run leaves nothing behind. Exit status: 0 done, 1 an
 * include not found or a failed write, 2 bad usage. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_FILES 64
#define MAX_DEPTH 16

static const char usage_text[] =
	"usage: amalgamate --version V --license FILE --output-dir DIR --header FILE\n"
	"                  [--opt-in FILE]... [--include-dir DIR]... [--depfile FILE] "
	"SOURCE...\n";

static void *check_alloc(void *p)
{
	if (!p) {
		fputs("amalgamate: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

/* A growing string. */
struct text {
	char *s;
	size_t len, cap;
};

static void add_n(struct text *t, const char *s, size_t n)
{
	if (!t->s || t->len + n + 1 > t->cap) {
		t->cap = (t->len + n + 1) * 2;
		t->s = check_alloc(realloc(t->s, t->cap));
	}
	memcpy(t->s + t->len, s, n);
	t->len += n;
	t->s[t->len] = '\0';
}

static void add(struct text *t, const char *s)
{
	add_n(t, s, strlen(s));
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void
addf(struct text *t, const char *fmt, ...)
{
	char line[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof line) {
		fputs("amalgamate: a line of the banner is too long\n", stderr);
		exit(1);
	}
	add_n(t, line, (size_t)n);
}

/* A set of file names, in the order they were added. */
struct names {
	const char *name[MAX_FILES];
	size_t count;
};

static bool has_name(const struct names *n, const char *name)
{
	for (size_t i = 0; i < n->count; i++)
		if (strcmp(n->name[i], name) == 0)
			return true;
	return false;
}

static void add_name(struct names *n, const char *name)
{
	if (n->count == MAX_FILES) {
		fprintf(stderr, "amalgamate: more than %d files\n", MAX_FILES);
		exit(1);
	}
	n->name[n->count++] = check_alloc(strdup(name));
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

/* Everything the program was asked. */
static struct {
	const char *version, *license, *output_dir, *header, *depfile;
	const char *opt_in[MAX_FILES], *include_dir[MAX_FILES], *source[MAX_FILES];
	size_t opt_in_count, include_dir_count, source_count;
} args;

/* Every path read, for the depfile. */
static struct names read_paths;

static char *read_whole(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	struct text t = {0};
	char chunk[8192];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		add_n(&t, chunk, n);
	bool failed = ferror(f);
	fclose(f);
	if (failed) {
		fprintf(stderr, "amalgamate: error: cannot read %s\n", path);
		exit(1);
	}
	add_name(&read_paths, path);
	return t.s ? t.s : check_alloc(calloc(1, 1));
}

/* dir/name in a new string. */
static char *join(const char *dir, size_t dir_len, const char *name, size_t name_len)
{
	char *path = check_alloc(malloc(dir_len + name_len + 2));
	memcpy(path, dir, dir_len);
	path[dir_len] = '/';
	memcpy(path + dir_len + 1, name, name_len);
	path[dir_len + 1 + name_len] = '\0';
	return path;
}

/* The text of the file an include in `from` names, its path in *found. */
static char *read_included(const char *from, const char *name, size_t name_len, char **found)
{
	const char *slash = strrchr(from, '/');
	char *path = slash ? join(from, (size_t)(slash - from), name, name_len)
			   : join(".", 1, name, name_len);
	char *text = read_whole(path);
	for (size_t i = 0; !text && i < args.include_dir_count; i++) {
		free(path);
		const char *dir = args.include_dir[i];
		path = join(dir, strlen(dir), name, name_len);
		text = read_whole(path);
	}
	*found = path;
	return text;
}

/* One output being written. */
struct output {
	const char *name;
	struct text body;
	struct names inlined; /* every file in it, in order */
	bool includes_header; /* has its #include of the amalgamated header */
	bool is_source; /* httpstatus.c */
};

/* A header the library includes may define static inline functions or
 * tables that one source does not use. Compilers say nothing of those in a
 * header; clang does in the file it compiles, which the header has become,
 * so httpstatus.c turns the warnings off around each included file. */
static const char quiet_unused[] = "#if defined(__clang__)\n"
				   "#pragma clang diagnostic push\n"
				   "#pragma clang diagnostic ignored \"-Wunused-function\"\n"
				   "#pragma clang diagnostic ignored \"-Wunused-const-variable\"\n"
				   "#endif\n";
static const char unquiet_unused[] = "#if defined(__clang__)\n"
				     "#pragma clang diagnostic pop\n"
				     "#endif\n";

/* What httpstatus.h holds: it and every file it inlined; empty while
 * httpstatus.h itself is written. */
static struct names folded;

/* If line is an #include, its file's name (not NUL-terminated: *len bytes)
 * and whether it is quoted; NULL otherwise. */
static const char *included_name(const char *line, size_t *len, bool *quoted)
{
	const char *p = line + strspn(line, " \t");
	if (*p != '#')
		return NULL;
	p++;
	p += strspn(p, " \t");
	if (strncmp(p, "include", 7) != 0)
		return NULL;
	p += 7;
	p += strspn(p, " \t");
	char close;
	if (*p == '"')
		close = '"';
	else if (*p == '<')
		close = '>';
	else
		return NULL;
	const char *name = p + 1, *end = strchr(name, close);
	const char *newline = strchr(name, '\n');
	if (!end || (newline && newline < end))
		return NULL;
	*len = (size_t)(end - name);
	*quoted = close == '"';
	return name;
}

static bool name_in(const struct names *n, const char *name, size_t len)
{
	char *s = check_alloc(strndup(name, len));
	bool in = has_name(n, s);
	free(s);
	return in;
}

/* What to do with one line of a file: NULL when it is added to o as the
 * rules above say (the line as it is, the main header's #include, or
 * nothing for a file already in o); otherwise the text of the file it
 * includes, read from *found, which takes its place. */
static char *take_line(struct output *o, const char *path, unsigned line_no, const char *line,
		       size_t len, char **found)
{
	size_t name_len;
	bool quoted;
	const char *name = included_name(line, &name_len, &quoted);
	if (name && name_in(&folded, name, name_len)) {
		if (!o->includes_header)
			addf(&o->body, "#include \"%s\"\n", base_name(args.header));
		o->includes_header = true;
		return NULL;
	}
	if (!name || !quoted) {
		add_n(&o->body, line, len);
		if (line[len - 1] != '\n')
			add(&o->body, "\n");
		return NULL;
	}
	if (name_in(&o->inlined, name, name_len))
		return NULL;
	char *text = read_included(path, name, name_len, found);
	if (!text) {
		fprintf(stderr,
			"%s:%u: error: cannot find \"%.*s\" beside it or in an include "
			"directory\n",
			path, line_no, (int)name_len, name);
		exit(1);
	}
	return text;
}

/* A file being inlined, and how far. */
struct frame {
	char *path, *text;
	const char *at;
	unsigned line_no;
};

/* The file at path, and the files it includes where it includes them, into
 * o. Each included file is marked where it begins and ends. */
static void inline_top(struct output *o, const char *path)
{
	struct frame stack[MAX_DEPTH];
	size_t depth = 0;
	char *text = read_whole(path);
	if (!text) {
		fprintf(stderr, "amalgamate: error: cannot read %s: %s\n", path, strerror(errno));
		exit(1);
	}
	stack[depth++] = (struct frame){check_alloc(strdup(path)), text, text, 1};
	add_name(&o->inlined, base_name(path));
	while (depth > 0) {
		struct frame *f = &stack[depth - 1];
		const char *name = base_name(f->path);
		if (!*f->at) {
			if (depth > 1)
				addf(&o->body, "%s/* ======== end of %s, back in %s ======== */\n",
				     o->is_source ? unquiet_unused : "", name,
				     base_name(stack[depth - 2].path));
			free(f->path);
			free(f->text);
			depth--;
			continue;
		}
		const char *line = f->at;
		size_t len = strcspn(line, "\n");
		len += line[len] == '\n';
		f->at += len;
		char *found = NULL;
		char *included = take_line(o, f->path, f->line_no++, line, len, &found);
		if (!included)
			continue;
		if (depth == MAX_DEPTH) {
			fprintf(stderr, "%s: error: includes nest deeper than %d\n", found,
				MAX_DEPTH);
			exit(1);
		}
		stack[depth++] = (struct frame){found, included, included, 1};
		add_name(&o->inlined, base_name(found));
		addf(&o->body, "/* ======== %s, included by %s ======== */\n%s", base_name(found),
		     name, o->is_source ? quiet_unused : "");
	}
}

/* The comment an output starts with: its name, what it is (lines of text,
 * each ending in a newline), the files it was made from, the license. */
static void add_banner(struct text *t, const struct output *o, const char *what)
{
	addf(t, "/* %s: libhttpstatus %s, amalgamated. Generated: do not edit.\n *\n", o->name,
	     args.version);
	for (const char *line = what; *line;) {
		size_t len = strcspn(line, "\n");
		add(t, " * ");
		add_n(t, line, len);
		add(t, "\n");
		line += len + 1;
	}
	const char *made = " * Made by libhttpstatus's amalgamate from";
	add(t, " *\n");
	add(t, made);
	size_t column = strlen(made);
	for (size_t i = 0; i < o->inlined.count; i++) {
		const char *name = o->inlined.name[i];
		const char *sep = i + 1 == o->inlined.count ? "." : ",";
		if (column + 1 + strlen(name) + strlen(sep) > 79) {
			add(t, "\n *");
			column = 2;
		}
		add(t, " ");
		add(t, name);
		add(t, sep);
		column += 1 + strlen(name) + strlen(sep);
	}
	add(t, "\n *\n");
	char *license = read_whole(args.license);
	if (!license) {
		fprintf(stderr, "amalgamate: error: cannot read %s: %s\n", args.license,
			strerror(errno));
		exit(1);
	}
	for (const char *line = license; *line;) {
		size_t len = strcspn(line, "\n");
		add(t, len ? " * " : " *");
		add_n(t, line, len);
		add(t, "\n");
		line += len + (line[len] == '\n');
	}
	free(license);
	add(t, " */\n");
}

static char *output_path(const char *name)
{
	return join(args.output_dir, strlen(args.output_dir), name, strlen(name));
}

/* Writes text to a new temporary file beside path; the temporary file's
 * name, or NULL (and no file) on failure. */
static char *write_temp(const char *path, const struct text *banner, const struct text *body)
{
	char *temp = check_alloc(malloc(strlen(path) + 8));
	sprintf(temp, "%s.XXXXXX", path);
	int fd = mkstemp(temp);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f) {
		fprintf(stderr, "amalgamate: error: cannot create a file beside %s: %s\n", path,
			strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(temp);
		}
		free(temp);
		return NULL;
	}
	if (banner->len)
		fwrite(banner->s, 1, banner->len, f);
	fwrite(body->s, 1, body->len, f);
	/* & rather than &&: every step runs. fchmod: mkstemp made the file for
	 * its owner alone. */
	bool written = !ferror(f);
	written &= fchmod(fd, 0644) == 0;
	written &= fclose(f) == 0;
	if (!written) {
		fprintf(stderr, "amalgamate: error: cannot write %s: %s\n", path, strerror(errno));
		unlink(temp);
		free(temp);
		return NULL;
	}
	return temp;
}

/* Make's rules for a name in a depfile: a space or a # escaped. */
static void add_make_name(struct text *t, const char *name)
{
	for (const char *p = name; *p; p++) {
		if (*p == ' ' || *p == '#')
			add(t, "\\");
		add_n(t, p, 1);
	}
}

static int usage(const char *problem)
{
	fprintf(stderr, "amalgamate: %s\n%s", problem, usage_text);
	return 2;
}

/* Reads the arguments into args; a message, or NULL when they are right. */
static const char *parse_args(int argc, char **argv)
{
	static const struct option {
		const char *name;
		const char **one;
		const char **many;
		size_t *count;
	} options[] = {
		{"--version", &args.version, NULL, NULL},
		{"--license", &args.license, NULL, NULL},
		{"--output-dir", &args.output_dir, NULL, NULL},
		{"--header", &args.header, NULL, NULL},
		{"--depfile", &args.depfile, NULL, NULL},
		{"--opt-in", NULL, args.opt_in, &args.opt_in_count},
		{"--include-dir", NULL, args.include_dir, &args.include_dir_count},
	};
	for (int i = 1; i < argc; i++) {
		const struct option *o = NULL;
		for (size_t k = 0; k < sizeof options / sizeof options[0]; k++)
			if (strcmp(argv[i], options[k].name) == 0)
				o = &options[k];
		if (!o && argv[i][0] == '-')
			return "unknown option";
		if (o && i + 1 == argc)
			return "an option needs a value";
		size_t *count = o ? o->count : &args.source_count;
		if (count && *count == MAX_FILES)
			return "too many files";
		const char *value = o ? argv[++i] : argv[i];
		if (!o)
			args.source[args.source_count++] = value;
		else if (o->one)
			*o->one = value;
		else
			o->many[(*o->count)++] = value;
	}
	if (!args.version || !args.license || !args.output_dir || !args.header)
		return "--version, --license, --output-dir and --header are needed";
	if (args.source_count == 0)
		return "no source file";
	return NULL;
}

static struct output *new_output(const char *name)
{
	struct output *o = check_alloc(calloc(1, sizeof *o));
	o->name = name;
	return o;
}

int main(int argc, char **argv)
{
	const char *problem = parse_args(argc, argv);
	if (problem)
		return usage(problem);

	static struct output *outputs[MAX_FILES + 2];
	static const char *what[MAX_FILES + 2];
	size_t n = 0;

	/* httpstatus.c from httpstatus.h: its name decides the source's. */
	const char *header_name = base_name(args.header);
	size_t stem = strlen(header_name) - (strlen(header_name) > 2 ? 2 : 0);
	char *source_name = check_alloc(malloc(stem + 3));
	sprintf(source_name, "%.*s.c", (int)stem, header_name);

	struct output *header = new_output(header_name);
	inline_top(header, args.header);
	folded = header->inlined;
	for (size_t i = 0; i < args.opt_in_count; i++) {
		if (has_name(&folded, base_name(args.opt_in[i]))) {
			fprintf(stderr,
				"amalgamate: error: %s is named opt-in, but %s includes it\n",
				args.opt_in[i], header_name);
			exit(1);
		}
	}

	struct output *source = new_output(source_name);
	source->is_source = true;
	for (size_t i = 0; i < args.source_count; i++) {
		if (i > 0)
			add(&source->body, "\n");
		addf(&source->body, "/* ======== %s ======== */\n", base_name(args.source[i]));
		inline_top(source, args.source[i]);
	}
	outputs[n] = source;
	what[n++] = "The whole library in one file: compile it with any C99 compiler, with\n"
		    "the header beside it and nothing else.\n";
	outputs[n] = header;
	what[n++] = "The public header, with every header it includes folded in.\n";
	for (size_t i = 0; i < args.opt_in_count; i++) {
		struct output *o = new_output(base_name(args.opt_in[i]));
		inline_top(o, args.opt_in[i]);
		outputs[n] = o;
		what[n++] = "An opt-in public header, kept apart as in an install: a program\n"
			    "that wants what it defines includes it after the main header.\n";
	}

	/* Write everything, then rename everything. */
	static char *paths[MAX_FILES + 3], *temps[MAX_FILES + 3];
	size_t written = 0;
	for (size_t i = 0; i < n; i++) {
		struct text banner = {0};
		add_banner(&banner, outputs[i], what[i]);
		paths[i] = output_path(outputs[i]->name);
		temps[i] = write_temp(paths[i], &banner, &outputs[i]->body);
		free(banner.s);
		if (!temps[i])
			break;
		written++;
	}
	if (written == n && args.depfile) {
		struct text deps = {0}, empty = {0};
		for (size_t i = 0; i < n; i++) {
			add(&deps, i ? " " : "");
			add_make_name(&deps, paths[i]);
		}
		add(&deps, ":");
		for (size_t i = 0; i < read_paths.count; i++) {
			add(&deps, " ");
			add_make_name(&deps, read_paths.name[i]);
		}
		add(&deps, "\n");
		paths[n] = check_alloc(strdup(args.depfile));
		temps[n] = write_temp(paths[n], &empty, &deps);
		free(deps.s);
		if (temps[n])
			written++;
	}
	size_t total = n + (args.depfile ? 1 : 0);
	bool ok = written == total;
	for (size_t i = 0; i < written; i++) {
		if (ok && rename(temps[i], paths[i]) != 0) {
			fprintf(stderr, "amalgamate: error: cannot rename %s to %s: %s\n", temps[i],
				paths[i], strerror(errno));
			ok = false;
		}
		if (!ok)
			unlink(temps[i]);
	}
	return ok ? 0 : 1;
}
