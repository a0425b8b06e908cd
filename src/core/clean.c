/*
 * clean.c — chrome versus body, jammed sentences, by-lines and captions.
 *
 * A block is "strong" body when it reads like article prose: enough
 * Hangul, at least one sentence end, few links, no navigation markup and
 * few chrome phrases for its length.  The body runs from the first strong
 * block to the last one, stopping at a copyright line; inside that run
 * weaker blocks are kept unless they look like chrome, and just after it
 * plain sentences are kept until the first chrome block.
 */
#include "clean.h"

#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

static int
is_syllable(uint32_t u)
{
	return u >= 0xAC00 && u <= 0xD7A3;
}

static uint32_t
char_before(const char *s, size_t i)
{
	size_t j = i;
	uint32_t u;

	if (i == 0)
		return 0;
	do
		j--;
	while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80);
	if (utf8_decode(s + j, i - j, &u) < 0)
		return 0xFFFD;
	return u;
}

static int
is_closing(const char *s, size_t n, size_t i, size_t *len)
{
	static const char *const closers[] = {
		"\xE2\x80\x9D", "\xE2\x80\x99", "\xE3\x80\x8D", "\xE3\x80\x8F",
		")", "]", NULL,		/* ” ’ 」 』 */
	};
	size_t k;

	for (k = 0; closers[k] != NULL; k++) {
		size_t l = strlen(closers[k]);

		if (i + l <= n && memcmp(s + i, closers[k], l) == 0) {
			*len = l;
			return 1;
		}
	}
	/* a straight quote closes when a space or the end follows */
	if (i < n && (s[i] == '"' || s[i] == '\'')
	    && (i + 1 == n || s[i + 1] == ' ')) {
		*len = 1;
		return 1;
	}
	return 0;
}

size_t
clean_sentence_end(const char *s, size_t n, size_t i)
{
	uint32_t prev;
	size_t j, l;

	if (i >= n || (s[i] != '.' && s[i] != '?' && s[i] != '!'))
		return 0;
	if (s[i] == '.' && ((i + 1 < n && s[i + 1] == '.') || (i > 0 && s[i - 1] == '.')))
		return 0;	/* ellipsis */
	prev = char_before(s, i);
	if (!is_syllable(prev)) {
		/* "...했다”." and "(종합)." end sentences too */
		if (!(s[i] == '.' && i > 0 && (prev == 0x201D || prev == ')')))
			return 0;
	}
	j = i + 1;
	while (j < n && s[j] == s[i] && s[i] != '.')
		j++;	/* ?! runs */
	while (is_closing(s, n, j, &l))
		j += l;
	return j;
}

size_t
clean_next_sentence(const char *s, size_t n, size_t i, int *closed)
{
	for (; i < n; i++) {
		size_t e = clean_sentence_end(s, n, i);

		if (e != 0) {
			*closed = 1;
			return e;
		}
	}
	*closed = 0;
	return n;
}

void
clean_count(const char *s, size_t n, size_t *hangul, size_t *chars)
{
	size_t i = 0, h = 0, c = 0;

	while (i < n) {
		uint32_t u;
		int len;

		if ((unsigned char)s[i] < 0x80) {
			i++;
			c++;
			continue;
		}
		len = utf8_decode(s + i, n - i, &u);
		i += len < 0 ? 1 : (size_t)len;
		c++;
		h += is_syllable(u);
	}
	*hangul = h;
	*chars = c;
}

size_t
clean_chrome_hits(const char *s, size_t n)
{
	const struct lexicon *lx = lexicon_get(LEX_CHROME);
	size_t i = 0, hits = 0;

	while (i < n) {
		size_t len;

		if (lexicon_prefix(lx, s + i, n - i, &len) != NULL) {
			hits++;
			i += len;
		}
		while (i < n && s[i] != ' ')
			i++;
		while (i < n && s[i] == ' ')
			i++;
	}
	return hits;
}

static int
has_kind(const char *s, size_t n, const char *kind)
{
	const struct lexicon *lx = lexicon_get(LEX_CHROME);
	size_t i = 0;

	while (i < n) {
		size_t len;
		const struct lex_entry *e = lexicon_prefix(lx, s + i, n - i, &len);

		if (e != NULL && e->nf > 1 && strcmp(e->f[1], kind) == 0)
			return 1;
		while (i < n && s[i] != ' ')
			i++;
		while (i < n && s[i] == ' ')
			i++;
	}
	return 0;
}

struct feat {
	size_t hangul, chars, ends, hits;
	int strong, sentence, copyright;
};

static void
features(const struct html_doc *d, size_t b, struct feat *f)
{
	const char *s = html_block_text(d, b);
	size_t n = d->b[b].len, i;
	unsigned flags = d->b[b].flags;
	int linky = d->b[b].link_len * 2 > n;

	memset(f, 0, sizeof(*f));
	clean_count(s, n, &f->hangul, &f->chars);
	for (i = 0; i < n; i++)
		if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && clean_sentence_end(s, n, i))
			f->ends++;
	f->hits = clean_chrome_hits(s, n);
	f->copyright = has_kind(s, n, "copyright") && f->hangul < 80;
	f->strong = f->hangul >= 20 && f->ends >= 1 && !linky
	    && !(flags & (BLK_NAV | BLK_HINT | BLK_TITLE | BLK_CAPTION | BLK_ITEM))
	    && f->hits * 40 < f->hangul && !f->copyright;
	f->sentence = f->hangul >= 6 && f->ends >= 1 && !linky
	    && !(flags & (BLK_NAV | BLK_HINT | BLK_TITLE | BLK_ITEM))
	    && f->hits == 0 && !f->copyright;
}

/* ---------- inside a body block ---------- */

/* "[이데일리 김아름 기자]", "[서울=뉴스1 김아름 기자]": the length of a
 * bracketed by-line at s, or 0. */
static size_t
bracket_byline(const char *s, size_t n)
{
	const char *close;
	size_t len;

	if (n < 2 || (s[0] != '[' && s[0] != '('))
		return 0;
	close = memchr(s, s[0] == '[' ? ']' : ')', n < 80 ? n : 80);
	if (close == NULL)
		return 0;
	len = (size_t)(close - s) + 1;
	if (len >= 8 && memcmp(close - 6, "\xEA\xB8\xB0\xEC\x9E\x90", 6) == 0)
		return len;	/* ends in 기자 */
	return 0;
}

/* "(사진=김아름 기자)", "[사진 = 연합뉴스]", "<사진=...>": a photo credit. */
static size_t
photo_credit(const char *s, size_t n)
{
	const char *close;
	size_t k = 1;

	if (n < 4 || (s[0] != '(' && s[0] != '[' && s[0] != '<'))
		return 0;
	if (n < k + 6 || memcmp(s + k, "\xEC\x82\xAC\xEC\xA7\x84", 6) != 0)
		return 0;	/* 사진 */
	close = memchr(s, s[0] == '(' ? ')' : s[0] == '[' ? ']' : '>', n < 120 ? n : 120);
	if (close == NULL)
		return 0;
	return (size_t)(close - s) + 1;
}

/* "(서울=뉴스1) 이기범 기자 =" at the start of a paragraph. */
static size_t
dateline(const char *s, size_t n)
{
	const char *eq;
	size_t i;

	if (n < 8 || s[0] != '(')
		return 0;
	eq = memchr(s, ')', n < 48 ? n : 48);
	if (eq == NULL || memchr(s, '=', (size_t)(eq - s)) == NULL)
		return 0;
	i = (size_t)(eq - s) + 1;
	/* then "NAME 기자 =" or "NAME 기자" and text */
	for (; i < n && i < (size_t)(eq - s) + 40; i++) {
		if (i + 7 <= n && memcmp(s + i, "\xEA\xB8\xB0\xEC\x9E\x90", 6) == 0) {
			i += 6;
			while (i < n && s[i] == ' ')
				i++;
			if (i < n && s[i] == '=')
				i++;
			while (i < n && s[i] == ' ')
				i++;
			return i;
		}
	}
	return (size_t)(eq - s) + 1;
}

static void
trim(const char **s, size_t *n)
{
	while (*n > 0 && **s == ' ')
		(*s)++, (*n)--;
	while (*n > 0 && (*s)[*n - 1] == ' ')
		(*n)--;
}

static void
add_paragraph(struct clean_result *r, const char *s, size_t n, int caption)
{
	trim(&s, &n);
	if (n == 0)
		return;
	strv_add(caption ? &r->captions : &r->paragraphs, s, n);
}

static int
starts_sentence(const char *s, size_t n)
{
	uint32_t u;

	if (n == 0 || utf8_decode(s, n, &u) < 0)
		return 0;
	return is_syllable(u) || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z')
	    || u == 0x201C || u == 0x2018 || u == '"' || u == '\'' || u == '['
	    || u == '(' || u == '<';
}

/*
 * Split one body block into paragraphs: at sentence ends with nothing
 * between them and the next sentence, around bracketed by-lines, and
 * after photo credits (the sentence before a credit is its caption).
 */
static void
split_block(struct clean_result *r, const char *s, size_t n, int caption)
{
	/* start: of the paragraph; prev and cur: of the last two sentences */
	size_t start = 0, prev = 0, cur = 0, i = 0, d;

	if ((d = dateline(s, n)) != 0) {
		s += d;
		n -= d;
	}
	while (i < n) {
		size_t e, l;

		if ((l = photo_credit(s + i, n - i)) != 0) {
			/* the sentence before the credit is its caption */
			size_t k = cur;

			while (k < i && s[k] == ' ')
				k++;
			if (k == i)
				cur = prev;
			add_paragraph(r, s + start, cur - start, caption);
			add_paragraph(r, s + cur, i + l - cur, 1);
			i += l;
			start = prev = cur = i;
			continue;
		}
		if ((l = bracket_byline(s + i, n - i)) != 0) {
			add_paragraph(r, s + start, i - start, caption);
			i += l;
			start = prev = cur = i;
			continue;
		}
		e = clean_sentence_end(s, n, i);
		if (e == 0) {
			i++;
			continue;
		}
		if (e < n && s[e] != ' ' && starts_sentence(s + e, n - e)) {
			add_paragraph(r, s + start, e - start, caption);
			start = e;
		}
		prev = cur;
		cur = e;
		i = e;
	}
	add_paragraph(r, s + start, n - start, caption);
}

static int
only_byline(const char *s, size_t n)
{
	/* "강경주 기자 x@y.com", "x@news1.kr", "/김아름 기자" */
	size_t hangul, chars;

	clean_count(s, n, &hangul, &chars);
	if (memchr(s, '@', n) != NULL && chars < 60 && hangul < 12)
		return 1;
	return n < 40 && n >= 6 && memcmp(s + n - 6, "\xEA\xB8\xB0\xEC\x9E\x90", 6) == 0
	    && hangul <= 8;
}

void
clean_document(const struct html_doc *d, struct clean_result *r)
{
	struct feat *f = xcalloc(d->n ? d->n : 1, sizeof(*f));
	size_t b, first = (size_t)-1, last = 0, stop = d->n;

	memset(r, 0, sizeof(*r));
	r->cls = xcalloc(d->n ? d->n : 1, 1);
	for (b = 0; b < d->n; b++) {
		features(d, b, &f[b]);
		if (f[b].strong) {
			if (first == (size_t)-1)
				first = b;
			last = b;
		}
	}
	if (first != (size_t)-1) {
		/* a copyright line inside the run ends the body */
		for (b = first; b <= last; b++)
			if (f[b].copyright) {
				stop = b;
				break;
			}
		if (stop <= last) {
			last = first;
			for (b = first; b < stop; b++)
				if (f[b].strong)
					last = b;
		}
		/* plain sentences right after the last strong block */
		while (last + 1 < stop && last + 1 < d->n && f[last + 1].sentence)
			last++;
	}
	r->first = first == (size_t)-1 ? 1 : first;
	r->last = first == (size_t)-1 ? 0 : last;
	for (b = 0; b < d->n; b++) {
		const char *s = html_block_text(d, b);
		size_t n = d->b[b].len;
		unsigned flags = d->b[b].flags;

		if (flags & BLK_TITLE) {
			r->cls[b] = CLS_TITLE;
			continue;
		}
		if (flags & BLK_CAPTION) {
			if (first != (size_t)-1 && b >= first && b <= last) {
				r->cls[b] = CLS_CAPTION;
				add_paragraph(r, s, n, 1);
			}
			continue;
		}
		if (first == (size_t)-1 || b < first || b > last)
			continue;
		if (!f[b].strong && (f[b].hits > 0 || (flags & (BLK_NAV | BLK_HINT))
		    || d->b[b].link_len * 2 > n || f[b].hangul == 0
		    || only_byline(s, n)))
			continue;
		r->cls[b] = CLS_BODY;
		split_block(r, s, n, 0);
	}
	free(f);
}

void
clean_result_free(struct clean_result *r)
{
	strv_free(&r->paragraphs);
	strv_free(&r->captions);
	free(r->cls);
	memset(r, 0, sizeof(*r));
}
