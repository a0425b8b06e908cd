/*
 * state.c — tags and read marks by article id, in a small text file.
 *
 * The file:
 *
 *	gisa-state 1
 *	t 0123456789abcdef	(tagged)
 *	r 0123456789abcdef	(read)
 *
 * Lines may end in CR LF and carry trailing blanks (an editor, a copy
 * from another system); the file is read only when it is a regular file
 * of at most STATE_MAX_SIZE bytes.
 *
 * In memory: an array of marks, each an id with a flags byte (tagged,
 * read) and the flags the file had when last read or written (base), and
 * the core hash table (hash.h) from id to mark.  A mark with neither
 * flags nor base says nothing and is dropped (the last mark takes its
 * place in the array).
 *
 * Saving merges: under an exclusive lock on state.lock, the file is read
 * again, this session's changes (flags != base) are applied to it, and the
 * result is written atomically and becomes the new base.  Two browsers on
 * one state file never lose each other's tags or read marks.
 */
#include "state.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "atomic.h"
#include "hash.h"
#include "util.h"

#define ST_TAG	0x01
#define ST_READ	0x02

#define HEADER "gisa-state 1\n"

/* A state file larger than this is not read (the same sort of bound as
 * --max-page-size: /dev/zero or a runaway file must not fill memory);
 * it holds some 3.5 million marks. */
#define STATE_MAX_SIZE ((size_t)64 << 20)

struct mark {
	uint64_t id;
	unsigned char flags;	/* ST_TAG, ST_READ */
	unsigned char base;	/* flags in the file as last read or written */
};

struct state {
	struct hash ids;	/* id → index in mark */
	struct mark *mark;
	size_t n, cap;
	size_t ntagged;
	int dirty;
	int readonly;		/* the file could not be read: never replace it */
	char *dir;
	char *path;
};

/* Drop mark i; the last mark takes its place. */
static void
drop(struct state *st, size_t i)
{
	(void)hash_del(&st->ids, st->mark[i].id, (uint32_t)i);
	if (i != --st->n) {
		(void)hash_del(&st->ids, st->mark[st->n].id, (uint32_t)st->n);
		st->mark[i] = st->mark[st->n];
		hash_add(&st->ids, st->mark[i].id, (uint32_t)i);
	}
}

/* Drop every mark with neither flags nor base. */
static void
drop_dead(struct state *st)
{
	size_t i;

	for (i = st->n; i-- > 0;)
		if (st->mark[i].flags == 0 && st->mark[i].base == 0)
			drop(st, i);
}

static int
get(const struct state *st, uint64_t id, unsigned char bit)
{
	uint32_t i = hash_get(&st->ids, id);

	return i != HASH_NONE && (st->mark[i].flags & bit) != 0;
}

static int
set(struct state *st, uint64_t id, unsigned char bit, int on)
{
	uint32_t i = hash_get(&st->ids, id);
	struct mark *k;

	if (i == HASH_NONE) {
		if (!on)
			return 0;
		st->mark = xgrow(st->mark, &st->cap, st->n + 1, sizeof(*st->mark));
		i = (uint32_t)st->n++;
		memset(&st->mark[i], 0, sizeof(st->mark[i]));
		st->mark[i].id = id;
		hash_add(&st->ids, id, i);
	}
	k = &st->mark[i];
	if (((k->flags & bit) != 0) == (on != 0))
		return 0;
	if (on)
		k->flags |= bit;
	else
		k->flags &= (unsigned char)~bit;
	if (bit == ST_TAG)
		st->ntagged += on ? 1 : (size_t)-1;
	st->dirty = 1;
	if (k->flags == 0 && k->base == 0)
		drop(st, i);
	return 1;
}

int
state_is_tagged(const struct state *st, uint64_t id)
{
	return get(st, id, ST_TAG);
}

int
state_is_read(const struct state *st, uint64_t id)
{
	return get(st, id, ST_READ);
}

int
state_set_tag(struct state *st, uint64_t id, int on)
{
	return set(st, id, ST_TAG, on);
}

int
state_set_read(struct state *st, uint64_t id, int on)
{
	return set(st, id, ST_READ, on);
}

size_t
state_ntagged(const struct state *st)
{
	return st->ntagged;
}

size_t
state_untag_all(struct state *st)
{
	size_t i, n = st->ntagged;

	for (i = 0; i < st->n; i++)
		st->mark[i].flags &= (unsigned char)~ST_TAG;
	drop_dead(st);
	st->ntagged = 0;
	if (n > 0)
		st->dirty = 1;
	return n;
}

const char *
state_path(const struct state *st)
{
	return st->path;
}

const char *
state_dir(const struct state *st)
{
	return st->dir;
}

/* $XDG_STATE_HOME/gisa, else $HOME/.local/state/gisa (an XDG variable
 * that is not an absolute path is ignored, as the specification says). */
static char *
default_dir(void)
{
	const char *x = getenv("XDG_STATE_HOME"), *home = getenv("HOME");

	if (x != NULL && x[0] == '/')
		return xasprintf("%s/gisa", x);
	if (home == NULL || home[0] == '\0') {
		struct passwd *pw = getpwuid(getuid());

		home = pw != NULL && pw->pw_dir != NULL ? pw->pw_dir : "/";
	}
	return xasprintf("%s/.local/state/gisa", home);
}

/* s[0..n) without the blanks and CR at its end. */
static size_t
trim_end(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	return n;
}

/* One line without its newline: "t ID" or "r ID".  Returns the flag it
 * sets in *id, or 0 when the line is damaged. */
static unsigned char
parse_line(const char *s, size_t n, uint64_t *out)
{
	n = trim_end(s, n);
	if (n != 18 || (s[0] != 't' && s[0] != 'r') || s[1] != ' '
	    || hex_decode(s + 2, 16, 1, out) != 0)
		return 0;
	return s[0] == 't' ? ST_TAG : ST_READ;
}

int
state_read_file(const char *path, size_t max, struct buf *b, char **why)
{
	struct stat sb;
	char chunk[4096];
	ssize_t n;
	int fd;

	if (stat(path, &sb) != 0) {
		if (errno == ENOENT)
			return 1;
		*why = xstrdup(strerror(errno));
		return -1;
	}
	if (!S_ISREG(sb.st_mode)) {
		/* never open it: a FIFO would block, /dev/zero has no end */
		*why = xstrdup("not a regular file");
		return -1;
	}
	if ((uintmax_t)sb.st_size > max) {
		*why = xasprintf("larger than %zu MiB, not read", max >> 20);
		return -1;
	}
	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		*why = xstrdup(strerror(errno));
		return -1;
	}
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		/* replaced between the stat and the open */
		*why = xstrdup("not a regular file");
		close(fd);
		return -1;
	}
	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			*why = xstrdup(strerror(errno));
			close(fd);
			return -1;
		}
		buf_add(b, chunk, (size_t)n);
		if (b->len > max) {
			*why = xasprintf("larger than %zu MiB, not read", max >> 20);
			close(fd);
			return -1;
		}
	}
	close(fd);
	return 0;
}

/* Whether b starts with the header line (CR and trailing blanks allowed);
 * *body gets where the lines after it start. */
static int
has_header(const struct buf *b, const char **body)
{
	size_t hl = strlen(HEADER) - 1;	/* without its newline */
	const char *nl;

	if (b->len < hl || memcmp(b->s, HEADER, hl) != 0)
		return 0;
	nl = memchr(b->s, '\n', b->len);
	if (trim_end(b->s, nl != NULL ? (size_t)(nl - b->s) : b->len) != hl)
		return 0;
	*body = nl != NULL ? nl + 1 : b->s + b->len;
	return 1;
}

/* Call fn for every good line of a file's text after its header; returns
 * the number of damaged lines, the first one's number in *first_bad. */
static size_t
each_line(const struct buf *b, const char *p, size_t *first_bad,
	  void (*fn)(void *ctx, uint64_t id, unsigned char bit), void *ctx)
{
	const char *end;
	size_t line = 1, bad = 0;

	for (; p < b->s + b->len; p = end + 1) {
		uint64_t id;
		unsigned char bit;

		line++;
		end = memchr(p, '\n', (size_t)(b->s + b->len - p));
		if (end == NULL)
			end = b->s + b->len;	/* a last line without newline */
		if (trim_end(p, (size_t)(end - p)) == 0)
			continue;	/* a blank line, harmless */
		bit = parse_line(p, (size_t)(end - p), &id);
		if (bit == 0) {
			if (bad++ == 0)
				*first_bad = line;
			continue;
		}
		fn(ctx, id, bit);
	}
	return bad;
}

/* Rename a damaged file out of the way; the new name, or NULL. */
static char *
set_aside(const char *path)
{
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	struct stat sb;
	char *aside;
	int k;

	strftime(stamp, sizeof(stamp), "%Y%m%d-%H%M%S", localtime_r(&now, &tm));
	aside = xasprintf("%s.damaged-%s", path, stamp);
	for (k = 2; lstat(aside, &sb) == 0 && k < 1000; k++) {
		free(aside);
		aside = xasprintf("%s.damaged-%s-%d", path, stamp, k);
	}
	if (rename(path, aside) != 0) {
		free(aside);
		return NULL;
	}
	return aside;
}

static void
load_one(void *ctx, uint64_t id, unsigned char bit)
{
	set(ctx, id, bit, 1);
}

/* Every mark's base is what it holds now: in step with the file. */
static void
synced(struct state *st)
{
	size_t i;

	for (i = 0; i < st->n; i++)
		st->mark[i].base = st->mark[i].flags;
	drop_dead(st);
	st->dirty = 0;
}

static void
load(struct state *st, char **warn)
{
	struct buf b = BUF_INIT;
	char *aside, *why = NULL;
	const char *body;
	size_t bad = 0, first = 0;
	int rc = state_read_file(st->path, STATE_MAX_SIZE, &b, &why);

	if (rc == 1) {
		buf_free(&b);
		return;
	}
	if (rc < 0) {
		*warn = xasprintf("%s: %s (tags and read marks will not be saved)",
		    st->path, why);
		st->readonly = 1;
		free(why);
		buf_free(&b);
		return;
	}
	if (!has_header(&b, &body)) {
		why = xstrdup("not a gisa state file (bad first line)");
	} else {
		bad = each_line(&b, body, &first, load_one, st);
		if (bad > 0)
			why = xasprintf("line %zu is damaged", first);
	}
	synced(st);
	if (why != NULL) {
		aside = set_aside(st->path);
		if (aside == NULL) {
			*warn = xasprintf("%s: %s, and it could not be set aside: %s "
			    "(tags and read marks will not be saved)", st->path, why, strerror(errno));
			st->readonly = 1;
		} else {
			*warn = xasprintf("%s: %s%s; kept as %s, %zu tag%s recovered",
			    st->path, why, bad > 1 ? " (and more)" : "", aside,
			    st->ntagged, st->ntagged == 1 ? "" : "s");
			/* the file is gone: everything is to be written back */
			{
				size_t i;

				for (i = 0; i < st->n; i++)
					st->mark[i].base = 0;
			}
			st->dirty = 1;
		}
		free(why);
		free(aside);
	}
	buf_free(&b);
}

struct state *
state_open(const char *dir, char **warn)
{
	struct state *st = xcalloc(1, sizeof(*st));

	*warn = NULL;
	st->dir = dir != NULL ? xstrdup(dir) : default_dir();
	st->path = xasprintf("%s/state", st->dir);
	load(st, warn);
	return st;
}

void
state_free(struct state *st)
{
	if (st == NULL)
		return;
	hash_free(&st->ids);
	free(st->mark);
	free(st->dir);
	free(st->path);
	free(st);
}

int
state_make_dirs(const char *dir)
{
	char *p = xstrdup(dir), *s;
	int rc = 0;

	for (s = p + 1; rc == 0; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		{
			char c = *s;

			*s = '\0';
			if (mkdir(p, 0700) != 0 && errno != EEXIST)
				rc = -1;
			*s = c;
			if (c == '\0')
				break;
		}
	}
	free(p);
	return rc;
}

static int
id_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

/* Lines for every id with bit, in id order (the file diffs well). */
static void
add_lines(struct buf *b, const struct state *st, unsigned char bit, char letter)
{
	uint64_t *ids = xmalloc((st->n ? st->n : 1) * sizeof(*ids));
	size_t i, n = 0;

	for (i = 0; i < st->n; i++)
		if (st->mark[i].flags & bit)
			ids[n++] = st->mark[i].id;
	qsort(ids, n, sizeof(*ids), id_cmp);
	for (i = 0; i < n; i++)
		buf_printf(b, "%c %016llx\n", letter, (unsigned long long)ids[i]);
	free(ids);
}

/* One mark of the file as it is on disk now, for the merge. */
static void
disk_one(void *ctx, uint64_t id, unsigned char bit)
{
	set(ctx, id, bit, 1);
}

/* Apply this session's changes (flags != base) of st to d, then make d's
 * marks st's own: what other sessions saved meanwhile shows up here. */
static void
merge_into(struct state *st, struct state *d)
{
	size_t i;

	for (i = 0; i < st->n; i++) {
		const struct mark *k = &st->mark[i];
		unsigned char bit;

		for (bit = ST_TAG; bit <= ST_READ; bit <<= 1)
			if ((k->flags & bit) != (k->base & bit))
				set(d, k->id, bit, (k->flags & bit) != 0);
	}
	hash_free(&st->ids);
	free(st->mark);
	st->ids = d->ids;
	st->mark = d->mark;
	st->n = d->n;
	st->cap = d->cap;
	st->ntagged = d->ntagged;
	memset(&d->ids, 0, sizeof(d->ids));
	d->mark = NULL;
}

int
state_lock(const char *dir)
{
	char *path = xasprintf("%s/state.lock", dir);
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);

	free(path);
	if (fd < 0)
		return -1;
	while (flock(fd, LOCK_EX) != 0) {
		if (errno != EINTR) {
			int e = errno;

			close(fd);
			errno = e;
			return -1;
		}
	}
	return fd;
}

int
state_save(struct state *st, char **err)
{
	struct buf b = BUF_INIT, file = BUF_INIT;
	struct state d;
	const char *body;
	char *why = NULL;
	int rc, lock;

	if (!st->dirty)
		return 0;
	if (st->readonly) {
		*err = xasprintf("%s: not saved, the file there could not be read", st->path);
		return -1;
	}
	if (state_make_dirs(st->dir) != 0) {
		*err = xasprintf("%s: cannot make the directory: %s", st->dir, strerror(errno));
		return -1;
	}
	if ((lock = state_lock(st->dir)) < 0) {
		*err = xasprintf("%s/state.lock: cannot lock: %s", st->dir, strerror(errno));
		return -1;
	}
	/* what other sessions saved since we read the file */
	memset(&d, 0, sizeof(d));	/* an empty state */
	rc = state_read_file(st->path, STATE_MAX_SIZE, &file, &why);
	if (rc < 0) {
		*err = xasprintf("%s: not saved, the file there could not be read again: %s",
		    st->path, why);
		free(why);
		buf_free(&file);
		close(lock);
		return -1;
	}
	if (rc == 0 && has_header(&file, &body)) {
		size_t first;

		/* damaged lines were reported at start; a file that is not
		 * ours any more is replaced by ours, as before */
		(void)each_line(&file, body, &first, disk_one, &d);
	}
	buf_free(&file);
	merge_into(st, &d);
	buf_adds(&b, HEADER);
	add_lines(&b, st, ST_TAG, 't');
	add_lines(&b, st, ST_READ, 'r');
	rc = atomic_save(st->path, 1, b.s, b.len, err);
	buf_free(&b);
	if (rc == 0)
		synced(st);
	else
		st->dirty = 1;
	close(lock);	/* and with it the lock */
	return rc;
}
