/*
 * quote.h — direct quotations of one article and their speakers.
 *
 * A quotation is text in quotation marks (“…” "…" ‘…’ '…') inside one
 * paragraph, followed by an attribution: "…"라고/고 + a verb of speech
 * (말했다 밝혔다 강조했다 …), "…"며/라며/면서 (the verb may come after a
 * second quotation: "…"며 "…"고 말했다 gives two), "…"라는 입장이다, or a
 * quotation that the next sentence attributes ("…" … 이렇게 말했다).
 * The speaker is a person of the article found by person_extract: the
 * subject of the sentence before the quotation (배경훈 장관은, a
 * back-reference 배 장관은), the subject after it ("…"라고 배 장관은
 * 말했다), a pronoun (그는, 그녀는) or no subject at all (이어 "…"고
 * 덧붙였다) for the last speaker or person named.  A sentence whose
 * subject is not a named person (업계 관계자는, 산업부는, A씨는) gives
 * no quotation; by-line reporters never speak.
 *
 * quote_extract reads the paragraphs once, with one cursor over the
 * mentions: linear in the article.  struct quote_result's array is reused
 * from call to call (keep one per thread).
 */
#ifndef GISA_QUOTE_H
#define GISA_QUOTE_H

#include <stddef.h>
#include <stdint.h>

#include "person.h"

/* A quotation: bytes off..off+len of paragraph para, without its marks. */
struct quote {
	uint32_t para, off, len;
	uint32_t who;		/* index into person_result.p */
};

struct quote_result {
	struct quote *q;	/* in order of occurrence */
	size_t n, cap;
	unsigned char *inside;	/* scratch: per mention */
	size_t capin;
};

/* Find the quotations of para[0..npara) whose speakers are people of r
 * (as person_extract left it for the same paragraphs).  Replaces out's
 * contents. */
void quote_extract(const char *const *para, size_t npara,
		   const struct person_result *r, struct quote_result *out);

void quote_result_free(struct quote_result *out);

#endif
