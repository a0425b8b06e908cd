/*
 * reader.h — the reader view: the current article wrapped by display
 * width, its people, figures and search matches highlighted.
 */
#ifndef GISA_READER_H
#define GISA_READER_H

#include "view.h"

extern const struct view_ops reader_view;

/* Scroll the reader so that the line of (para, off) shows. */
void reader_show(struct ui *ui, uint32_t para, size_t off);
/* The place the reader shows first (its first line of article text). */
struct span reader_top(struct ui *ui);
/* Scroll to the next mention of the article's person (type
 * MENTION_PERSON) or figure number `what`, wrapping around, and mark it;
 * 0 if there is none in the text. */
int reader_jump(struct ui *ui, int type, size_t what);
/* Free what the reader keeps between draws. */
void reader_free(void);

#endif
