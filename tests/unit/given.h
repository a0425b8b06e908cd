/* given.h — what a streamed load (ingest_opts.each) gave, article by
 * article, for test_ingest and test_reload. */
#ifndef GISA_TEST_GIVEN_H
#define GISA_TEST_GIVEN_H

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "core/model.h"

struct given {
	size_t n, cap, stop_after;	/* stop_after: answer stop at the n-th, 0: never */
	long last;			/* the last article given */
	uint64_t *id, *near_id;		/* near_id 0: linked to none */
	size_t *npara, *nfig, *npeople;
	int bad;			/* one came out of order, not whole, or linked ahead */
};

static void
given_init(struct given *g, size_t cap)
{
	memset(g, 0, sizeof(*g));
	g->cap = cap;
	g->last = -1;
	g->id = xcalloc(cap, sizeof(*g->id));
	g->near_id = xcalloc(cap, sizeof(*g->near_id));
	g->npara = xcalloc(cap, sizeof(*g->npara));
	g->nfig = xcalloc(cap, sizeof(*g->nfig));
	g->npeople = xcalloc(cap, sizeof(*g->npeople));
}

/* Given anew: counts from 0, stops after stop_after (0: never). */
static void
given_again(struct given *g, size_t stop_after)
{
	g->n = 0;
	g->last = -1;
	g->stop_after = stop_after;
}

static void
given_free(struct given *g)
{
	free(g->id);
	free(g->near_id);
	free(g->npara);
	free(g->nfig);
	free(g->npeople);
}

/* ingest_opts.each */
static int
give(void *ctx, const struct model *m, size_t first, size_t n)
{
	struct given *g = ctx;
	size_t i;

	for (i = first; i < first + n; i++) {
		const struct article *a = &m->a[i];

		if (g->n >= g->cap || (long)i <= g->last || a->para == NULL || a->source == NULL
		    || a->near >= (long)i) {
			g->bad = 1;
			continue;
		}
		g->last = (long)i;
		g->id[g->n] = a->id;
		g->near_id[g->n] = a->near >= 0 ? m->a[a->near].id : 0;
		g->npara[g->n] = a->npara;
		g->nfig[g->n] = a->nfig;
		g->npeople[g->n] = a->npeople;
		g->n++;
		if (g->stop_after != 0 && g->n == g->stop_after)
			return 1;
	}
	return 0;
}

#endif
