/* The shell completions for httpstatus, each run by its shell: bash's
 * completion function called as bash calls it, fish's completions asked
 * for with complete -C, zsh's parsed and registered by compinit; and the
 * options each offers are those of the tool's one table (httpstatus
 * --complete=options). Exits 77 (skipped) when the shell is missing. */
#include "helpers.h"
#include "spawn.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static const char *shell_path, *script;
static char *httpstatus; /* what runs the tool, in tool_dir */
static char *path_env; /* PATH=tool_dir:$PATH */

/* Runs the program (argv[0], a path) with args, the tool first on PATH;
 * what it prints, which the caller frees, once it has exited 0 and said
 * nothing on stderr. */
static char *run_in_path(const char *program, char *const args[])
{
	char *argv[16] = {(char *)program};
	for (size_t i = 0; args[i]; i++)
		argv[i + 1] = args[i];
	const char *env[] = {path_env, NULL};
	struct spawn_result r = spawn_input_with(argv, NULL, 0, (struct spawn_options){.env = env});
	if (r.status != 0 || r.err_len)
		fail_msg("%s %s: exit %d\nstdout:\n%s\nstderr:\n%s", program, args[0], r.status,
			 r.out, r.err);
	free(r.err);
	return r.out;
}

/* Runs the shell with args and checks what it prints. */
static void expect_shell(char *const args[], const char *out)
{
	char *printed = run_in_path(shell_path, args);
	if (strcmp(printed, out) != 0)
		fail_msg("%s %s:\n%s\nexpected:\n%s", shell_path, args[0], printed, out);
	free(printed);
}

/* The options in text, one per line (each up to a tab or '=', if any; "-",
 * standard input, left out), sorted, one per line. */
static char *sorted_options(const char *text)
{
	char *lines[64], *copy = format("%s", text), *sorted;
	size_t n = 0, len = 0;
	for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n")) {
		line[strcspn(line, "\t=")] = '\0';
		if (strcmp(line, "-") != 0 && *line) {
			assert_true(n < 64);
			lines[n++] = line;
		}
	}
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && strcmp(lines[j - 1], lines[j]) > 0; j--) {
			char *swap = lines[j];
			lines[j] = lines[j - 1];
			lines[j - 1] = swap;
		}
	sorted = calloc(1, strlen(text) + 1);
	assert_non_null(sorted);
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(sorted + len, "%s\n", lines[i]);
	free(copy);
	return sorted;
}

/* The options the shell offers are the tool's, every one of them. */
static void expect_the_tables_options(const char *offered)
{
	char *table = run_in_path(httpstatus, (char *[]){"--complete=options", NULL});
	char *expected = sorted_options(table), *got = sorted_options(offered);
	if (strcmp(got, expected) != 0)
		fail_msg("%s offers the options\n%s\nhttpstatus --complete=options lists\n%s",
			 script, got, expected);
	free(got);
	free(expected);
	free(table);
}

/* COMPREPLY for each command line, one line each, words ended by '|':
 * names match in lower case, methods in upper case. */
static void bash_completes_options_values_and_queries(void **state)
{
	(void)state;
	static const char cases[] = "_t 1 httpstatus not_fo\n"
				    "_t 1 httpstatus NOT_FO\n"
				    "_t 1 httpstatus 4x\n"
				    "_t 2 httpstatus 404 http_version\n"
				    "_t 1 httpstatus --co\n"
				    "_t 1 httpstatus --j\n"
				    "_t 2 httpstatus --color =\n"
				    "_t 3 httpstatus --colour = al\n"
				    "_t 1 httpstatus --color=ne\n"
				    "_t 2 httpstatus --search ti\n"
				    "_t 2 httpstatus --field 9\n"
				    "_t 1 httpstatus zzz\n"
				    "_t 1 httpstatus client_closed_r\n"
				    "_t 1 httpstatus 49\n"
				    "_t 1 httpstatus GE\n"
				    "_t 1 httpstatus ge\n"
				    "_t 1 httpstatus PROP\n"
				    "_t 1 httpstatus --un\n"
				    "_t 1 httpstatus --re\n"
				    "d=$(mktemp -d); : > \"$d/access.log\"; cd \"$d\"\n"
				    "_t 2 httpstatus --count acc\n"
				    "_t 3 httpstatus --count --json acc\n"
				    "cd /; rm -r \"$d\"\n";
	char *program = format("source \"$0\"\n"
			       "_t() { COMP_CWORD=$1; shift; COMP_WORDS=(\"$@\");\n"
			       "  _httpstatus %s; printf '%%s|' \"${COMPREPLY[@]}\"; echo; }\n"
			       "%s",
			       httpstatus, cases);
	expect_shell((char *[]){"--norc", "-c", program, (char *)script, NULL},
		     "not_found|\n"
		     "not_found|\n"
		     "4xx|\n"
		     "http_version_not_supported|\n"
		     "--count|--color=|--colour=|\n"
		     "--json|\n"
		     "auto|always|never|\n"
		     "always|\n"
		     "--color=never|\n"
		     "|\n"
		     "|\n"
		     "|\n"
		     "client_closed_request|\n"
		     "494|495|496|497|498|499|\n"
		     "GET|\n"
		     "GET|\n"
		     "PROPFIND|PROPPATCH|\n"
		     "--unofficial|\n"
		     "--registered|\n"
		     "access.log|\n"
		     "access.log|\n");
	free(program);
}

static void bash_offers_the_tables_options(void **state)
{
	(void)state;
	char *program = format("source \"$0\"; COMP_CWORD=1; COMP_WORDS=(httpstatus -);"
			       " _httpstatus %s; printf '%%s\\n' \"${COMPREPLY[@]}\"",
			       httpstatus);
	char *offered =
		run_in_path(shell_path, (char *[]){"--norc", "-c", program, (char *)script, NULL});
	expect_the_tables_options(offered);
	free(offered);
	free(program);
}

static void bash_registers_the_function_for_httpstatus(void **state)
{
	(void)state;
	expect_shell((char *[]){"--norc", "-c", "source \"$0\"; complete -p httpstatus",
				(char *)script, NULL},
		     "complete -F _httpstatus httpstatus\n");
}

static void zsh_parses_and_registers_it(void **state)
{
	(void)state;
	expect_shell((char *[]){"-n", (char *)script, NULL}, "");
	char *dir = format("%s", script);
	*strrchr(dir, '/') = '\0';
	char *program = format("fpath=(%s $fpath); autoload -Uz compinit && compinit -u -D;"
			       " print -r -- $_comps[httpstatus]",
			       dir);
	expect_shell((char *[]){"-f", "-c", program, NULL}, "_httpstatus\n");
	free(program);
	free(dir);
}

/* The options of zsh's _arguments: each -x and --name of its lines after
 * the first, up to the line that ends it. */
static void zsh_offers_the_tables_options(void **state)
{
	(void)state;
	char *text = read_file(script, NULL), *offered = calloc(1, strlen(text) + 1);
	assert_non_null(offered);
	const char *s = strstr(text, "_arguments");
	assert_non_null(s);
	s = strchr(s, '\n') + 1;
	size_t len = 0;
	for (const char *end = s; *end && (end = strchr(s, '\n')) != NULL && end[-1] == '\\';
	     s = end + 1)
		for (const char *p = s; p < end; p++)
			if (p[0] == '-' && strchr("'{,() *", p[-1]) &&
			    ((p[1] >= 'a' && p[1] <= 'z') || (p[1] == '-' && p[2] >= 'a'))) {
				size_t n = strspn(p, "-abcdefghijklmnopqrstuvwxyz");
				len += (size_t)sprintf(offered + len, "%.*s\n", (int)n, p);
			}
	/* An option in a group, as (--json), comes twice. */
	char *unique = calloc(1, len + 1);
	size_t at = 0;
	for (char *line = strtok(offered, "\n"); line; line = strtok(NULL, "\n")) {
		char *seen = format("\n%s\n", line), *with_start = format("\n%s", unique);
		if (!strstr(with_start, seen))
			at += (size_t)sprintf(unique + at, "%s\n", line);
		free(seen);
		free(with_start);
	}
	expect_the_tables_options(unique);
	free(unique);
	free(offered);
	free(text);
}

static void fish_completes_options_values_and_queries(void **state)
{
	(void)state;
	expect_shell((char *[]){"--no-config", "--no-execute", (char *)script, NULL}, "");
	char *program =
		format("source %s; complete -C'httpstatus not_fo';"
		       " complete -C'httpstatus 4x'; complete -C'httpstatus --cou';"
		       " complete -C'httpstatus --colour=al'; complete -C'httpstatus GE';"
		       " complete -C'httpstatus client_closed_r'; complete -C'httpstatus --met';"
		       " cd (mktemp -d); touch access.log; complete -C'httpstatus --count acc';"
		       " rm access.log",
		       script);
	expect_shell((char *[]){"--no-config", "-c", program, NULL},
		     "not_found\n"
		     "4xx\n"
		     "--count\tHow often each code occurs in files or standard input\n"
		     "--colour=always\tColour codes by class\n"
		     "GET\n"
		     "client_closed_request\n"
		     "--methods\tEvery method\n"
		     "access.log\n");
	free(program);
}

static void fish_offers_the_tables_options(void **state)
{
	(void)state;
	char *program = format("source %s; complete -C'httpstatus -'", script);
	char *offered = run_in_path(shell_path, (char *[]){"--no-config", "-c", program, NULL});
	expect_the_tables_options(offered);
	free(offered);
	free(program);
}

int main(int argc, char **argv)
{
	check_args(argc, argv, 4, "bash|zsh|fish SHELL COMPLETION HTTPSTATUS");
	shell_path = argv[2];
	skip_unless_found(shell_path, argv[1]);
	script = argv[3];
	char *dir = scratch_dir_new(), *tool_dir = spawn_host_path_dir(argv[4], dir);
	httpstatus = path_join(tool_dir, "httpstatus");
	path_env =
		format("PATH=%s:%s", tool_dir, getenv("PATH") ? getenv("PATH") : "/usr/bin:/bin");
	const struct CMUnitTest bash[] = {
		cmocka_unit_test(bash_completes_options_values_and_queries),
		cmocka_unit_test(bash_registers_the_function_for_httpstatus),
		cmocka_unit_test(bash_offers_the_tables_options),
	};
	const struct CMUnitTest zsh[] = {
		cmocka_unit_test(zsh_parses_and_registers_it),
		cmocka_unit_test(zsh_offers_the_tables_options),
	};
	const struct CMUnitTest fish[] = {
		cmocka_unit_test(fish_completes_options_values_and_queries),
		cmocka_unit_test(fish_offers_the_tables_options),
	};
	int failed = strcmp(argv[1], "bash") == 0  ? cmocka_run_group_tests(bash, NULL, NULL)
		     : strcmp(argv[1], "zsh") == 0 ? cmocka_run_group_tests(zsh, NULL, NULL)
						   : cmocka_run_group_tests(fish, NULL, NULL);
	free(path_env);
	free(httpstatus);
	free(tool_dir);
	scratch_dir_remove(dir);
	free(dir);
	return failed;
}
