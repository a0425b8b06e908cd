/*
 * person_word.c — what one word is, for the person finder: Hangul and
 * punctuation, particles, and the lexicons of data/lexicon/ (surnames,
 * titles, organisation cues, stop-names) with the tests built on them:
 * an organisation, a title with its particle, a Korean name.
 *
 * The lexicons are hash tables (lexicon.c); two bitmaps of the last
 * character of every title and every organisation ending reject most
 * words before a lookup.  Everything here is read-only after pword_init.
 */
#include "person_priv.h"

#include <stdlib.h>

#include "util.h"

/* ---- characters ---- */




static const char *const particles[] = {
	"으로부터", "께서는", "에게서", "으로서", "이라고", "이라며", "이라는", "에서는",
	"에게는", "으로는", "으로도", "에서도", "이었던", "이었다", "께서", "에게", "에서",
	"으로", "부터", "까지", "처럼", "보다", "이라", "라고", "라며", "라는", "이며", "이다",
	"였다", "였던", "와의", "과의", "에는", "에도", "로서", "로는", "이고", "이자", "이나",
	"이던", "과", "와", "은", "는", "이", "가", "을", "를", "의", "도", "에", "로", "께",
	"만", "며", "인", "님", "직", "입니다", "이었고", "였고", "이에요", "예요", "이랑", "랑",
	"한테", "한테서", "과는", "와는", "과도", "와도", "께는", "만의", "만은", "이야", "측은",
	"측도", "측이", "측의", "측",
};

#define NPARTICLES (sizeof(particles) / sizeof(particles[0]))

static size_t particle_len[NPARTICLES];
/* Indexes of the particles of one to four syllables, 0xFF-terminated. */
static unsigned char by_len[4][NPARTICLES + 1];
/* Bits of the first syllables of the particles of each length. */
static unsigned char particle_first[4][(0xD7A4 - 0xAC00 + 7) / 8];

int
pword_particle(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < NPARTICLES; i++)
		if (particle_len[i] == n && memcmp(s, particles[i], n) == 0)
			return 1;
	return 0;
}

/* ---- lexicons ---- */

static const struct lexicon *lx_sur, *lx_title, *lx_org, *lx_stop;

/* Bitmaps of the last character (BMP) of every title and of every
 * organisation word: most words end in none, and are rejected at once. */
static unsigned char title_last[8192], org_last[8192];

/* Bits of the last two syllables of every title that ends in two Hangul
 * syllables: a word ending in two others has no such title at its end. */
static uint64_t title_pair[1024], org_pair[1024];

/* The bit of the two Hangul syllables ending s[0..n), or -1 when s does
 * not end in two whole syllables. */
static inline long
pair_bit(const char *s, size_t n)
{
	uint32_t a, b;

	if (n < 6 || (a = hangul_at(s, n, n - 6)) == 0 || (b = hangul_at(s, n, n - 3)) == 0)
		return -1;
	return (long)((((a - 0xAC00) * 11172u + (b - 0xAC00)) * 2654435761u) >> 16);
}

static inline int
has_pair(const uint64_t *bits, long b)
{
	return b < 0 || ((bits[b >> 6] >> (b & 63)) & 1);
}

static uint32_t
last_char(const char *s, size_t n)
{
	size_t i;
	uint32_t u;

	if (n == 0)
		return 0;
	if ((unsigned char)s[n - 1] < 0x80)
		return (unsigned char)s[n - 1];
	/* a Hangul syllable, the common case, decoded at once */
	if (n >= 3 && (u = hangul_at(s, n, n - 3)) != 0)
		return u;
	i = utf8_prev(s, n);	/* no character start: the decode fails */
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

static inline int
has_last(const unsigned char *bits, const char *s, size_t n)
{
	uint32_t u;

	/* last_char's common case, here without a call */
	if (n < 3 || (u = hangul_at(s, n, n - 3)) == 0)
		u = last_char(s, n);

	return u < 65536 && (bits[u >> 3] & (1u << (u & 7)));
}

static struct pword_abbr *abbrs;
static size_t nabbrs;
/* Bits of (length, first byte, last byte) of every abbreviation: most
 * words are none, and are told so without a binary search. */
static uint64_t abbr_seen[64];

static unsigned
abbr_bit(const char *s, size_t n)
{
	uint32_t k = (uint32_t)n << 16 | (uint32_t)(unsigned char)s[0] << 8 | (unsigned char)s[n - 1];

	return (k * 2654435761u) >> 20;	/* 0 .. 4095 */
}

static int
abbr_cmp(const void *a, const void *b)
{
	return strcmp(((const struct pword_abbr *)a)->abbr, ((const struct pword_abbr *)b)->abbr);
}

void
pword_init(void)
{
	size_t i, cap = 0;

	lx_sur = lexicon_get(LEX_SURNAMES);
	lx_title = lexicon_get(LEX_TITLES);
	lx_org = lexicon_get(LEX_ORGCUES);
	lx_stop = lexicon_get(LEX_STOPNAMES);
	for (i = 0; i < lx_title->n; i++) {
		long b = pair_bit(lx_title->e[i].f[0], strlen(lx_title->e[i].f[0]));

		mark_last(title_last, lx_title->e[i].f[0]);
		if (b >= 0)
			title_pair[b >> 6] |= 1ull << (b & 63);
	}
	{
		size_t nb[4] = { 0, 0, 0, 0 };

		for (i = 0; i < NPARTICLES; i++) {
			size_t l = strlen(particles[i]);

			particle_len[i] = l;
			if (l % 3 == 0 && l >= 3 && l <= 12) {
				uint32_t c = hangul_at(particles[i], l, 0) - 0xAC00;

				by_len[l / 3 - 1][nb[l / 3 - 1]++] = (unsigned char)i;
				particle_first[l / 3 - 1][c >> 3] |= (unsigned char)(1u << (c & 7));
			}
		}
		for (i = 0; i < 4; i++)
			by_len[i][nb[i]] = 0xFF;
	}
	for (i = 0; i < lx_org->n; i++) {
		long b = pair_bit(lx_org->e[i].f[0], strlen(lx_org->e[i].f[0]));

		if (b >= 0)
			org_pair[b >> 6] |= 1ull << (b & 63);
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
		{
			unsigned b = abbr_bit(e->f[2], strlen(e->f[2]));

			abbr_seen[b >> 6] |= 1ull << (b & 63);
		}
	}
	if (nabbrs > 0)
		qsort(abbrs, nabbrs, sizeof(*abbrs), abbr_cmp);
}

long
pword_abbr_find(const char *s, size_t n)
{
	size_t lo = 0, hi = nabbrs;
	unsigned b;

	/* (a span of a C string holds no NUL: equal bytes are strncmp's match) */
	if (n == 0)
		return -1;
	b = abbr_bit(s, n);
	if (!((abbr_seen[b >> 6] >> (b & 63)) & 1))
		return -1;
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

size_t
pword_nabbrs(void)
{
	return nabbrs;
}

const struct pword_abbr *
pword_abbr(size_t k)
{
	return &abbrs[k];
}

int
pword_stopname(const char *s, size_t n)
{
	return lexicon_find(lx_stop, s, n) != NULL;
}

const struct lex_entry *
pword_surname(const char *s, size_t n)
{
	return lexicon_find(lx_sur, s, n);
}

const struct lex_entry *
pword_title_entry(const char *s, size_t n)
{
	return lexicon_find(lx_title, s, n);
}

int
pword_acronym(const char *s, size_t n)
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

int
pword_org_like(const char *s, size_t n)
{
	size_t k, nsyl;
	/* no organisation word of six bytes or more ends s (see title_exact) */
	int pair = has_pair(org_pair, pair_bit(s, n));

	if (n == 0)
		return 0;
	if (pair) {
		const struct lex_entry *e = lexicon_find(lx_org, s, n);

		if (e != NULL && (strcmp(e->f[1], "org") == 0 || n > 3))
			return 1;
	}
	if (pword_acronym(s, n))
		return 1;
	if (!has_last(org_last, s, n))
		return 0;
	if (pword_abbr_find(s, n) >= 0)
		return 1;
	nsyl = pword_hangul(s, n);
	for (k = pair || n < 6 ? 1 : n - 5; k < n; k++) {
		const struct lex_entry *e;

		if (utf8_is_cont(s[k]))
			continue;
		e = lexicon_find(lx_org, s + k, n - k);
		if (e == NULL)
			continue;
		/* an ending (부, 클라우드), or a long name: not 태국 in 김태국 */
		if (strcmp(e->f[1], "end") != 0 && pword_hangul(s + k, n - k) < 3)
			continue;
		/* a one-syllable ending (부, 원, 청) needs a long word: not 정부,
		 * not the name 김유원 */
		if (n - k == 3 && hangul_at(s, n, k) != 0 && nsyl != 0 && nsyl < 4)
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
		if (pword_eq(s, n, w[i], strlen(w[i])))
			return 1;
	return 0;
}

int
pword_place(const char *s, size_t n)
{
	char b[32];
	size_t l;

	if (n < 9 || n > 18 || pword_hangul(s, n) * 3 != n)
		return 0;
	switch (pword_last_syl(s, n)) {
	case 0xC2DC:	/* 시: + 장 */
		memcpy(b, s, n);
		memcpy(b + n, "\xEC\x9E\xA5", 3);
		l = n + 3;
		break;
	case 0xB3C4:	/* 도: 지사 for 도 */
		memcpy(b, s, n - 3);
		memcpy(b + n - 3, "\xEC\xA7\x80\xEC\x82\xAC", 6);
		l = n + 3;
		break;
	default:
		return 0;
	}
	return lexicon_find(lx_title, b, l) != NULL;
}

int
pword_noun_title(const struct tmatch *m)
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

	/* (every title looked for below is s or a tail of it of six bytes
	 * or more: if s ends in two syllables, so does the title) */
	if (!has_last(title_last, s, n) || !has_pair(title_pair, pair_bit(s, n)))
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
	/* (a bare end shorter than two syllables is no title: stop there) */
	for (k = 1; k + 6 <= n; k++) {
		if (utf8_is_cont(s[k]))
			continue;
		if (++nchar > 6)
			return 0;
		m->e = lexicon_find(lx_title, s + k, n - k);
		if (m->e == NULL)
			continue;
		if (n - k < 6 || (pword_hangul(s + k, n - k) == 2 && weak_bare(s + k, n - k)))
			return 0;
		m->whole.s = s;
		m->whole.len = (uint32_t)n;
		m->bare.s = s + k;
		m->bare.len = (uint32_t)(n - k);
		return 1;
	}
	return 0;
}

int
pword_title_at(const char *s, size_t n, struct tmatch *m, size_t *particle)
{
	size_t i, l;

	*particle = 0;
	if (n == 0)
		return 0;
	if (title_exact(s, n, m))
		return 1;
	/* strip one to four trailing syllables; only where a title could
	 * end (a bitmap test) is the rest looked for among the particles
	 * of that length */
	for (l = 3; l <= 12 && l < n; l += 3) {
		const unsigned char *b = by_len[l / 3 - 1];
		uint32_t c = hangul_at(s, n, n - l);

		if (c == 0 || !((particle_first[l / 3 - 1][(c - 0xAC00) >> 3] >> ((c - 0xAC00) & 7)) & 1)
		    || !has_last(title_last, s, n - l))
			continue;
		for (i = 0; b[i] != 0xFF; i++)
			if (particles[b[i]][2] == s[n - l + 2]
			    && memcmp(s + n - l, particles[b[i]], l) == 0)
				break;
		if (b[i] != 0xFF && title_exact(s, n - l, m)) {
			*particle = l;
			return 1;
		}
	}
	return 0;
}

/* ---- names ---- */

/* Does the given name s[0..n) hold a syllable of ㅡ without a final
 * consonant (드 르 스 트 크 프 즈 츠 브 므 쓰 흐 그 느), which Korean given
 * names do not use and foreign names written in Hangul are full of
 * (도널드, 크리스)? */
static int
foreign_syllables(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 3 <= n; i += 3) {
		uint32_t c = hangul_at(s, n, i);

		/* vowel ㅡ (index 18), no final; not 으 */
		if (c != 0 && hangul_vowel(c) == 18 && hangul_final(c) == 0 && c != 0xC73C)
			return 1;
	}
	return 0;
}

int
pword_korean_name(const char *s, size_t n, int *rare)
{
	size_t nsyl = pword_hangul(s, n);
	const struct lex_entry *e = NULL;

	*rare = 0;
	if (nsyl < 3 || nsyl > 4)
		return 0;
	if (nsyl == 4 || (e = lexicon_find(lx_sur, s, 3)) == NULL)
		e = lexicon_find(lx_sur, s, 6);
	if (e == NULL || (nsyl == 4 && strlen(e->f[0]) != 6))
		return 0;
	if (foreign_syllables(s + strlen(e->f[0]), n - strlen(e->f[0])))
		return 0;
	switch (hangul_at(s, n, n - 3)) {
	case 0xB97C: case 0xC744: case 0xC5D0: case 0xC758: case 0xC640: case 0xACFC:
	case 0xD574: case 0xB294: case 0xB85C: case 0xB3C4: case 0xACE0: case 0xBA70:
	case 0xB2E4: case 0xB358: case 0xB41C: case 0xD0A8: case 0xB978: case 0xB0B8:
	case 0xD560: case 0xB420: case 0xBA74:
		/* 를 을 에 의 와 과 해 는 로 도 고 며 다 던 된 킨 른 낸 할 될 면:
		 * a word and its ending (노리던, 발전시킨, 따르면) */
		return 0;
	case 0xC774: case 0xAC00: case 0xC740:
		/* 이 가 은 end names too (한송이), and words: 정부가, 구글이 */
		if (nsyl == 3 && (pword_stopname(s, 6) || lexicon_find(lx_title, s, 6) != NULL
		    || pword_org_like(s, 6)))
			return 0;
		break;
	default:
		break;
	}
	if (pword_stopname(s, n) || lexicon_find(lx_title, s, n) != NULL || pword_org_like(s, n))
		return 0;
	*rare = e->nf >= 2 && strcmp(e->f[1], "rare") == 0;
	return 1;
}

int
pword_two_syllable_name(const char *s, size_t n)
{
	const struct lex_entry *e;

	if (pword_hangul(s, n) != 2 || (e = lexicon_find(lx_sur, s, 3)) == NULL)
		return 0;
	if (lexicon_find(lx_sur, s, 6) != NULL)
		return 0;	/* 남궁 차관: a back-reference */
	if (e->nf >= 2 && strcmp(e->f[1], "rare") == 0)
		return 0;
	switch (hangul_at(s, n, 3)) {
	case 0xB97C: case 0xC744: case 0xC5D0: case 0xC758: case 0xC640: case 0xACFC:
	case 0xD574: case 0xB294: case 0xB85C: case 0xB3C4: case 0xACE0: case 0xBA70:
	case 0xB2E4: case 0xC774: case 0xAC00: case 0xC740: case 0xD55C: case 0xB41C:
	case 0xB358: case 0xC11C: case 0xBA74: case 0xC778:
		/* 를 을 에 의 와 과 해 는 로 도 고 며 다 이 가 은 한 된 던 서 면 인 */
		return 0;
	default:
		break;
	}
	return !pword_stopname(s, n) && lexicon_find(lx_title, s, n) == NULL
	    && !pword_org_like(s, n);
}

int
pword_name_in_ui(const char *s, size_t n)
{
	const struct lex_entry *e;

	if (pword_hangul(s, n) != 3 || hangul_at(s, n, 6) != 0xC758)	/* 의 */
		return 0;
	if ((e = lexicon_find(lx_sur, s, 3)) == NULL || (e->nf >= 2 && strcmp(e->f[1], "rare") == 0))
		return 0;
	if (foreign_syllables(s + 3, 6))
		return 0;
	return !pword_stopname(s, 6) && !pword_stopname(s, n) && lexicon_find(lx_title, s, 6) == NULL
	    && !pword_org_like(s, 6) && !pword_org_like(s, n);
}

int
pword_known_org(const char *s, size_t n)
{
	const struct lex_entry *e = lexicon_find(lx_org, s, n);

	return (e != NULL && strcmp(e->f[1], "org") == 0) || pword_abbr_find(s, n) >= 0;
}
