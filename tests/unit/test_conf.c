/* test_conf.c — the config file (core/conf.h). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/conf.h"
#include "core/keymap.h"
#include "core/listcol.h"
#include "core/text.h"
#include "core/theme.h"

static int
line(struct conf *c, const char *s, struct buf *why)
{
	return conf_line(c, s, strlen(s), why);
}

/* The warnings of conf_read, one "WHERE: REASON\n" each. */
static void
collect(void *ctx, const char *where, const char *reason)
{
	buf_printf(ctx, "%s: %s\n", where, reason);
}

/* A config file of text in a fresh folder: its path (malloc'd). */
static char *
write_file(const char *text)
{
	char dir[] = "/tmp/gisa-config-XXXXXX";
	char *path;
	FILE *f;

	cr_assert_not_null(mkdtemp(dir));
	path = xasprintf("%s/config", dir);
	f = fopen(path, "w");
	cr_assert_not_null(f);
	fputs(text, f);
	fclose(f);
	return path;
}

static void
remove_file(char *path)
{
	unlink(path);
	*strrchr(path, '/') = '\0';
	rmdir(path);
	free(path);
}

Test(conf, settings_go_where_they_count)
{
	struct conf c;
	struct buf why = BUF_INIT;

	conf_init(&c);
	cr_assert_eq(line(&c, "set date-format yyyy-mm-dd", &why), 0, "%s", why.s);
	cr_assert_eq(listcol_conf.date, LISTCOL_DATE_YMD);
	cr_assert_eq(line(&c, "  set outlet-width 8   ", &why), 0, "%s", why.s);
	cr_assert_eq(listcol_conf.outlet_max, 8);
	cr_assert_eq(line(&c, "set list-columns outlet date title", &why), 0, "%s", why.s);
	cr_assert_eq(listcol_conf.ncols, 3);
	cr_assert_eq(listcol_conf.cols[0], LISTCOL_OUTLET);
	cr_assert_eq(line(&c, "set ambiguous-wide yes", &why), 0, "%s", why.s);
	cr_assert(text_ambiguous_wide());
	cr_assert_eq(line(&c, "set noambiguous-wide", &why), 0, "%s", why.s);
	cr_assert_not(text_ambiguous_wide());
	cr_assert_eq(line(&c, "set export-format csv-figures+bom", &why), 0, "%s", why.s);
	cr_assert_str_eq(c.export_format, "csv-figures+bom");
	cr_assert_eq(line(&c, "set export-folder /tmp", &why), 0, "%s", why.s);
	cr_assert_str_eq(c.export_folder, "/tmp");
	conf_free(&c);
	conf_init(&c);	/* the defaults again, everywhere */
	cr_assert_eq(listcol_conf.date, LISTCOL_DATE_AUTO);
	cr_assert_eq(listcol_conf.outlet_max, 12);
	cr_assert_eq(listcol_conf.cols[0], LISTCOL_DATE);
	cr_assert_str_eq(c.export_format, "md");
	cr_assert_null(c.export_folder);
	buf_free(&why);
	conf_free(&c);
}

Test(conf, blank_lines_comments_and_crlf_are_nothing)
{
	struct conf c;
	struct buf why = BUF_INIT;

	conf_init(&c);
	cr_assert_eq(line(&c, "", &why), 0);
	cr_assert_eq(line(&c, "   \t ", &why), 0);
	cr_assert_eq(line(&c, "# set date-format nonsense", &why), 0);
	cr_assert_eq(line(&c, "  #comment", &why), 0);
	cr_assert_eq(line(&c, "set date-format mm-dd\r", &why), 0, "%s", why.s);
	cr_assert_eq(listcol_conf.date, LISTCOL_DATE_MD);
	buf_free(&why);
	conf_free(&c);
}

Test(conf, a_bad_line_says_why_and_changes_nothing)
{
	static const struct {
		const char *line, *says;
	} bad[] = {
		{ "set", "set what?" },
		{ "set date-format", "set date-format to what?" },
		{ "set date-format 2025", "the date formats are" },
		{ "set outlet-width 3", "from 4 to 40" },
		{ "set outlet-width 12x", "from 4 to 40" },
		{ "set list-columns title date", "the title is the last column" },
		{ "set list-columns date date title", "named twice" },
		{ "set list-columns date source title", "the columns are date, outlet and title" },
		{ "set ambiguous-wide maybe", "yes or no" },
		{ "set export-format pdf", "the export formats are" },
		{ "set export-format md+bom", "the export formats are" },
		{ "set export-folder /nonexistent/gisa", "No such file" },
		{ "set export-folder /etc/passwd", "not a folder" },
		{ "set colour red", "no setting named 'colour'" },
		{ "bind", "bind takes a key and a request" },
		{ "bind x", "bind takes a key and a request" },
		{ "bind x quit now", "bind takes a key and a request" },
		{ "bind 5 down", "digits are counts" },
		{ "bind Esc quit", "Esc closes" },
		{ "bind ^1 quit", "a control key is ^ and a letter" },
		{ "bind xy quit", "not a key" },
		{ "bind x exit", "no request named 'exit'" },
		{ "unbind", "unbind takes one key" },
		{ "color match", "color takes an element" },
		{ "color match pink default", "'pink' is no colour" },
		{ "color match red color256", "'color256' is no colour" },
		{ "color cursorline red default", "no element named 'cursorline'" },
		{ "color match red default shiny", "'shiny' is no attribute" },
		{ "mono match", "mono takes an element" },
		{ "macro x :sort", "'macro' is no command" },
		{ "set date-format a b c d e f g h i j k l m", "more than 12 words" },
	};
	struct conf c;
	struct buf why = BUF_INIT, before = BUF_INIT, after = BUF_INIT;
	size_t i;

	conf_init(&c);
	conf_dump(&c, &before);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		cr_assert_eq(line(&c, bad[i].line, &why), -1, "'%s' was taken", bad[i].line);
		cr_assert_not_null(strstr(why.s, bad[i].says), "'%s': %s", bad[i].line, why.s);
	}
	conf_dump(&c, &after);
	cr_assert_str_eq(after.s, before.s, "a refused line changed the configuration");
	buf_free(&why);
	buf_free(&before);
	buf_free(&after);
	conf_free(&c);
}

Test(conf, bindings_and_styles_reach_their_tables)
{
	struct conf c;
	struct buf why = BUF_INIT;

	conf_init(&c);
	cr_assert_eq(line(&c, "bind x quit", &why), 0, "%s", why.s);
	cr_assert_eq(keymap_request('x'), REQ_QUIT);
	cr_assert_eq(line(&c, "bind \xE3\x85\x93 down", &why), 0, "%s", why.s);	/* ㅓ: j on a Korean layout */
	cr_assert_eq(keymap_request(0x3153), REQ_DOWN);
	cr_assert_eq(line(&c, "unbind q", &why), 0, "%s", why.s);
	cr_assert_eq(keymap_request('q'), REQ_NONE);
	cr_assert_eq(line(&c, "bind j up", &why), 0, "%s", why.s);
	cr_assert_eq(keymap_request('j'), REQ_UP, "a bound key does what it is bound to now");
	cr_assert_eq(line(&c, "color match black bright-yellow bold underline", &why), 0, "%s", why.s);
	cr_assert(theme[ST_MATCH].paired);
	cr_assert_eq(theme[ST_MATCH].fg, THEME_BLACK);
	cr_assert_eq(theme[ST_MATCH].bg, 8 + THEME_YELLOW);
	cr_assert_eq(theme[ST_MATCH].color, THEME_BOLD | THEME_UNDERLINE);
	cr_assert_eq(line(&c, "mono match normal", &why), 0, "%s", why.s);
	cr_assert_eq(theme[ST_MATCH].mono, 0);
	conf_init(&c);
	cr_assert_eq(keymap_request('q'), REQ_BACK);
	cr_assert_eq(keymap_request('x'), REQ_NONE);
	cr_assert_eq(theme[ST_MATCH].mono, THEME_REVERSE);
	buf_free(&why);
	conf_free(&c);
}

Test(conf, a_file_reports_each_bad_line_with_its_number)
{
	char *path = write_file("\xEF\xBB\xBF# gisa\r\nset date-format yyyy-mm-dd\r\n"
	    "set frobnicate 1\nbind x quit\n\nbind 7 down\nset outlet-width 9");
	struct conf c;
	struct buf said = BUF_INIT, want = BUF_INIT;

	conf_init(&c);
	cr_assert_eq(conf_read(&c, path, collect, &said), 0);
	buf_printf(&want, "%s:3: no setting named 'frobnicate'", path);
	cr_assert_not_null(strstr(said.s, want.s), "%s", said.s);
	buf_reset(&want);
	buf_printf(&want, "%s:6: 7: digits are counts", path);
	cr_assert_not_null(strstr(said.s, want.s), "%s", said.s);
	cr_assert_eq(c.bad, 2);
	cr_assert_eq(listcol_conf.date, LISTCOL_DATE_YMD, "the BOM and the CR are not the line's");
	cr_assert_eq(keymap_request('x'), REQ_QUIT, "the lines after a bad one count");
	cr_assert_eq(listcol_conf.outlet_max, 9, "a last line without a newline counts");
	cr_assert_str_eq(c.path, path);
	conf_free(&c);
	conf_init(&c);
	buf_free(&said);
	buf_free(&want);
	remove_file(path);
}

Test(conf, missing_and_unreadable_files)
{
	struct conf c;
	struct buf said = BUF_INIT;

	conf_init(&c);
	cr_assert_eq(conf_read(&c, "/nonexistent/gisa/config", collect, &said), 1);
	cr_assert_eq(said.len, 0, "a missing file is nothing to say: %s", said.s);
	cr_assert_eq(conf_read(&c, "/dev/zero", collect, &said), -1);
	cr_assert_not_null(strstr(said.s, "/dev/zero: not a regular file"), "%s", said.s);
	cr_assert_eq(conf_read(&c, "/tmp", collect, &said), -1, "a folder is no config file");
	cr_assert_null(c.path);
	buf_free(&said);
	conf_free(&c);
}

Test(conf, the_dump_gives_the_same_configuration_again)
{
	struct conf c;
	struct buf why = BUF_INIT, first = BUF_INIT, again = BUF_INIT;
	static const char *const lines[] = {
		"set date-format yy-mm-dd", "set list-columns outlet title", "set export-format jsonl",
		"set export-folder /tmp", "bind x quit", "unbind Q", "bind Enter back",
		"bind \xE3\x85\x8F up", "bind ^N next-article", "unbind Shift-Tab",
		"color match black color202 bold", "mono status underline", "color border default default",
	};
	char *path;
	size_t i;

	conf_init(&c);
	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++)
		cr_assert_eq(line(&c, lines[i], &why), 0, "%s: %s", lines[i], why.s);
	conf_dump(&c, &first);
	cr_assert_not_null(strstr(first.s, "bind ^N        next-article\n"), "%s", first.s);
	cr_assert_not_null(strstr(first.s, "# focus-prev: no key\n"), "%s", first.s);
	cr_assert_not_null(strstr(first.s, "color match      black color202 bold\n"), "%s", first.s);
	path = write_file(first.s);
	conf_free(&c);
	conf_init(&c);
	cr_assert_eq(conf_read(&c, path, collect, &why), 0);
	cr_assert_eq(c.bad, 0, "the dump has a line it cannot read: %s", why.s);
	conf_dump(&c, &again);
	/* all but the first line, which names the file read */
	cr_assert_str_eq(strchr(again.s, '\n'), strchr(first.s, '\n'));
	conf_free(&c);
	conf_init(&c);
	buf_free(&why);
	buf_free(&first);
	buf_free(&again);
	remove_file(path);
}

Test(conf, default_path_follows_xdg)
{
	char *p;

	setenv("XDG_CONFIG_HOME", "/x/conf", 1);
	setenv("HOME", "/home/kim", 1);
	p = conf_default_path();
	cr_assert_str_eq(p, "/x/conf/gisa/config");
	free(p);
	setenv("XDG_CONFIG_HOME", "relative/conf", 1);	/* not absolute: ignored, as the spec says */
	p = conf_default_path();
	cr_assert_str_eq(p, "/home/kim/.config/gisa/config");
	free(p);
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("HOME");
	cr_assert_null(conf_default_path());
}
