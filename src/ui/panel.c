/*
 * panel.c — the side panel: the people and figures of the current
 * article.  People are the by-line reporters for now (name, title,
 * outlet); figures come with the extraction model.
 */
#include <string.h>

#include "uipriv.h"

/* One panel row: a label row or an entry. */
static size_t
panel_rows(const struct ui *ui, size_t row, struct buf *out, enum style *st)
{
	const struct article *a = &ui->m->a[ui_art(ui)];
	size_t n = 0;

	/* people */
	if (row == n) {
		*st = ST_LABEL;
		buf_adds(out, "people");
		return 1;
	}
	n++;
	if (a->nrep == 0) {
		if (row == n) {
			*st = ST_DIM;
			buf_adds(out, "(none named)");
			return 1;
		}
		n++;
	}
	if (row < n + a->nrep) {
		*st = ST_NORMAL;
		buf_printf(out, "%s  \xEA\xB8\xB0\xEC\x9E\x90", a->rep[row - n].name);
		if (a->outlet != NULL)
			buf_printf(out, " \xC2\xB7 %s", a->outlet);
		return 1;
	}
	n += a->nrep;
	if (row == n) {
		*st = ST_NORMAL;
		return 1;	/* a blank between sections */
	}
	n++;
	if (row == n) {
		*st = ST_LABEL;
		buf_adds(out, "figures");
		return 1;
	}
	n++;
	if (row == n) {
		*st = ST_DIM;
		buf_adds(out, "(none extracted)");
		return 1;
	}
	return 0;
}

static void
panel_title(struct ui *ui, struct buf *out)
{
	buf_adds(out, "people \xC2\xB7 figures");
}

static void
panel_draw(struct ui *ui, const struct rect *r)
{
	struct buf row = BUF_INIT;
	int y;

	for (y = 0; y < r->h; y++) {
		enum style st = ST_NORMAL;

		buf_reset(&row);
		if (ui->norder == 0 || !panel_rows(ui, ui->ptop + (size_t)y, &row, &st))
			buf_reset(&row);
		ui_put(r->y + y, r->x, r->w, row.s ? row.s : "", row.len, ui_attr(ui, st));
	}
	buf_free(&row);
}

static int
panel_request(struct ui *ui, enum request req, const struct rect *r)
{
	switch (req) {
	case REQ_DOWN:
		ui->ptop++;
		return 1;
	case REQ_UP:
		ui->ptop = ui->ptop > 0 ? ui->ptop - 1 : 0;
		return 1;
	case REQ_FIRST:
		ui->ptop = 0;
		return 1;
	default:
		return 0;
	}
}

const struct view_ops panel_view = { "panel", panel_title, panel_draw, NULL, panel_request };
