/*
 * live.c — the list while the corpus loads: what the loader published
 * (struct live) and the browser's rows, cursor and kept keys over it
 * (struct live_view).
 */
#include <stdlib.h>
#include <string.h>

#include "live.h"
#include "text.h"
#include "util.h"

void
live_init(struct live *l)
{
	memset(l, 0, sizeof(*l));
	pthread_mutex_init(&l->lock, NULL);
}

void
live_destroy(struct live *l)
{
	pthread_mutex_destroy(&l->lock);
}

void
live_lock(struct live *l)
{
	pthread_mutex_lock(&l->lock);
}

void
live_unlock(struct live *l)
{
	pthread_mutex_unlock(&l->lock);
}

void
live_set(struct live *l, const struct article *a, const unsigned char *ok, size_t ready)
{
	if (a != l->a || ok != l->ok)
		l->gen++;
	l->a = a;
	l->ok = ok;
	__atomic_store_n(&l->ready, ready, __ATOMIC_RELEASE);
}

void
live_moved(struct live *l)
{
	l->gen++;
}

void
live_ready(struct live *l, size_t ready)
{
	__atomic_store_n(&l->ready, ready, __ATOMIC_RELEASE);
}

void
live_view_init(struct live_view *v)
{
	memset(v, 0, sizeof(*v));
}

void
live_view_free(struct live_view *v)
{
	free(v->rows);
	free(v->keys);
	memset(v, 0, sizeof(*v));
}

/* The year of a YYYY-... date, or 0. */
static int
year_of(const char *date)
{
	int y = 0, i;

	if (date == NULL)
		return 0;
	for (i = 0; i < 4; i++) {
		if (date[i] < '0' || date[i] > '9')
			return 0;
		y = y * 10 + (date[i] - '0');
	}
	return y;
}

/* What the columns need to know of a new row: its year, its outlet. */
static void
note_row(struct live_view *v, const struct article *a)
{
	int y = year_of(a->date);

	if (a->outlet != NULL) {
		size_t w = text_width(a->outlet, strlen(a->outlet));

		if (w > v->outlet_w)
			v->outlet_w = w;
	}

	if (y == 0)
		return;
	if (v->ymin == 0 || y < v->ymin)
		v->ymin = y;
	if (y > v->ymax)
		v->ymax = y;
}

void
live_view_sync(struct live_view *v, const struct live *l)
{
	size_t ready = __atomic_load_n(&l->ready, __ATOMIC_ACQUIRE);

	if (l->gen != v->gen) {
		/* the articles moved: the loader packed the loaded ones (its
		 * rows are ours, in order) or shards were put in source order */
		v->gen = l->gen;
		v->nrows = 0;
		v->files = 0;
	}
	for (; v->files < ready; v->files++) {
		if (l->ok != NULL) {
			/* files, some with no article: a row per article */
			if (!l->ok[v->files])
				continue;
			v->rows = xgrow(v->rows, &v->rcap, v->nrows + 1, sizeof(*v->rows));
			v->rows[v->nrows] = v->files;
		}
		v->nrows++;
		note_row(v, &l->a[v->files]);
	}
}

const struct article *
live_view_article(const struct live_view *v, const struct live *l, size_t r)
{
	return &l->a[l->ok != NULL ? v->rows[r] : r];
}

int
live_view_spans_years(const struct live_view *v)
{
	return v->ymin != v->ymax;
}

static enum live_answer
keep(struct live_view *v, unsigned int ch, int fkey)
{
	if (v->nkeys == LIVE_MAX_KEYS)
		return LIVE_FULL;
	v->keys = xgrow(v->keys, &v->kcap, v->nkeys + 1, sizeof(*v->keys));
	v->keys[v->nkeys].ch = ch;
	v->keys[v->nkeys].fkey = fkey;
	v->nkeys++;
	return LIVE_KEPT;
}

enum live_answer
live_view_key(struct live_view *v, int key, enum request req, unsigned int ch, int fkey, int h)
{
	struct scroll probe = v->sc;
	unsigned long n, i;
	int first = 0;

	if (req == REQ_BACK || req == REQ_QUIT)
		return LIVE_QUIT;
	if (v->nkeys > 0)
		return keep(v, ch, fkey);
	if (v->ndigits < sizeof(v->digits) && keymap_count_digit(&v->count, key)) {
		v->digits[v->ndigits++] = (char)key;
		return LIVE_MOVED;
	}
	if (scroll_request(&probe, req, v->nrows, h, 1)) {
		n = keymap_count_apply(&v->count, &req, &first);
		if (first)
			(void)scroll_request(&v->sc, REQ_FIRST, v->nrows, h, 1);
		for (i = 0; i < n; i++)
			(void)scroll_request(&v->sc, req, v->nrows, h, 1);
		v->ndigits = 0;
		return LIVE_MOVED;
	}
	/* the count typed before it goes with it */
	for (i = 0; i < v->ndigits; i++)
		(void)keep(v, (unsigned char)v->digits[i], 0);
	v->ndigits = 0;
	v->count.n = 0;
	return keep(v, ch, fkey);
}
