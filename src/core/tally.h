/*
 * tally.h — the people and figures of a set of articles, counted once:
 * what the panel's corpus view, the export of a selection and the export
 * of marked entries all need (each article lists a person or a figure
 * once, so one pass over the set's articles does it: linear in the
 * people and figures of the set, not in the corpus indexes).
 */
#ifndef GISA_TALLY_H
#define GISA_TALLY_H

#include <stddef.h>

#include "model.h"

/* People and figures over a set of articles: each entry once, counted in
 * the articles that mention it, most articles first (then first seen). */
struct tally {
	size_t *people, npeople;	/* indexes into model.people */
	size_t *figures, nfigures;	/* indexes into model.figures */
	size_t *pcount, *fcount;	/* articles per model person / figure */
	size_t *pmentions;	/* mentions per model person in those articles */
	unsigned char *on;	/* per model article: 1 when in the set */
};

/* Count the people and figures of arts[0..n) into t (freed with
 * tally_free; t may be reused). */
void tally_build(struct tally *t, const struct model *m, const size_t *arts, size_t n);
void tally_free(struct tally *t);

/* Whether article art of the model is in the set. */
int tally_has(const struct tally *t, size_t art);

/* The distinct titles model person p holds in the set's articles, in
 * article order then as listed, into *out (grown, capacity *cap; spans
 * into the articles).  Returns how many. */
size_t tally_titles(const struct tally *t, const struct model *m, size_t p,
		    const char ***out, size_t *cap);

/* The distinct texts model figure f is written as in the set's articles,
 * the same way. */
size_t tally_texts(const struct tally *t, const struct model *m, size_t f,
		   const char ***out, size_t *cap);

#endif
