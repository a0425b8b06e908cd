/* test_dedup.c — repeats inside a page and near-duplicates across pages. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/dedup.h"

#define S1 "정부는 23일 인공지능 반도체 산업을 키우기 위해 예산을 늘리겠다고 밝혔다."
#define S2 "과학기술정보통신부는 이날 기업들의 의견을 들었다고 설명했다."
#define S3 "업계는 구체적인 계획을 요구했다."

static void
fill(struct strv *sv, const char *const *p)
{
	for (; *p != NULL; p++)
		strv_add(sv, *p, strlen(*p));
}

Test(dedup, repeated_paragraph_dropped)
{
	struct strv sv = STRV_INIT;
	const char *in[] = { S1, S2, S1, NULL };

	fill(&sv, in);
	cr_assert_eq(dedup_paragraphs(&sv), 1);
	cr_assert_eq(sv.n, 2);
	strv_free(&sv);
}

Test(dedup, repeated_sentences_inside_one_line)
{
	struct strv sv = STRV_INIT;
	const char *in[] = { S1 " " S2 " " S3 " " S1 " " S2, NULL };

	fill(&sv, in);
	cr_assert_eq(dedup_paragraphs(&sv), 2);
	cr_assert_str_eq(sv.v[0], S1 " " S2 " " S3);
	strv_free(&sv);
}

Test(dedup, cut_off_copy_dropped)
{
	struct strv sv = STRV_INIT;
	const char *in[] = { S1, S2, "정부는 23일 인공지능 반도체 산업을 키우기 위해", NULL };

	fill(&sv, in);
	cr_assert_eq(dedup_paragraphs(&sv), 1);
	cr_assert_eq(sv.n, 2);
	strv_free(&sv);
}

Test(dedup, spacing_and_quotes_do_not_hide_a_repeat)
{
	struct strv sv = STRV_INIT;
	const char *in[] = { "그는 “AI 거품은 없다”고 강조했다.", "그는  \"AI 거품은 없다\"고 강조했다.", NULL };

	fill(&sv, in);
	cr_assert_eq(dedup_paragraphs(&sv), 1);
	strv_free(&sv);
}

Test(dedup, short_repeats_allowed)
{
	struct strv sv = STRV_INIT;
	const char *in[] = { "말했다.", S1, "말했다.", NULL };

	fill(&sv, in);
	cr_assert_eq(dedup_paragraphs(&sv), 0);
	cr_assert_eq(sv.n, 3);
	strv_free(&sv);
}

Test(dedup, simhash_near_and_far)
{
	char *a[] = { (char *)S1, (char *)S2, (char *)S3 };
	char *b[] = { (char *)S1, (char *)S2, (char *)S3, (char *)"끝." };
	char *c[] = { (char *)"전혀 다른 기사의 본문이다. 주식 시장이 크게 올랐다고 전했다." };
	uint64_t ha = dedup_simhash(a, 3), hb = dedup_simhash(b, 4), hc = dedup_simhash(c, 1);

	cr_assert_leq(__builtin_popcountll(ha ^ hb), DEDUP_MAX_DISTANCE);
	cr_assert_gt(__builtin_popcountll(ha ^ hc), DEDUP_MAX_DISTANCE);
}

Test(dedup, link_points_to_earliest)
{
	uint64_t h[] = { 0x1234567890abcdefULL, 0xfedcba0987654321ULL, 0x1234567890abcdeeULL,
		0x1234567890abcdefULL };
	unsigned char skip[] = { 0, 0, 0, 0 };
	long near[4];

	dedup_link(h, skip, 4, near);
	cr_assert_eq(near[0], -1);
	cr_assert_eq(near[1], -1);
	cr_assert_eq(near[2], 0);
	cr_assert_eq(near[3], 0);
	skip[3] = 1;
	dedup_link(h, skip, 4, near);
	cr_assert_eq(near[3], -1);
}

Test(dedup, link_spans_every_bit_within_the_distance)
{
	/* bits spread over every band: a re-post 5 bits away still links */
	uint64_t base = 0x0123456789abcdefULL;
	uint64_t h[] = { base, base ^ 0x8000100002000041ULL };
	long near[2];

	cr_assert_eq(__builtin_popcountll(h[0] ^ h[1]), 5);
	dedup_link(h, NULL, 2, near);
	cr_assert_eq(near[1], 0, "5 bits apart");
	h[1] ^= 0x0000000000100000ULL;
	dedup_link(h, NULL, 2, near);
	cr_assert_eq(near[1], -1, "6 bits apart");
}
