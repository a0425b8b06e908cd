/*
 * meta_priv.h — what the parts of the meta module share: meta_date.c
 * (dates), meta_byline.c (reporters and outlet), meta_title.c
 * (headlines), tied together by meta.c.  Not for other modules.
 */
#ifndef GISA_META_PRIV_H
#define GISA_META_PRIV_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "meta.h"
#include "util.h"

#define KIJA "\xEA\xB8\xB0\xEC\x9E\x90"	/* 기자 */

/* The first w[0..wl) in s[0..n), wl > 0, or NULL: memmem for the short
 * Korean words looked for in every block, found by their last byte
 * (memchr) instead of setting up memmem's tables on each call. */
static inline const char *
meta_find(const char *s, size_t n, const char *w, size_t wl)
{
	const char *p = s + wl - 1, *end = s + n;

	if (n < wl)
		return NULL;
	while ((p = memchr(p, w[wl - 1], (size_t)(end - p))) != NULL) {
		if (memcmp(p - (wl - 1), w, wl - 1) == 0)
			return p - (wl - 1);
		p++;
	}
	return NULL;
}

static inline uint32_t
char_at(const char *s, size_t n, size_t i, size_t *len)
{
	uint32_t u;
	int l = utf8_decode(s + i, n - i, &u);

	*len = l < 0 ? 1 : (size_t)l;
	return u;
}

/* 1 when s[0..n) ends with w. */
static inline int
ends_with(const char *s, size_t n, const char *w)
{
	size_t l = strlen(w);

	return n >= l && memcmp(s + n - l, w, l) == 0;
}

/* The publication date of the page, or NULL (malloc'd). */
char *meta_date_find(const struct html_doc *doc, const struct clean_result *c);

/* Which date labels (입력, 등록, 작성일 ...) occur in s[0..n): a bit each. */
unsigned meta_date_labels_in(const char *s, size_t n);

/* 1 when s[0..n) is a short date line of a month and day alone
 * ("07.20(토)", "OO · 04.23"); md->y is 0. */
int meta_date_short_line(const char *s, size_t n, struct meta_date *md);

/* Reporters (m->rep) and outlet (m->outlet) of the page. */
void meta_byline_scan(const struct html_doc *doc, const struct clean_result *c, struct meta *m);

/* The headline of the page, or NULL (malloc'd). */
char *meta_title_find(const struct html_doc *doc, const struct clean_result *c);

#endif
