/* test_history.c — the prompts' history between sessions: the file's
 * lines, one entry once, the newest HISTORY_MAX, two sessions merged, a
 * file that is not ours left alone. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/history.h"

static char dir[64], file[96];

static void
setup(void)
{
	snprintf(dir, sizeof(dir), "/tmp/gisa-hist-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	snprintf(file, sizeof(file), "%s/history", dir);
}

static void
teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(history, .init = setup, .fini = teardown);

static void
write_file(const char *text)
{
	FILE *f = fopen(file, "w");

	cr_assert_not_null(f);
	fputs(text, f);
	fclose(f);
}

static char *
read_all(void)
{
	static char b[4096];
	FILE *f = fopen(file, "r");
	size_t n;

	cr_assert_not_null(f);
	n = fread(b, 1, sizeof(b) - 1, f);
	b[n] = '\0';
	fclose(f);
	return b;
}

Test(history, escapes_round_trip)
{
	struct history h, back;
	struct buf out = BUF_INIT;

	memset(&h, 0, sizeof(h));
	history_add(&h, HIST_SEARCH, "GPU|반도체");
	history_add(&h, HIST_SEARCH, "a\\b\tc");
	history_add(&h, HIST_FILTER, "person:배경훈 date:2025-09..");
	history_format(&h, &out);
	cr_expect_str_eq(out.s, "search\tGPU|반도체\nsearch\ta\\\\b\\tc\nfilter\tperson:배경훈 date:2025-09..\n");
	memset(&back, 0, sizeof(back));
	cr_expect_eq(history_parse(&back, out.s, out.len), 0);
	cr_assert_eq(back.v[HIST_SEARCH].n, 2);
	cr_expect_str_eq(back.v[HIST_SEARCH].v[1], "a\\b\tc");
	cr_expect_str_eq(back.v[HIST_FILTER].v[0], "person:배경훈 date:2025-09..");
	buf_free(&out);
	history_free(&h);
	history_free(&back);
}

Test(history, once_each_newest_last_and_bounded)
{
	struct history h;
	char t[16];
	int i;

	memset(&h, 0, sizeof(h));
	history_add(&h, HIST_PATH, "a.md");
	history_add(&h, HIST_PATH, "b.md");
	history_add(&h, HIST_PATH, "a.md");
	history_add(&h, HIST_PATH, "");
	cr_assert_eq(h.v[HIST_PATH].n, 2);
	cr_expect_str_eq(h.v[HIST_PATH].v[0], "b.md");
	cr_expect_str_eq(h.v[HIST_PATH].v[1], "a.md", "typed again: moved to the end");
	for (i = 0; i < HISTORY_MAX + 20; i++) {
		snprintf(t, sizeof(t), "p%d", i);
		history_add(&h, HIST_COMMAND, t);
	}
	cr_assert_eq(h.v[HIST_COMMAND].n, HISTORY_MAX);
	cr_expect_str_eq(h.v[HIST_COMMAND].v[0], "p20");
	history_free(&h);
}

Test(history, damaged_lines_are_counted)
{
	struct history h;
	const char *s = "search\tok\r\n\nnonsense\ncolour\tred\nsearch\tbad\\q\nsearch\ttab\there\n";

	memset(&h, 0, sizeof(h));
	cr_expect_eq(history_parse(&h, s, strlen(s)), 4);
	cr_assert_eq(h.v[HIST_SEARCH].n, 1, "CR LF and blank lines are fine");
	cr_expect_str_eq(h.v[HIST_SEARCH].v[0], "ok");
	history_free(&h);
}

Test(history, two_sessions_lose_nothing)
{
	struct history a, b;
	char *warn, *err = NULL;

	history_open(&a, dir, &warn);
	cr_assert_null(warn);
	cr_expect_eq(a.v[HIST_SEARCH].n, 0, "no file: empty");
	history_open(&b, dir, &warn);
	history_add(&a, HIST_SEARCH, "from a");
	history_add(&b, HIST_SEARCH, "from b");
	history_add(&b, HIST_FILTER, "has:person");
	cr_assert_eq(history_save(&a, &err), 0, "%s", err);
	cr_assert_eq(history_save(&b, &err), 0, "%s", err);
	cr_expect_str_eq(read_all(), "search\tfrom a\nsearch\tfrom b\nfilter\thas:person\n");
	cr_assert_eq(history_save(&b, &err), 0, "nothing new: nothing written");
	history_free(&a);
	history_free(&b);
	history_open(&a, dir, &warn);
	cr_assert_eq(a.v[HIST_SEARCH].n, 2);
	cr_expect_str_eq(a.v[HIST_SEARCH].v[1], "from b");
	history_free(&a);
}

Test(history, a_file_not_ours_is_never_written)
{
	struct history h;
	char *warn = NULL, *err = NULL;

	write_file("my notes\nsearch\tGPU\n");
	history_open(&h, dir, &warn);
	cr_assert_not_null(warn);
	cr_expect(strstr(warn, "not gisa's") != NULL && strstr(warn, file) != NULL, "%s", warn);
	free(warn);
	cr_expect_eq(h.v[HIST_SEARCH].n, 1, "what parses is offered");
	history_add(&h, HIST_SEARCH, "new");
	cr_expect_eq(history_save(&h, &err), 0);
	cr_expect_str_eq(read_all(), "my notes\nsearch\tGPU\n");
	history_free(&h);
}

Test(history, a_fifo_is_never_opened)
{
	struct history h;
	char *warn = NULL, *err = NULL;

	cr_assert_eq(mkfifo(file, 0600), 0);
	history_open(&h, dir, &warn);	/* would block if it were opened */
	cr_assert_not_null(warn);
	free(warn);
	history_add(&h, HIST_SEARCH, "x");
	cr_expect_eq(history_save(&h, &err), 0);
	history_free(&h);
}

Test(history, no_folder_yet_is_made)
{
	struct history h;
	char sub[128], path[160], *warn, *err = NULL;
	struct stat st;

	snprintf(sub, sizeof(sub), "%s/a/gisa", dir);
	history_open(&h, sub, &warn);
	cr_assert_null(warn);
	history_add(&h, HIST_COMMAND, "sort outlet");
	cr_assert_eq(history_save(&h, &err), 0, "%s", err);
	snprintf(path, sizeof(path), "%s/history", sub);
	cr_assert_eq(stat(path, &st), 0);
	history_free(&h);
}
