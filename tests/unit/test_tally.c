/* test_tally.c — the people and figures of a set of articles. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/ingest.h"
#include "core/model.h"
#include "core/tally.h"

static struct model M;

static void
add(const char *text)
{
	char *err = NULL, *warn = NULL;

	M.a = xgrow(M.a, &M.cap, M.n + 1, sizeof(*M.a));
	cr_assert_eq(ingest_document("x", text, strlen(text), &M.arenas[0], &M.a[M.n], &err, &warn), 0);
	free(warn);
	M.n++;
}

static void
setup(void)
{
	model_init(&M);
	M.arenas = xcalloc(1, sizeof(*M.arenas));
	M.narenas = 1;
	add("<p>배경훈 과학기술정보통신부 장관은 GPU 26만장을 확보했다고 말했다. 배 장관은 웃었다.</p>");
	add("<p>배경훈 부총리는 예산 35조5000억원을 발표했다. 류제명 차관도 함께했다.</p>");
	add("<p>류제명 과학기술정보통신부 제2차관은 반도체 1,000개를 들여온다고 밝혔다.</p>");
	model_link_duplicates(&M);
	model_build_index(&M);
}

static void
teardown(void)
{
	model_free(&M);
}

TestSuite(tally, .init = setup, .fini = teardown);

static long
person(const char *name)
{
	size_t i;

	for (i = 0; i < M.npeople; i++)
		if (strcmp(M.people[i].name, name) == 0)
			return (long)i;
	return -1;
}

Test(tally, counts_articles_most_first)
{
	struct tally t;
	size_t arts[] = { 0, 1, 2 };
	long bae = person("배경훈"), ryu = person("류제명");

	memset(&t, 0, sizeof(t));
	cr_assert_geq(bae, 0);
	cr_assert_geq(ryu, 0);
	tally_build(&t, &M, arts, 3);
	cr_expect_eq(t.pcount[bae], 2);
	cr_expect_eq(t.pcount[ryu], 2);
	cr_expect_eq(t.npeople, 2);
	cr_expect_eq(t.people[0], (size_t)(bae < ryu ? bae : ryu), "a tie: first seen first");
	cr_expect_geq(t.pmentions[bae], 3, "back-references count: %zu", t.pmentions[bae]);
	tally_free(&t);
}

Test(tally, only_the_set)
{
	struct tally t;
	size_t arts[] = { 2 };

	memset(&t, 0, sizeof(t));
	tally_build(&t, &M, arts, 1);
	cr_expect_eq(t.npeople, 1);
	cr_expect_str_eq(M.people[t.people[0]].name, "류제명");
	cr_expect_eq(t.pcount[person("배경훈")], 0);
	cr_expect_eq(t.nfigures, 1);
	cr_expect_eq(M.figures[t.figures[0]].value, 1000);
	tally_free(&t);
}

Test(tally, empty_set_and_reuse)
{
	struct tally t;
	size_t arts[] = { 0 };

	memset(&t, 0, sizeof(t));
	tally_build(&t, &M, arts, 1);
	tally_build(&t, &M, NULL, 0);
	cr_expect_eq(t.npeople, 0);
	cr_expect_eq(t.nfigures, 0);
	tally_free(&t);
}

Test(tally, titles_and_texts_of_the_set_only)
{
	struct tally t;
	size_t both[] = { 1, 0 }, one[] = { 1 }, twice[] = { 2, 2 };
	const char **s = NULL;
	size_t cap = 0, n, k;
	long bae = person("배경훈");
	int minister = 0;

	memset(&t, 0, sizeof(t));
	tally_build(&t, &M, both, 2);
	cr_expect(tally_has(&t, 0) && tally_has(&t, 1) && !tally_has(&t, 2));
	n = tally_titles(&t, &M, (size_t)bae, &s, &cap);
	cr_assert_geq(n, 2, "titles of both articles: %zu", n);
	for (k = 0; k < n; k++)
		minister |= strstr(s[k], "장관") != NULL;
	cr_expect(minister, "article 0's title, first in article order");
	cr_expect(strstr(s[0], "장관") != NULL, "article order, not set order: %s", s[0]);
	tally_build(&t, &M, one, 1);
	n = tally_titles(&t, &M, (size_t)bae, &s, &cap);
	for (k = 0; k < n; k++)
		cr_expect(strstr(s[k], "장관") == NULL, "not in the set: %s", s[k]);
	tally_build(&t, &M, twice, 2);
	cr_expect_eq(t.pcount[person("류제명")], 1, "an article listed twice counts once");
	cr_assert_eq(t.nfigures, 1);
	n = tally_texts(&t, &M, t.figures[0], &s, &cap);
	cr_expect_eq(n, 1);
	cr_expect(strstr(s[0], "1,000") != NULL, "%s", s[0]);
	free(s);
	tally_free(&t);
}
