/*
 * figure.h — Korean quantities in running text: 35조5000억원, 26만장,
 * 1,312개, 3.5%p, 5만 장 → value, bare unit, kind and subject.
 *
 * figure_scan is a pure function of its text.  It reads the counters and
 * units of data/lexicon/counters.txt (the longest one written right after
 * the number, or after one space); the number words 만 억 조 (and 천, 백
 * before them) are read here.  Digits that belong to dates with dots or
 * dashes, times, phone numbers, e-mail addresses, URLs, HTML leftovers,
 * identifiers glued to Latin letters and long article numbers are never
 * figures.  A bare number is a figure only when it has a number word
 * (3만5000), with unit NULL and kind FIG_OTHER.
 */
#ifndef GISA_FIGURE_H
#define GISA_FIGURE_H

#include <stddef.h>
#include <stdint.h>

enum figure_kind {
	FIG_MONEY, FIG_COUNT, FIG_PERCENT, FIG_RATIO, FIG_RANK,
	FIG_YEAR, FIG_DATE, FIG_OTHER, FIG_NKINDS
};

struct figure {
	uint32_t off, len;	/* the surface form: s[off..off+len) */
	double value;		/* normalised: 35조5000억 → 3.55e13 */
	const char *unit;	/* bare unit, static (lexicon); NULL: none */
	int kind;		/* enum figure_kind */
	uint32_t subj_off, subj_len;	/* subject in s; subj_len 0: none */
};

/* A growable vector; a zeroed struct is empty.  figure_scan appends. */
struct figure_vec {
	struct figure *v;
	size_t n, cap;
};

/* Append every figure of s[0..n) to out, in text order, repeats included. */
void figure_scan(const char *s, size_t n, struct figure_vec *out);

/* "money", "count", ... for kind; "other" for anything out of range. */
const char *figure_kind_name(int kind);

/* The kind called name, or FIG_OTHER. */
int figure_kind_parse(const char *name);

void figure_vec_free(struct figure_vec *v);

#endif
