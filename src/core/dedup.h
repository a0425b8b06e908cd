/*
 * dedup.h — repeats inside a page, near-duplicates across pages.
 *
 * Scrapers save bodies two or three times, whole or cut short, and
 * sometimes repeat a run of sentences in the middle of one line.
 * dedup_paragraphs keeps the first occurrence of every sentence and drops
 * later ones, and drops a cut-off copy (an unfinished last sentence that
 * begins an earlier one).  Across pages, dedup_simhash fingerprints a body
 * (SimHash over character 4-grams) and dedup_link finds, for every
 * article, an earlier one whose fingerprint is within a few bits, through
 * banding: near-linear in the corpus size.
 */
#ifndef GISA_DEDUP_H
#define GISA_DEDUP_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* Drop repeated paragraphs and sentences from paras, in place.  Returns
 * how many were dropped. */
size_t dedup_paragraphs(struct strv *paras);

/* The SimHash of paragraphs p[0..n). */
uint64_t dedup_simhash(char *const *p, size_t n);

/* Bits in which two fingerprints differ at most to be near-duplicates.
 * A re-post with one sentence reworded and one dropped lands 4 bits away
 * (data/sample 07/11); unrelated pages lie 22-40 bits apart, and two
 * random fingerprints fall within 5 bits with odds below 1e-12. */
#define DEDUP_MAX_DISTANCE 5

/* For i in [0, n): near[i] = the smallest j < i whose hash is within
 * DEDUP_MAX_DISTANCE bits of hash[i], or -1.  Articles with skip[i] set
 * (too short to judge; may be NULL) are never linked. */
void dedup_link(const uint64_t *hash, const unsigned char *skip, size_t n,
		long *near);

#endif
