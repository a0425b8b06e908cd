/* test_mention.c — an article's mention spans: the extraction's own, or
 * found again in the text of an article that came back from an export. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "core/mention.h"
#include "core/util.h"

/* An article with people names[] and figure texts figs[] over paras[],
 * without mention spans (as reload leaves it). */
struct fixture {
	struct article a;
	struct art_person people[8];
	struct art_figure fig[8];
};

static void
make(struct fixture *f, const char *title, const char *const *paras, size_t npara,
     const char *const *names, size_t nnames, const char *const *figs, size_t nfigs)
{
	size_t i;

	memset(f, 0, sizeof(*f));
	f->a.title = title;
	f->a.para = (const char **)paras;
	f->a.npara = npara;
	for (i = 0; i < nnames; i++)
		f->people[i].name = names[i];
	for (i = 0; i < nfigs; i++)
		f->fig[i].text = figs[i];
	f->a.people = f->people;
	f->a.npeople = nnames;
	f->a.fig = f->fig;
	f->a.nfig = nfigs;
	f->a.near = -1;
}

/* The text a mention covers. */
static void
covered(const struct article *a, const struct art_mention *m, char *out, size_t cap)
{
	const char *t = m->at.para == SPAN_TITLE ? a->title : a->para[m->at.para];

	snprintf(out, cap, "%.*s", (int)m->at.len, t + m->at.off);
}

Test(mention, recorded_spans_are_returned_as_they_are)
{
	struct art_mention own[1] = { { { 0, 3, 9 }, 0, MENTION_PERSON } };
	const char *paras[] = { "오늘 배경훈 장관이" };
	const char *names[] = { "배경훈" };
	struct mention_finder *mf = mention_finder_new();
	struct fixture f;
	size_t n = 0;

	make(&f, NULL, paras, 1, names, 1, NULL, 0);
	f.a.mention = own;
	f.a.nmention = 0;	/* recorded: none, even though the name is there */
	cr_assert_eq(article_mentions(&f.a, mf, &n), own);
	cr_assert_eq(n, 0);
	mention_finder_free(mf);
}

Test(mention, names_and_figures_found_in_order_title_last)
{
	const char *paras[] = {
		"배경훈 장관은 GPU 26만장을 확보했다고 밝혔다.",
		"김성훈 대표는 26만장이면 충분하다고 했다. 배경훈 장관도 동의했다.",
	};
	const char *names[] = { "배경훈", "김성훈" };
	const char *figs[] = { "26만장" };
	const char *want[] = { "배경훈", "26만장", "김성훈", "26만장", "배경훈", "배경훈" };
	uint32_t want_para[] = { 0, 0, 1, 1, 1, SPAN_TITLE };
	struct mention_finder *mf = mention_finder_new();
	struct fixture f;
	const struct art_mention *m;
	size_t n, i;

	make(&f, "배경훈 \"GPU 더 산다\"", paras, 2, names, 2, figs, 1);
	m = article_mentions(&f.a, mf, &n);
	cr_assert_eq(n, 6);
	for (i = 0; i < n; i++) {
		char got[64];

		covered(&f.a, &m[i], got, sizeof(got));
		cr_expect_str_eq(got, want[i], "mention %zu", i);
		cr_expect_eq(m[i].at.para, want_para[i], "mention %zu", i);
		cr_expect_eq(m[i].type, strcmp(want[i], "26만장") == 0 ? MENTION_FIGURE : MENTION_PERSON);
	}
	mention_finder_free(mf);
}

/* A name right after a Hangul syllable is part of another word; a
 * figure text inside a longer number is not that figure. */
Test(mention, not_inside_a_word_or_a_longer_number)
{
	const char *paras[] = { "대배경훈 씨와 배경훈 씨. 1,000억원과 21,000억원, 1,000억원대." };
	const char *names[] = { "배경훈" };
	const char *figs[] = { "1,000억원" };
	struct mention_finder *mf = mention_finder_new();
	struct fixture f;
	const struct art_mention *m;
	size_t n, i, persons = 0, figures = 0;

	make(&f, NULL, paras, 1, names, 1, figs, 1);
	m = article_mentions(&f.a, mf, &n);
	for (i = 0; i < n; i++) {
		persons += m[i].type == MENTION_PERSON;
		figures += m[i].type == MENTION_FIGURE;
	}
	cr_expect_eq(persons, 1, "only the name standing alone");
	cr_expect_eq(figures, 2, "not the tail of 21,000억원");
	mention_finder_free(mf);
}

/* Where a longer text and a shorter one start together, the longer is
 * the one highlighted; spans never overlap. */
Test(mention, the_longer_of_overlapping_texts_wins)
{
	const char *paras[] = { "남궁민수 씨가 왔다. 남궁민 씨도." };
	const char *names[] = { "남궁민", "남궁민수" };
	struct mention_finder *mf = mention_finder_new();
	struct fixture f;
	const struct art_mention *m;
	size_t n, i;

	make(&f, NULL, paras, 1, names, 2, NULL, 0);
	m = article_mentions(&f.a, mf, &n);
	cr_assert_eq(n, 2);
	cr_expect_eq(m[0].what, 1);
	cr_expect_eq(m[0].at.len, strlen("남궁민수"));
	cr_expect_eq(m[1].what, 0);
	for (i = 1; i < n; i++)
		cr_expect(m[i - 1].at.off + m[i - 1].at.len <= m[i].at.off);
	mention_finder_free(mf);
}

Test(mention, an_empty_article_and_a_reused_finder)
{
	const char *paras[] = { "배경훈" };
	const char *names[] = { "배경훈" };
	struct mention_finder *mf = mention_finder_new();
	struct fixture f;
	size_t n = 1;

	make(&f, NULL, NULL, 0, NULL, 0, NULL, 0);
	article_mentions(&f.a, mf, &n);
	cr_expect_eq(n, 0);
	make(&f, NULL, paras, 1, names, 1, NULL, 0);
	article_mentions(&f.a, mf, &n);
	cr_expect_eq(n, 1);
	make(&f, NULL, NULL, 0, NULL, 0, NULL, 0);
	article_mentions(&f.a, mf, &n);
	cr_expect_eq(n, 0, "nothing left over from the article before");
	mention_finder_free(mf);
}

/* An article naming many distinct people: every mention of every one
 * found (the cost is linear: at each character only the names that
 * start with its two characters are compared). */
Test(mention, mentions_of_many_people_all_found)
{
	static const char *const syl[] = {
		"민", "서", "준", "현", "우", "지", "수", "영", "재", "성",
		"훈", "호", "진", "혁", "석", "태", "경", "희", "연", "찬",
		"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임",
	};
	enum { NS = 30, N = NS * NS * NS };
	struct article a;
	struct art_person *people = xcalloc(N, sizeof(*people));
	const char **paras = xcalloc(N, sizeof(*paras));
	char (*names)[16] = xcalloc(N, sizeof(*names));
	struct mention_finder *mf = mention_finder_new();
	const struct art_mention *m;
	size_t i, k, n, *count = xcalloc(N, sizeof(*count));

	memset(&a, 0, sizeof(a));
	for (i = 0; i < N; i++) {
		snprintf(names[i], sizeof(names[i]), "%s%s%s", syl[i / (NS * NS)], syl[i / NS % NS],
		    syl[i % NS]);
		people[i].name = names[i];
		paras[i] = xasprintf("%s 대표는 말했다. 또 %s 대표가 웃었다.", names[i], names[i]);
	}
	a.people = people;
	a.npeople = N;
	a.para = paras;
	a.npara = N;
	m = article_mentions(&a, mf, &n);
	for (k = 0; k < n; k++)
		if (m[k].type == MENTION_PERSON)
			count[m[k].what]++;
	for (i = 0; i < N; i++)
		cr_assert_eq(count[i], 2, "%s: %zu mentions", names[i], count[i]);
	for (i = 0; i < N; i++)
		free((char *)paras[i]);
	free(paras);
	free(people);
	free(names);
	free(count);
	mention_finder_free(mf);
}
