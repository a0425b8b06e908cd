/*
 * meta_date.c — the publication date: labelled date lines (입력, 등록,
 * 승인 ...), the page's own fields (article:published_time, JSON-LD,
 * RSS), a month and day alone with the year from a caption or a path.
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
	if (j + 5 <= n && s[j] == '(' && hangul_at(s, n, j + 1) && s[j + 4] == ')') {
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

			/* (isdigit is only 0-9 in every locale: here without a call) */
			if (s[i] >= '0' && s[i] <= '9' && (i == 0 || s[i - 1] < '0' || s[i - 1] > '9')
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
/* After a label, a month and day with dots and a time: "입력 06.18
 * 10:24" (the year is found elsewhere). */
static int
dotted_month_day(const char *s, size_t n, struct meta_date *md)
{
	int mo, d;

	memset(md, 0, sizeof(*md));
	md->h = md->mi = -1;
	if (digits(s, n, 0, 2, &mo) != 2 || n < 5 || s[2] != '.' || digits(s, n, 3, 2, &d) != 2
	    || !valid(mo, d) || (n > 5 && (isdigit((unsigned char)s[5]) || s[5] == '.')))
		return 0;
	md->mo = mo, md->d = d;
	md->len = 5 + parse_time(s, n, 5, &md->h, &md->mi);
	return md->h >= 0;
}

static int
labelled_date(const struct html_doc *doc, size_t b, const char *s, size_t n,
	      size_t j, struct meta_date *md)
{
	if (j < n)
		return meta_parse_date(s + j, n - j, md) || dotted_month_day(s + j, n - j, md);
	if (b + 1 >= doc->n)
		return 0;
	return meta_parse_date(html_block_text(doc, b + 1), doc->b[b + 1].len, md);
}

/* Which date labels occur in s[0..n): bit k for date_labels[k].  One
 * pass instead of a search per label; labels are whole syllables. */
/* The last bytes (their low six bits) of the first syllables of the labels. */
#define LABEL_LAST_BYTES ((1ull << (0x85 & 0x3F)) | (1ull << (0x91 & 0x3F)) \
	| (1ull << (0xB1 & 0x3F)) | (1ull << (0xB0 & 0x3F)) | (1ull << (0x9C & 0x3F)) \
	| (1ull << (0xB9 & 0x3F)) | (1ull << (0xA1 & 0x3F)) | (1ull << (0x8C & 0x3F)))

unsigned
meta_date_labels_in(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned found = 0;
	size_t i, k, ll;

	for (i = 0; i + 6 <= n; i++) {
		uint32_t c3;

		/* a label starts with a whole three-byte character */
		if (u[i] < 0xE0 || u[i] >= 0xF0 || !utf8_is_cont(s[i + 1])
		    || !utf8_is_cont(s[i + 2]))
			continue;
		i += 2;	/* its continuation bytes start nothing */
		if (!((LABEL_LAST_BYTES >> (u[i] & 0x3F)) & 1))
			continue;	/* not the last byte of a first syllable below */
		c3 = ((uint32_t)u[i - 2] << 16) | ((uint32_t)u[i - 1] << 8) | u[i];
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
int
meta_date_short_line(const char *s, size_t n, struct meta_date *md)
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

char *
meta_date_find(const struct html_doc *doc, const struct clean_result *c)
{
	size_t b, i, k;
	struct meta_date md;
	int pass;

	/* a labelled date first, anywhere on the page */
	for (b = 0; b < doc->n; b++) {
		const char *s = html_block_text(doc, b);
		size_t n = doc->b[b].len;
		unsigned has = meta_date_labels_in(s, n);

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
		    || !meta_date_short_line(html_block_text(doc, b), doc->b[b].len, &md))
			continue;
		md.y = year_for(doc, md.mo, md.d);
		if (md.y != 0)
			return format_date(&md);
	}
	/* else the first full date outside the body, then inside it; a date
	 * without a time (a URL's .../2025/10/28/) gives way to a stamp of
	 * the same day with one */
	for (pass = 0; pass < 2; pass++) {
		struct meta_date first;

		first.y = 0;
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
				if (!meta_parse_date(s + i, n - i, &md) || md.y < 1990 || md.y > 2100)
					continue;
				if (first.y == 0 && md.h >= 0)
					return format_date(&md);
				if (first.y == 0)
					first = md;
				else if (md.h >= 0 && md.y == first.y && md.mo == first.mo
				    && md.d == first.d)
					return format_date(&md);
			}
		}
		if (first.y != 0)
			return format_date(&first);
	}
	return NULL;
}
