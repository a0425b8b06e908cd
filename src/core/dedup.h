/*
 * dedup.h — repeats inside a page, near-duplicates across pages.
 *
 * Scrapers save bodies two or three times, whole or cut short, and
 * sometimes repeat a run of sentences in the middle of one line.
 * dedup_paragraphs keeps the first occurrence of every sentence and drops
 * later ones, and drops a cut-off copy (an unfinished last sentence that
 * begins an earlier one).  Across pages, dedup_minhash signs a body
 * (MinHash over character 5-grams) and dedup_link finds, for every
 * article, an earlier one with a similar signature through locality-
 * sensitive banding: near-linear in the corpus size.
 */
#ifndef GISA_DEDUP_H
#define GISA_DEDUP_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* Drop repeated paragraphs and sentences from paras, in place.  Returns
 * how many were dropped. */
size_t dedup_paragraphs(struct strv *paras);

/* Near-duplicates: MinHash over the character 5-grams of the body's
 * letters and digits (spacing and punctuation do not count), DEDUP_K
 * values a signature, banded DEDUP_BANDS x DEDUP_ROWS for LSH. */
#define DEDUP_K 32
#define DEDUP_ROWS 2
#define DEDUP_BANDS (DEDUP_K / DEDUP_ROWS)
/* Share of equal MinHash values (the estimated Jaccard similarity of the
 * 5-gram sets) from which two bodies are near-duplicates.  A re-post with
 * a sentence reworded and one dropped scores about 0.8; unrelated news
 * pages under 0.05. */
#define DEDUP_MIN_SIMILARITY 0.5

/* The MinHash signature of paragraphs p[0..n) into sig[DEDUP_K].
 * Returns the number of 5-grams seen (0: too little text to judge). */
size_t dedup_minhash(char *const *p, size_t n, uint32_t sig[DEDUP_K]);

/* Estimated similarity (0..1) of two signatures. */
double dedup_similarity(const uint32_t *a, const uint32_t *b);

/* For i in [0, n): near[i] = the earliest j < i whose signature
 * (sigs + j * DEDUP_K) is at least DEDUP_MIN_SIMILARITY alike, or -1.
 * Only pairs that agree on a whole band are compared, so the cost stays
 * near-linear.  Articles with skip[i] set (may be NULL) are never linked. */
void dedup_link(const uint32_t *sigs, const unsigned char *skip, size_t n,
		long *near);

/* The same over signatures kept apart: sigs[i] points to DEDUP_K values,
 * or is NULL for an article never linked.  Nothing is copied. */
void dedup_link_each(const uint32_t *const *sigs, size_t n, long *near);

#endif
