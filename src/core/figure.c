/*
 * figure.c — the number reader: digits (with comma groups and decimals),
 * the number words 만 억 조, a counter from the lexicon, the kind, and
 * the subject named just before the number.
 *
 * One pass over the text token by token (white space separates tokens);
 * no allocation except growing the caller's vector.
 */
#include "figure.h"

#include <stdlib.h>
#include <string.h>

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
	int k;

	for (k = 0; k < FIG_NKINDS; k++)
		if (strcmp(name, kind_names[k]) == 0)
			return k;
	return FIG_OTHER;
}

void
figure_vec_free(struct figure_vec *v)
{
	free(v->v);
	memset(v, 0, sizeof(*v));
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The Hangul syllable at s[i], or 0. */
static uint32_t
syllable(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;
	uint32_t c;

	if (i + 3 > n || u[0] < 0xEA || u[0] > 0xED)
		return 0;
	c = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
	return c >= 0xAC00 && c <= 0xD7A3 ? c : 0;
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

static int
syl_is(const char *s, size_t n, size_t i, uint32_t c)
{
	return syllable(s, n, i) == c;
}

#define SYL_MAN 0xB9CC	/* 만 */
#define SYL_EOK 0xC5B5	/* 억 */
#define SYL_JO 0xC870	/* 조 */
#define SYL_CHEON 0xCC9C	/* 천 */
#define SYL_BAEK 0xBC31	/* 백 */
#define SYL_DAE 0xB300	/* 대 */
#define SYL_JE 0xC81C	/* 제 */

static double
big_word(const char *s, size_t n, size_t i)
{
	switch (syllable(s, n, i)) {
	case SYL_MAN: return 1e4;
	case SYL_EOK: return 1e8;
	case SYL_JO: return 1e12;
	default: return 0;
	}
}

/* Words before a number that say how much, not what. */
static int
is_modifier(const char *w, size_t n)
{
	static const char *const mods[] = {
		"약", "총", "최대", "최소", "무려", "연간", "연", "모두", "각각", "올해",
		"지난해", "작년", "내년", "당초", "기존", "월", "하루", "단", "불과",
		"전년", "누적", "추가로", "또", "다시", "현재", "이미", "새로", "향후",
		"평균", "사상", "역대", "전체", "합계", "합쳐", "이상", "최고", "최근",
		"지난", "오는", "이번", "올", "첫", "매년", "매달", "매일", "오늘", "어제",
	};
	size_t i;

	/* every modifier is one to three syllables */
	if (n == 0 || n > 9 || n % 3 != 0)
		return 0;
	for (i = 0; i < sizeof(mods) / sizeof(mods[0]); i++)
		if (mods[i][0] == w[0] && strlen(mods[i]) == n && memcmp(mods[i], w, n) == 0)
			return 1;
	return 0;
}

static int
ends_with_punct(const char *s, size_t n)
{
	static const char *const p[] = { ".", ",", "!", "?", ":", ";", "\"", "'",
	    "\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\xA6", "]", "\xC2\xB7" };
	size_t i;

	for (i = 0; i < sizeof(p) / sizeof(p[0]); i++) {
		size_t l = strlen(p[i]);

		if (n >= l && memcmp(s + n - l, p[i], l) == 0)
			return 1;
	}
	return 0;
}

static size_t
skip_open_punct(const char *s, size_t a, size_t b)
{
	for (;;) {
		if (a < b && (s[a] == '(' || s[a] == '[' || s[a] == '"' || s[a] == '\''))
			a++;
		else if (a + 3 <= b && (memcmp(s + a, "\xE2\x80\x98", 3) == 0
		    || memcmp(s + a, "\xE2\x80\x9C", 3) == 0))
			a += 3;
		else
			return a;
	}
}

/* Words that stand before a number without being what it counts:
 * conjunctions, adverbs and bound nouns ("이로써 16개월", "이 가운데
 * 75%", "쓰는 데 2,900원"). */
static int
not_subject(const char *w, size_t n)
{
	static const char *const words[] = {
		"이로써", "가운데", "데", "대비", "이중", "그중", "이에", "여기에",
		"반면", "한편", "특히", "또한", "이어", "다만", "중", "등", "및",
		"또는", "혹은", "이른바", "것", "수", "때", "만큼", "정도", "가량",
		"이날", "이후", "당시", "그", "이", "전", "후", "즉", "바로",
		"말", "초", "기준", "여전히", "의견", "아직", "벌써", "겨우",
	};
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strlen(words[i]) == n && memcmp(w, words[i], n) == 0)
			return 1;
	return 0;
}

/* Find the token that ends at p (exclusive): its start. */
static size_t
token_start(const char *s, size_t p)
{
	while (p > 0 && !is_space(s[p - 1]))
		p--;
	return p;
}

static int
all_ascii_word(const char *s, size_t a, size_t b)
{
	size_t i;

	if (a >= b)
		return 0;
	for (i = a; i < b; i++)
		if (!(is_alpha(s[i]) || is_digit(s[i]) || s[i] == '&' || s[i] == '+' || s[i] == '-'))
			return 0;
	return 1;
}

/* What is counted, when the word before the number says it: "GPU 26만장",
 * "AI 예산도 9조9000억원", "그래픽처리장치(GPU) 5만 장". */
static void
subject(const char *s, size_t floor, size_t start, struct figure *f)
{
	size_t p = start, q, a, b, lp;
	int stepped = 0;
	uint32_t last;

	f->subj_off = f->subj_len = 0;
again:
	if (p == 0 || !is_space(s[p - 1]))
		return;
	while (p > 0 && is_space(s[p - 1]))
		p--;
	if (p == 0)
		return;
	q = token_start(s, p);
	if (q < floor)
		return;	/* the word belongs to the figure before */
	a = skip_open_punct(s, q, p);
	b = p;
	for (lp = a; lp + 3 <= b; lp++)
		if (memcmp(s + lp, "\xE2\x80\xA6", 3) == 0)	/* 붕괴…삼성전자: after … */
			a = lp + 3;
	if (a >= b || ends_with_punct(s + a, b - a))
		return;
	if (!stepped && is_modifier(s + a, b - a)) {
		stepped = 1;
		p = q;
		goto again;
	}
	for (lp = a; lp < b; lp++)
		if (is_digit(s[lp]))
			return;
	if (s[b - 1] == ')') {
		for (lp = b - 1; lp > a && s[lp] != '('; lp--)
			;
		if (s[lp] != '(')
			return;
		if (all_ascii_word(s, lp + 1, b - 1)) {
			f->subj_off = (uint32_t)(lp + 1);
			f->subj_len = (uint32_t)(b - 1 - lp - 1);
		} else if (lp > a) {
			f->subj_off = (uint32_t)a;
			f->subj_len = (uint32_t)(lp - a);
		}
		return;
	}
	last = b - a >= 3 ? syllable(s, b, b - 3) : 0;
	switch (last) {
	case 0xB3C4: case 0xC740: case 0xB294: case 0xC774: case 0xAC00:
	case 0xC744: case 0xB97C: case 0xC758: case 0xB9CC:
		/* 도 은 는 이 가 을 를 의 만 */
		if (b - a >= 6) {
			b -= 3;
			last = syllable(s, b, b - 3);
		}
		break;
	default:
		break;
	}
	if (last != 0) {
		switch (last) {
		case 0xB2E4: case 0xACE0: case 0xBA70: case 0xBA74: case 0xC11C:
		case 0xD574: case 0xD55C: case 0xB41C: case 0xB358: case 0xD560:
		case 0xB420: case 0xC5D0: case 0xAED8: case 0xC9C0: case 0xAC8C:
		case 0xC640: case 0xACFC: case 0xD130: case 0xB85C: case 0xC694:
		case 0xC8E0: case 0xC801: case 0xB9B0: case 0xB978:
			/* 다 고 며 면 서 해 한 된 던 할 될 에 께 지 게 와 과 터 로 요 죠 적
			 * 린 른 (늘린, 오른):
			 * a verb, an adverbial or a conjunction, not a thing */
			return;
		default:
			break;
		}
	}
	if (not_subject(s + a, b - a))
		return;
	f->subj_off = (uint32_t)a;
	f->subj_len = (uint32_t)(b - a);
	/* a short head noun takes an acronym before it: "AI 예산" */
	if (b - a <= 6 && syllable(s, b, a) != 0 && q >= 2 && s[q - 1] == ' ' && !is_space(s[q - 2])) {
		size_t pq = token_start(s, q - 1);

		if (all_ascii_word(s, pq, q - 1)) {
			f->subj_off = (uint32_t)pq;
			f->subj_len = (uint32_t)(b - pq);
		}
	}
}

/* Read the number at s[j] (a digit) inside the token [ts, te).  Appends
 * a figure when there is one; returns where scanning goes on. */
static size_t
read_number(const char *s, size_t n, size_t ts, size_t j, size_t *floor,
	    const struct lexicon *cx, struct figure_vec *out)
{
	double value = 0, last_big = 1e30;
	int words = 0, comma = 0, dot = 0, ndig = 0, kind = FIG_OTHER, spaced = 0;
	size_t p = j, ulen = 0, end;
	const struct lex_entry *e = NULL;
	const char *unit = NULL;
	struct figure *f;

	if (j > ts) {
		char c = s[j - 1];

		if (is_alpha(c) || c == '_' || c == '#' || c == '&' || c == '@' || c == '/'
		    || c == ':' || c == '+' || c == '=' || c == '.' || c == ',')
			return skip_run(s, n, j);
		if (c == '-' && j - 1 > ts && (is_alpha(s[j - 2]) || is_digit(s[j - 2])))
			return skip_run(s, n, j);
		if (j >= ts + 3 && syl_is(s, n, j - 3, SYL_JE))
			return skip_run(s, n, j);	/* 제2차관, 제4이통사: ordinals */
	}
	for (;;) {
		double x = 0, big;

		while (p < n && is_digit(s[p])) {
			x = x * 10 + (s[p] - '0');
			ndig++;
			p++;
			if (p + 3 < n && s[p] == ',' && is_digit(s[p + 1]) && is_digit(s[p + 2])
			    && is_digit(s[p + 3]) && (p + 4 >= n || !is_digit(s[p + 4]))) {
				comma = 1;
				p++;
			}
		}
		if (p + 1 < n && s[p] == '.' && is_digit(s[p + 1])) {
			double scale = 0.1;

			if (dot)
				return skip_run(s, n, j);
			dot = 1;
			p++;
			while (p < n && is_digit(s[p])) {
				x += (s[p] - '0') * scale;
				scale /= 10;
				p++;
			}
		}
		/* dates, times, phone numbers, versions, fractions */
		if (p + 1 < n && (s[p] == ':' || s[p] == '/' || s[p] == '-' || s[p] == '.')
		    && is_digit(s[p + 1]))
			return skip_run(s, n, j);
		if (syl_is(s, n, p, SYL_CHEON)) {
			x *= 1000;
			p += 3;
		} else if (syl_is(s, n, p, SYL_BAEK) && big_word(s, n, p + 3) > 0) {
			x *= 100;
			p += 3;
		}
		big = big_word(s, n, p);
		if (big > 0 && big < last_big) {
			value += x * big;
			last_big = big;
			words++;
			p += 3;
			if (p < n && is_digit(s[p]))
				continue;
			break;
		}
		value += x;
		break;
	}
	if (!words && !comma && !dot && ndig >= 7)
		return skip_run(s, n, p);	/* article numbers, ids */
	e = lexicon_prefix(cx, s + p, n - p, &ulen);
	if (e != NULL && is_alpha(s[p]) && p + ulen < n
	    && (is_alpha(s[p + ulen]) || is_digit(s[p + ulen])))
		e = NULL;
	if (e == NULL && p < n && is_alpha(s[p]))
		return skip_run(s, n, p);	/* 5G, 658px, 3D */
	if (e == NULL && p + 1 < n && s[p] == ' ' && !is_digit(s[p + 1])) {
		e = lexicon_prefix(cx, s + p + 1, n - p - 1, &ulen);
		if (e != NULL) {
			size_t r = p + 1 + ulen;
			uint32_t c = syllable(s, n, r);

			if ((c != 0 && !particle_start(c))
			    || (is_alpha(s[p + 1]) && r < n && (is_alpha(s[r]) || is_digit(s[r])))
			    || (strcmp(e->f[1], "\xEB\x8C\x80") == 0 && r + 1 < n && s[r] == ' '
				&& is_digit(s[r + 1])))
				e = NULL;
			else
				spaced = 1;
		}
	}
	if (e != NULL && e->nf >= 3) {
		unit = e->f[1];
		kind = figure_kind_parse(e->f[2]);
		end = p + (size_t)spaced + ulen;
		/* 10만명대, 1억원대: a range, not an amount */
		if (syl_is(s, n, end, SYL_DAE)) {
			uint32_t c = syllable(s, n, end + 3);

			if (c == 0 || particle_start(c))
				kind = FIG_OTHER;
		}
		/* 3대 강국, 15대 주력 품목: the name of a group */
		if (strcmp(unit, "\xEB\x8C\x80") == 0 && !words && !dot && value < 100
		    && end + 1 < n && s[end] == ' ' && syllable(s, n, end + 1) != 0)
			kind = FIG_RANK;
	} else if (words) {
		end = p;
	} else {
		return p;
	}
	out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof(*out->v));
	f = &out->v[out->n++];
	f->off = (uint32_t)j;
	f->len = (uint32_t)(end - j);
	f->value = value;
	f->unit = unit;
	f->kind = kind;
	f->subj_off = f->subj_len = 0;
	if (kind != FIG_YEAR && kind != FIG_DATE && kind != FIG_RANK)
		subject(s, *floor, j, f);
	*floor = end;
	return end;
}

void
figure_scan(const char *s, size_t n, struct figure_vec *out)
{
	const struct lexicon *cx = lexicon_get(LEX_COUNTERS);
	size_t i = 0, floor = 0;

	while (i < n) {
		size_t ts, te, j;

		while (i < n && is_space(s[i]))
			i++;
		ts = i;
		while (i < n && !is_space(s[i]))
			i++;
		te = i;
		for (j = ts; j < te && !is_digit(s[j]); j++)
			;
		if (j == te || token_is_code(s + ts, te - ts))
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
