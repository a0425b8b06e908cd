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

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"

static uint32_t
char_before(const char *s, size_t i)
{
	size_t j;
	uint32_t u;

	if (i == 0)
		return 0;
	j = utf8_prev(s, i);
	if (utf8_decode(s + j, i - j, &u) < 0)
		return 0xFFFD;
	return u;
}

static int
is_closing(const char *s, size_t n, size_t i, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s + i;

	if (i >= n)
		return 0;
	if (u[0] == ')' || u[0] == ']') {
		*len = 1;
		return 1;
	}
	/* ” ’ (E2 80 9D, E2 80 99) and 」 』 (E3 80 8D, E3 80 8F) */
	if (i + 3 <= n && u[1] == 0x80
	    && ((u[0] == 0xE2 && (u[2] == 0x9D || u[2] == 0x99))
		|| (u[0] == 0xE3 && (u[2] == 0x8D || u[2] == 0x8F)))) {
		*len = 3;
		return 1;
	}
	/* a straight quote closes when a space or the end follows */
	if ((u[0] == '"' || u[0] == '\'') && (i + 1 == n || s[i + 1] == ' ')) {
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
	if (!hangul_is_syllable(prev)) {
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

/* The first '.', '?' or '!' in s[i..n), or n: each search stops where
 * the one before found a mark, so a text is scanned once (by memchr). */
static size_t
next_mark(const char *s, size_t n, size_t i)
{
	const char *p, *lim = s + n, *q;

	if (i >= n)
		return n;
	p = s + i;
	if ((q = memchr(p, '.', (size_t)(lim - p))) != NULL)
		lim = q;
	if ((q = memchr(p, '?', (size_t)(lim - p))) != NULL)
		lim = q;
	if ((q = memchr(p, '!', (size_t)(lim - p))) != NULL)
		lim = q;
	return (size_t)(lim - s);
}

size_t
clean_next_sentence(const char *s, size_t n, size_t i, int *closed)
{
	for (i = next_mark(s, n, i); i < n; i = next_mark(s, n, i + 1)) {
		size_t e = clean_sentence_end(s, n, i);

		if (e != 0) {
			*closed = 1;
			return e;
		}
	}
	*closed = 0;
	return n;
}

/* Counts over s[0..n): Hangul syllables and code points. */
static void
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
		if (utf8_syllable(s + i, n - i, &u) != 0) {
			i += 3;
			c++;
			h++;
			continue;
		}
		len = utf8_decode(s + i, n - i, &u);
		i += len < 0 ? 1 : (size_t)len;
		c++;
		h += hangul_is_syllable(u);
	}
	*hangul = h;
	*chars = c;
}

/* Past list marks, bullets and label brackets at a word start:
 * "*재판매", "◎공감언론", "[광고]". */
static size_t
skip_marks(const char *s, size_t n, size_t i)
{
	while (i < n) {
		uint32_t u;
		int l;

		if (s[i] == '*' || s[i] == '-' || s[i] == '#' || s[i] == '[' || s[i] == '(') {
			i++;
			continue;
		}
		/* the marks below are E2 xx xx and E3 80 90: most words
		 * start with neither */
		if (s[i] != '\xE2' && s[i] != '\xE3')
			break;
		l = utf8_decode(s + i, n - i, &u);
		if (l < 0 || ((u < 0x2010 || u > 0x27FF) && u != 0x3010))
			break;
		i += (size_t)l;
	}
	return i;
}

/* A line dressed up with symbols and no sentence in it: "★★ 최신 공짜폰
 * 대란 ★★ 카톡ID ...", "▶▶ 무료 리딩방 ◀◀".  A sign before a number
 * ("△10.87%") is not decoration. */
static int
decorated(const char *s, size_t n, size_t ends)
{
	const char *p = s, *end = s + n, *after = NULL;	/* past the last symbol */

	if (ends > 0)
		return 0;
	/* U+2190-21FF and U+25A0-27BF are E2 86-87 xx and E2 96-9E xx */
	while ((p = memchr(p, '\xE2', (size_t)(end - p))) != NULL && end - p >= 3) {
		unsigned char b = (unsigned char)p[1];
		int deco = (b >= 0x86 && b <= 0x87) || (b >= 0x96 && b <= 0x9E);

		if (b == 0x96 && (unsigned char)p[2] < 0xA0)
			deco = 0;	/* U+2580-259F: blocks, not shapes */
		if (deco && !(end - p > 3 && p[3] >= '0' && p[3] <= '9')) {
			if (p == after)
				return 1;
			after = p + 3;
		}
		p += deco ? 3 : 1;
	}
	return 0;
}

/* Where the word after the one at s[i] starts (past its spaces), or n. */
static size_t
next_word(const char *s, size_t n, size_t i)
{
	const char *sp = i < n ? memchr(s + i, ' ', n - i) : NULL;

	if (sp == NULL)
		return n;
	for (i = (size_t)(sp - s); i < n && s[i] == ' '; i++)
		;
	return i;
}

/* Prose of GENERIC_PROSE syllables or more may hold one generic chrome
 * word in GENERIC_SPAN syllables. */
#define GENERIC_PROSE 20
#define GENERIC_SPAN 8

size_t
clean_chrome_hits(const char *s, size_t n)
{
	const struct lexicon *lx = lexicon_get(LEX_CHROME);
	size_t i = 0, hits = 0;

	while (i < n) {
		size_t len;

		i = skip_marks(s, n, i);
		if (lexicon_prefix(lx, s + i, n - i, &len) != NULL) {
			hits++;
			i += len;
		}
		i = next_word(s, n, i);
	}
	return hits;
}

/* A short generic word (검색, 다음, 공유, 댓글, 등록, TOP): two Hangul
 * syllables or four Latin letters at most, no space. */
static int
generic_phrase(const char *k)
{
	size_t l = strlen(k), i, latin = 0;

	if (memchr(k, ' ', l) != NULL)
		return 0;
	for (i = 0; i < l; i++)
		latin += (k[i] >= 'A' && k[i] <= 'Z') || (k[i] >= 'a' && k[i] <= 'z');
	if (latin == l)
		return l <= 4;
	return l <= 6 && (unsigned char)k[0] >= 0xEA && (unsigned char)k[0] <= 0xED
	    && (l == 3 || ((unsigned char)k[3] >= 0xEA && (unsigned char)k[3] <= 0xED));
}

/* Chrome phrases in s[0..n), which holds hangul syllables and ends
 * sentence ends, that count: every specific one, and the generic ones
 * unless they are a few words of prose ("다음 달부터 차례로 없어진다"),
 * not a widget line ("이전 다음", "추천 3 신고"). */
static size_t
chrome_weight(const char *s, size_t n, size_t hangul, size_t ends, int *copyright)
{
	const struct lexicon *lx = lexicon_get(LEX_CHROME);
	size_t i = 0, specific = 0, generic = 0;

	while (i < n) {
		size_t len;
		const struct lex_entry *e;

		i = skip_marks(s, n, i);
		if ((e = lexicon_prefix(lx, s + i, n - i, &len)) != NULL) {
			if (e->nf > 1 && strcmp(e->f[1], "copyright") == 0)
				*copyright = 1;
			if (generic_phrase(e->f[0]))
				generic++;
			else
				specific++;
			i += len;
		}
		i = next_word(s, n, i);
	}
	if (ends > 0 && hangul >= GENERIC_PROSE && generic * GENERIC_SPAN < hangul)
		generic = 0;
	return specific + generic;
}

static int
has_kind(const char *s, size_t n, const char *kind)
{
	const struct lexicon *lx = lexicon_get(LEX_CHROME);
	size_t i = 0;

	while (i < n) {
		size_t len;
		const struct lex_entry *e;

		i = skip_marks(s, n, i);
		e = lexicon_prefix(lx, s + i, n - i, &len);

		if (e != NULL && e->nf > 1 && strcmp(e->f[1], kind) == 0)
			return 1;
		i = next_word(s, n, i);
	}
	return 0;
}

/* ---------- small text tests ---------- */

#define KIJA "\xEA\xB8\xB0\xEC\x9E\x90"	/* 기자 */
#define SAJIN "\xEC\x82\xAC\xEC\xA7\x84"	/* 사진 */
#define JEGONG "\xEC\xA0\x9C\xEA\xB3\xB5"	/* 제공 */
#define IL "\xEC\x9D\xBC"	/* 일 */

static int
has_prefix(const char *s, size_t n, const char *p)
{
	size_t l = strlen(p);

	return n >= l && memcmp(s, p, l) == 0;
}

static int
has_suffix(const char *s, size_t n, const char *p)
{
	size_t l = strlen(p);

	return n >= l && memcmp(s + n - l, p, l) == 0;
}

static void
trim(const char **s, size_t *n)
{
	while (*n > 0 && **s == ' ')
		(*s)++, (*n)--;
	while (*n > 0 && (*s)[*n - 1] == ' ')
		(*n)--;
}

int
clean_has_sentence_end(const char *s, size_t n)
{
	size_t i;

	for (i = next_mark(s, n, 0); i < n; i = next_mark(s, n, i + 1))
		if (clean_sentence_end(s, n, i) != 0)
			return 1;
	return 0;
}

/* The index just past the last sentence end in s[0..n), or 0.  Searched
 * from the back: a later end never lies inside an earlier one's span (a
 * mark inside a "?!" run or among closers follows no syllable), so the
 * last mark that ends a sentence ends the last one. */
static size_t
last_sentence_end(const char *s, size_t n)
{
	size_t i, e;

	for (i = n; i > 0; i--)
		if ((s[i - 1] == '.' || s[i - 1] == '?' || s[i - 1] == '!')
		    && (e = clean_sentence_end(s, n, i - 1)) != 0)
			return e;
	return 0;
}

static int
has_hangul(const char *s, size_t n)
{
	size_t h, c;

	clean_count(s, n, &h, &c);
	return h > 0;
}

#define SUBHEAD_MAX 160	/* bytes: about 50 syllables */
#define UNENDED_MIN 15	/* syllables of an unterminated last paragraph */
#define TEMPLATE_MAX 400	/* bytes of a template token */
#define GRAPHIC "\xEA\xB7\xB8\xEB\x9E\x98\xED\x94\xBD"	/* 그래픽 */
#define ILLUST "\xEC\x9D\xBC\xEB\x9F\xAC\xEC\x8A\xA4\xED\x8A\xB8"	/* 일러스트 */
#define LANGLE "\xE3\x80\x88"	/* 〈 */
#define RANGLE "\xE3\x80\x89"	/* 〉 */

/* A bracket opening s: the closing bracket's text, and the opener's
 * length in *l; NULL when s opens none. */
static const char *
bracket_close(const char *s, size_t n, size_t *l)
{
	*l = 1;
	if (n > 0 && s[0] == '(')
		return ")";
	if (n > 0 && s[0] == '[')
		return "]";
	if (n > 0 && s[0] == '<')
		return ">";
	*l = 3;
	if (has_prefix(s, n, LANGLE))
		return RANGLE;
	return NULL;
}

/*
 * A photo or graphic credit in brackets at s: "(사진=김아름 기자)",
 * "[사진 = 연합뉴스]", "<사진=...>", "〈그래픽=...〉", and, where a sentence
 * has just ended (after_end), "(황보승희 당선인 캠프 제공)".  Its length,
 * or 0.
 */
static size_t
photo_credit(const char *s, size_t n, int after_end)
{
	const char *close, *in;
	size_t k, cl, m;

	if ((close = bracket_close(s, n, &k)) == NULL)
		return 0;
	cl = strlen(close);
	in = memmem(s + k, (n < 120 ? n : 120) - (n < k ? n : k), close, cl);
	if (in == NULL)
		return 0;
	m = (size_t)(in - s) - k;	/* the credit inside */
	while (m > 0 && s[k] == ' ')
		k++, m--;
	if (has_prefix(s + k, m, SAJIN) || has_prefix(s + k, m, GRAPHIC)
	    || has_prefix(s + k, m, ILLUST)
	    || (after_end && m > 6 && has_suffix(s + k, m, JEGONG)
		&& memchr(s + k, '.', m) == NULL))
		return (size_t)(in - s) + cl;
	return 0;
}

/* A credit without brackets where a sentence has just ended: "사진=로이터",
 * "/사진=홍길동 기자", "그래픽 = 김민지 기자", "사진=중소벤처기업부 제공".
 * Its length, or 0. */
static size_t
bare_credit(const char *s, size_t n)
{
	size_t i = 0, w;

	if (i < n && s[i] == '/')
		i++;
	if (has_prefix(s + i, n - i, SAJIN))
		i += strlen(SAJIN);
	else if (has_prefix(s + i, n - i, GRAPHIC))
		i += strlen(GRAPHIC);
	else
		return 0;
	while (i < n && s[i] == ' ')
		i++;
	if (i >= n || s[i] != '=')
		return 0;
	for (i++; i < n && s[i] == ' '; i++)
		;
	w = i;
	while (i < n && s[i] != ' ')
		i++;
	if (i == w || i - w > 60)
		return 0;
	/* "홍길동 기자", "OO부 제공": the credit's second word */
	if (i + 1 < n && (has_prefix(s + i + 1, n - i - 1, KIJA)
	    || has_prefix(s + i + 1, n - i - 1, JEGONG))) {
		i += 1 + 6;
		while (i < n && s[i] != ' ')
			i++;
	}
	return i;
}

/* A leading image file name ("2025122210152886017_0.jpg", "a/b.PNG"),
 * glued to the caption after it or not: its length, or 0. */
static size_t
clean_image_name(const char *s, size_t n)
{
	static const char *const ext[] = { ".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", NULL };
	size_t i, k;

	for (i = 0; i < n && i < 200; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '.') {
			for (k = 0; ext[k] != NULL; k++) {
				size_t l = strlen(ext[k]);

				if (i > 0 && i + l <= n && strncasecmp(s + i, ext[k], l) == 0
				    && !(i + l < n && isalpha((unsigned char)s[i + l])))
					return i + l;
			}
			continue;
		}
		if (!isalnum(c) && c != '_' && c != '-' && c != '/' && c != '%')
			return 0;
	}
	return 0;
}

int
clean_credit_tail(const char *s, size_t n)
{
	trim(&s, &n);
	/* a wire photo's "photo@newsis.com *재판매 및 DB 금지" (an address
	 * Cloudflare hid shows as "[email protected]") */
	if (n > 0 && n <= 90 && (memchr(s, '@', n) != NULL || memmem(s, n, "[email", 6) != NULL)
	    && has_kind(s, n, "copyright"))
		return 1;
	if (n == 0 || n > 90 || memchr(s, '@', n) != NULL || has_suffix(s, n, KIJA)
	    || clean_has_sentence_end(s, n))
		return 0;
	if (photo_credit(s, n, 1) == n || s[0] == '/' || has_prefix(s, n, SAJIN)
	    || has_suffix(s, n, JEGONG))
		return 1;
	return lexicon_find(lexicon_get(LEX_OUTLETS), s, n) != NULL;
}

/* A caption on its own: one or two sentences, then a photo credit. */
static int
caption_shape(const char *s, size_t n, size_t ends, size_t hangul)
{
	size_t e;

	if (ends == 0 || ends > 2 || hangul > 160)
		return 0;
	e = last_sentence_end(s, n);
	return e != 0 && e < n && clean_credit_tail(s + e, n - e);
}

static size_t
count_ends(const char *s, size_t n)
{
	size_t i, ends = 0;

	for (i = next_mark(s, n, 0); i < n; i = next_mark(s, n, i + 1))
		if (clean_sentence_end(s, n, i))
			ends++;
	return ends;
}

/* caption_shape of any text */
static int
caption_block(const char *s, size_t n)
{
	size_t h, c;

	trim(&s, &n);
	clean_count(s, n, &h, &c);
	return caption_shape(s, n, count_ends(s, n), h);
}

static int
spaces_only(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ')
			return 0;
	return 1;
}

/* "[IMG: 설명]", "[Image 2: 설명]", "[이미지: 설명]": the alt text a dump
 * printed for an image. */
static int
image_alt(const char *s, size_t n)
{
	static const char *const marks[] = {
		"[IMG", "[Img", "[img", "[Image", "[image",
		"[\xEC\x9D\xB4\xEB\xAF\xB8\xEC\xA7\x80",	/* [이미지 */
		NULL,
	};
	size_t k, l;

	for (k = 0; marks[k] != NULL; k++) {
		l = strlen(marks[k]);
		if (has_prefix(s, n, marks[k]) && l < n && (s[l] == ':' || s[l] == ' '
		    || (s[l] >= '0' && s[l] <= '9')))
			return memchr(s, ']', n) != NULL;
	}
	return 0;
}

/* ---------- blocks ---------- */

struct feat {
	size_t hangul, chars, ends, hits;
	int strong, sentence, copyright, caption, chatty;
	int unended;	/* prose whose last sentence lost its period */
};

/* Prose that ends in a predicate but lost its period ("…기대한다고도
 * 했다"), not a headline (no "…", several words). */
static int
unended_prose(const char *s, size_t n)
{
	size_t words = 1, i;
	uint32_t last;

	while (n > 0 && (s[n - 1] == '"' || s[n - 1] == '\'' || s[n - 1] == ' '))
		n--;
	last = char_before(s, n);
	if (last == 0x201D || last == 0x2019)	/* ” ’ */
		last = char_before(s, n - 3);
	if (last != 0xB2E4 || memmem(s, n, "\xE2\x80\xA6", 3) != NULL)	/* 다, … */
		return 0;
	for (i = 0; i < n; i++)
		words += s[i] == ' ';
	return words >= 6;
}

/* The register a sentence ending at s[i] ('.', '?' or '!') is in: 1
 * polite (-요, -ㅂ니다: "퍼왔습니다", "만나보세요"), 0 plain (-다: "밝혔다",
 * "아니다"), -1 neither (a quote, a bracket, a question). */
static int
polite_end(const char *s, size_t i)
{
	uint32_t u = char_before(s, i), v, w;
	size_t j;

	if (u == 0xC694)	/* 요 */
		return 1;
	if (u != 0xB2E4)	/* 다 */
		return -1;
	j = i - 3;
	v = char_before(s, j);
	if (v != 0xB2C8 || j < 3)	/* 니 */
		return 0;
	w = char_before(s, j - 3);
	return hangul_is_syllable(w) && hangul_final(w) == 17;	/* final ㅂ */
}

/* A quotation mark in s[0..n): someone's words, which may well be
 * polite ("“…하겠습니다.”", an interview's answers). */
static int
quoted(const char *s, size_t n)
{
	return memchr(s, '"', n) != NULL || memmem(s, n, "\xE2\x80\x9C", 3) != NULL
	    || memmem(s, n, "\xE2\x80\x9D", 3) != NULL;
}

/* Two bare jamo in a row: ㅋㅋ, ㅎㅎ, ㅠㅠ. */
static int
jamo_run(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;

	/* U+3131-318E is E3 84 B1 .. E3 86 8E */
	for (; (p = memchr(p, 0xE3, (size_t)(end - p))) != NULL && end - p >= 6; p++)
		if (p[3] == 0xE3 && p[1] >= 0x84 && p[1] <= 0x86 && p[4] >= 0x84 && p[4] <= 0x86)
			return 1;
	return 0;
}

static void
features(const struct html_doc *d, size_t b, struct feat *f)
{
	const char *s = html_block_text(d, b);
	size_t n = d->b[b].len, i;
	unsigned flags = d->b[b].flags;
	int linky = d->b[b].link_len * 2 > n;

	size_t polite = 0, plain = 0;

	memset(f, 0, sizeof(*f));
	clean_count(s, n, &f->hangul, &f->chars);
	for (i = next_mark(s, n, 0); i < n; i = next_mark(s, n, i + 1))
		if (clean_sentence_end(s, n, i)) {
			int r = polite_end(s, i);

			f->ends++;
			polite += r == 1;
			plain += r == 0;
		}

	f->hits = chrome_weight(s, n, f->hangul, f->ends, &f->copyright) + decorated(s, n, f->ends);
	f->copyright = f->copyright && f->hangul < 80;
	f->caption = (flags & BLK_CAPTION) || caption_shape(s, n, f->ends, f->hangul)
	    || image_alt(s, n)
	    /* text under an image, its file name left in front */
	    || (clean_image_name(s, n) != 0 && f->ends <= 2 && f->hangul <= 160);
	f->strong = f->hangul >= 20 && f->ends >= 1 && !linky && !f->caption
	    && !(flags & (BLK_NAV | BLK_HINT | BLK_TITLE | BLK_ITEM))
	    && f->hits * 40 < f->hangul && !f->copyright;
	f->sentence = f->hangul >= 6 && f->ends >= 1 && !linky && !f->caption
	    && !(flags & (BLK_NAV | BLK_HINT | BLK_TITLE | BLK_ITEM))
	    && f->hits == 0 && !f->copyright;
	/* a poster's note, a widget's blurb, a comment: not news prose */
	f->chatty = (f->strong || f->sentence)
	    && ((polite > 0 && plain == 0 && !quoted(s, n)) || jamo_run(s, n));
	f->unended = f->hangul >= UNENDED_MIN && f->ends == 0 && !linky && !f->caption
	    && !(flags & (BLK_NAV | BLK_HINT | BLK_TITLE | BLK_ITEM | BLK_HEADING))
	    && f->hits == 0 && !f->copyright && unended_prose(s, n);
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
	if (len >= 8 && memcmp(close - 6, KIJA, 6) == 0)
		return len;	/* ends in 기자 */
	return 0;
}

/* "이기범 기자 = ", "박준응·김아름 기자 | " opening a paragraph: its
 * length, or 0. */
static size_t
bare_byline(const char *s, size_t n)
{
	const char *k = memmem(s, n < 40 ? n : 40, KIJA, 6);
	size_t i, j;

	if (k == NULL || k == s)
		return 0;
	for (i = 0; s + i < k; ) {	/* names: Hangul, spaces, middle dots */
		uint32_t u;
		int l = utf8_decode(s + i, (size_t)(k - s) - i, &u);

		if (l < 0 || !(hangul_is_syllable(u) || u == ' ' || u == 0xB7 || u == 0x318D))
			return 0;
		i += (size_t)l;
	}
	j = (size_t)(k - s) + 6;
	while (j < n && s[j] == ' ')
		j++;
	if (j >= n || (s[j] != '=' && s[j] != '|'))
		return 0;
	for (j++; j < n && s[j] == ' '; j++)
		;
	return j;
}

/* "(서울=뉴스1) 이기범 기자 =", "[서울=뉴시스]강민재 기자 =" or
 * "[파이낸셜뉴스]" at the start of a paragraph: its length, or 0. */
static size_t
dateline(const char *s, size_t n)
{
	const char *eq;
	size_t i, in;

	if (n >= 8 && s[0] != '(' && s[0] != '[')
		return bare_byline(s, n);
	if (n < 8)
		return 0;
	eq = memchr(s, s[0] == '(' ? ')' : ']', n < 48 ? n : 48);
	if (eq == NULL)
		return 0;
	in = (size_t)(eq - s) - 1;
	if (memchr(s, '=', in + 1) == NULL
	    && lexicon_find(lexicon_get(LEX_OUTLETS), s + 1, in) == NULL)
		return 0;
	i = (size_t)(eq - s) + 1;
	/* then "NAME 기자 =" or "NAME 기자" and text */
	for (; i < n && i < (size_t)(eq - s) + 40; i++) {
		if (i + 7 <= n && memcmp(s + i, KIJA, 6) == 0) {
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
add_paragraph(struct clean_result *r, const char *s, size_t n, int caption)
{
	struct strv *to = caption ? &r->captions : &r->paragraphs;
	size_t k;

	trim(&s, &n);
	if ((k = clean_image_name(s, n)) != 0) {
		s += k;
		n -= k;
		trim(&s, &n);
	}
	if (n == 0)
		return;
	/* a caption scraped twice is shown once */
	if (caption && to->n > 0 && strlen(to->v[to->n - 1]) == n
	    && memcmp(to->v[to->n - 1], s, n) == 0)
		return;
	strv_add(to, s, n);
}

/* Text cut off by a by-line or a caption before the body has begun: a
 * headline and its decks when it holds no sentence end.  A second copy
 * of them later ("subheading + headline + decks") keeps only what is
 * new. */
static void
add_lead(struct clean_result *r, const char *s, size_t n, int caption)
{
	size_t k;

	trim(&s, &n);
	if (n == 0 || caption || clean_has_sentence_end(s, n)) {
		add_paragraph(r, s, n, caption);
		return;
	}
	if (r->paragraphs.n == 0) {
		strv_add(&r->decks, s, n);
		return;
	}
	/* "subheading + the headline again": keep the subheading only */
	for (k = 0; k < r->decks.n; k++) {
		size_t l = strlen(r->decks.v[k]);

		if (l >= 20 && l <= n && memcmp(s + n - l, r->decks.v[k], l) == 0) {
			add_paragraph(r, s, n - l, 0);
			return;
		}
	}
	add_paragraph(r, s, n, caption);
}

static int
starts_sentence(const char *s, size_t n)
{
	uint32_t u;

	if (n == 0 || utf8_decode(s, n, &u) < 0)
		return 0;
	return hangul_is_syllable(u) || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z')
	    || u == 0x201C || u == 0x2018 || u == '"' || u == '\'' || u == '['
	    || u == '(' || u == '<';
}

/* Where the caption before a credit at s[i] starts: the last sentence,
 * or the one before it when only a date stands between ("...있다.
 * 2025.4.17 (사진=연합뉴스)"); and when a deck is jammed onto it, at the
 * day the caption opens with ("...3년 한시17일 국회 본회의에서"). */
static size_t
caption_start(const char *s, size_t prev, size_t cur, size_t i)
{
	size_t k = cur, j, stop;

	if (i - cur < 24 && !has_hangul(s + cur, i - cur))
		k = prev;
	stop = k;
	while (stop < i && !clean_sentence_end(s, i, stop))
		stop++;
	for (j = stop; j > k + 3; j--) {
		size_t d = j;

		if (!hangul_is_syllable(char_before(s, j)) || !(s[j] >= '0' && s[j] <= '9'))
			continue;
		while (d < stop && s[d] >= '0' && s[d] <= '9')
			d++;
		if (d - j <= 2 && has_prefix(s + d, stop - d, IL))
			return j;
	}
	return k;
}

/* The part of a credit's block after it that holds no Hangul (a date, an
 * e-mail address) belongs to the caption: its length, or 0. */
static size_t
credit_rest(const char *s, size_t n)
{
	return n < 60 && !has_hangul(s, n) ? n : 0;
}

static int only_byline(const char *s, size_t n);

/* A by-line after the last sentence ("...추산하고 있다. 박서연 기자
 * x@etnews.com") is cut off: the length that stays. */
static size_t
cut_byline_tail(const char *s, size_t n)
{
	size_t e = last_sentence_end(s, n), k = e;

	if (e == 0 || e == n)
		return n;
	while (k < n && s[k] == ' ')
		k++;
	if (k == n || photo_credit(s + k, n - k, 1) != 0)
		return n;	/* a caption's credit, kept for split_block */
	return only_byline(s + k, n - k) ? e : n;
}

/* A template placeholder the site never filled in: "{RELNEWS:…}",
 * "{AD_BANNER}", "{{related}}".  Its length, or 0. */
static size_t
template_token(const char *s, size_t n)
{
	size_t i = 1, name;
	int two = n > 1 && s[1] == '{';

	i += (size_t)two;
	for (name = i; i < n && (isalnum((unsigned char)s[i]) || s[i] == '_'); i++)
		;
	if (i - name < 2 || (!two && !isupper((unsigned char)s[name])))
		return 0;
	if (i < n && s[i] == ':')
		while (i < n && i < TEMPLATE_MAX && s[i] != '}' && s[i] != '{')
			i++;
	if (i >= n || s[i] != '}')
		return 0;
	i++;
	if (two) {
		if (i >= n || s[i] != '}')
			return 0;
		i++;
	}
	return i;
}

/* Words that open a sentence and that a scraper glues to the subhead
 * before it ("…바우처 지원 요구먼저 AI 산업 발전을"). */
static const char *const openers[] = {
	"\xEB\xA8\xBC\xEC\xA0\x80",	/* 먼저 */
	"\xEC\x9D\xB4\xEB\x82\xA0",	/* 이날 */
	"\xED\x95\x9C\xED\x8E\xB8",	/* 한편 */
	"\xED\x8A\xB9\xED\x9E\x88",	/* 특히 */
	"\xEB\x98\x90\xED\x95\x9C",	/* 또한 */
	"\xEA\xB7\xB8\xEB\x9F\xAC\xEB\x82\x98",	/* 그러나 */
	"\xED\x95\x98\xEC\xA7\x80\xEB\xA7\x8C",	/* 하지만 */
	"\xEC\x95\x84\xEC\x9A\xB8\xEB\x9F\xAC",	/* 아울러 */
	"\xEC\x95\x9E\xEC\x84\x9C",	/* 앞서 */
	NULL,
};

/* A subhead run into the sentence after it, in the text that starts at
 * s[i] right after a jammed sentence end: where that sentence starts
 * (at an opener glued to the subhead's last word, a space after it), or
 * 0.  Looks no further than the sentence's own end. */
static size_t
subhead_end(const char *s, size_t n, size_t i)
{
	int closed;
	size_t end = clean_next_sentence(s, n, i, &closed), j, k;

	for (j = i + 6; j + 6 < end && j < i + SUBHEAD_MAX; j++) {
		if ((unsigned char)s[j] < 0xEA || (unsigned char)s[j] > 0xED
		    || !hangul_is_syllable(char_before(s, j)))
			continue;
		for (k = 0; openers[k] != NULL; k++) {
			size_t l;

			if (openers[k][0] != s[j] || openers[k][2] != s[j + 2])
				continue;	/* the first syllable differs: cheap */
			l = strlen(openers[k]);
			if (j + l < end && memcmp(s + j, openers[k], l) == 0 && s[j + l] == ' ')
				return j;
		}
	}
	return 0;
}

/* The bytes split_block stops at (0xE3 opens 〈). */
static const unsigned char split_stop[256] = {
	['('] = 1, ['['] = 1, ['<'] = 1, ['.'] = 1, ['?'] = 1, ['!'] = 1,
	[0xE3] = 1, ['{'] = 1,
};

/*
 * Split one body block into paragraphs: at sentence ends with nothing
 * between them and the next sentence, around bracketed by-lines, and
 * after photo credits (the sentence before a credit is its caption).
 * Text before the first by-line or caption that holds no sentence is a
 * headline with its decks (add_lead).
 */
static void
split_block(struct clean_result *r, const char *s, size_t n, int caption)
{
	/* start: of the paragraph; prev and cur: of the last two sentences */
	size_t start = 0, prev = 0, cur = 0, i = 0, d;

	if ((d = clean_image_name(s, n)) != 0) {
		s += d;
		n -= d;
	}
	if ((d = dateline(s, n)) != 0) {
		s += d;
		n -= d;
	}
	n = cut_byline_tail(s, n);
	while (i < n) {
		size_t e, l;
		char c;

		/* a credit, a by-line, a template token and a sentence end
		 * each start with one of split_stop's bytes: skip the rest
		 * without asking */
		while (i < n && !split_stop[(unsigned char)s[i]])
			i++;
		if (i == n)
			break;
		c = s[i];
		if (c == '{') {
			if ((l = template_token(s + i, n - i)) != 0) {
				add_paragraph(r, s + start, i - start, caption);
				i += l;
				start = prev = cur = i;
			} else {
				i++;
			}
			continue;
		}
		if ((l = photo_credit(s + i, n - i, i == start || spaces_only(s + cur, i - cur))) != 0) {
			size_t k = caption_start(s, prev, cur, i);

			if (k < start)
				k = start;	/* never back into the last paragraph */
			add_lead(r, s + start, k - start, caption);
			l += credit_rest(s + i + l, n - i - l);
			add_paragraph(r, s + k, i + l - k, 1);
			i += l;
			start = prev = cur = i;
			continue;
		}
		if ((l = bracket_byline(s + i, n - i)) != 0) {
			/* a caption and its credit run into the by-line:
			 * "...답하고 있다. 연합뉴스[OO신문 홍길동 기자]" */
			add_lead(r, s + start, i - start,
			    caption || caption_block(s + start, i - start));
			i += l;
			start = prev = cur = i;
			continue;
		}
		e = clean_sentence_end(s, n, i);
		if (e == 0) {
			i++;
			continue;
		}
		for (d = e; d < n && s[d] == ' '; d++)
			;
		if ((l = bare_credit(s + d, n - d)) != 0) {
			/* "...하고 있다./사진=로이터", "...있다. 사진=홍길동 기자" */
			size_t k = caption_start(s, prev, cur, d);

			if (k < start)
				k = start;
			add_lead(r, s + start, k - start, caption);
			l += credit_rest(s + d + l, n - d - l);
			add_paragraph(r, s + k, d + l - k, 1);
			i = d + l;
			start = prev = cur = i;
			continue;
		}
		if (e < n && s[e] != ' ' && starts_sentence(s + e, n - e)
		    && photo_credit(s + e, n - e, 1) == 0) {
			size_t h;

			add_paragraph(r, s + start, e - start, caption);
			start = e;
			if ((h = subhead_end(s, n, e)) != 0) {
				add_paragraph(r, s + start, h - start, caption);
				start = h;
			}
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
	return n < 40 && n >= 6 && memcmp(s + n - 6, KIJA, 6) == 0
	    && hangul <= 8;
}

/* The body runs over the strong blocks [*first, *last], ends at a
 * copyright line, and takes plain sentences right after it. */
static void
body_range(const struct feat *f, size_t nb, size_t *first, size_t *last)
{
	size_t b, stop = nb;

	*first = (size_t)-1;
	*last = 0;
	for (b = 0; b < nb; b++) {
		if (f[b].strong) {
			if (*first == (size_t)-1)
				*first = b;
			*last = b;
		}
	}
	if (*first == (size_t)-1)
		return;
	for (b = *first; b <= *last; b++)
		if (f[b].copyright) {
			stop = b;
			break;
		}
	if (stop <= *last) {
		*last = *first;
		for (b = *first; b < stop; b++)
			if (f[b].strong)
				*last = b;
	}
	while (*last + 1 < stop && *last + 1 < nb && f[*last + 1].sentence)
		(*last)++;
	/* the last paragraph, its period lost */
	if (*last + 1 < stop && *last + 1 < nb && f[*last + 1].unended)
		(*last)++;
}

/* "▶ 다른 기사 제목", "☞ 제목": a line that points to another article. */
static int
link_mark(const char *s, size_t n)
{
	return has_prefix(s, n, "\xE2\x96\xB6") || has_prefix(s, n, "\xE2\x98\x9E");	/* ▶ ☞ */
}

/* Captions just before the body belong to it (a lead photo). */
#define CAPTION_LEAD 3

void
clean_document(const struct html_doc *d, struct clean_result *r)
{
	struct feat *f = xcalloc(d->n ? d->n : 1, sizeof(*f));
	size_t b, first, last;
	int plain = 0, related = 0;

	memset(r, 0, sizeof(*r));
	r->cls = xcalloc(d->n ? d->n : 1, 1);
	for (b = 0; b < d->n; b++) {
		features(d, b, &f[b]);
		plain |= f[b].strong && !f[b].chatty;
	}
	/* chatty blocks do not make the body where news prose does; a
	 * broadcast script is polite throughout and keeps them */
	for (b = 0; b < d->n && plain; b++)
		if (f[b].chatty)
			f[b].strong = f[b].sentence = 0;
	body_range(f, d->n, &first, &last);
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
		if (f[b].caption) {
			if (first != (size_t)-1 && b + CAPTION_LEAD >= first && b <= last
			    && !(flags & (BLK_NAV | BLK_HINT))) {
				r->cls[b] = CLS_CAPTION;
				add_paragraph(r, s, n, 1);
			}
			continue;
		}
		if (first == (size_t)-1 || b < first || b > last)
			continue;
		/* a related-articles box inside the body: its header, then
		 * headlines up to the next sentence */
		if (f[b].ends > 0)
			related = 0;
		if (f[b].ends == 0 && f[b].hits > 0 && f[b].hangul < 20 && has_kind(s, n, "related"))
			related = 1;
		if (!f[b].strong && (f[b].hits > 0 || (flags & (BLK_NAV | BLK_HINT))
		    || d->b[b].link_len * 2 > n || f[b].hangul == 0
		    || only_byline(s, n) || (related && f[b].ends == 0)
		    || (f[b].ends == 0 && link_mark(s, n))))
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
	strv_free(&r->decks);
	free(r->cls);
	memset(r, 0, sizeof(*r));
}
