/*
 * over.h — views that cover the panes, as the help screen does, until q
 * or Esc: the person view (one person across the shown articles, core
 * profile.h) and the trails view (figure trails of the shown articles,
 * core trail.h).  Enter in either opens an article in the reader at a
 * place, which closes the view.
 */
#ifndef GISA_OVER_H
#define GISA_OVER_H

#include "view.h"

extern const struct view_ops person_view, trails_view;

/* Take the view over the panes away. */
void over_close(struct ui *ui);

/* Open article art (of the list) in the reader: at the next mention of
 * its person or figure what (type enum mention_type), else at place at
 * (may be NULL).  Closes the view over the panes. */
void over_open(struct ui *ui, size_t art, int type, long what, const struct span *at);

/* The person view of model person p over the shown articles; 0 (and a
 * message) when no shown article mentions them. */
int person_open(struct ui *ui, size_t p);
/* The person view of the person called name (for a command line):
 * of the people of that name, the one in the most articles; 0 (and a
 * message) when there is none. */
int person_open_name(struct ui *ui, const char *name);
/* P: the person chosen in the panel, else the current article's first
 * person (by-line reporters last). */
void person_key(struct ui *ui);

/* The trails view of the shown articles, at the trail of figure fig of
 * article art (fig -1: at the top); 0 (and a message) when there are no
 * trails. */
int trails_open(struct ui *ui, size_t art, long fig);
/* The people-and-figures panel's rows of trails: the trails (of the
 * whole corpus) that figures of article art belong to, into out[0..max);
 * returns how many. */
size_t trails_of_article(const struct model *m, size_t art, size_t *out, size_t max);

/* Append s (NULL: "-") escaped for the terminal, cut to cols display
 * columns and padded to exactly that, then two spaces. */
void over_cell(struct buf *b, const char *s, size_t cols);

/* Draw a view of total rows, the first head of them headings (never
 * selected), row r made by row(); hint on the last line. */
typedef void (*over_row_fn)(struct ui *ui, size_t r, struct buf *b, enum style *st);
void over_draw(struct ui *ui, const struct rect *r, size_t total, size_t head,
	       over_row_fn row, const char *hint);
/* The keys every view over the panes shares: movement (the selection
 * kept off the headings), q; 1 handled, 0 for the frame (quit, help,
 * redraw), -1 the view's own. */
int over_request(struct ui *ui, enum request req, const struct rect *r, size_t total, size_t head);
/* Say how long building a view took (from t0), when GISA_TIME_VIEWS is
 * set. */
struct timespec;
void over_timed(struct ui *ui, const char *what, const struct timespec *t0);

/* The shown articles as a flag per model article, or NULL when every
 * article is shown (valid until the next call). */
const unsigned char *over_shown(struct ui *ui);
void over_free_shown(void);

/* Free what the views keep. */
void person_view_free(void);
void trails_view_free(void);

#endif
