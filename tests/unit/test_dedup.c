/* test_dedup.c — repeats inside a page and near-duplicates across pages. */
#include <criterion/criterion.h>
#include <stdio.h>
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

#define S4 "정부는 내년 상반기까지 세부 계획을 마련해 발표하겠다는 방침을 거듭 밝혔다고 덧붙였다."
#define S5 "업계 관계자는 전력망 확충 없이는 데이터센터 분산이 어렵다고 지적했다."

Test(dedup, minhash_near_and_far)
{
	char *a[] = { (char *)S1, (char *)S2, (char *)S3, (char *)S4, (char *)S5 };
	/* a re-post: one sentence dropped, spacing and quotes changed */
	char *b[] = { (char *)S1, (char *)"과학기술정보통신부는  이날 기업들의 \"의견\"을 들었다고 설명했다.",
		(char *)S3, (char *)S4 };
	char *c[] = { (char *)"전혀 다른 기사의 본문이다. 주식 시장이 크게 올랐다고 전했다. 외국인과 기관이 동반 매수에 나섰다고 분석했다." };
	uint32_t sa[DEDUP_K], sb[DEDUP_K], sc[DEDUP_K];

	cr_assert_gt(dedup_minhash(a, 5, sa), 100);
	dedup_minhash(b, 4, sb);
	dedup_minhash(c, 1, sc);
	cr_assert_geq(dedup_similarity(sa, sb), DEDUP_MIN_SIMILARITY);
	cr_assert_lt(dedup_similarity(sa, sc), 0.2);
	cr_assert_eq(dedup_similarity(sa, sa), 1.0);
}

static void
sign(uint32_t *sig, const char *text)
{
	char *p[1] = { (char *)text };

	dedup_minhash(p, 1, sig);
}

Test(dedup, link_points_to_earliest_and_skips)
{
	uint32_t sigs[4 * DEDUP_K];
	unsigned char skip[] = { 0, 0, 0, 0 };
	long near[4];

	sign(sigs, S1 S2 S3 S4);
	sign(sigs + DEDUP_K, "전혀 다른 기사의 본문이다. 주식 시장이 크게 올랐다고 전했다.");
	sign(sigs + 2 * DEDUP_K, S1 S2 S3 S4 S5);
	sign(sigs + 3 * DEDUP_K, S1 S2 S3 S4);
	dedup_link(sigs, skip, 4, near);
	cr_assert_eq(near[0], -1);
	cr_assert_eq(near[1], -1);
	cr_assert_eq(near[2], 0);
	cr_assert_eq(near[3], 0);
	skip[3] = 1;
	dedup_link(sigs, skip, 4, near);
	cr_assert_eq(near[3], -1);
}

Test(dedup, link_is_near_linear_on_many_unrelated_bodies)
{
	/* 5000 distinct bodies: none linked (each differs in most 5-grams) */
	enum { N = 5000 };
	uint32_t *sigs = xmalloc(N * DEDUP_K * sizeof(*sigs));
	long *near = xmalloc(N * sizeof(*near));
	size_t i;

	for (i = 0; i < N; i++) {
		char text[256];

		snprintf(text, sizeof(text), "문서%zu 번째 본문 %zu 과 %zu 그리고 %zu 의 내용 %zu",
		    i, i * 7919 % 10007, i * 104729 % 99991, i * 31 % 977, i * 13);
		sign(sigs + i * DEDUP_K, text);
	}
	dedup_link(sigs, NULL, N, near);
	for (i = 0; i < N; i++)
		cr_assert_eq(near[i], -1, "body %zu linked to %ld", i, near[i]);
	free(sigs);
	free(near);
}
