/*
 * view.h — what the frame (ui.c, frame.c) and the views (list, reader,
 * panel, help) agree on: the panes, struct ui (layout, focus and scroll
 * positions only; what is shown and which article is current live in the
 * browse module, core/browse.h) and struct view_ops, the operations every
 * view answers (after tig's view.h).  A view's own state is private to its
 * file; its header says what other files may ask of it.
 */
#ifndef GISA_VIEW_H
#define GISA_VIEW_H

#include <stddef.h>

#include "../core/browse.h"
#include "../core/history.h"
#include "../core/keymap.h"
#include "../core/scroll.h"
#include "style.h"
#include "term.h"

struct rect {
	int y, x, h, w;
};

/* The help screen and the messages are panes too: they cover the others
 * when up (ui->help), in the rect of PANE_HELP. */
enum pane { PANE_LIST, PANE_READER, PANE_PANEL, PANE_HELP, PANE_MESSAGES, PANE_COUNT };

struct ask;
struct msglog;

struct ui {
	struct browse *b;	/* the view-model: the list, the current article */
	unsigned long seen_gen;	/* b->cur_gen the scroll positions are for */
	enum pane focus;
	int help;		/* a covering pane is up: the help or the messages */
	enum pane cover;	/* which: PANE_HELP or PANE_MESSAGES */
	int rows, cols;
	int quit;
	int color;		/* draw in colour (else attributes alone) */
	char status[1024];	/* the message of the status line */
	struct rect pane[PANE_COUNT];
	int visible[PANE_COUNT];
	struct scroll scroll[PANE_COUNT];	/* list: top (its row is b->cur) */
	struct ask *ask;	/* the status-line prompt (ask.h) */
	const struct view_ops *over;	/* a view over the panes (over.h), or NULL */
	struct msglog *log;	/* the session's messages (core/msglog.h), or NULL */
	struct history *hist;	/* what was typed at the prompts (core/history.h) */
	const struct conf *conf;	/* export format and folder (core/conf.h), or NULL */
};

struct view_ops {
	const char *name;
	/* Text for the pane's top border (appended to out). */
	void (*title)(struct ui *ui, struct buf *out);
	/* Fill the inside of r; everything outside r is left alone. */
	void (*draw)(struct ui *ui, const struct rect *r);
	/* Text for the pane's bottom border (position, order), or NULL. */
	void (*where)(struct ui *ui, struct buf *out);
	/* Act on a request meant for this view; 1 when handled (else the
	 * frame's own requests are tried). */
	int (*request)(struct ui *ui, enum request req, const struct rect *r);
	/* n / N here (dir +1 / -1, turned already by a backward search). */
	void (*grep)(struct ui *ui, int dir);
	/* The current article changed: start over (NULL: nothing to do). */
	void (*select)(struct ui *ui);
	int narrows;		/* a search typed here narrows the list */
};

/* The view of each pane, and the one focused. */
const struct view_ops *ui_view(enum pane p);

/* The model index of the current article (the list must not be empty). */
static inline size_t
ui_art(const struct ui *ui)
{
	return browse_art(ui->b);
}

static inline attr_t
ui_attr(const struct ui *ui, enum style st)
{
	return style_attr(ui->color, st);
}

/* Draw s[0..n) at (y, x) cluster by cluster in the shape width_drawn
 * gives (core/width.h), so the terminal advances what gisa measured;
 * returns the columns.  s must fit where it goes. */
int ui_addn(int y, int x, const char *s, size_t n);

/* Draw s[0..n) at (y, x), cut to w columns with "…" and padded with
 * spaces to exactly w columns. */
void ui_put(int y, int x, int w, const char *s, size_t n, attr_t attr);

/* One key from get_wch() (fkey: a function key): to the question when
 * one is open, else to the view in focus. */
void ui_input(struct ui *ui, wint_t ch, int fkey);

/* Set the status line message (cut to fit). */
void ui_say(struct ui *ui, const char *fmt, ...) GISA_PRINTF(2, 3);

/* After the current article changed in the browse module, let every view
 * start over (its select slot). */
void ui_sync(struct ui *ui);

/* s with a leading home folder written ~ (core/path.h), into out. */
void ui_tilde(const char *s, struct buf *out);

#endif
