/*
 * dedup.h — repeats inside a page, near-duplicates across pages.
 *
 * Scrapers save bodies two or three times, whole or cut short, and
 * sometimes repeat a run of sentences in the middle of one line.
 * dedup_paragraphs keeps the first occurrence of every sentence and drops
 * later ones, and drops a cut-off copy (an unfinished last sentence that
 * begins an earlier one).  Across pages, dedup_minhash signs a body
 * (MinHash over word shingles) and dedup_link finds, for every
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

/* Near-duplicates: MinHash over the shingles of DEDUP_WORDS consecutive
 * words of the body (a word: a run of letters and digits; spacing and
 * punctuation do not count), DEDUP_K values a signature, banded
 * DEDUP_BANDS x DEDUP_ROWS for LSH.  Word shingles, not character grams:
 * articles of one beat share stock words and phrases, so their character
 * 5-grams overlap by 0.2-0.3 while their 4-word shingles overlap by 0.1-0.17;
 * a re-post with light edits keeps 0.45-1.0 of them. */
#define DEDUP_K 64
#define DEDUP_ROWS 2
#define DEDUP_BANDS (DEDUP_K / DEDUP_ROWS)	/* dedup.c reads a band as one 64-bit value */
#define DEDUP_WORDS 4
/* Share of equal MinHash values (the estimated Jaccard similarity of the
 * shingle sets) from which two bodies are near-duplicates. */
#define DEDUP_MIN_SIMILARITY 0.35
/* Bodies with fewer shingles are never linked: too little text to tell
 * a re-post from a coincidence. */
#define DEDUP_MIN_SHINGLES 24
/* The exact shingle Jaccard similarity from which a pair the signatures
 * accept is a re-post (see dedup_jaccard): same-beat stories stay under
 * 0.2, light re-edits over 0.45. */
#define DEDUP_MIN_JACCARD 0.3
/* An estimate from which no check is needed: 39 of 64 values equal is
 * beyond reach of a pair under 0.2 (odds about 1e-12). */
#define DEDUP_SURE_SIMILARITY 0.6
/* A band bucket that holds this many originals is a stock phrase of the
 * beat, not evidence of a re-post: it is no longer searched or grown. */
#define DEDUP_COMMON 4

/* The MinHash signature of paragraphs p[0..n) into sig[DEDUP_K].
 * Returns the number of shingles seen (0: too little text to judge). */
size_t dedup_minhash(char *const *p, size_t n, uint32_t sig[DEDUP_K]);

/* Estimated similarity (0..1) of two signatures. */
double dedup_similarity(const uint32_t *a, const uint32_t *b);

/* Exact Jaccard similarity (0..1) of the shingle sets of two bodies. */
double dedup_jaccard(const char *const *a, size_t na, const char *const *b, size_t nb);

/* For i in [0, n): near[i] = the earliest j < i whose signature
 * (sigs + j * DEDUP_K) is at least DEDUP_MIN_SIMILARITY alike, or -1.
 * Only pairs that agree on a whole band are compared, and bands shared
 * by DEDUP_COMMON originals are ignored, so the cost stays linear.
 * Articles with skip[i] set (may be NULL) are never linked. */
void dedup_link(const uint32_t *sigs, const unsigned char *skip, size_t n,
		long *near);

/* Confirms that article i re-posts article j (j < i), given the pair
 * passed the signature test: nonzero for yes. */
typedef int (*dedup_verify_fn)(void *ctx, size_t i, size_t j);

/* The same over signatures kept apart: sigs[i] points to DEDUP_K values,
 * or is NULL for an article never linked.  Nothing is copied.  verify
 * (may be NULL) is asked about each pair the signatures accept (but not
 * beyond doubt, under DEDUP_SURE_SIMILARITY) that would give i an earlier
 * link, so a false estimate never becomes a link. */
void dedup_link_each(const uint32_t *const *sigs, size_t n, long *near,
		dedup_verify_fn verify, void *ctx);

/* The same one article at a time, for articles that arrive in order
 * (an export written while the pages are read): a linker for up to n
 * articles; dedup_linker_add gives article i its link, as
 * dedup_link_each would, once articles 0..i-1 were added (or skipped:
 * i only ever grows).  sigs[j] must stay valid for every j added. */
struct dedup_linker;
struct dedup_linker *dedup_linker_new(size_t n);
long dedup_linker_add(struct dedup_linker *l, const uint32_t *const *sigs, size_t i,
		      dedup_verify_fn verify, void *ctx);
void dedup_linker_free(struct dedup_linker *l);

#endif
