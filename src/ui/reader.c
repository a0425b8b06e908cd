/*
 * reader.c — the article: title, a meta line, the paragraphs wrapped by
 * display width between words, then the captions.  The wrapped lines are
 * slices of model text, computed once per (article, width).
 */
#include <string.h>

#include "uipriv.h"

static void
add(struct ui *ui, const char *s, size_t n, enum line_kind kind)
{
	struct rline *l;

	ui->lines = xgrow(ui->lines, &ui->lines_cap, ui->nlines + 1, sizeof(*ui->lines));
	l = &ui->lines[ui->nlines++];
	l->s = s;
	l->n = n;
	l->kind = kind;
}

static void
add_wrapped(struct ui *ui, const char *s, int w, enum line_kind kind)
{
	size_t n = strlen(s), k, count;

	count = text_wrap(s, n, (size_t)w, &ui->wrap, &ui->wrap_cap);
	for (k = 0; k < count; k++)
		add(ui, s + ui->wrap[k].off, ui->wrap[k].len, kind);
}

void
reader_layout(struct ui *ui, int w)
{
	const struct article *a;
	size_t i;

	if (ui->norder == 0 || w <= 0) {
		ui->nlines = 0;
		return;
	}
	if (ui->lines_width == w && ui->lines_for == ui_art(ui) && ui->lines != NULL)
		return;
	ui->nlines = 0;
	ui->lines_for = ui_art(ui);
	ui->lines_width = w;
	a = &ui->m->a[ui_art(ui)];
	add_wrapped(ui, a->title != NULL ? a->title : "(no title)", w, LINE_TITLE);

	buf_reset(&ui->meta);
	buf_adds(&ui->meta, a->outlet != NULL ? a->outlet : "(outlet unknown)");
	buf_adds(&ui->meta, " \xC2\xB7 ");
	buf_adds(&ui->meta, a->date != NULL ? a->date : "(date unknown)");
	for (i = 0; i < a->nrep; i++)
		buf_printf(&ui->meta, "%s%s \xEA\xB8\xB0\xEC\x9E\x90", i ? ", " : " \xC2\xB7 ",
		    a->rep[i].name);
	if (a->dups > 0)
		buf_printf(&ui->meta, " \xC2\xB7 %zu repeat%s removed", a->dups, a->dups == 1 ? "" : "s");
	if (a->near >= 0)
		buf_printf(&ui->meta, " \xC2\xB7 re-post of #%ld", a->near + 1);
	add_wrapped(ui, ui->meta.s, w, LINE_META);

	for (i = 0; i < a->npara; i++) {
		add(ui, "", 0, LINE_BLANK);
		add_wrapped(ui, a->para[i], w, LINE_TEXT);
	}
	if (a->npara == 0) {
		add(ui, "", 0, LINE_BLANK);
		add(ui, "(no article text found on this page)", 36, LINE_CAPTION);
	}
	if (a->ncap > 0) {
		add(ui, "", 0, LINE_BLANK);
		add(ui, "captions", 8, LINE_LABEL);
		for (i = 0; i < a->ncap; i++)
			add_wrapped(ui, a->cap[i], w, LINE_CAPTION);
	}
}

static void
reader_title(struct ui *ui, struct buf *out)
{
	if (ui->norder > 0 && ui->m->a[ui_art(ui)].title != NULL)
		buf_adds(out, ui->m->a[ui_art(ui)].title);
	else
		buf_adds(out, "reader");
}

static enum style
style_of(enum line_kind k)
{
	switch (k) {
	case LINE_TITLE: return ST_TITLE;
	case LINE_META: return ST_META;
	case LINE_CAPTION: return ST_CAPTION;
	case LINE_LABEL: return ST_LABEL;
	default: return ST_NORMAL;
	}
}

static void
reader_draw(struct ui *ui, const struct rect *r)
{
	int y;

	reader_layout(ui, r->w);
	ui->rtop = ui_clamp_top(ui->rtop, ui->nlines, r->h);
	for (y = 0; y < r->h; y++) {
		size_t i = ui->rtop + (size_t)y;

		if (i < ui->nlines)
			ui_put(r->y + y, r->x, r->w, ui->lines[i].s, ui->lines[i].n,
			    ui_attr(ui, style_of(ui->lines[i].kind)));
		else
			ui_put(r->y + y, r->x, r->w, "", 0, ui_attr(ui, ST_NORMAL));
	}
}

static int
reader_request(struct ui *ui, enum request req, const struct rect *r)
{
	size_t page = r->h > 1 ? (size_t)r->h - 1 : 1;

	reader_layout(ui, r->w);
	switch (req) {
	case REQ_DOWN:
		ui->rtop++;
		break;
	case REQ_UP:
		ui->rtop = ui->rtop > 0 ? ui->rtop - 1 : 0;
		break;
	case REQ_PAGE_DOWN:
		ui->rtop += page;
		break;
	case REQ_PAGE_UP:
		ui->rtop = ui->rtop > page ? ui->rtop - page : 0;
		break;
	case REQ_HALF_DOWN:
		ui->rtop += (size_t)r->h / 2;
		break;
	case REQ_HALF_UP:
		ui->rtop = ui->rtop > (size_t)r->h / 2 ? ui->rtop - (size_t)r->h / 2 : 0;
		break;
	case REQ_FIRST:
		ui->rtop = 0;
		break;
	case REQ_LAST:
		ui->rtop = ui->nlines;
		break;
	default:
		return 0;
	}
	ui->rtop = ui_clamp_top(ui->rtop, ui->nlines, r->h);
	return 1;
}

/* "12-38/80 45%": the lines shown and how far through the article. */
static void
reader_where(struct ui *ui, struct buf *out)
{
	const struct rect *r = &ui->pane[PANE_READER];
	size_t last = ui->rtop + (size_t)r->h;

	if (ui->nlines == 0)
		return;
	if (last > ui->nlines)
		last = ui->nlines;
	if (ui->rtop == 0 && last == ui->nlines)
		buf_printf(out, "all %zu lines", ui->nlines);
	else
		buf_printf(out, "%zu-%zu/%zu %zu%%", ui->rtop + 1, last, ui->nlines,
		    last * 100 / ui->nlines);
}

const struct view_ops reader_view = { "reader", reader_title, reader_draw, reader_where, reader_request };
