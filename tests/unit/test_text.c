/* test_text.c — widths, truncation and Korean line breaking, including
 * the pitfalls of shared/spec/cjk-pitfalls.md. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/text.h"

static size_t
w(const char *s)
{
	return text_width(s, strlen(s));
}

Test(text, widths)
{
	text_set_ambiguous_wide(0);
	cr_assert_eq(w("abc"), 3);
	cr_assert_eq(w("한국어"), 6);
	cr_assert_eq(w("\xE3\x80\x80"), 2, "U+3000 is wide");
	cr_assert_eq(w("😀"), 2);
	cr_assert_eq(w("❤\xEF\xB8\x8F"), 2, "VS16 makes it an emoji (test_width.c)");
	cr_assert_eq(w("e\xCC\x81"), 1, "combining acute");
	cr_assert_eq(w("·“”…※①"), 6, "ambiguous narrow by default");
	text_set_ambiguous_wide(1);
	cr_assert_eq(w("·“”…※①"), 12, "ambiguous wide on request");
	cr_assert_eq(w("한a"), 3);
	text_set_ambiguous_wide(0);
}

Test(text, truncate_with_ellipsis)
{
	struct buf b = BUF_INIT;
	size_t used;

	used = text_truncate("배경훈 부총리 AI 거품", strlen("배경훈 부총리 AI 거품"), 10, &b);
	cr_assert_leq(used, 10);
	cr_assert_str_eq(b.s, "배경훈 부…");
	buf_reset(&b);
	used = text_truncate("한국어", 9, 5, &b);
	cr_assert_eq(used, 5);
	cr_assert_str_eq(b.s, "한국…");
	buf_reset(&b);
	used = text_truncate("abc", 3, 3, &b);
	cr_assert_str_eq(b.s, "abc");
	buf_reset(&b);
	/* never cut between a base and its variation selector */
	used = text_truncate("a❤\xEF\xB8\x8F" "bcd", strlen("a❤\xEF\xB8\x8F" "bcd"), 4, &b);
	cr_assert_str_eq(b.s, "a❤\xEF\xB8\x8F…");
	buf_free(&b);
}

Test(text, fit_never_splits_a_wide_char)
{
	size_t width;
	size_t len = text_fit("가나다", 9, 5, &width);

	cr_assert_eq(len, 6);
	cr_assert_eq(width, 4);
}

static void
check_wrap(const char *s, size_t cols, const char *const *expect)
{
	struct text_line *l = NULL;
	size_t cap = 0, n = text_wrap(s, strlen(s), cols, &l, &cap), i;
	struct buf joined = BUF_INIT;

	for (i = 0; expect[i] != NULL; i++) {
		cr_assert_lt(i, n, "too few lines");
		cr_assert(strlen(expect[i]) == l[i].len && memcmp(s + l[i].off, expect[i], l[i].len) == 0,
		    "line %zu: '%.*s' != '%s'", i, (int)l[i].len, s + l[i].off, expect[i]);
		cr_assert_leq(l[i].width, cols);
	}
	cr_assert_eq(i, n, "too many lines: %zu", n);
	/* the lines and the spaces between them give the paragraph back */
	for (i = 0; i < n; i++)
		buf_add(&joined, s + l[i].off, (i + 1 < n ? l[i + 1].off : strlen(s)) - l[i].off);
	cr_assert_str_eq(joined.s, s);
	buf_free(&joined);
	free(l);
}

Test(text, korean_breaks_between_words_keep_all)
{
	const char *e1[] = { "배경훈 부총리 겸", "과학기술정보통신부", "장관이 말했다.", NULL };

	check_wrap("배경훈 부총리 겸 과학기술정보통신부 장관이 말했다.", 18, e1);
}

Test(text, long_word_split_only_when_wider_than_line)
{
	const char *e[] = { "가나다라", "마바사", NULL };

	check_wrap("가나다라마바사", 8, e);
}

Test(text, wide_char_facing_one_free_column_moves_whole)
{
	const char *e[] = { "abc", "한글", NULL };

	check_wrap("abc한글", 4, e);
	{
		const char *e2[] = { "a한", "글", NULL };

		check_wrap("a한글", 4, e2);
	}
}

Test(text, latin_follows_uax14)
{
	const char *e[] = { "GPU 26만장", "확보에 나선다", NULL };

	check_wrap("GPU 26만장 확보에 나선다", 14, e);
}

Test(text, nfd_jamo_measured_after_nfc_only)
{
	/* source hands text over in NFC; a precomposed 한 is 2 columns */
	cr_assert_eq(w("한"), 2);
}
