/* test_path.c — paths as a person writes them: ~ shown, ~ expanded, names completed. */
#include <criterion/criterion.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/path.h"

static const char *
tilde(const char *s, const char *home)
{
	static struct buf b = BUF_INIT;

	path_tilde(s, home, &b);
	return b.s;
}

Test(path, leading_home)
{
	cr_expect_str_eq(tilde("/home/kim/out.md", "/home/kim"), "~/out.md");
	cr_expect_str_eq(tilde("/home/kim", "/home/kim"), "~");
}

Test(path, home_inside_a_path_stays)
{
	cr_expect_str_eq(tilde("/mnt/backup/home/kim/out.md", "/home/kim"),
	    "/mnt/backup/home/kim/out.md");
}

Test(path, a_longer_name_is_not_home)
{
	cr_expect_str_eq(tilde("/home/kimberly/out.md", "/home/kim"), "/home/kimberly/out.md");
}

Test(path, paths_in_a_message)
{
	cr_expect_str_eq(tilde("/home/kim/s: damaged; kept as /home/kim/s.old", "/home/kim"),
	    "~/s: damaged; kept as ~/s.old");
	cr_expect_str_eq(tilde("not written: /mnt/home/kim/x: exists", "/home/kim"),
	    "not written: /mnt/home/kim/x: exists");
}

Test(path, no_home)
{
	cr_expect_str_eq(tilde("/home/kim/x", NULL), "/home/kim/x");
	cr_expect_str_eq(tilde("/home/kim/x", ""), "/home/kim/x");
	cr_expect_str_eq(tilde("/x", "/"), "/x");
}

Test(path, home_with_a_trailing_slash)
{
	cr_expect_str_eq(tilde("/home/kim/x", "/home/kim/"), "~/x");
}

static const char *
expand(const char *s, const char *home, int want)
{
	static struct buf b = BUF_INIT;

	cr_assert_eq(path_expand(s, home, &b), want, "%s", s);
	return b.s;
}

Test(path, tilde_expanded_as_a_shell_does)
{
	struct passwd *pw = getpwuid(getuid());

	cr_expect_str_eq(expand("~/x.md", "/home/kim", 0), "/home/kim/x.md");
	cr_expect_str_eq(expand("~", "/home/kim", 0), "/home/kim");
	cr_expect_str_eq(expand("~/x.md", "/", 0), "/x.md");
	cr_expect_str_eq(expand("x/~/y", "/home/kim", 0), "x/~/y", "only at the start");
	cr_expect_str_eq(expand("/tmp/x", "/home/kim", 0), "/tmp/x");
	cr_expect_str_eq(expand("~/x", NULL, -1), "~/x", "no home: left as it is");
	cr_expect_str_eq(expand("~no-such-user-gisa/x", "/home/kim", -1), "~no-such-user-gisa/x");
	setenv("GISA_T_DIR", "/srv/out", 1);
	unsetenv("GISA_T_UNSET");
	cr_expect_str_eq(expand("$GISA_T_DIR/x.md", NULL, 0), "/srv/out/x.md");
	cr_expect_str_eq(expand("${GISA_T_DIR}x.md", NULL, 0), "/srv/outx.md");
	cr_expect_str_eq(expand("~/$GISA_T_DIR", "/h", 0), "/h//srv/out");
	cr_expect_str_eq(expand("a$-b$/c$", NULL, 0), "a$-b$/c$", "a $ before no name stays");
	cr_expect_str_eq(expand("${GISA_T_DIR", NULL, 0), "${GISA_T_DIR", "no closing brace: as it is");
	cr_expect_str_eq(expand("$GISA_T_UNSET/x", NULL, -1), "$GISA_T_UNSET/x", "unset is no empty");
	cr_assert_not_null(pw);
	{
		char in[300], want[300];

		snprintf(in, sizeof(in), "~%s/out.md", pw->pw_name);
		snprintf(want, sizeof(want), "%s%sout.md", pw->pw_dir,
		    strcmp(pw->pw_dir, "/") == 0 ? "" : "/");
		cr_expect_str_eq(expand(in, "/elsewhere", 0), want, "~user is that user's home");
	}
}

static char tmp[64];

static void
touch(const char *rel)
{
	char p[128];
	FILE *f;

	snprintf(p, sizeof(p), "%s/%s", tmp, rel);
	cr_assert_not_null(f = fopen(p, "w"), "%s", p);
	fclose(f);
}

static void
setup_tree(void)
{
	char p[128];

	snprintf(tmp, sizeof(tmp), "/tmp/gisa-path-XXXXXX");
	cr_assert_not_null(mkdtemp(tmp));
	snprintf(p, sizeof(p), "%s/exports", tmp);
	cr_assert_eq(mkdir(p, 0700), 0);
	touch("exports/gpu.md");
	touch("exports/gpu.json");
	touch("exports/기사-2025.md");
	touch("exports/기사-2026.md");
	touch("exports/.hidden");
	touch("exports/bad\033[31m.md");
	touch("notes.txt");
}

static void
teardown_tree(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmp);
	cr_assert_eq(system(cmd), 0);
}

static size_t
complete(const char *text, const char *home, const char **out, const char **names)
{
	static struct buf o = BUF_INIT, n = BUF_INIT;
	size_t k = path_complete(text, home, &o, &n, 3);

	*out = o.s;
	*names = n.s;
	return k;
}

Test(path_complete, folders_files_and_common_prefixes, .init = setup_tree, .fini = teardown_tree)
{
	char in[128], want[128];
	const char *out, *names;

	snprintf(in, sizeof(in), "%s/ex", tmp);
	cr_assert_eq(complete(in, NULL, &out, &names), 1);
	snprintf(want, sizeof(want), "%s/exports/", tmp);
	cr_expect_str_eq(out, want, "the one folder gets its /");
	snprintf(in, sizeof(in), "%s/exports/g", tmp);
	cr_assert_eq(complete(in, NULL, &out, &names), 2);
	snprintf(want, sizeof(want), "%s/exports/gpu.", tmp);
	cr_expect_str_eq(out, want);
	cr_expect_str_eq(names, "gpu.json gpu.md");
	snprintf(in, sizeof(in), "%s/exports/기", tmp);
	cr_assert_eq(complete(in, NULL, &out, &names), 2);
	snprintf(want, sizeof(want), "%s/exports/기사-202", tmp);
	cr_expect_str_eq(out, want);
	snprintf(in, sizeof(in), "%s/exports/gpu.m", tmp);
	cr_assert_eq(complete(in, NULL, &out, &names), 1);
	snprintf(want, sizeof(want), "%s/exports/gpu.md", tmp);
	cr_expect_str_eq(out, want, "a file: no / and no space after it");
	snprintf(in, sizeof(in), "%s/exports/", tmp);
	cr_assert_eq(complete(in, NULL, &out, &names), 4, "no hidden one, no unshowable one");
	cr_expect_str_eq(names, "gpu.json gpu.md 기사-2025.md \xE2\x80\xA6", "three, then more");
	snprintf(in, sizeof(in), "%s/exports/.h", tmp);
	cr_assert_eq(complete(in, NULL, &out, &names), 1, "hidden when asked for");
	snprintf(in, sizeof(in), "%s/exports/z", tmp);
	cr_assert_eq(complete(in, NULL, &out, &names), 0);
	cr_expect_str_eq(out, in, "nothing matches: the text stays");
	snprintf(in, sizeof(in), "%s/missing/x", tmp);
	cr_assert_eq(complete(in, NULL, &out, &names), 0);
}

Test(path_complete, a_tilde_stays_as_typed, .init = setup_tree, .fini = teardown_tree)
{
	const char *out, *names;

	cr_assert_eq(complete("~/ex", tmp, &out, &names), 1);
	cr_expect_str_eq(out, "~/exports/");
	cr_assert_eq(complete("~/no", tmp, &out, &names), 1);
	cr_expect_str_eq(out, "~/notes.txt");
	cr_assert_eq(complete("~", tmp, &out, &names), 1);
	cr_expect_str_eq(out, "~/");
}
