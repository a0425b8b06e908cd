/*
 * text.h — line breaking (libunistring), over the widths of width.h.
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
#include "width.h"

/* The measures are width.h's (grapheme clusters); these names stay for
 * the callers that measure text. */
static inline void
text_set_ambiguous_wide(int wide)
{
	width_set_ambiguous_wide(wide);
}

static inline int
text_ambiguous_wide(void)
{
	return width_ambiguous_wide();
}

/* Columns of code point u alone: 0, 1 or 2. */
static inline int
text_char_width(uint32_t u)
{
	return width_cp(u);
}

/* Columns taken by UTF-8 text s[0..n). */
static inline size_t
text_width(const char *s, size_t n)
{
	return width_of(s, n);
}

/* The longest prefix of whole grapheme clusters that fits (width_fit). */
static inline size_t
text_fit(const char *s, size_t n, size_t cols, size_t *width)
{
	return width_fit(s, n, cols, width);
}

/* Append s cut to cols columns with one "…" (width_truncate). */
static inline size_t
text_truncate(const char *s, size_t n, size_t cols, struct buf *out)
{
	return width_truncate(s, n, cols, out);
}

struct text_line {
	size_t off;	/* byte offset of the line in the paragraph */
	size_t len;	/* bytes, without the spaces where it broke */
	size_t width;	/* columns */
};

/*
 * Break s[0..n) into lines of at most cols columns, the way Korean is
 * typeset: between words (keep-all), inside a word only when the word is
 * wider than a line, never inside a grapheme cluster; Latin follows UAX #14.
 * The lines go to *lines (grown with xgrow, capacity in *cap); returns the
 * count.  Concatenating s[lines[i].off .. lines[i+1].off) gives s back.
 */
size_t text_wrap(const char *s, size_t n, size_t cols, struct text_line **lines,
		 size_t *cap);

#endif
