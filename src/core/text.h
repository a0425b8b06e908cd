/*
 * text.h — display widths, truncation and line breaking (libunistring).
 *
 * Every width here is terminal columns, measured the way the terminal
 * draws: wide East Asian characters and emoji take 2, combining marks and
 * variation selectors 0, East Asian ambiguous characters (· “ ” … ※ ①)
 * 1 by default or 2 after text_set_ambiguous_wide(1).  Text is expected in
 * NFC (source guarantees it), so decomposed jamo never reach here.
 */
#ifndef GISA_TEXT_H
#define GISA_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* Measure East Asian ambiguous characters as 2 columns (or 1). */
void text_set_ambiguous_wide(int wide);
int text_ambiguous_wide(void);

/* Columns taken by code point u: 0, 1 or 2. */
int text_char_width(uint32_t u);

/* Columns taken by UTF-8 text s[0..n). */
size_t text_width(const char *s, size_t n);

/* The longest prefix of s[0..n) that fits in cols columns without cutting
 * a character or separating a base from its combining marks and variation
 * selectors.  Returns its length in bytes; its width goes to *width. */
size_t text_fit(const char *s, size_t n, size_t cols, size_t *width);

/* Append s[0..n) to out, cut to cols columns with "…" when it is wider.
 * Returns the columns used (never more than cols). */
size_t text_truncate(const char *s, size_t n, size_t cols, struct buf *out);

struct text_line {
	size_t off;	/* byte offset of the line in the paragraph */
	size_t len;	/* bytes, without the spaces where it broke */
	size_t width;	/* columns */
};

/*
 * Break s[0..n) into lines of at most cols columns, the way Korean is
 * typeset: between words (keep-all), inside a word only when the word is
 * wider than a line, never inside a character; Latin follows UAX #14.
 * The lines go to *lines (grown with xgrow, capacity in *cap); returns the
 * count.  Concatenating s[lines[i].off .. lines[i+1].off) gives s back.
 */
size_t text_wrap(const char *s, size_t n, size_t cols, struct text_line **lines,
		 size_t *cap);

#endif
