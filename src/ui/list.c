/*
 * list.c — the article list: one row per article, date, outlet, title,
 * aligned by display width.  Only visible rows are drawn, so the cost of
 * a redraw does not grow with the corpus.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "act.h"
#include "list.h"
#include "search.h"

#define DATE_W 5
#define OUTLET_W 8

static void
list_title(struct ui *ui, struct buf *out)
{
	buf_printf(out, "%zu/%zu articles", ui->b->n ? ui->b->cur + 1 : 0, ui->b->n);
}

static void
list_draw(struct ui *ui, const struct rect *r)
{
	struct scroll *sc = &ui->scroll[PANE_LIST];
	struct buf row = BUF_INIT;
	int y;

	sc->sel = ui->b->cur;
	scroll_fit(sc, ui->b->n, r->h, 1);
	for (y = 0; y < r->h; y++) {
		size_t i = sc->top + (size_t)y;
		const struct article *a;
		attr_t attr;
		char date[8];

		if (i >= ui->b->n) {
			ui_put(r->y + y, r->x, r->w, "", 0, ui_attr(ui, ST_NORMAL));
			continue;
		}
		a = &ui->b->m->a[ui->b->order[i]];
		buf_reset(&row);
		/* markers: current; then tagged, else near-duplicate */
		buf_adds(&row, i == ui->b->cur ? "\xE2\x96\xB8" : " ");
		buf_adds(&row, browse_is_tagged(ui->b, ui->b->order[i]) ? "*" : a->near >= 0 ? "=" : " ");
		if (a->date != NULL && strlen(a->date) >= 10)
			snprintf(date, sizeof(date), "%.5s", a->date + 5);
		else
			snprintf(date, sizeof(date), "  -  ");
		buf_printf(&row, "%s ", date);
		{
			const char *o = a->outlet != NULL ? a->outlet : "";
			size_t w = text_truncate(o, strlen(o), OUTLET_W, &row);

			for (; w < OUTLET_W + 1; w++)
				buf_addc(&row, ' ');
		}
		{
			const char *t = a->title != NULL ? a->title : "(no title)";

			buf_adds(&row, t);
		}
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
list_sort_toggle(struct ui *ui)
{
	browse_sort(ui->b, ui->b->sort == BROWSE_INPUT ? BROWSE_DATE : BROWSE_INPUT);
	ui_say(ui, "sorted %s", ui->b->sort == BROWSE_DATE ? "by date, newest first" : "in input order");
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
		if (ui->b->n == 0)
			return 1;
		ui->focus = PANE_READER;
		ui->scroll[PANE_READER].top = 0;
		act_opened(ui);
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
	buf_adds(out, ui->b->sort == BROWSE_DATE ? "newest first" : "input order");
}

const struct view_ops list_view = {
	.name = "list", .title = list_title, .draw = list_draw, .where = list_where,
	.request = list_request, .grep = search_step, .select = NULL, .narrows = 1,
};
