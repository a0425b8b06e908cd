/* test_path.c — the home folder written ~. */
#include <criterion/criterion.h>

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
