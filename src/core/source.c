/*
 * source.c — read files and directories, detect the encoding, convert to
 * UTF-8, strip controls and escape sequences, normalise to NFC.
 *
 * Detection order: a byte-order mark (UTF-8, UTF-16LE/BE, decoded here so
 * a lone surrogate costs one U+FFFD and nothing after it); valid UTF-8;
 * strict CP949 (which covers EUC-KR) through iconv; else line by line,
 * each line UTF-8, CP949, or the lossy reading that replaces fewer bytes.
 *
 * The walk reads every real file once, however many links or paths reach
 * it: files and directories are remembered by device and inode.
 */
#include "source.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <uninorm.h>
#include <unistr.h>

#include "hash.h"

/* ---------- walking paths ---------- */

/* A set of (device, inode), each with a value: an array behind the
 * core hash table. */
struct fileid {
	dev_t dev;
	ino_t ino;
	size_t file;	/* in walk.seen: the index in walk.files */
};

struct idset {
	struct hash h;	/* hash of (dev, ino) → index in v */
	struct fileid *v;
	size_t n, cap;
};

struct walk {
	char **files;
	size_t n, cap;
	struct idset dirs;	/* directories walked (from stat) */
	struct idset seen;	/* files listed (from stat, or readdir's d_ino) */
	struct dirid { dev_t dev; ino_t ino; } *stack;
	size_t depth, stack_cap;
	source_warn_fn warn;
	void *ctx;
};

static uint64_t
idset_key(dev_t dev, ino_t ino)
{
	return util_hash64(&ino, sizeof(ino), (uint64_t)dev);
}

/* The entry of (dev, ino) in set, or NULL. */
static const struct fileid *
idset_find(const struct idset *set, dev_t dev, ino_t ino)
{
	struct hash_iter it;
	uint32_t i;

	for (i = hash_first(&set->h, idset_key(dev, ino), &it); i != HASH_NONE;
	    i = hash_next(&set->h, &it))
		if (set->v[i].dev == dev && set->v[i].ino == ino)
			return &set->v[i];
	return NULL;
}

static void
idset_put(struct idset *set, dev_t dev, ino_t ino, size_t file)
{
	set->v = xgrow(set->v, &set->cap, set->n + 1, sizeof(*set->v));
	set->v[set->n].dev = dev;
	set->v[set->n].ino = ino;
	set->v[set->n].file = file;
	hash_add(&set->h, idset_key(dev, ino), (uint32_t)set->n++);
}

static void
idset_free(struct idset *set)
{
	hash_free(&set->h);
	free(set->v);
}

/* Whether a and b are one file (stat agrees; a failed stat says no). */
static int
same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	return stat(a, &sa) == 0 && stat(b, &sb) == 0
	    && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static void
walk_add(struct walk *w, char *path)
{
	w->files = xgrow(w->files, &w->cap, w->n + 1, sizeof(*w->files));
	w->files[w->n++] = path;
}

/* List the regular file path (dev, ino) unless it is listed already.  The
 * inode may come from readdir (d_ino, no stat), which some filesystems
 * (overlayfs) do not keep unique: a match is confirmed with stat, so a
 * file is never dropped for sharing a number with another. */
static void
walk_file(struct walk *w, char *path, dev_t dev, ino_t ino)
{
	const struct fileid *f = idset_find(&w->seen, dev, ino);

	if (f != NULL) {
		if (same_file(w->files[f->file], path)) {
			free(path);	/* another link to a file listed */
			return;
		}
	} else {
		idset_put(&w->seen, dev, ino, w->n);
	}
	walk_add(w, path);
}

/* An entry as walk_dir keeps it: a type byte ('f' when readdir knows it
 * is a regular file, which then needs no stat; '?' otherwise), then the
 * name; and its inode. */
struct entry {
	char *name;
	ino_t ino;
};

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->name + 1, ((const struct entry *)b)->name + 1);
}

static void walk_path(struct walk *w, const char *path, int top);

static void
walk_dir(struct walk *w, const char *path, const struct stat *st)
{
	DIR *d;
	struct dirent *e;
	struct entry *names = NULL;
	size_t n = 0, cap = 0, i;

	d = opendir(path);
	if (d == NULL) {
		w->warn(w->ctx, path, strerror(errno));
		return;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;	/* hidden files, . and .. */
		names = xgrow(names, &cap, n + 1, sizeof(*names));
#ifdef DT_REG
		names[n].name = xasprintf("%c%s", e->d_type == DT_REG ? 'f' : '?', e->d_name);
#else
		names[n].name = xasprintf("?%s", e->d_name);
#endif
		names[n++].ino = e->d_ino;
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof(*names), cmp_names);

	w->stack = xgrow(w->stack, &w->stack_cap, w->depth + 1, sizeof(*w->stack));
	w->stack[w->depth].dev = st->st_dev;
	w->stack[w->depth].ino = st->st_ino;
	w->depth++;
	for (i = 0; i < n; i++) {
		size_t pl = strlen(path);
		char *child = pl > 0 && path[pl - 1] == '/'
		    ? xasprintf("%s%s", path, names[i].name + 1)
		    : xasprintf("%s/%s", path, names[i].name + 1);

		if (names[i].name[0] == 'f') {
			/* its inode, on the directory's device: no stat */
			walk_file(w, child, st->st_dev, names[i].ino);
		} else {
			walk_path(w, child, 0);
			free(child);
		}
		free(names[i].name);
	}
	w->depth--;
	free(names);
}

static void
walk_path(struct walk *w, const char *path, int top)
{
	struct stat st;

	if (top && strcmp(path, "-") == 0) {
		walk_add(w, xstrdup(path));
		return;
	}
	if (stat(path, &st) != 0) {
		w->warn(w->ctx, path, errno == ELOOP ? "symbolic link loop, skipped"
		    : strerror(errno));
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		size_t i;

		for (i = 0; i < w->depth; i++) {
			if (w->stack[i].dev == st.st_dev && w->stack[i].ino == st.st_ino) {
				w->warn(w->ctx, path, "symbolic link loop, skipped");
				return;
			}
		}
		/* reached before by another link: its files are in already */
		if (idset_find(&w->dirs, st.st_dev, st.st_ino) != NULL)
			return;
		idset_put(&w->dirs, st.st_dev, st.st_ino, 0);
		walk_dir(w, path, &st);
	} else if (S_ISREG(st.st_mode)) {
		walk_file(w, xstrdup(path), st.st_dev, st.st_ino);
	} else if (top) {
		walk_add(w, xstrdup(path));	/* a device or FIFO named: read, bounded */
	} else {
		w->warn(w->ctx, path, "not a regular file, skipped");
	}
}

size_t
source_expand(char *const *paths, size_t n, char ***out,
	      source_warn_fn warn, void *ctx)
{
	return source_expand_counted(paths, n, out, NULL, warn, ctx);
}

size_t
source_expand_counted(char *const *paths, size_t n, char ***out, size_t *counts,
		      source_warn_fn warn, void *ctx)
{
	struct walk w;
	size_t i;

	memset(&w, 0, sizeof(w));
	w.warn = warn;
	w.ctx = ctx;
	for (i = 0; i < n; i++) {
		size_t before = w.n;
		struct stat st;

		walk_path(&w, paths[i], 1);
		if (counts != NULL)
			counts[i] = w.n - before;
		/* an empty folder is said, not passed over in silence */
		if (w.n == before && strcmp(paths[i], "-") != 0 && stat(paths[i], &st) == 0
		    && S_ISDIR(st.st_mode))
			warn(ctx, paths[i], "no pages found in this directory (hidden files are skipped)");
	}
	free(w.stack);
	idset_free(&w.dirs);
	idset_free(&w.seen);
	*out = w.files;
	return w.n;
}

void
source_paths_free(char **paths, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
}

int
source_read(const char *path, struct buf *bytes, char **err)
{
	return source_read_max(path, bytes, SIZE_MAX, err);
}

/* "8 MiB", "512 KiB", "1000 bytes": n as a message shows it, malloc'd. */
static char *
source_size_text(size_t n)
{
	if (n >= (1u << 30) && n % (1u << 30) == 0)
		return xasprintf("%zu GiB", n >> 30);
	if (n >= (1u << 20) && n % (1u << 20) == 0)
		return xasprintf("%zu MiB", n >> 20);
	if (n >= (1u << 10) && n % (1u << 10) == 0)
		return xasprintf("%zu KiB", n >> 10);
	return xasprintf("%zu bytes", n);
}

static char *
too_big(size_t max)
{
	char *size = source_size_text(max), *msg;

	msg = xasprintf("larger than the maximum page size of %s (--max-page-size), skipped", size);
	free(size);
	return msg;
}

int
source_read_max(const char *path, struct buf *bytes, size_t max, char **err)
{
	int fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY | O_CLOEXEC);
	size_t start = bytes->len;
	struct stat st;

	if (fd < 0) {
		*err = xstrdup(strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		*err = xstrdup("is a directory");
		close(fd);
		return -1;
	}
	if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > max) {
		/* said before a byte is read */
		*err = too_big(max);
		if (fd != 0)
			close(fd);
		return -1;
	}
	if (fd != 0 && S_ISREG(st.st_mode))
		buf_grow(bytes, (size_t)st.st_size);
	for (;;) {
		ssize_t r;
		size_t room;

		buf_grow(bytes, 65536);
		room = bytes->cap - bytes->len - 1;
		/* a device, a pipe or a file still growing: never past max */
		if (max != SIZE_MAX && room > max - (bytes->len - start) + 1)
			room = max - (bytes->len - start) + 1;
		r = read(fd, bytes->s + bytes->len, room);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			*err = xstrdup(strerror(errno));
			if (fd != 0)
				close(fd);
			return -1;
		}
		if (r == 0)
			break;
		bytes->len += (size_t)r;
		bytes->s[bytes->len] = '\0';
		if (bytes->len - start > max) {
			*err = too_big(max);
			buf_truncate(bytes, start);
			if (fd != 0)
				close(fd);
			return -1;
		}
	}
	if (fd != 0)
		close(fd);
	return 0;
}

/* ---------- decoding ---------- */

/*
 * Converters to UTF-8, opened once per thread: iconv_open loads the
 * charset module each time and iconv_close unloads it (a mapping and an
 * unmapping, with TLB shootdowns, per page).  Closed when the thread
 * ends (the main thread's stay until exit).
 */
static const char *const cached_from[] = { "CP949" };
#define NCACHED (sizeof(cached_from) / sizeof(cached_from[0]))

struct converters {
	iconv_t cd[NCACHED];
};

static pthread_key_t converters_key;
static pthread_once_t converters_once = PTHREAD_ONCE_INIT;

static void
converters_free(void *p)
{
	struct converters *c = p;
	size_t i;

	for (i = 0; i < NCACHED; i++)
		if (c->cd[i] != (iconv_t)-1)
			iconv_close(c->cd[i]);
	free(c);
}

static void
converters_init(void)
{
	if (pthread_key_create(&converters_key, converters_free) != 0)
		fatal("cannot create a thread key");
}

/* A converter from `from` to UTF-8 in its initial state, or (iconv_t)-1. */
static iconv_t
converter(const char *from)
{
	struct converters *c;
	size_t i;

	pthread_once(&converters_once, converters_init);
	c = pthread_getspecific(converters_key);
	if (c == NULL) {
		c = xmalloc(sizeof(*c));
		for (i = 0; i < NCACHED; i++)
			c->cd[i] = (iconv_t)-1;
		pthread_setspecific(converters_key, c);
	}
	for (i = 0; i < NCACHED; i++)
		if (strcmp(cached_from[i], from) == 0)
			break;
	if (i == NCACHED)
		return (iconv_t)-1;
	if (c->cd[i] == (iconv_t)-1)
		c->cd[i] = iconv_open("UTF-8", from);
	else
		iconv(c->cd[i], NULL, NULL, NULL, NULL);	/* back to the initial state */
	return c->cd[i];
}

/* Convert with iconv; undecodable bytes become U+FFFD when lossy (counted
 * in *bad), or make the call fail when not.  Returns 0 or -1. */
static int
convert(const char *from, const char *in, size_t n, int lossy,
	struct buf *out, size_t *bad)
{
	iconv_t cd = converter(from);
	char *ip = (char *)in;
	size_t left = n;

	*bad = 0;
	if (cd == (iconv_t)-1)
		return -1;
	while (left > 0) {
		char *op;
		size_t room, r;

		buf_grow(out, left * 2 + 16);
		op = out->s + out->len;
		room = out->cap - out->len - 1;
		r = iconv(cd, &ip, &left, &op, &room);
		out->len = (size_t)(op - out->s);
		out->s[out->len] = '\0';
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG)
			continue;
		if (!lossy)
			return -1;
		/* EILSEQ or EINVAL (truncated at the end): skip one byte */
		buf_add_utf8(out, 0xFFFD);
		(*bad)++;
		ip++;
		left--;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	return 0;
}

/* Skip the rest of an escape sequence that began with ESC (or a C1
 * introducer given as intro); returns bytes consumed after the introducer. */
static size_t
skip_sequence(const char *s, size_t n, int intro)
{
	size_t i = 0;
	int c1 = intro != 0x1B;

	if (intro == 0x1B) {
		if (n == 0)
			return 0;
		switch (s[0]) {
		case '[': intro = 0x9B; i = 1; break;
		case ']': intro = 0x9D; i = 1; break;
		case 'P': case 'X': case '^': case '_': intro = 0x90; i = 1; break;
		default:
			/* ESC, intermediates 0x20-0x2F, then one final byte */
			while (i < n && s[i] >= 0x20 && s[i] <= 0x2F)
				i++;
			if (i < n && (unsigned char)s[i] >= 0x30 && s[i] <= 0x7E)
				i++;
			return i;
		}
	}
	if (intro == 0x9B) {	/* CSI: parameters, intermediates, final */
		while (i < n && (unsigned char)s[i] >= 0x20 && s[i] <= 0x3F)
			i++;
		while (i < n && (unsigned char)s[i] >= 0x20 && s[i] <= 0x2F)
			i++;
		if (i < n && (unsigned char)s[i] >= 0x40 && s[i] <= 0x7E)
			i++;
		return i;
	}
	if (intro == 0x9D || intro == 0x90 || intro == 0x98 || intro == 0x9E
	    || intro == 0x9F) {
		/* string: up to BEL, ESC \ or ST (U+009C); a newline ends a
		 * runaway one so the rest of the page survives.  A runaway C1
		 * introducer is mojibake far more often than a terminal's
		 * string (Windows-1252 leaves 0x90 and 0x9D undefined): it
		 * goes alone, and the text after it stays. */
		while (i < n) {
			if (s[i] == 0x07)
				return i + 1;
			if (s[i] == 0x1B && i + 1 < n && s[i + 1] == '\\')
				return i + 2;
			if ((unsigned char)s[i] == 0xC2 && i + 1 < n
			    && (unsigned char)s[i + 1] == 0x9C)
				return i + 2;
			if (s[i] == '\n')
				return c1 ? 0 : i;
			i++;
		}
		return c1 ? 0 : i;
	}
	return 0;
}

static int
nfc_stable(uint32_t u)
{
	return util_nfc_stable(u);
}

/* The ASCII bytes sanitize keeps as they are: printable, newline, tab. */
static const unsigned char text_byte[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0,	/* 00-0F */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 10-1F */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 20-2F */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 30-3F */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 40-4F */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 50-5F */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 60-6F */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,	/* 70-7F */
};

/* source_sanitize, also telling in *stable whether every character kept
 * is nfc_stable (then NFC would leave the text as it is), and in *valid
 * whether s[0..n) is all valid UTF-8 (what u8_check says), escape
 * sequences dropped included.  Kept bytes are copied in runs. */
static size_t
sanitize(const char *s, size_t n, struct buf *out, int *stable, int *valid)
{
	size_t i = 0, bad = 0, run = 0;	/* run: kept bytes before s[i] */
	int st = 1, ok = 1;

	buf_grow(out, n);
	while (i < n) {
		size_t from = i, skip;
		unsigned char c;
		uint32_t u = 0;
		int len = 0;

		/* runs of plain ASCII and of Hangul syllables (U+AC00-D7A3):
		 * kept, NFC-stable */
		for (;;) {
			size_t at = i;

			while (i < n && text_byte[(unsigned char)s[i]])
				i++;
			while (utf8_syllable(s + i, n - i, &u) != 0)
				i += 3;
			if (i == at)
				break;
		}
		run += i - from;
		if (i == n)
			break;
		c = (unsigned char)s[i];
		if (c >= 0x80) {
			len = utf8_decode(s + i, n - i, &u);
			if (len > 0 && u > 0x9F && !util_is_bidi_control(u)) {
				if (st && !nfc_stable(u))
					st = 0;
				run += (size_t)len;
				i += (size_t)len;
				continue;
			}
		}
		if (run > 0) {
			buf_add(out, s + i - run, run);
			run = 0;
		}
		if (c < 0x80) {
			i++;
			if (c == '\r') {
				buf_addc(out, '\n');
				if (i < n && s[i] == '\n')
					i++;
			} else if (c == 0x1B) {
				skip = skip_sequence(s + i, n - i, 0x1B);
				if (ok && u8_check((const uint8_t *)s + i, skip) != NULL)
					ok = 0;
				i += skip;
			}
			continue;	/* other C0 and DEL dropped */
		}
		if (len < 0) {
			buf_add_utf8(out, 0xFFFD);
			bad++;
			ok = 0;
			i++;
			continue;
		}
		i += (size_t)len;
		if (u >= 0x80 && u <= 0x9F) {
			skip = skip_sequence(s + i, n - i, (int)u);
			if (ok && u8_check((const uint8_t *)s + i, skip) != NULL)
				ok = 0;
			i += skip;
		}
		/* else a bidi control: dropped */
	}
	if (run > 0)
		buf_add(out, s + i - run, run);
	*stable = st;
	*valid = ok;
	return bad;
}

size_t
source_sanitize(const char *s, size_t n, struct buf *out)
{
	int stable, valid;

	return sanitize(s, n, out, &stable, &valid);
}


static int
is_jamo(uint32_t u)
{
	return u >= 0x1100 && u <= 0x11FF;
}

/* nfc_stable, less the tone marks U+302A-302F (combining class > 0,
 * which NFC may reorder): NFC never looks across such a character. */
static int
nfc_boundary(uint32_t u)
{
	return nfc_stable(u) && !(u >= 0x302A && u <= 0x302F);
}

/*
 * NFC of s[0..n) when its characters are all nfc_stable or conjoining
 * jamo (U+1100-11FF, decomposed Hangul as some sites send it): jamo have
 * combining class 0 and no decomposition, so NFC only composes a leading
 * consonant with the vowel right after it (L V -> LV), and an LV
 * syllable with the trailing consonant right after it (LV T -> LVT).
 * Returns 0, writing nothing, when another character is met.
 */
static int
nfc_hangul(const char *s, size_t n, struct buf *out)
{
	size_t i = 0, at = 0;	/* at: where the last character was written */
	uint32_t last = 0;

	while (i < n) {
		uint32_t u;
		int len = (unsigned char)s[i] < 0x80 ? 1 : utf8_decode(s + i, n - i, &u);

		if (len < 0 || (len > 1 && !nfc_boundary(u) && !is_jamo(u)))
			return 0;
		i += (size_t)len;
	}
	buf_grow(out, n);
	for (i = 0; i < n;) {
		uint32_t u;
		int len = utf8_decode(s + i, n - i, &u);

		if (u >= 0x1161 && u <= 0x1175 && last >= 0x1100 && last <= 0x1112) {
			last = 0xAC00 + ((last - 0x1100) * 21 + (u - 0x1161)) * 28;
			buf_truncate(out, at);
			buf_add_utf8(out, last);
		} else if (u >= 0x11A8 && u <= 0x11C2 && hangul_is_syllable(last)
		    && hangul_final(last) == 0) {
			last += u - 0x11A7;
			buf_truncate(out, at);
			buf_add_utf8(out, last);
		} else {
			last = u;
			at = out->len;
			buf_add(out, s + i, (size_t)len);
		}
		i += (size_t)len;
	}
	return 1;
}

/*
 * NFC of s[0..n) a piece at a time: a boundary character neither combines
 * with what precedes it nor lets marks move across it, so each run of
 * other characters is normalized with the boundary before it, and the
 * rest is copied.  Returns 0, writing nothing, on invalid UTF-8.
 */
static int
nfc_pieces(const char *s, size_t n, struct buf *out)
{
	size_t i = 0, done = 0, bound = 0, start = out->len;

	/* done: copied up to here; bound: the last boundary character */
	while (i < n) {
		uint32_t u;
		int len = utf8_decode(s + i, n - i, &u);
		size_t j, from, outlen = 0;
		uint8_t *r;

		if (len < 0)
			goto invalid;
		if (nfc_boundary(u)) {
			bound = i;
			i += (size_t)len;
			continue;
		}
		for (j = i + (size_t)len; j < n; j += (size_t)len) {
			if ((len = utf8_decode(s + j, n - j, &u)) < 0)
				goto invalid;
			if (nfc_boundary(u))
				break;
		}
		from = bound;	/* the character just before i, or i itself */
		buf_add(out, s + done, from - done);
		r = u8_normalize(UNINORM_NFC, (const uint8_t *)s + from, j - from, NULL, &outlen);
		if (r == NULL)
			goto invalid;
		buf_add(out, r, outlen);
		free(r);
		done = bound = i = j;
	}
	buf_add(out, s + done, n - done);
	return 1;
invalid:
	buf_truncate(out, start);
	return 0;
}

static void nfc_needed(const char *s, size_t n, struct buf *out);

void
source_nfc(const char *s, size_t n, struct buf *out)
{
	size_t i = 0;

	while (i < n) {
		uint32_t u;
		int len;

		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		len = utf8_decode(s + i, n - i, &u);
		if (len < 0 || !nfc_stable(u))
			break;
		i += (size_t)len;
	}
	if (i >= n) {
		buf_add(out, s, n);
		return;
	}
	nfc_needed(s, n, out);
}

/* source_nfc of a text known to hold a character outside nfc_stable. */
static void
nfc_needed(const char *s, size_t n, struct buf *out)
{
	size_t outlen = 0;
	uint8_t *r;

	if (nfc_hangul(s, n, out) || nfc_pieces(s, n, out))
		return;
	r = u8_normalize(UNINORM_NFC, (const uint8_t *)s, n, NULL, &outlen);
	if (r == NULL) {
		buf_add(out, s, n);	/* invalid input: keep it as it is */
		return;
	}
	buf_add(out, r, outlen);
	free(r);
}

/* UTF-16 (le: little-endian) to UTF-8, appended to out.  A lone
 * surrogate becomes U+FFFD and the next unit is read as what it is, so
 * one bad unit never shifts the rest of the page; so does an odd last
 * byte.  Returns how many units were replaced. */
static size_t
utf16_decode(const unsigned char *b, size_t n, int le, struct buf *out)
{
	size_t i, bad = 0;

	buf_grow(out, n + n / 2 + 4);
	for (i = 0; i + 1 < n; i += 2) {
		uint32_t u = le ? (uint32_t)b[i] | (uint32_t)b[i + 1] << 8
		    : (uint32_t)b[i] << 8 | b[i + 1];

		if (u >= 0xD800 && u <= 0xDBFF && i + 3 < n) {
			uint32_t lo = le ? (uint32_t)b[i + 2] | (uint32_t)b[i + 3] << 8
			    : (uint32_t)b[i + 2] << 8 | b[i + 3];

			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				buf_add_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
				i += 2;
				continue;
			}
		}
		if (u >= 0xD800 && u <= 0xDFFF) {
			u = 0xFFFD;
			bad++;
		}
		if (u < 0x80)
			buf_addc(out, (char)u);
		else
			buf_add_utf8(out, u);
	}
	if (i < n) {
		buf_add_utf8(out, 0xFFFD);
		bad++;
	}
	return bad;
}

/* Bytes of s[0..n) that are not part of valid UTF-8. */
static size_t
count_invalid_utf8(const char *s, size_t n)
{
	size_t i = 0, bad = 0;

	while (i < n) {
		uint32_t u;
		int len = (unsigned char)s[i] < 0x80 ? 1 : utf8_decode(s + i, n - i, &u);

		if (len < 0) {
			bad++;
			len = 1;
		}
		i += (size_t)len;
	}
	return bad;
}

/*
 * A page that is neither valid UTF-8 nor valid CP949 as a whole, one line
 * at a time: a scraper that appended pages, or a template in UTF-8 around
 * a CP949 body, mixes both.  Each line is taken as UTF-8 when it is valid
 * UTF-8, else as strict CP949, else in whichever lossy reading replaces
 * fewer bytes (a line kept as UTF-8 has its bad bytes replaced and
 * counted by sanitize later).  Appends to out, not yet sanitised; *enc
 * names the encodings met.  Returns the bytes CP949 replaced.
 */
static size_t
decode_lines(const char *s, size_t n, struct buf *out, const char **enc)
{
	struct buf line = BUF_INIT;
	size_t i = 0, bad = 0;
	int utf8 = 0, cp949 = 0;

	while (i < n) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t len = nl != NULL ? (size_t)(nl - (s + i)) + 1 : n - i, lost;

		buf_reset(&line);
		if (u8_check((const uint8_t *)s + i, len) == NULL) {
			buf_add(out, s + i, len);
			utf8 = 1;
		} else if (convert("CP949", s + i, len, 0, &line, &lost) == 0) {
			buf_add(out, line.s != NULL ? line.s : "", line.len);
			cp949 = 1;
		} else {
			buf_reset(&line);
			convert("CP949", s + i, len, 1, &line, &lost);
			if (count_invalid_utf8(s + i, len) <= lost) {
				buf_add(out, s + i, len);
				utf8 = 1;
			} else {
				buf_add(out, line.s != NULL ? line.s : "", line.len);
				bad += lost;
				cp949 = 1;
			}
		}
		i += len;
	}
	buf_free(&line);
	*enc = utf8 && cp949 ? "UTF-8+CP949" : cp949 ? "CP949" : "UTF-8";
	return bad;
}

static int
has_nul(const char *s, size_t n)
{
	return memchr(s, '\0', n) != NULL;
}

int
source_decode(const char *bytes, size_t n, struct source_text *out,
	      char **err)
{
	struct buf utf8 = BUF_INIT, clean = BUF_INIT, nfc = BUF_INIT;
	const unsigned char *b = (const unsigned char *)bytes;
	size_t bad = 0;
	int stable, valid;

	memset(out, 0, sizeof(*out));
	if (n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
		int le = b[0] == 0xFF;

		bad = utf16_decode(b + 2, n - 2, le, &utf8);
		out->encoding = le ? "UTF-16LE" : "UTF-16BE";
		bad += sanitize(utf8.s ? utf8.s : "", utf8.len, &clean, &stable, &valid);
		buf_free(&utf8);
	} else {
		if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
			bytes += 3;
			n -= 3;
		}
		if (has_nul(bytes, n)) {
			*err = xstrdup("binary data (NUL bytes), not a text page");
			return -1;
		}
		/* read as UTF-8 first, straight from the page: that pass also
		 * tells whether the page is valid UTF-8 */
		sanitize(bytes, n, &clean, &stable, &valid);
		if (valid) {
			out->encoding = "UTF-8";
		} else {
			if (convert("CP949", bytes, n, 0, &utf8, &bad) == 0) {
				out->encoding = "CP949";
			} else {
				buf_reset(&utf8);
				bad = decode_lines(bytes, n, &utf8, &out->encoding);
			}
			buf_reset(&clean);
			bad += sanitize(utf8.s ? utf8.s : "", utf8.len, &clean, &stable, &valid);
			buf_free(&utf8);
		}
	}
	if (stable) {
		/* the common case: NFC would copy it unchanged */
		out->text = buf_detach(&clean, &out->len);
	} else {
		nfc_needed(clean.s ? clean.s : "", clean.len, &nfc);
		buf_free(&clean);
		out->text = buf_detach(&nfc, &out->len);
	}
	out->replaced = bad;
	return 0;
}

void
source_text_free(struct source_text *t)
{
	free(t->text);
	memset(t, 0, sizeof(*t));
}
