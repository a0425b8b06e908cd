/* test_atomic.c — safe writes: no clobber, no partial file, clear errors. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/util.h"

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

/* Entries in dir, "." and ".." left out. */
static size_t
count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;

	cr_assert_not_null(d);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

static char *
scratch_dir(void)
{
	char *dir = xstrdup("/tmp/gisa-atomic-XXXXXX");

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

Test(atomic, new_file_gets_umask_mode)
{
	char *dir = scratch_dir(), *path = xasprintf("%s/out.txt", dir), *err = NULL, *s;
	struct stat st;
	mode_t um = umask(022);

	cr_assert_eq(atomic_save(path, 0, "hello\n", 6, &err), 0, "%s", err);
	umask(um);
	s = slurp(path);
	cr_assert_str_eq(s, "hello\n");
	free(s);
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0644);
	cr_assert_eq(count_entries(dir), 1);
	free(path);
	remove_dir(dir);
}

Test(atomic, no_clobber_without_force_and_mode_kept_with_force)
{
	char *dir = scratch_dir(), *path = xasprintf("%s/out.txt", dir), *err = NULL, *s;
	struct stat st;

	spit(path, "old");
	cr_assert_eq(chmod(path, 0600), 0);
	cr_assert_eq(atomic_save(path, 0, "new", 3, &err), -1);
	cr_assert(strstr(err, "exists (use --force to replace it)") != NULL, "%s", err);
	cr_assert(strncmp(err, path, strlen(path)) == 0, "names the path: %s", err);
	free(err);
	s = slurp(path);
	cr_assert_str_eq(s, "old");
	free(s);
	cr_assert_eq(atomic_save(path, 1, "new", 3, &err), 0, "%s", err);
	s = slurp(path);
	cr_assert_str_eq(s, "new");
	free(s);
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0600, "mode kept: %o", st.st_mode & 0777);
	cr_assert_eq(count_entries(dir), 1);
	free(path);
	remove_dir(dir);
}

Test(atomic, file_appearing_meanwhile_is_not_clobbered)
{
	char *dir = scratch_dir(), *path = xasprintf("%s/out.txt", dir), *err = NULL, *s;
	struct atomic_file af;

	cr_assert_eq(atomic_begin(&af, path, 0, &err), 0, "%s", err);
	cr_assert_eq(atomic_write(&af, "mine", 4), 0);
	spit(path, "theirs");	/* another program got there first */
	cr_assert_eq(atomic_commit(&af, &err), -1);
	cr_assert(strstr(err, "exists") != NULL, "%s", err);
	free(err);
	s = slurp(path);
	cr_assert_str_eq(s, "theirs");
	free(s);
	cr_assert_eq(count_entries(dir), 1, "temporary file removed");
	free(path);
	remove_dir(dir);
}

static size_t budget;

/* write(2) on a disk with budget bytes left */
static ssize_t
write_until_full(int fd, const void *p, size_t n)
{
	if (budget == 0) {
		errno = ENOSPC;
		return -1;
	}
	if (n > budget)
		n = budget;
	budget -= n;
	return write(fd, p, n);
}

Test(atomic, full_disk_keeps_the_old_file_and_no_temp)
{
	char *dir = scratch_dir(), *path = xasprintf("%s/out.txt", dir), *err = NULL, *s;
	char big[10000];

	memset(big, 'x', sizeof(big));
	spit(path, "old");
	budget = 4096;
	atomic_write_hook = write_until_full;
	cr_assert_eq(atomic_save(path, 1, big, sizeof(big), &err), -1);
	atomic_write_hook = NULL;
	cr_assert(strstr(err, "no space left on device") != NULL, "%s", err);
	cr_assert(strstr(err, path) != NULL, "%s", err);
	free(err);
	s = slurp(path);
	cr_assert_str_eq(s, "old");
	free(s);
	cr_assert_eq(count_entries(dir), 1, "no temporary file left");
	/* and a new file is never made at all */
	free(path);
	path = xasprintf("%s/new.txt", dir);
	budget = 10;
	atomic_write_hook = write_until_full;
	cr_assert_eq(atomic_save(path, 0, big, sizeof(big), &err), -1);
	atomic_write_hook = NULL;
	free(err);
	cr_assert_eq(access(path, F_OK), -1);
	cr_assert_eq(count_entries(dir), 1);
	free(path);
	remove_dir(dir);
}

Test(atomic, directory_missing_directory_and_permission)
{
	char *dir = scratch_dir(), *path, *err = NULL;

	cr_assert_eq(atomic_save(dir, 1, "x", 1, &err), -1);
	cr_assert(strstr(err, "is a directory") != NULL, "%s", err);
	free(err);
	path = xasprintf("%s/", dir);
	cr_assert_eq(atomic_save(path, 1, "x", 1, &err), -1);
	free(err);
	free(path);
	path = xasprintf("%s/no/such/x.txt", dir);
	cr_assert_eq(atomic_save(path, 0, "x", 1, &err), -1);
	cr_assert(strstr(err, "No such file or directory") != NULL, "%s", err);
	cr_assert(strstr(err, path) != NULL, "%s", err);
	free(err);
	free(path);
	/* root writes anywhere: the permission case only means something
	 * for an ordinary user */
	if (geteuid() != 0) {
		char *ro = xasprintf("%s/ro", dir);

		cr_assert_eq(mkdir(ro, 0500), 0);
		path = xasprintf("%s/x.txt", ro);
		cr_assert_eq(atomic_save(path, 0, "x", 1, &err), -1);
		cr_assert(strstr(err, "permission denied") != NULL, "%s", err);
		free(err);
		free(path);
		chmod(ro, 0700);
		free(ro);
	}
	cr_assert_eq(count_entries(dir), geteuid() != 0 ? 1 : 0);
	remove_dir(dir);
}

Test(atomic, symlink_target_is_replaced_link_kept)
{
	char *dir = scratch_dir(), *path = xasprintf("%s/real.txt", dir);
	char *link_path = xasprintf("%s/link.txt", dir), *err = NULL, *s;
	struct stat st;

	spit(path, "old");
	cr_assert_eq(symlink("real.txt", link_path), 0);
	cr_assert_eq(atomic_save(link_path, 1, "new", 3, &err), 0, "%s", err);
	cr_assert_eq(lstat(link_path, &st), 0);
	cr_assert(S_ISLNK(st.st_mode));
	s = slurp(path);
	cr_assert_str_eq(s, "new");
	free(s);
	free(path);
	free(link_path);
	remove_dir(dir);
}

static int stop_fd = -1;
static size_t written;

/* Write, and after the first 64 KiB tell the parent and wait to die. */
static ssize_t
write_then_stop(int fd, const void *p, size_t n)
{
	if (written >= 65536) {
		(void)write(stop_fd, "!", 1);
		for (;;)
			pause();
	}
	if (n > 4096)
		n = 4096;
	written += n;
	return write(fd, p, n);
}

Test(atomic, kill_9_in_the_middle_keeps_the_old_file)
{
	char *dir = scratch_dir(), *path = xasprintf("%s/out.txt", dir), *err = NULL, *s;
	int fds[2], status;
	pid_t pid;
	char c;

	spit(path, "old");
	cr_assert_eq(pipe(fds), 0);
	pid = fork();
	cr_assert_neq(pid, -1);
	if (pid == 0) {
		size_t n = 1 << 20;
		char *big = xmalloc(n);

		memset(big, 'y', n);
		close(fds[0]);
		stop_fd = fds[1];
		atomic_write_hook = write_then_stop;
		atomic_save(path, 1, big, n, &err);
		_exit(0);
	}
	close(fds[1]);
	cr_assert_eq(read(fds[0], &c, 1), 1, "the child got half way");
	cr_assert_eq(kill(pid, SIGKILL), 0);
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	cr_assert(WIFSIGNALED(status));
	close(fds[0]);
	s = slurp(path);
	cr_assert_str_eq(s, "old", "the old file is intact");
	free(s);
	/* the half-written temporary file is hidden and never the target */
	cr_assert_eq(count_entries(dir), 2);
	free(path);
	remove_dir(dir);
}

Test(atomic, signals_remove_the_temporary_file)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	size_t k;

	for (k = 0; k < sizeof(sigs) / sizeof(sigs[0]); k++) {
		char *dir = scratch_dir(), *path = xasprintf("%s/out.txt", dir), *err = NULL, *s;
		int fds[2], status;
		pid_t pid;
		char c;

		spit(path, "old");
		cr_assert_eq(pipe(fds), 0);
		pid = fork();
		cr_assert_neq(pid, -1);
		if (pid == 0) {
			size_t n = 1 << 20;
			char *big = xmalloc(n);

			memset(big, 'y', n);
			close(fds[0]);
			atomic_remove_temps_on_signals();
			stop_fd = fds[1];
			atomic_write_hook = write_then_stop;
			atomic_save(path, 1, big, n, &err);
			_exit(0);
		}
		close(fds[1]);
		cr_assert_eq(read(fds[0], &c, 1), 1, "the child got half way");
		cr_assert_eq(kill(pid, sigs[k]), 0);
		cr_assert_eq(waitpid(pid, &status, 0), pid);
		cr_assert(WIFSIGNALED(status) && WTERMSIG(status) == sigs[k], "died of the signal");
		close(fds[0]);
		s = slurp(path);
		cr_assert_str_eq(s, "old", "the old file is intact");
		free(s);
		cr_assert_eq(count_entries(dir), 1, "no temporary file left (signal %d)", sigs[k]);
		free(path);
		remove_dir(dir);
	}
}

Test(atomic, devices_and_fifos_are_written_into_never_replaced)
{
	char *dir = scratch_dir(), *fifo = xasprintf("%s/fifo", dir);
	char *link_path = xasprintf("%s/null-link", dir), *err = NULL;
	struct stat st;
	int force;

	for (force = 0; force <= 1; force++) {
		/* a character device, directly and through a link */
		cr_assert_eq(atomic_save("/dev/null", force, "x", 1, &err), 0, "%s", err);
		cr_assert_eq(stat("/dev/null", &st), 0);
		cr_assert(S_ISCHR(st.st_mode), "/dev/null is still a device");
		cr_assert_eq(atomic_check("/dev/null", force, &err), 0);
	}
	cr_assert_eq(symlink("/dev/null", link_path), 0);
	cr_assert_eq(atomic_save(link_path, 1, "x", 1, &err), 0, "%s", err);
	cr_assert_eq(lstat(link_path, &st), 0);
	cr_assert(S_ISLNK(st.st_mode), "the link stays a link");
	cr_assert_eq(count_entries(dir), 1, "no temporary file next to the link");

	/* a FIFO: what its reader gets is what was written, and it stays a FIFO */
	cr_assert_eq(mkfifo(fifo, 0600), 0);
	{
		pid_t pid = fork();
		int status;

		cr_assert_neq(pid, -1);
		if (pid == 0)
			_exit(atomic_save(fifo, 1, "through", 7, &err) == 0 ? 0 : 1);
		{
			FILE *f = fopen(fifo, "r");
			char got[16] = "";

			cr_assert_not_null(f);
			cr_assert_eq(fread(got, 1, sizeof(got) - 1, f), 7);
			fclose(f);
			cr_assert_str_eq(got, "through");
		}
		cr_assert_eq(waitpid(pid, &status, 0), pid);
		cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	}
	cr_assert_eq(stat(fifo, &st), 0);
	cr_assert(S_ISFIFO(st.st_mode), "the FIFO is still a FIFO");
	cr_assert_eq(count_entries(dir), 2);
	free(fifo);
	free(link_path);
	remove_dir(dir);
}

Test(atomic, dangling_symlink_is_refused_with_a_reason)
{
	char *dir = scratch_dir(), *link_path = xasprintf("%s/dangling", dir), *err = NULL;
	char *target = xasprintf("%s/nowhere", dir);
	struct stat st;
	int force;

	cr_assert_eq(symlink(target, link_path), 0);
	for (force = 0; force <= 1; force++) {
		cr_assert_eq(atomic_check(link_path, force, &err), -1);
		cr_assert(strstr(err, "symbolic link to a file that does not exist") != NULL, "%s", err);
		free(err);
		err = NULL;
		cr_assert_eq(atomic_save(link_path, force, "x", 1, &err), -1);
		cr_assert(strstr(err, "dangling") != NULL || strstr(err, "does not exist") != NULL, "%s", err);
		free(err);
		err = NULL;
		cr_assert_eq(lstat(link_path, &st), 0);
		cr_assert(S_ISLNK(st.st_mode), "the link is not replaced by a file");
		cr_assert_neq(lstat(target, &st), 0, "nothing created through it");
	}
	cr_assert_eq(count_entries(dir), 1);
	/* an existing regular file still wants --force; a directory never */
	cr_assert_eq(atomic_check(dir, 1, &err), -1);
	cr_assert(strstr(err, "is a directory") != NULL, "%s", err);
	free(err);
	free(target);
	free(link_path);
	remove_dir(dir);
}
