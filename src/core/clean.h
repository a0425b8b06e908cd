/*
 * clean.h — telling the article body from the page around it.
 *
 * clean_document weighs every block of an html_doc (length, Hangul share,
 * sentence ends, link density, markup hints, chrome phrases from
 * data/lexicon/chrome.txt, position) and keeps the body blocks in order.
 * Body text that a scraper ran together is split into paragraphs at
 * Korean sentence ends with no space after them ("요청했다.8일"), and a
 * subhead glued to the next sentence stands apart; by-lines, photo
 * credits, image file names, template tokens ({RELNEWS:…}), spam and
 * related-article boxes are cut out of the body; captions (credited,
 * under an image, alt text) are kept apart.  Generic chrome words
 * (다음, 공유, 댓글) inside prose do not make it chrome; chatty blocks
 * (polite endings only, ㅋㅋ) do not start the body of a news page.
 */
#ifndef GISA_CLEAN_H
#define GISA_CLEAN_H

#include <stddef.h>

#include "html.h"
#include "util.h"

enum block_class { CLS_CHROME, CLS_BODY, CLS_CAPTION, CLS_TITLE };

struct clean_result {
	struct strv paragraphs;	/* body, in page order */
	struct strv captions;	/* image captions and photo credits */
	struct strv decks;	/* headline and summary decks run into the
				 * body's first block, kept out of the body */
	unsigned char *cls;	/* enum block_class of each block */
	size_t first, last;	/* body block range [first, last]; first > last when none */
};

/* Clean doc into r (overwritten; free with clean_result_free). */
void clean_document(const struct html_doc *doc, struct clean_result *r);
void clean_result_free(struct clean_result *r);

/* If a Korean sentence ends at s[i] (a '.', '?' or '!' after a letter,
 * not a decimal point or an ellipsis), the index just past it and any
 * closing quotes; else 0. */
size_t clean_sentence_end(const char *s, size_t n, size_t i);

/* The end of the sentence that starts at s[i]: the index past its final
 * punctuation, or n when the text ends first.  *closed says which. */
size_t clean_next_sentence(const char *s, size_t n, size_t i, int *closed);

/* How many chrome phrases (data/lexicon/chrome.txt) s[0..n) holds, found
 * at word starts. */
size_t clean_chrome_hits(const char *s, size_t n);

/* 1 when s[0..n) holds a Korean sentence end (clean_sentence_end). */
int clean_has_sentence_end(const char *s, size_t n);

/* 1 when s[0..n) is a photo credit left after a caption's last sentence:
 * "/테라코어 제공", "사진=중소벤처기업부 제공", "(사진=연합뉴스)", or an
 * outlet's name alone ("연합뉴스"). */
int clean_credit_tail(const char *s, size_t n);

#endif
