/*
 * figure.h — Korean quantities in running text: 35조5000억원, 26만장,
 * 3천5백만원, 17조 9071억6000만원, 1.5조원, -2.1%, △3.4%, 100여 명,
 * 7조원대, 3만~4만원 → value, bare unit, kind and subject.
 *
 * figure_scan is a pure function of its text.  It reads the counters and
 * units of data/lexicon/counters.txt (the longest one written right after
 * the number, or after one space); the number words 경 조 억 만 (and 천,
 * 백, 십 inside a group) are read here, and a space between groups is
 * allowed.  Digits that belong to dates with dots or dashes, times, phone
 * numbers, e-mail addresses, URLs, HTML leftovers, identifiers glued to
 * Latin letters or full-width digits, long article numbers, ordinals
 * (제2회), school grades (중2) and per-unit denominators (100엔당, 1인당)
 * are never figures; 50대 (an age), 3대 강국 (a rank) and %p (kind
 * other) are not counts or percentages.  A value is finite and below
 * 1e20: a longer number is skipped, never saturated into a wrong one.
 * A bare number is a figure only when it has a number word (3만5000),
 * with unit NULL and kind FIG_OTHER.
 */
#ifndef GISA_FIGURE_H
#define GISA_FIGURE_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

enum figure_kind {
	FIG_MONEY, FIG_COUNT, FIG_PERCENT, FIG_RATIO, FIG_RANK,
	FIG_YEAR, FIG_DATE, FIG_OTHER, FIG_NKINDS
};

struct figure {
	uint32_t off, len;	/* the surface form: s[off..off+len) */
	double value;		/* normalised: 35조5000억 → 3.55e13; never -0 */
	const char *unit;	/* bare unit, static (lexicon); NULL: none */
	int kind;		/* enum figure_kind */
	uint32_t subj_off, subj_len;	/* subject in s; subj_len 0: none */
};

/* A growable vector; a zeroed struct is empty.  figure_scan appends. */
struct figure_vec {
	struct figure *v;
	size_t n, cap;
};

/* Append every figure of s[0..n) to out, in text order, repeats included;
 * a range (30~40개) gives both ends, the first with the second's unit. */
void figure_scan(const char *s, size_t n, struct figure_vec *out);

/* "money", "count", ... for kind; "other" for anything out of range. */
const char *figure_kind_name(int kind);

/* The kind called name, or FIG_OTHER. */
int figure_kind_parse(const char *name);

void figure_vec_free(struct figure_vec *v);

/* v in the short Korean form, three significant digits over the largest
 * of 조, 억, 만 it reaches (35500000000000 → "35.5조", 3550000 →
 * "355만", 1234 → "1,234"), appended to out. */
void figure_short(double v, struct buf *out);

#endif
