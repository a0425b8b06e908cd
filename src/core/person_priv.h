/*
 * person_priv.h — what person.c asks of person_word.c: the shape of one
 * word.  Hangul syllables, punctuation around a word, particles, the
 * lexicons of surnames, titles, organisations and stop-names, and
 * whether a word can be a Korean name.  Every function takes a span
 * s[0..n) (not NUL-terminated) and keeps no state but the lexicons,
 * loaded once by pword_init.
 */
#ifndef GISA_PERSON_PRIV_H
#define GISA_PERSON_PRIV_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lexicon.h"
#include "person.h"
#include "util.h"

/* A title as written (배경훈 무역투자실장) and, for a compound the list
 * does not hold, its bare end (실장); e is the list's entry of the bare
 * (or whole) title. */
struct tmatch {
	struct pspan whole, bare;	/* bare.s NULL: the whole is in the list */
	const struct lex_entry *e;
};

/* An abbreviation of orgcues.txt and the full name it stands for. */
struct pword_abbr {
	const char *abbr, *full;
};

/* Load the lexicons; call once (person_extract does, under pthread_once). */
void pword_init(void);

static inline int
pword_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The last syllable of s[0..n), or 0. */
static inline uint32_t
pword_last_syl(const char *s, size_t n)
{
	return n >= 3 ? hangul_at(s, n, n - 3) : 0;
}

static inline int
pword_eq(const char *a, size_t an, const char *b, size_t bn)
{
	return an == bn && memcmp(a, b, an) == 0;
}

/* Number of Hangul syllables when s[0..n) is only Hangul syllables, else 0. */
static inline size_t
pword_hangul(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n % 3 != 0)
		return 0;
	for (i = 0; i < n; i += 3)
		if (hangul_at(s, n, i) == 0)
			return 0;
	return n / 3;
}

/* Punctuation that may open or close a word at byte i: ( ) [ ] and the
 * like, ‘ ’ “ ” … • — – 「 」 『 』 · △ ▲.  Its length, or 0. */
static inline size_t
pword_punct_at(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;

	if (i >= n)
		return 0;
	if (u[0] < 0x80) {
		switch (u[0]) {
		case '(': case ')': case '[': case ']': case '{': case '}': case '<': case '>':
		case '"': case '\'': case ',': case '.': case '!': case '?': case ':': case ';':
		case '~': case '/': case '|': case '*': case '=': case '+':
			return 1;
		default:
			return 0;
		}
	}
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

/* The same for punctuation ending just before byte i (not before start). */
static inline size_t
pword_punct_before(const char *s, size_t start, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;

	/* the last byte tells which length can end there: ASCII is one
	 * byte; · is C2 B7; the others are three bytes from E2 or E3 */
	if (i <= start)
		return 0;
	if (u[i - 1] < 0x80)
		return pword_punct_at(s, i, i - 1);
	if (i - start >= 2 && u[i - 2] == 0xC2)
		return pword_punct_at(s, i, i - 2) == 2 ? 2 : 0;
	if (i - start >= 3 && (u[i - 3] == 0xE2 || u[i - 3] == 0xE3))
		return pword_punct_at(s, i, i - 3) == 3 ? 3 : 0;
	return 0;
}

/* Is s[0..n) a particle or copula that may follow a name or a title
 * (은, 에게서, 입니다)? */
int pword_particle(const char *s, size_t n);

int pword_stopname(const char *s, size_t n);
/* The surname entry s[0..n) (one or two syllables), or NULL. */
const struct lex_entry *pword_surname(const char *s, size_t n);
/* Upper-case acronyms: KOSA, NIPA, SK, LG, NC. */
int pword_acronym(const char *s, size_t n);
/* An organisation by name, abbreviation or ending: 업스테이지, 과기정통부,
 * 한결투자증권, LG경영개발원, KOSA. */
int pword_org_like(const char *s, size_t n);
/* The abbreviations: the first index of s[0..n), or -1; the k-th one. */
long pword_abbr_find(const char *s, size_t n);
size_t pword_nabbrs(void);
const struct pword_abbr *pword_abbr(size_t k);

/* The titles list's entry for exactly s[0..n), or NULL. */
const struct lex_entry *pword_title_entry(const char *s, size_t n);
/* A title at the start of s[0..n), the rest being a particle (장관은);
 * the particle's length in *particle. */
int pword_title_at(const char *s, size_t n, struct tmatch *m, size_t *particle);
/* Is s[0..n) a city or province by the titles of its head (대구시:
 * 대구시장; 경기도: 경기지사), never a person? */
int pword_place(const char *s, size_t n);
/* Titles that are also everyday nouns (시장 market, 이사 moving, 대사
 * lines): only right after a name. */
int pword_noun_title(const struct tmatch *m);

/* Can s[0..n) be a Korean full name: a surname and one or two syllables
 * (three or four in all), not a word of the stop list, a title or an
 * organisation?  *rare: the surname is marked rare. */
int pword_korean_name(const char *s, size_t n, int *rare);

/* Can s[0..n) be a two-syllable name (조국): a common surname and one
 * syllable that is no particle, not a word of the lists?  Such a name
 * needs a back-reference (조 대표) to be believed. */
int pword_two_syllable_name(const char *s, size_t n);

/* Can s[0..n) be a name ending in 의 (손정의), which looks like a word
 * and its particle: a common surname, a stem of no list?  Believed only
 * before a known organisation and a title. */
int pword_name_in_ui(const char *s, size_t n);
/* Is s[0..n) an organisation of orgcues.txt by name or abbreviation? */
int pword_known_org(const char *s, size_t n);

#endif
