/*
 * trail.h — figure trails: how one quantity moved across articles
 * (GPU · 장: 3만 2024-12 한국경제 → 5만 2025-09 뉴스1 → 26만 2025-12
 * 매일경제).
 *
 * The figures of every article that have a subject are grouped by
 * (subject, unit).  The subject is compared normalised: runs of white
 * space are one space, none at either end, Latin letters in one case,
 * and a particle left after a Latin word (AI도, GPU는) dropped; nothing
 * else is folded, so two different subjects never group.  Years and
 * dates never make trails.  A point is one (article, value); a
 * near-duplicate re-post (article.near, followed to the first) that
 * repeats a value of its original gives no point of its own.  A trail
 * needs two points or more from two different articles (re-posts
 * counting as their original) of one story: the points of a trail are
 * linked, directly or through each other, by the corpus person who
 * stands first next to the figure (the first quoted in its paragraph,
 * else the first named there by full name; by-line reporters never) or
 * by being in one article, so the 매출 of two companies told by two
 * people are two groups, not one trail.  Points are in date order (undated last,
 * ties in input order); trails most articles first, then first seen.
 *
 * trail_build runs once per model_build_index, linear in the figures
 * with a subject (one hash table) plus a sort of each group's points and
 * of the people their articles name.
 */
#ifndef GISA_TRAIL_H
#define GISA_TRAIL_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"

/* People shown next to a point at most. */
#define TRAIL_MAXWHO 3

struct trail_point {
	uint32_t art;		/* model article */
	uint32_t fig;		/* index into its fig[] */
	struct span at;		/* the figure's first occurrence (len 0: none) */
	uint32_t who[TRAIL_MAXWHO];	/* people of the article: quoted in the
					 * figure's paragraph, then named there
					 * (by-line reporters never) */
	uint32_t nwho;
};

struct trail {
	const char *subject;	/* as first written */
	const char *unit;	/* bare unit, NULL: a bare number */
	int kind;		/* enum figure_kind of the first point */
	struct trail_point *pt;	/* date order */
	size_t npt;
	size_t narts;		/* distinct articles, re-posts as their original */
	size_t seen;		/* order first seen (groups in input order) */
};

/* Which trail a figure of an article belongs to. */
struct trail_ref {
	uint32_t art, fig, trail;
};

struct trail_set {
	struct trail *t;
	size_t n;
	struct trail_ref *ref;	/* sorted by (art, fig) */
	size_t nref;
	struct arena mem;
};

/* Build the trails of m (articles, figures, near links) into ts,
 * replacing what it held.  When on is not NULL, only articles with
 * on[i] != 0 take part (the trails of a selection). */
void trail_build(struct trail_set *ts, const struct model *m, const unsigned char *on);
void trail_set_free(struct trail_set *ts);

/* The trails of from (built over more articles) among the articles with
 * on[i] != 0, into ts (replacing it): the points of shown articles, each
 * trail kept when two points from two originals are left.  Linear in
 * the points of from, so a narrowed list gets its trails at once; the
 * stories and the re-posts dropped stay those of from (a re-post whose
 * original is not shown is no point either). */
void trail_filter(struct trail_set *ts, const struct trail_set *from, const struct model *m,
		  const unsigned char *on);

/* The trail of figure fig of article art, or -1. */
long trail_of(const struct trail_set *ts, size_t art, size_t fig);

/* The normalised subject of s[0..n) into out (replacing it); the key
 * trails are grouped by, with the unit. */
void trail_subject_key(const char *s, size_t n, struct buf *out);

/* A point's value as written without its unit (26만장 → 26만); page
 * text, to be escaped before it is shown. */
void trail_point_label(const struct model *m, const struct trail_point *p, struct buf *out);

/* "YYYY-MM" of a date, or "" when it has none, into out[8]. */
void trail_month(const char *date, char out[8]);

/* A sparkline of the trail's values in point order, one cell per point:
 * ▁▂▃▄▅▆▇█ from the smallest to the largest value (the middle one when
 * all are equal), or with ascii != 0 the characters _.-:=+*# (for a
 * terminal that draws the block elements wide). */
void trail_spark(const struct model *m, const struct trail *t, int ascii, struct buf *out);

#endif
