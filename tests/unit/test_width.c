/* test_width.c — grapheme clusters, emoji and East Asian Ambiguous
 * widths, truncation at every width (core/width.h). */
#include <criterion/criterion.h>
#include <string.h>

#include "core/width.h"

static size_t
w(const char *s)
{
	return width_of(s, strlen(s));
}

/* The clusters of s, each length into lens; returns their number. */
static size_t
clusters(const char *s, size_t *lens, size_t max)
{
	size_t n = strlen(s), i = 0, k = 0;

	while (i < n && k < max) {
		size_t e = width_next(s, n, i);

		cr_assert_gt(e, i);
		lens[k++] = e - i;
		i = e;
	}
	return k;
}

#define FAMILY "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7"
#define FLAG_KR "\xF0\x9F\x87\xB0\xF0\x9F\x87\xB7"
#define FLAG_JP "\xF0\x9F\x87\xAF\xF0\x9F\x87\xB5"
#define HEART_VS16 "\xE2\x9D\xA4\xEF\xB8\x8F"
#define PINK_HEART "\xF0\x9F\xA9\xB7"	/* U+1FA77, Unicode 15 */
#define THUMB_TONE "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"

Test(width, clusters_keep_sequences_whole)
{
	size_t l[16];

	cr_assert_eq(clusters(FAMILY "a", l, 16), 2, "a ZWJ sequence is one cluster");
	cr_assert_eq(l[0], strlen(FAMILY));
	cr_assert_eq(clusters(FLAG_KR FLAG_JP, l, 16), 2, "flags pair up");
	cr_assert_eq(l[0], 8);
	cr_assert_eq(l[1], 8);
	cr_assert_eq(clusters(FLAG_KR "\xF0\x9F\x87\xB0", l, 16), 2, "a third indicator starts over");
	cr_assert_eq(clusters(HEART_VS16 "a", l, 16), 2);
	cr_assert_eq(l[0], 6);
	cr_assert_eq(clusters("e\xCC\x81x", l, 16), 2);
	cr_assert_eq(clusters(THUMB_TONE, l, 16), 1);
	cr_assert_eq(clusters("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB", l, 16), 1, "conjoining jamo L V T");
	cr_assert_eq(clusters("a\r\nb", l, 16), 3, "CR LF is one");
	cr_assert_eq(clusters("한국", l, 16), 2);
}

Test(width, floor_and_ceil_fall_on_boundaries)
{
	const char *s = "x" FAMILY "y";
	size_t n = strlen(s), off;

	for (off = 1; off < 1 + strlen(FAMILY); off++) {
		cr_assert_eq(width_floor(s, n, off), 1, "off %zu", off);
		cr_assert_eq(width_ceil(s, n, off), off == 1 ? 1 : 1 + strlen(FAMILY));
	}
	cr_assert_eq(width_floor(s, n, n), n);
	cr_assert_eq(width_floor(FLAG_KR FLAG_JP, 16, 12), 8, "the second flag's second half");
}

Test(width, emoji_presentation_is_two)
{
	width_set_ambiguous_wide(0);
	cr_assert_eq(w("\xF0\x9F\x98\x80"), 2);
	cr_assert_eq(w(HEART_VS16), 2, "VS16 makes an emoji");
	cr_assert_eq(w("\xE2\x9D\xA4"), 1, "a bare heart is text");
	cr_assert_eq(w("\xE2\x9D\xA4\xEF\xB8\x8E"), 1, "VS15 keeps it text");
	cr_assert_eq(w(PINK_HEART), 2, "Unicode 15 emoji");
	cr_assert_eq(w(FAMILY), 2);
	cr_assert_eq(w(FLAG_KR), 2);
	cr_assert_eq(w(THUMB_TONE), 2);
	cr_assert_eq(w("#\xEF\xB8\x8F\xE2\x83\xA3"), 2, "keycap");
	cr_assert_eq(w("e\xCC\x81"), 1);
	cr_assert_eq(w("\xE3\x80\x80"), 2, "U+3000");
	cr_assert_eq(w("한국어 abc"), 10);
}

Test(width, ambiguous_is_exactly_the_A_set)
{
	/* A: · “ ” … ※ ① ─ ○ ; N or Na: ▸ ❤ ₩ ‧ */
	static const uint32_t amb[] = { 0xB7, 0x201C, 0x201D, 0x2026, 0x203B, 0x2460, 0x2500, 0x25CB, 0xA1 };
	static const uint32_t not[] = { 0x25B8, 0x2764, 0x20A9, 0x2010 + 1, 0xA2, 0x41, 0xAC00, 0x2190 - 1 };
	size_t i;

	for (i = 0; i < sizeof(amb) / sizeof(amb[0]); i++) {
		cr_assert(width_is_ambiguous(amb[i]), "U+%04X is A", amb[i]);
		width_set_ambiguous_wide(1);
		cr_assert_eq(width_cp(amb[i]), 2, "U+%04X wide on request", amb[i]);
		width_set_ambiguous_wide(0);
		cr_assert_eq(width_cp(amb[i]), 1);
	}
	width_set_ambiguous_wide(1);
	for (i = 0; i < sizeof(not) / sizeof(not[0]); i++)
		cr_assert(!width_is_ambiguous(not[i]) && width_cp(not[i]) <= (not[i] == 0xAC00 ? 2 : 1),
		    "U+%04X is not widened", not[i]);
	cr_assert_eq(w("\xE2\x96\xB8*"), 2, "gisa's markers stay narrow");
	width_set_ambiguous_wide(0);
}

Test(width, truncate_never_doubles_the_ellipsis)
{
	struct buf b = BUF_INIT;

	width_truncate("거품… 없다", strlen("거품… 없다"), 7, &b);
	cr_assert_str_eq(b.s, "거품…");
	buf_reset(&b);
	width_truncate("말했다……", strlen("말했다……"), 7, &b);
	cr_assert_str_eq(b.s, "말했다…");
	buf_reset(&b);
	width_truncate("a" FAMILY "bcd", strlen("a" FAMILY "bcd"), 3, &b);
	cr_assert_str_eq(b.s, "a…", "a cluster is never cut");
	buf_reset(&b);
	width_truncate("a" HEART_VS16 "bcd", strlen("a" HEART_VS16 "bcd"), 4, &b);
	cr_assert_str_eq(b.s, "a" HEART_VS16 "…");
	buf_free(&b);
}

/* Rows that end at, one before and one past the edge, at every width
 * 40-200: never wider than the width, never cutting a cluster, and whole
 * when they fit. */
Test(width, truncate_fits_every_width)
{
	static const char *const unit[] = { "가", "a", FAMILY, HEART_VS16, FLAG_KR, "\xC2\xB7", "e\xCC\x81" };
	size_t cols, k, d;

	for (cols = 40; cols <= 200; cols++)
		for (k = 0; k < sizeof(unit) / sizeof(unit[0]); k++)
			for (d = 0; d < 3; d++) {
				struct buf row = BUF_INIT, out = BUF_INIT;
				size_t uw = w(unit[k]), target = cols - 1 + d, used;

				/* fill to target columns: "x" pads an odd rest */
				while (row.len == 0 || width_of(row.s, row.len) + uw <= target)
					buf_adds(&row, unit[k]);
				while (width_of(row.s, row.len) < target)
					buf_adds(&row, "x");
				used = width_truncate(row.s, row.len, cols, &out);
				cr_assert_leq(used, cols);
				cr_assert_eq(width_of(out.s, out.len), used);
				if (target <= cols)
					cr_assert_str_eq(out.s, row.s, "fits whole at %zu", cols);
				else
					cr_assert(out.len >= 3 && memcmp(out.s + out.len - 3, "\xE2\x80\xA6", 3) == 0);
				/* what is kept is whole clusters of the row */
				cr_assert_eq(width_floor(row.s, row.len, out.len - (target > cols ? 3 : 0)),
				    out.len - (target > cols ? 3 : 0));
				buf_free(&row);
				buf_free(&out);
			}
}

Test(width, drawn_shapes_agree_with_the_terminal)
{
	size_t keep, pad, e;
	const char *s = HEART_VS16;

	e = width_drawn(s, strlen(s), 0, &keep, &pad);
	cr_assert_eq(e, 6);
	cr_assert_eq(keep, 3, "the heart alone");
	cr_assert_eq(pad, 1, "padded to 2");
	s = FAMILY;
	width_drawn(s, strlen(s), 0, &keep, &pad);
	cr_assert_eq(keep, 4);
	cr_assert_eq(pad, 0);
	s = FLAG_KR;
	width_drawn(s, strlen(s), 0, &keep, &pad);
	cr_assert_eq(keep, 8, "a flag is drawn whole: its halves add up");
	s = "e\xCC\x81";
	width_drawn(s, strlen(s), 0, &keep, &pad);
	cr_assert_eq(keep, 3);
	cr_assert_eq(pad, 0);
}
