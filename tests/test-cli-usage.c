/* The httpstatus tool's command line: the help and the version, usage
 * errors in two lines that name what is wrong, and what --complete gives
 * the shells' completions: the queries they offer, and the one table of
 * options the parser and --help read. */
#include "cli-run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The spelling of each option the table gives, from --complete=options:
 * one per line, each line NAME, what follows it and its help, separated by
 * tabs. The caller frees the table. */
static char *option_table(void)
{
	struct spawn_result r = run(ARGS("--complete=options"));
	assert_int_equal(r.status, 0);
	assert_string_equal(r.err, "");
	free(r.err);
	for (const char *line = r.out; *line; line = strchr(line, '\n') + 1) {
		const char *tab = strchr(line, '\t'), *nl = strchr(line, '\n');
		if (!tab || tab > nl || !strchr(tab + 1, '\t') || strchr(tab + 1, '\t') > nl ||
		    line[0] != '-')
			fail_msg("not NAME, ARGUMENT and HELP: %.*s", (int)(nl - line), line);
	}
	return r.out;
}

static void help_shows_every_option_of_the_table(void **state)
{
	(void)state;
	struct spawn_result help = run(ARGS("--help"));
	assert_int_equal(help.status, 0);
	assert_string_equal(help.err, "");
	char *table = option_table();
	size_t options = 0;
	for (char *line = table; *line; line = strchr(line, '\n') + 1, options++) {
		char *name = format("%.*s", (int)strcspn(line, "\t"), line);
		char *text = format("%.*s", (int)strcspn(strrchr(line, '\t') + 1, "\n"),
				    strrchr(line, '\t') + 1);
		if (!strstr(help.out, name) || !strstr(help.out, text))
			fail_msg("--help lacks %s, %s", name, text);
		free(name);
		free(text);
	}
	assert_true(options >= 15);
	free(table);
	/* Within 80 columns, in one way of saying things. */
	for (const char *line = help.out; *line; line = strchr(line, '\n') + 1)
		assert_true(strcspn(line, "\n") < 80);
	assert_null(strstr(help.out, "0.1.0"));
	assert_null(strstr(help.out, "one a line"));
	assert_non_null(strstr(help.out, "one per line"));
	assert_non_null(strstr(help.out, "JSON array"));
	expect(ARGS("-h"), 0, help.out, "");
	expect(ARGS("404", "--help", "--bogus"), 0, help.out, "");
	spawn_free(&help);
	char *version = format("httpstatus %s\n", httpstatus_version());
	expect(ARGS("--version"), 0, version, "");
	free(version);
}

/* Each usage error: exit 2, nothing on stdout, and two lines on stderr:
 * what is wrong, naming what is missing or given, and where to read on. */
static void usage_errors_are_two_lines_that_say_what_is_wrong(void **state)
{
#define USAGE(...) 2, "", "httpstatus: " __VA_ARGS__ "\n" TRY_HELP
	static const struct cli_case cases[] = {
		{{"--bogus"}, NULL, USAGE("unknown option --bogus")},
		{{"-x", "404"}, NULL, USAGE("unknown option -x")},
		{{"--searchx", "1"}, NULL, USAGE("unknown option --searchx")},
		{{"--fields=9", "--count"}, NULL, USAGE("unknown option --fields=9")},
		{{"--long=yes", "404"}, NULL, USAGE("--long takes no value")},
		{{"--"}, NULL, USAGE("no query: a code, name, phrase, class or method, or -")},
		{{"--search"}, NULL, USAGE("--search needs a word to search for")},
		{{"--search="}, NULL, USAGE("--search needs a word to search for")},
		{{"-l", "--json", "404"}, NULL, USAGE("choose one of --long and --json")},
		{{"--json", "--long", "404"}, NULL, USAGE("choose one of --long and --json")},
		{{"-", "-"}, NULL, USAGE("- (standard input) given twice")},
		{{"--registered", "--unofficial"},
		 NULL,
		 USAGE("choose one of --registered and --unofficial")},
		{{"--color=sometimes", "1"},
		 NULL,
		 USAGE("--color takes auto, always or never, not "
		       "sometimes")},
		{{"--colour=", "1"}, NULL, USAGE("--colour= needs a word: auto, always or never")},
		{{"--complete=words"},
		 NULL,
		 USAGE("--complete takes options or nothing, not words")},
		{{"--count", "--field"}, NULL, USAGE("--field needs a number from 1 to 1000000")},
		{{"--count", "--field="}, NULL, USAGE("--field needs a number from 1 to 1000000")},
		{{"--count", "--field", "0"},
		 NULL,
		 USAGE("--field needs a number from 1 to 1000000, not 0")},
		{{"--count", "--field=x"},
		 NULL,
		 USAGE("--field needs a number from 1 to 1000000, not x")},
		{{"--count", "--field", "9x"},
		 NULL,
		 USAGE("--field needs a number from 1 to 1000000, not 9x")},
		{{"--count", "--field", "1000001"},
		 NULL,
		 USAGE("--field needs a number from 1 to 1000000, not 1000001")},
		{{"--count", "--field=-1"},
		 NULL,
		 USAGE("--field needs a number from 1 to 1000000, not -1")},
		{{"--field", "9", "404"}, NULL, USAGE("--field goes with --count")},
		{{"--count", "-l"}, NULL, USAGE("--count takes --json, not --long")},
		{{"--count", "--list"}, NULL, USAGE("--list does not go with --count")},
		{{"--search", "x", "--count"}, NULL, USAGE("--search does not go with --count")},
	};
	(void)state;
	RUN_CASES(cases);
	expect(NO_ARGS, 2, "",
	       "httpstatus: no query: a code, name, phrase, class or method, or -\n" TRY_HELP);
}

/* The words the completions offer as queries: the classes, each code with
 * its names, an unofficial use's name qualified by its source where a
 * registered code has it, the methods; and each is a query the tool
 * answers as it is. */
static void completion_words_are_classes_codes_names_and_methods(void **state)
{
	(void)state;
	struct spawn_result r = run(ARGS("--complete"));
	assert_int_equal(r.status, 0);
	assert_starts_with(r.out, "1xx\n2xx\n3xx\n4xx\n5xx\n100\ncontinue\n");
	for (int c = httpstatus_next(0); c; c = httpstatus_next(c)) {
		char word[128];
		snprintf(word, sizeof word, "\n%d\n", c);
		assert_non_null(strstr(r.out, word));
	}
	assert_non_null(strstr(r.out, "\nnot_found\n"));
	assert_non_null(strstr(r.out, "\nhttp_version_not_supported\n"));
	assert_non_null(strstr(r.out, "\n499\nclient_closed_request\ntoken_required\n"));
	assert_non_null(strstr(r.out, "\n561\naws_elb_unauthorized\n"));
	assert_non_null(strstr(r.out, "\nGET\nHEAD\n"));
	assert_non_null(strstr(r.out, "\nBASELINE-CONTROL\n"));
	struct spawn_result answers = run_with_input(ARGS("-"), r.out, r.out_len);
	assert_int_equal(answers.status, 0);
	assert_string_equal(answers.err, "");
	assert_null(strstr(answers.out, "\n? "));
	spawn_free(&answers);
	spawn_free(&r);
}

/* Every spelling the table gives is an option the parser takes, with or
 * without what follows it as the table says; none of them is unknown. */
static void the_option_table_is_what_the_parser_takes(void **state)
{
	(void)state;
	char *table = option_table();
	for (char *line = table; *line; line = strchr(line, '\n') + 1) {
		char *name = format("%.*s", (int)strcspn(line, "\t"), line);
		const char *argument = line + strlen(name) + 1;
		char *with_value = format("%s=x", name);
		struct spawn_result r = run(ARGS(argument[0] == '\t' ? name : with_value, "404"));
		if (strstr(r.err, "unknown option"))
			fail_msg("%s: %s", name, r.err);
		spawn_free(&r);
		free(with_value);
		free(name);
	}
	free(table);
}

int main(int argc, char **argv)
{
	static const char *const not_on_windows[] = {NULL};
	struct CMUnitTest tests[] = {
		cmocka_unit_test(help_shows_every_option_of_the_table),
		cmocka_unit_test(usage_errors_are_two_lines_that_say_what_is_wrong),
		cmocka_unit_test(completion_words_are_classes_codes_names_and_methods),
		cmocka_unit_test(the_option_table_is_what_the_parser_takes),
	};
	return cli_run_tests(argc, argv, "cli-usage", tests, sizeof tests / sizeof tests[0],
			     not_on_windows);
}
