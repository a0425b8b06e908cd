/*
 * profile.h — one person across the shown corpus: every article that
 * mentions them, newest first, with the title they held there and their
 * quotations, and a timeline of titles and organisations (장관 2025-09
 * → 부총리 2025-12).
 *
 * A person is a corpus person of the model (model.people): merged across
 * articles by name and organisation, never two people of one name whose
 * organisations differ.  profile_build reads only that person's articles
 * (corpus_person.articles), so opening a profile costs what the person
 * has, not what the corpus has.
 */
#ifndef GISA_PROFILE_H
#define GISA_PROFILE_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "util.h"

struct profile_entry {
	size_t art;		/* model article */
	uint32_t who;		/* index into its people */
	const char *title;	/* the title held there, as written; NULL none */
	const char *org;	/* the organisation named there; NULL none */
	struct span at;		/* first mention in the text (len 0: only in
				 * the by-line) */
	size_t q0, nq;		/* its quotations: profile.q[q0..q0+nq) */
};

/* A step of the timeline: from month on, title at org (undated
 * articles give no step). */
struct profile_step {
	const char *title, *org;	/* NULL: not said */
	char month[8];		/* "YYYY-MM" */
	size_t art;		/* the article it was first seen in */
};

struct profile {
	size_t person;		/* model.people index */
	struct profile_entry *e;	/* newest first, undated last */
	size_t n, cap;
	uint32_t *q;		/* quotation indexes into each article's quote[] */
	size_t nq, capq;
	struct profile_step *step;	/* oldest first */
	size_t nstep, capstep;
};

/* The profile of model person p over the articles with on[i] != 0 (on
 * NULL: every article).  Replaces pf's contents. */
void profile_build(struct profile *pf, const struct model *m, size_t p, const unsigned char *on);
void profile_free(struct profile *pf);

/* The model people called name, most articles first, into out[0..max);
 * returns how many there are (possibly more than max). */
size_t profile_find(const struct model *m, const char *name, size_t *out, size_t max);

/* The timeline as one line: "장관 2025-09 → 부총리 2025-12"; a step
 * names its organisation when it changed. */
void profile_timeline(const struct profile *pf, struct buf *out);

#endif
