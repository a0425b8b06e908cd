/*
 * uipriv.h — what the panes of the browser share.
 *
 * The screen is three views over one model (after tig's view_ops): the
 * list, the reader and the panel.  Each view draws into a rectangle and
 * answers requests; ui.c owns layout, borders, the status line and the
 * event loop.
 */
#ifndef GISA_UIPRIV_H
#define GISA_UIPRIV_H

#include <stddef.h>

#include "../core/model.h"
#include "../core/text.h"
#include "keys.h"
#include "term.h"

struct rect {
	int y, x, h, w;
};

enum pane { PANE_LIST, PANE_READER, PANE_PANEL, PANE_COUNT };

/* A display line of the reader: a slice of model text and its style. */
enum line_kind { LINE_TITLE, LINE_META, LINE_TEXT, LINE_CAPTION, LINE_LABEL, LINE_BLANK };

/* para: the paragraph the line is cut from (SPAN_TITLE for the title,
 * LINE_NO_PARA for text with no mentions); off: its byte offset there. */
#define LINE_NO_PARA (UINT32_MAX - 1)

struct rline {
	const char *s;
	size_t n;
	enum line_kind kind;
	uint32_t para;
	size_t off;
};

enum sort_order { SORT_INPUT, SORT_DATE };

struct ui {
	struct model *m;
	size_t *order;		/* the articles shown, in list order */
	size_t norder;
	enum sort_order sort;
	size_t cur;		/* current row of order */
	size_t top;		/* first row shown in the list */
	size_t rtop;		/* first reader line shown */
	size_t ptop;		/* first panel line shown */
	enum pane focus;
	int rows, cols;
	int help;		/* the help screen is up */
	size_t htop;
	int quit;
	int color;
	char status[256];
	char cwd[4096];		/* sources below it are shown relative */
	struct rect pane[PANE_COUNT];
	int visible[PANE_COUNT];
	/* reader lines for (lines_for, lines_width) */
	struct rline *lines;
	size_t nlines, lines_cap;
	size_t lines_for;
	int lines_width;
	struct buf meta;	/* the meta line the reader points into */
	/* the mention the panel last jumped to, highlighted in the reader */
	int jumped;
	struct span jump;
	/* panel */
	int panel_corpus;	/* show the corpus (the shown articles) */
	size_t psel;		/* selected entry */
	size_t *all;		/* every article: what F goes back to */
	char filter[256];	/* what the list is narrowed to, "" for all */
	size_t *cp, ncp, *cf, ncf;	/* corpus people/figures, most articles first */
	size_t *cp_count, *cf_count;
	int corpus_stale;
	struct text_line *wrap;
	size_t wrap_cap;
};

struct view_ops {
	const char *name;
	/* Text for the pane's top border (appended to out). */
	void (*title)(struct ui *ui, struct buf *out);
	/* Fill the inside of r; everything outside r is left alone. */
	void (*draw)(struct ui *ui, const struct rect *r);
	/* Text for the pane's bottom border (position, order), or nothing. */
	void (*where)(struct ui *ui, struct buf *out);
	/* Act on a request; returns 1 when handled. */
	int (*request)(struct ui *ui, enum request req, const struct rect *r);
};

extern const struct view_ops list_view, reader_view, panel_view;

/* Colour pairs and the attributes that stand for them without colour. */
enum style {
	ST_NORMAL, ST_BORDER, ST_TITLE, ST_META, ST_CURSOR, ST_CAPTION,
	ST_LABEL, ST_STATUS, ST_DIM, ST_PERSON, ST_FIGURE, ST_JUMP, ST_COUNT
};
attr_t ui_attr(const struct ui *ui, enum style st);

/* Draw s[0..n) at (y, x), cut to w columns with "…" and padded with
 * spaces to exactly w columns. */
void ui_put(int y, int x, int w, const char *s, size_t n, attr_t attr);

/* Set ui up over m (no terminal needed); ui_free releases it. */
void ui_init(struct ui *ui, struct model *m);
void ui_free(struct ui *ui);
/* Input modes, colours and mouse for the current screen. */
void ui_setup_screen(struct ui *ui);
/* Draw the whole screen and refresh it. */
void ui_draw(struct ui *ui);
/* Act on one key from getch() (KEY_MOUSE and KEY_RESIZE included). */
void ui_key(struct ui *ui, int key);

/* The model index of the current article (the list must not be empty). */
static inline size_t
ui_art(const struct ui *ui)
{
	return ui->order[ui->cur];
}

/* Make row `to` of the list current (clamped to the list). */
void list_select(struct ui *ui, size_t to);

/* Sort the shown articles by ui->sort, keeping the current one current. */
void list_sort(struct ui *ui);

/* Switch the panel between the article and the shown corpus. */
void panel_toggle_corpus(struct ui *ui);

/* Scroll the reader to the next mention of the article's person (type
 * MENTION_PERSON) or figure number `what`, wrapping around; 0 if none. */
int reader_jump(struct ui *ui, int type, size_t what);

/* Reader lines of the current article, wrapped to width w. */
void reader_layout(struct ui *ui, int w);

/* Clamp a scroll offset so a view of h lines over total lines is full. */
size_t ui_clamp_top(size_t top, size_t total, int h);

#endif
