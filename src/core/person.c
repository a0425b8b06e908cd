/*
 * person.c — names, titles, organisations and back-references.
 *
 * The article is cut into tokens at white space (struct ptok, one array
 * for all its texts, reused between articles).  Pass 1 finds full names
 * followed by a title, perhaps with an organisation in between or before
 * (배경훈 과학기술정보통신부 장관, KOSA 조준희 회장), and foreign names
 * marked the same way.  Pass 2 counts every mention: the full name, and
 * a surname (or a foreign last name) followed by a title, resolved to
 * the person of the article it belongs to.
 */
#include "person.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "util.h"

struct tmatch {
	struct pspan whole, bare;	/* bare.s NULL: the whole is in the list */
	const struct lex_entry *e;
};

struct ptok {
	const char *text;	/* the whole text the token is in */
	uint32_t para;		/* UINT32_MAX: the title */
	uint32_t cs, ce;	/* the core: the token without punctuation */
	uint8_t open, close;	/* punctuation before / after the core */
	int8_t title;		/* title_at on the core: -1 not yet asked, 0, 1 */
	uint8_t particle;	/* bytes of particle after the title */
	struct tmatch tm;	/* the title when title is 1 */
};

/* ---- characters ---- */

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static uint32_t
syl(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;
	uint32_t c;

	if (i + 3 > n || u[0] < 0xEA || u[0] > 0xED)
		return 0;
	c = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
	return c >= 0xAC00 && c <= 0xD7A3 ? c : 0;
}

/* Number of Hangul syllables when s[0..n) is only Hangul syllables, else 0. */
static size_t
hangul_only(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n % 3 != 0)
		return 0;
	for (i = 0; i < n; i += 3)
		if (syl(s, n, i) == 0)
			return 0;
	return n / 3;
}

static int
span_eq(const char *a, size_t an, const char *b, size_t bn)
{
	return an == bn && memcmp(a, b, an) == 0;
}

static int
ends_with(const char *s, size_t n, const char *suf)
{
	size_t l = strlen(suf);

	return n >= l && memcmp(s + n - l, suf, l) == 0;
}

/* Punctuation that may open or close a token around a word: ( ) [ ] and
 * the like, ‘ ’ “ ” … • — – 「 」 『 』 · △ ▲.  Its length, or 0. */
static size_t
punct_len_at(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;

	if (i >= n)
		return 0;
	if (u[0] < 0x80)
		return u[0] != '\0' && strchr("()[]{}<>\"',.!?:;~/|*=+", u[0]) != NULL;
	if (u[0] == 0xC2)
		return i + 2 <= n && u[1] == 0xB7 ? 2 : 0;
	if ((u[0] != 0xE2 && u[0] != 0xE3) || i + 3 > n)
		return 0;
	if (u[0] == 0xE3)
		return u[1] == 0x80 && u[2] >= 0x8C && u[2] <= 0x8F ? 3 : 0;
	if (u[1] == 0x96)
		return u[2] == 0xB2 || u[2] == 0xB3 ? 3 : 0;
	if (u[1] != 0x80)
		return 0;
	switch (u[2]) {
	case 0x93: case 0x94: case 0x98: case 0x99: case 0x9C: case 0x9D:
	case 0xA2: case 0xA6:
		return 3;
	default:
		return 0;
	}
}

static size_t
punct_len_before(const char *s, size_t start, size_t i)
{
	size_t l;

	for (l = 1; l <= 3 && l <= i - start; l++)
		if (punct_len_at(s, i, i - l) == l)
			return l;
	return 0;
}

static const char *const particles[] = {
	"으로부터", "께서는", "에게서", "으로서", "이라고", "이라며", "이라는", "에서는",
	"에게는", "으로는", "으로도", "에서도", "이었던", "이었다", "께서", "에게", "에서",
	"으로", "부터", "까지", "처럼", "보다", "이라", "라고", "라며", "라는", "이며", "이다",
	"였다", "였던", "와의", "과의", "에는", "에도", "로서", "로는", "이고", "이자", "이나",
	"이던", "과", "와", "은", "는", "이", "가", "을", "를", "의", "도", "에", "로", "께",
	"만", "며", "인", "님", "직",
};

static size_t particle_len[sizeof(particles) / sizeof(particles[0])];

/* ---- lexicon helpers ---- */

static const struct lexicon *lx_sur, *lx_title, *lx_org, *lx_stop;

/* Bitmaps of the last character (BMP) of every title and of every
 * organisation word: most words end in none, and are rejected at once. */
static unsigned char title_last[8192], org_last[8192];

static uint32_t
last_char(const char *s, size_t n)
{
	size_t i = n;
	uint32_t u;

	if (n == 0)
		return 0;
	while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	if (i == 0 && n > 4)
		return 0;
	if (i > 0)
		i--;
	if (utf8_decode(s + i, n - i, &u) < 0)
		return 0;
	return u;
}

static void
mark_last(unsigned char *bits, const char *s)
{
	uint32_t u = last_char(s, strlen(s));

	if (u < 65536)
		bits[u >> 3] |= (unsigned char)(1u << (u & 7));
}

static int
has_last(const unsigned char *bits, const char *s, size_t n)
{
	uint32_t u = last_char(s, n);

	return u < 65536 && (bits[u >> 3] & (1u << (u & 7)));
}

struct abbr {
	const char *abbr, *full;
};
static struct abbr *abbrs;
static size_t nabbrs;

static int
abbr_cmp(const void *a, const void *b)
{
	return strcmp(((const struct abbr *)a)->abbr, ((const struct abbr *)b)->abbr);
}

static void
load_lists(void)
{
	size_t i, cap = 0;

	lx_sur = lexicon_get(LEX_SURNAMES);
	lx_title = lexicon_get(LEX_TITLES);
	lx_org = lexicon_get(LEX_ORGCUES);
	lx_stop = lexicon_get(LEX_STOPNAMES);
	for (i = 0; i < lx_title->n; i++)
		mark_last(title_last, lx_title->e[i].f[0]);
	for (i = 0; i < sizeof(particles) / sizeof(particles[0]); i++)
		particle_len[i] = strlen(particles[i]);
	for (i = 0; i < lx_org->n; i++) {
		mark_last(org_last, lx_org->e[i].f[0]);
		if (lx_org->e[i].nf >= 3)
			mark_last(org_last, lx_org->e[i].f[2]);
	}
	for (i = 0; i < lx_org->n; i++) {
		const struct lex_entry *e = &lx_org->e[i];

		if (e->nf < 3 || strcmp(e->f[1], "org") != 0 || e->f[2][0] == '\0')
			continue;
		abbrs = xgrow(abbrs, &cap, nabbrs + 1, sizeof(*abbrs));
		abbrs[nabbrs].abbr = e->f[2];
		abbrs[nabbrs++].full = e->f[0];
	}
	if (nabbrs > 0)
		qsort(abbrs, nabbrs, sizeof(*abbrs), abbr_cmp);
}

/* The first index of abbreviation s[0..n) in abbrs, or -1. */
static long
abbr_find(const char *s, size_t n)
{
	size_t lo = 0, hi = nabbrs;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strncmp(abbrs[mid].abbr, s, n);

		if (c == 0 && abbrs[mid].abbr[n] != '\0')
			c = 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < nabbrs && strncmp(abbrs[lo].abbr, s, n) == 0 && abbrs[lo].abbr[n] == '\0')
		return (long)lo;
	return -1;
}

static int
is_stopname(const char *s, size_t n)
{
	return lexicon_find(lx_stop, s, n) != NULL;
}

/* Upper-case acronyms: KOSA, NIPA, SK, LG, NC. */
static int
acronym(const char *s, size_t n)
{
	size_t i, up = 0;

	if (n < 2 || n > 8)
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] >= 'A' && s[i] <= 'Z')
			up++;
		else if (!(s[i] >= '0' && s[i] <= '9') && s[i] != '&')
			return 0;
	}
	return up >= 2;
}

/* An organisation by name, abbreviation or ending: 업스테이지, 과기정통부,
 * 한결투자증권, LG경영개발원, KOSA. */
static int
org_like(const char *s, size_t n)
{
	size_t k, nsyl;

	if (n == 0)
		return 0;
	{
		const struct lex_entry *e = lexicon_find(lx_org, s, n);

		if (e != NULL && (strcmp(e->f[1], "org") == 0 || n > 3))
			return 1;
	}
	if (acronym(s, n))
		return 1;
	if (!has_last(org_last, s, n))
		return 0;
	if (abbr_find(s, n) >= 0)
		return 1;
	nsyl = hangul_only(s, n);
	for (k = 1; k < n; k++) {
		const struct lex_entry *e;

		if (((unsigned char)s[k] & 0xC0) == 0x80)
			continue;
		e = lexicon_find(lx_org, s + k, n - k);
		if (e == NULL)
			continue;
		/* a one-syllable ending (부, 원, 청) needs a long word: not 정부,
		 * not the name 김유원 */
		if (n - k == 3 && syl(s, n, k) != 0 && nsyl != 0 && nsyl < 4)
			continue;
		return 1;
	}
	return 0;
}

/* ---- titles ---- */

/* Bare titles too common inside other words to stand at a word's end
 * (주식시장, 국가대표, 국정감사). */
static int
weak_bare(const char *s, size_t n)
{
	static const char *const w[] = {
		"시장", "대표", "의원", "사원", "대리", "감사", "이사", "주임", "고문", "강사",
		"교사", "의사", "검사", "판사", "배우", "작가", "선수", "코치", "감독", "여사",
		"스님", "신부", "목사", "박사", "위원", "대사", "영사", "지사", "수석", "원사",
		"차장", "경사", "경위", "대위", "중위", "소위", "대장", "중장", "소장", "회장",
		"사장", "부장", "과장", "총장", "경정", "경감", "주석",
	};
	size_t i;

	for (i = 0; i < sizeof(w) / sizeof(w[0]); i++)
		if (span_eq(s, n, w[i], strlen(w[i])))
			return 1;
	return 0;
}

/* Titles that are also everyday nouns (시장 market, 이사 moving, 대사
 * lines): only right after a name. */
static int
noun_title(const struct tmatch *m)
{
	static const char *const w[] = {
		"시장", "이사", "대사", "의사", "감사", "대리", "수석", "주석", "경정", "경사",
		"경위", "경감", "대장", "소장", "간사", "선수", "사원", "주임", "위원", "부장",
	};
	size_t i;

	for (i = 0; i < sizeof(w) / sizeof(w[0]); i++)
		if (strcmp(m->e->f[0], w[i]) == 0)
			return 1;
	return 0;
}

static int
title_exact(const char *s, size_t n, struct tmatch *m)
{
	size_t k, nchar = 0;

	if (!has_last(title_last, s, n))
		return 0;
	m->e = lexicon_find(lx_title, s, n);
	if (m->e != NULL) {
		m->whole.s = s;
		m->whole.len = (uint32_t)n;
		m->bare.s = NULL;
		m->bare.len = 0;
		return 1;
	}
	/* a compound: 무역투자실장, 사회통계국장, 상근부회장 */
	for (k = 1; k < n; k++) {
		if (((unsigned char)s[k] & 0xC0) == 0x80)
			continue;
		if (++nchar > 6)
			return 0;
		m->e = lexicon_find(lx_title, s + k, n - k);
		if (m->e == NULL)
			continue;
		if (n - k < 6 || (hangul_only(s + k, n - k) == 2 && weak_bare(s + k, n - k)))
			return 0;
		m->whole.s = s;
		m->whole.len = (uint32_t)n;
		m->bare.s = s + k;
		m->bare.len = (uint32_t)(n - k);
		return 1;
	}
	return 0;
}

/* A title at the start of s[0..n), the rest being a particle: 장관은. */
static int
title_at(const char *s, size_t n, struct tmatch *m, size_t *particle)
{
	size_t i, l;

	*particle = 0;
	if (n == 0)
		return 0;
	if (title_exact(s, n, m))
		return 1;
	/* strip one to four trailing syllables; only where a title could
	 * end (a bitmap test) is the rest looked for among the particles */
	for (l = 3; l <= 12 && l < n; l += 3) {
		if (syl(s, n, n - l) == 0 || !has_last(title_last, s, n - l))
			continue;
		for (i = 0; i < sizeof(particles) / sizeof(particles[0]); i++)
			if (particle_len[i] == l && particles[i][2] == s[n - l + 2]
			    && memcmp(s + n - l, particles[i], l) == 0)
				break;
		if (i < sizeof(particles) / sizeof(particles[0]) && title_exact(s, n - l, m)) {
			*particle = l;
			return 1;
		}
	}
	return 0;
}

/* ---- tokens ---- */

static void
tokenize(struct person_result *r, const char *s, uint32_t para)
{
	size_t n = strlen(s), i = 0;

	while (i < n) {
		size_t ts, te, cs, ce, l;
		struct ptok *t;

		while (i < n && is_space(s[i]))
			i++;
		if (i >= n)
			break;
		ts = i;
		while (i < n && !is_space(s[i]))
			i++;
		te = i;
		cs = ts;
		while (cs < te && (l = punct_len_at(s, te, cs)) > 0)
			cs += l;
		ce = te;
		while (ce > cs && (l = punct_len_before(s, cs, ce)) > 0)
			ce -= l;
		{
			/* 정보통신산업진흥원(NIPA): the word before the parenthesis */
			const char *lp = memchr(s + cs, '(', ce - cs);
			const char *rp = lp != NULL ? memchr(lp, ')', te - (size_t)(lp - s)) : NULL;

			if (lp != NULL && rp != NULL && (size_t)(lp - s) > cs) {
				ce = (size_t)(lp - s);
				te = (size_t)(rp - s) + 1 == te ? ce : te;
			}
		}
		r->tok = xgrow(r->tok, &r->captok, r->ntok + 1, sizeof(*r->tok));
		t = &r->tok[r->ntok++];
		t->text = s;
		t->para = para;
		t->cs = (uint32_t)cs;
		t->ce = (uint32_t)ce;
		t->open = cs > ts;
		t->close = ce < te;
		t->title = -1;
	}
}

static const char *
core(const struct person_result *r, size_t i, size_t *n)
{
	*n = r->tok[i].ce - r->tok[i].cs;
	return r->tok[i].text + r->tok[i].cs;
}

/* title_at on token i, asked once per token. */
static int
tok_title(struct person_result *r, size_t i, struct tmatch *m, size_t *pl)
{
	struct ptok *t = &r->tok[i];

	if (t->title < 0) {
		size_t p = 0;

		t->title = (int8_t)title_at(t->text + t->cs, t->ce - t->cs, &t->tm, &p);
		t->particle = (uint8_t)p;
	}
	if (t->title) {
		*m = t->tm;
		*pl = t->particle;
	}
	return t->title;
}

/* Tokens i and i+1 are one phrase: same text, no punctuation between. */
static int
joined(const struct person_result *r, size_t i)
{
	return i + 1 < r->ntok && r->tok[i].text == r->tok[i + 1].text
	    && !r->tok[i].close && !r->tok[i + 1].open;
}

/* ---- people ---- */

static int
korean_name(const char *s, size_t n, int *rare)
{
	size_t nsyl = hangul_only(s, n);
	const struct lex_entry *e = NULL;

	*rare = 0;
	if (nsyl < 3 || nsyl > 4)
		return 0;
	if (nsyl == 4 || (e = lexicon_find(lx_sur, s, 3)) == NULL)
		e = lexicon_find(lx_sur, s, 6);
	if (e == NULL || (nsyl == 4 && strlen(e->f[0]) != 6))
		return 0;
	switch (syl(s, n, n - 3)) {
	case 0xB97C: case 0xC744: case 0xC5D0: case 0xC758: case 0xC640: case 0xACFC:
	case 0xD574: case 0xB294: case 0xB85C: case 0xB3C4: case 0xACE0: case 0xBA70:
	case 0xB2E4:
		/* 를 을 에 의 와 과 해 는 로 도 고 며 다: a word and its ending */
		return 0;
	case 0xC774: case 0xAC00: case 0xC740:
		/* 이 가 은 end names too (한송이), and words: 정부가, 구글이 */
		if (nsyl == 3 && (is_stopname(s, 6) || lexicon_find(lx_title, s, 6) != NULL
		    || org_like(s, 6)))
			return 0;
		break;
	default:
		break;
	}
	if (is_stopname(s, n) || lexicon_find(lx_title, s, n) != NULL || org_like(s, n))
		return 0;
	*rare = e->nf >= 2 && strcmp(e->f[1], "rare") == 0;
	return 1;
}

static void
add_title(struct person *p, const char *s, size_t n)
{
	size_t i;

	if (s == NULL || n == 0)
		return;
	for (i = 0; i < p->ntitles; i++)
		if (span_eq(p->title[i].s, p->title[i].len, s, n))
			return;
	if (p->ntitles < PERSON_MAXTITLES) {
		p->title[p->ntitles].s = s;
		p->title[p->ntitles++].len = (uint32_t)n;
	}
}

static void
add_tmatch(struct person *p, const struct tmatch *m)
{
	add_title(p, m->whole.s, m->whole.len);
	add_title(p, m->bare.s, m->bare.len);
}

static struct person *
person_get(struct person_result *r, const char *s, size_t n, uint32_t surname)
{
	size_t i;
	struct person *p;

	for (i = 0; i < r->n; i++)
		if (span_eq(r->p[i].name.s, r->p[i].name.len, s, n))
			return &r->p[i];
	r->p = xgrow(r->p, &r->cap, r->n + 1, sizeof(*r->p));
	p = &r->p[r->n++];
	memset(p, 0, sizeof(*p));
	p->name.s = s;
	p->name.len = (uint32_t)n;
	p->surname = surname;
	return p;
}

/* The texts of the article, for spelling out abbreviations. */
struct article_text {
	const char *title;
	const char *const *para;
	size_t npara;
};

static int
article_has(const struct article_text *a, const char *s, size_t n)
{
	size_t i;

	if (a->title != NULL && memmem(a->title, strlen(a->title), s, n) != NULL)
		return 1;
	for (i = 0; i < a->npara; i++)
		if (memmem(a->para[i], strlen(a->para[i]), s, n) != NULL)
			return 1;
	return 0;
}

/* "한국인공지능·소프트웨어산업협회(KOSA)": the name the article spells out
 * before "(abbr)". */
static int
article_defines(const struct article_text *a, const char *abbr, size_t n, struct pspan *full)
{
	char pat[64];
	size_t i;

	if (n + 3 > sizeof(pat))
		return 0;
	pat[0] = '(';
	memcpy(pat + 1, abbr, n);
	pat[n + 1] = ')';
	for (i = 0; i < a->npara + 1; i++) {
		const char *t = i < a->npara ? a->para[i] : a->title, *hit;
		size_t b;

		if (t == NULL || (hit = memmem(t, strlen(t), pat, n + 2)) == NULL)
			continue;
		for (b = (size_t)(hit - t); b > 0 && !is_space(t[b - 1])
		    && punct_len_before(t, 0, b) == 0; b--)
			;
		if ((size_t)(hit - t) - b >= 6) {
			full->s = t + b;
			full->len = (uint32_t)(hit - t - b);
			return 1;
		}
	}
	return 0;
}

static void
set_org(struct person *p, const struct article_text *a, const char *s, size_t n)
{
	long k;

	if (p->org.s != NULL || s == NULL || n == 0)
		return;
	p->org.s = s;
	p->org.len = (uint32_t)n;
	if ((k = abbr_find(s, n)) >= 0) {
		/* spelled out only when the article spells it out */
		for (; (size_t)k < nabbrs && strncmp(abbrs[k].abbr, s, n) == 0
		    && abbrs[k].abbr[n] == '\0'; k++)
			if (article_has(a, abbrs[k].full, strlen(abbrs[k].full))) {
				p->org.s = abbrs[k].full;
				p->org.len = (uint32_t)strlen(abbrs[k].full);
				return;
			}
	}
	if (acronym(s, n))
		article_defines(a, s, n, &p->org);
}

/* A word between a name and its title that ends the phrase instead. */
static int
breaks_phrase(const char *s, size_t n)
{
	if (span_eq(s, n, "씨", 3) || span_eq(s, n, "겸", 3))
		return 1;
	switch (n >= 3 ? syl(s, n, n - 3) : 0) {
	case 0xC740: case 0xB294: case 0xC744: case 0xB97C: case 0xC5D0: case 0xC640:
	case 0xB3C4: case 0xBA70: case 0xC11C: case 0xB85C: case 0xB2E4: case 0xD574:
	case 0xACE0: case 0xBA74: case 0xB41C: case 0xB358: case 0xD55C: case 0xC774:
	case 0xAC00:
		/* 은 는 을 를 에 와 도 며 서 로 다 해 고 면 된 던 한 이 가: the
		 * phrase ends here, unless the word is an organisation */
		return !org_like(s, n);
	default:
		return 0;
	}
}

static int
modifier(const char *s, size_t n)
{
	return span_eq(s, n, "전", 3) || span_eq(s, n, "현", 3) || span_eq(s, n, "신임", 6)
	    || span_eq(s, n, "초대", 6) || span_eq(s, n, "前", 3) || span_eq(s, n, "당시", 6);
}

/* The title after the name at token k, within three words: its token
 * index, or -1.  *org0, *org1: the tokens between (maybe none). */
static long
title_after(struct person_result *r, size_t k, struct tmatch *m, size_t *org0,
	    size_t *org1)
{
	size_t j, cn, pl;
	const char *c;

	*org0 = k + 1;
	for (j = k + 1; j <= k + 4 && joined(r, j - 1); j++) {
		c = core(r, j, &cn);
		if (tok_title(r, j, m, &pl)) {
			struct tmatch m2;
			size_t pl2;

			/* 한국자동차연구원 선임연구원: the first is the organisation */
			if (pl == 0 && !r->tok[j].close && joined(r, j)) {
				if (tok_title(r, j + 1, &m2, &pl2) && org_like(c, cn))
					goto between;
			}
			if (j > k + 1 && noun_title(m))
				return -1;
			*org1 = j;
			return (long)j;
		}
between:
		if (j == k + 4 || breaks_phrase(c, cn))
			return -1;
		if (modifier(c, cn) && *org0 == j)
			*org0 = j + 1;
	}
	return -1;
}

/* The organisation among tokens [a, b): the leading organisation-like
 * words, or a single unknown word. */
static int
org_between(const struct person_result *r, size_t a, size_t b, struct pspan *org)
{
	size_t j = a, cn;
	const char *c;

	org->s = NULL;
	if (a >= b)
		return 0;
	while (j < b) {
		c = core(r, j, &cn);
		if (!org_like(c, cn))
			break;
		j++;
	}
	if (j == a) {
		if (b - a != 1)
			return 0;
		j = a + 1;
	}
	org->s = r->tok[a].text + r->tok[a].cs;
	org->len = r->tok[j - 1].ce - r->tok[a].cs;
	return 1;
}

/* The organisation just before the name at token k: "KOSA 조준희",
 * "딥웨이브의 한송이". */
static int
org_before(const struct person_result *r, size_t k, struct pspan *org)
{
	size_t cn, a;
	const char *c;

	org->s = NULL;
	if (k == 0 || !joined(r, k - 1))
		return 0;
	c = core(r, k - 1, &cn);
	if (ends_with(c, cn, "\xEC\x9D\x98") && cn > 3) {	/* 의 */
		cn -= 3;
		if (is_stopname(c, cn) || cn < 6)
			return 0;
		org->s = c;
		org->len = (uint32_t)cn;
		return 1;
	}
	if (!org_like(c, cn))
		return 0;
	a = k - 1;
	if (a > 0 && joined(r, a - 1)) {
		size_t pn;
		const char *pc = core(r, a - 1, &pn);

		if (acronym(pc, pn) && (acronym(c, cn) || lexicon_find(lx_org, pc, (size_t)(c + cn - pc)) != NULL))
			a--;
	}
	org->s = r->tok[a].text + r->tok[a].cs;
	org->len = (uint32_t)(c + cn - org->s);
	return 1;
}

/* Pass 1 at a Korean full name in token k. */
static void
full_name(struct person_result *r, size_t k, const struct article_text *a)
{
	size_t cn, o0 = 0, o1 = 0;
	const char *c = core(r, k, &cn);
	struct tmatch m;
	struct pspan org, left = { NULL, 0 };
	struct person *p;
	long t;
	int rare;

	if (r->tok[k].close || hangul_only(c, cn) < 3 || cn > 12 || !joined(r, k))
		return;
	t = title_after(r, k, &m, &o0, &o1);
	if (t < 0 || !korean_name(c, cn, &rare))
		return;
	org_between(r, o0, (size_t)t, &org);
	if (org.s == NULL)
		org_before(r, k, &left);
	else
		left.s = NULL;
	if ((rare || noun_title(&m)) && org.s == NULL && left.s == NULL)
		return;
	if (rare && noun_title(&m))
		return;
	p = person_get(r, c, cn, 0);
	add_tmatch(p, &m);
	set_org(p, a, org.s != NULL ? org.s : left.s, org.s != NULL ? org.len : left.len);
	/* 배경훈 부총리 겸 과학기술정보통신부 장관 */
	if (!r->tok[t].close && joined(r, (size_t)t)) {
		size_t gn;
		const char *g = core(r, (size_t)t + 1, &gn);

		if (span_eq(g, gn, "\xEA\xB2\xB8", 3)) {	/* 겸 */
			t = title_after(r, (size_t)t + 1, &m, &o0, &o1);
			if (t >= 0) {
				add_tmatch(p, &m);
				if (org_between(r, o0, (size_t)t, &org))
					set_org(p, a, org.s, org.len);
			}
		}
	}
}

static int
foreign_word(const struct person_result *r, size_t i)
{
	size_t cn, nsyl, k;
	const char *c = core(r, i, &cn);

	nsyl = hangul_only(c, cn);
	if (nsyl == 0 || nsyl > 5 || r->tok[i].open || r->tok[i].close)
		return 0;
	if (is_stopname(c, cn) || org_like(c, cn) || lexicon_find(lx_title, c, cn) != NULL)
		return 0;
	for (k = 0; k < r->n; k++)	/* 배 장관: a back-reference */
		if (r->p[k].surname == 0 && span_eq(r->p[k].name.s, cn, c, cn))
			return 0;
	switch (syl(c, cn, cn - 3)) {
	case 0xC740: case 0xB294: case 0xC744: case 0xB97C: case 0xC758: case 0xC5D0:
	case 0xAC00: case 0xC640: case 0xACFC: case 0xB3C4: case 0xB85C: case 0xB2E4:
	case 0xACE0: case 0xD55C: case 0xB41C: case 0xC801: case 0xC778:
		/* 은 는 을 를 의 에 가 와 과 도 로 다 고 한 된 적 인 */
		return 0;
	default:
		return 1;
	}
}

/* Does "last title" occur at another place than token skip? */
static int
back_reference(struct person_result *r, size_t last, size_t skip, const struct tmatch *m)
{
	size_t i, ln, cn, pl;
	const char *l = core(r, last, &ln);
	struct tmatch m2;

	for (i = 0; i + 1 < r->ntok; i++) {
		const char *c = core(r, i, &cn);

		if (i == skip || !span_eq(c, cn, l, ln) || !joined(r, i))
			continue;
		c = core(r, i + 1, &cn);
		if (tok_title(r, i + 1, &m2, &pl) && m2.e == m->e)
			return 1;
	}
	return 0;
}

/* Pass 1 at a title in token t with no Korean name before it: a foreign
 * name in Hangul, "젠슨 황 엔비디아 CEO", "라이언 포터 테라코어 CEO". */
static void
foreign_name(struct person_result *r, size_t t, const struct article_text *a)
{
	size_t cn, pl, first, last, orgt = 0;
	struct tmatch m;
	struct person *p;
	int with_org = 0;

	if (t < 2 || r->tok[t].open || !joined(r, t - 2) || !joined(r, t - 1))
		return;
	{
		size_t xn;
		const char *x = core(r, t - 1, &xn);

		if (hangul_only(x, xn) == 0)
			return;
	}
	if (!tok_title(r, t, &m, &pl) || m.bare.s != NULL)
		return;
	if (strcmp(m.e->f[1], "corp") != 0 && strcmp(m.e->f[1], "gov") != 0)
		return;
	if (t >= 3 && joined(r, t - 3) && joined(r, t - 2) && joined(r, t - 1)
	    && foreign_word(r, t - 3) && foreign_word(r, t - 2)) {
		size_t on;
		const char *o = core(r, t - 1, &on);

		if (org_like(o, on) || back_reference(r, t - 2, t - 2, &m)) {
			first = t - 3;
			last = t - 2;
			orgt = t - 1;
			with_org = 1;
			goto found;
		}
	}
	if (t >= 2 && joined(r, t - 2) && joined(r, t - 1)
	    && foreign_word(r, t - 2) && foreign_word(r, t - 1)
	    && back_reference(r, t - 1, t - 1, &m)) {
		first = t - 2;
		last = t - 1;
		goto found;
	}
	return;
found:
	{
		const char *ns = r->tok[first].text + r->tok[first].cs;
		size_t nl = r->tok[last].ce - r->tok[first].cs;

		p = person_get(r, ns, nl, (uint32_t)(r->tok[last].cs - r->tok[first].cs));
		add_tmatch(p, &m);
		if (with_org) {
			const char *o = core(r, orgt, &cn);

			set_org(p, a, o, cn);
		}
	}
}

/* ---- pass 2: mentions ---- */

static void
add_mention(struct person_result *r, uint32_t para, size_t off, size_t len, size_t who)
{
	struct person_mention *m;

	r->m = xgrow(r->m, &r->capm, r->nm + 1, sizeof(*r->m));
	m = &r->m[r->nm++];
	m->para = para;
	m->off = (uint32_t)off;
	m->len = (uint32_t)len;
	m->who = (uint32_t)who;
	if (para != UINT32_MAX)
		r->p[who].mentions++;
}

/* Is c[0..cn) the surname (or foreign last name) of person p? */
static int
is_surname_of(const struct person *p, const char *c, size_t cn)
{
	if (p->surname > 0)	/* foreign: the last word */
		return span_eq(p->name.s + p->surname, p->name.len - p->surname, c, cn);
	if (cn != 3 && cn != 6)
		return 0;
	if (cn >= p->name.len || memcmp(p->name.s, c, cn) != 0)
		return 0;
	return lexicon_find(lx_sur, c, cn) != NULL;
}

static void
mentions(struct person_result *r)
{
	size_t i, k, cn;
	long *last = xmalloc((r->n ? r->n : 1) * sizeof(*last));

	for (k = 0; k < r->n; k++)
		last[k] = -1;
	for (i = 0; i < r->ntok; i++) {
		const char *c = core(r, i, &cn);
		const struct ptok *t = &r->tok[i];
		long best = -1;
		struct tmatch m;
		size_t pl;

		for (k = 0; k < r->n; k++) {
			const struct person *p = &r->p[k];

			if (p->surname == 0) {
				if (cn >= p->name.len && memcmp(c, p->name.s, p->name.len) == 0
				    && cn - p->name.len <= 12) {
					add_mention(r, t->para, t->cs, p->name.len, k);
					last[k] = (long)i;
					break;
				}
			} else if (span_eq(c, cn, p->name.s, p->surname - 1) && joined(r, i)) {
				size_t ln;
				const char *l = core(r, i + 1, &ln);
				size_t want = p->name.len - p->surname;

				if (ln >= want && memcmp(l, p->name.s + p->surname, want) == 0) {
					add_mention(r, t->para, t->cs, p->name.len, k);
					last[k] = (long)i;
					i++;
					break;
				}
			}
		}
		if (k < r->n || !joined(r, i) || (cn != 3 && cn != 6 && !(cn > 0 && cn <= 15)))
			continue;
		for (k = 0; k < r->n && !is_surname_of(&r->p[k], c, cn); k++)
			;
		if (k == r->n)
			continue;
		/* 배 장관, 남궁 차관, 포터 CEO */
		if (!tok_title(r, i + 1, &m, &pl))
			continue;
		for (k = 0; k < r->n; k++) {
			const struct person *p = &r->p[k];
			size_t j;
			int has = 0;

			if (!is_surname_of(p, c, cn))
				continue;
			for (j = 0; j < p->ntitles; j++)
				if (span_eq(p->title[j].s, p->title[j].len, m.whole.s, m.whole.len)
				    || (m.bare.s && span_eq(p->title[j].s, p->title[j].len, m.bare.s, m.bare.len)))
					has = 1;
			/* the one with this title, else the latest mentioned */
			if (has) {
				best = (long)k;
				break;
			}
			if (best < 0 || last[k] > last[best])
				best = (long)k;
		}
		if (best < 0)
			continue;
		add_tmatch(&r->p[best], &m);
		add_mention(r, t->para, t->cs, (size_t)(m.whole.s + m.whole.len - (t->text + t->cs)),
		    (size_t)best);
		last[best] = (long)i;
		i++;
	}
	free(last);
}

void
person_extract(const char *title, const char *const *para, size_t npara,
	       const char *const *rep, size_t nrep, const char *outlet,
	       struct person_result *r)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	struct article_text a = { title, para, npara };
	size_t i, cn, k;

	pthread_once(&once, load_lists);
	r->n = r->nm = r->ntok = 0;
	for (i = 0; i < npara; i++)
		tokenize(r, para[i], (uint32_t)i);
	if (title != NULL)
		tokenize(r, title, UINT32_MAX);
	for (i = 0; i < r->ntok; i++) {
		size_t before = r->n;
		const char *c = core(r, i, &cn);

		if (syl(c, cn, 0) != 0)
			full_name(r, i, &a);
		if (r->n == before)
			foreign_name(r, i, &a);
	}
	for (k = 0; k < nrep; k++) {
		struct person *p = person_get(r, rep[k], strlen(rep[k]), 0);

		p->reporter = 1;
		add_title(p, "\xEA\xB8\xB0\xEC\x9E\x90", 6);	/* 기자 */
		if (outlet != NULL)
			set_org(p, &a, outlet, strlen(outlet));
	}
	mentions(r);
}

void
person_result_free(struct person_result *r)
{
	free(r->p);
	free(r->m);
	free(r->tok);
	memset(r, 0, sizeof(*r));
}
