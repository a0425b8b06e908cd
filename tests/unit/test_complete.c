/* test_complete.c — what Tab completions share: the distinct candidates
 * listed, the prefix they share on a whole character. */
#include <criterion/criterion.h>
#include <stdint.h>

#include "core/complete.h"

static size_t
complete(const char *const *cand, size_t n, size_t typed, size_t max, const char *text,
	 struct buf *out, struct buf *list)
{
	buf_reset(out);
	buf_adds(out, text);
	buf_reset(list);
	buf_adds(list, "");
	return complete_list(cand, n, typed, max, out, list);
}

Test(complete, distinct_ones_and_their_shared_prefix)
{
	const char *cand[] = { "gpu.json", "gpu.md", "gpu.md" };
	struct buf out = BUF_INIT, list = BUF_INIT;

	cr_assert_eq(complete(cand, 3, 1, SIZE_MAX, "g", &out, &list), 2, "equal ones count once");
	cr_expect_str_eq(out.s, "gpu.");
	cr_expect_str_eq(list.s, "gpu.json gpu.md");
	cr_assert_eq(complete(cand + 1, 2, 3, SIZE_MAX, "gpu", &out, &list), 1);
	cr_expect_str_eq(out.s, "gpu.md", "the one candidate whole");
	cr_assert_eq(complete(cand, 0, 1, SIZE_MAX, "z", &out, &list), 0);
	cr_expect_str_eq(out.s, "z", "none: the text stays");
	cr_expect_str_eq(list.s, "");
	buf_free(&out);
	buf_free(&list);
}

Test(complete, prefix_ends_on_a_whole_character)
{
	/* 배경훈 and 배경훌 share two of the three bytes of their last syllable */
	const char *cand[] = { "배경훈", "배경훌" };
	struct buf out = BUF_INIT, list = BUF_INIT;

	cr_assert_eq(complete(cand, 2, 3, SIZE_MAX, "배", &out, &list), 2);
	cr_expect_str_eq(out.s, "배경");
	cr_expect_str_eq(list.s, "배경훈 배경훌");
	buf_free(&out);
	buf_free(&list);
}

Test(complete, the_first_max_then_an_ellipsis)
{
	const char *cand[] = { "a", "b", "b", "c", "d" };
	struct buf out = BUF_INIT, list = BUF_INIT;

	cr_assert_eq(complete(cand, 5, 0, 2, "", &out, &list), 4);
	cr_expect_str_eq(list.s, "a b \xE2\x80\xA6");
	cr_expect_str_eq(out.s, "", "nothing shared");
	cr_assert_eq(complete(cand, 5, 0, 4, "", &out, &list), 4);
	cr_expect_str_eq(list.s, "a b c d", "exactly max: no ellipsis");
	buf_free(&out);
	buf_free(&list);
}
