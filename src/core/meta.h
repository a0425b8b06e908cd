/*
 * meta.h — title, outlet, date and reporters of one page.
 *
 * meta_extract reads the whole page (body and chrome: a by-line, an
 * "입력" line or a copyright footer is chrome to the reader but meta to
 * us) and the cleaner's verdicts.  Outlets are recognised through
 * data/lexicon/outlets.txt (names, aliases and web domains).
 */
#ifndef GISA_META_H
#define GISA_META_H

#include <stddef.h>

#include "clean.h"
#include "html.h"

struct reporter {
	char *name;
	char *email;	/* NULL when the page gives none */
};

struct meta {
	char *title;	/* malloc'd, or NULL when unknown */
	char *outlet;
	char *date;	/* "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" */
	struct reporter *rep;
	size_t nrep;
};

void meta_extract(const struct html_doc *doc, const struct clean_result *c,
		  struct meta *m);
void meta_free(struct meta *m);

/* A date found in text. */
struct meta_date {
	int y, mo, d;	/* y is 0 when the text gave no year */
	int h, mi;	/* -1 when no time was given */
	size_t len;	/* bytes read */
};

/* Read a date at s: 2024-12-23 16:38, 25-07-09 05:41, 09-09, 2025.9.9,
 * 2025년 9월 9일 (with 오전/오후 and times).  Returns 1 when one was read. */
int meta_parse_date(const char *s, size_t n, struct meta_date *out);

/* The Korean name of the outlet that token s[0..n) names (an outlet
 * name, alias or web domain, "x@domain" included), or NULL. */
const char *meta_outlet_name(const char *s, size_t n);

/* 1 when s[0..n) can be a Korean personal name: 2-4 syllables that
 * begin with a surname of data/lexicon/surnames.txt. */
int meta_is_name(const char *s, size_t n);

#endif
