/*
 * mention.c — where an article names its people and figures, found again
 * in its text.
 *
 * An article that was extracted carries the mention spans its extractors
 * recorded.  One loaded back from an export does not (the contract has
 * no mention spans), so when it is shown they are found by searching its
 * text for every person's name and every figure's text, as written.
 */
#include "mention.h"

#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "util.h"

static int
hangul_before(const char *text, const char *at)
{
	/* a Hangul syllable is 3 bytes, EA B0 80 .. ED 9E A3 */
	if (at - text < 3)
		return 0;
	{
		uint32_t u;

		if (utf8_decode(at - 3, 3, &u) != 3)
			return 0;
		return hangul_is_syllable(u);
	}
}

static int
digit_at(char c)
{
	return c >= '0' && c <= '9';
}

/* The names and figure texts of one article, indexed by their first two
 * characters (one for a one-character text): each text is scanned once,
 * and at each character only the needles that begin there are compared,
 * so finding mentions is linear in the text however many people and
 * figures the article has. */
struct needle {
	const char *s;
	size_t len, key;	/* key: bytes of the first two characters */
	uint32_t what;
	uint8_t type;
	uint32_t para;		/* where the last match ended, so that */
	size_t end;		/* one needle's matches never overlap */
};

struct mention_finder {
	struct art_mention *v;
	size_t n, cap;
	struct needle *nd;
	size_t nnd, capnd;
	struct hash by_key;	/* needle_key → the needles, in order */
	int short_keys;		/* a needle of one character */
};

/* The length of the character at s (n > 0 bytes left): the text came
 * through the parser, so it is UTF-8, and the lead byte tells. */
static size_t
char_len(const char *s, size_t n)
{
	unsigned char c = (unsigned char)*s;
	size_t l = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;

	return l < n ? l : n;
}

/* A key of n <= 8 bytes (two characters) as a number: its length and
 * bytes, computed at every character of every text.  (A longer key
 * would share it with others: the needles under it are compared.) */
static uint64_t
needle_key(const char *s, size_t n)
{
	uint64_t x = n;
	size_t i;

	for (i = 0; i < n && i < 8; i++)
		x = x << 8 | (unsigned char)s[i];
	return x;
}

static void
add_needle(struct mention_finder *mv, const char *s, uint8_t type, uint32_t what)
{
	struct needle *d;
	size_t len = s != NULL ? strlen(s) : 0, k;

	if (len == 0)
		return;
	mv->nd = xgrow(mv->nd, &mv->capnd, mv->nnd + 1, sizeof(*mv->nd));
	d = &mv->nd[mv->nnd++];
	d->s = s;
	d->len = len;
	k = char_len(s, len);
	if (k < len)
		k += char_len(s + k, len - k);
	else
		mv->short_keys = 1;
	d->key = k;
	d->what = what;
	d->type = type;
	d->para = UINT32_MAX - 1;
	d->end = 0;
}

static void
index_needles(struct mention_finder *mv)
{
	size_t i, cap = mv->by_key.slot != NULL ? mv->by_key.mask + 1 : 0;

	/* a quarter full at most: most characters begin no needle, and a
	 * miss ends at the first empty slot */
	if (cap < 4 * mv->nnd || cap > 64 * (mv->nnd + 16)) {
		hash_free(&mv->by_key);
		hash_init(&mv->by_key, 2 * mv->nnd);
	} else {
		hash_clear(&mv->by_key);
	}
	for (i = 0; i < mv->nnd; i++)
		hash_add(&mv->by_key, needle_key(mv->nd[i].s, mv->nd[i].key), (uint32_t)i);
}

static void
add_match(struct mention_finder *mv, uint32_t para, size_t off, const struct needle *d)
{
	struct art_mention *m;

	mv->v = xgrow(mv->v, &mv->cap, mv->n + 1, sizeof(*mv->v));
	m = &mv->v[mv->n++];
	m->at.para = para;
	m->at.off = (uint32_t)off;
	m->at.len = (uint32_t)d->len;
	m->what = d->what;
	m->type = d->type;
}

/* The needles whose key is text[p..p+k) and that match there. */
static void
match_key(struct mention_finder *mv, const char *text, size_t n, uint32_t para, size_t p, size_t k)
{
	struct hash_iter it;
	uint32_t i;

	for (i = hash_first(&mv->by_key, needle_key(text + p, k), &it); i != HASH_NONE;
	    i = hash_next(&mv->by_key, &it)) {
		struct needle *d = &mv->nd[i];
		const char *at = text + p;
		int ok;

		if (d->key != k || d->len > n - p || memcmp(at, d->s, d->len) != 0)
			continue;
		if (d->para == para && p < d->end)
			continue;
		if (d->type == MENTION_PERSON)
			ok = !hangul_before(text, at);
		else	/* not the tail of a longer number */
			ok = (p == 0 || (!digit_at(at[-1]) && at[-1] != '.' && at[-1] != ','))
			    && !(digit_at(d->s[d->len - 1]) && digit_at(at[d->len]));
		if (!ok)
			continue;
		add_match(mv, para, p, d);
		d->para = para;
		d->end = p + d->len;
	}
}

static void
scan_text(struct mention_finder *mv, const char *text, uint32_t para)
{
	size_t n = strlen(text), p, k1, k2;

	for (p = 0; p < n; p += k1) {
		k1 = char_len(text + p, n - p);
		if (p + k1 < n) {
			k2 = k1 + char_len(text + p + k1, n - p - k1);
			match_key(mv, text, n, para, p, k2);
		}
		if (mv->short_keys)
			match_key(mv, text, n, para, p, k1);
	}
}

static int
mention_cmp(const void *x, const void *y)
{
	const struct art_mention *a = x, *b = y;

	if (a->at.para != b->at.para)
		return a->at.para < b->at.para ? -1 : 1;
	if (a->at.off != b->at.off)
		return a->at.off < b->at.off ? -1 : 1;
	return (a->at.len < b->at.len) - (a->at.len > b->at.len);	/* longer first */
}

const struct art_mention *
article_mentions(const struct article *art, struct mention_finder *mv, size_t *n_out)
{
	size_t t, k, n = 0;

	if (art->mention != NULL) {
		*n_out = art->nmention;
		return art->mention;
	}
	mv->n = 0;
	mv->nnd = 0;
	mv->short_keys = 0;
	for (k = 0; k < art->npeople; k++)
		add_needle(mv, art->people[k].name, MENTION_PERSON, (uint32_t)k);
	for (k = 0; k < art->nfig; k++)
		add_needle(mv, art->fig[k].text, MENTION_FIGURE, (uint32_t)k);
	index_needles(mv);
	for (t = 0; t <= art->npara; t++) {
		const char *text = t < art->npara ? art->para[t] : art->title;
		uint32_t para = t < art->npara ? (uint32_t)t : SPAN_TITLE;

		if (text != NULL)
			scan_text(mv, text, para);
	}
	if (mv->n > 1)	/* qsort(NULL, 0) is undefined */
		qsort(mv->v, mv->n, sizeof(*mv->v), mention_cmp);
	for (k = 0; k < mv->n; k++) {
		const struct art_mention *m = &mv->v[k];

		/* one highlight per stretch of text: the longer one wins */
		if (n > 0 && mv->v[n - 1].at.para == m->at.para
		    && mv->v[n - 1].at.off + mv->v[n - 1].at.len > m->at.off)
			continue;
		mv->v[n++] = *m;
	}
	mv->n = n;
	*n_out = n;
	return mv->v;
}

struct mention_finder *
mention_finder_new(void)
{
	return xcalloc(1, sizeof(struct mention_finder));
}

void
mention_finder_free(struct mention_finder *mv)
{
	if (mv == NULL)
		return;
	free(mv->v);
	free(mv->nd);
	hash_free(&mv->by_key);
	free(mv);
}
