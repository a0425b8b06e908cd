/*
 * atomic.h — the one way gisa writes a file: never half-written, never
 * clobbered by surprise.
 *
 * The bytes go to a hidden temporary file in the target's directory
 * (.NAME.gisa-XXXXXX, made by mkstemp), which is fsync'd and then moved
 * into place: rename() when the caller may replace the target, link() and
 * unlink() otherwise, so a file that appeared meanwhile is still not
 * replaced.  The directory is fsync'd afterwards.  On any error the
 * temporary file is removed and the target is left exactly as it was.
 *
 * A replaced file keeps its permission bits; a new file gets
 * 0666 & ~umask.  A symbolic link as target is followed: the file it
 * points to is replaced, the link stays.  A symbolic link to nothing is
 * refused (ENOLINK), never created through nor replaced.
 *
 * Only regular files are replaced.  A character device, a terminal or a
 * FIFO (directly or through a link) is opened and written into as it is:
 * no temporary file, no rename, with or without force.  Directories,
 * block devices and sockets are refused.
 *
 * Temporary files still being written are remembered (a few at a time)
 * so that a signal handler can remove them.
 */
#ifndef GISA_ATOMIC_H
#define GISA_ATOMIC_H

#include <stddef.h>
#include <sys/types.h>

/* Every byte of every atomic write goes through this function (write(2)
 * when NULL).  Tests set it to inject ENOSPC, short writes or a pause in
 * the middle of a save; it is part of the normal build on purpose. */
typedef ssize_t (*atomic_write_fn)(int fd, const void *p, size_t n);
extern atomic_write_fn atomic_write_hook;

/*
 * One file being written.  Between atomic_begin and atomic_commit or
 * atomic_abort, tmp names the hidden temporary file; the struct owns its
 * strings and descriptor.
 */
struct atomic_file {
	char *path;	/* the target (after following a symbolic link) */
	char *shown;	/* the path as the caller gave it, for messages */
	char *tmp;	/* the temporary file */
	int fd;
	int force;
	int failed;	/* errno of the first failed write, 0 when none */
	int direct;	/* path is a device or FIFO written into: tmp is NULL */
};

/* Whether atomic_begin(path, force) would refuse path as it is now (a
 * directory, a dangling link, a block device, a regular file without
 * force), without making anything.  Returns 0, or -1 with a malloc'd
 * message naming path in *err. */
int atomic_check(const char *path, int force, char **err);

/* Handle SIGINT, SIGTERM and SIGHUP by removing every temporary file
 * still being written, then die of the signal as if it had not been
 * handled. */
void atomic_remove_temps_on_signals(void);

/* Start writing path.  Fails at once (the target untouched) when path is
 * a directory, when it is a regular file and !force (EEXIST), when it is
 * not one of the kinds above, or when the temporary
 * file cannot be made (missing directory, no permission...).  Returns 0,
 * or -1 with a malloc'd message naming path in *err. */
int atomic_begin(struct atomic_file *af, const char *path, int force, char **err);

/* Append p[0..n) to the temporary file.  Returns 0, or -1 with errno set
 * (and the failure remembered for atomic_commit). */
int atomic_write(struct atomic_file *af, const void *p, size_t n);

/* fsync and move the temporary file into place, then fsync the
 * directory.  Returns 0, or -1 with a malloc'd message in *err, the
 * temporary file removed and the target as it was.  Frees af's strings
 * in both cases. */
int atomic_commit(struct atomic_file *af, char **err);

/* Give up: remove the temporary file, free af's strings. */
void atomic_abort(struct atomic_file *af);

/* "path: reason" for errno e, the wording used by every function here
 * (ENOSPC, EACCES, ENOENT, EISDIR, EEXIST get their own sentence).
 * malloc'd. */
char *atomic_message(const char *path, int e);

/* Write p[0..n) to path in one go, as above.  Returns 0 or -1 (*err). */
int atomic_save(const char *path, int force, const void *p, size_t n, char **err);

#endif
