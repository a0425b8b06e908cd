/*
 * width.h — display columns of text, the one measure of the whole screen:
 * the list's columns, truncation, the reader's wrapping, highlight
 * boundaries and (through src/ui/width.c) ncurses' own idea of a cell.
 *
 * Text is cut into grapheme clusters (UAX #29 extended clusters: a base
 * with its marks, a Hangul syllable of conjoining jamo, an emoji ZWJ
 * sequence, a flag of two regional indicators, a base with VS16 or a skin
 * tone).  libunistring 1.0's u8_grapheme_next splits ZWJ sequences and
 * flags (it predates the Unicode 11 rules), so the rules are applied here
 * over libunistring's Grapheme_Cluster_Break and Extended_Pictographic
 * properties.  Nothing ever cuts, wraps or highlights inside a cluster.
 *
 * A cluster is 2 columns when it is shown as an emoji (an
 * Extended_Pictographic base with Emoji_Presentation, VS16, a ZWJ or a
 * modifier; a flag; an Extended_Pictographic code point newer than
 * libunistring's tables, as Unicode 15's 🩷), the width of its base
 * otherwise: wide East Asian characters 2, marks and selectors 0, East
 * Asian Ambiguous characters (exactly EastAsianWidth.txt's A, table in
 * width_ambiguous.h) 1, or 2 after width_set_ambiguous_wide(1).  Text is
 * expected in NFC (source guarantees it).
 */
#ifndef GISA_WIDTH_H
#define GISA_WIDTH_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* Measure East Asian Ambiguous characters as 2 columns (or 1). */
void width_set_ambiguous_wide(int wide);
int width_ambiguous_wide(void);
/* 1 when u is East Asian Ambiguous (EastAsianWidth.txt A). */
int width_is_ambiguous(uint32_t u);

/* Columns of the one code point u (0, 1 or 2) as a terminal advances for
 * it alone: what ncurses is told (src/ui/width.c). */
int width_cp(uint32_t u);

/* The end (byte offset) of the grapheme cluster that starts at i < n. */
size_t width_next(const char *s, size_t n, size_t i);
/* The start of the cluster that holds byte off (off <= n): off itself
 * when a cluster starts there. */
size_t width_floor(const char *s, size_t n, size_t off);
/* The first cluster boundary at or after off. */
size_t width_ceil(const char *s, size_t n, size_t off);

/* Columns of the cluster at i; its end goes to *end. */
size_t width_cluster(const char *s, size_t n, size_t i, size_t *end);

/* Columns of s[0..n). */
size_t width_of(const char *s, size_t n);

/* The longest prefix of s[0..n) of whole clusters that fits in cols
 * columns: its length in bytes; its width goes to *width (may be NULL). */
size_t width_fit(const char *s, size_t n, size_t cols, size_t *width);

/* Append s[0..n) to out, cut to cols columns with one "…" when wider (a
 * "…" or spaces the cut leaves at the end are dropped first, so it never
 * shows "……").  Returns the columns used, never more than cols. */
size_t width_truncate(const char *s, size_t n, size_t cols, struct buf *out);

/*
 * How to draw the cluster at i so that the terminal advances exactly its
 * width whatever it knows of emoji sequences: *keep bytes from i, then
 * *pad spaces.  A cluster whose code points the terminal counts to its
 * width is kept whole; one it might count otherwise (❤ VS16, a ZWJ
 * sequence, a skin tone) is drawn as its first code point padded to the
 * cluster's width.  Returns the end of the cluster.
 */
size_t width_drawn(const char *s, size_t n, size_t i, size_t *keep, size_t *pad);

#endif
