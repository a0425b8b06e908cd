/*
 * tally.c — the people and figures of a set of articles (tally.h).
 */
#include <stdlib.h>
#include <string.h>

#include "tally.h"

struct ranked {
	size_t count, idx;
};

static int
by_count(const void *pa, const void *pb)
{
	const struct ranked *a = pa, *b = pb;

	if (a->count != b->count)
		return a->count < b->count ? 1 : -1;
	return (a->idx > b->idx) - (a->idx < b->idx);
}

/* The entries of count[0..n) above zero, most first, into *out. */
static size_t
rank(const size_t *count, size_t n, size_t **out)
{
	struct ranked *r = xmalloc((n ? n : 1) * sizeof(*r));
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (count[i] > 0)
			r[k++] = (struct ranked){ count[i], i };
	qsort(r, k, sizeof(*r), by_count);
	*out = xrealloc(*out, (k ? k : 1) * sizeof(**out));
	for (i = 0; i < k; i++)
		(*out)[i] = r[i].idx;
	free(r);
	return k;
}

void
tally_build(struct tally *t, const struct model *m, const size_t *arts, size_t n)
{
	size_t i, k;

	free(t->pcount);
	free(t->fcount);
	free(t->pmentions);
	free(t->on);
	t->on = xcalloc(m->n ? m->n : 1, 1);
	t->pcount = xcalloc(m->npeople ? m->npeople : 1, sizeof(size_t));
	t->pmentions = xcalloc(m->npeople ? m->npeople : 1, sizeof(size_t));
	t->fcount = xcalloc(m->nfigures ? m->nfigures : 1, sizeof(size_t));
	for (i = 0; i < n; i++) {
		const struct article *a = &m->a[arts[i]];

		if (t->on[arts[i]])
			continue;	/* listed twice: counted once */
		t->on[arts[i]] = 1;
		/* an article lists each person and each figure once */
		for (k = 0; k < a->npeople; k++) {
			t->pcount[a->people[k].person]++;
			t->pmentions[a->people[k].person] += a->people[k].mentions;
		}
		for (k = 0; k < a->nfig; k++)
			t->fcount[a->fig[k].figure]++;
	}
	t->npeople = rank(t->pcount, m->npeople, &t->people);
	t->nfigures = rank(t->fcount, m->nfigures, &t->figures);
}

void
tally_free(struct tally *t)
{
	free(t->people);
	free(t->figures);
	free(t->pcount);
	free(t->fcount);
	free(t->pmentions);
	free(t->on);
	memset(t, 0, sizeof(*t));
}


int
tally_has(const struct tally *t, size_t art)
{
	return t->on != NULL && t->on[art];
}

/* Add s to out[0..n) unless it is there; returns the new count. */
static size_t
add_distinct(const char ***out, size_t *cap, size_t n, const char *s)
{
	size_t x;

	for (x = 0; x < n && strcmp((*out)[x], s) != 0; x++)
		;
	if (x == n) {
		*out = xgrow(*out, cap, n + 1, sizeof(**out));
		(*out)[n++] = s;
	}
	return n;
}

size_t
tally_titles(const struct tally *t, const struct model *m, size_t p,
	     const char ***out, size_t *cap)
{
	const struct corpus_person *cp = &m->people[p];
	size_t j, k, x, n = 0;

	for (j = 0; j < cp->narticles; j++) {
		const struct article *a = &m->a[cp->articles[j]];

		if (!tally_has(t, cp->articles[j]))
			continue;
		for (k = 0; k < a->npeople; k++)
			if (a->people[k].person == p)
				for (x = 0; x < a->people[k].ntitles; x++)
					n = add_distinct(out, cap, n, a->people[k].titles[x]);
	}
	return n;
}

size_t
tally_texts(const struct tally *t, const struct model *m, size_t f,
	    const char ***out, size_t *cap)
{
	const struct corpus_figure *cf = &m->figures[f];
	size_t j, k, n = 0;

	for (j = 0; j < cf->narticles; j++) {
		const struct article *a = &m->a[cf->articles[j]];

		if (!tally_has(t, cf->articles[j]))
			continue;
		for (k = 0; k < a->nfig; k++)
			if (a->fig[k].figure == f)
				n = add_distinct(out, cap, n, a->fig[k].text);
	}
	return n;
}
