/*
 * over.c — what the views over the panes share (over.h): closing, and
 * opening an article at a place.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/text.h"
#include "act.h"
#include "over.h"
#include "reader.h"

void
over_cell(struct buf *b, const char *s, size_t cols)
{
	struct buf raw = BUF_INIT, cut = BUF_INIT;
	size_t used;

	buf_add_shown(&raw, s != NULL ? s : "-", strlen(s != NULL ? s : "-"));
	used = text_truncate(raw.s, raw.len, cols, &cut);
	buf_add(b, cut.s, cut.len);
	for (; used < cols + 2; used++)
		buf_addc(b, ' ');
	buf_free(&raw);
	buf_free(&cut);
}

void
over_draw(struct ui *ui, const struct rect *r, size_t total, size_t head,
	  over_row_fn row, const char *hint)
{
	struct scroll *sc = &ui->scroll[PANE_HELP];
	struct buf line = BUF_INIT;
	int y;

	scroll_fit(sc, total, r->h, 1);
	if (sc->sel < head && total > head)
		sc->sel = head;
	for (y = 0; y < r->h; y++) {
		size_t k = sc->top + (size_t)y;
		enum style st = ST_NORMAL;

		buf_reset(&line);
		buf_adds(&line, "");
		if (k < total)
			row(ui, k, &line, &st);
		ui_put(r->y + y, r->x, r->w, line.s, line.len,
		    ui_attr(ui, k == sc->sel && k >= head ? ST_CURSOR : st));
	}
	ui_put(r->y + r->h, r->x, r->w, hint, strlen(hint), ui_attr(ui, ST_STATUS));
	buf_free(&line);
}

int
over_request(struct ui *ui, enum request req, const struct rect *r, size_t total, size_t head)
{
	struct scroll *sc = &ui->scroll[PANE_HELP];

	if (scroll_request(sc, req, total, r->h, 1)) {
		if (sc->sel < head)
			sc->sel = head;
		return 1;
	}
	switch (req) {
	case REQ_BACK:
		over_close(ui);
		return 1;
	case REQ_QUIT: case REQ_HELP: case REQ_REDRAW: case REQ_MESSAGES: case REQ_SUSPEND:
		return 0;
	default:
		return -1;
	}
}

void
over_timed(struct ui *ui, const char *what, const struct timespec *t0)
{
	struct timespec t1;

	if (getenv("GISA_TIME_VIEWS") == NULL)
		return;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ui_say(ui, "%s built in %.1f ms", what, (double)(t1.tv_sec - t0->tv_sec) * 1e3
	    + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6);
}

static unsigned char *shown_flags;
static size_t shown_cap;

const unsigned char *
over_shown(struct ui *ui)
{
	size_t i;

	if (ui->b->n == ui->b->m->n)
		return NULL;
	shown_flags = xgrow(shown_flags, &shown_cap, ui->b->m->n, 1);
	memset(shown_flags, 0, ui->b->m->n);
	for (i = 0; i < ui->b->n; i++)
		shown_flags[ui->b->order[i]] = 1;
	return shown_flags;
}

void
over_free_shown(void)
{
	free(shown_flags);
	shown_flags = NULL;
	shown_cap = 0;
}

void
over_close(struct ui *ui)
{
	ui->over = NULL;
}

void
over_open(struct ui *ui, size_t art, int type, long what, const struct span *at)
{
	long row = browse_row_of(ui->b, art);

	over_close(ui);
	if (row < 0) {
		ui_say(ui, "that article is no longer shown");
		return;
	}
	browse_select(ui->b, (size_t)row);
	ui_sync(ui);
	ui->focus = PANE_READER;
	ui->scroll[PANE_READER].top = 0;
	act_opened(ui);
	if (what >= 0 && reader_jump(ui, type, (size_t)what))
		return;
	if (at != NULL && at->len > 0)
		reader_show(ui, at->para, at->off);
}
