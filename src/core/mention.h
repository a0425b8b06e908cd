/*
 * mention.h — the mention spans of an article, for highlighting and for
 * jumping to a person or a figure.
 */
#ifndef GISA_MENTION_H
#define GISA_MENTION_H

#include <stddef.h>

#include "model.h"

/* Scratch memory for finding mentions, reused article after article. */
struct mention_finder;

struct mention_finder *mention_finder_new(void);
void mention_finder_free(struct mention_finder *mf);

/*
 * The mentions of a, sorted by (para, off), the title last, one per
 * stretch of text (*n of them): the article's own (a->mention) when its
 * extraction recorded them, else every occurrence of a person's name (not
 * after a Hangul syllable) and of a figure's text (not inside a longer
 * number) found in its title and paragraphs, in mf, valid until mf is
 * used again or freed.
 */
const struct art_mention *article_mentions(const struct article *a,
					   struct mention_finder *mf, size_t *n);

#endif
