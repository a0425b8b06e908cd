/*
 * frame.c — the screen around the views: layout (three panes side by
 * side, or the focused one alone on a narrow terminal), borders with each
 * view's title and position, and the status line (the message, or what
 * is shown and selected, or the open question).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/text.h"
#include "ask.h"
#include "frame.h"
#include "help.h"

#define MIN_COLS 40
#define MIN_ROWS 8
#define WIDE_COLS 80

static char cwd[4096];

void
frame_init(void)
{
	if (getcwd(cwd, sizeof(cwd)) == NULL)
		cwd[0] = '\0';
}

/* Work out which panes show and where. */
static void
layout(struct ui *ui)
{
	int h = ui->rows - 3, i;

	for (i = 0; i < PANE_COUNT; i++)
		ui->visible[i] = 0;
	ui->pane[PANE_HELP] = (struct rect){ 0, 0, ui->rows - 1, ui->cols };
	ui->pane[PANE_MESSAGES] = ui->pane[PANE_HELP];
	if (ui->cols >= WIDE_COLS) {
		int lw = ui->cols * 30 / 100, pw = ui->cols * 22 / 100;

		if (lw < 26)
			lw = 26;
		if (pw < 22)
			pw = 22;
		ui->pane[PANE_LIST] = (struct rect){ 1, 1, h, lw - 1 };
		ui->pane[PANE_READER] = (struct rect){ 1, lw + 1, h, ui->cols - lw - pw - 2 };
		ui->pane[PANE_PANEL] = (struct rect){ 1, ui->cols - pw, h, pw - 1 };
		for (i = 0; i < PANE_HELP; i++)
			ui->visible[i] = 1;
	} else {
		/* narrow: the focused pane takes the whole screen */
		for (i = 0; i < PANE_HELP; i++)
			ui->pane[i] = (struct rect){ 1, 1, h, ui->cols - 2 };
		ui->visible[ui->focus] = 1;
	}
}

enum frame_part { F_H, F_V, F_UL, F_UR, F_LL, F_LR, F_TT, F_BT };

/* Line drawing is East Asian ambiguous: where the terminal draws those
 * characters wide, the frame is drawn in ASCII so it keeps one column. */
static chtype
frame(enum frame_part f)
{
	static const char ascii[] = "-|++++++";

	if (text_ambiguous_wide())
		return (chtype)ascii[f];
	switch (f) {
	case F_H: return ACS_HLINE;
	case F_V: return ACS_VLINE;
	case F_UL: return ACS_ULCORNER;
	case F_UR: return ACS_URCORNER;
	case F_LL: return ACS_LLCORNER;
	case F_LR: return ACS_LRCORNER;
	case F_TT: return ACS_TTEE;
	default: return ACS_BTEE;
	}
}

static void
hline_at(int y, int x, int w, attr_t attr)
{
	int i;

	attrset(attr);
	for (i = 0; i < w; i++)
		mvaddch(y, x + i, frame(F_H));
	attrset(A_NORMAL);
}

void
frame_box(int y, int x, int h, int w, attr_t attr)
{
	int i;

	attrset(attr);
	mvaddch(y, x, frame(F_UL));
	mvaddch(y, x + w - 1, frame(F_UR));
	mvaddch(y + h - 1, x, frame(F_LL));
	mvaddch(y + h - 1, x + w - 1, frame(F_LR));
	for (i = 1; i < h - 1; i++) {
		mvaddch(y + i, x, frame(F_V));
		mvaddch(y + i, x + w - 1, frame(F_V));
	}
	attrset(A_NORMAL);
	hline_at(y, x + 1, w - 2, attr);
	hline_at(y + h - 1, x + 1, w - 2, attr);
}

void
frame_caption(int y, int x, int w, const char *s, size_t n, attr_t attr, int right)
{
	struct buf cut = BUF_INIT;
	size_t used;

	if (w <= 2)
		return;
	used = text_truncate(s, n, (size_t)w, &cut);
	attrset(attr);
	ui_addn(y, right ? x + w - (int)used : x, cut.s, cut.len);
	attrset(A_NORMAL);
	buf_free(&cut);
}

/* The top border of pane p with its title in it. */
static void
border_title(struct ui *ui, enum pane p)
{
	const struct rect *r = &ui->pane[p];
	struct buf t = BUF_INIT;
	attr_t b = ui_attr(ui, ST_BORDER);
	int w = r->w - 2;

	hline_at(0, r->x, r->w, b);
	if (w <= 2)
		return;
	buf_addc(&t, ' ');
	ui_view(p)->title(ui, &t);
	buf_addc(&t, ' ');
	frame_caption(0, r->x + 1, w, t.s, t.len,
	    ui_attr(ui, p == ui->focus ? ST_PANE_FOCUS : ST_PANE_TITLE), 0);
	buf_free(&t);
}

/* The bottom border of pane p with its position text at the right. */
static void
border_where(struct ui *ui, enum pane p)
{
	const struct rect *r = &ui->pane[p];
	struct buf t = BUF_INIT;

	if (ui_view(p)->where == NULL || r->w <= 6)
		return;
	buf_addc(&t, ' ');
	ui_view(p)->where(ui, &t);
	buf_addc(&t, ' ');
	if (t.len > 2)
		frame_caption(ui->rows - 2, r->x + 1, r->w - 2, t.s, t.len, ui_attr(ui, ST_BORDER), 1);
	buf_free(&t);
}

static void
draw_frame(struct ui *ui)
{
	attr_t b = ui_attr(ui, ST_BORDER);
	int y, i, bottom = ui->rows - 2;

	frame_box(0, 0, bottom + 1, ui->cols, b);
	for (i = 0; i < PANE_HELP; i++) {
		if (!ui->visible[i])
			continue;
		border_title(ui, (enum pane)i);
		if (ui->pane[i].x > 1 && ui->visible[i]) {
			int x = ui->pane[i].x - 1;

			attrset(b);
			mvaddch(0, x, frame(F_TT));
			for (y = 1; y < bottom; y++)
				mvaddch(y, x, frame(F_V));
			mvaddch(bottom, x, frame(F_BT));
		}
	}
	attrset(A_NORMAL);
}

/* path without the working directory in front, when it is below it */
static const char *
relative(const char *path)
{
	size_t n = strlen(cwd);

	if (n > 1 && strncmp(path, cwd, n) == 0 && path[n] == '/')
		return path + n + 1;
	return path;
}

/* What the list shows and what is selected, for the status line. */
static void
summary(struct ui *ui, struct buf *s)
{
	struct browse *b = ui->b;
	const char *sep = "", *serr = browse_search_error(b);

	if (b->pat.len > 0) {
		buf_printf(s, "%c%s  ", b->back ? '?' : '/', b->pat.s);
		if (*serr != '\0') {
			buf_add_shown(s, serr, strlen(serr));	/* PCRE2's words */
		} else {
			if (b->narrow)
				buf_printf(s, "%zu match%s in %zu article%s", b->mtotal,
				    b->mtotal == 1 ? "" : "es", b->marts, b->marts == 1 ? "" : "s");
			if (ui->focus == PANE_READER && b->n > 0 && b->match_for == ui_art(ui)) {
				if (b->narrow)
					buf_adds(s, " \xC2\xB7 ");
				if (b->mcur >= 0)
					buf_printf(s, "match %ld of %zu here", b->mcur + 1,
					    b->nmatch);
				else
					buf_printf(s, "%zu here", b->nmatch);
			}
		}
		sep = " \xC2\xB7 ";
	}
	if (b->filter.len > 0) {
		buf_printf(s, "%sfilter: %s", sep, b->filter.s);
		sep = " \xC2\xB7 ";
	}
	if (b->n != b->m->n) {
		buf_printf(s, "%s%zu of %zu", sep, b->n, b->m->n);
		sep = " \xC2\xB7 ";
	}
	if (b->ntag > 0) {
		buf_printf(s, "%s%zu tagged", sep, b->ntag);
		sep = " \xC2\xB7 ";
	}
	if (b->npmark + b->nfmark > 0) {
		buf_printf(s, "%s%zu marked", sep, b->npmark + b->nfmark);
		sep = " \xC2\xB7 ";
	}
	if (browse_busy(b))
		buf_printf(s, "%ssearching\xE2\x80\xA6", sep);
}

/* A message wider than the status line: wrapped over as many rows as it
 * takes (at most a third of the screen), above and on the status line,
 * over the bottom of the panes; 1 when drawn so. */
static int
draw_long_status(struct ui *ui)
{
	struct text_line *tl = NULL;
	size_t cap = 0, n, k, len = strlen(ui->status);
	int y0;

	if (ui->cols < 20 || text_width(ui->status, len) + 2 <= (size_t)ui->cols)
		return 0;
	n = text_wrap(ui->status, len, (size_t)ui->cols - 2, &tl, &cap);
	if (n > (size_t)ui->rows / 3)
		n = (size_t)ui->rows / 3;	/* the rest stays in M's list */
	y0 = ui->rows - (int)n;
	for (k = 0; k < n; k++) {
		ui_put(y0 + (int)k, 0, 1, "", 0, A_NORMAL);
		ui_put(y0 + (int)k, 1, ui->cols - 1, ui->status + tl[k].off, tl[k].len, A_NORMAL);
	}
	free(tl);
	return 1;
}

/* The hint at the right of the status line: the keys of the pane in
 * focus, named from the key table (the first key of each request). */
static void
hint(const struct ui *ui, struct buf *out)
{
	static const struct {
		enum pane p;
		enum request req;
		const char *what;
	} h[] = {
		{ PANE_LIST, REQ_ENTER, "open" }, { PANE_LIST, REQ_SORT, "sort" },
		{ PANE_LIST, REQ_SEARCH_BACK, "help" }, { PANE_LIST, REQ_BACK, "quit" },
		{ PANE_READER, REQ_PAGE_DOWN, "page" }, { PANE_READER, REQ_NEXT_ARTICLE, "next" },
		{ PANE_READER, REQ_HELP, "help" }, { PANE_READER, REQ_BACK, "list" },
		{ PANE_PANEL, REQ_ENTER, "choose" }, { PANE_PANEL, REQ_CORPUS, "corpus" },
		{ PANE_PANEL, REQ_HELP, "help" }, { PANE_PANEL, REQ_BACK, "list" },
	};
	size_t i;

	for (i = 0; i < sizeof(h) / sizeof(h[0]); i++) {
		struct buf keys = BUF_INIT;
		const char *sp;

		if (h[i].p != ui->focus)
			continue;
		keymap_keys(h[i].req, " ", &keys);
		if (keys.len == 0) {	/* unbound in the config file */
			buf_free(&keys);
			continue;
		}
		sp = strchr(keys.s, ' ');
		buf_add(out, keys.s, sp != NULL ? (size_t)(sp - keys.s) : keys.len);
		buf_printf(out, " %s  ", h[i].what);
		buf_free(&keys);
	}
	if (out->len >= 1)
		out->s[--out->len] = '\0';	/* one space at the end */
}

static void
draw_status(struct ui *ui)
{
	struct buf s = BUF_INIT, right = BUF_INIT;
	int rw, lw;
	size_t before;

	if (ask_is_open(ui, NULL)) {
		ask_draw(ui, ui->rows - 1, ui->cols);
		return;
	}
	if (ui->status[0] != '\0' && draw_long_status(ui))
		return;
	hint(ui, &right);
	rw = (int)text_width(right.s, right.len);
	if (ui->status[0] != '\0'
	    && text_width(ui->status, strlen(ui->status)) + 2 + (size_t)rw > (size_t)ui->cols) {
		buf_reset(&right);	/* the message first: no hint beside it */
		rw = 0;
	}
	lw = ui->cols - rw;
	buf_addc(&s, ' ');
	if (ui->status[0] != '\0') {
		buf_adds(&s, ui->status);
		buf_adds(&s, "  ");
	}
	before = s.len;
	summary(ui, &s);
	if (s.len == before && ui->status[0] == '\0' && ui->b->n > 0) {
		/* a file name is outside text: shown escaped */
		const char *src = relative(ui->b->m->a[ui_art(ui)].source);

		buf_add_shown(&s, src, strlen(src));
	}
	if (lw > 0)
		ui_put(ui->rows - 1, 0, lw, s.s, s.len, A_NORMAL);
	ui_put(ui->rows - 1, lw > 0 ? lw : 0, lw > 0 ? rw : ui->cols, right.s, right.len, A_NORMAL);
	buf_free(&s);
	buf_free(&right);
}

void
frame_draw(struct ui *ui)
{
	int i;

	getmaxyx(stdscr, ui->rows, ui->cols);
	if (ui->cols < MIN_COLS || ui->rows < MIN_ROWS) {
		char msg[2][40];
		int k;

		erase();
		snprintf(msg[0], sizeof(msg[0]), "terminal too small");
		snprintf(msg[1], sizeof(msg[1]), "%dx%d, need %dx%d", ui->cols, ui->rows,
		    MIN_COLS, MIN_ROWS);
		for (k = 0; k < 2 && k < ui->rows; k++)
			ui_put(ui->rows > 2 ? ui->rows / 2 - 1 + k : k, 0, ui->cols, msg[k],
			    strlen(msg[k]), A_NORMAL);
		refresh();
		return;
	}
	ui_sync(ui);
	layout(ui);
	if (ui->help || ui->over != NULL) {
		/* the help screen, or a view over the panes, takes the screen */
		erase();
		if (ui->help)
			ui_view(ui->cover)->draw(ui, &ui->pane[ui->cover]);
		else
			ui->over->draw(ui, &ui->pane[PANE_HELP]);
		if (!ui->help && ui->status[0] != '\0')
			ui_put(ui->rows - 1, 0, ui->cols, ui->status, strlen(ui->status), A_NORMAL);
		refresh();
		return;
	}
	draw_frame(ui);
	for (i = 0; i < PANE_HELP; i++)
		if (ui->visible[i])
			ui_view((enum pane)i)->draw(ui, &ui->pane[i]);
	for (i = 0; i < PANE_HELP; i++)
		if (ui->visible[i])
			border_where(ui, (enum pane)i);
	draw_status(ui);
	curs_set(ask_is_open(ui, NULL));
	refresh();
}

