/* test_theme.c — the style table (core/theme.h). */
#include <criterion/criterion.h>
#include <string.h>

#include "core/theme.h"

Test(theme, colours_by_name_and_number)
{
	short c = 99;

	cr_assert_eq(theme_parse_color("default", &c), 0);
	cr_assert_eq(c, -1);
	cr_assert_eq(theme_parse_color("yellow", &c), 0);
	cr_assert_eq(c, THEME_YELLOW);
	cr_assert_eq(theme_parse_color("bright-blue", &c), 0);
	cr_assert_eq(c, 12);
	cr_assert_eq(theme_parse_color("color202", &c), 0);
	cr_assert_eq(c, 202);
	cr_assert_eq(theme_parse_color("17", &c), 0);
	cr_assert_eq(c, 17);
	cr_assert_eq(theme_parse_color("color0", &c), 0);
	cr_assert_eq(c, 0);
	cr_assert_eq(theme_parse_color("color256", &c), -1);
	cr_assert_eq(theme_parse_color("color007", &c), -1);
	cr_assert_eq(theme_parse_color("bright-default", &c), -1);
	cr_assert_eq(theme_parse_color("Yellow", &c), -1);
	cr_assert_eq(theme_parse_color("", &c), -1);
	cr_assert_eq(theme_parse_color("-1", &c), -1);
}

Test(theme, attributes_by_name)
{
	unsigned a = 99;

	cr_assert_eq(theme_parse_attr("normal", &a), 0);
	cr_assert_eq(a, 0);
	cr_assert_eq(theme_parse_attr("underline", &a), 0);
	cr_assert_eq(a, THEME_UNDERLINE);
	cr_assert_eq(theme_parse_attr("standout", &a), 0);
	cr_assert_eq(a, THEME_STANDOUT);
	cr_assert_eq(theme_parse_attr("bolder", &a), -1);
}

Test(theme, every_element_has_a_name_that_finds_it)
{
	int st;

	for (st = 0; st < ST_COUNT; st++) {
		const char *n = theme_name((enum style)st);

		cr_assert_not_null(n);
		cr_assert_eq(theme_element(n), st, "%s", n);
	}
	cr_assert_eq(theme_element("pane-focus"), ST_PANE_FOCUS);
	cr_assert_eq(theme_element("nothing"), -1);
}

Test(theme, dump_and_reset)
{
	struct buf b = BUF_INIT;

	theme[ST_QUOTE].paired = 1;
	theme[ST_QUOTE].fg = 9;
	theme[ST_QUOTE].bg = 200;
	theme[ST_QUOTE].color = THEME_BOLD | THEME_ITALIC;
	theme[ST_QUOTE].mono = 0;
	theme_dump(ST_QUOTE, &b);
	cr_assert_str_eq(b.s, "color quote      bright-red color200 bold italic\nmono  quote      normal\n");
	theme_reset();
	buf_reset(&b);
	theme_dump(ST_QUOTE, &b);
	cr_assert_str_eq(b.s, "color quote      magenta default normal\nmono  quote      dim italic\n");
	buf_reset(&b);
	theme_dump(ST_CURSOR, &b);	/* no pair of its own: the same as default default */
	cr_assert_str_eq(b.s, "color cursor     default default reverse\nmono  cursor     reverse\n");
	buf_free(&b);
}
