/*
 * panel.c — the side panel: the people and figures of the current
 * article, or ('c') of every article the list shows, most mentioned first.
 * Enter on an entry jumps to its next mention in the reader (article
 * view); in the corpus view it opens the person view of a person and
 * narrows the list to the articles of a figure (= narrows by either, in
 * both views); F in the list widens it again.  The article view ends
 * with the figure trails its figures belong to (Enter: the trails view
 * there).
 *
 * The panel is a list of rows made on demand: labels, blanks and entries.
 * Corpus entries are counted over the shown articles once per change of
 * that list (browse_tally), not per keypress.  The selection and the
 * window are ui->scroll[PANE_PANEL]; the selection rests on entries only.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/figure.h"
#include "../core/text.h"
#include "../core/trail.h"
#include "over.h"
#include "panel.h"
#include "reader.h"
#include "search.h"

/* the corpus view (c) is up */
static int corpus;

enum row_kind { ROW_BLANK, ROW_LABEL, ROW_NONE, ROW_PERSON, ROW_FIGURE, ROW_TRAIL };

/* Trails listed for one article at most. */
#define PANEL_TRAILS 16

struct prow {
	enum row_kind kind;
	size_t idx;		/* art_person/art_figure, or corpus index */
};

/* Row r of the trails section of the article view (blank, label,
 * a row per trail); 0 past it or when there are none. */
static int
trail_rows(struct ui *ui, size_t r, struct prow *out)
{
	size_t tr[PANEL_TRAILS];
	size_t n = trails_of_article(ui->b->m, ui_art(ui), tr, PANEL_TRAILS);

	if (n == 0 || r >= n + 2)
		return 0;
	if (r < 2) {
		out->kind = r == 0 ? ROW_BLANK : ROW_LABEL;
		out->idx = 2;
		return 1;
	}
	out->kind = ROW_TRAIL;
	out->idx = tr[r - 2];
	return 1;
}

/* Row r of the panel; returns 0 past the end. */
static int
panel_row(struct ui *ui, size_t r, struct prow *out)
{
	const struct tally *t = NULL;
	size_t np, nf;

	if (ui->b->n == 0)
		return 0;
	if (corpus) {
		t = browse_tally(ui->b);
		np = t->npeople;
		nf = t->nfigures;
	} else {
		np = ui->b->m->a[ui_art(ui)].npeople;
		nf = ui->b->m->a[ui_art(ui)].nfig;
	}
	/* people label, entries (or "none"), blank, figures label, entries */
	if (r == 0)
		return out->kind = ROW_LABEL, out->idx = 0, 1;
	r--;
	if (r < (np ? np : 1)) {
		out->kind = np ? ROW_PERSON : ROW_NONE;
		out->idx = np ? (t != NULL ? t->people[r] : r) : 0;
		return 1;
	}
	r -= np ? np : 1;
	if (r == 0)
		return out->kind = ROW_BLANK, 1;
	if (r == 1)
		return out->kind = ROW_LABEL, out->idx = 1, 1;
	r -= 2;
	if (r < (nf ? nf : 1)) {
		out->kind = nf ? ROW_FIGURE : ROW_NONE;
		out->idx = nf ? (t != NULL ? t->figures[r] : r) : 0;
		return 1;
	}
	r -= nf ? nf : 1;
	return corpus ? 0 : trail_rows(ui, r, out);
}

static size_t
panel_nrows(struct ui *ui)
{
	struct prow pr;
	size_t n = 0;

	while (panel_row(ui, n, &pr))
		n++;
	return n;
}

/* 35500000000000 → "35,500,000,000,000"; 3.5 stays "3.5". */
static void
grouped(struct buf *b, double v)
{
	char tmp[64];
	size_t len, i, lead;

	if (v != floor(v) || fabs(v) >= 1e18) {
		buf_printf(b, "%g", v);
		return;
	}
	len = (size_t)snprintf(tmp, sizeof(tmp), "%.0f", fabs(v));
	if (v < 0)
		buf_addc(b, '-');
	lead = len % 3 ? len % 3 : 3;
	buf_add(b, tmp, lead);
	for (i = lead; i < len; i += 3) {
		buf_addc(b, ',');
		buf_add(b, tmp + i, 3);
	}
}

/* a and b are the same but for digit-grouping commas */
static int
same_but_commas(const char *a, const char *b)
{
	for (;;) {
		while (*a == ',')
			a++;
		while (*b == ',')
			b++;
		if (*a != *b)
			return 0;
		if (*a == '\0')
			return 1;
		a++;
		b++;
	}
}

/* The normalised value of a figure after its surface form, when it says
 * more than the form does (35조5000억원 → 35,500,000,000,000원; not for
 * years and dates, whose digits are not grouped).  A value that would not
 * fit in room columns with the form takes the short Korean form (35.5조원)
 * instead of being cut, and is left out when even that does not fit. */
static void
value_after(struct buf *b, const char *text, double v, const char *unit, int kind,
	    size_t room)
{
	struct buf val = BUF_INIT;

	if (kind == FIG_YEAR || kind == FIG_DATE)
		buf_printf(&val, "%.0f", v);
	else
		grouped(&val, v);
	buf_adds(&val, unit != NULL ? unit : "");
	if (kind != FIG_YEAR && kind != FIG_DATE
	    && text_width(b->s, b->len) + 2 + text_width(val.s, val.len) > room) {
		buf_reset(&val);
		figure_short(v, &val);
		buf_adds(&val, unit != NULL ? unit : "");
	}
	/* still too wide: left out rather than cut (the form says it) */
	if (!same_but_commas(val.s, text)
	    && text_width(b->s, b->len) + 2 + text_width(val.s, val.len) <= room)
		buf_printf(b, "  %s", val.s);
	buf_free(&val);
}

static void
titles(struct buf *b, const char *const *t, size_t n)
{
	size_t i;

	for (i = 0; i < n && i < 3; i++)
		buf_printf(b, "%s%s", i ? "\xC2\xB7" : "", t[i]);
}

/* The corpus person or figure of an entry row. */
static size_t
corpus_index(struct ui *ui, const struct prow *pr)
{
	const struct article *a = &ui->b->m->a[ui_art(ui)];

	if (corpus)
		return pr->idx;
	return pr->kind == ROW_PERSON ? a->people[pr->idx].person : a->fig[pr->idx].figure;
}

static int
marked(struct ui *ui, const struct prow *pr)
{
	if (pr->kind == ROW_PERSON)
		return browse_person_marked(ui->b, corpus_index(ui, pr));
	if (pr->kind == ROW_FIGURE)
		return browse_figure_marked(ui->b, corpus_index(ui, pr));
	return 0;
}

static void
format_row(struct ui *ui, const struct prow *pr, struct buf *b, enum style *st,
	   size_t room)
{
	const struct model *m = ui->b->m;
	const struct article *a = &m->a[ui_art(ui)];
	const struct tally *t = corpus ? browse_tally(ui->b) : NULL;

	*st = ST_NORMAL;
	if (pr->kind == ROW_PERSON || pr->kind == ROW_FIGURE)
		buf_adds(b, marked(ui, pr) ? "*" : " ");
	switch (pr->kind) {
	case ROW_BLANK:
		break;
	case ROW_LABEL:
		*st = ST_LABEL;
		buf_adds(b, pr->idx == 0 ? "people" : pr->idx == 1 ? "figures" : "trails");
		if (corpus)
			buf_printf(b, " of %zu articles", ui->b->n);
		break;
	case ROW_NONE:
		*st = ST_DIM;
		buf_adds(b, "(none)");
		break;
	case ROW_PERSON:
		if (corpus) {
			const struct corpus_person *p = &m->people[pr->idx];

			buf_printf(b, "%s  ", p->name);
			titles(b, p->titles, p->ntitles);
			if (p->org != NULL)
				buf_printf(b, " %s", p->org);
			buf_printf(b, "  %zu art.", t->pcount[pr->idx]);
		} else {
			const struct art_person *p = &a->people[pr->idx];

			buf_printf(b, "%s  ", p->name);
			titles(b, p->titles, p->ntitles);
			if (p->org != NULL)
				buf_printf(b, " %s", p->org);
			buf_printf(b, "  %zu", p->mentions);
		}
		break;
	case ROW_TRAIL: {
		const struct trail *tr = &m->trails->t[pr->idx];

		buf_adds(b, " ");
		buf_add_shown(b, tr->subject, strlen(tr->subject));
		buf_printf(b, "\xC2\xB7%s ", tr->unit != NULL ? tr->unit : "-");
		trail_spark(m, tr, text_ambiguous_wide(), b);
		buf_printf(b, " %zu art.", tr->narts);
		break;
	}
	case ROW_FIGURE:
		if (corpus) {
			const struct corpus_figure *f = &m->figures[pr->idx];
			const char *text = f->ntexts ? f->texts[0] : "";

			buf_adds(b, text);
			value_after(b, text, f->value, f->unit, f->kind, room);
			buf_printf(b, "  %zu art.", t->fcount[pr->idx]);
		} else {
			const struct art_figure *f = &a->fig[pr->idx];

			buf_adds(b, f->text);
			value_after(b, f->text, f->value, f->unit, f->kind, room);
			/* the subject only where a letter of it fits: a cut
			 * falls in it, never in the value */
			if (f->subject != NULL && text_width(b->s, b->len) + 4 <= room)
				buf_printf(b, "  %s", f->subject);
		}
		break;
	}
}

static int
selectable(const struct prow *pr)
{
	return pr->kind == ROW_PERSON || pr->kind == ROW_FIGURE || pr->kind == ROW_TRAIL;
}

static void
panel_title(struct ui *ui, struct buf *out)
{
	buf_adds(out, corpus ? "corpus: people \xC2\xB7 figures" : "people \xC2\xB7 figures");
}

static void
panel_draw(struct ui *ui, const struct rect *r)
{
	struct scroll *sc = &ui->scroll[PANE_PANEL];
	struct buf row = BUF_INIT;
	int y;

	scroll_fit(sc, panel_nrows(ui), r->h, 1);
	for (y = 0; y < r->h; y++) {
		struct prow pr = { ROW_BLANK, 0 };
		enum style st = ST_NORMAL;
		attr_t attr;

		buf_reset(&row);
		if (panel_row(ui, sc->top + (size_t)y, &pr))
			format_row(ui, &pr, &row, &st, (size_t)r->w);
		attr = ui_attr(ui, st);
		if (ui->focus == PANE_PANEL && sc->top + (size_t)y == sc->sel && selectable(&pr))
			attr = ui_attr(ui, ST_CURSOR);
		ui_put(r->y + y, r->x, r->w, row.s ? row.s : "", row.len, attr);
	}
	buf_free(&row);
}

/* The first entry from the selection on in direction dir, else the other
 * way (else row 1). */
static void
settle(struct ui *ui, int dir)
{
	struct scroll *sc = &ui->scroll[PANE_PANEL];
	size_t total = panel_nrows(ui), k;
	struct prow pr;
	int pass;

	for (pass = 0; pass < 2; pass++, dir = -dir)
		for (k = sc->sel; k < total; k = dir > 0 ? k + 1 : k - 1) {
			if (panel_row(ui, k, &pr) && selectable(&pr)) {
				sc->sel = k;
				return;
			}
			if (dir < 0 && k == 0)
				break;
		}
	sc->sel = 1;
}

/* The first figure of the current article in trail t of the model. */
static long
first_fig_of(struct ui *ui, size_t t)
{
	size_t k, art = ui_art(ui);

	for (k = 0; k < ui->b->m->a[art].nfig; k++)
		if (trail_of(ui->b->m->trails, art, k) == (long)t)
			return (long)k;
	return -1;
}

/* =: narrow the list by the chosen person or figure (a term of the
 * filter, core/browse.c); 0 when none is chosen. */
static int
narrow(struct ui *ui)
{
	struct prow pr;

	if (!panel_row(ui, ui->scroll[PANE_PANEL].sel, &pr)
	    || (pr.kind != ROW_PERSON && pr.kind != ROW_FIGURE))
		return 0;
	if (pr.kind == ROW_PERSON)
		browse_narrow_person(ui->b, corpus_index(ui, &pr));
	else
		browse_narrow_figure(ui->b, corpus_index(ui, &pr));
	ui_sync(ui);
	ui->focus = PANE_LIST;
	return 1;
}

static void
choose(struct ui *ui)
{
	struct prow pr;

	if (!panel_row(ui, ui->scroll[PANE_PANEL].sel, &pr) || !selectable(&pr))
		return;
	if (pr.kind == ROW_TRAIL) {
		trails_open(ui, ui_art(ui), first_fig_of(ui, pr.idx));
		return;
	}
	if (corpus && pr.kind == ROW_PERSON) {
		person_open(ui, pr.idx);
		return;
	}
	if (!corpus) {
		if (reader_jump(ui, pr.kind == ROW_PERSON ? MENTION_PERSON : MENTION_FIGURE, pr.idx))
			ui_say(ui, "Enter again: next mention");
		else
			ui_say(ui, "named only in the by-line");
		return;
	}
	narrow(ui);	/* a figure of the corpus view */
}

/* t: mark or unmark the selected person or figure; 0 when none is. */
static int
mark(struct ui *ui)
{
	struct prow pr;

	if (!panel_row(ui, ui->scroll[PANE_PANEL].sel, &pr)
	    || (pr.kind != ROW_PERSON && pr.kind != ROW_FIGURE))
		return 0;
	if (pr.kind == ROW_PERSON)
		browse_mark_person(ui->b, corpus_index(ui, &pr));
	else
		browse_mark_figure(ui->b, corpus_index(ui, &pr));
	ui->scroll[PANE_PANEL].sel++;
	settle(ui, 1);
	return 1;
}

static int
panel_request(struct ui *ui, enum request req, const struct rect *r)
{
	int up = req == REQ_UP || req == REQ_PAGE_UP || req == REQ_HALF_UP || req == REQ_LAST;

	if (scroll_request(&ui->scroll[PANE_PANEL], req, panel_nrows(ui), r->h, 1)) {
		settle(ui, up ? -1 : 1);
		return 1;
	}
	switch (req) {
	case REQ_ENTER:
		choose(ui);
		return 1;
	case REQ_TAG:
		if (ui->b->n > 0 && !mark(ui))
			ui_say(ui, "choose a person or figure to mark");
		return 1;
	case REQ_NARROW:
		if (ui->b->n > 0 && !narrow(ui))
			ui_say(ui, "choose a person or figure to narrow the list by");
		return 1;
	case REQ_PERSON: {
		struct prow pr;

		if (ui->b->n == 0 || !panel_row(ui, ui->scroll[PANE_PANEL].sel, &pr) || pr.kind != ROW_PERSON)
			return 0;	/* the article's first person (the frame) */
		person_open(ui, corpus_index(ui, &pr));
		return 1;
	}
	default:
		return 0;
	}
}

void
panel_toggle_corpus(struct ui *ui)
{
	corpus = !corpus;
	ui->scroll[PANE_PANEL].sel = 1;
	ui->scroll[PANE_PANEL].top = 0;
}

static void
panel_select(struct ui *ui)
{
	ui->scroll[PANE_PANEL].sel = 1;
	ui->scroll[PANE_PANEL].top = 0;
}

const struct view_ops panel_view = {
	.name = "panel", .title = panel_title, .draw = panel_draw, .where = NULL,
	.request = panel_request, .grep = search_step, .select = panel_select, .narrows = 0,
};
