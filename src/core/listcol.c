/*
 * listcol.c — the list's date and outlet columns (listcol.h).
 */
#include "listcol.h"

#include <string.h>

#include "width.h"

struct listcol_conf listcol_conf = { LISTCOL_DATE_AUTO, 12 };

static int
dated(const char *d)
{
	return d != NULL && strlen(d) >= 10;
}

int
listcol_spans_years(const struct model *m, const size_t *order, size_t n)
{
	const char *first = NULL;
	size_t i;

	for (i = 0; i < n; i++) {
		const char *d = m->a[order[i]].date;

		if (!dated(d))
			continue;
		if (first == NULL)
			first = d;
		else if (memcmp(first, d, 4) != 0)
			return 1;
	}
	return 0;
}

size_t
listcol_date(const char *date, enum listcol_date style, int years, struct buf *out)
{
	size_t skip, w, k;

	if (style == LISTCOL_DATE_AUTO)
		style = years ? LISTCOL_DATE_YMD_SHORT : LISTCOL_DATE_MD;
	skip = style == LISTCOL_DATE_MD ? 5 : style == LISTCOL_DATE_YMD_SHORT ? 2 : 0;
	w = 10 - skip;
	buf_adds(out, "");
	if (!dated(date)) {
		for (k = 0; k < w; k++)
			buf_addc(out, k == w / 2 ? '-' : ' ');
		return w;
	}
	buf_add(out, date + skip, w);
	return w;
}

/* Bytes two strings share at their start. */
static size_t
common(const char *a, const char *b)
{
	size_t i = 0;

	while (a[i] != '\0' && a[i] == b[i])
		i++;
	return i;
}

/* Columns of the shortest prefix of o (whole clusters) that no other
 * outlet starts with, its "…" included when it is not all of o. */
static size_t
telling(const char *o, size_t lcp)
{
	size_t n = strlen(o), p;

	if (lcp >= n)
		return width_of(o, n);
	p = width_next(o, n, width_floor(o, n, lcp));
	return p >= n ? width_of(o, n) : width_of(o, p) + (size_t)width_cp(0x2026);
}

size_t
listcol_outlet_width(const struct model *m, size_t cap)
{
	size_t i, widest = 0, need = 0;

	for (i = 0; i < m->noutlets; i++) {
		const char *o = m->outlets[i].outlet;
		size_t lcp = 0, w = width_of(o, strlen(o)), t;

		if (i > 0)
			lcp = common(o, m->outlets[i - 1].outlet);
		if (i + 1 < m->noutlets) {
			size_t c = common(o, m->outlets[i + 1].outlet);

			if (c > lcp)
				lcp = c;
		}
		t = telling(o, lcp);
		if (w > widest)
			widest = w;
		if (t > need)
			need = t;
	}
	if (widest > cap)
		widest = cap;
	return widest > need ? widest : need;
}
