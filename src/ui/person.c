/*
 * person.c — the person view (over.h): one person across the shown
 * articles, from the core profile (profile.h).  A heading, the timeline
 * of titles and organisations, then per article, newest first, a row
 * (date, outlet, the title held there, the headline) and a row per
 * quotation; Enter opens the article at the quotation, or at the
 * person's first mention.  = narrows the list to the person.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/profile.h"
#include "over.h"

#define HEAD 3		/* heading, timeline, blank */

/* The profile shown and its rows: entry k, quotation j (-1: the
 * article row). */
static struct profile pf;
static struct prow {
	size_t entry;
	long quote;
} *rows;
static size_t nrows, caprows;

static void
make_rows(void)
{
	size_t k, j;

	nrows = 0;
	for (k = 0; k < pf.n; k++)
		for (j = 0; j <= pf.e[k].nq; j++) {
			rows = xgrow(rows, &caprows, nrows + 1, sizeof(*rows));
			rows[nrows].entry = k;
			rows[nrows++].quote = j == 0 ? -1 : (long)(j - 1);
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

static void
heading(struct ui *ui, struct buf *b)
{
	const struct corpus_person *cp = &ui->b->m->people[pf.person];
	size_t k, nq = 0;

	for (k = 0; k < pf.n; k++)
		nq += pf.e[k].nq;
	buf_adds(b, " ");
	shown(b, cp->name);
	if (cp->org != NULL) {
		buf_adds(b, " \xC2\xB7 ");
		shown(b, cp->org);
	}
	buf_printf(b, " \xC2\xB7 %zu article%s of %zu shown \xC2\xB7 %zu quotation%s", pf.n,
	    pf.n == 1 ? "" : "s", ui->b->n, nq, nq == 1 ? "" : "s");
}

static void
format_row(struct ui *ui, size_t r, struct buf *b, enum style *st)
{
	const struct model *m = ui->b->m;

	*st = ST_NORMAL;
	if (r == 0) {
		*st = ST_HEADING;
		heading(ui, b);
	} else if (r == 1) {
		struct buf tl = BUF_INIT;

		*st = ST_LABEL;
		profile_timeline(&pf, &tl);
		buf_adds(b, " ");
		shown(b, tl.len > 0 ? tl.s : "(no title named)");
		buf_free(&tl);
	} else if (r >= HEAD && r - HEAD < nrows) {
		const struct prow *pr = &rows[r - HEAD];
		const struct profile_entry *e = &pf.e[pr->entry];
		const struct article *a = &m->a[e->art];

		if (pr->quote < 0) {
			/* = marks a re-post, as in the list */
			buf_printf(b, "%s%-10.10s  ", a->near >= 0 ? "=" : " ",
			    a->date != NULL ? a->date : "undated");
			over_cell(b, a->outlet, 12);
			over_cell(b, e->title, 10);
			buf_adds(b, "\xE2\x94\x82 ");
			shown(b, a->title != NULL ? a->title : "(no title)");
		} else {
			const struct art_quote *q = &a->quote[pf.q[e->q0 + (size_t)pr->quote]];

			*st = ST_QUOTE;
			buf_adds(b, "     \xE2\x80\x9C");
			buf_add_shown(b, a->para[q->at.para] + q->at.off, q->at.len);
			buf_adds(b, "\xE2\x80\x9D");
		}
	}
}

static void
person_draw(struct ui *ui, const struct rect *r)
{
	over_draw(ui, r, total_rows(), HEAD, format_row, " Enter opens the article there  = narrows the list to the person  q back");
}

static void
choose(struct ui *ui)
{
	size_t sel = ui->scroll[PANE_HELP].sel;
	const struct prow *pr;
	const struct profile_entry *e;

	if (sel < HEAD || sel - HEAD >= nrows)
		return;
	pr = &rows[sel - HEAD];
	e = &pf.e[pr->entry];
	if (pr->quote >= 0) {
		const struct art_quote *q = &ui->b->m->a[e->art].quote[pf.q[e->q0 + (size_t)pr->quote]];

		over_open(ui, e->art, MENTION_PERSON, -1, &q->at);
	} else {
		over_open(ui, e->art, MENTION_PERSON, (long)e->who, &e->at);
	}
}

static int
person_request(struct ui *ui, enum request req, const struct rect *r)
{
	int done = over_request(ui, req, r, total_rows(), HEAD);

	if (done >= 0)
		return done;
	switch (req) {
	case REQ_ENTER:
		choose(ui);
		return 1;
	case REQ_NARROW:
		over_close(ui);
		browse_narrow_person(ui->b, pf.person);
		ui_sync(ui);
		ui->focus = PANE_LIST;
		return 1;
	default:
		ui_say(ui, "that key does nothing in the person view");
		return 1;
	}
}

int
person_open(struct ui *ui, size_t p)
{
	const struct model *m = ui->b->m;
	struct timespec t0;

	if (p >= m->npeople)
		return 0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	profile_build(&pf, m, p, over_shown(ui));
	make_rows();
	if (pf.n == 0) {
		ui_say(ui, "no shown article names %s", m->people[p].name);
		return 0;
	}
	over_timed(ui, "person view", &t0);
	ui->over = &person_view;
	ui->scroll[PANE_HELP].top = 0;
	ui->scroll[PANE_HELP].sel = HEAD;
	return 1;
}

int
person_open_name(struct ui *ui, const char *name)
{
	size_t p[1];
	size_t n = profile_find(ui->b->m, name, p, 1);

	if (n == 0) {
		ui_say(ui, "no person called %s", name);
		return 0;
	}
	if (!person_open(ui, p[0]))
		return 0;
	if (n > 1 && ui->status[0] == '\0')
		ui_say(ui, "%zu people called %s: the one in the most articles", n, name);
	return 1;
}

void
person_key(struct ui *ui)
{
	const struct article *a;
	size_t k;

	if (ui->b->n == 0)
		return;
	a = &ui->b->m->a[ui_art(ui)];
	/* the first person who is no by-line reporter, else the first */
	for (k = 0; k < a->npeople; k++) {
		size_t r;

		for (r = 0; r < a->nrep; r++)
			if (a->rep[r].name != NULL && strcmp(a->rep[r].name, a->people[k].name) == 0)
				break;
		if (r == a->nrep)
			break;
	}
	if (a->npeople == 0)
		ui_say(ui, "the article names nobody");
	else
		person_open(ui, a->people[k < a->npeople ? k : 0].person);
}

static void
person_title(struct ui *ui, struct buf *out)
{
	(void)ui;
	buf_adds(out, "person");
}

void
person_view_free(void)
{
	profile_free(&pf);
	free(rows);
	rows = NULL;
	nrows = caprows = 0;
}

const struct view_ops person_view = {
	.name = "person view", .title = person_title, .draw = person_draw, .where = NULL,
	.request = person_request, .grep = NULL, .select = NULL, .narrows = 0,
};
