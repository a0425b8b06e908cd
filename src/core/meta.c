/*
 * meta.c — by-lines, datelines, copyright footers and headlines.
 */
#include "meta.h"

#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"

#define KIJA "\xEA\xB8\xB0\xEC\x9E\x90"	/* 기자 */

static int
syllable_at(const char *s, size_t n, size_t i, uint32_t *u)
{
	uint32_t c;
	int l;

	if (i >= n)
		return 0;
	l = utf8_decode(s + i, n - i, &c);
	if (l != 3 || c < 0xAC00 || c > 0xD7A3)
		return 0;
	if (u != NULL)
		*u = c;
	return 1;
}

static uint32_t
char_at(const char *s, size_t n, size_t i, size_t *len)
{
	uint32_t u;
	int l = utf8_decode(s + i, n - i, &u);

	*len = l < 0 ? 1 : (size_t)l;
	return u;
}

int
meta_is_name(const char *s, size_t n)
{
	const struct lexicon *sur = lexicon_get(LEX_SURNAMES);
	size_t i;

	if (n < 6 || n > 12 || n % 3 != 0)
		return 0;
	for (i = 0; i < n; i += 3)
		if (!syllable_at(s, n, i, NULL))
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

/* ---------- dates ---------- */

static int
digits(const char *s, size_t n, size_t i, int max, int *v)
{
	int k = 0;

	*v = 0;
	while (i + (size_t)k < n && k < max && isdigit((unsigned char)s[i + k])) {
		*v = *v * 10 + (s[i + k] - '0');
		k++;
	}
	return k;
}

static int
valid(int mo, int d)
{
	return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

/* " 16:38" or " 오후 4:38" / " 오후 4시 38분" after a date */
static size_t
parse_time(const char *s, size_t n, size_t i, int *h, int *mi)
{
	size_t j = i;
	int pm = 0, am = 0, k;

	*h = *mi = -1;
	if (j < n && s[j] == 'T')
		j++;	/* ISO 8601 */
	while (j < n && s[j] == ' ')
		j++;
	/* a weekday between the date and the time: "(수) 16:38" */
	if (j + 5 <= n && s[j] == '(' && syllable_at(s, n, j + 1, NULL) && s[j + 4] == ')') {
		j += 5;
		while (j < n && s[j] == ' ')
			j++;
	}
	if (j + 6 <= n && memcmp(s + j, "\xEC\x98\xA4\xED\x9B\x84", 6) == 0)
		pm = 1, j += 6;	/* 오후 */
	else if (j + 6 <= n && memcmp(s + j, "\xEC\x98\xA4\xEC\xA0\x84", 6) == 0)
		am = 1, j += 6;	/* 오전 */
	while (j < n && s[j] == ' ')
		j++;
	k = digits(s, n, j, 2, h);
	if (k == 0) {
		*h = -1;
		return 0;
	}
	j += (size_t)k;
	if (j < n && s[j] == ':') {
		k = digits(s, n, j + 1, 2, mi);
		if (k != 2) {
			*h = *mi = -1;
			return 0;
		}
		j += 1 + (size_t)k;
	} else if (j + 3 <= n && memcmp(s + j, "\xEC\x8B\x9C", 3) == 0
	    && (am || pm || (j + 4 <= n && isdigit((unsigned char)s[j + 3])))) {
		/* 오후 4시 38분, or 16시30분 */
		j += 3;	/* 시 */
		*mi = 0;
		while (j < n && s[j] == ' ')
			j++;
		k = digits(s, n, j, 2, mi);
		if (k > 0 && j + (size_t)k + 3 <= n
		    && memcmp(s + j + k, "\xEB\xB6\x84", 3) == 0)
			j += (size_t)k + 3;	/* 분 */
		else
			*mi = 0;
	} else {
		*h = *mi = -1;
		return 0;
	}
	if (pm && *h < 12)
		*h += 12;
	if (*h > 23 || *mi > 59) {
		*h = *mi = -1;
		return 0;
	}
	return j - i;
}

int
meta_parse_date(const char *s, size_t n, struct meta_date *o)
{
	int a, b, c, ka, kb, kc;
	size_t i = 0, cs;
	char sep;

	memset(o, 0, sizeof(*o));
	o->h = o->mi = -1;
	ka = digits(s, n, 0, 4, &a);
	if (ka == 0 || ((size_t)ka < n && isdigit((unsigned char)s[ka])))
		return 0;
	i = (size_t)ka;
	/* 2025년 9월 9일 */
	if (ka == 4 && i + 3 <= n && memcmp(s + i, "\xEB\x85\x84", 3) == 0) {
		i += 3;
		while (i < n && s[i] == ' ')
			i++;
		kb = digits(s, n, i, 2, &b);
		if (kb == 0 || i + kb + 3 > n || memcmp(s + i + kb, "\xEC\x9B\x94", 3) != 0)
			return 0;
		i += (size_t)kb + 3;
		while (i < n && s[i] == ' ')
			i++;
		kc = digits(s, n, i, 2, &c);
		if (kc == 0 || i + kc + 3 > n || memcmp(s + i + kc, "\xEC\x9D\xBC", 3) != 0)
			return 0;
		i += (size_t)kc + 3;
		if (!valid(b, c))
			return 0;
		o->y = a, o->mo = b, o->d = c;
		i += parse_time(s, n, i, &o->h, &o->mi);
		o->len = i;
		return 1;
	}
	if (i >= n || (s[i] != '-' && s[i] != '.' && s[i] != '/'))
		return 0;
	sep = s[i++];
	if (sep == '.' && ka == 4)
		while (i < n && s[i] == ' ')
			i++;	/* "2024. 8. 22." */
	kb = digits(s, n, i, 2, &b);
	if (kb == 0 || (i + (size_t)kb < n && isdigit((unsigned char)s[i + kb])))
		return 0;	/* 02-1234-5678 */
	i += (size_t)kb;
	cs = i + 1;
	if (sep == '.' && ka == 4)
		while (cs < n && s[cs] == ' ')
			cs++;
	if (i < n && s[i] == sep && (kc = digits(s, n, cs, 2, &c)) > 0
	    && !(cs + kc < n && isdigit((unsigned char)s[cs + kc]))) {
		/* Y-M-D with a 4- or 2-digit year */
		if (ka != 4 && ka != 2)
			return 0;
		if (!valid(b, c))
			return 0;
		i = cs + (size_t)kc;
		if (i < n && s[i] == '.' && sep == '.')
			i++;
		o->y = ka == 2 ? 2000 + a : a;
		o->mo = b, o->d = c;
	} else {
		/* M-D without a year ("작성일 09-09") */
		if (ka > 2 || sep == '.' || !valid(a, b) || kb != 2)
			return 0;
		o->y = 0, o->mo = a, o->d = b;
	}
	i += parse_time(s, n, i, &o->h, &o->mi);
	o->len = i;
	return 1;
}

static const char *const date_labels[] = {
	"\xEC\x9E\x85\xEB\xA0\xA5",	/* 입력 */
	"\xEC\x9E\x91\xEC\x84\xB1\xEC\x9D\xBC",	/* 작성일 */
	"\xEB\x93\xB1\xEB\xA1\x9D",	/* 등록 */
	"\xEA\xB8\xB0\xEC\x82\xAC\xEC\x9E\x85\xEB\xA0\xA5",	/* 기사입력 */
	"\xEB\xB0\x9C\xED\x96\x89",	/* 발행 */
	"\xEC\x8A\xB9\xEC\x9D\xB8",	/* 승인 */
	"\xEC\x86\xA1\xEA\xB3\xA0",	/* 송고 */
	"\xEA\xB2\x8C\xEC\x9E\xAC",	/* 게재 */
	NULL,
};

/* A year in a path of s[0..n) that holds month mo, day d. */
static int
year_in_paths(const char *s, size_t n, int mo, int d)
{
	size_t i;

	for (i = 0; i + 8 <= n; i++) {
		const char *u = s + i;
		int y, m, dd;

		if (!isdigit((unsigned char)u[0]) || (i > 0 && isdigit((unsigned char)u[-1])))
			continue;
		if (digits(u, n - i, 0, 4, &y) != 4 || y < 1990 || y > 2100)
			continue;
		if (digits(u, n - i, 4, 2, &m) != 2 || m != mo)
			continue;
		if (i + 7 < n && u[6] == '/' && digits(u, n - i, 7, 2, &dd) == 2 && dd == d)
			return y;
		if (digits(u, n - i, 6, 2, &dd) == 2 && dd == d)
			return y;
	}
	return 0;
}

/* A year under which month mo, day d appears somewhere on the page. */
static int
year_for(const struct html_doc *doc, int mo, int d)
{
	size_t b, i;
	int y;

	for (b = 0; b < doc->n; b++) {
		const char *s = html_block_text(doc, b);
		size_t n = doc->b[b].len;

		for (i = 0; i < n; i++) {
			struct meta_date md;

			if (isdigit((unsigned char)s[i]) && (i == 0 || !isdigit((unsigned char)s[i - 1]))
			    && meta_parse_date(s + i, n - i, &md) && md.y >= 1990
			    && md.mo == mo && md.d == d)
				return md.y;
		}
	}
	/* image and link paths: .../202512/15/... or ...20251215..., in
	 * attributes or in the text of a dump ("![사진](https://...)") */
	y = year_in_paths(doc->urls.s, doc->urls.len, mo, d);
	for (b = 0; y == 0 && b < doc->n; b++)
		if (memmem(html_block_text(doc, b), doc->b[b].len, "://", 3) != NULL)
			y = year_in_paths(html_block_text(doc, b), doc->b[b].len, mo, d);
	return y;
}

static char *
format_date(const struct meta_date *md)
{
	if (md->h >= 0)
		return xasprintf("%04d-%02d-%02dT%02d:%02d", md->y, md->mo, md->d, md->h, md->mi);
	return xasprintf("%04d-%02d-%02d", md->y, md->mo, md->d);
}

/* The date after a label that ends at s[j]: in the same block, or at
 * the start of the next when the label stands alone ("<dt>입력 :</dt>
 * <dd>2025-11-06 14:25:31</dd>"). */
static int
labelled_date(const struct html_doc *doc, size_t b, const char *s, size_t n,
	      size_t j, struct meta_date *md)
{
	if (j < n)
		return meta_parse_date(s + j, n - j, md);
	if (b + 1 >= doc->n)
		return 0;
	return meta_parse_date(html_block_text(doc, b + 1), doc->b[b + 1].len, md);
}

/* Which date labels occur in s[0..n): bit k for date_labels[k].  One
 * pass instead of a search per label; labels are whole syllables. */
static unsigned
labels_in(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned found = 0;
	size_t i, k, ll;

	for (i = 0; i + 6 <= n; i++) {
		uint32_t c3;

		/* a label starts with a whole three-byte character */
		if (u[i] < 0xE0 || u[i] >= 0xF0 || (u[i + 1] & 0xC0) != 0x80
		    || (u[i + 2] & 0xC0) != 0x80)
			continue;
		c3 = ((uint32_t)u[i] << 16) | ((uint32_t)u[i + 1] << 8) | u[i + 2];
		i += 2;	/* its continuation bytes start nothing */
		/* the first syllable of each label, in date_labels order */
		switch (c3) {
		case 0xEC9E85: k = 0; break;	/* 입 */
		case 0xEC9E91: k = 1; break;	/* 작 */
		case 0xEB93B1: k = 2; break;	/* 등 */
		case 0xEAB8B0: k = 3; break;	/* 기 */
		case 0xEBB09C: k = 4; break;	/* 발 */
		case 0xEC8AB9: k = 5; break;	/* 승 */
		case 0xEC86A1: k = 6; break;	/* 송 */
		case 0xEAB28C: k = 7; break;	/* 게 */
		default: continue;
		}
		ll = strlen(date_labels[k]);
		if (i - 2 + ll <= n && memcmp(s + i - 2, date_labels[k], ll) == 0)
			found |= 1u << k;
	}
	return found;
}

/* An RSS date: "Thu, 22 Aug 2024 10:00:00 +0900", the time as shown. */
static int
rfc822_date(const char *s, size_t n, struct meta_date *md)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	size_t i = 0, k;
	int d, y, kd;

	memset(md, 0, sizeof(*md));
	md->h = md->mi = -1;
	while (i < n && !isdigit((unsigned char)s[i]) && i < 6)
		i++;	/* "Thu, " */
	kd = digits(s, n, i, 2, &d);
	if (kd == 0 || i + (size_t)kd + 5 > n || s[i + kd] != ' ')
		return 0;
	i += (size_t)kd + 1;
	for (k = 0; k < 12; k++)
		if (memcmp(s + i, months + 3 * k, 3) == 0)
			break;
	if (k == 12 || i + 4 >= n || s[i + 3] != ' ')
		return 0;
	i += 4;
	if (digits(s, n, i, 4, &y) != 4 || !valid((int)k + 1, d))
		return 0;
	i += 4;
	md->y = y, md->mo = (int)k + 1, md->d = d;
	i += parse_time(s, n, i, &md->h, &md->mi);
	md->len = i;
	return 1;
}

/* A month and day on a short date line, alone or after an outlet name
 * and a separator: "07.20(토)", "매일경제 · 04.23 2 weeks ago". */
static int
short_date_line(const char *s, size_t n, struct meta_date *md)
{
	size_t i, w = 0;
	int mo, d;

	if (n > 80)
		return 0;
	for (i = 0; i + 5 <= n; i++) {
		size_t e = i + 5;
		int start = i == 0;

		if (i >= 3 && s[i - 1] == ' ' && (s[i - 2] == '|'
		    || ((unsigned char)s[i - 3] == 0xC2 && (unsigned char)s[i - 2] == 0xB7)))
			start = w <= 2;	/* one word before the separator */
		if (s[i] == ' ')
			w++;
		if (!start || digits(s, n, i, 2, &mo) != 2 || strchr(".-/", s[i + 2]) == NULL
		    || digits(s, n, i + 3, 2, &d) != 2 || !valid(mo, d)
		    || (e < n && s[e] != ' ' && s[e] != '('))
			continue;
		memset(md, 0, sizeof(*md));
		md->mo = mo, md->d = d, md->h = md->mi = -1;
		md->len = e;
		return 1;
	}
	return 0;
}

static char *
find_date(const struct html_doc *doc, const struct clean_result *c)
{
	size_t b, i, k;
	struct meta_date md;
	int pass;

	/* a labelled date first, anywhere on the page */
	for (b = 0; b < doc->n; b++) {
		const char *s = html_block_text(doc, b);
		size_t n = doc->b[b].len;
		unsigned has = labels_in(s, n);

		for (k = 0; has != 0 && date_labels[k] != NULL; k++) {
			size_t l = strlen(date_labels[k]);
			const char *at = s;

			if (!(has & (1u << k)))
				continue;

			while ((at = memmem(at, n - (size_t)(at - s), date_labels[k], l)) != NULL) {
				size_t j = (size_t)(at - s) + l;

				at += l;
				if (j + 3 <= n && memcmp(s + j, "\xEC\x9D\xBC", 3) == 0)
					j += 3;	/* 발행일, 등록일 */
				else if (j + 6 <= n && memcmp(s + j, "\xEC\x8B\x9C\xEA\xB0\x84", 6) == 0)
					j += 6;	/* 입력시간 */
				while (j < n && (s[j] == ' ' || s[j] == ':'))
					j++;
				if (labelled_date(doc, b, s, n, j, &md)) {
					if (md.y == 0)
						md.y = year_for(doc, md.mo, md.d);
					if (md.y != 0)
						return format_date(&md);
				}
			}
		}
	}
	/* the page's own publication time: article:published_time, JSON-LD */
	{
		static const char *const keys[] = {
			"article:published_time", "ld:datePublished", "rss:pubDate", NULL,
		};

		for (k = 0; keys[k] != NULL; k++) {
			size_t vn;
			const char *v = html_prop(doc, keys[k], &vn);

			if (v != NULL && (meta_parse_date(v, vn, &md) || rfc822_date(v, vn, &md))
			    && md.y >= 1990)
				return format_date(&md);
		}
	}
	/* a month and day alone on a date line, the year from elsewhere */
	for (b = 0; b < doc->n; b++) {
		if (c->cls[b] == CLS_BODY || c->cls[b] == CLS_CAPTION
		    || !short_date_line(html_block_text(doc, b), doc->b[b].len, &md))
			continue;
		md.y = year_for(doc, md.mo, md.d);
		if (md.y != 0)
			return format_date(&md);
	}
	/* else the first full date outside the body, then inside it */
	for (pass = 0; pass < 2; pass++) {
		for (b = 0; b < doc->n; b++) {
			const char *s = html_block_text(doc, b);
			size_t n = doc->b[b].len;

			if ((c->cls[b] == CLS_BODY) != pass || c->cls[b] == CLS_CAPTION)
				continue;
			for (i = 0; i < n; i++) {
				if (!isdigit((unsigned char)s[i]) || (i > 0 && isdigit((unsigned char)s[i - 1])))
					continue;
				/* in the body, only a date line, never a sentence's date */
				if (pass == 1 && n > 60 && i > 24)
					break;
				if (meta_parse_date(s + i, n - i, &md) && md.y >= 1990 && md.y <= 2100)
					return format_date(&md);
			}
		}
	}
	return NULL;
}

/* ---------- reporters and outlet ---------- */

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

static int
ends_with(const char *s, size_t n, const char *w)
{
	size_t l = strlen(w);

	return n >= l && memcmp(s + n - l, w, l) == 0;
}

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
	if (is_city(s, n) || ends_with(s, n, KIJA) || ends_with(s, n, "\xEB\xB6\x80")
	    || ends_with(s, n, "\xED\x8C\x80"))
		return 0;	/* 부, 팀 */
	while (i < n) {
		size_t l;

		u = char_at(s, n, i, &l);
		if (i == 0 && !(u >= 0xAC00 && u <= 0xD7A3) && !((u | 0x20) >= 'a' && (u | 0x20) <= 'z'))
			return 0;
		if (!(u >= 0xAC00 && u <= 0xD7A3) && !isalnum((int)(u < 0x80 ? u : 0))
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
	while (a > 0 && syllable_at(s, n, a - 3, NULL))
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
		while (b > 0 && syllable_at(s, n, b - 3, NULL))
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
		const char *hit = memmem(s + i, n - i, word, wl);
		size_t e, k;
		int spaced;

		if (hit == NULL)
			break;
		i = (size_t)(hit - s);
		/* not followed by a syllable (기자간담회, 기자가) */
		if (syllable_at(s, n, i + wl, NULL) || i < 6)
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
		const char *bar = memmem(s, n, " | \xEC\xA3\xBC\xEC\x86\x8C", 9);	/* 주소 */

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

		if (i >= n || copy_marks[k][0] != s[i])
			continue;
		l = strlen(copy_marks[k]);
		if (i + l <= n && memcmp(s + i, copy_marks[k], l) == 0)
			return l;
	}
	return 0;
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
	    && syllable_at(s, n, e + 1, NULL) && meta_outlet_name(s + j, e - j) == NULL) {
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
	/* a bureau or domain in parentheses stays with the name, then is cut */
	offer_span(out, s + j, e - j, rank);
}

#define COPY_TAIL 400

static void
copyright_outlet(const char *s, size_t n, int rank, struct found *out)
{
	const char *first = NULL;
	size_t k;

	for (k = 0; k + 2 < n && first == NULL; k++) {
		unsigned char c0 = (unsigned char)s[k], c1 = (unsigned char)s[k + 1];

		/* two bytes decide before any comparison: 0xEC leads most
		 * Hangul syllables, 저 and 출 are told apart by the second */
		if ((c0 == 0xE2 && (c1 == 0x93 || c1 == 0x92)) || (c0 == 0xC2 && c1 == 0xA9)
		    || (c0 == '(' && (c1 | 0x20) == 'c') || (c0 == 'C' && (c1 | 0x20) == 'o')
		    || (c0 == 0xEC && (c1 == 0xA0 || c1 == 0xB6)))
			if (copy_mark_at(s, n, k) > 0)
				first = s + k;
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

/* ---------- title ---------- */

/*
 * The headline is chosen among the headings, the <title> (site name cut
 * off), the blocks before the body and the headline run into the body's
 * first block (c->decks), by how much it reads like a headline: enough
 * Hangul, headline punctuation, several words, and repeated elsewhere on
 * the page; menus, breadcrumbs, list rows, by-lines, dates and outlet
 * names are never headlines.
 */

static const char *const board_marks[] = {
	" \xEC\x9E\x91\xEC\x84\xB1\xEC\x9D\xBC",	/* 작성일 */
	" \xEC\x9E\x91\xEC\x84\xB1\xEC\x9E\x90",	/* 작성자 */
	" \xEC\xA1\xB0\xED\x9A\x8C",	/* 조회 */
	" \xEC\x9E\x85\xEB\xA0\xA5 ",	/* 입력 */
	" | ", " - ", " :: ", " < ", " \xEF\xBD\x9C ", NULL,	/* "제목 < 경제 < 기사본문", ｜ */
};

/* s[0..n) cut at the first board mark or site-name separator past 10
 * bytes ("제목 작성일 12-15", "제목 | 사이트"). */
static size_t
cut_marks(const char *s, size_t n)
{
	size_t k;

	for (k = 0; board_marks[k] != NULL; k++) {
		size_t l = strlen(board_marks[k]), i;

		for (i = 11; i + l <= n; i++)
			if (s[i] == ' '	/* every mark starts with a space */
			    && memcmp(s + i, board_marks[k], l) == 0) {
				n = i;
				break;
			}
	}
	while (n > 0 && s[n - 1] == ' ')
		n--;
	return n;
}

static int
headline_punct(uint32_t u)
{
	return u == 0x2026 || u == ',' || u == '\'' || u == '"' || u == 0x201C
	    || u == 0x201D || u == 0x2018 || u == 0x2019 || u == '?' || u == '!';
}

struct shape {
	size_t words, longest, hangul, chars;	/* longest word, code points */
	int punct, digits, bars, arrows;	/* headline punctuation; | and > separators */
	int brackets;	/* '[': "[1]로그인 [2]회원가입", "[뉴스] [정치] [사회]" */
};

static void
shape_of(const char *s, size_t n, struct shape *sh)
{
	size_t i = 0, w = 0;

	memset(sh, 0, sizeof(*sh));
	while (i < n) {
		size_t l;
		uint32_t u = char_at(s, n, i, &l);

		sh->chars++;
		sh->hangul += u >= 0xAC00 && u <= 0xD7A3;
		sh->punct |= headline_punct(u);
		sh->digits |= u >= '0' && u <= '9';
		sh->bars += u == '|';
		sh->brackets += u == '[';
		sh->arrows += u == '>' || u == 0x203A || u == 0x25B6 || u == 0xBB;	/* > › ▶ » */
		if (u == ' ') {
			w = 0;
		} else if (++w == 1) {
			sh->words++;
		}
		if (w > sh->longest)
			sh->longest = w;
		i += l;
	}
}

/* A row of many short words without headline punctuation or figures,
 * or words between | and > separators: a menu or a breadcrumb. */
static int
menu_like(const struct shape *sh)
{
	return sh->bars >= 2 || sh->arrows > 0 || sh->brackets >= 3
	    || (sh->words >= 6 && !sh->punct && !sh->digits && sh->chars <= sh->words * 4);
}

/* "1 하이닉스 실적 ... (32)": a numbered list row. */
static int
list_row(const char *s, size_t n)
{
	return n > 2 && isdigit((unsigned char)s[0])
	    && (s[1] == ' ' || s[1] == '.' || (isdigit((unsigned char)s[1]) && s[2] == ' '));
}

static int
bylineish(const char *s, size_t n)
{
	struct meta_date md;
	size_t i;

	if (memchr(s, '@', n) != NULL || (n >= 6 && memcmp(s + n - 6, KIJA, 6) == 0))
		return 1;
	for (i = 0; i < n; i++)
		if (isdigit((unsigned char)s[i]) && (i == 0 || !isdigit((unsigned char)s[i - 1]))
		    && meta_parse_date(s + i, n - i, &md) && md.y != 0)
			return 1;
	return 0;
}

/* An ad line: "초특가 항공권 광고 이미지", "[광고] 중고차 시세", "OO 바로가기". */
static int
ad_like(const char *s, size_t n)
{
	static const char *const words[] = {
		"\xEA\xB4\x91\xEA\xB3\xA0",	/* 광고 */
		"[\xEA\xB4\x91\xEA\xB3\xA0]",	/* [광고] */
		"AD", "[AD]", NULL,
	};
	size_t i = 0, k;

	if (ends_with(s, n, "\xEB\xB0\x94\xEB\xA1\x9C\xEA\xB0\x80\xEA\xB8\xB0"))
		return 1;	/* 바로가기 */
	while (i < n) {
		size_t j = i;

		while (j < n && s[j] != ' ')
			j++;
		for (k = 0; words[k] != NULL; k++)
			if (strlen(words[k]) == j - i && memcmp(s + i, words[k], j - i) == 0)
				return 1;
		i = j + 1;
	}
	return 0;
}

/* A '(' or '[' left open: a line cut from a wrapped paragraph. */
static int
unbalanced(const char *s, size_t n)
{
	int round = 0, square = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		round += (s[i] == '(') - (s[i] == ')');
		square += (s[i] == '[') - (s[i] == ']');
	}
	return round > 0 || square > 0;
}

/* "[서울=뉴시스]...": a caption or a by-line, not a headline; nor a
 * caption marker ("▲ 행사 모습", "[사진] …", "사진=…"). */
static int
dateline_start(const char *s, size_t n)
{
	const char *close;

	if ((n >= 3 && memcmp(s, "\xE2\x96\xB2", 3) == 0)	/* ▲ */
	    || (n >= 8 && memcmp(s, "[\xEC\x82\xAC\xEC\xA7\x84]", 8) == 0)	/* [사진] */
	    || (n >= 7 && memcmp(s, "\xEC\x82\xAC\xEC\xA7\x84=", 7) == 0))	/* 사진= */
		return 1;

	if (n < 4 || (s[0] != '[' && s[0] != '('))
		return 0;
	close = memchr(s, s[0] == '[' ? ']' : ')', n < 48 ? n : 48);
	return close != NULL && memchr(s, '=', (size_t)(close - s)) != NULL;
}

/* How much s[0..n) reads like a headline; <= 0 when it cannot be one.
 * Next to a date line (relax) a row of plain words is a headline, not
 * a menu. */
static int
headline_score(const char *s, size_t n, int relax)
{
	struct shape sh;
	int score;

	shape_of(s, n, &sh);
	if (sh.hangul < 4 || sh.chars > 150 || list_row(s, n)
	    || (relax ? sh.bars >= 2 || sh.arrows > 0 || sh.brackets >= 3 : menu_like(&sh))
	    || bylineish(s, n) || meta_outlet_name(s, n) != NULL
	    || ad_like(s, n) || unbalanced(s, n) || dateline_start(s, n)
	    || clean_chrome_hits(s, n) * 3 > sh.words)
		return 0;
	score = (int)(sh.hangul < 40 ? sh.hangul : 40);
	if (sh.punct)
		score += 8;
	if (sh.words >= 4)
		score += 6;
	if (clean_has_sentence_end(s, n))
		score -= 10;
	return score;
}

/* A cut-off headline ends where the next deck is jammed on: a Hangul
 * syllable followed by a capital, a bracket or an opening quote
 * ("논의AI", "요구[이데일리"), or a sentence-final 다 followed by a new
 * word ("꺼냈다수도권"). */
static int
jam_after(const char *s, size_t n, size_t i)
{
	static const char connect[] =
	    "\xEA\xB3\xA0\xEB\x8A\x94\xEB\xA9\xB0\xEB\xA9\xB4\xEA\xB0\x80\xEB\x8B\x88"
	    "\xEB\x8D\x98\xEB\x93\xA0\xEB\xA7\x8C\xEC\xA7\x80\xEB\x9D\xBC\xEB\x9E\x80"
	    "\xEC\x84\x9C\xEB\x8F\x84\xEB\x8A\x94\xEC\x9D\x98";	/* 고는며면가니던든만지라란서도는의 */
	uint32_t a, b, z = 0;
	size_t j = i, l;

	if (i < 3 || i >= n)
		return 0;
	do
		j--;
	while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80);
	a = char_at(s, n, j, &l);
	b = char_at(s, n, i, &l);
	if ((a == ')' || a == ']') && b >= 0xAC00 && b <= 0xD7A3)
		return 1;	/* "(종합)보조금" */
	if (a < 0xAC00 || a > 0xD7A3)
		return 0;
	if ((b >= 'A' && b <= 'Z') || b == '[' || b == 0x201C)
		return 1;
	if (a != 0xB2E4 || b < 0xAC00 || b > 0xD7A3 || j < 3)
		return 0;	/* 다 */
	z = char_at(s, n, j - 3, &l);
	if (z < 0xAC00 || z > 0xD7A3)
		return 0;
	for (l = 0; l + 3 <= sizeof(connect) - 1; l += 3)
		if (memcmp(s + i, connect + l, 3) == 0)
			return 0;
	return 1;
}

/* A board cuts long titles: finish s[0..*n) from a deck or paragraph
 * that begins with it. */
static const char *
finish_title(const char *s, size_t *n, const struct clean_result *c)
{
	size_t k;

	for (k = 0; k < c->decks.n + 3; k++) {
		const char *p;
		size_t pn, e;

		if (k < c->decks.n)
			p = c->decks.v[k];
		else if (k - c->decks.n < c->paragraphs.n)
			p = c->paragraphs.v[k - c->decks.n];
		else
			break;
		pn = strlen(p);
		if (pn <= *n || strncmp(p, s, *n) != 0)
			continue;
		if (jam_after(p, pn, *n))
			return s;	/* whole already */
		for (e = *n; e < pn && e < *n + 60; e++)
			if (jam_after(p, pn, e) || clean_sentence_end(p, pn, e))
				break;
		if (e < *n + 60 && (e == pn || jam_after(p, pn, e))) {
			*n = e;
			return p;
		}
	}
	return s;
}

/* 1 when word w[0..wn) stands alone in a menu row of the page. */
static int
menu_word(const struct html_doc *doc, const char *w, size_t wn)
{
	size_t b, i;

	for (b = 0; b < doc->n; b++) {
		const char *s = html_block_text(doc, b);
		size_t n = doc->b[b].len;
		struct shape sh;

		shape_of(s, n, &sh);
		if (!menu_like(&sh))
			continue;
		for (i = 0; i + wn <= n; i++)
			if (memcmp(s + i, w, wn) == 0 && (i == 0 || s[i - 1] == ' ')
			    && (i + wn == n || s[i + wn] == ' '))
				return 1;
	}
	return 0;
}

/* "[산업] 조선 빅3...": a section label the page's menu also shows is
 * not part of the headline ("[단독]", "[속보]" stay). */
static void
cut_section(const struct html_doc *doc, const char **s, size_t *n)
{
	const char *close;
	size_t l;

	if (*n < 4 || (*s)[0] != '[' || (close = memchr(*s, ']', *n < 20 ? *n : 20)) == NULL)
		return;
	l = (size_t)(close - *s) - 1;
	if (l == 0 || memchr(*s + 1, ' ', l) != NULL || !menu_word(doc, *s + 1, l))
		return;
	l += 2;
	while (l < *n && (*s)[l] == ' ')
		l++;
	*s += l;
	*n -= l;
}

struct pick {
	const char *s;
	size_t n;
	int score;
	size_t b;	/* the block offered, or SIZE_MAX */
};

/* A board's post header ("제목 작성일 ...") names the post: bonus. */
#define BOARD_MARKS 4
#define BOARD_BONUS 15

/* Labels a dump or a board puts before the headline, and board tags:
 * "Title: ", "제목 : ", "[펌]", "[퍼온글]". */
static const char *const title_labels[] = {
	"Title: ", "Title:", "\xEC\xA0\x9C\xEB\xAA\xA9 : ", "\xEC\xA0\x9C\xEB\xAA\xA9: ",
	"\xEC\xA0\x9C\xEB\xAA\xA9 :", "\xEC\xA0\x9C\xEB\xAA\xA9:",
	"[\xED\x8E\x8C]", "(\xED\x8E\x8C)", "[\xED\x8E\x8C\xEA\xB8\x80]",
	"[\xED\x8D\xBC\xEC\x98\xA8\xEA\xB8\x80]", "[\xEC\x8A\xA4\xED\x81\xAC\xEB\x9E\xA9]",
	NULL,	/* 제목, [펌], (펌), [펌글], [퍼온글], [스크랩] */
};

static void
strip_labels(const char **s, size_t *n)
{
	size_t k;
	int again = 1;

	while (again) {
		again = 0;
		for (k = 0; title_labels[k] != NULL && *n > 0; k++) {
			size_t l;

			if (title_labels[k][0] != **s)
				continue;
			l = strlen(title_labels[k]);
			if (*n > l && memcmp(*s, title_labels[k], l) == 0) {
				*s += l, *n -= l;
				while (*n > 0 && **s == ' ')
					(*s)++, (*n)--;
				again = 1;
			}
		}
	}
}

static int
offer(struct pick *p, const char *s, size_t n, int bonus, int relax)
{
	size_t cut, k;
	int sc;

	int board = 0;

	strip_labels(&s, &n);
	if (ad_like(s, n))
		return 0;	/* before a cut: "중고차 시세 조회 광고 이미지" */
	cut = cut_marks(s, n);
	for (k = 0; k < BOARD_MARKS && cut < n; k++)
		if (n - cut > strlen(board_marks[k])
		    && memcmp(s + cut, board_marks[k], strlen(board_marks[k])) == 0)
			board = 1;
	/* a board's post header names the post: plain words are its title */
	sc = headline_score(s, cut, relax || board);
	if (sc <= 0)
		return 0;
	if (board)
		sc += BOARD_BONUS;
	n = cut;
	sc += bonus;
	if (sc > p->score) {
		p->s = s;
		p->n = n;
		p->score = sc;
		p->b = SIZE_MAX;
	}
	return 1;
}

/* Bonus for a candidate that begins another text of the page. */
static int
repeated(const char *s, size_t n, const struct html_doc *doc,
	 const struct clean_result *c)
{
	size_t b, k = n < 24 ? n : 24;

	if (k < 12)
		return 0;
	for (b = 0; b < c->decks.n; b++)
		if (strncmp(c->decks.v[b], s, k) == 0)
			return 15;
	for (b = 0; b < doc->n; b++)
		if ((doc->b[b].flags & BLK_TITLE) && doc->b[b].len >= k
		    && memcmp(html_block_text(doc, b), s, k) == 0)
			return 15;
	{
		size_t vn;
		const char *v = html_prop(doc, "og:title", &vn);

		if ((v != NULL && vn >= k && memcmp(v, s, k) == 0)
		    || ((v = html_prop(doc, "ld:headline", &vn)) != NULL && vn >= k && memcmp(v, s, k) == 0))
			return 15;
	}
	return 0;
}

/* A short block that carries a publication date or a by-line. */
static int
date_line(const struct html_doc *doc, size_t b)
{
	const char *s = html_block_text(doc, b);
	size_t n = doc->b[b].len;
	struct meta_date md;

	if (n > 120)
		return 0;
	return labels_in(s, n) != 0 || bylineish(s, n) || short_date_line(s, n, &md);
}

/* The topmost headline-like block before the body: decks come after it. */
#define TOP_BONUS 12

static int
near_date_line(const struct html_doc *doc, size_t b)
{
	return (b > 0 && date_line(doc, b - 1)) || (b + 1 < doc->n && date_line(doc, b + 1));
}

/* Section names of news menus: a row mostly of these is a menu even
 * next to the date line. */
static const char *const sections[] = {
	"정치", "경제", "사회", "국제", "문화", "스포츠", "연예", "오피니언", "포토",
	"영상", "지역", "전국", "라이프", "테크", "글로벌", "마켓", "산업", "금융",
	"부동산", "증권", "IT", "IT·과학", "과학", "피플", "사설", "칼럼", "생활",
	"건강", "교육", "기획", "연재", "홈", "뉴스", "전체", "세계", "북한", "날씨", NULL,
};

static int
section_row(const char *s, size_t n)
{
	size_t i = 0, words = 0, hits = 0, k;

	while (i < n) {
		size_t j = i;

		while (j < n && s[j] != ' ')
			j++;
		if (j > i) {
			words++;
			for (k = 0; sections[k] != NULL; k++)
				if (sections[k][0] == s[i] && strlen(sections[k]) == j - i
				    && memcmp(s + i, sections[k], j - i) == 0) {
					hits++;
					break;
				}
		}
		i = j + 1;
	}
	return hits * 2 >= words;
}

/* A labelled date line or a by-line: the article starts here. */
static int
dating_line(const char *s, size_t n)
{
	return n <= 120 && (labels_in(s, n) != 0 || memmem(s, n, KIJA, 6) != NULL);
}

#define AFTER_PENALTY 15

/*
 * A headline hard-wrapped over two lines of a text dump ("…중국 34%·일본"
 * + "24%(상보)"): the short rest on the next line is joined with a space.
 * A title whose lines came joined already is returned as it is.
 */
static char *
wrapped_title(const struct html_doc *doc, size_t b, const char *s, size_t n)
{
	const char *t;
	size_t tn;
	uint32_t last;
	size_t l, i = n;

	if (doc->markup || b + 1 >= doc->n || (doc->b[b + 1].flags & BLK_MARKUP))
		return xstrndup(s, n);
	t = html_block_text(doc, b + 1);
	tn = doc->b[b + 1].len;
	do
		i--;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
	last = char_at(s, n, i, &l);
	if (n < 30 || tn == 0 || tn > 30 || (memchr(t, ' ', tn) != NULL
	    && memchr(memchr(t, ' ', tn) + 1, ' ', tn - (size_t)((const char *)memchr(t, ' ', tn) + 1 - t)) != NULL)
	    || headline_punct(last) || last == ')' || last == ']' || last == '.'
	    || date_line(doc, b + 1) || clean_chrome_hits(t, tn) > 0
	    || clean_has_sentence_end(t, tn) || list_row(t, tn))
		return xstrndup(s, n);
	return xasprintf("%.*s %.*s", (int)n, s, (int)tn, t);
}

/* Only a line of three words or more without chrome words can be the
 * topmost headline (not a board's name, not "뉴스레터 신청 · 로그인"). */
static int
top_worthy(const char *s, size_t n)
{
	struct shape sh;

	strip_labels(&s, &n);
	n = cut_marks(s, n);
	shape_of(s, n, &sh);
	return sh.words >= 3 && clean_chrome_hits(s, n) == 0;
}

static char *
find_title(const struct html_doc *doc, const struct clean_result *c)
{
	struct pick p = { NULL, 0, 0, SIZE_MAX };
	size_t b, end = c->first <= c->last ? c->first : doc->n, dated = SIZE_MAX;
	int seen = 0;

	for (b = 0; b < doc->n; b++) {
		const char *t = html_block_text(doc, b);
		size_t tn = doc->b[b].len;
		unsigned fl = doc->b[b].flags;
		int near, bonus = seen ? 0 : TOP_BONUS, kind;

		if ((fl & BLK_CAPTION) || c->cls[b] == CLS_CAPTION || c->cls[b] == CLS_BODY)
			continue;
		if (fl & BLK_TITLE) {
			offer(&p, t, tn, 10, 0);
			continue;
		}
		kind = (fl & BLK_HEADING) && b <= c->last ? 2
		    : b < end && !(fl & (BLK_NAV | BLK_ITEM | BLK_HINT)) ? 1 : 0;
		if (kind == 0 || tn > 600) {
			if (dated == SIZE_MAX && dating_line(t, tn))
				dated = b;
			continue;
		}
		/* a heading, or a line next to the date line, may be plain words */
		near = tn < 200 && (kind == 2 || near_date_line(doc, b)) && !section_row(t, tn);
		if (bonus > 0 && !top_worthy(t, tn))
			bonus = 0;
		/* past the article's date line or by-line come decks and captions */
		if (dated != SIZE_MAX && dated + 1 < b && !near)
			bonus -= AFTER_PENALTY;
		if (dated == SIZE_MAX && dating_line(t, tn))
			dated = b;
		seen |= offer(&p, t, tn, (kind == 2 ? 20 : 0) + bonus + repeated(t, tn, doc, c), near)
		    && bonus > 0;
		if (p.s >= t && p.s < t + tn + 1 && p.b == SIZE_MAX)
			p.b = b;
	}
	{
		static const char *const keys[] = { "og:title", "ld:headline", NULL };

		for (b = 0; keys[b] != NULL; b++) {
			size_t vn;
			const char *v = html_prop(doc, keys[b], &vn);

			if (v != NULL)
				offer(&p, v, vn, 10, 1);
		}
	}
	if (p.s == NULL && c->decks.n > 0)
		offer(&p, c->decks.v[0], strlen(c->decks.v[0]), 0, 0);
	if (p.s == NULL)
		return NULL;
	{
		const char *before = p.s;
		size_t bn = p.n;

		p.s = finish_title(p.s, &p.n, c);
		cut_section(doc, &p.s, &p.n);
		if (p.b != SIZE_MAX && p.s + p.n == before + bn
		    && before + bn == html_block_text(doc, p.b) + doc->b[p.b].len)
			return wrapped_title(doc, p.b, p.s, p.n);
	}
	return xstrndup(p.s, p.n);
}


void
meta_extract(const struct html_doc *doc, const struct clean_result *c, struct meta *m)
{
	struct found f = { NULL, 0, R_NONE };
	size_t b;

	memset(m, 0, sizeof(*m));
	for (b = 0; b < doc->n; b++) {
		const char *s = html_block_text(doc, b);
		size_t n = doc->b[b].len;
		int caption = (doc->b[b].flags & BLK_CAPTION) || c->cls[b] == CLS_CAPTION;

		scan_block(s, n, caption, m, &f);
		copyright_outlet(s, n, caption ? R_CAPTION : R_COPY, &f);
	}
	props_outlet(doc, &f);
	m->outlet = f.s != NULL ? xstrndup(f.s, f.n) : NULL;
	m->date = find_date(doc, c);
	m->title = find_title(doc, c);
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
