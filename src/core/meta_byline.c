/*
 * meta_byline.c — reporters and the outlet: by-lines, datelines,
 * copyright lines, e-mail addresses and the page's publisher fields.
 * struct found holds the surest outlet seen so far.
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

/*
 * The outlet comes from the page's structure: the by-line
 * ("[OO 홍길동 기자]", "OO=홍길동 기자", "(서울=OO)"), a sign-off "/OO",
 * the copyright line ("ⓒ OO", "<저작권자 © OO>"), the page's own
 * publisher fields, and last the by-line's e-mail domain.  The lexicon
 * only maps Latin names and domains to the Korean name; a Hangul name
 * the structure gives is kept as the page writes it (조이뉴스24).
 */

struct found {
	const char *s;	/* as the page writes it, or a lexicon name */
	size_t n;
	int rank;	/* lower is surer */
};

enum {
	R_BYLINE,	/* [OO 홍길동 기자], OO=홍길동 기자, (서울=OO) */
	R_SIGN,		/* OO 홍길동 기자 at a block start, a "/OO" line */
	R_COPY,		/* ⓒ OO, <저작권자 © OO>, Copyright © OO, 출처 : OO */
	R_PUB,		/* JSON-LD publisher, og:site_name */
	R_MAIL,		/* the by-line's e-mail domain */
	R_ANYMAIL,	/* any other e-mail domain */
	R_CAPTION,	/* a copyright sign in a caption: "ⓒ OO 홍길동 기자" */
	R_NONE = 99
};

static void
outlet_offer(struct found *f, const char *s, size_t n, int rank)
{
	if (s != NULL && n > 0 && rank < f->rank) {
		f->s = s;
		f->n = n;
		f->rank = rank;
	}
}

static void
outlet_offer_name(struct found *f, const char *name, int rank)
{
	if (name != NULL)
		outlet_offer(f, name, strlen(name), rank);
}

/* Places a by-line puts before '=' or in a bureau's parentheses. */
static const char *const cities[] = {
	"서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "수원",
	"제주", "창원", "전주", "청주", "춘천", "포항", "안동", "목포", "여수",
	"순천", "원주", "강릉", "천안", "성남", "고양", "용인", "의정부", "경기",
	"경남", "경북", "전남", "전북", "충남", "충북", "강원", "평양", "도쿄",
	"베이징", "워싱턴", "뉴욕", "파리", "런던", "홍콩", "상하이", NULL,
};

static int
is_city(const char *s, size_t n)
{
	size_t k;

	if (n < 6 || n > 12)
		return 0;
	for (k = 0; cities[k] != NULL; k++)
		if (cities[k][0] == s[0] && cities[k][1] == s[1] && cities[k][2] == s[2]
		    && strlen(cities[k]) == n && memcmp(cities[k], s, n) == 0)
			return 1;
	return 0;
}

/* Words a by-line or credit puts where an outlet could stand. */
static const char *const not_outlets[] = {
	"사진", "자료", "제공", "영상", "그래픽", "뉴스", "기자", "취재", "편집",
	"정리", "일러스트", "디자인", "온라인", "출처", "글", "원문", "The", "the", NULL,
};


/* 1 when s[0..n) can be an outlet name the structure gives: one word,
 * 2-20 characters, led by Hangul or a Latin letter; not a place, a
 * credit word or a desk (경제부, 취재팀). */
static int
outlet_shape(const char *s, size_t n)
{
	size_t i = 0, chars = 0, k;
	uint32_t u;

	if (n < 2 || n > 60)
		return 0;
	for (k = 0; not_outlets[k] != NULL; k++)
		if (not_outlets[k][0] == s[0] && strlen(not_outlets[k]) == n
		    && memcmp(not_outlets[k], s, n) == 0)
			return 0;
	if (n >= 6 && (memcmp(s, "\xEB\xAC\xB4\xEB\x8B\xA8", 6) == 0	/* 무단전재, 무단복제 */
	    || memcmp(s, "\xEC\xA0\x80\xEC\x9E\x91", 6) == 0))	/* 저작권 */
		return 0;
	if (is_city(s, n) || ends_with(s, n, KIJA) || ends_with(s, n, "\xEB\xB6\x80")
	    || ends_with(s, n, "\xED\x8C\x80"))
		return 0;	/* 부, 팀 */
	while (i < n) {
		size_t l;

		u = char_at(s, n, i, &l);
		if (i == 0 && !hangul_is_syllable(u) && !((u | 0x20) >= 'a' && (u | 0x20) <= 'z'))
			return 0;
		if (!hangul_is_syllable(u) && !isalnum((int)(u < 0x80 ? u : 0))
		    && u != '(' && u != ')' && u != '.' && u != '&' && u != '-')
			return 0;
		chars++;
		i += l;
	}
	return chars >= 2 && chars <= 20;
}

static int
is_latin(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/*
 * The outlet that span s[0..n) names, or 0: brackets and a bureau or a
 * domain in parentheses cut ("글로벌경제신문(부산)", "연합통신사(x.co.kr)"),
 * Latin names through the lexicon.
 */
static int
outlet_clean(const char *s, size_t n, const char **os, size_t *on)
{
	const char *name, *open;

	while (n > 0 && strchr(" []<>,.|:", s[n - 1]) != NULL)
		n--;
	while (n > 0 && strchr(" []<>|:", s[0]) != NULL)
		s++, n--;
	if (n > 3 && s[n - 1] == ')' && (open = memchr(s, '(', n)) != NULL && open > s) {
		size_t in = (size_t)(open - s);

		if (is_city(open + 1, n - in - 2) || memchr(open, '.', n - in) != NULL)
			n = in;
	}
	if (n > 0 && s[n - 1] == ')' && memchr(s, '(', n) == NULL)
		n--;
	if (!outlet_shape(s, n))
		return 0;
	name = meta_outlet_name(s, n);
	if (is_latin((unsigned char)s[0]) && name != NULL) {
		*os = name;	/* NEWSIS → 뉴시스 */
		*on = strlen(name);
		return 1;
	}
	*os = s;
	*on = n;
	return 1;
}

static void
offer_span(struct found *f, const char *s, size_t n, int rank)
{
	const char *os;
	size_t on;

	if (outlet_clean(s, n, &os, &on))
		outlet_offer(f, os, on, rank);
}

static void
add_reporter(struct meta *m, const char *name, size_t n, const char *email, size_t el)
{
	size_t i;

	for (i = 0; i < m->nrep; i++) {
		if (strlen(m->rep[i].name) == n && memcmp(m->rep[i].name, name, n) == 0) {
			if (m->rep[i].email == NULL && email != NULL)
				m->rep[i].email = xstrndup(email, el);
			return;
		}
	}
	m->rep = xrealloc(m->rep, (m->nrep + 1) * sizeof(*m->rep));
	m->rep[m->nrep].name = xstrndup(name, n);
	m->rep[m->nrep].email = email != NULL ? xstrndup(email, el) : NULL;
	m->nrep++;
}

/* An e-mail address around s[at] == '@'; its bounds in *a, *e. */
static int
email_at(const char *s, size_t n, size_t at, size_t *a, size_t *e)
{
	size_t i = at, j = at + 1;
	int dot = 0;

	while (i > 0 && (isalnum((unsigned char)s[i - 1]) || strchr("._-+", s[i - 1]) != NULL))
		i--;
	while (j < n && (isalnum((unsigned char)s[j]) || s[j] == '.' || s[j] == '-')) {
		dot |= s[j] == '.';
		j++;
	}
	while (j > at + 1 && s[j - 1] == '.')
		j--;
	if (i == at || !dot)
		return 0;
	*a = i;
	*e = j;
	return 1;
}

/* 1 when a photo credit "(사진=" closes just before s[a] (a photo desk's
 * address in a caption run into the body). */
static int
after_credit(const char *s, size_t a)
{
	size_t i = a > 80 ? a - 80 : 0;

	for (; i + 7 <= a; i++)
		if (s[i] == '(' && memcmp(s + i + 1, "\xEC\x82\xAC\xEC\xA7\x84", 6) == 0)
			return 1;	/* (사진 */
	return 0;
}

#define LBRACKET "\xE3\x80\x90"	/* 【 */

/* The start of the word that ends at s[e]: back to a space, a bracket,
 * '|' or '/'. */
static size_t
word_before(const char *s, size_t e)
{
	size_t a = e;

	if (a > 2 && s[a - 1] == ')') {	/* a bureau: "글로벌경제신문(부산)" */
		size_t o = a - 1;

		while (o > 0 && o + 30 > a && s[o - 1] != '(' && s[o - 1] != ' ')
			o--;
		if (o > 1 && s[o - 1] == '(')
			a = o - 1;
	}
	while (a > 0 && strchr(" [(|/])", s[a - 1]) == NULL
	    && !(a >= 3 && memcmp(s + a - 3, LBRACKET, 3) == 0))
		a--;
	return a;
}

/* A bureau in parentheses ends at s[e]: "글로벌경제신문(부산)", not a
 * dateline "(광주=OO)". */
static int
bureau_before(const char *s, size_t e)
{
	size_t o = e - 1;

	while (o > 0 && o + 30 > e && s[o - 1] != '(' && s[o - 1] != '=' && s[o - 1] != ' ')
		o--;
	return o > 1 && s[o - 1] == '(' && s[o - 2] != ' ' && s[o - 2] != '[';
}

static int
opens_bracket(const char *s, size_t a)
{
	return a > 0 && (s[a - 1] == '[' || s[a - 1] == '('
	    || (a >= 3 && memcmp(s + a - 3, LBRACKET, 3) == 0));
}

/* A copyright sign or a photo credit just before s[a]: "ⓒ News1 김명섭
 * 기자", "사진=홍길동 기자". */
static int
credit_before(const char *s, size_t a)
{
	while (a > 0 && s[a - 1] == ' ')
		a--;
	if (a >= 3 && (memcmp(s + a - 3, "\xE2\x93\x92", 3) == 0 || memcmp(s + a - 3, "\xE2\x92\xB8", 3) == 0))
		return 1;	/* ⓒ Ⓒ */
	if (a >= 2 && memcmp(s + a - 2, "\xC2\xA9", 2) == 0)
		return 1;	/* © */
	if (a > 0 && s[a - 1] == '=') {
		a--;
		while (a > 0 && s[a - 1] == ' ')
			a--;
		return a >= 6 && (memcmp(s + a - 6, "\xEC\x82\xAC\xEC\xA7\x84", 6) == 0
		    || memcmp(s + a - 6, "\xEC\x98\x81\xEC\x83\x81", 6) == 0);	/* 사진 영상 */
	}
	return 0;
}

/* A separator between two names of one by-line: "·", "/", ",". */
static size_t
name_sep_before(const char *s, size_t p)
{
	if (p >= 2 && (unsigned char)s[p - 2] == 0xC2 && (unsigned char)s[p - 1] == 0xB7)
		return 2;
	if (p >= 3 && memcmp(s + p - 3, "\xE3\x83\xBB", 3) == 0)
		return 3;	/* ・ */
	if (p >= 1 && (s[p - 1] == '/' || s[p - 1] == ','))
		return 1;
	return 0;
}

#define MAXNAMES 8

/*
 * A by-line whose title word starts at s[e] and whose text goes on at
 * s[after]: the names before it (one or several, "홍길동·김철수 기자",
 * "김승규기자"), the outlet before them, the e-mail after them.
 */
static void
byline_at(const char *s, size_t n, size_t e, size_t after, int spaced,
	  struct meta *m, struct found *out)
{
	size_t nm = 0, ns[MAXNAMES], ne[MAXNAMES], j = e, a, p, t, k;

	while (spaced && j > 0 && s[j - 1] == ' ')
		j--;
	a = j;
	while (a > 0 && hangul_at(s, n, a - 3))
		a -= 3;
	if (!spaced && j - a != 9)
		return;	/* glued "김승규기자": a three-syllable name only */
	if (!meta_is_name(s + a, j - a))
		return;
	if (credit_before(s, a))
		return;
	ns[nm] = a, ne[nm] = j, nm++;
	for (p = a; nm < MAXNAMES;) {
		size_t q = p, sl = name_sep_before(s, p), b;

		if (sl == 0)
			break;
		q -= sl;
		while (q > 0 && s[q - 1] == ' ')
			q--;
		b = q;
		while (b > 0 && hangul_at(s, n, b - 3))
			b -= 3;
		if (!meta_is_name(s + b, q - b))
			break;
		ns[nm] = b, ne[nm] = q, nm++;
		p = b;
	}
	/* names apart by spaces: "[이데일리 강민구 김아름 기자]"; a name-like
	 * word right after the bracket or at the start is the outlet */
	for (;;) {
		size_t xs;

		t = p;
		while (t > 0 && s[t - 1] == ' ')
			t--;
		if (nm >= MAXNAMES || t == p || t == 0)
			break;
		xs = word_before(s, t);
		if (!meta_is_name(s + xs, t - xs) || meta_outlet_name(s + xs, t - xs) != NULL
		    || (xs > 0 && s[xs - 1] != ' '))
			break;
		ns[nm] = xs, ne[nm] = t, nm++;
		p = xs;
	}
	/* the outlet before the names */
	t = p;
	while (t > 0 && s[t - 1] == ' ')
		t--;
	if (t > 0 && s[t - 1] == '=') {
		size_t xe = t - 1, xs;

		while (xe > 0 && s[xe - 1] == ' ')
			xe--;
		xs = word_before(s, xe);
		if (is_city(s + xs, xe - xs) && xs > 1 && s[xs - 1] == ' ') {
			xe = xs - 1;	/* "OO 세종=홍길동 기자" */
			xs = word_before(s, xe);
		}
		if (!credit_before(s, xs))
			offer_span(out, s + xs, xe - xs, R_BYLINE);
	} else if (t > 0 && t < p && (s[t - 1] == ']' || (s[t - 1] == ')' && !bureau_before(s, t)))) {
		;	/* "(서울=OO) 홍길동 기자", "[IMG] 홍길동 기자": no outlet word */
	} else if (t > 0 && t < p) {
		size_t xs = word_before(s, t);

		if (credit_before(s, xs) || (xs > 0 && s[xs - 1] == '/'))
			return;	/* "ⓒ News1 김명섭 기자", "/한국경제 문경덕 기자" */
		if (opens_bracket(s, xs))
			offer_span(out, s + xs, t - xs, R_BYLINE);
		else if (xs == 0 || s[xs - 1] == ']' || s[xs - 1] == ')')
			offer_span(out, s + xs, t - xs, R_SIGN);	/* a caption may run on before it */
		else if (xs > 1 && s[xs - 1] == ' ') {
			/* a two-word name the lexicon knows: "[SBS Biz 홍길동 기자]" */
			size_t x2 = word_before(s, xs - 1);

			if (x2 == 0 || opens_bracket(s, x2))
				outlet_offer_name(out, meta_outlet_name(s + x2, t - x2),
				    x2 == 0 ? R_SIGN : R_BYLINE);
		}
	}
	/* the e-mail right after: "강경주 기자 x@hankyung.com", "기자 / x@", "기자(x@" */
	k = after;
	while (k < n && (s[k] == ' ' || s[k] == '(' || s[k] == '=' || s[k] == '/' || s[k] == '['))
		k++;
	{
		size_t at = k, ea = 0, ee = 0;

		while (at < n && at < k + 40 && s[at] != ' ' && s[at] != '@')
			at++;
		for (; nm > 1; nm--)
			add_reporter(m, s + ns[nm - 1], ne[nm - 1] - ns[nm - 1], NULL, 0);
		if (at < n && s[at] == '@' && email_at(s, n, at, &ea, &ee)) {
			add_reporter(m, s + ns[0], ne[0] - ns[0], s + ea, ee - ea);
			outlet_offer_name(out, meta_outlet_name(s + ea, ee - ea), R_MAIL);
			return;
		}
		add_reporter(m, s + ns[0], ne[0] - ns[0], NULL, 0);
	}
}

/* Title words between a name and 기자 that still make a by-line. */
static const char *const kija_prefix[] = {
	"\xEC\x84\xA0\xEC\x9E\x84",	/* 선임 */
	"\xEC\xA0\x84\xEB\xAC\xB8",	/* 전문 */
	"\xEC\x88\x98\xEC\x84\x9D",	/* 수석 */
	"\xEA\xB0\x9D\xEC\x9B\x90",	/* 객원 */
	"\xEC\x9D\xB8\xED\x84\xB4",	/* 인턴 */
	NULL,
};

#define TEUKPAWON "\xED\x8A\xB9\xED\x8C\x8C\xEC\x9B\x90"	/* 특파원 */

static void
bylines_in(const char *s, size_t n, const char *word, size_t wl, struct meta *m,
	   struct found *out)
{
	size_t i;

	for (i = 0; i + wl <= n; i++) {
		const char *hit = meta_find(s + i, n - i, word, wl);
		size_t e, k;
		int spaced;

		if (hit == NULL)
			break;
		i = (size_t)(hit - s);
		/* not followed by a syllable (기자간담회, 기자가) */
		if (hangul_at(s, n, i + wl) || i < 6)
			continue;
		e = i;
		for (k = 0; kija_prefix[k] != NULL && wl == 6; k++) {
			size_t l = strlen(kija_prefix[k]);

			if (e >= l + 6 && memcmp(s + e - l, kija_prefix[k], l) == 0) {
				e -= l;
				break;
			}
		}
		spaced = s[e - 1] == ' ';
		byline_at(s, n, e, i + wl, spaced, m, out);
	}
}

/* "(서울=뉴스1)", "[라스베이거스=뉴시스]": the outlet after '='. */
static void
datelines_in(const char *s, size_t n, struct found *out)
{
	size_t i;

	int pass;

	for (pass = 0; pass < 2; pass++)
	for (i = 0; i + 3 < n; i++) {
		const char *eq, *close, *open = memchr(s + i, pass ? '[' : '(', n - 3 - i);
		char want = pass ? ']' : ')';
		size_t lim;

		if (open == NULL)
			break;
		i = (size_t)(open - s);
		lim = n - i < 48 ? n - i : 48;
		close = memchr(s + i, want, lim);
		if (close == NULL)
			continue;
		eq = memchr(s + i, '=', (size_t)(close - s) - i);
		if (eq == NULL || eq == s + i + 1)
			continue;
		{
			size_t cs = i + 1, ce = (size_t)(eq - s);

			while (ce > cs && s[ce - 1] == ' ')
				ce--;
			/* (사진=연합뉴스), [자료=OO]: a credit; [OO=홍길동 기자]: a by-line */
			if ((ce - cs == 6 && (memcmp(s + cs, "\xEC\x82\xAC\xEC\xA7\x84", 6) == 0
			    || memcmp(s + cs, "\xEC\x9E\x90\xEB\xA3\x8C", 6) == 0
			    || memcmp(s + cs, "\xEC\x98\x81\xEC\x83\x81", 6) == 0))
			    || ends_with(s, (size_t)(close - s), KIJA)
			    || memchr(s + cs, ' ', ce - cs) != NULL)
				continue;
		}
		offer_span(out, eq + 1, (size_t)(close - eq) - 1, R_BYLINE);
	}
}

static void
emails_in(const char *s, size_t n, struct meta *m, struct found *out)
{
	size_t i;

	for (i = 0; i < n; i++) {
		size_t a, e;
		const char *at = memchr(s + i, '@', n - i);

		if (at == NULL)
			break;
		i = (size_t)(at - s);
		if (email_at(s, n, i, &a, &e)) {
			const char *dom = meta_outlet_name(s + i + 1, e - i - 1);

			outlet_offer_name(out, dom, R_ANYMAIL);
			if (m->nrep == 1 && m->rep[0].email == NULL && e - a < 64
			    && !after_credit(s, a) && dom != NULL)
				m->rep[0].email = xstrndup(s + a, e - a);
		}
	}
}

static void
scan_block(const char *s, size_t n, int caption, struct meta *m, struct found *out)
{
	if (caption)
		return;
	bylines_in(s, n, KIJA, 6, m, out);
	/* a correspondent's by-line opens a paragraph or stands alone */
	bylines_in(s, n < 400 ? n : 400, TEUKPAWON, 9, m, out);
	datelines_in(s, n, out);
	emails_in(s, n, m, out);
	/* "OO | 주소 : ...": the publisher's imprint line */
	{
		const char *bar = meta_find(s, n, " | \xEC\xA3\xBC\xEC\x86\x8C", 9);	/* 주소 */

		if (bar != NULL && bar > s) {
			size_t e = (size_t)(bar - s), a = word_before(s, e);

			offer_span(out, s + a, e - a, R_PUB);
		}
	}
	/* "/연합뉴스" alone: a wire story's sign-off */
	if (n > 3 && s[0] == '/' && memchr(s, ' ', n) == NULL)
		offer_span(out, s + 1, n - 1, R_SIGN);
}

/* Copyright marks, each followed by the holder's name. */
static const char *const copy_marks[] = {
	"\xE2\x93\x92", "\xE2\x92\xB8", "\xC2\xA9", "(c)", "(C)", "Copyright",
	"COPYRIGHT", "\xEC\xA0\x80\xEC\x9E\x91\xEA\xB6\x8C\xEC\x9E\x90",	/* 저작권자 */
	"\xEC\xB6\x9C\xEC\xB2\x98 :", "\xEC\xB6\x9C\xEC\xB2\x98:",	/* 출처 */
	NULL,
};

/* The length of a copyright mark at s[i], or 0. */
static size_t
copy_mark_at(const char *s, size_t n, size_t i)
{
	size_t k;

	for (k = 0; copy_marks[k] != NULL; k++) {
		size_t l;

		/* every mark is two bytes or more: two decide most, a third
		 * tells 저 from 정 and 출 from 충 */
		if (i + 1 >= n || copy_marks[k][0] != s[i] || copy_marks[k][1] != s[i + 1]
		    || (copy_marks[k][2] != '\0' && (i + 2 >= n || copy_marks[k][2] != s[i + 2])))
			continue;
		l = strlen(copy_marks[k]);
		if (i + l <= n && memcmp(s + i, copy_marks[k], l) == 0)
			return l;
	}
	return 0;
}

/* Whether s[0..n) ends in a case particle (을 를 은 는 의 에 와 과 도):
 * a word of a sentence, not a name.  (이 and 가 end names: 머니투데이.) */
static int
ends_in_particle(const char *s, size_t n)
{
	static const char *const p[] = { "\xEC\x9D\x84", "\xEB\xA5\xBC", "\xEC\x9D\x80",
	    "\xEB\x8A\x94", "\xEC\x9D\x98", "\xEC\x97\x90", "\xEC\x99\x80",
	    "\xEA\xB3\xBC", "\xEB\x8F\x84" };
	size_t k;

	if (n < 6)
		return 0;
	for (k = 0; k < sizeof(p) / sizeof(p[0]); k++)
		if (memcmp(s + n - 3, p[k], 3) == 0)
			return 1;
	return 0;
}

/* After a slogan that begins at a copyright mark, the holder is the word
 * just before "(www.", "(http" or " 무단" within the line, if any. */
static void
slogan_holder(const char *s, size_t n, size_t from, int rank, struct found *out)
{
	size_t i, lim = from + 240 < n ? from + 240 : n;

	for (i = from; i < lim; i++) {
		size_t a;

		if (!((s[i] == '(' && i + 4 <= n && (memcmp(s + i + 1, "www", 3) == 0
		    || memcmp(s + i + 1, "htt", 3) == 0))
		    || (s[i] == ' ' && i + 7 <= n && memcmp(s + i + 1, "\xEB\xAC\xB4\xEB\x8B\xA8", 6) == 0)))
			continue;
		for (a = i; a > from && strchr(" ,", s[a - 1]) == NULL; a--)
			;
		if (a < i && outlet_shape(s + a, i - a))
			offer_span(out, s + a, i - a, rank);
		return;
	}
}

/* The holder named after a copyright mark that ends at s[j]. */
static void
copyright_after(const char *s, size_t n, size_t j, int rank, struct found *out)
{
	size_t e, l;

	for (;;) {
		while (j < n && s[j] == ' ')
			j++;
		if ((l = copy_mark_at(s, n, j)) > 0) {
			j += l;
			continue;
		}
		if (j < n && s[j] == '?') {
			j++;	/* a © that a legacy encoding could not hold */
			continue;
		}
		if (j + 3 <= n && memcmp(s + j, "\xEF\xBF\xBD", 3) == 0) {
			j += 3;	/* U+FFFD */
			continue;
		}
		if (j < n && isdigit((unsigned char)s[j])) {
			while (j < n && (isdigit((unsigned char)s[j]) || s[j] == '-' || s[j] == '~'))
				j++;	/* a year or a range of years */
			continue;
		}
		break;
	}
	/* a slogan in quotation marks first: ⓒ '돈이 보이는 리얼타임 뉴스' 머니S */
	if (j < n && (s[j] == '\'' || s[j] == '"' || (j + 3 <= n && (memcmp(s + j, "\xE2\x80\x98", 3) == 0
	    || memcmp(s + j, "\xE2\x80\x9C", 3) == 0)))) {
		size_t q = j + (s[j] == '\'' || s[j] == '"' ? 1 : 3);

		while (q < n && q < j + 120 && s[q] != '\'' && s[q] != '"'
		    && !(q + 3 <= n && (memcmp(s + q, "\xE2\x80\x99", 3) == 0
			|| memcmp(s + q, "\xE2\x80\x9D", 3) == 0)))
			q++;
		if (q >= n || q >= j + 120)
			return;
		j = q + (s[q] == '\'' || s[q] == '"' ? 1 : 3);
		while (j < n && s[j] == ' ')
			j++;
	}
	e = j;
	while (e < n && strchr(" ,<>&|", s[e]) == NULL)
		e++;
	if (e == j)
		return;
	/* "Copyright ⓒ Hankookilbo 한국일보": the Hangul name after a Latin one */
	if (is_latin((unsigned char)s[j]) && e + 1 < n && s[e] == ' '
	    && hangul_at(s, n, e + 1) && meta_outlet_name(s + j, e - j) == NULL) {
		size_t h = e + 1, he = h;

		while (he < n && strchr(" ,<>&|.", s[he]) == NULL)
			he++;
		if (outlet_shape(s + h, he - h)) {
			offer_span(out, s + h, he - h, rank);
			return;
		}
	}
	if (is_latin((unsigned char)s[j])) {
		const char *dot = memchr(s + j, '.', e - j);
		size_t ee = dot != NULL ? (size_t)(dot - s) : e;
		const char *name = meta_outlet_name(s + j, e - j);

		if (name == NULL)
			name = meta_outlet_name(s + j, ee - j);
		if (name == NULL) {
			char low[64];
			size_t k;

			/* NEWSIS.COM: domains are lower case in the lexicon */
			for (k = 0; k < e - j && k + 1 < sizeof(low); k++)
				low[k] = (char)tolower((unsigned char)s[j + k]);
			name = meta_outlet_name(low, k);
		}
		if (name != NULL) {
			outlet_offer_name(out, name, rank);
			return;
		}
		/* an unknown Latin name only when the line ends after it:
		 * "Copyright ⓒ FETV All rights reserved." */
		if ((ee == e && (e == n || strncasecmp(s + e, " all", 4) == 0 || s[e] == ','))
		    || dot == s + e - 1)
			offer_span(out, s + j, ee - j, rank);
		return;
	}
	/* a slogan without quotation marks: "ⓒ경제를 보는 눈, 세계를 보는 창
	 * 아시아경제(www.asiae.co.kr) 무단전재 배포금지": a word in a case
	 * particle is no name; the holder is the word before the domain or
	 * before 무단전재 */
	if (ends_in_particle(s + j, e - j)) {
		slogan_holder(s, n, e, rank, out);
		return;
	}
	/* a bureau or domain in parentheses stays with the name, then is cut */
	offer_span(out, s + j, e - j, rank);
}

#define COPY_TAIL 400

static void
copyright_outlet(const char *s, size_t n, int rank, struct found *out)
{
	const char *first = NULL;
	size_t k;

	for (k = 0; k + 2 < n; k++) {
		unsigned char c0 = (unsigned char)s[k], c1 = (unsigned char)s[k + 1];

		/* two bytes decide before any comparison: 0xEC leads most
		 * Hangul syllables, 저 and 출 are told apart by the second */
		if (c0 >= 0xE0 && c0 < 0xF0 && !(c0 == 0xE2 && (c1 == 0x93 || c1 == 0x92))
		    && !(c0 == 0xEC && (c1 == 0xA0 || c1 == 0xB6))) {
			/* no mark starts inside a character (most Hangul) */
			if (utf8_is_cont(s[k + 1]) && utf8_is_cont(s[k + 2]))
				k += 2;
		} else if (((c0 == 0xE2 || c0 == 0xEC) || (c0 == 0xC2 && c1 == 0xA9)
		    || (c0 == '(' && (c1 | 0x20) == 'c') || (c0 == 'C' && (c1 | 0x20) == 'o'))
		    && copy_mark_at(s, n, k) > 0) {
			first = s + k;
			break;
		}
	}
	/* a copyright line is short or ends a run of text; a sign inside a
	 * long one is a photo credit run into the body */
	if (first != NULL && n > COPY_TAIL && (size_t)(first - s) < n - COPY_TAIL && rank < R_CAPTION)
		rank = R_CAPTION;
	if (first != NULL)
		copyright_after(s, n, (size_t)(first - s) + copy_mark_at(s, n, (size_t)(first - s)),
		    rank, out);	/* the first holder of a line */
}

/* The page's own publisher fields: a JSON-LD author of @type
 * Organization is the writing agency; the publisher and og:site_name
 * are the site, which may only re-host the article. */
static void
prop_outlet(const struct html_doc *doc, const char *key, int rank, struct found *out)
{
	size_t n;
	const char *v = html_prop(doc, key, &n);
	const char *name;

	if (v == NULL)
		return;
	name = meta_outlet_name(v, n);
	if (name != NULL)
		outlet_offer_name(out, name, rank);
	else if (!is_latin((unsigned char)v[0]) && outlet_shape(v, n))
		outlet_offer(out, v, n, rank);
}

static void
props_outlet(const struct html_doc *doc, struct found *out)
{
	prop_outlet(doc, "ld:author_org", R_SIGN, out);
	prop_outlet(doc, "ld:publisher", R_PUB, out);
	prop_outlet(doc, "og:site_name", R_PUB, out);
}

/* Reporters and outlet from every block but captions (a caption's ⓒ is
 * the weakest hint), then the page's own fields. */
void
meta_byline_scan(const struct html_doc *doc, const struct clean_result *c, struct meta *m)
{
	struct found f = { NULL, 0, R_NONE };
	size_t b;

	for (b = 0; b < doc->n; b++) {
		const char *s = html_block_text(doc, b);
		size_t n = doc->b[b].len;
		int caption = (doc->b[b].flags & BLK_CAPTION) || c->cls[b] == CLS_CAPTION;

		scan_block(s, n, caption, m, &f);
		copyright_outlet(s, n, caption ? R_CAPTION : R_COPY, &f);
	}
	props_outlet(doc, &f);
	m->outlet = f.s != NULL ? xstrndup(f.s, f.n) : NULL;
}
