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

	cr_assert_gt(dedup_minhash(a, 5, sa), DEDUP_MIN_SHINGLES);
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
	/* 5000 distinct bodies: none linked (each differs in most shingles) */
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

/* A beat's stock sentence with the specifics of one story in it. */
static void
beat_body(char *out, size_t cap, unsigned story, unsigned variant)
{
	static const char *const who[] = { "김민수", "이서연", "박지훈", "최유진", "정하늘",
		"강도윤", "조서현", "윤태오" };
	static const char *const org[] = { "다온파운드리", "한빛반도체", "미래소재", "새누리전자",
		"누리테크", "가람에너지", "온빛바이오", "하람모빌리티" };
	static const char *const what[] = { "낸드플래시", "고대역폭메모리", "전력반도체",
		"차량용반도체", "인공지능가속기", "이차전지소재", "수소연료전지", "자율주행센서" };
	size_t n = 0;
	unsigned s;

	out[0] = '\0';
	for (s = 0; s < 9; s++) {
		uint64_t x = ((uint64_t)story << 32 | (s * 31 + variant)) * 0x9E3779B97F4A7C15ULL;
		unsigned k;

		x ^= x >> 29;
		x *= 0xBF58476D1CE4E5B9ULL;
		k = (unsigned)(x >> 33);

		/* at most three template words in a row: every 4-word
		 * shingle holds a word of the story */
		n += (size_t)snprintf(out + n, cap - n,
		    "%s %s 대표는 %u일 서울 %s에서 열린 워크숍에서 %u억원 규모의 %s 투자를 "
		    "%u개월 안에 마무리하고 %s 인력 %u명을 새로 뽑겠다고 밝혔다. ",
		    who[k % 8], org[(k / 8) % 8], 1 + k % 28, what[(k / 3) % 8], 10 + k % 9973,
		    what[(k / 5) % 8], 2 + (k / 7) % 31, what[(k / 11) % 8], 5 + (k / 13) % 997);
	}
}

/* Bodies of one sentence run each, linked as the model links them: the
 * signatures propose, the exact shingle similarity confirms. */
struct bodies {
	char **text;
	uint32_t *sig;
	const uint32_t **each;
	long *near;
	size_t n;
};

static int
verify_bodies(void *ctx, size_t i, size_t j)
{
	const struct bodies *b = ctx;

	return dedup_jaccard((const char *const *)&b->text[i], 1,
	    (const char *const *)&b->text[j], 1) >= DEDUP_MIN_JACCARD;
}

static void
bodies_link(struct bodies *b)
{
	size_t i;

	b->sig = xmalloc(b->n * DEDUP_K * sizeof(*b->sig));
	b->each = xmalloc(b->n * sizeof(*b->each));
	b->near = xmalloc(b->n * sizeof(*b->near));
	for (i = 0; i < b->n; i++) {
		sign(b->sig + i * DEDUP_K, b->text[i]);
		b->each[i] = b->sig + i * DEDUP_K;
	}
	dedup_link_each(b->each, b->n, b->near, verify_bodies, b);
}

static void
bodies_free(struct bodies *b)
{
	size_t i;

	for (i = 0; i < b->n; i++)
		free(b->text[i]);
	free(b->text);
	free(b->sig);
	free(b->each);
	free(b->near);
}

Test(dedup, same_beat_stock_phrases_are_not_reposts)
{
	/*
	 * Stories of one beat written from the same templates: every word
	 * but the names, numbers and nouns of the story is shared, so their
	 * character grams overlap heavily, but few runs of four words are
	 * shared by two stories.
	 */
	struct bodies b = { NULL, NULL, NULL, NULL, 300 };
	char text[4096];
	size_t i, linked = 0;

	b.text = xmalloc(b.n * sizeof(*b.text));
	for (i = 0; i < b.n; i++) {
		beat_body(text, sizeof(text), (unsigned)i, 0);
		b.text[i] = xstrdup(text);
	}
	bodies_link(&b);
	for (i = 0; i < b.n; i++)
		linked += b.near[i] >= 0;
	cr_assert_eq(linked, 0, "%zu same-beat stories linked as re-posts", linked);
	bodies_free(&b);
}

Test(dedup, reposts_found_among_a_common_phrase)
{
	/*
	 * 400 stories that all end with the same long boilerplate paragraph:
	 * its bands are shared by every story, which must neither link them
	 * nor hide the real re-posts (every 40th story is re-posted, the
	 * copy with one sentence's ending rewritten).
	 */
	enum { N = 400 };
	static const char boiler[] = " 한편 이번 행사는 산업통상자원부와 한국반도체산업협회가 공동으로 주최하고 "
	    "관련 기업과 연구기관 관계자 300여 명이 참석한 가운데 오후 늦게까지 이어졌으며 "
	    "참석자들은 정책의 일관성과 예측 가능성을 거듭 요구했다.";
	struct bodies b = { NULL, NULL, NULL, NULL, N + N / 40 };
	char text[4096];
	size_t i, k = N;

	b.text = xmalloc(b.n * sizeof(*b.text));
	for (i = 0; i < N; i++) {
		beat_body(text, sizeof(text) - sizeof(boiler), (unsigned)i, 0);
		strcat(text, boiler);
		b.text[i] = xstrdup(text);
	}
	for (i = 0; i < N; i += 40, k++) {
		char *cut;

		beat_body(text, sizeof(text) - sizeof(boiler), (unsigned)i, 0);
		cut = strstr(text, "밝혔다. ");
		memcpy(cut, "말했다. ", strlen("말했다. "));
		strcat(text, boiler);
		b.text[k] = xstrdup(text);
	}
	bodies_link(&b);
	for (i = 0; i < N; i++)
		cr_assert_eq(b.near[i], -1, "story %zu linked to %ld", i, b.near[i]);
	for (i = 0, k = N; i < N; i += 40, k++)
		cr_assert_eq(b.near[k], (long)i, "re-post of %zu linked to %ld", i, b.near[k]);
	{
		/* one article at a time (an export written while it is read)
		 * links as all at once, articles never added included */
		struct dedup_linker *l = dedup_linker_new(b.n);
		long *all = xmalloc(b.n * sizeof(*all));

		for (i = 0; i < b.n; i++)
			cr_assert_eq(dedup_linker_add(l, b.each, i, verify_bodies, &b), b.near[i],
			    "article %zu", i);
		dedup_linker_free(l);
		for (i = 0; i < b.n; i += 3)
			b.each[i] = NULL;	/* failed pages: never linked */
		dedup_link_each(b.each, b.n, all, verify_bodies, &b);
		l = dedup_linker_new(b.n);
		for (i = 1; i < b.n; i++)
			if (i % 3 != 0)
				cr_assert_eq(dedup_linker_add(l, b.each, i, verify_bodies, &b), all[i],
				    "article %zu after skips", i);
		dedup_linker_free(l);
		for (i = 0; i < N; i++)
			if (i % 40 == 0 && i % 3 != 0)
				break;
		cr_assert_eq(all[N + i / 40], (long)i, "the skips leave re-posts to find");
		free(all);
	}
	bodies_free(&b);
}

Test(dedup, jaccard_of_word_shingles)
{
	const char *a[] = { "하나 둘 셋 넷 다섯", "여섯 일곱" };	/* 7 words: 4 shingles */
	const char *b[] = { "하나, 둘 셋  넷 다섯 여섯 일곱" };	/* the same words */
	const char *c[] = { "하나 둘 셋 넷 다섯 여섯 여덟" };	/* the last shingle differs */
	const char *d[] = { "하나 둘 셋" };		/* too short for a shingle */

	cr_assert_float_eq(dedup_jaccard(a, 2, b, 1), 1.0, 1e-9);
	cr_assert_float_eq(dedup_jaccard(a, 2, c, 1), 3.0 / 5.0, 1e-9);
	cr_assert_float_eq(dedup_jaccard(a, 2, d, 1), 0.0, 1e-9);
	cr_assert_float_eq(dedup_jaccard(d, 1, d, 1), 0.0, 1e-9);
}

static int
refuse(void *ctx, size_t i, size_t j)
{
	size_t *asked = ctx;

	cr_assert_lt(j, i);
	(*asked)++;
	return 0;
}

Test(dedup, link_only_what_verify_confirms)
{
	/* signatures made by hand: 1 shares 28 of 64 values with 0 (in
	 * doubt), 2 shares 48 (beyond doubt), 3 shares 16 (no candidate
	 * worth asking about) */
	uint32_t sigs[4 * DEDUP_K];
	const uint32_t *each[4] = { sigs, sigs + DEDUP_K, sigs + 2 * DEDUP_K, sigs + 3 * DEDUP_K };
	long near[4];
	size_t asked = 0, k;

	for (k = 0; k < DEDUP_K; k++) {
		sigs[k] = (uint32_t)k;
		sigs[DEDUP_K + k] = k < 28 ? (uint32_t)k : 1000 + (uint32_t)k;
		sigs[2 * DEDUP_K + k] = k < 48 ? (uint32_t)k : 2000 + (uint32_t)k;
		sigs[3 * DEDUP_K + k] = k < 16 ? (uint32_t)k : 3000 + (uint32_t)k;
	}
	cr_assert_float_eq(dedup_similarity(each[0], each[1]), 28.0 / 64, 1e-9);
	dedup_link_each(each, 4, near, refuse, &asked);
	cr_assert_eq(near[1], -1);	/* asked, refused */
	cr_assert_eq(near[2], 0);	/* sure, after asking about 1 (28 equal) */
	cr_assert_eq(near[3], -1);
	cr_assert_eq(asked, 2);
	dedup_link_each(each, 4, near, NULL, NULL);
	cr_assert_eq(near[1], 0);
	cr_assert_eq(near[2], 0);
	cr_assert_eq(near[3], -1);
}
