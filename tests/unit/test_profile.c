/* test_profile.c — one person across articles. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/ingest.h"
#include "core/model.h"
#include "core/profile.h"

static void
add(struct model *m, const char *text, const char *date)
{
	char *err = NULL, *warn = NULL;

	m->a = xgrow(m->a, &m->cap, m->n + 1, sizeof(*m->a));
	cr_assert_eq(ingest_document("x", text, strlen(text), &m->arenas[0], &m->a[m->n], &err, &warn), 0);
	m->a[m->n].date = date;
	m->n++;
	free(warn);
}

static void
start(struct model *m)
{
	model_init(m);
	m->arenas = xcalloc(1, sizeof(*m->arenas));
	m->narenas = 1;
}

static long
person(const struct model *m, const char *name, const char *org)
{
	size_t i;

	for (i = 0; i < m->npeople; i++)
		if (strcmp(m->people[i].name, name) == 0
		    && (org == NULL || (m->people[i].org != NULL && strcmp(m->people[i].org, org) == 0)))
			return (long)i;
	return -1;
}

/* Index m and build pf (not yet built) for the person name, over all of
 * m's articles; that person's index. */
static size_t
build_profile(struct model *m, struct profile *pf, const char *name)
{
	long p;

	model_build_index(m);
	p = person(m, name, NULL);
	cr_assert(p >= 0, "%s is a person", name);
	memset(pf, 0, sizeof(*pf));
	profile_build(pf, m, (size_t)p, NULL);
	return (size_t)p;
}

#define MIN1 "<p>배경훈 과학기술정보통신부 장관은 이날 \"GPU를 더 확보하겠다\"고 말했다. 업계는 환영했다고 전했다.</p>"
#define MIN2 "<p>배경훈 과학기술정보통신부 장관은 간담회에서 기업들을 만났다. 배 장관은 \"지원을 늘리겠다\"고 강조했다.</p>"
#define DPM "<p>배경훈 부총리 겸 과학기술정보통신부 장관은 \"AI 예산을 늘리겠다\"고 밝혔다. 업계는 반겼다고 전했다.</p>"

Test(profile, newest_first_with_titles_quotes_and_timeline)
{
	struct model m;
	struct profile pf;
	struct buf tl = BUF_INIT;
	size_t p, k;

	start(&m);
	add(&m, MIN1, "2025-09-09");
	add(&m, DPM, "2025-12-01");
	add(&m, MIN2, "2025-10-15");
	p = build_profile(&m, &pf, "배경훈");
	cr_assert_eq(pf.n, 3);
	cr_expect_eq(pf.e[0].art, 1);
	cr_expect_eq(pf.e[1].art, 2);
	cr_expect_eq(pf.e[2].art, 0);
	cr_expect_str_eq(pf.e[2].title, "장관");
	cr_expect_str_eq(pf.e[0].title, "부총리");
	for (k = 0; k < 3; k++) {
		cr_expect_eq(pf.e[k].nq, 1, "article %zu: %zu quotes", pf.e[k].art, pf.e[k].nq);
		cr_expect_eq(pf.e[k].at.para, 0);
	}
	cr_expect_eq(m.a[pf.e[1].art].quote[pf.q[pf.e[1].q0]].speaker, pf.e[1].who);
	profile_timeline(&pf, &tl);
	cr_expect_str_eq(tl.s, "과학기술정보통신부 장관 2025-09 \xE2\x86\x92 부총리 2025-12");
	/* only the shown articles */
	{
		unsigned char on[3] = { 1, 0, 0 };

		profile_build(&pf, &m, p, on);
		cr_expect_eq(pf.n, 1);
		cr_expect_eq(pf.nstep, 1);
	}
	buf_free(&tl);
	profile_free(&pf);
	model_free(&m);
}

/* Two people of one name at different organisations stay two. */
Test(profile, same_name_other_org_not_merged)
{
	struct model m;
	struct profile pf;
	size_t out[4];
	long a, b;

	start(&m);
	add(&m, "<p>김민수 삼성전자 사장은 \"반도체 투자를 늘리겠다\"고 말했다. 업계는 주목했다고 전했다.</p>", "2025-01-01");
	add(&m, "<p>김민수 현대자동차 부사장은 \"전기차 생산을 늘리겠다\"고 말했다. 업계는 주목했다고 전했다.</p>", "2025-02-01");
	add(&m, "<p>김민수 삼성전자 사장은 \"메모리 가격이 오른다\"고 말했다. 업계는 주목했다고 전했다.</p>", "2025-03-01");
	model_build_index(&m);
	a = person(&m, "김민수", "삼성전자");
	b = person(&m, "김민수", "현대자동차");
	cr_assert(a >= 0 && b >= 0 && a != b);
	cr_expect_eq(profile_find(&m, "김민수", out, 4), 2);
	cr_expect_eq(out[0], (size_t)a);	/* most articles first */
	cr_expect_eq(out[1], (size_t)b);
	cr_expect_eq(profile_find(&m, "김민수", out, 1), 2);
	cr_expect_eq(out[0], (size_t)a);
	cr_expect_eq(profile_find(&m, "없는사람", out, 4), 0);
	memset(&pf, 0, sizeof(pf));
	profile_build(&pf, &m, (size_t)a, NULL);
	cr_expect_eq(pf.n, 2);
	cr_expect_eq(pf.e[0].art, 2);
	profile_build(&pf, &m, (size_t)b, NULL);
	cr_expect_eq(pf.n, 1);
	cr_expect_str_eq(pf.e[0].org, "현대자동차");
	profile_free(&pf);
	model_free(&m);
}

/* Undated articles come last and give no step of the timeline. */
Test(profile, undated_last)
{
	struct model m;
	struct profile pf;

	start(&m);
	add(&m, MIN1, NULL);
	add(&m, MIN2, "2025-10-15");
	build_profile(&m, &pf, "배경훈");
	cr_assert_eq(pf.n, 2);
	cr_expect_eq(pf.e[0].art, 1);
	cr_expect_eq(pf.e[1].art, 0);
	cr_expect_eq(pf.nstep, 1);
	profile_free(&pf);
	model_free(&m);
}

/* In a month where most articles say 부총리, one that still says 장관
 * makes no step: each month counts the title said most often. */
Test(profile, one_stale_title_makes_no_step)
{
	struct model m;
	struct profile pf;
	struct buf tl = BUF_INIT;

	start(&m);
	add(&m, MIN1, "2025-09-09");
	add(&m, DPM, "2025-12-01");
	add(&m, MIN2, "2025-12-02");	/* the old title, once */
	add(&m, DPM, "2025-12-03");
	add(&m, DPM, "2025-12-20");
	build_profile(&m, &pf, "배경훈");
	profile_timeline(&pf, &tl);
	cr_expect_str_eq(tl.s, "과학기술정보통신부 장관 2025-09 \xE2\x86\x92 부총리 2025-12");
	cr_assert_eq(pf.nstep, 2);
	cr_expect_eq(pf.step[1].art, 1, "the month's first article that says 부총리");
	buf_free(&tl);
	profile_free(&pf);
	model_free(&m);
}
