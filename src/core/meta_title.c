/*
 * meta_title.c — the headline: chosen among headings, <title>, og:title,
 * JSON-LD headline and the blocks before the body by how much each reads
 * like a headline (struct pick keeps the best).
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
	enum { NMARKS = sizeof(board_marks) / sizeof(board_marks[0]) - 1 };
	size_t first[NMARKS], len[NMARKS], k, i;
	const char *sp;

	/* the first place of each mark, in one pass over the spaces (every
	 * mark starts with one) */
	for (k = 0; k < NMARKS; k++) {
		first[k] = SIZE_MAX;
		len[k] = strlen(board_marks[k]);
	}
	for (i = 11; i < n && (sp = memchr(s + i, ' ', n - i)) != NULL; i++) {
		i = (size_t)(sp - s);
		for (k = 0; k < NMARKS; k++)
			if (first[k] == SIZE_MAX && i + len[k] <= n && s[i + 1] == board_marks[k][1]
			    && memcmp(s + i, board_marks[k], len[k]) == 0)
				first[k] = i;
	}
	/* marks in turn, each looked for before the cut of those before it */
	for (k = 0; k < NMARKS; k++)
		if (first[k] != SIZE_MAX && first[k] + len[k] <= n)
			n = first[k];
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
		if (hangul_is_syllable(u)) {
			sh->hangul++;	/* and none of the marks below */
		} else {
			sh->punct |= headline_punct(u);
			sh->digits |= u >= '0' && u <= '9';
			sh->bars += u == '|';
			sh->brackets += u == '[';
			sh->arrows += u == '>' || u == 0x203A || u == 0x25B6 || u == 0xBB;	/* > › ▶ » */
		}
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
			if (words[k][0] == s[i] && strlen(words[k]) == j - i
			    && memcmp(s + i, words[k], j - i) == 0)
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

/* A market ticker, "[증시] 코스피 3,170.19 ▼0.31% 코스닥 785.44 ▲0.62%":
 * two rise or fall marks (▲ ▼ △ ▽), or one and two percentages. */
static int
ticker_line(const char *s, size_t n)
{
	size_t i, marks = 0, pct = 0;

	for (i = 0; i < n; i++) {
		pct += s[i] == '%';
		if (i + 3 <= n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x96
		    && ((unsigned char)s[i + 2] == 0xB2 || (unsigned char)s[i + 2] == 0xBC
			|| (unsigned char)s[i + 2] == 0xB3 || (unsigned char)s[i + 2] == 0xBD))
			marks++;
	}
	return marks >= 2 || (marks == 1 && pct >= 2);
}

/* A weather row, "오늘의 날씨 대구 32℃ 맑음 · 미세먼지 보통": a
 * temperature and a sky's state, not a headline (폭염에 35℃ 넘어). */
static int
weather_row(const char *s, size_t n)
{
	static const char *const sky[] = {
		"\xEB\xA7\x91\xEC\x9D\x8C",	/* 맑음 */
		"\xED\x9D\x90\xEB\xA6\xBC",	/* 흐림 */
		"\xEA\xB5\xAC\xEB\xA6\x84",	/* 구름 */
		"\xEB\xAF\xB8\xEC\x84\xB8\xEB\xA8\xBC\xEC\xA7\x80",	/* 미세먼지 */
		NULL,
	};
	size_t k;

	if (memmem(s, n, "\xE2\x84\x83", 3) == NULL && memmem(s, n, "\xC2\xB0" "C", 3) == NULL)
		return 0;	/* ℃, °C */
	for (k = 0; sky[k] != NULL; k++)
		if (memmem(s, n, sky[k], strlen(sky[k])) != NULL)
			return 1;
	return 0;
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
	    || ad_like(s, n) || unbalanced(s, n) || dateline_start(s, n) || ticker_line(s, n)
	    || weather_row(s, n)
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
	j = utf8_prev(s, i);
	a = char_at(s, n, j, &l);
	b = char_at(s, n, i, &l);
	if ((a == ')' || a == ']') && hangul_is_syllable(b))
		return 1;	/* "(종합)보조금" */
	if (!hangul_is_syllable(a))
		return 0;
	if ((b >= 'A' && b <= 'Z') || b == '[' || b == 0x201C)
		return 1;
	if (a != 0xB2E4 || !hangul_is_syllable(b) || j < 3)
		return 0;	/* 다 */
	z = char_at(s, n, j - 3, &l);
	if (!hangul_is_syllable(z))
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

/* Does s[0..k) follow the site's name in a <title> "매일신문 - 헤드라인"
 * or "OO | 헤드라인" (a short prefix, then " - " or " | ")? */
static int
after_site_prefix(const char *t, size_t tn, const char *s, size_t k)
{
	size_t i;

	for (i = 1; i + 3 + k <= tn && i <= 40; i++)
		if (t[i] == ' ' && (t[i + 1] == '-' || t[i + 1] == '|') && t[i + 2] == ' ')
			return memcmp(t + i + 3, s, k) == 0;
	return 0;
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
		    && (memcmp(html_block_text(doc, b), s, k) == 0
			|| after_site_prefix(html_block_text(doc, b), doc->b[b].len, s, k)))
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
	return meta_date_labels_in(s, n) != 0 || bylineish(s, n) || meta_date_short_line(s, n, &md);
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
			/* (every section is two bytes or more: [2] is there) */
			for (k = 0; sections[k] != NULL; k++)
				if (sections[k][0] == s[i] && (j - i < 3 || sections[k][2] == s[i + 2])
				    && strlen(sections[k]) == j - i
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
	return n <= 120 && (meta_date_labels_in(s, n) != 0 || meta_find(s, n, KIJA, 6) != NULL);
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
	i = utf8_prev(s, n);
	last = char_at(s, n, i, &l);
	if (n < 30 || tn == 0 || tn > 30 || (memchr(t, ' ', tn) != NULL
	    && memchr(memchr(t, ' ', tn) + 1, ' ', tn - (size_t)((const char *)memchr(t, ' ', tn) + 1 - t)) != NULL)
	    || headline_punct(last) || last == ')' || last == ']' || last == '.'
	    || date_line(doc, b + 1) || clean_chrome_hits(t, tn) > 0 || ad_like(t, tn)
	    || section_row(t, tn)
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

char *
meta_title_find(const struct html_doc *doc, const struct clean_result *c)
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
