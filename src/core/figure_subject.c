/*
 * figure_subject.c — the subject of a figure: the noun phrase just before
 * the number that names what it counts ("GPU 26만장", "AI 예산도
 * 9조9000억원", "그래픽처리장치(GPU) 5만 장"), never a modifier, a
 * function word or a piece of a verb.  It looks at one or two words back,
 * no further, so it costs nothing per figure beyond them.
 */
#include "figure_priv.h"

#include <string.h>

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
		if (mods[i][2] == w[2] && mods[i][0] == w[0] && strlen(mods[i]) == n
		    && memcmp(mods[i], w, n) == 0)
			return 1;
	return 0;
}

/* A comparison that stands between a thing and its number: "예산을
 * 올해보다 6.4%", "지난해보다 3만 명" (a word in -보다 after a noun). */
static int
is_comparative(const char *w, size_t n)
{
	return n >= 9 && memcmp(w + n - 6, "\xEB\xB3\xB4\xEB\x8B\xA4", 6) == 0;
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
		"지금", "오전", "오후", "새벽", "종전", "이하", "미만", "초과",
		"전망", "개회", "연속", "넘게", "가까이",
	};
	size_t i;

	if (n < 3)
		return 0;	/* every word is a syllable or more */
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (words[i][2] == w[2] && words[i][0] == w[0] && strlen(words[i]) == n
		    && memcmp(w, words[i], n) == 0)
			return 1;
	return 0;
}

/* Whether s[a..b) can be a noun phrase rather than a piece of a verb:
 * not one bare syllable (높은 → 높, 뛴, 새, 밤), not a verb form on a
 * stem in 어/아 (늘어난, 떨어진, 불어나, 얻어), in -려 (늘려) or in -자
 * (나오자), not a copula (수준인, 기준가인; 외국인 and the like are
 * kept), brackets balanced. */
static int
noun_like(const char *s, size_t a, size_t b)
{
	uint32_t last = b - a >= 3 ? hangul_at(s, b, b - 3) : 0;
	uint32_t pen = b - a >= 6 ? hangul_at(s, b, b - 6) : 0;
	size_t i, syl = 0;
	int depth = 0;

	for (i = a; i < b; i++) {
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && --depth < 0)
			return 0;
		if (hangul_at(s, b, i) != 0)
			syl++;
	}
	if (depth != 0)
		return 0;
	if (b - a == 3 && last != 0)
		return 0;
	if (last == 0xC5B4 /* 어 */ || last == 0xB85D /* 록 */ || last == 0xB824 /* 려: 늘려 */)
		return 0;
	if (last != 0 && (pen == 0xC5B4 /* 어 */ || pen == 0xC544 /* 아 */))
		return 0;
	if (last == 0xC778 /* 인 */ && syl >= 3 && pen != 0xAD6D /* 국 */)
		return 0;
	/* 나오자, 오르자, 떨어지자, 밝히자: "as soon as", not 투자, 이자, 관리자 */
	if (last == 0xC790 /* 자 */ && (pen == 0xC624 /* 오 */ || pen == 0xB974 /* 르 */
	    || pen == 0xC9C0 /* 지 */ || pen == 0xD788 /* 히 */))
		return 0;
	return 1;
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
void
figure_subject(const char *s, size_t floor, size_t start, struct figure *f)
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
	if (!stepped && (is_modifier(s + a, b - a) || is_comparative(s + a, b - a))) {
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
	last = b - a >= 3 ? hangul_at(s, b, b - 3) : 0;
	switch (last) {
	case 0xB3C4: case 0xC740: case 0xB294: case 0xC774: case 0xAC00:
	case 0xC744: case 0xB97C: case 0xC758: case 0xB9CC:
		/* 도 은 는 이 가 을 를 의 만 */
		if (b - a >= 6) {
			b -= 3;
			last = hangul_at(s, b, b - 3);
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
	if (not_subject(s + a, b - a) || is_modifier(s + a, b - a) || !noun_like(s, a, b))
		return;
	f->subj_off = (uint32_t)a;
	f->subj_len = (uint32_t)(b - a);
	/* a short head noun takes an acronym before it: "AI 예산" */
	if (b - a <= 6 && hangul_at(s, b, a) != 0 && q >= 2 && s[q - 1] == ' ' && !is_space(s[q - 2])) {
		size_t pq = token_start(s, q - 1);

		if (all_ascii_word(s, pq, q - 1)) {
			f->subj_off = (uint32_t)pq;
			f->subj_len = (uint32_t)(b - pq);
		}
	}
}

