/*
 * browse.h — the view-model of the browser: which articles are shown, in
 * what order, which one is current, the filter and the search with their
 * matches, tags, read marks and marked people and figures (after ncdu's
 * dirlist.c).  No curses: the UI asks and draws; everything here is tested
 * without a terminal (tests/unit/test_browse.c).
 *
 * The list is every article through the filter and, when the search was
 * typed in the list (narrowing), through the pattern; then sorted.  A
 * corpus person or figure chosen in the panel narrows by adding a real
 * filter term (person:NAME, unit:U value:N) to the filter, so what the
 * status line calls the filter is the filter.  Selecting runs query_select,
 * the function the headless export uses; on a large list it runs in a
 * thread (browse_poll takes the result in) and the next change cancels it.
 *
 * Two counters let the UI see change without being told: cur_gen moves
 * when the current article changes, list_gen when the list does.
 * Strings (filter, pattern, messages) are growable: no length limit.
 */
#ifndef GISA_BROWSE_H
#define GISA_BROWSE_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "query.h"
#include "state.h"
#include "tally.h"
#include "util.h"

/* Match spans of captions: para is BROWSE_CAP(k) for caption k (titles
 * are SPAN_TITLE, paragraphs their index). */
#define BROWSE_CAP_BIT 0x80000000u
#define BROWSE_CAP(k) (BROWSE_CAP_BIT | (uint32_t)(k))
/* A place past every other in reading order. */
#define BROWSE_END_PARA BROWSE_CAP(0x7FFFFFFEu)

/* The orders of the list, in the order s cycles through them; the names
 * (browse_sort_name) are what a command or a config file says. */
enum browse_sort {
	BROWSE_INPUT, BROWSE_DATE, BROWSE_OUTLET, BROWSE_TITLE, BROWSE_MATCHES,
	BROWSE_SORT_COUNT
};

/* What n / N did. */
enum browse_step {
	BROWSE_STEP_MATCH,	/* to another match of the current article */
	BROWSE_STEP_ARTICLE,	/* to another article (its first/last match current) */
	BROWSE_STEP_END,	/* no further match that way */
	BROWSE_STEP_STOPPED,	/* a PCRE2 limit stopped the search (browse_search_error) */
	BROWSE_STEP_NO_SEARCH,	/* no pattern */
	BROWSE_STEP_NO_MATCH,	/* in the reader: nothing here (browse_first found none) */
};

/* Why a filter or pattern was refused: a message and the display column
 * it names in what was typed (-1 none). */
struct browse_error {
	char msg[256];
	long col;
};

struct browse_job;

struct browse {
	const struct model *m;
	struct state *st;	/* tags and read marks; NULL: none kept */
	size_t *order, n;	/* the list: model indexes */
	size_t cur;		/* current row (0 when the list is empty) */
	enum browse_sort sort;
	int reverse;		/* the order turned round (ties still in input order) */
	unsigned long read_gen;	/* moves when a read mark changes */
	size_t unread;		/* unread articles of the list, for: */
	unsigned long unread_list_gen, unread_read_gen;
	unsigned long cur_gen, list_gen;
	struct buf filter;	/* as typed, "" for none */
	struct query *q;
	struct buf pat;		/* the search pattern, "" for none */
	struct query_re *re;	/* pat compiled; NULL when none */
	int narrow;		/* the list holds only articles that match */
	int back;		/* the search was typed with ?: n goes up */
	size_t *mcount;		/* matches per model article, when narrow */
	size_t mtotal, marts;
	struct buf serr;	/* why the search stopped, "" */
	struct browse_job *job;
	size_t want;		/* make it current when the job ends, or -1 */
	/* matches of the current article, in reading order */
	struct span *match;
	size_t nmatch, match_cap, match_for;
	long mcur;		/* the match moved to, -1 none */
	/* what a search being typed replaces, to go back on cancel */
	struct buf saved_pat;
	int saved_narrow, saved_back;
	size_t saved_art;
	/* tags and marks */
	size_t ntag;		/* tagged articles of this corpus */
	int unsaved;		/* read marks changed since the state was saved */
	unsigned char *pmark, *fmark;	/* per model person / figure */
	size_t npmark, nfmark;
	struct tally tally;	/* of the list, for list_gen tally_gen */
	unsigned long tally_gen;
};

/* Show every article of m in input order; st may be NULL.  Counts the
 * tags of this corpus in st. */
void browse_init(struct browse *b, const struct model *m, struct state *st);
/* Cancel any job and free everything b holds (not the model or state). */
void browse_free(struct browse *b);

/* ---- the list ---- */

/* The model index of the current article; the list must not be empty. */
static inline size_t
browse_art(const struct browse *b)
{
	return b->order[b->cur];
}

/* Make row `row` current (clamped to the list); 1 when that changed it. */
int browse_select(struct browse *b, size_t row);
/* The row of article art in the list, or -1. */
long browse_row_of(const struct browse *b, size_t art);
/* Sort the list by s (date: newest first; outlet, title: ascending by
 * bytes, which is 가나다 order; matches: most first; input order),
 * reversed when rev; ties in input order, articles without the key last;
 * the current article stays current.  browse_sort: not reversed. */
void browse_sort_by(struct browse *b, enum browse_sort s, int rev);
void browse_sort(struct browse *b, enum browse_sort s);
/* The next order of the cycle (matches only when the list is narrowed by
 * a search), not reversed. */
void browse_sort_next(struct browse *b);
/* "date", "outlet", ... for s, NULL out of range; the order called name,
 * or -1. */
const char *browse_sort_name(enum browse_sort s);
int browse_sort_parse(const char *name);
/* What the order is, for the frame: "newest first", "by outlet, reversed". */
void browse_sort_describe(const struct browse *b, struct buf *out);

/* Unread articles of the list (counted once per change of the list or of
 * a read mark). */
size_t browse_unread(struct browse *b);
/* The row of the next unread article after the current one (dir < 0:
 * before it), going round the end; -1 when there is none but maybe the
 * current one.  *wrapped: it went round. */
long browse_next_unread(const struct browse *b, int dir, int *wrapped);

/* ---- filter ---- */

/* Filter by expr (leading spaces dropped; "" shows every article).
 * Returns 0, or -1 with *err filled and nothing changed. */
int browse_set_filter(struct browse *b, const char *expr, struct browse_error *err);
/* Narrow to the articles of corpus person p / figure f: a term added to
 * the filter.  0, or -1 (the term did not parse; nothing changed). */
int browse_narrow_person(struct browse *b, size_t p);
int browse_narrow_figure(struct browse *b, size_t f);
/* F: drop the filter and any list narrowing by the search (the pattern
 * stays for the reader).  0 when there was nothing to drop. */
int browse_clear(struct browse *b);

/* ---- search ---- */

/* Search for pat ("" for none); narrow: the list keeps only the articles
 * that match.  0, or -1 with *err filled (the column is a display column
 * of pat) and nothing changed. */
int browse_set_search(struct browse *b, const char *pat, int narrow, struct browse_error *err);
/* A search is being typed (back: with ?): remember what to go back to. */
void browse_search_begin(struct browse *b, int back);
/* The search typed was cancelled: the pattern, narrowing and current
 * article from before browse_search_begin come back. */
void browse_search_cancel(struct browse *b);
/* Why the search stopped (a PCRE2 limit), or "". */
const char *browse_search_error(const struct browse *b);

/* The matches of the current article in reading order (computed once
 * per article); *n gets their number.  NULL when there are none. */
const struct span *browse_matches(struct browse *b, size_t *n);
/* Make current the first match at or after (dir < 0: the last one
 * before) the place (para, off); BROWSE_STEP_MATCH, or
 * BROWSE_STEP_NO_MATCH / _NO_SEARCH / _STOPPED. */
enum browse_step browse_first(struct browse *b, int dir, uint32_t para, size_t off);
/* n (dir = +1) or N (-1), already turned by a backward search: in the
 * reader (at: the place the reader shows first, used when no match is
 * current yet) the next match, on into the next article that matches;
 * in the list (at NULL) the next matching article. */
enum browse_step browse_step(struct browse *b, int dir, const struct span *at);
/* Compare two places (para, off) in reading order: title, paragraphs,
 * captions. */
int browse_pos_cmp(uint32_t pa, size_t oa, uint32_t pb, size_t ob);

/* ---- background selection ---- */

/* 1 when a selection running in the background just ended (its list is
 * now shown). */
int browse_poll(struct browse *b);
int browse_busy(const struct browse *b);
/* Stop a background selection and wait for it; the list stays. */
void browse_cancel(struct browse *b);

/* ---- tags, read marks, marks ---- */

int browse_is_tagged(const struct browse *b, size_t art);
int browse_is_read(const struct browse *b, size_t art);
/* Tag or untag art; 1 when that changed it. */
int browse_tag(struct browse *b, size_t art, int on);
/* Tag every article of the list; returns how many were not yet. */
size_t browse_tag_shown(struct browse *b);
/* Untag every article of this corpus (not those of other corpora in the
 * same state) and unmark every person and figure; returns the untagged. */
size_t browse_untag_all(struct browse *b);
/* The current article was opened: it is read.  Not saved at once
 * (b->unsaved): browse_flush saves. */
void browse_opened(struct browse *b);
/* r: toggle the read mark of the current article (saved by browse_flush). */
void browse_toggle_read(struct browse *b);
/* Save the state when anything changed; 0, or -1 with a malloc'd message
 * in *err. */
int browse_flush(struct browse *b, char **err);

/* Mark or unmark corpus person p / figure f. */
void browse_mark_person(struct browse *b, size_t p);
void browse_mark_figure(struct browse *b, size_t f);
int browse_person_marked(const struct browse *b, size_t p);
int browse_figure_marked(const struct browse *b, size_t f);
/* The articles of the marked people and figures, ascending, into out
 * (room for m->n); returns their number. */
size_t browse_marked_articles(const struct browse *b, size_t *out);
/* The tagged articles of the corpus in model order into out (room for
 * m->n); returns their number. */
size_t browse_tagged_articles(const struct browse *b, size_t *out);

/* The people and figures of the list, counted once per change of it. */
const struct tally *browse_tally(struct browse *b);

#endif
