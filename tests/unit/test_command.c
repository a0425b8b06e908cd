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

	cr_assert_eq(command_complete("me", NULL, &out, &names), 1);
	cr_assert_str_eq(out.s, "messages ");
	cr_assert_eq(command_complete("s", NULL, &out, &names), 2);
	cr_assert_str_eq(out.s, "s");
	cr_assert_str_eq(names.s, "sort set");
	cr_assert_eq(command_complete("sort d", NULL, &out, &names), 1);
	cr_assert_str_eq(out.s, "sort date ");
	cr_assert_eq(command_complete("sort ", NULL, &out, &names), BROWSE_SORT_COUNT);
	cr_assert(strstr(names.s, "input") != NULL && strstr(names.s, "date") != NULL, "%s", names.s);
	cr_assert_eq(command_complete("set a", NULL, &out, &names), 1);
	cr_assert_str_eq(out.s, "set ambiguous-wide ");
	cr_assert_eq(command_complete("zz", NULL, &out, &names), 0);
	cr_assert_str_eq(out.s, "zz");
	cr_assert_eq(command_complete("export x", NULL, &out, &names), 0);
	cr_assert_str_eq(out.s, "export x");
	buf_free(&out);
	buf_free(&names);
}

Test(command, person_takes_the_rest_of_the_line)
{
	struct command c;
	char err[120];

	cr_assert_eq(command_parse("person 배경훈", &c, err, sizeof(err)), 0, "%s", err);
	cr_assert_eq(c.kind, CMD_PERSON);
	cr_assert_str_eq(c.name, "배경훈");
	cr_assert_eq(command_parse("pe  Kim Jong  ", &c, err, sizeof(err)), 0, "%s", err);
	cr_assert_str_eq(c.name, "Kim Jong", "inner spaces kept, outer ones not");
	cr_assert_eq(command_parse("person   ", &c, err, sizeof(err)), -1);
	cr_assert(strstr(err, "whom?") != NULL, "%s", err);
	cr_assert_eq(command_parse("tr", &c, err, sizeof(err)), 0, "%s", err);
	cr_assert_eq(c.kind, CMD_TRAILS);
	cr_assert_eq(command_parse("trails x", &c, err, sizeof(err)), -1);
}

Test(command, tab_completes_person_names_once_each)
{
	struct corpus_person people[] = {
		{ .name = "배경훈" }, { .name = "김성훈" }, { .name = "배경훈" },
		{ .name = "배경수" }, { .name = "김성훈" },
	};
	struct model m;
	struct buf out = BUF_INIT, names = BUF_INIT;

	memset(&m, 0, sizeof(m));
	m.people = people;
	m.npeople = sizeof(people) / sizeof(people[0]);
	cr_assert_eq(command_complete("person 김", &m, &out, &names), 1,
	    "two people of one name are one completion");
	cr_assert_str_eq(out.s, "person 김성훈 ");
	cr_assert_eq(command_complete("person 배", &m, &out, &names), 2);
	cr_assert_str_eq(out.s, "person 배경", "the common prefix, whole characters");
	cr_assert_str_eq(names.s, "배경수 배경훈");
	cr_assert_eq(command_complete("person 이", &m, &out, &names), 0);
	cr_assert_str_eq(out.s, "person 이");
	cr_assert_eq(command_complete("person 김", NULL, &out, &names), 0, "no corpus, no names");
	cr_assert_eq(command_complete("pers", &m, &out, &names), 1);
	cr_assert_str_eq(out.s, "person ");
	buf_free(&out);
	buf_free(&names);
}
