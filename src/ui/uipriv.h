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

#include "../core/browse.h"
#include "../core/model.h"
#include "../core/query.h"
#include "../core/state.h"
#include "../core/text.h"
#include "keys.h"
#include "prompt.h"
#include "term.h"

struct rect {
	int y, x, h, w;
};

enum pane { PANE_LIST, PANE_READER, PANE_PANEL, PANE_COUNT };

/* A display line of the reader: a slice of model text and its style. */
enum line_kind { LINE_TITLE, LINE_META, LINE_TEXT, LINE_CAPTION, LINE_LABEL, LINE_BLANK };

/* para: the paragraph the line is cut from (SPAN_TITLE for the title,
 * LINE_CAP(k) for caption k, LINE_NO_PARA for text that is not the
 * article's: the meta line, labels); off: its byte offset there. */
#define LINE_NO_PARA (UINT32_MAX - 1)
#define LINE_CAP(k) BROWSE_CAP(k)

struct rline {
	const char *s;
	size_t n;
	enum line_kind kind;
	uint32_t para;
	size_t off;
};

/* What the status-line prompt is asking for. */
enum ask {
	ASK_NONE, ASK_SEARCH, ASK_SEARCH_BACK, ASK_FILTER,
	ASK_EXPORT_WHAT, ASK_EXPORT_FORMAT, ASK_EXPORT_PATH, ASK_OVERWRITE,
	ASK_UNTAG_ALL,
};

struct ui {
	struct browse b;	/* what is shown, in what order, which is current */
	unsigned long seen_gen;	/* b.cur_gen the scroll positions are for */
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
	struct text_line *wrap;
	size_t wrap_cap;
	/* the prompt */
	enum ask ask;
	struct prompt pr;
	char ask_label[1200];	/* the prompt's label (pr.label points here) */
	struct strv shist, fhist, phist;
	enum pane ask_from;
	size_t saved_rtop;
	int ex_what;		/* 't' tagged, 'c' current, 's' shown, 'm' marked */
	char ex_fmt[24];
	char ex_path[1024];
	void *hl;		/* reader.c's highlight stretches */
	size_t hl_cap;
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
	ST_LABEL, ST_STATUS, ST_DIM, ST_PERSON, ST_FIGURE, ST_JUMP, ST_MATCH,
	ST_READ, ST_COUNT
};
attr_t ui_attr(const struct ui *ui, enum style st);

/* Draw s[0..n) at (y, x), cut to w columns with "…" and padded with
 * spaces to exactly w columns. */
void ui_put(int y, int x, int w, const char *s, size_t n, attr_t attr);

/* Set ui up over m (no terminal needed); ui_free releases it. */
void ui_init(struct ui *ui, struct model *m, struct state *st);
void ui_free(struct ui *ui);
/* Input modes, colours and mouse for the current screen. */
void ui_setup_screen(struct ui *ui);
/* Draw the whole screen and refresh it. */
void ui_draw(struct ui *ui);
/* Act on one key from getch() (KEY_MOUSE and KEY_RESIZE included). */
void ui_key(struct ui *ui, int key);
/* One key from get_wch(): fkey for curses key codes; goes to the prompt
 * when it is open. */
void ui_input(struct ui *ui, wint_t ch, int fkey);

/* The model index of the current article (the list must not be empty). */
static inline size_t
ui_art(const struct ui *ui)
{
	return browse_art(&ui->b);
}

/* After the current article changed in the browse module, start its
 * scroll positions from the top. */
void ui_sync(struct ui *ui);

/* ---- search.c: the prompt's side of the filter and the search ---- */

/* Set the filter / the search; 0, or -1 with the message at the prompt. */
int search_set_filter(struct ui *ui, const char *expr);
int search_set_pattern(struct ui *ui, const char *pat, int narrow);
/* n / N (dir +1 or -1, already turned by a backward search). */
void search_step(struct ui *ui, int dir);
/* Move to the first match at or after (backward: before) the top of the
 * reader. */
void search_first(struct ui *ui, int dir);
/* A stopped selection's reason, at the search prompt when it is open. */
void search_note_error(struct ui *ui);

/* Scroll the reader so that line of (para, off) shows. */
void reader_show(struct ui *ui, uint32_t para, size_t off);
/* The place of reader line `line`, or of the first article line after it. */
void reader_line_pos(struct ui *ui, size_t line, uint32_t *para, size_t *off);

/* ---- act.c: tags, read marks, export ---- */
void act_key(struct ui *ui, enum request req);
/* The prompt of an export or a confirmation ended with Enter. */
void act_answer(struct ui *ui, const char *text);
/* Mark the current article read (opened in the reader). */
void act_opened(struct ui *ui);
/* Save the state now; a failure goes to the status line. */
void act_save(struct ui *ui);

/* s with the home folder written ~ (as a shell shows paths), into out. */
void ui_tilde(const char *s, struct buf *out);

/* Set the status line message (cut to fit). */
void ui_say(struct ui *ui, const char *fmt, ...) GISA_PRINTF(2, 3);

/* Open the prompt for ask, pre-filled with text. */
void ui_ask(struct ui *ui, enum ask ask, const char *label, const char *text,
	    struct strv *history);

/* Make row `to` of the list current (clamped to the list). */
void list_select(struct ui *ui, size_t to);

/* Mark or unmark the selected person or figure; 0 when none is. */
int panel_mark(struct ui *ui);

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
