/*
 * atomic.c — temporary file, fsync, rename or link: see atomic.h.
 */
#include "atomic.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

atomic_write_fn atomic_write_hook;

/* A temporary name stays under NAME_MAX even for a long target name. */
#define TMP_NAME_MAX 200

/*
 * The temporary files being written, for atomic_remove_temps in a signal
 * handler: a slot is filled, then marked used; the handler reads only
 * marked slots and calls only unlink().
 */
#define LIVE_MAX 8
static char live_path[LIVE_MAX][PATH_MAX];
static volatile sig_atomic_t live_used[LIVE_MAX];
static pthread_mutex_t live_lock = PTHREAD_MUTEX_INITIALIZER;

static void
live_add(const char *tmp)
{
	size_t i, n = strlen(tmp);

	if (n >= PATH_MAX)
		return;
	pthread_mutex_lock(&live_lock);
	for (i = 0; i < LIVE_MAX; i++) {
		if (!live_used[i]) {
			memcpy(live_path[i], tmp, n + 1);
			live_used[i] = 1;
			break;
		}
	}
	pthread_mutex_unlock(&live_lock);
}

static void
live_remove(const char *tmp)
{
	size_t i;

	pthread_mutex_lock(&live_lock);
	for (i = 0; i < LIVE_MAX; i++) {
		if (live_used[i] && strcmp(live_path[i], tmp) == 0) {
			live_used[i] = 0;
			break;
		}
	}
	pthread_mutex_unlock(&live_lock);
}

/* Remove every temporary file still being written.  Async-signal-safe:
 * calls unlink() only. */
static void
atomic_remove_temps(void)
{
	size_t i;

	for (i = 0; i < LIVE_MAX; i++)
		if (live_used[i])
			(void)unlink(live_path[i]);
}

static void
on_signal(int sig)
{
	atomic_remove_temps();
	signal(sig, SIG_DFL);
	raise(sig);
}

void
atomic_remove_temps_on_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof(sa));
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESETHAND;
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], &sa, NULL);
}

char *
atomic_message(const char *path, int e)
{
	switch (e) {
	case EEXIST:
		return xasprintf("%s: exists (use --force to replace it)", path);
	case EISDIR:
		return xasprintf("%s: is a directory", path);
	case ENOSPC:
		return xasprintf("%s: no space left on device", path);
	case EACCES:
	case EPERM:
		return xasprintf("%s: permission denied", path);
	case ENOENT:
		return xasprintf("%s: No such file or directory (the directory is missing)", path);
	case ENOLINK:
		return xasprintf("%s: a symbolic link to a file that does not exist; "
		    "not written (write to the link's target, or remove the link)", path);
	case ENOTSUP:
		return xasprintf("%s: not a regular file, a character device or a FIFO; "
		    "not written", path);
	default:
		return xasprintf("%s: %s", path, strerror(e));
	}
}

/* The directory part of path ("." when none), malloc'd. */
static char *
dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

static void
release(struct atomic_file *af)
{
	free(af->path);
	free(af->shown);
	free(af->tmp);
	af->path = af->shown = af->tmp = NULL;
	af->fd = -1;
}

static int
fail(struct atomic_file *af, int e, char **err)
{
	if (af->fd >= 0)
		close(af->fd);
	if (af->tmp != NULL) {
		unlink(af->tmp);
		live_remove(af->tmp);
	}
	*err = atomic_message(af->shown, e);
	release(af);
	errno = e;
	return -1;
}

/* What path is, following a symbolic link: *st filled and 1 when there
 * is something there, 0 when nothing, -1 (errno) when it cannot be
 * written at all (a dangling link, a directory, a block device or a
 * socket).  *target gets the path to open, malloc'd, when it differs. */
static int
inspect(const char *path, struct stat *st, char **target)
{
	*target = NULL;
	if (lstat(path, st) != 0)
		return 0;
	if (S_ISLNK(st->st_mode)) {
		char real[PATH_MAX];

		if (stat(path, st) != 0) {
			/* a dangling link is refused, not created through: where
			 * it points may be anywhere, made by anyone */
			errno = errno == ENOENT ? ENOLINK : errno;
			return -1;
		}
		if (realpath(path, real) == NULL)
			return -1;
		*target = xstrdup(real);
	}
	if (S_ISDIR(st->st_mode)) {
		errno = EISDIR;
		return -1;
	}
	if (!S_ISREG(st->st_mode) && !S_ISCHR(st->st_mode) && !S_ISFIFO(st->st_mode)) {
		errno = ENOTSUP;
		return -1;
	}
	return 1;
}

int
atomic_check(const char *path, int force, char **err)
{
	struct stat st;
	char *target = NULL;
	int have;

	if (*path == '\0') {
		*err = atomic_message(path, ENOENT);
		return -1;
	}
	have = inspect(path, &st, &target);
	free(target);
	if (have < 0) {
		*err = atomic_message(path, errno);
		return -1;
	}
	if (have && S_ISREG(st.st_mode) && !force) {
		*err = atomic_message(path, EEXIST);
		return -1;
	}
	if (!have && path[strlen(path) - 1] == '/') {
		*err = atomic_message(path, EISDIR);
		return -1;
	}
	return 0;
}

int
atomic_begin(struct atomic_file *af, const char *path, int force, char **err)
{
	struct stat st;
	const char *slash, *base;
	char *target;
	mode_t mode, um;
	int have;

	memset(af, 0, sizeof(*af));
	af->fd = -1;
	af->force = force;
	af->shown = xstrdup(path);
	af->path = xstrdup(path);
	if (*path == '\0')
		return fail(af, ENOENT, err);
	have = inspect(path, &st, &target);
	if (have < 0)
		return fail(af, errno, err);
	if (target != NULL) {
		/* replace what the link points to, keep the link */
		free(af->path);
		af->path = target;
	}
	if (have && !S_ISREG(st.st_mode)) {
		/* a terminal, a device or a FIFO: written into as it is, never
		 * replaced (--force or not), no temporary file */
		af->fd = open(af->path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
		if (af->fd < 0)
			return fail(af, errno, err);
		af->direct = 1;
		return 0;
	}
	if (have && !force)
		return fail(af, EEXIST, err);
	if (path[strlen(path) - 1] == '/')
		return fail(af, EISDIR, err);
	slash = strrchr(af->path, '/');
	base = slash != NULL ? slash + 1 : af->path;
	af->tmp = xasprintf("%.*s.%.*s.gisa-XXXXXX",
	    slash != NULL ? (int)(slash - af->path + 1) : 0, af->path,
	    TMP_NAME_MAX, base);
	af->fd = mkstemp(af->tmp);
	if (af->fd < 0) {
		int e = errno;

		free(af->tmp);
		af->tmp = NULL;
		return fail(af, e, err);
	}
	live_add(af->tmp);
	if (have) {
		mode = st.st_mode & 07777;
	} else {
		um = umask(0);
		umask(um);
		mode = 0666 & ~um;
	}
	if (fchmod(af->fd, mode) != 0)
		return fail(af, errno, err);
	return 0;
}

int
atomic_write(struct atomic_file *af, const void *p, size_t n)
{
	const char *s = p;

	if (af->failed) {
		errno = af->failed;
		return -1;
	}
	while (n > 0) {
		ssize_t w = atomic_write_hook != NULL ? atomic_write_hook(af->fd, s, n)
		    : write(af->fd, s, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			af->failed = w < 0 ? errno : ENOSPC;
			errno = af->failed;
			return -1;
		}
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Make the new name durable; some filesystems cannot fsync a directory,
 * which is no reason to fail a save that has already happened. */
static void
sync_dir(const char *path)
{
	char *dir = dir_of(path);
	int fd = open(dir, O_RDONLY | O_DIRECTORY);

	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	free(dir);
}

/* Move tmp to path without replacing a file that exists. */
static int
place_new(const char *tmp, const char *path)
{
	struct stat st;

	if (link(tmp, path) == 0) {
		unlink(tmp);
		return 0;
	}
	if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP
	    && errno != ENOSYS && errno != EMLINK && errno != EXDEV)
		return -1;
	/* no hard links here (FAT, some network filesystems): a check and a
	 * rename is the best there is */
	if (lstat(path, &st) == 0) {
		errno = EEXIST;
		return -1;
	}
	return rename(tmp, path);
}

int
atomic_commit(struct atomic_file *af, char **err)
{
	int rc;

	if (af->failed)
		return fail(af, af->failed, err);
	if (af->direct) {
		rc = close(af->fd);
		af->fd = -1;
		if (rc != 0)
			return fail(af, errno, err);
		release(af);
		return 0;
	}
	if (fsync(af->fd) != 0)
		return fail(af, errno, err);
	rc = close(af->fd);
	af->fd = -1;
	if (rc != 0)
		return fail(af, errno, err);
	rc = af->force ? rename(af->tmp, af->path) : place_new(af->tmp, af->path);
	if (rc != 0)
		return fail(af, errno, err);
	live_remove(af->tmp);
	sync_dir(af->path);
	release(af);
	return 0;
}

void
atomic_abort(struct atomic_file *af)
{
	if (af->fd >= 0)
		close(af->fd);
	if (af->tmp != NULL) {
		unlink(af->tmp);
		live_remove(af->tmp);
	}
	release(af);
}

int
atomic_save(const char *path, int force, const void *p, size_t n, char **err)
{
	struct atomic_file af;

	if (atomic_begin(&af, path, force, err) != 0)
		return -1;
	if (atomic_write(&af, p, n) != 0) {
		int e = errno;

		af.failed = e;
	}
	return atomic_commit(&af, err);
}
