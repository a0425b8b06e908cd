/*
 * listcol.h — the columns of the article list: the date (with the year
 * only when the list spans more than one) and the outlet (as wide as the
 * corpus's outlets need, up to a cap, and never cut below the prefix that
 * tells one outlet from another: 아시아경… vs 아시아투…).  The choices
 * are one struct, listcol_conf, that a config file can set.  No curses
 * (tests/unit/test_listcol.c).
 */
#ifndef GISA_LISTCOL_H
#define GISA_LISTCOL_H

#include <stddef.h>

#include "model.h"
#include "util.h"

enum listcol_date {
	LISTCOL_DATE_AUTO,	/* MM-DD, or YY-MM-DD when the list spans years */
	LISTCOL_DATE_MD,	/* 12-15 */
	LISTCOL_DATE_YMD_SHORT,	/* 25-12-15 */
	LISTCOL_DATE_YMD,	/* 2025-12-15 */
};

/* The columns a row shows, after its markers; the title is the last. */
enum listcol_col { LISTCOL_DATE, LISTCOL_OUTLET, LISTCOL_TITLE };
#define LISTCOL_COLS 3

struct listcol_conf {
	enum listcol_date date;
	size_t outlet_max;	/* columns: the widest outlet up to this */
	enum listcol_col cols[LISTCOL_COLS];
	size_t ncols;
};

/* The choices in force (defaults: AUTO, 12; date, outlet, title). */
extern struct listcol_conf listcol_conf;

/* 1 when the dated articles order[0..n) of m fall in more than one year. */
int listcol_spans_years(const struct model *m, const size_t *order, size_t n);

/* The date column for date (YYYY-MM-DD..., or NULL: "-") in style (AUTO
 * resolved by years) into out, padded to the column's width, which is
 * returned. */
size_t listcol_date(const char *date, enum listcol_date style, int years, struct buf *out);

/* Columns of the outlet column for the outlets of m: the widest, at most
 * cap, but never less than the widest prefix that tells an outlet from
 * every other, with its "…".  0 when no article has an outlet. */
size_t listcol_outlet_width(const struct model *m, size_t cap);

/* The config file's words: the date formats auto, mm-dd, yy-mm-dd,
 * yyyy-mm-dd, and the columns date, outlet, title. */
const char *listcol_date_name(enum listcol_date d);
int listcol_parse_date(const char *name, enum listcol_date *out);
const char *listcol_col_name(enum listcol_col c);

/* The columns "date outlet title" (blank separated, each once, title
 * last) into conf; 0, or -1 with the reason in *why. */
int listcol_parse_cols(const char *text, struct listcol_conf *conf, const char **why);

#endif
