/*
 * reader.c — the article: title, a meta line, the paragraphs wrapped by
 * display width between words, then the captions.  The wrapped lines are
 * slices of model text, computed once per (article, width).
 */
#include <string.h>

#include "uipriv.h"

static void
add_at(struct ui *ui, const char *s, size_t n, enum line_kind kind, uint32_t para, size_t off)
{
	struct rline *l;

	ui->lines = xgrow(ui->lines, &ui->lines_cap, ui->nlines + 1, sizeof(*ui->lines));
	l = &ui->lines[ui->nlines++];
	l->s = s;
	l->n = n;
	l->kind = kind;
	l->para = para;
	l->off = off;
}

static void
add(struct ui *ui, const char *s, size_t n, enum line_kind kind)
{
	add_at(ui, s, n, kind, LINE_NO_PARA, 0);
}

static void
add_wrapped(struct ui *ui, const char *s, int w, enum line_kind kind, uint32_t para)
{
	size_t n = strlen(s), k, count;

	count = text_wrap(s, n, (size_t)w, &ui->wrap, &ui->wrap_cap);
	for (k = 0; k < count; k++)
		add_at(ui, s + ui->wrap[k].off, ui->wrap[k].len, kind, para, ui->wrap[k].off);
}

void
reader_layout(struct ui *ui, int w)
{
	const struct article *a;
	size_t i;

	if (ui->b.n == 0 || w <= 0) {
		ui->nlines = 0;
		return;
	}
	if (ui->lines_width == w && ui->lines_for == ui_art(ui) && ui->lines != NULL)
		return;
	ui->nlines = 0;
	ui->lines_for = ui_art(ui);
	ui->lines_width = w;
	a = &ui->b.m->a[ui_art(ui)];
	add_wrapped(ui, a->title != NULL ? a->title : "(no title)", w, LINE_TITLE,
	    a->title != NULL ? SPAN_TITLE : LINE_NO_PARA);

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
	add_wrapped(ui, ui->meta.s, w, LINE_META, LINE_NO_PARA);

	for (i = 0; i < a->npara; i++) {
		add(ui, "", 0, LINE_BLANK);
		add_wrapped(ui, a->para[i], w, LINE_TEXT, (uint32_t)i);
	}
	if (a->npara == 0) {
		add(ui, "", 0, LINE_BLANK);
		add(ui, "(no article text found on this page)", 36, LINE_CAPTION);
	}
	if (a->ncap > 0) {
		add(ui, "", 0, LINE_BLANK);
		add(ui, "captions", 8, LINE_LABEL);
		for (i = 0; i < a->ncap; i++)
			add_wrapped(ui, a->cap[i], w, LINE_CAPTION, LINE_CAP(i));
	}
}

static void
reader_title(struct ui *ui, struct buf *out)
{
	if (ui->b.n > 0 && ui->b.m->a[ui_art(ui)].title != NULL)
		buf_adds(out, ui->b.m->a[ui_art(ui)].title);
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

/* Draw s[0..n) at (y, *x) in attr and move *x past it. */
static void
piece(int y, int *x, const char *s, size_t n, attr_t attr)
{
	if (n == 0)
		return;
	attrset(attr);
	mvaddnstr(y, *x, s, (int)n);
	*x += (int)text_width(s, n);
}

/* A highlighted stretch of a line: bytes [s, e) in attr; a search match
 * outranks a mention. */
struct hl {
	size_t s, e;
	attr_t attr;
	int rank;
};

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
	struct hl *v = ui->hl;
	size_t cap = ui->hl_cap;
	const struct article *a = &ui->b.m->a[ui_art(ui)];
	attr_t base = ui_attr(ui, style_of(l->kind));
	size_t n = 0, at = 0, k;
	int x = r->x;

	if (l->para != LINE_NO_PARA) {
		for (k = 0; k < a->nmention; k++) {
			const struct art_mention *mn = &a->mention[k];
			int jump = ui->jumped && ui->jump.para == mn->at.para
			    && ui->jump.off == mn->at.off;

			if (mn->at.para == l->para)
				add_hl(&v, &n, &cap, l, mn->at.off, mn->at.len,
				    ui_attr(ui, jump ? ST_JUMP : mn->type == MENTION_PERSON
					? ST_PERSON : ST_FIGURE) | (base & A_BOLD), jump ? 3 : 1);
		}
		size_t nm;
		const struct span *mt = browse_matches(&ui->b, &nm);

		for (k = 0; k < nm; k++)
			if (mt[k].para == l->para)
				add_hl(&v, &n, &cap, l, mt[k].off, mt[k].len,
				    ui_attr(ui, (long)k == ui->b.mcur ? ST_JUMP : ST_MATCH), 2);
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
		piece(y, &x, l->s + at, end - at, attr);
		at = end;
	}
	ui->hl = v;
	ui->hl_cap = cap;
	attrset(A_NORMAL);
	if (x < r->x + r->w)
		ui_put(y, x, r->x + r->w - x, "", 0, ui_attr(ui, ST_NORMAL));
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
			draw_line(ui, r, r->y + y, &ui->lines[i]);
		else
			ui_put(r->y + y, r->x, r->w, "", 0, ui_attr(ui, ST_NORMAL));
	}
}

/* Reader line that holds byte off of paragraph para, or nlines. */
static size_t
line_of(const struct ui *ui, uint32_t para, size_t off)
{
	size_t i;

	for (i = 0; i < ui->nlines; i++)
		if (ui->lines[i].para == para && off >= ui->lines[i].off
		    && (off < ui->lines[i].off + ui->lines[i].n
			|| i + 1 == ui->nlines || ui->lines[i + 1].para != para))
			return i;
	return ui->nlines;
}

void
reader_line_pos(struct ui *ui, size_t line, uint32_t *para, size_t *off)
{
	for (; line < ui->nlines; line++)
		if (ui->lines[line].para != LINE_NO_PARA) {
			*para = ui->lines[line].para;
			*off = ui->lines[line].off;
			return;
		}
	*para = BROWSE_END_PARA;
	*off = 0;
}

void
reader_show(struct ui *ui, uint32_t para, size_t off)
{
	const struct rect *r = &ui->pane[PANE_READER];
	size_t k;

	reader_layout(ui, r->w > 0 ? r->w : 40);
	k = line_of(ui, para, off);
	if (k >= ui->nlines)
		return;
	if (k < ui->rtop || r->h <= 0 || k >= ui->rtop + (size_t)r->h)
		ui->rtop = k > 2 ? k - 2 : 0;
}

int
reader_jump(struct ui *ui, int type, size_t what)
{
	const struct article *a = &ui->b.m->a[ui_art(ui)];
	const struct rect *r = &ui->pane[PANE_READER];
	size_t k, first = a->nmention, next = a->nmention;

	reader_layout(ui, r->w > 0 ? r->w : 40);
	for (k = 0; k < a->nmention; k++) {
		const struct art_mention *mn = &a->mention[k];

		if (mn->type != type || mn->what != what)
			continue;
		if (first == a->nmention)
			first = k;
		/* after the one jumped to last (body order; the title is last) */
		if (ui->jumped && next == a->nmention
		    && (mn->at.para > ui->jump.para
			|| (mn->at.para == ui->jump.para && mn->at.off > ui->jump.off)))
			next = k;
	}
	if (!ui->jumped || next == a->nmention)
		next = first;
	if (next == a->nmention)
		return 0;
	ui->jumped = 1;
	ui->jump = a->mention[next].at;
	k = line_of(ui, ui->jump.para, ui->jump.off);
	ui->rtop = k > 2 ? k - 2 : 0;
	return 1;
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
