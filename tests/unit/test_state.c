/* test_state.c — tags and read marks survive, damage is set aside. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/state.h"
#include "core/util.h"

static char *
scratch_dir(void)
{
	char *dir = xstrdup("/tmp/gisa-state-XXXXXX");

	cr_assert_not_null(mkdtemp(dir));
	return dir;
}

static void
remove_dir(char *dir)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);

	cr_assert_eq(system(cmd), 0);
	free(cmd);
	free(dir);
}

static char *
slurp(const char *path)
{
	struct buf b = BUF_INIT;
	FILE *f = fopen(path, "r");
	char tmp[4096];
	size_t n;

	cr_assert_not_null(f, "%s", path);
	while ((n = fread(tmp, 1, sizeof(tmp), f)) > 0)
		buf_add(&b, tmp, n);
	fclose(f);
	return buf_detach(&b, NULL);
}

static void
spit(const char *path, const char *s)
{
	FILE *f = fopen(path, "w");

	cr_assert_not_null(f);
	fputs(s, f);
	fclose(f);
}

/* The name of the one entry of dir starting with prefix, or NULL. */
static char *
find_entry(const char *dir, const char *prefix)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char *found = NULL;

	cr_assert_not_null(d);
	while ((e = readdir(d)) != NULL)
		if (strncmp(e->d_name, prefix, strlen(prefix)) == 0)
			found = xstrdup(e->d_name);
	closedir(d);
	return found;
}

Test(state, set_clear_and_count)
{
	char *dir = scratch_dir(), *warn = NULL;
	struct state *st = state_open(dir, &warn);
	uint64_t i;

	cr_assert_null(warn);
	cr_assert_eq(state_ntagged(st), 0);
	cr_assert_eq(state_set_tag(st, 42, 1), 1);
	cr_assert_eq(state_set_tag(st, 42, 1), 0, "no change the second time");
	cr_assert(state_is_tagged(st, 42));
	cr_assert(!state_is_read(st, 42));
	cr_assert_eq(state_set_read(st, 0, 1), 1, "id 0 is an id like any");
	cr_assert(state_is_read(st, 0));
	/* enough to grow the table several times */
	for (i = 1000; i < 3000; i++)
		state_set_tag(st, i * 0x9e3779b97f4a7c15ull, 1);
	cr_assert_eq(state_ntagged(st), 2001);
	for (i = 1000; i < 2000; i++)
		cr_assert_eq(state_set_tag(st, i * 0x9e3779b97f4a7c15ull, 0), 1);
	cr_assert_eq(state_ntagged(st), 1001);
	cr_assert(state_is_tagged(st, 2500 * 0x9e3779b97f4a7c15ull));
	cr_assert(!state_is_tagged(st, 1500 * 0x9e3779b97f4a7c15ull));
	cr_assert_eq(state_untag_all(st), 1001);
	cr_assert_eq(state_ntagged(st), 0);
	cr_assert(!state_is_tagged(st, 42));
	cr_assert(state_is_read(st, 0), "read marks stay");
	state_free(st);
	remove_dir(dir);
}

/* Marks set and cleared again in one session leave nothing behind:
 * the others stay found and the file holds just them. */
Test(state, cleared_marks_leave_the_rest_intact)
{
	char *dir = scratch_dir(), *warn = NULL, *err = NULL, *s;
	struct state *st = state_open(dir, &warn);
	struct buf want = BUF_INIT;
	uint64_t i;

	for (i = 1; i <= 200; i++) {
		state_set_tag(st, i, 1);
		state_set_read(st, i, i % 3 == 0);
	}
	for (i = 1; i <= 200; i += 2)
		cr_assert_eq(state_set_tag(st, i, 0), 1);
	cr_assert_eq(state_ntagged(st), 100);
	for (i = 1; i <= 200; i++) {
		cr_assert_eq(state_is_tagged(st, i), i % 2 == 0, "id %llu", (unsigned long long)i);
		cr_assert_eq(state_is_read(st, i), i % 3 == 0, "id %llu", (unsigned long long)i);
	}
	cr_assert_eq(state_save(st, &err), 0, "%s", err);
	buf_adds(&want, "gisa-state 1\n");
	for (i = 2; i <= 200; i += 2)
		buf_printf(&want, "t %016llx\n", (unsigned long long)i);
	for (i = 3; i <= 200; i += 3)
		buf_printf(&want, "r %016llx\n", (unsigned long long)i);
	s = slurp(state_path(st));
	cr_assert_str_eq(s, want.s);
	free(s);
	/* marks read from the file, cleared: written as gone */
	for (i = 3; i <= 200; i += 3)
		state_set_read(st, i, 0);
	state_untag_all(st);
	cr_assert_eq(state_save(st, &err), 0, "%s", err);
	s = slurp(state_path(st));
	cr_assert_str_eq(s, "gisa-state 1\n");
	free(s);
	buf_free(&want);
	state_free(st);
	remove_dir(dir);
}

Test(state, survives_reopen_and_makes_its_directory)
{
	char *top = scratch_dir(), *dir = xasprintf("%s/a/b/gisa", top), *warn = NULL, *err = NULL, *s;
	struct state *st = state_open(dir, &warn);
	struct stat sb;

	cr_assert_null(warn);
	state_set_tag(st, 0x0123456789abcdefull, 1);
	state_set_tag(st, 7, 1);
	state_set_read(st, 0xffffffffffffffffull, 1);
	cr_assert_eq(state_save(st, &err), 0, "%s", err);
	cr_assert_eq(state_save(st, &err), 0, "nothing to do");
	cr_assert_eq(stat(dir, &sb), 0);
	cr_assert_eq(sb.st_mode & 0777, 0700);
	s = slurp(state_path(st));
	cr_assert_str_eq(s, "gisa-state 1\nt 0000000000000007\nt 0123456789abcdef\nr ffffffffffffffff\n");
	free(s);
	state_free(st);

	st = state_open(dir, &warn);
	cr_assert_null(warn);
	cr_assert_eq(state_ntagged(st), 2);
	cr_assert(state_is_tagged(st, 7));
	cr_assert(state_is_tagged(st, 0x0123456789abcdefull));
	cr_assert(state_is_read(st, 0xffffffffffffffffull));
	cr_assert(!state_is_read(st, 7));
	state_set_tag(st, 7, 0);
	cr_assert_eq(state_save(st, &err), 0, "%s", err);
	state_free(st);
	st = state_open(dir, &warn);
	cr_assert_eq(state_ntagged(st), 1);
	state_free(st);
	free(dir);
	remove_dir(top);
}

Test(state, xdg_state_home_and_home)
{
	char *top = scratch_dir(), *warn = NULL, *want;
	struct state *st;

	setenv("XDG_STATE_HOME", top, 1);
	st = state_open(NULL, &warn);
	want = xasprintf("%s/gisa/state", top);
	cr_assert_str_eq(state_path(st), want);
	free(want);
	state_free(st);
	setenv("XDG_STATE_HOME", "relative/is/ignored", 1);
	setenv("HOME", top, 1);
	st = state_open(NULL, &warn);
	want = xasprintf("%s/.local/state/gisa/state", top);
	cr_assert_str_eq(state_path(st), want);
	free(want);
	state_free(st);
	unsetenv("XDG_STATE_HOME");
	st = state_open(NULL, &warn);
	cr_assert(strstr(state_path(st), "/.local/state/gisa/state") != NULL);
	state_free(st);
	remove_dir(top);
}

Test(state, damaged_file_is_set_aside_and_reported)
{
	char *dir = scratch_dir(), *path = xasprintf("%s/state", dir), *warn = NULL, *err = NULL;
	char *aside, *full, *s;
	struct state *st;

	spit(path, "gisa-state 1\nt 0000000000000001\nt 00000000zz000002\nr 0000000000000003\n");
	st = state_open(dir, &warn);
	cr_assert_not_null(warn);
	aside = find_entry(dir, "state.damaged-");
	cr_assert_not_null(aside, "renamed aside");
	cr_assert(strstr(warn, "line 3") != NULL, "%s", warn);
	cr_assert(strstr(warn, aside) != NULL, "names the new path: %s", warn);
	cr_assert(strstr(warn, path) != NULL, "names the old path: %s", warn);
	full = xasprintf("%s/%s", dir, aside);
	s = slurp(full);
	cr_assert(strstr(s, "zz") != NULL, "the damaged file is kept as it was");
	free(s);
	/* the good lines are kept, and written back */
	cr_assert(state_is_tagged(st, 1));
	cr_assert(state_is_read(st, 3));
	cr_assert_eq(state_save(st, &err), 0, "%s", err);
	s = slurp(path);
	cr_assert_str_eq(s, "gisa-state 1\nt 0000000000000001\nr 0000000000000003\n");
	free(s);
	state_free(st);
	free(warn);
	free(full);
	free(aside);

	/* not a state file at all: nothing trusted, still kept */
	spit(path, "something else\n");
	st = state_open(dir, &warn);
	cr_assert_not_null(warn);
	cr_assert(strstr(warn, "bad first line") != NULL, "%s", warn);
	cr_assert_eq(state_ntagged(st), 0);
	cr_assert_eq(access(path, F_OK), -1);
	state_free(st);
	free(warn);
	free(path);
	remove_dir(dir);
}

static ssize_t
no_space(int fd, const void *p, size_t n)
{
	(void)fd;
	(void)p;
	(void)n;
	errno = ENOSPC;
	return -1;
}

Test(state, full_disk_keeps_the_old_file)
{
	char *dir = scratch_dir(), *warn = NULL, *err = NULL, *before, *after;
	struct state *st = state_open(dir, &warn);

	state_set_tag(st, 1, 1);
	cr_assert_eq(state_save(st, &err), 0, "%s", err);
	before = slurp(state_path(st));
	state_set_tag(st, 2, 1);
	atomic_write_hook = no_space;
	cr_assert_eq(state_save(st, &err), -1);
	atomic_write_hook = NULL;
	cr_assert(strstr(err, "no space left on device") != NULL, "%s", err);
	free(err);
	after = slurp(state_path(st));
	cr_assert_str_eq(before, after);
	/* still unsaved: the next save writes it */
	cr_assert_eq(state_save(st, &err), 0, "%s", err);
	free(after);
	after = slurp(state_path(st));
	cr_assert(strstr(after, "t 0000000000000002") != NULL);
	free(before);
	free(after);
	state_free(st);
	remove_dir(dir);
}

Test(state, crlf_and_trailing_blanks_are_tolerated)
{
	char *dir = scratch_dir(), *path = xasprintf("%s/state", dir), *warn = NULL;
	struct state *st;

	spit(path, "gisa-state 1\r\nt 0000000000000001\r\nt 0000000000000002  \r\n"
	    "r 0000000000000003\t\n\r\nr 0000000000000004 ");
	st = state_open(dir, &warn);
	cr_assert_null(warn, "%s", warn);
	cr_assert_eq(state_ntagged(st), 2);
	cr_assert(state_is_tagged(st, 1) && state_is_tagged(st, 2));
	cr_assert(state_is_read(st, 3) && state_is_read(st, 4));
	cr_assert_null(find_entry(dir, "state.damaged-"), "nothing set aside");
	state_free(st);
	free(path);
	remove_dir(dir);
}

Test(state, a_path_that_is_not_a_regular_file_is_refused)
{
	char *dir = scratch_dir(), *path = xasprintf("%s/state", dir), *warn = NULL, *err = NULL;
	struct state *st;
	struct stat sb;

	/* a FIFO: never opened (that would wait for a writer), never replaced */
	cr_assert_eq(mkfifo(path, 0600), 0);
	st = state_open(dir, &warn);
	cr_assert_not_null(warn);
	cr_assert(strstr(warn, path) != NULL && strstr(warn, "not a regular file") != NULL, "%s", warn);
	free(warn);
	state_set_tag(st, 7, 1);
	cr_assert_eq(state_save(st, &err), -1);
	cr_assert(strstr(err, path) != NULL, "%s", err);
	free(err);
	state_free(st);
	cr_assert_eq(stat(path, &sb), 0);
	cr_assert(S_ISFIFO(sb.st_mode), "still a FIFO");
	cr_assert_eq(unlink(path), 0);

	/* a link to /dev/zero: refused before a byte is read */
	cr_assert_eq(symlink("/dev/zero", path), 0);
	st = state_open(dir, &warn);
	cr_assert_not_null(warn);
	cr_assert(strstr(warn, "not a regular file") != NULL, "%s", warn);
	free(warn);
	state_free(st);
	cr_assert_eq(unlink(path), 0);

	/* a regular file past the bound: not read into memory */
	spit(path, "gisa-state 1\n");
	cr_assert_eq(truncate(path, (off_t)65 << 20), 0);	/* sparse */
	st = state_open(dir, &warn);
	cr_assert_not_null(warn);
	cr_assert(strstr(warn, "larger than 64 MiB") != NULL, "%s", warn);
	free(warn);
	state_free(st);
	free(path);
	remove_dir(dir);
}

Test(state, two_sessions_keep_each_others_marks)
{
	char *dir = scratch_dir(), *warn = NULL, *err = NULL;
	struct state *a, *b, *c;

	a = state_open(dir, &warn);
	state_set_tag(a, 1, 1);
	cr_assert_eq(state_save(a, &err), 0, "%s", err);
	/* both open the file with tag 1 */
	a = (state_free(a), state_open(dir, &warn));
	b = state_open(dir, &warn);
	state_set_tag(a, 2, 1);		/* a tags 2 */
	state_set_tag(b, 3, 1);		/* b tags 3, reads 4, untags 1 */
	state_set_read(b, 4, 1);
	state_set_tag(b, 1, 0);
	cr_assert_eq(state_save(b, &err), 0, "%s", err);
	state_set_read(a, 5, 1);	/* a saves after b, knowing nothing of it */
	cr_assert_eq(state_save(a, &err), 0, "%s", err);
	cr_assert(state_is_tagged(a, 3), "a sees b's tag after its save");
	c = state_open(dir, &warn);
	cr_assert_null(warn);
	cr_assert(state_is_tagged(c, 2), "a's tag kept");
	cr_assert(state_is_tagged(c, 3), "b's tag kept");
	cr_assert(state_is_read(c, 4) && state_is_read(c, 5), "both read marks kept");
	cr_assert(!state_is_tagged(c, 1), "b's untag kept (a never changed 1)");
	cr_assert_eq(state_ntagged(c), 2);
	state_free(a);
	state_free(b);
	state_free(c);
	remove_dir(dir);
}

Test(state, two_processes_saving_at_once_lose_nothing)
{
	char *dir = scratch_dir(), *warn = NULL;
	struct state *st;
	pid_t pid[2];
	int k, status;
	uint64_t id;

	for (k = 0; k < 2; k++) {
		pid[k] = fork();
		cr_assert_neq(pid[k], -1);
		if (pid[k] == 0) {
			struct state *mine = state_open(dir, &warn);
			char *err = NULL;

			/* one save per tag, as a browser saves as it goes */
			for (id = 0; id < 150; id++) {
				state_set_tag(mine, (uint64_t)k << 32 | id, 1);
				if (state_save(mine, &err) != 0)
					_exit(1);
			}
			state_free(mine);
			_exit(0);
		}
	}
	for (k = 0; k < 2; k++) {
		cr_assert_eq(waitpid(pid[k], &status, 0), pid[k]);
		cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	}
	st = state_open(dir, &warn);
	cr_assert_null(warn, "%s", warn);
	cr_assert_eq(state_ntagged(st), 300, "every tag of both processes: %zu", state_ntagged(st));
	state_free(st);
	remove_dir(dir);
}
