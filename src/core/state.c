/*
 * state.c — tags and read marks by article id, in a small text file.
 *
 * The file:
 *
 *	gisa-state 1
 *	t 0123456789abcdef	(tagged)
 *	r 0123456789abcdef	(read)
 *
 * In memory: an open-addressing hash set of ids, each slot with a flags
 * byte (tagged, read).  A cleared id keeps its slot with no flags, so no
 * tombstones are needed; growing drops such slots.
 */
#include "state.h"

#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "atomic.h"
#include "util.h"

#define ST_USED	0x80
#define ST_TAG	0x01
#define ST_READ	0x02

#define HEADER "gisa-state 1\n"

struct slot {
	uint64_t id;
	unsigned char flags;
};

struct state {
	struct slot *slot;
	size_t mask;		/* capacity - 1 (a power of two) */
	size_t used;		/* slots with ST_USED */
	size_t ntagged;
	int dirty;
	int readonly;		/* the file could not be read: never replace it */
	char *dir;
	char *path;
};

static size_t
slot_of(const struct state *st, uint64_t id)
{
	size_t h = (size_t)util_hash64(&id, sizeof(id), 0) & st->mask;

	while ((st->slot[h].flags & ST_USED) && st->slot[h].id != id)
		h = (h + 1) & st->mask;
	return h;
}

static void
grow(struct state *st)
{
	struct slot *old = st->slot;
	size_t i, oldcap = st->mask + 1;

	st->mask = oldcap * 2 - 1;
	st->slot = xcalloc(st->mask + 1, sizeof(*st->slot));
	st->used = 0;
	for (i = 0; i < oldcap; i++) {
		if ((old[i].flags & ~ST_USED) == 0)
			continue;
		st->slot[slot_of(st, old[i].id)] = old[i];
		st->used++;
	}
	free(old);
}

static int
get(const struct state *st, uint64_t id, unsigned char bit)
{
	return (st->slot[slot_of(st, id)].flags & bit) != 0;
}

static int
set(struct state *st, uint64_t id, unsigned char bit, int on)
{
	size_t h = slot_of(st, id);
	struct slot *s = &st->slot[h];

	if (((s->flags & bit) != 0) == (on != 0))
		return 0;
	if (!(s->flags & ST_USED)) {
		if ((st->used + 1) * 2 > st->mask + 1) {
			grow(st);
			return set(st, id, bit, on);
		}
		s->id = id;
		s->flags = ST_USED;
		st->used++;
	}
	if (on)
		s->flags |= bit;
	else
		s->flags &= (unsigned char)~bit;
	if (bit == ST_TAG)
		st->ntagged += on ? 1 : (size_t)-1;
	st->dirty = 1;
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

	for (i = 0; i <= st->mask; i++)
		st->slot[i].flags &= (unsigned char)~ST_TAG;
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

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* One line without its newline: "t ID" or "r ID".  0 or -1. */
static int
parse_line(struct state *st, const char *s, size_t n)
{
	uint64_t id = 0;
	size_t i;

	if (n != 18 || (s[0] != 't' && s[0] != 'r') || s[1] != ' ')
		return -1;
	for (i = 2; i < 18; i++) {
		int v = hexval((unsigned char)s[i]);

		if (v < 0)
			return -1;
		id = id << 4 | (uint64_t)v;
	}
	set(st, id, s[0] == 't' ? ST_TAG : ST_READ, 1);
	return 0;
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
load(struct state *st, char **warn)
{
	FILE *f = fopen(st->path, "r");
	struct buf b = BUF_INIT;
	char chunk[4096], *aside;
	const char *p, *end, *why = NULL;
	size_t n, line = 1, bad = 0;

	if (f == NULL) {
		if (errno != ENOENT) {
			*warn = xasprintf("%s: %s (tags and read marks will not be saved)",
			    st->path, strerror(errno));
			st->readonly = 1;
		}
		return;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&b, chunk, n);
	if (ferror(f)) {
		*warn = xasprintf("%s: %s (tags and read marks will not be saved)",
		    st->path, strerror(errno));
		st->readonly = 1;
		fclose(f);
		buf_free(&b);
		return;
	}
	fclose(f);
	if (b.len < strlen(HEADER) || memcmp(b.s, HEADER, strlen(HEADER)) != 0) {
		why = "not a gisa state file (bad first line)";
	} else {
		for (p = b.s + strlen(HEADER); p < b.s + b.len; p = end + 1) {
			line++;
			end = memchr(p, '\n', (size_t)(b.s + b.len - p));
			if (end == NULL)
				end = b.s + b.len;	/* a last line without newline */
			if (parse_line(st, p, (size_t)(end - p)) != 0 && bad++ == 0)
				why = xasprintf("line %zu is damaged", line);
		}
	}
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
			st->dirty = 1;	/* write the good part back */
		}
		if (bad > 0)
			free((char *)why);
		free(aside);
	} else {
		st->dirty = 0;
	}
	buf_free(&b);
}

struct state *
state_open(const char *dir, char **warn)
{
	struct state *st = xcalloc(1, sizeof(*st));

	*warn = NULL;
	st->mask = 63;
	st->slot = xcalloc(st->mask + 1, sizeof(*st->slot));
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
	free(st->slot);
	free(st->dir);
	free(st->path);
	free(st);
}

/* mkdir -p dir, the directories made private (0700). */
static int
make_dirs(const char *dir)
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
	uint64_t *ids = xmalloc((st->used ? st->used : 1) * sizeof(*ids));
	size_t i, n = 0;

	for (i = 0; i <= st->mask; i++)
		if (st->slot[i].flags & bit)
			ids[n++] = st->slot[i].id;
	qsort(ids, n, sizeof(*ids), id_cmp);
	for (i = 0; i < n; i++)
		buf_printf(b, "%c %016llx\n", letter, (unsigned long long)ids[i]);
	free(ids);
}

int
state_save(struct state *st, char **err)
{
	struct buf b = BUF_INIT;
	int rc;

	if (!st->dirty)
		return 0;
	if (st->readonly) {
		*err = xasprintf("%s: not saved, the file there could not be read", st->path);
		return -1;
	}
	if (make_dirs(st->dir) != 0) {
		*err = xasprintf("%s: cannot make the directory: %s", st->dir, strerror(errno));
		return -1;
	}
	buf_adds(&b, HEADER);
	add_lines(&b, st, ST_TAG, 't');
	add_lines(&b, st, ST_READ, 'r');
	rc = atomic_save(st->path, 1, b.s, b.len, err);
	buf_free(&b);
	if (rc == 0)
		st->dirty = 0;
	return rc;
}
