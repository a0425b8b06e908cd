/*
 * reader.c — the article: title, a meta line, the paragraphs wrapped by
 * display width between words, then the captions.  The wrapped lines are
 * slices of model text, computed once per (article, width).
 */
#include <stdlib.h>
#include <string.h>

#include "../core/mention.h"
#include "../core/text.h"
#include "../core/width.h"
#include "reader.h"
#include "search.h"

/* A display line of the reader: a slice of model text and its style. */
enum line_kind { LINE_TITLE, LINE_META, LINE_TEXT, LINE_CAPTION, LINE_LABEL, LINE_BLANK };

/* para: the paragraph the line is cut from (SPAN_TITLE for the title,
 * BROWSE_CAP(k) for caption k, LINE_NO_PARA for text that is not the
 * article's: the meta line, labels); off: its byte offset there. */
#define LINE_NO_PARA (UINT32_MAX - 1)

struct rline {
	const char *s;
	size_t n;
	enum line_kind kind;
	uint32_t para;
	size_t off;
};

/* A highlighted stretch of a line: bytes [s, e) in attr; a search match
 * outranks a mention. */
struct hl {
	size_t s, e;
	attr_t attr;
	int rank;
};

/* What the reader keeps between draws: the lines of (lines_for,
 * lines_width), the meta line they point into, and the mention the panel
 * jumped to last. */
static struct {
	struct rline *lines;
	size_t nlines, lines_cap;
	size_t lines_for;
	int lines_width;
	unsigned long list_gen;
	struct buf meta;
	struct text_line *wrap;
	size_t wrap_cap;
	struct hl *hl;
	size_t hl_cap;
	int jumped;
	struct span jump;
	struct mention_finder *mf;	/* the mentions of lines_for: */
	const struct art_mention *men;
	size_t nmen;
} R = { .lines_for = (size_t)-1 };


static void
add_at(const char *s, size_t n, enum line_kind kind, uint32_t para, size_t off)
{
	struct rline *l;

	R.lines = xgrow(R.lines, &R.lines_cap, R.nlines + 1, sizeof(*R.lines));
	l = &R.lines[R.nlines++];
	l->s = s;
	l->n = n;
	l->kind = kind;
	l->para = para;
	l->off = off;
}

static void
add(const char *s, size_t n, enum line_kind kind)
{
	add_at(s, n, kind, LINE_NO_PARA, 0);
}

static void
add_wrapped(const char *s, int w, enum line_kind kind, uint32_t para)
{
	size_t n = strlen(s), k, count;

	count = text_wrap(s, n, (size_t)w, &R.wrap, &R.wrap_cap);
	for (k = 0; k < count; k++)
		add_at(s + R.wrap[k].off, R.wrap[k].len, kind, para, R.wrap[k].off);
}

static void
reader_layout(struct ui *ui, int w)
{
	const struct article *a;
	size_t i;

	if (ui->b->n == 0 || w <= 0) {
		R.nlines = 0;
		R.nmen = 0;
		return;
	}
	if (R.lines_width == w && R.lines_for == ui_art(ui) && R.lines != NULL
	    && R.list_gen == ui->b->list_gen)
		return;
	R.list_gen = ui->b->list_gen;	/* the meta line names a row */
	R.nlines = 0;
	R.lines_for = ui_art(ui);
	R.lines_width = w;
	a = &ui->b->m->a[ui_art(ui)];
	if (R.mf == NULL)
		R.mf = mention_finder_new();
	R.men = article_mentions(a, R.mf, &R.nmen);
	add_wrapped(a->title != NULL ? a->title : "(no title)", w, LINE_TITLE,
	    a->title != NULL ? SPAN_TITLE : LINE_NO_PARA);

	buf_reset(&R.meta);
	buf_adds(&R.meta, a->outlet != NULL ? a->outlet : "(outlet unknown)");
	buf_adds(&R.meta, " \xC2\xB7 ");
	buf_adds(&R.meta, a->date != NULL ? a->date : "(date unknown)");
	for (i = 0; i < a->nrep; i++)
		buf_printf(&R.meta, "%s%s \xEA\xB8\xB0\xEC\x9E\x90", i ? ", " : " \xC2\xB7 ",
		    a->rep[i].name);
	if (a->dups > 0)
		buf_printf(&R.meta, " \xC2\xB7 %zu repeat%s removed", a->dups, a->dups == 1 ? "" : "s");
	if (a->near >= 0) {
		long row = browse_row_of(ui->b, (size_t)a->near);

		if (row >= 0)
			buf_printf(&R.meta, " \xC2\xB7 re-post of row %ld (= goes there)", row + 1);
		else
			buf_adds(&R.meta, " \xC2\xB7 re-post of an article not in the list");
	}
	add_wrapped(R.meta.s, w, LINE_META, LINE_NO_PARA);

	for (i = 0; i < a->npara; i++) {
		add("", 0, LINE_BLANK);
		add_wrapped(a->para[i], w, LINE_TEXT, (uint32_t)i);
	}
	if (a->npara == 0) {
		add("", 0, LINE_BLANK);
		add_wrapped("(no article text found on this page)", w, LINE_CAPTION, LINE_NO_PARA);
	}
	if (a->ncap > 0) {
		add("", 0, LINE_BLANK);
		add("captions", 8, LINE_LABEL);
		for (i = 0; i < a->ncap; i++)
			add_wrapped(a->cap[i], w, LINE_CAPTION, BROWSE_CAP(i));
	}
}

static void
reader_title(struct ui *ui, struct buf *out)
{
	if (ui->b->n > 0 && ui->b->m->a[ui_art(ui)].title != NULL)
		buf_adds(out, ui->b->m->a[ui_art(ui)].title);
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

/* Draw s[0..n) at (y, *x) in attr, no further than column xend, and
 * move *x past it. */
static void
piece(int y, int *x, int xend, const char *s, size_t n, attr_t attr)
{
	size_t w;

	if (n == 0 || *x >= xend)
		return;
	n = width_fit(s, n, (size_t)(xend - *x), &w);
	attrset(attr);
	*x += ui_addn(y, *x, s, n);
}

static void
add_hl(struct hl **v, size_t *n, size_t *cap, const struct rline *l, uint32_t off,
       uint32_t len, attr_t attr, int rank)
{
	size_t s, e;

	if (off + len <= l->off || off >= l->off + l->n)
		return;
	s = off > l->off ? off - l->off : 0;
	e = off + len - l->off;
	if (e > l->n)
		e = l->n;
	/* on grapheme boundaries: a match of 👩 in a ZWJ sequence lights
	 * the whole sequence, never half of it */
	s = width_floor(l->s, l->n, s);
	e = width_ceil(l->s, l->n, e);
	*v = xgrow(*v, cap, *n + 1, sizeof(**v));
	(*v)[(*n)++] = (struct hl){ s, e, attr, rank };
}

/*
 * One reader line, with the people, figures and search matches it holds
 * highlighted.  Mentions and matches are byte spans of the paragraph; a
 * line is a slice of it, so a span is cut to the slice (a name wrapped
 * over two lines is highlighted on both).  Spans start and end on
 * character boundaries.
 */
static void
draw_line(struct ui *ui, const struct rect *r, int y, const struct rline *l)
{
	struct hl *v = R.hl;
	size_t cap = R.hl_cap;
	const struct article *a = &ui->b->m->a[ui_art(ui)];
	attr_t base = ui_attr(ui, style_of(l->kind));
	size_t n = 0, at = 0, k;
	int x = r->x;

	if (l->para != LINE_NO_PARA) {
		for (k = 0; k < R.nmen; k++) {
			const struct art_mention *mn = &R.men[k];
			int jump = R.jumped && R.jump.para == mn->at.para
			    && R.jump.off == mn->at.off;

			if (mn->at.para == l->para)
				add_hl(&v, &n, &cap, l, mn->at.off, mn->at.len,
				    ui_attr(ui, jump ? ST_JUMP : mn->type == MENTION_PERSON
					? ST_PERSON : ST_FIGURE) | (base & A_BOLD), jump ? 3 : 1);
		}
		/* quotations after the mentions: a mention inside one keeps
		 * its own style (the first of equal rank wins) */
		for (k = 0; k < a->nquote; k++)
			if (a->quote[k].at.para == l->para)
				add_hl(&v, &n, &cap, l, a->quote[k].at.off, a->quote[k].at.len,
				    ui_attr(ui, ST_QUOTE) | (base & A_BOLD), 1);
		size_t nm;
		const struct span *mt = browse_matches(ui->b, &nm);

		for (k = 0; k < nm; k++)
			if (mt[k].para == l->para)
				add_hl(&v, &n, &cap, l, mt[k].off, mt[k].len,
				    ui_attr(ui, (long)k == ui->b->mcur ? ST_JUMP : ST_MATCH), 2);
	}
	while (at < l->n) {
		/* the stretch from at: the highest-ranked span covering it, up
		 * to where the covering set changes */
		size_t end = l->n;
		attr_t attr = base;
		int best = 0;

		for (k = 0; k < n; k++) {
			if (v[k].s > at && v[k].s < end)
				end = v[k].s;
			if (v[k].s <= at && v[k].e > at) {
				if (v[k].e < end)
					end = v[k].e;
				if (v[k].rank > best) {
					best = v[k].rank;
					attr = v[k].attr;
				}
			}
		}
		piece(y, &x, r->x + r->w, l->s + at, end - at, attr);
		at = end;
	}
	R.hl = v;
	R.hl_cap = cap;
	attrset(A_NORMAL);
	if (x < r->x + r->w)
		ui_put(y, x, r->x + r->w - x, "", 0, ui_attr(ui, ST_NORMAL));
}

static void
reader_draw(struct ui *ui, const struct rect *r)
{
	struct scroll *sc = &ui->scroll[PANE_READER];
	int y;

	reader_layout(ui, r->w);
	scroll_fit(sc, R.nlines, r->h, 0);
	for (y = 0; y < r->h; y++) {
		size_t i = sc->top + (size_t)y;

		if (i < R.nlines)
			draw_line(ui, r, r->y + y, &R.lines[i]);
		else
			ui_put(r->y + y, r->x, r->w, "", 0, ui_attr(ui, ST_NORMAL));
	}
}

/* Lay the current article out for the reader's width (40 before the
 * first draw). */
static void
layout_now(struct ui *ui)
{
	const struct rect *r = &ui->pane[PANE_READER];

	reader_layout(ui, r->w > 0 ? r->w : 40);
}

/* Reader line that holds byte off of paragraph para, or nlines. */
static size_t
line_of(uint32_t para, size_t off)
{
	size_t i;

	for (i = 0; i < R.nlines; i++)
		if (R.lines[i].para == para && off >= R.lines[i].off
		    && (off < R.lines[i].off + R.lines[i].n
			|| i + 1 == R.nlines || R.lines[i + 1].para != para))
			return i;
	return R.nlines;
}

struct span
reader_top(struct ui *ui)
{
	struct span at = { BROWSE_END_PARA, 0, 0 };
	size_t line;

	layout_now(ui);
	for (line = ui->scroll[PANE_READER].top; line < R.nlines; line++)
		if (R.lines[line].para != LINE_NO_PARA) {
			at.para = R.lines[line].para;
			at.off = (uint32_t)R.lines[line].off;
			break;
		}
	return at;
}

void
reader_show(struct ui *ui, uint32_t para, size_t off)
{
	size_t k;

	layout_now(ui);
	k = line_of(para, off);
	if (k < R.nlines)
		scroll_show(&ui->scroll[PANE_READER], k, ui->pane[PANE_READER].h, 2);
}

int
reader_jump(struct ui *ui, int type, size_t what)
{
	size_t k, first, next;

	layout_now(ui);
	first = next = R.nmen;
	for (k = 0; k < R.nmen; k++) {
		const struct art_mention *mn = &R.men[k];

		if (mn->type != type || mn->what != what)
			continue;
		if (first == R.nmen)
			first = k;
		/* after the one jumped to last (body order; the title is last) */
		if (R.jumped && next == R.nmen
		    && (mn->at.para > R.jump.para
			|| (mn->at.para == R.jump.para && mn->at.off > R.jump.off)))
			next = k;
	}
	if (!R.jumped || next == R.nmen)
		next = first;
	if (next == R.nmen)
		return 0;
	R.jumped = 1;
	R.jump = R.men[next].at;
	k = line_of(R.jump.para, R.jump.off);
	ui->scroll[PANE_READER].top = k > 2 ? k - 2 : 0;
	return 1;
}

static int
reader_request(struct ui *ui, enum request req, const struct rect *r)
{
	reader_layout(ui, r->w);
	if (req == REQ_PAGE_DOWN && ui->scroll[PANE_READER].top + (size_t)r->h >= R.nlines)
		return 0;	/* at the end: the frame opens the next article */
	if (scroll_request(&ui->scroll[PANE_READER], req, R.nlines, r->h, 0))
		return 1;
	switch (req) {
	case REQ_SEARCH_BACK:
		search_open(ui, 1);
		return 1;
	case REQ_ENTER:
		return 1;	/* open already */
	default:
		return 0;
	}
}

/* "12-38/80 45%": the lines shown and how far through the article. */
static void
reader_where(struct ui *ui, struct buf *out)
{
	size_t top = ui->scroll[PANE_READER].top, last = top + (size_t)ui->pane[PANE_READER].h;

	if (R.nlines == 0)
		return;
	if (last > R.nlines)
		last = R.nlines;
	if (top == 0 && last == R.nlines)
		buf_printf(out, "all %zu lines", R.nlines);
	else
		buf_printf(out, "%zu-%zu/%zu %zu%%", top + 1, last, R.nlines, last * 100 / R.nlines);
}

static void
reader_select(struct ui *ui)
{
	ui->scroll[PANE_READER].top = 0;
	R.jumped = 0;
}

void
reader_free(void)
{
	free(R.lines);
	free(R.wrap);
	free(R.hl);
	buf_free(&R.meta);
	mention_finder_free(R.mf);
	memset(&R, 0, sizeof(R));
	R.lines_for = (size_t)-1;
}

const struct view_ops reader_view = {
	.name = "reader", .title = reader_title, .draw = reader_draw, .where = reader_where,
	.request = reader_request, .grep = search_step, .select = reader_select, .narrows = 0,
};
