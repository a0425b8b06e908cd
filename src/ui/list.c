/*
 * list.c — the article list: one row per article, date, outlet, title,
 * aligned by display width.  Only visible rows are drawn, so the cost of
 * a redraw does not grow with the corpus.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "uipriv.h"

#define DATE_W 5
#define OUTLET_W 8

static void
list_title(struct ui *ui, struct buf *out)
{
	buf_printf(out, "%zu/%zu articles", ui->norder ? ui->cur + 1 : 0, ui->norder);
}

static void
scroll_into_view(struct ui *ui, int h)
{
	if (h <= 0)
		return;
	if (ui->cur < ui->top)
		ui->top = ui->cur;
	else if (ui->cur >= ui->top + (size_t)h)
		ui->top = ui->cur - (size_t)h + 1;
}

static void
list_draw(struct ui *ui, const struct rect *r)
{
	struct buf row = BUF_INIT;
	int y;

	scroll_into_view(ui, r->h);
	for (y = 0; y < r->h; y++) {
		size_t i = ui->top + (size_t)y;
		const struct article *a;
		attr_t attr;
		char date[8];

		if (i >= ui->norder) {
			ui_put(r->y + y, r->x, r->w, "", 0, ui_attr(ui, ST_NORMAL));
			continue;
		}
		a = &ui->m->a[ui->order[i]];
		buf_reset(&row);
		/* markers: current; then tagged, else near-duplicate */
		buf_adds(&row, i == ui->cur ? "\xE2\x96\xB8" : " ");
		buf_adds(&row, act_is_tagged(ui, ui->order[i]) ? "*" : a->near >= 0 ? "=" : " ");
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
		attr = i == ui->cur ? ui_attr(ui, ST_CURSOR)
		    : act_is_read(ui, ui->order[i]) ? ui_attr(ui, ST_READ) : ui_attr(ui, ST_NORMAL);
		if (ui->snarrow && ui->mcount != NULL && ui->serr[0] == '\0') {
			/* the matches of the row, at its right end */
			char cnt[24];
			int cw = snprintf(cnt, sizeof(cnt), " %zu", ui->mcount[ui->order[i]]);

			if (cw + 10 < r->w) {
				ui_put(r->y + y, r->x, r->w - cw, row.s, row.len, attr);
				ui_put(r->y + y, r->x + r->w - cw, cw, cnt, (size_t)cw,
				    i == ui->cur ? attr : ui_attr(ui, ST_MATCH));
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
	if (ui->norder == 0)
		return;
	if (to >= ui->norder)
		to = ui->norder - 1;
	if (to != ui->cur) {
		ui->cur = to;
		ui->jumped = 0;
		ui->psel = 1;
		ui->rtop = 0;
		ui->ptop = 0;
	}
}

static int
list_request(struct ui *ui, enum request req, const struct rect *r)
{
	size_t page = r->h > 1 ? (size_t)r->h - 1 : 1;

	switch (req) {
	case REQ_DOWN:
		list_select(ui, ui->cur + 1);
		return 1;
	case REQ_UP:
		list_select(ui, ui->cur > 0 ? ui->cur - 1 : 0);
		return 1;
	case REQ_PAGE_DOWN:
		list_select(ui, ui->cur + page);
		return 1;
	case REQ_PAGE_UP:
		list_select(ui, ui->cur > page ? ui->cur - page : 0);
		return 1;
	case REQ_HALF_DOWN:
		list_select(ui, ui->cur + page / 2 + 1);
		return 1;
	case REQ_HALF_UP:
		list_select(ui, ui->cur > page / 2 + 1 ? ui->cur - page / 2 - 1 : 0);
		return 1;
	case REQ_FIRST:
		list_select(ui, 0);
		return 1;
	case REQ_LAST:
		list_select(ui, ui->norder ? ui->norder - 1 : 0);
		return 1;
	case REQ_SORT:
		ui->sort = ui->sort == SORT_INPUT ? SORT_DATE : SORT_INPUT;
		list_sort(ui);
		return 1;
	default:
		return 0;
	}
}

static const struct model *sort_model;

/* Newest first; undated articles last; ties keep input order. */
static int
by_date(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	const char *da = sort_model->a[a].date, *db = sort_model->a[b].date;
	int c;

	if (da == NULL || db == NULL)
		c = (da == NULL) - (db == NULL);
	else
		c = -strcmp(da, db);
	return c != 0 ? c : (a > b) - (a < b);
}

static int
by_input(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;

	return (a > b) - (a < b);
}

void
list_sort(struct ui *ui)
{
	size_t keep = ui->norder ? ui_art(ui) : 0, i;

	sort_model = ui->m;
	qsort(ui->order, ui->norder, sizeof(*ui->order),
	    ui->sort == SORT_DATE ? by_date : by_input);
	for (i = 0; i < ui->norder; i++)
		if (ui->order[i] == keep)
			ui->cur = i;
}

void
list_show(struct ui *ui, size_t art)
{
	size_t i;

	sort_model = ui->m;
	qsort(ui->order, ui->norder, sizeof(*ui->order),
	    ui->sort == SORT_DATE ? by_date : by_input);
	for (i = 0; i < ui->norder; i++)
		if (ui->order[i] == art)
			break;
	if (i == ui->norder) {
		ui->cur = ui->top = 0;
		ui->rtop = ui->ptop = 0;
		ui->jumped = 0;
		ui->psel = 1;
		ui->match_for = (size_t)-1;
	} else {
		ui->cur = i;
	}
}

static void
list_where(struct ui *ui, struct buf *out)
{
	buf_adds(out, ui->sort == SORT_DATE ? "newest first" : "input order");
}

const struct view_ops list_view = { "list", list_title, list_draw, list_where, list_request };
