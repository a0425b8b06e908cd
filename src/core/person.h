/*
 * person.h — the people of one article: Korean names recognised by a
 * surname (data/lexicon/surnames.txt) and a title after the name
 * (titles.txt), with an organisation before or after (orgcues.txt), or
 * a title before it in parentheses ((대표 이정헌)), or 씨 (김재훈씨), or a
 * government it led (윤석열 정권); names joined by middle dots
 * (김선민·황명필 후보); two-syllable names (조국) only with a
 * back-reference; foreign names in Hangul of two to five words marked by
 * a title and an organisation or a back-reference (젠슨 황 엔비디아 CEO,
 * 타밈 빈 하마드 알사니 국왕); surname-plus-title back-references
 * (배 장관, 김 실장) counted under the full name whose title they share.
 * Common words that look like names (stopnames.txt), verb forms
 * (노리던), organisation words (서강대, 혁신당), anonymised people (김모씨,
 * A씨) and names seen only in the headline never are people.
 *
 * person_extract reads the title and the paragraphs of one article (not
 * its captions) and fills a struct person_result, whose arrays are reused
 * from call to call: keep one per thread and no allocation happens per
 * token.  Its cost is linear in the article however many people it names
 * (hash tables, no token × person scan).  All strings are spans into the
 * caller's text or into the lexicon (static), valid while both are.
 */
#ifndef GISA_PERSON_H
#define GISA_PERSON_H

#include <stddef.h>
#include <stdint.h>

#define PERSON_MAXTITLES 8

/* Text s[0..len), not NUL-terminated; s NULL: none. */
struct pspan {
	const char *s;
	uint32_t len;
};

struct person {
	struct pspan name;
	struct pspan title[PERSON_MAXTITLES];	/* as written, then bare */
	size_t ntitles;
	struct pspan org;
	size_t mentions;	/* in the paragraphs, back-references included */
	uint32_t surname;	/* bytes of name that a back-reference uses */
	int reporter;		/* a by-line reporter */
};

/* para UINT32_MAX is the article title. */
struct person_mention {
	uint32_t para, off, len;
	uint32_t who;		/* index into person_result.p */
};

struct ptok;
struct pscratch;

struct person_result {
	struct person *p;
	size_t n, cap;
	struct person_mention *m;	/* sorted by (para, off) */
	size_t nm, capm;
	struct ptok *tok;		/* scratch */
	size_t ntok, captok;
	struct pscratch *x;		/* scratch: indexes of names and words */
};

/* Find the people of an article: title (may be NULL) and para[0..npara).
 * The by-line reporters rep[0..nrep) are people with the title 기자 and
 * the organisation outlet (may be NULL).  Replaces r's contents. */
void person_extract(const char *title, const char *const *para, size_t npara,
		    const char *const *rep, size_t nrep, const char *outlet,
		    struct person_result *r);

void person_result_free(struct person_result *r);

#endif
