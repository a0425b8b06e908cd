/*
 * meta.c — title, outlet, date and reporters of a page: the names
 * (meta_is_name, meta_outlet_name) and the entry point; the parts live in
 * meta_date.c, meta_byline.c and meta_title.c (meta_priv.h).
 */
#include "meta.h"

#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "meta_priv.h"

int
meta_is_name(const char *s, size_t n)
{
	const struct lexicon *sur = lexicon_get(LEX_SURNAMES);
	size_t i;

	if (n < 6 || n > 12 || n % 3 != 0)
		return 0;
	for (i = 0; i < n; i += 3)
		if (!hangul_at(s, n, i))
			return 0;
	if (lexicon_find(lexicon_get(LEX_STOPNAMES), s, n) != NULL)
		return 0;
	if (n >= 9 && lexicon_find(sur, s, 6) != NULL)
		return 1;
	return lexicon_find(sur, s, 3) != NULL && n <= 9;
}

const char *
meta_outlet_name(const char *s, size_t n)
{
	const struct lexicon *lx = lexicon_get(LEX_OUTLETS);
	const struct lex_entry *e;
	const char *at = memchr(s, '@', n);
	size_t i;

	while (n > 0 && strchr(".,&;:()[]", s[n - 1]) != NULL)
		n--;
	while (n > 0 && strchr(".,&;:()[]", s[0]) != NULL)
		s++, n--;
	if (at != NULL) {
		n -= (size_t)(at + 1 - s);
		s = at + 1;
	}
	if (n == 0)
		return NULL;
	e = lexicon_find(lx, s, n);
	if (e != NULL)
		return e->f[0];
	/* a host: try its parent domains (news.hankyung.com → hankyung.com) */
	for (i = 0; i < n; i++) {
		if (s[i] == '.' && memchr(s + i + 1, '.', n - i - 1) != NULL) {
			e = lexicon_find(lx, s + i + 1, n - i - 1);
			if (e != NULL)
				return e->f[0];
		}
	}
	return NULL;
}

void
meta_extract(const struct html_doc *doc, const struct clean_result *c, struct meta *m)
{
	memset(m, 0, sizeof(*m));
	meta_byline_scan(doc, c, m);
	m->date = meta_date_find(doc, c);
	m->title = meta_title_find(doc, c);
}

void
meta_free(struct meta *m)
{
	size_t i;

	for (i = 0; i < m->nrep; i++) {
		free(m->rep[i].name);
		free(m->rep[i].email);
	}
	free(m->rep);
	free(m->title);
	free(m->outlet);
	free(m->date);
	memset(m, 0, sizeof(*m));
}
