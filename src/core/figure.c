/*
 * figure.c — the number reader.  A Korean number is groups joined by the
 * number words 만 억 조 경 in falling order, glued or with one space
 * between them (17조 9071억6000만원, 24만 874표); a group is digits with
 * comma groups, a decimal part, and 천 백 십 inside it (3천5백, 7천42).
 * Each group is read exactly as an integer mantissa and a power of ten
 * (struct group), so 2.3억 is 230000000 and no value is past 9999경:
 * longer digit runs are codes, not quantities, and are skipped.  Then a
 * sign before it, 여 and a counter from the lexicon after it, 대 (7조원대)
 * and ranges (3만~4만원: two figures), and the kind.
 *
 * One pass over the text token by token (white space separates tokens);
 * no allocation except growing the caller's vector.
 */
#include "figure.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figure_priv.h"
#include "lexicon.h"
#include "util.h"

static const char *const kind_names[FIG_NKINDS] = {
	"money", "count", "percent", "ratio", "rank", "year", "date", "other",
};

const char *
figure_kind_name(int kind)
{
	return kind >= 0 && kind < FIG_NKINDS ? kind_names[kind] : "other";
}

int
figure_kind_parse(const char *name)
{
	int k = util_name_index(kind_names, FIG_NKINDS, name);

	return k >= 0 ? k : FIG_OTHER;
}

void
figure_vec_free(struct figure_vec *v)
{
	free(v->v);
	memset(v, 0, sizeof(*v));
}

/* A syllable that begins a particle or ending after a counter (을, 으로,
 * 까지, 씩 ...), so `5만 장을` is a figure and `3 위원장` is not. */
static int
particle_start(uint32_t c)
{
	static const uint32_t p[] = {
		0xC744 /* 을 */, 0xB97C /* 를 */, 0xC774 /* 이 */, 0xAC00 /* 가 */,
		0xC740 /* 은 */, 0xB294 /* 는 */, 0xC758 /* 의 */, 0xB3C4 /* 도 */,
		0xC5D0 /* 에 */, 0xC73C /* 으 */, 0xB85C /* 로 */, 0xAE4C /* 까 */,
		0xBD80 /* 부 */, 0xC529 /* 씩 */, 0xB9CC /* 만 */, 0xC640 /* 와 */,
		0xACFC /* 과 */, 0xC5EC /* 여 */, 0xCBE4 /* 쯤 */, 0xC600 /* 였 */,
		0xBA70 /* 며 */, 0xB098 /* 나 */, 0xAED8 /* 께 */, 0xBCF4 /* 보 */,
		0xBC16 /* 밖 */, 0xB9C8 /* 마 */, 0xB0B4 /* 내 */, 0xB300 /* 대 */,
	};
	size_t i;

	for (i = 0; i < sizeof(p) / sizeof(p[0]); i++)
		if (p[i] == c)
			return 1;
	return 0;
}

/* Skip a run of characters that make up codes, dates and addresses. */
static size_t
skip_run(const char *s, size_t n, size_t i)
{
	while (i < n && (is_digit(s[i]) || is_alpha(s[i]) || s[i] == '.' || s[i] == ','
	    || s[i] == ':' || s[i] == '/' || s[i] == '-' || s[i] == '_'))
		i++;
	return i;
}

/* Tokens that are addresses or markup, never prose: no figure in them. */
static int
token_is_code(const char *s, size_t n)
{
	static const char *const bad[] = { "://", "www.", ".com", ".co.kr", ".kr/", "&#", "http" };
	size_t i;

	if (memchr(s, '@', n) != NULL || memchr(s, '=', n) != NULL)
		return 1;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		size_t bl = strlen(bad[i]), k;

		for (k = 0; k + bl <= n; k++)
			if (s[k] == bad[i][0] && memcmp(s + k, bad[i], bl) == 0)
				return 1;
	}
	return 0;
}

#define SYL_MAN 0xB9CC	/* 만 */
#define SYL_EOK 0xC5B5	/* 억 */
#define SYL_JO 0xC870	/* 조 */
#define SYL_GYEONG 0xACBD	/* 경 */
#define SYL_CHEON 0xCC9C	/* 천 */
#define SYL_BAEK 0xBC31	/* 백 */
#define SYL_SIP 0xC2ED	/* 십 */
#define SYL_DAE 0xB300	/* 대 */
#define SYL_JE 0xC81C	/* 제 */
#define SYL_YEO 0xC5EC	/* 여 */
#define SYL_DANG 0xB2F9	/* 당 */

/* The exponent of the number word 만 억 조 경 at s[i], or 0. */
static int
big_exp(const char *s, size_t n, size_t i)
{
	switch (hangul_at(s, n, i)) {
	case SYL_MAN: return 4;
	case SYL_EOK: return 8;
	case SYL_JO: return 12;
	case SYL_GYEONG: return 16;
	default: return 0;
	}
}

/* Exact powers of ten a double holds. */
static const double pow10_tab[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* m × 10^e, rounded once (e within ±22). */
static double
scaled(uint64_t m, int e)
{
	if (e >= 0)
		return (double)m * pow10_tab[e];
	return (double)m / pow10_tab[-e];
}

/* Digits in one term, and the largest value a figure may have: past
 * 9999경 a number is a code or garbage, not a quantity. */
#define TERM_DIGITS 15
#define FIGURE_MAX 1e20

/* One group of a Korean number, the part before 만 억 조 경 or the end:
 * digits, comma groups, a decimal part, and 천 백 십 inside it
 * (3천5백, 7천42, 9천9백9십9, 6천600).  value = m × 10^-frac. */
struct group {
	uint64_t m;
	int frac;
	size_t end;
	int comma, dot, ndig;
};

/* A counter at s[r] after 여 or one space, or both: 5백여 명, 1천5백 명. */
static int
counter_after(const char *s, size_t n, size_t r, const struct lexicon *cx)
{
	size_t ul = 0, q = r;

	if (syl_is(s, n, q, SYL_YEO))
		q += 3;
	if (q < n && s[q] == ' ')
		q++;
	return q > r && q < n && !is_digit(s[q]) && lexicon_prefix(cx, s + q, n - q, &ul) != NULL;
}

/* Read a group at s[p] (a digit).  0, or -1 when the digits are too many
 * to be a quantity. */
static int
read_group(const char *s, size_t n, size_t p, const struct lexicon *cx, struct group *g)
{
	int last = 4;

	memset(g, 0, sizeof(*g));
	while (p < n && is_digit(s[p])) {
		uint64_t m = 0;
		int frac = 0, e = 0, digits = 0;
		uint32_t c;

		while (p < n && is_digit(s[p])) {
			if (++digits > TERM_DIGITS)
				return -1;
			m = m * 10 + (uint64_t)(s[p] - '0');
			p++;
			if (p + 3 < n && s[p] == ',' && is_digit(s[p + 1]) && is_digit(s[p + 2])
			    && is_digit(s[p + 3]) && (p + 4 >= n || !is_digit(s[p + 4]))) {
				g->comma = 1;
				p++;
			}
		}
		if (p + 1 < n && s[p] == '.' && is_digit(s[p + 1])) {
			if (g->dot)
				return -1;
			g->dot = 1;
			p++;
			while (p < n && is_digit(s[p])) {
				if (++digits > TERM_DIGITS)
					return -1;
				m = m * 10 + (uint64_t)(s[p] - '0');
				frac++;
				p++;
			}
		}
		g->ndig += digits;
		c = hangul_at(s, n, p);
		if (c == SYL_CHEON)
			e = 3;
		else if (c == SYL_BAEK || c == SYL_SIP) {
			size_t r = p + 3, ul = 0;

			/* 3백86억, 5백만: not 5백화점 */
			if ((r < n && is_digit(s[r])) || big_exp(s, n, r) > 0
			    || hangul_at(s, n, r) == SYL_CHEON || lexicon_prefix(cx, s + r, n - r, &ul) != NULL
			    || counter_after(s, n, r, cx))
				e = c == SYL_BAEK ? 2 : 1;
		}
		if (e >= last)
			e = 0;	/* 5백3천: not a number word in order */
		/* bring the group to one scale: value = m × 10^-frac overall */
		{
			int shift = e - frac;	/* this term is m × 10^shift */
			int f = g->frac;

			if (shift < -f) {	/* more decimals than the group had */
				int k = -shift - f;

				if (k > TERM_DIGITS || g->m > UINT64_MAX / (uint64_t)pow10_tab[k])
					return -1;
				g->m *= (uint64_t)pow10_tab[k];
				g->frac = f = -shift;
			}
			shift += f;
			if (shift > 18 || m > (UINT64_MAX - g->m) / (uint64_t)pow10_tab[shift])
				return -1;
			g->m += m * (uint64_t)pow10_tab[shift];
		}
		if (e == 0)
			break;
		last = e;
		p += 3;
	}
	g->end = p;
	return 0;
}

/* The unit after a number ending at p: the lexicon entry, its length in
 * *ulen and whether one space came first (*spaced); NULL when none. */
static const struct lex_entry *
unit_at(const char *s, size_t n, size_t p, const struct lexicon *cx, size_t *ulen, int *spaced)
{
	const struct lex_entry *e = lexicon_prefix(cx, s + p, n - p, ulen);

	*spaced = 0;
	if (e != NULL && is_alpha(s[p]) && p + *ulen < n
	    && (is_alpha(s[p + *ulen]) || is_digit(s[p + *ulen])))
		e = NULL;
	if (e == NULL && p + 1 < n && s[p] == ' ' && !is_digit(s[p + 1])) {
		e = lexicon_prefix(cx, s + p + 1, n - p - 1, ulen);
		if (e != NULL) {
			size_t r = p + 1 + *ulen;
			uint32_t c = hangul_at(s, n, r);

			/* 3000억 기대, 2만 부대: a word, not a counter and 대 */
			/* 15만 가구다, 5천 달러다: the copula ending the sentence */
			if (c == 0xB2E4 && hangul_at(s, n, r + 3) == 0)
				c = 0;
			if ((c != 0 && !particle_start(c))
			    || (c == SYL_DAE && *ulen == 3 && strcmp(e->nf >= 3 ? e->f[2] : "", "money") != 0)
			    || (is_alpha(s[p + 1]) && r < n && (is_alpha(s[r]) || is_digit(s[r])))
			    || (strcmp(e->f[1], "\xEB\x8C\x80") == 0 && r + 1 < n && s[r] == ' '
				&& is_digit(s[r + 1])))
				e = NULL;
			else
				*spaced = 1;
		}
	}
	return e != NULL && e->nf >= 3 ? e : NULL;
}

/* A number word at s[i] that is not the start of a longer unit (3경기). */
static int
number_word(const char *s, size_t n, size_t i, const struct lexicon *cx)
{
	int b = big_exp(s, n, i);
	size_t ul = 0;

	if (b > 0 && lexicon_prefix(cx, s + i, n - i, &ul) != NULL && ul > 3)
		return 0;
	return b;
}

/* A whole number: groups joined by 만 억 조 경, glued or with one space
 * between them (17조 9071억6000만원, 24만 874표, 53조 2,167억). */
struct number {
	double value;
	size_t end;
	int words, top, comma, dot, ndig;
};

/* Read the number at s[j] (a digit).  0, or -1 when it is no quantity. */
static int
read_amount(const char *s, size_t n, size_t j, const struct lexicon *cx, struct number *num)
{
	size_t p = j;
	int last = 99;

	memset(num, 0, sizeof(*num));
	for (;;) {
		struct group g;
		int b;

		if (read_group(s, n, p, cx, &g) != 0)
			return -1;
		num->comma |= g.comma;
		num->dot |= g.dot;
		num->ndig += g.ndig;
		b = number_word(s, n, g.end, cx);
		if (b > 0 && b < last) {
			if (b - g.frac < -22 || b - g.frac > 22)
				return -1;
			num->value += scaled(g.m, b - g.frac);
			if (!num->words)
				num->top = b;
			num->words++;
			last = b;
			p = g.end + 3;
			num->end = p;
			if (p < n && is_digit(s[p]))
				continue;
			if (p + 1 < n && s[p] == ' ' && is_digit(s[p + 1])) {
				struct group h;
				size_t ul;
				int sp, hb;
				const struct lex_entry *e;

				/* one space, then a smaller group or the rest below it */
				if (read_group(s, n, p + 1, cx, &h) != 0)
					break;
				hb = number_word(s, n, h.end, cx);
				if (hb > 0 && hb < last) {
					p++;
					continue;
				}
				if (hb > 0 || h.dot || scaled(h.m, 0) >= pow10_tab[last])
					break;
				/* the rest must be counted as the whole is: 1만 2천여 명,
				 * not 5만 10% or 3만 2024년 */
				e = unit_at(s, n, h.end + (syl_is(s, n, h.end, SYL_YEO) ? 3 : 0), cx, &ul, &sp);
				if (e == NULL) {
					break;
				} else {
					int k = figure_kind_parse(e->f[2]);

					if (k != FIG_MONEY && k != FIG_COUNT && k != FIG_OTHER)
						break;
				}
				num->value += scaled(h.m, 0);
				num->comma |= h.comma;
				num->ndig += h.ndig;
				num->end = h.end;
			}
			break;
		}
		if (g.frac > 22)
			return -1;
		num->value += scaled(g.m, -g.frac);
		num->end = g.end;
		break;
	}
	if (!(num->value < FIGURE_MAX))
		return -1;
	return 0;
}

/* A sign written before the number at s[j] in the token from ts: 1 for
 * none or +, -1 for a minus, -2 for △ ▽ (a fall in results tables, a
 * bullet before a count: negative for percentages and money only); its
 * start in *at. */
static int
sign_before(const char *s, size_t ts, size_t j, size_t *at)
{
	static const struct { const char *m; int sign; } marks[] = {
		{ "\xE2\x80\x93", -1 },	/* – */
		{ "\xE2\x88\x92", -1 },	/* − */
		{ "\xE2\x96\xBC", -1 },	/* ▼ */
		{ "\xE2\x96\xB2", 1 },	/* ▲ */
		{ "\xE2\x96\xB3", -2 },	/* △ */
		{ "\xE2\x96\xBD", -2 },	/* ▽ */
	};
	size_t k;

	*at = j;
	if (j > ts && (s[j - 1] == '-' || s[j - 1] == '+')) {
		if (j - 1 > ts && (is_digit(s[j - 2]) || is_alpha(s[j - 2])))
			return 1;
		*at = j - 1;
		return s[j - 1] == '-' ? -1 : 1;
	}
	for (k = 0; k < sizeof(marks) / sizeof(marks[0]); k++)
		if (j >= ts + 3 && memcmp(s + j - 3, marks[k].m, 3) == 0) {
			if (j - 3 > ts && is_digit(s[j - 4]))
				return 1;
			*at = j - 3;
			return marks[k].sign;
		}
	return 1;
}

/* A range mark between two numbers (3만~4만원, 10∼15%): its length. */
static size_t
range_mark(const char *s, size_t n, size_t p)
{
	if (p < n && s[p] == '~')
		return 1;
	if (p + 3 <= n && (memcmp(s + p, "\xE2\x88\xBC", 3) == 0	/* ∼ */
	    || memcmp(s + p, "\xEF\xBD\x9E", 3) == 0			/* ～ */
	    || memcmp(s + p, "\xE3\x80\x9C", 3) == 0			/* 〜 */
	    || memcmp(s + p, "\xE2\x80\x93", 3) == 0))		/* – */
		return 3;
	return 0;
}

/* A full-width digit (０-９) at s[i]. */
static int
wide_digit(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;

	return i + 3 <= n && u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99;
}

/* A verb of change at s[i]: 37대 늘어난다, 5대 줄었다, 2대 증가. */
static int
change_verb(const char *s, size_t n, size_t i)
{
	static const char *const w[] = {
		"\xEB\x8A\x98",		/* 늘 */
		"\xEC\xA4\x84",		/* 줄 */
		"\xEC\xA6\x9D\xEA\xB0\x80",	/* 증가 */
		"\xEA\xB0\x90\xEC\x86\x8C",	/* 감소 */
		"\xEC\xA6\x9D\xEC\x84\xA4",	/* 증설 */
		"\xEA\xB0\x90\xEC\xB0\xA8",	/* 감차 */
		"\xEC\xA6\x9D\xEC\xB0\xA8",	/* 증차 */
	};
	size_t k, l;

	for (k = 0; k < sizeof(w) / sizeof(w[0]); k++) {
		l = strlen(w[k]);
		if (i + l <= n && memcmp(s + i, w[k], l) == 0)
			return 1;
	}
	return 0;
}

/* Is prev, the figure before s[at], a count in 대 of the same sentence
 * (1,561대에서 1,598대로 37대 ...)? */
static int
dae_count_before(const char *s, size_t at, const struct figure *prev)
{
	size_t i;

	if (prev == NULL || prev->kind != FIG_COUNT || prev->unit == NULL
	    || strcmp(prev->unit, "\xEB\x8C\x80") != 0 || prev->off + prev->len > at)
		return 0;
	for (i = prev->off + prev->len; i < at; i++)
		if (s[i] == '.' || s[i] == '!' || s[i] == '?')
			return 0;
	return 1;
}

/* Is the number at s[j] in the token from ts, with unit, a division of
 * a court: 형사합의25부 (glued to Hangul), 대법원 2부, 서울고법 3부? */
static int
court_division(const char *s, size_t ts, size_t j, const char *unit)
{
	static const char *const w[] = {
		"\xEB\xB2\x95\xEC\x9B\x90",	/* 법원 */
		"\xEC\xA7\x80\xEB\xB2\x95",	/* 지법 */
		"\xEA\xB3\xA0\xEB\xB2\x95",	/* 고법 */
		"\xED\x95\xA9\xEC\x9D\x98",	/* 합의 */
		"\xEC\x9E\xAC\xED\x8C\x90\xEB\xB6\x80",	/* 재판부 */
	};
	size_t k, l;

	if (strcmp(unit, "\xEB\xB6\x80") != 0)	/* 부 */
		return 0;
	if (j >= ts + 3 && hangul_at(s, j, j - 3) != 0)
		return 1;
	if (j != ts || ts < 2 || s[ts - 1] != ' ')
		return 0;
	for (k = 0; k < sizeof(w) / sizeof(w[0]); k++) {
		l = strlen(w[k]);
		if (ts - 1 >= l && memcmp(s + ts - 1 - l, w[k], l) == 0)
			return 1;
	}
	return 0;
}

/* The figure whose number starts at s[j] (a digit) in the token from ts:
 * 1 with *f and *next filled, 0 when there is none (scanning goes on at
 * *next), -1 when the number is no quantity. */
static int
parse_figure(const char *s, size_t n, size_t ts, size_t j, const struct lexicon *cx,
	     int in_range, struct figure *f, size_t *next, struct figure *range_end)
{
	struct number num;
	int kind = FIG_OTHER, spaced = 0, sign = 1, ranged = 0;
	size_t p, ulen = 0, end, at = j, rm, gap;
	const struct lex_entry *e = NULL;
	const char *unit = NULL;

	*next = j + 1;
	if (j > ts) {
		char c = s[j - 1];

		if (is_alpha(c) || c == '_' || c == '#' || c == '&' || c == '@' || c == '/'
		    || c == ':' || c == '=' || c == '.' || c == ',')
			goto skip;
		if (c == '+' && j - 1 > ts && !is_space(s[j - 2]) && s[j - 2] != '(')
			goto skip;
		if (c == '-' && j - 1 > ts && (is_alpha(s[j - 2]) || is_digit(s[j - 2])))
			goto skip;
		if (j >= ts + 3 && syl_is(s, n, j - 3, SYL_JE))
			goto skip;	/* 제2차관, 제4이통사: ordinals */
		if (j >= ts + 3 && wide_digit(s, n, j - 3))
			goto skip;
		if (j >= ts + 3 && (syl_is(s, n, j - 3, 0xC911) || syl_is(s, n, j - 3, 0xACE0)
		    || syl_is(s, n, j - 3, 0xCD08))
		    && (j - 3 == ts || j < 6 || hangul_at(s, n, j - 6) == 0))
			goto skip;	/* 중2, 고3, 초6: school grades */
		if (!in_range)
			sign = sign_before(s, ts, j, &at);
	}
	if (read_amount(s, n, j, cx, &num) != 0)
		goto skip;
	p = num.end;
	/* dates, times, phone numbers, versions, fractions */
	if (p + 1 < n && (s[p] == ':' || s[p] == '/' || s[p] == '-' || s[p] == '.')
	    && is_digit(s[p + 1]))
		goto skip;
	if (wide_digit(s, n, p))
		goto skip;
	if (!num.words && !num.comma && !num.dot && num.ndig >= 7)
		goto skip;	/* article numbers, ids */
	/* 100여 명, 130여개, 1만여 명: about N */
	if (syl_is(s, n, p, SYL_YEO)) {
		size_t ul;
		int sp;

		if (unit_at(s, n, p + 3, cx, &ul, &sp) != NULL)
			p += 3;
	}
	/* 3만~4만원대, 30~40개: both ends take the second's unit */
	gap = p < n && s[p] == ' ' ? 1 : 0;	/* 20 ~ 30명 */
	if (!in_range && (rm = range_mark(s, n, p + gap)) > 0) {
		size_t q = p + gap + rm, nx;

		if (q + 1 < n && s[q] == ' ')
			q++;
		if (q < n && is_digit(s[q])
		    && parse_figure(s, n, ts, q, cx, 1, range_end, &nx, NULL) == 1
		    && range_end->unit != NULL) {
			unit = range_end->unit;
			kind = range_end->kind;
			if (!num.words) {
				size_t r = q;
				int t;

				/* the second end's first number word: 3~4만 is 3만,
				 * 5000~1만원 is 5000원 */
				while (r < n && (is_digit(s[r]) || s[r] == ',' || s[r] == '.'
				    || syl_is(s, n, r, SYL_CHEON) || syl_is(s, n, r, SYL_BAEK)
				    || syl_is(s, n, r, SYL_SIP)))
					r += is_digit(s[r]) || s[r] == ',' || s[r] == '.' ? 1 : 3;
				t = big_exp(s, n, r);
				if (t > 0 && num.value * pow10_tab[t] <= range_end->value)
					num.value *= pow10_tab[t];
			}
			ranged = 1;
			end = p;
			*next = nx;
			goto emit;
		}
	}
	e = unit_at(s, n, p, cx, &ulen, &spaced);
	if (e == NULL && p < n && is_alpha(s[p]))
		goto skip;	/* 5G, 658px, 3D */
	if (e != NULL && !spaced && ulen == 3 && strcmp(e->f[2], "money") != 0
	    && !num.words && !num.comma && !num.dot && num.value >= 1900 && num.value <= 2100
	    && hangul_at(s, n, p + 3) != 0 && !particle_start(hangul_at(s, n, p + 3))) {
		*next = skip_run(s, n, p);
		return 0;	/* 2018회계연도, 2025학년도: a year in a compound */
	}
	if (e != NULL && court_division(s, ts, j, e->f[1])) {
		*next = p + (size_t)spaced + ulen;
		return 0;
	}
	if (e != NULL) {
		unit = e->f[1];
		kind = figure_kind_parse(e->f[2]);
		end = p + (size_t)spaced + ulen;
		if (syl_is(s, n, end, SYL_DANG)) {
			*next = end + 3;
			return 0;	/* 100엔당, 1인당: a denominator */
		}
		/* 7조원대, 1,330원대, 2%대: the nominal amount */
		if (syl_is(s, n, end, SYL_DAE)) {
			uint32_t c = hangul_at(s, n, end + 3);

			if (c == 0 || particle_start(c))
				end += 3;
		}
		if (strcmp(unit, "\xEB\x8C\x80") == 0 && !num.words && !num.dot) {
			double v = num.value;

			if (v >= 10 && v <= 90 && v == (double)(10 * (int)(v / 10)))
				kind = FIG_OTHER;	/* 50대, 20대: ages */
			else if (v < 100 && end + 1 < n && s[end] == ' ' && hangul_at(s, n, end + 1) != 0
			    && !change_verb(s, n, end + 1))
				kind = FIG_RANK;	/* 3대 강국, 15대 주력 품목 */
		}
		/* 1인 가구, 2인 체제: a kind of thing, not a number of people */
		if (strcmp(unit, "\xEC\x9D\xB8") == 0 && !num.words && !num.dot && num.value < 10
		    && end + 1 < n && s[end] == ' ' && hangul_at(s, n, end + 1) != 0)
			kind = FIG_OTHER;
		/* 100억대, 3조대: a range of an amount whose unit is left out */
		if (strcmp(unit, "\xEB\x8C\x80") == 0 && !spaced && num.words && p == num.end
		    && p >= 3 && big_exp(s, n, p - 3) >= 8)
			kind = FIG_OTHER;
		/* 3억9600만주, 1,000주: shares; 2주: weeks */
		if (strcmp(unit, "\xEC\xA3\xBC") == 0 && (num.words || num.comma || num.value >= 1000))
			kind = FIG_COUNT;
	} else if (num.words) {
		end = num.end;
	} else {
		*next = p;
		return 0;
	}
	*next = end;
emit:
	if (sign == -2)
		sign = kind == FIG_PERCENT || kind == FIG_MONEY ? -1 : 1;
	if (sign < 0 && kind != FIG_PERCENT && kind != FIG_MONEY && kind != FIG_COUNT
	    && kind != FIG_OTHER)
		sign = 1, at = j;	/* -2030년: a dash, not a sign */
	if (sign > 0 && at != j && s[at] != '+' && kind != FIG_PERCENT && kind != FIG_MONEY)
		at = j;
	memset(f, 0, sizeof(*f));
	f->off = (uint32_t)at;
	f->len = (uint32_t)(end - at);
	f->value = num.value == 0 ? 0 : sign < 0 ? -num.value : num.value;
	f->unit = unit;
	f->kind = kind;
	return ranged ? 2 : 1;
skip:
	*next = skip_run(s, n, j);
	return -1;
}

static void
append(struct figure_vec *out, const struct figure *f)
{
	out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof(*out->v));
	out->v[out->n++] = *f;
}

/* Read the number at s[j] inside the token from ts; append its figures
 * (two for a range); returns where scanning goes on. */
static size_t
read_number(const char *s, size_t n, size_t ts, size_t j, size_t *floor,
	    const struct lexicon *cx, struct figure_vec *out)
{
	struct figure f, g;
	size_t next;
	int r = parse_figure(s, n, ts, j, cx, 0, &f, &next, &g);

	if (r <= 0)
		return next > j ? next : j + 1;
	/* 1,598대로 37대 ...: a count among counts */
	if (f.kind == FIG_RANK && strcmp(f.unit, "\xEB\x8C\x80") == 0
	    && dae_count_before(s, f.off, out->n ? &out->v[out->n - 1] : NULL))
		f.kind = FIG_COUNT;
	if (f.kind != FIG_YEAR && f.kind != FIG_DATE && f.kind != FIG_RANK)
		figure_subject(s, *floor, f.off, &f);
	if (f.kind == FIG_YEAR || f.kind == FIG_DATE) {
		if (r == 1)
			append(out, &f);
	} else {
		append(out, &f);
	}
	*floor = f.off + f.len;
	if (r == 2) {
		g.subj_off = f.subj_off;
		g.subj_len = f.subj_len;
		append(out, &g);
		*floor = g.off + g.len;
	}
	return next;
}

/* The first ASCII digit of s[i..n), or n.  Eight bytes a step: with
 * '0' flipped out of each byte, a digit is a byte below 10, and
 * (x - 0x0A..) & ~x & 0x80.. is nonzero just when x holds one. */
static size_t
next_digit(const char *s, size_t n, size_t i)
{
	const uint64_t ones = 0x0101010101010101ULL;

	for (; i + 8 <= n; i += 8) {
		uint64_t x;

		memcpy(&x, s + i, 8);
		x ^= ones * '0';
		if (((x - ones * 10) & ~x & ones * 0x80) != 0)
			break;
	}
	while (i < n && !is_digit(s[i]))
		i++;
	return i;
}

void
figure_scan(const char *s, size_t n, struct figure_vec *out)
{
	const struct lexicon *cx = lexicon_get(LEX_COUNTERS);
	size_t i = 0, floor = 0;

	while (i < n) {
		size_t ts, te, j;

		/* only a word with a digit holds a figure: go to the next
		 * digit, then to the ends of its word (not before i) */
		j = next_digit(s, n, i);
		if (j == n)
			break;
		for (ts = j; ts > i && !is_space(s[ts - 1]); ts--)
			;
		for (te = j; te < n && !is_space(s[te]); te++)
			;
		i = te;
		if (token_is_code(s + ts, te - ts))
			continue;
		while (j < te) {
			if (!is_digit(s[j])) {
				j++;
				continue;
			}
			j = read_number(s, n, ts, j, &floor, cx, out);
		}
		if (j > i)
			i = j;
	}
}

void
figure_short(double v, struct buf *out)
{
	static const struct {
		double scale;
		const char *name;
	} units[] = { { 1e12, "\xEC\xA1\xB0" }, { 1e8, "\xEC\x96\xB5" }, { 1e4, "\xEB\xA7\x8C" } };
	double a = v < 0 ? -v : v;
	char num[48];
	size_t i, len;

	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (a >= units[i].scale)
			break;
	if (i == sizeof(units) / sizeof(units[0])) {
		if (v < 0)
			buf_addc(out, '-');
		buf_add_grouped(out, (uint64_t)(a + 0.5));
		return;
	}
	a /= units[i].scale;
	snprintf(num, sizeof(num), "%.*f", a >= 100 ? 0 : a >= 10 ? 1 : 2, a);
	len = strlen(num);
	if (strchr(num, '.') != NULL) {
		while (num[len - 1] == '0')
			len--;
		if (num[len - 1] == '.')
			len--;
	}
	if (v < 0)
		buf_addc(out, '-');
	buf_add(out, num, len);
	buf_adds(out, units[i].name);
}
