/* test_command.c — the `:` command line: parsing, prefixes, completion. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/command.h"

Test(command, names_and_prefixes_parse)
{
	struct command c;
	char err[120];

	cr_assert_eq(command_parse("sort date", &c, err, sizeof(err)), 0, "%s", err);
	cr_assert(c.kind == CMD_SORT && c.sort == BROWSE_DATE);
	cr_assert_eq(command_parse("  so   input ", &c, err, sizeof(err)), 0, "%s", err);
	cr_assert(c.kind == CMD_SORT && c.sort == BROWSE_INPUT);
	cr_assert_eq(command_parse("q", &c, err, sizeof(err)), 0);
	cr_assert_eq(c.kind, CMD_QUIT);
	cr_assert_eq(command_parse("mes", &c, err, sizeof(err)), 0);
	cr_assert_eq(c.kind, CMD_MESSAGES);
	cr_assert_eq(command_parse("export", &c, err, sizeof(err)), 0);
	cr_assert_eq(c.kind, CMD_EXPORT);
	cr_assert_eq(command_parse("set ambiguous-wide", &c, err, sizeof(err)), 0);
	cr_assert(c.kind == CMD_SET && c.option == OPT_AMBIGUOUS_WIDE);
	cr_assert_eq(command_parse("set noambiguous-wide", &c, err, sizeof(err)), 0);
	cr_assert_eq(c.option, OPT_NO_AMBIGUOUS_WIDE);
}

Test(command, wrong_ones_say_why)
{
	struct command c;
	char err[120];

	cr_assert_eq(command_parse("", &c, err, sizeof(err)), -1);
	cr_assert(strstr(err, "a command") != NULL, "%s", err);
	cr_assert_eq(command_parse("s", &c, err, sizeof(err)), -1, "sort or set");
	cr_assert(strstr(err, "no command 's'") != NULL, "%s", err);
	cr_assert_eq(command_parse("sort colour", &c, err, sizeof(err)), -1);
	cr_assert(strstr(err, "no order named 'colour'") != NULL, "%s", err);
	cr_assert_eq(command_parse("sort", &c, err, sizeof(err)), -1);
	cr_assert(strstr(err, "sort by what") != NULL, "%s", err);
	cr_assert_eq(command_parse("set wide", &c, err, sizeof(err)), -1);
	cr_assert_eq(command_parse("quit now", &c, err, sizeof(err)), -1);
	cr_assert(strstr(err, "takes no more") != NULL, "%s", err);
}

Test(command, tab_completes_names_orders_and_options)
{
	struct buf out = BUF_INIT, names = BUF_INIT;

	cr_assert_eq(command_complete("me", &out, &names), 1);
	cr_assert_str_eq(out.s, "messages ");
	cr_assert_eq(command_complete("s", &out, &names), 2);
	cr_assert_str_eq(out.s, "s");
	cr_assert_str_eq(names.s, "sort set");
	cr_assert_eq(command_complete("sort d", &out, &names), 1);
	cr_assert_str_eq(out.s, "sort date ");
	cr_assert_eq(command_complete("sort ", &out, &names), BROWSE_SORT_COUNT);
	cr_assert(strstr(names.s, "input") != NULL && strstr(names.s, "date") != NULL, "%s", names.s);
	cr_assert_eq(command_complete("set a", &out, &names), 1);
	cr_assert_str_eq(out.s, "set ambiguous-wide ");
	cr_assert_eq(command_complete("zz", &out, &names), 0);
	cr_assert_str_eq(out.s, "zz");
	cr_assert_eq(command_complete("export x", &out, &names), 0);
	cr_assert_str_eq(out.s, "export x");
	buf_free(&out);
	buf_free(&names);
}
