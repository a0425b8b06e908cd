/*
 * trails.c — the trails view (over.h): the figure trails of the shown
 * articles (core trail.h).  Per trail a row with subject, unit, the
 * sparkline of its values and the line of its points (3만 2024-12
 * 한국경제 → 5만 2025-09 뉴스1), then a row per point: its cell of the
 * sparkline, value, date, outlet, the people next to it, the headline.
 * Enter opens the article at the figure.  The sparkline is block
 * elements, East Asian ambiguous: where the terminal draws those wide
 * (text_ambiguous_wide, as the frame's borders go ASCII) it is ASCII.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/text.h"
#include "../core/trail.h"
#include "over.h"

#define HEAD 2		/* heading, blank */

/* The trails shown: the model's when every article is shown, else
 * those of the shown articles (own). */
static struct trail_set own;
static const struct trail_set *ts;
static struct trow {
	size_t trail;
	long point;		/* -1: the trail's row */
} *rows;
static size_t nrows, caprows;

static void
make_rows(void)
{
	size_t i, k;

	nrows = 0;
	for (i = 0; i < ts->n; i++)
		for (k = 0; k <= ts->t[i].npt; k++) {
			rows = xgrow(rows, &caprows, nrows + 1, sizeof(*rows));
			rows[nrows].trail = i;
			rows[nrows++].point = k == 0 ? -1 : (long)(k - 1);
		}
}

static size_t
total_rows(void)
{
	return HEAD + nrows;
}

static void
shown(struct buf *b, const char *s)
{
	if (s != NULL)
		buf_add_shown(b, s, strlen(s));
}

/* 3만 2024-12 한국경제 → 5만 2025-09 뉴스1 → … */
static void
trail_line(const struct model *m, const struct trail *t, struct buf *b)
{
	struct buf lab = BUF_INIT;
	size_t k;

	for (k = 0; k < t->npt; k++) {
		const struct article *a = &m->a[t->pt[k].art];
		char mo[8];

		trail_point_label(m, &t->pt[k], &lab);
		trail_month(a->date, mo);
		buf_adds(b, k ? " \xE2\x86\x92 " : "");
		shown(b, lab.s);
		if (mo[0] != '\0')
			buf_printf(b, " %s", mo);
		if (a->outlet != NULL) {
			buf_addc(b, ' ');
			shown(b, a->outlet);
		}
	}
	buf_free(&lab);
}

static void
trail_row(const struct model *m, const struct trail *t, struct buf *b)
{
	buf_adds(b, " ");
	shown(b, t->subject);
	buf_adds(b, " \xC2\xB7 ");
	shown(b, t->unit != NULL ? t->unit : "-");
	buf_adds(b, "  ");
	trail_spark(m, t, text_ambiguous_wide(), b);
	buf_adds(b, "  ");
	trail_line(m, t, b);
}

static void
point_row(const struct model *m, const struct trail *t, size_t k, struct buf *b)
{
	const struct trail_point *p = &t->pt[k];
	const struct article *a = &m->a[p->art];
	struct buf spark = BUF_INIT, lab = BUF_INIT;
	int ascii = text_ambiguous_wide();
	size_t cell = ascii ? 1 : 3;
	uint32_t w;

	trail_spark(m, t, ascii, &spark);
	trail_point_label(m, p, &lab);
	buf_adds(b, "    ");
	buf_add(b, spark.s + k * cell, cell);
	buf_addc(b, ' ');
	over_cell(b, lab.s, 10);
	buf_printf(b, "%-10.10s  ", a->date != NULL ? a->date : "undated");
	over_cell(b, a->outlet, 12);
	for (w = 0; w < p->nwho; w++) {
		buf_adds(b, w ? ", " : "");
		shown(b, a->people[p->who[w]].name);
	}
	buf_adds(b, p->nwho ? "  \xE2\x94\x82 " : "\xE2\x94\x82 ");
	shown(b, a->title != NULL ? a->title : "(no title)");
	buf_free(&spark);
	buf_free(&lab);
}

static void
format_row(struct ui *ui, size_t r, struct buf *b, enum style *st)
{
	const struct model *m = ui->b->m;

	*st = ST_NORMAL;
	if (r == 0) {
		*st = ST_HEADING;
		buf_printf(b, " figure trails of %zu shown article%s \xC2\xB7 %zu trail%s", ui->b->n,
		    ui->b->n == 1 ? "" : "s", ts->n, ts->n == 1 ? "" : "s");
	} else if (r >= HEAD && r - HEAD < nrows) {
		const struct trow *tr = &rows[r - HEAD];

		if (tr->point < 0) {
			*st = ST_LABEL;
			trail_row(m, &ts->t[tr->trail], b);
		} else {
			point_row(m, &ts->t[tr->trail], (size_t)tr->point, b);
		}
	}
}

static void
trails_draw(struct ui *ui, const struct rect *r)
{
	over_draw(ui, r, total_rows(), HEAD, format_row, " Enter opens the article at the figure  q back");
}

static void
choose(struct ui *ui)
{
	size_t sel = ui->scroll[PANE_HELP].sel;
	const struct trow *tr;
	const struct trail_point *p;

	if (sel < HEAD || sel - HEAD >= nrows)
		return;
	tr = &rows[sel - HEAD];
	p = &ts->t[tr->trail].pt[tr->point < 0 ? 0 : (size_t)tr->point];
	over_open(ui, p->art, MENTION_FIGURE, (long)p->fig, &p->at);
}

static int
trails_request(struct ui *ui, enum request req, const struct rect *r)
{
	int done = over_request(ui, req, r, total_rows(), HEAD);

	if (done >= 0)
		return done;
	switch (req) {
	case REQ_ENTER:
		choose(ui);
		return 1;
	default:
		ui_say(ui, "that key does nothing in the trails view");
		return 1;
	}
}

/* The row of the trail of figure fig of article art, or HEAD. */
static size_t
row_of(size_t art, long fig)
{
	long t = fig >= 0 ? trail_of(ts, art, (size_t)fig) : -1;
	size_t i;

	for (i = 0; t >= 0 && i < nrows; i++)
		if (rows[i].trail == (size_t)t && rows[i].point >= 0
		    && ts->t[t].pt[rows[i].point].art == art && ts->t[t].pt[rows[i].point].fig == (uint32_t)fig)
			return HEAD + i;
	return HEAD;
}

int
trails_open(struct ui *ui, size_t art, long fig)
{
	const struct model *m = ui->b->m;
	struct timespec t0;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (ui->b->n == m->n) {
		ts = m->trails;
	} else {
		trail_filter(&own, m->trails, m, over_shown(ui));
		ts = &own;
	}
	make_rows();
	if (ts->n == 0) {
		ui_say(ui, "no figure trails in the shown articles (a trail needs one subject and unit in two articles)");
		return 0;
	}
	ui->over = &trails_view;
	ui->scroll[PANE_HELP].top = 0;
	ui->scroll[PANE_HELP].sel = row_of(art, fig);
	over_timed(ui, "trails view", &t0);
	return 1;
}

size_t
trails_of_article(const struct model *m, size_t art, size_t *out, size_t max)
{
	size_t k, n = 0, j;

	for (k = 0; k < m->a[art].nfig && n < max; k++) {
		long t = trail_of(m->trails, art, k);

		for (j = 0; t >= 0 && j < n; j++)
			if (out[j] == (size_t)t)
				break;
		if (t >= 0 && j == n)
			out[n++] = (size_t)t;
	}
	return n;
}

static void
trails_title(struct ui *ui, struct buf *out)
{
	(void)ui;
	buf_adds(out, "trails");
}

void
trails_view_free(void)
{
	trail_set_free(&own);
	ts = NULL;
	free(rows);
	rows = NULL;
	nrows = caprows = 0;
}

const struct view_ops trails_view = {
	.name = "trails view", .title = trails_title, .draw = trails_draw, .where = NULL,
	.request = trails_request, .grep = NULL, .select = NULL, .narrows = 0,
};
