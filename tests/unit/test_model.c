/* test_model.c — ids and near-duplicate links in the corpus. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "core/ingest.h"
#include "core/model.h"

Test(model, id_is_stable_and_hex)
{
	const char *p[] = { "첫 문단이다.", "둘째 문단이다." };
	char hex[17];
	uint64_t a = model_article_id(NULL, NULL, p, 2), b = model_article_id(NULL, NULL, p, 2);
	uint64_t c = model_article_id(NULL, NULL, p, 1);

	cr_assert_eq(a, b);
	cr_assert_neq(a, c);
	model_id_hex(a, hex);
	cr_assert_eq(strlen(hex), 16);
	cr_assert_eq(strspn(hex, "0123456789abcdef"), 16);
	/* the same text gives the same id on every machine: FNV-1a is fixed */
	model_id_hex(model_article_id(NULL, NULL, NULL, 0), hex);
	cr_assert_str_eq(hex, "0000000000000000");
}

/* A body re-posted under a new headline or date is another article. */
Test(model, id_of_headline_date_and_body)
{
	const char *p[] = { "첫 문단이다.", "둘째 문단이다." };
	uint64_t plain = model_article_id(NULL, NULL, p, 2);
	uint64_t t = model_article_id("정부, AI 예산 늘린다", "2025-11-03", p, 2);

	cr_assert_eq(t, model_article_id("정부, AI 예산 늘린다", "2025-11-03", p, 2));
	cr_assert_neq(t, plain);
	cr_assert_neq(t, model_article_id("정부, AI 예산 늘린다(종합)", "2025-11-03", p, 2));
	cr_assert_neq(t, model_article_id("정부, AI 예산 늘린다", "2025-11-04", p, 2));
	cr_assert_neq(t, model_article_id("정부, AI 예산 늘린다", NULL, p, 2));
	/* a title is not a date */
	cr_assert_neq(model_article_id("2025-11-03", NULL, p, 2), model_article_id(NULL, "2025-11-03", p, 2));
}

static void
add(struct model *m, const char *text)
{
	char *err = NULL, *warn = NULL;

	m->a = xgrow(m->a, &m->cap, m->n + 1, sizeof(*m->a));
	cr_assert_eq(ingest_document("x", text, strlen(text), &m->arenas[0], &m->a[m->n], &err, &warn), 0);
	m->n++;
	free(warn);
}

#define BODY "<p>정부는 23일 인공지능 반도체 산업을 키우기 위해 내년 예산을 크게 늘리겠다고 밝혔다.</p>" \
	"<p>과학기술정보통신부는 이날 서울에서 열린 간담회에서 기업들의 의견을 들었다고 설명했다.</p>" \
	"<p>업계는 정부의 지원이 실제 투자로 이어져야 한다며 구체적인 계획을 요구했다고 전했다.</p>" \
	"<p>정부는 내년 상반기까지 세부 계획을 마련해 발표하겠다는 방침을 거듭 밝혔다고 덧붙였다.</p>"

Test(model, repost_linked_to_first)
{
	struct model m;

	model_init(&m);
	m.arenas = xcalloc(1, sizeof(*m.arenas));
	m.narenas = 1;
	add(&m, "사이트 A\n로그인\n" BODY "\n관련기사\n");
	add(&m, "<p>전혀 다른 기사다. 주식 시장이 오늘 크게 올랐다고 증권가는 전했다. 외국인 매수가 이어졌다고 분석했다.</p>");
	add(&m, "사이트 B 메뉴\n" BODY "\n댓글 0\n");
	model_link_duplicates(&m);
	cr_assert_eq(m.a[0].near, -1);
	cr_assert_eq(m.a[1].near, -1);
	cr_assert_eq(m.a[2].near, 0);
	/* the same body under another headline is an article of its own:
	 * near_duplicate_of can name the original, not the re-post itself */
	cr_assert_neq(m.a[0].id, m.a[2].id);
	model_free(&m);
}

Test(model, one_person_across_articles_and_indexes)
{
	struct model m;
	size_t i, k;

	model_init(&m);
	m.arenas = xcalloc(1, sizeof(*m.arenas));
	m.narenas = 1;
	add(&m, "<p>배경훈 과학기술정보통신부 장관은 GPU 26만장을 확보했다고 말했다. 배 장관은 웃었다.</p>");
	add(&m, "<p>배경훈 부총리 겸 과학기술정보통신부 장관이 GPU 26만장 공급을 확정했다. 배 부총리는 말했다.</p>");
	m.a[0].date = "2025-09-09";
	m.a[1].date = "2025-01-02";
	m.a[0].outlet = "뉴스1";
	m.a[1].outlet = "매일경제";
	model_build_index(&m);
	cr_assert_eq(m.npeople, 1);
	cr_expect_str_eq(m.people[0].name, "배경훈");
	cr_expect_eq(m.people[0].narticles, 2);
	cr_expect_eq(m.people[0].mentions, 4);
	for (i = 0, k = 0; i < m.people[0].ntitles; i++)
		k += strcmp(m.people[0].titles[i], "부총리") == 0 || strcmp(m.people[0].titles[i], "장관") == 0;
	cr_expect_eq(k, 2);
	cr_assert(model_find_figure(&m, 260000, "장") >= 0);
	cr_expect_eq(m.figures[model_find_figure(&m, 260000, "장")].narticles, 2);
	cr_expect_eq(m.a[1].fig[m.a[1].nfig - 1].figure, (size_t)model_find_figure(&m, 260000, "장"));
	cr_assert_eq(m.noutlets, 2);
	cr_expect_str_eq(m.outlets[0].outlet, "뉴스1");	/* byte order */
	cr_expect_eq(m.by_date[0], 1);
	cr_expect_eq(m.by_date[1], 0);
	/* mentions are sorted and point at what they name */
	for (i = 1; i < m.a[0].nmention; i++)
		cr_expect(m.a[0].mention[i - 1].at.off < m.a[0].mention[i].at.off);
	model_free(&m);
}

/* A figure's distinct surface forms, first seen first, each once; the
 * index survives being built again. */
Test(model, figure_texts_distinct_across_articles)
{
	struct model m;
	long f;

	model_init(&m);
	m.arenas = xcalloc(1, sizeof(*m.arenas));
	m.narenas = 1;
	add(&m, "<p>정부는 GPU 26만장을 확보했다고 밝혔다. 업계는 환영했다고 전했다.</p>");
	add(&m, "<p>정부는 GPU 26만 장을 들여온다고 밝혔다. 업계는 기대했다고 전했다.</p>");
	add(&m, "<p>정부가 확보한 GPU 26만장이 곧 도착한다고 밝혔다. 업계는 반겼다고 전했다.</p>");
	model_build_index(&m);
	model_build_index(&m);
	f = model_find_figure(&m, 260000, "장");
	cr_assert(f >= 0);
	cr_expect_eq(m.figures[f].narticles, 3);
	cr_assert_eq(m.figures[f].ntexts, 2);
	cr_expect_str_eq(m.figures[f].texts[0], "26만장");
	cr_expect_str_eq(m.figures[f].texts[1], "26만 장");
	model_free(&m);
}

/* An article naming one person: name, organisation (NULL: none). */
static void
add_person(struct model *m, const char *name, const char *org)
{
	struct article *a;

	m->a = xgrow(m->a, &m->cap, m->n + 1, sizeof(*m->a));
	a = &m->a[m->n++];
	memset(a, 0, sizeof(*a));
	a->people = arena_alloc(&m->arenas[0], sizeof(*a->people));
	memset(a->people, 0, sizeof(*a->people));
	a->people[0].name = name;
	a->people[0].org = org;
	a->people[0].mentions = 1;
	a->npeople = 1;
}

/* The merge rule, done the slow way: the first person of the name whose
 * organisation agrees (the same, or either has none), else a new one;
 * a person without organisation takes the first that joins it. */
static size_t
merged_slow(const char **name, const char **org, size_t n, size_t *person, const char **porg)
{
	size_t i, j, np = 0, pfirst[1024];

	for (i = 0; i < n; i++) {
		for (j = 0; j < np; j++)
			if (strcmp(name[pfirst[j]], name[i]) == 0
			    && (porg[j] == NULL || org[i] == NULL || strcmp(porg[j], org[i]) == 0))
				break;
		if (j == np) {
			pfirst[np] = i;
			porg[np++] = NULL;
		}
		if (porg[j] == NULL)
			porg[j] = org[i];
		person[i] = j;
	}
	return np;
}

/* One name over many organisations, entries without one first and in
 * between, and another name among them: merged as the rule says. */
Test(model, people_merged_by_name_and_organisation)
{
	static char orgs[300][16];
	const char *name[1024], *org[1024], *porg[1024];
	size_t person[1024], n = 0, np, i;
	struct model m;

	model_init(&m);
	m.arenas = xcalloc(1, sizeof(*m.arenas));
	m.narenas = 1;
	name[n] = "김민수", org[n++] = NULL;	/* a person without organisation */
	name[n] = "김민수", org[n++] = NULL;	/* joins it */
	name[n] = "이영희", org[n++] = "기관7";	/* another name, its first has one */
	name[n] = "이영희", org[n++] = NULL;	/* joins it */
	name[n] = "이영희", org[n++] = "기관8";	/* a second 이영희 */
	for (i = 0; i < 300; i++) {
		snprintf(orgs[i], sizeof(orgs[i]), "기관%zu", i % 150);	/* each twice */
		name[n] = "김민수", org[n++] = orgs[i];
		if (i % 7 == 3)
			name[n] = "김민수", org[n++] = NULL;	/* the first 김민수 */
		if (i % 11 == 5)
			name[n] = "이영희", org[n++] = orgs[i];
	}
	for (i = 0; i < n; i++)
		add_person(&m, name[i], org[i]);
	np = merged_slow(name, org, n, person, porg);
	model_build_index(&m);
	cr_assert_eq(m.npeople, np);
	for (i = 0; i < n; i++)
		cr_assert_eq(m.a[i].people[0].person, person[i], "entry %zu", i);
	for (i = 0; i < np; i++) {
		cr_expect(m.people[i].org == porg[i], "person %zu", i);
		cr_expect_str_eq(m.people[i].name, name[m.people[i].articles[0]]);
	}
	/* what the rule says, spelt out for the first few */
	cr_expect_eq(m.a[1].people[0].person, 0);
	cr_expect_str_eq(m.people[0].org, "기관0");	/* the first that joined */
	cr_expect_eq(m.a[3].people[0].person, m.a[2].people[0].person);
	cr_expect_neq(m.a[4].people[0].person, m.a[2].people[0].person);
	/* 김민수: 기관0..149, the first taking 기관0; 이영희: 기관7, 기관8 and
	 * 27 more, each org of them once */
	cr_expect_eq(np, 150 + 29);
	model_free(&m);
}
