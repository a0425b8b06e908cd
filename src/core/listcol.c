/*
 * listcol.c — the list's date and outlet columns (listcol.h).
 */
#include "listcol.h"

#include <string.h>

#include "util.h"
#include "width.h"

struct listcol_conf listcol_conf = {
	LISTCOL_DATE_AUTO, 12, { LISTCOL_DATE, LISTCOL_OUTLET, LISTCOL_TITLE }, 3
};

static const char *const date_names[] = {
	[LISTCOL_DATE_AUTO] = "auto", [LISTCOL_DATE_MD] = "mm-dd",
	[LISTCOL_DATE_YMD_SHORT] = "yy-mm-dd", [LISTCOL_DATE_YMD] = "yyyy-mm-dd",
};

static const char *const col_names[] = {
	[LISTCOL_DATE] = "date", [LISTCOL_OUTLET] = "outlet", [LISTCOL_TITLE] = "title",
};

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

const char *
listcol_date_name(enum listcol_date d)
{
	return date_names[d];
}

int
listcol_parse_date(const char *name, enum listcol_date *out)
{
	int i = util_name_index(date_names,
	    (int)(sizeof(date_names) / sizeof(date_names[0])), name);

	if (i < 0)
		return -1;
	*out = (enum listcol_date)i;
	return 0;
}

const char *
listcol_col_name(enum listcol_col c)
{
	return col_names[c];
}

int
listcol_parse_cols(const char *text, struct listcol_conf *conf, const char **why)
{
	enum listcol_col cols[LISTCOL_COLS];
	size_t n = 0, i, k;
	const char *p = text;

	while (*p != '\0') {
		size_t len;

		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		len = strcspn(p, " \t,");
		if (len == 0)
			break;
		for (i = 0; i < LISTCOL_COLS; i++)
			if (strlen(col_names[i]) == len && memcmp(p, col_names[i], len) == 0)
				break;
		if (i == LISTCOL_COLS) {
			*why = "the columns are date, outlet and title";
			return -1;
		}
		for (k = 0; k < n; k++)
			if (cols[k] == (enum listcol_col)i) {
				*why = "a column is named twice";
				return -1;
			}
		cols[n++] = (enum listcol_col)i;
		p += len;
	}
	if (n == 0 || cols[n - 1] != LISTCOL_TITLE) {
		*why = "the title is the last column (date outlet title)";
		return -1;
	}
	memcpy(conf->cols, cols, n * sizeof(cols[0]));
	conf->ncols = n;
	return 0;
}
