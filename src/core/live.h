/*
 * live.h — the list while the corpus loads, as less shows a file while it
 * reads it.  The loader publishes what it has (struct live): the
 * articles of the files read so far, by file; the browser keeps its own
 * rows over them (struct live_view): the loaded articles of the finished
 * prefix of the files, in input order, so row r is row r of the list the
 * browser opens with when the load ends.  The view moves among the rows
 * and keeps every other key it is given, in order, to be acted on when
 * the corpus is whole (type-ahead, as less and mutt keep it).
 * No curses (tests/unit/test_live.c).
 */
#ifndef GISA_LIVE_H
#define GISA_LIVE_H

#include <pthread.h>
#include <stddef.h>

#include "keymap.h"
#include "model.h"
#include "scroll.h"

/* What the loader has read.  a and ok change only under lock (the loader
 * packing its articles into the model); ready only grows, atomically. */
struct live {
	pthread_mutex_t lock;
	const struct article *a;	/* an article per file (or NULL) */
	const unsigned char *ok;	/* which files gave one; NULL: all did */
	size_t ready;			/* a[0..ready) are final */
	unsigned long gen;		/* moves when a or ok is replaced */
};

void live_init(struct live *l);
void live_destroy(struct live *l);
void live_lock(struct live *l);
void live_unlock(struct live *l);
/* The loader, holding the lock: the articles are now a[0..ready), ok as
 * in struct live. */
void live_set(struct live *l, const struct article *a, const unsigned char *ok,
	      size_t ready);
/* The loader, holding the lock: the articles were put in another order. */
void live_moved(struct live *l);
/* The loader: a[0..ready) are final (any thread, without the lock). */
void live_ready(struct live *l, size_t ready);

/* A key the view was given and kept (a get_wch() answer). */
struct live_key {
	unsigned int ch;
	int fkey;		/* a function key (KEY_CODE_YES) */
};

/* The browser's rows over a struct live, its cursor and kept keys. */
struct live_view {
	size_t nrows;
	size_t *rows, rcap;	/* index into a of each row, while l->ok is set
				 * (after, row r is a[r]) */
	size_t files;		/* files of a looked at */
	unsigned long gen;	/* the live's gen the rows are for */
	struct scroll sc;	/* sc.sel is the current row */
	int ymin, ymax;		/* years of the dated rows (0 0: none yet) */
	size_t outlet_w;	/* display width of the widest outlet */
	struct live_key *keys;
	size_t nkeys, kcap;
	struct keycount count;	/* typed before a movement */
	char digits[8];		/* its digits, kept with a key that is none */
	size_t ndigits;
};

void live_view_init(struct live_view *v);
void live_view_free(struct live_view *v);
/* Take in what the loader published since the last call (the caller
 * holds l's lock). */
void live_view_sync(struct live_view *v, const struct live *l);
/* The article of row r < v->nrows (the caller holds l's lock, synced). */
const struct article *live_view_article(const struct live_view *v, const struct live *l,
					size_t r);
/* 1 when the rows' dates fall in more than one year. */
int live_view_spans_years(const struct live_view *v);

/* What the view does with key (a keymap key: a character, or KEYS_WIDE
 * of one, or a KS_ code), bound to req, got as (ch, fkey), over h rows:
 * LIVE_MOVED (a digit of a count, or a movement, done as many times as
 * the count says), LIVE_QUIT (back or quit: quit at once, kept keys or
 * not), else LIVE_KEPT (kept for the whole corpus, with the count typed
 * before it; once a key is kept, every later one is, movements too, so
 * the order holds).  LIVE_FULL when the queue is full (LIVE_MAX_KEYS):
 * the key is dropped. */
enum live_answer { LIVE_MOVED, LIVE_QUIT, LIVE_KEPT, LIVE_FULL };
#define LIVE_MAX_KEYS 4096
enum live_answer live_view_key(struct live_view *v, int key, enum request req, unsigned int ch,
			       int fkey, int h);

#endif
