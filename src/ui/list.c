/*
 * list.c — the article list: one row per article, markers, date, outlet,
 * title, aligned by display width (the columns: core/listcol.h).  Only visible rows are drawn, so the cost of
 * a redraw does not grow with the corpus.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/listcol.h"
#include "../core/text.h"
#include "act.h"
#include "list.h"
#include "search.h"

/* What the columns are for: the years of (list_gen), the outlets of the
 * model and the pane's width. */
static struct {
	unsigned long list_gen;
	const struct model *m;
	int years, w;
	size_t outlet_w;
} col = { (unsigned long)-1, NULL, 0, 0, 0 };

static void
columns(struct ui *ui, int w)
{
	size_t cap = listcol_conf.outlet_max;

	if (col.list_gen != ui->b->list_gen || col.m != ui->b->m) {
		col.list_gen = ui->b->list_gen;
		col.years = listcol_spans_years(ui->b->m, ui->b->order, ui->b->n);
	}
	if (col.m != ui->b->m || col.w != w) {
		col.m = ui->b->m;
		col.w = w;
		if (cap > (size_t)w / 3)
			cap = (size_t)w / 3;
		col.outlet_w = listcol_outlet_width(ui->b->m, cap);
	}
}

static void
list_title(struct ui *ui, struct buf *out)
{
	int narrow = ui->pane[PANE_LIST].w < 32;

	buf_printf(out, "%zu/%zu%s", ui->b->n ? ui->b->cur + 1 : 0, ui->b->n, narrow ? "" : " articles");
	if (ui->b->n > 0)
		buf_printf(out, " \xC2\xB7 %zu unread", browse_unread(ui->b));
}

void
list_format_row(const struct article *a, int cur, int read, char mark, int years,
		size_t outlet_w, struct buf *row)
{
	size_t c;

	buf_reset(row);
	buf_adds(row, cur ? "\xE2\x96\xB8" : " ");
	buf_adds(row, read ? " " : "N");
	buf_addc(row, mark);
	for (c = 0; c < listcol_conf.ncols; c++) {
		const char *o = a->outlet != NULL ? a->outlet : "";
		size_t w;

		switch (listcol_conf.cols[c]) {
		case LISTCOL_DATE:
			listcol_date(a->date, listcol_conf.date, years, row);
			buf_addc(row, ' ');
			break;
		case LISTCOL_OUTLET:
			if (outlet_w == 0)
				break;
			w = text_truncate(o, strlen(o), outlet_w, row);
			for (; w < outlet_w + 1; w++)
				buf_addc(row, ' ');
			break;
		case LISTCOL_TITLE:
			break;	/* the last */
		}
	}
	buf_adds(row, a->title != NULL ? a->title : "(no title)");
}

static void
format_row(struct ui *ui, size_t i, struct buf *row)
{
	const struct article *a = &ui->b->m->a[ui->b->order[i]];
	size_t art = ui->b->order[i];

	list_format_row(a, i == ui->b->cur, browse_is_read(ui->b, art),
	    browse_is_tagged(ui->b, art) ? '*' : a->near >= 0 ? '=' : ' ', col.years,
	    col.outlet_w, row);
}

static void
list_draw(struct ui *ui, const struct rect *r)
{
	struct scroll *sc = &ui->scroll[PANE_LIST];
	struct buf row = BUF_INIT;
	int y;

	sc->sel = ui->b->cur;
	scroll_fit(sc, ui->b->n, r->h, 1);
	columns(ui, r->w);
	for (y = 0; y < r->h; y++) {
		size_t i = sc->top + (size_t)y;
		attr_t attr;

		if (i >= ui->b->n) {
			ui_put(r->y + y, r->x, r->w, "", 0, ui_attr(ui, ST_NORMAL));
			continue;
		}
		format_row(ui, i, &row);
		attr = i == ui->b->cur ? ui_attr(ui, ST_CURSOR)
		    : browse_is_read(ui->b, ui->b->order[i]) ? ui_attr(ui, ST_READ) : ui_attr(ui, ST_NORMAL);
		if (ui->b->narrow && *browse_search_error(ui->b) == '\0') {
			/* the matches of the row, at its right end */
			char cnt[24];
			int cw = snprintf(cnt, sizeof(cnt), " %zu", ui->b->mcount[ui->b->order[i]]);

			if (cw + 10 < r->w) {
				ui_put(r->y + y, r->x, r->w - cw, row.s, row.len, attr);
				ui_put(r->y + y, r->x + r->w - cw, cw, cnt, (size_t)cw,
				    i == ui->b->cur ? attr : ui_attr(ui, ST_MATCH));
				continue;
			}
		}
		ui_put(r->y + y, r->x, r->w, row.s, row.len, attr);
	}
	buf_free(&row);
}

void
list_select(struct ui *ui, size_t to)
{
	browse_select(ui->b, to);
	ui_sync(ui);
}

void
list_sort(struct ui *ui, enum request req)
{
	struct buf d = BUF_INIT;

	if (req == REQ_SORT_REVERSE)
		browse_sort_by(ui->b, ui->b->sort, !ui->b->reverse);
	else
		browse_sort_next(ui->b);
	browse_sort_describe(ui->b, &d);
	ui_say(ui, "sorted: %s", d.s);
	buf_free(&d);
}

/* Open row `row` in the reader. */
static void
open_row(struct ui *ui, size_t row)
{
	list_select(ui, row);
	ui->focus = PANE_READER;
	ui->scroll[PANE_READER].top = 0;
	act_opened(ui);
}

void
list_goto(struct ui *ui, enum request req)
{
	struct browse *b = ui->b;
	int wrapped;
	long row;

	if (b->n == 0)
		return;
	switch (req) {
	case REQ_NEXT_ARTICLE:
	case REQ_PREV_ARTICLE:
		if (req == REQ_NEXT_ARTICLE ? b->cur + 1 >= b->n : b->cur == 0) {
			ui_say(ui, "%s article of the list", req == REQ_NEXT_ARTICLE ? "the last" : "the first");
			return;
		}
		open_row(ui, req == REQ_NEXT_ARTICLE ? b->cur + 1 : b->cur - 1);
		return;
	case REQ_NEXT_UNREAD:
		row = browse_next_unread(b, 1, &wrapped);
		if (row < 0) {
			ui_say(ui, "no other unread article in the list");
			return;
		}
		open_row(ui, (size_t)row);
		if (wrapped)
			ui_say(ui, "on from the top of the list");
		return;
	default:	/* REQ_NARROW: the original of a re-post */
		if (b->m->a[browse_art(b)].near < 0) {
			ui_say(ui, "not a re-post");
			return;
		}
		row = browse_row_of(b, (size_t)b->m->a[browse_art(b)].near);
		if (row < 0) {
			ui_say(ui, "the original is not in the list (F shows every article)");
			return;
		}
		list_select(ui, (size_t)row);
		if (ui->focus == PANE_READER)
			act_opened(ui);
		return;
	}
}

static int
list_request(struct ui *ui, enum request req, const struct rect *r)
{
	struct scroll *sc = &ui->scroll[PANE_LIST];

	sc->sel = ui->b->cur;
	if (scroll_request(sc, req, ui->b->n, r->h, 1)) {
		list_select(ui, sc->sel);
		return 1;
	}
	switch (req) {
	case REQ_ENTER:
		if (ui->b->n > 0)
			open_row(ui, ui->b->cur);
		return 1;
	case REQ_TAG:
		if (act_tag(ui))
			list_select(ui, ui->b->cur + 1);
		return 1;
	default:
		return 0;
	}
}

static void
list_where(struct ui *ui, struct buf *out)
{
	struct buf d = BUF_INIT;

	browse_sort_describe(ui->b, &d);
	buf_adds(out, d.s);
	buf_free(&d);
}

const struct view_ops list_view = {
	.name = "list", .title = list_title, .draw = list_draw, .where = list_where,
	.request = list_request, .grep = search_step, .select = NULL, .narrows = 1,
};
