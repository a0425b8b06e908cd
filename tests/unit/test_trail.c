/* test_trail.c — figure trails across articles. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/ingest.h"
#include "core/model.h"
#include "core/trail.h"

static void
add(struct model *m, const char *text, const char *date, const char *outlet)
{
	char *err = NULL, *warn = NULL;

	m->a = xgrow(m->a, &m->cap, m->n + 1, sizeof(*m->a));
	cr_assert_eq(ingest_document("x", text, strlen(text), &m->arenas[0], &m->a[m->n], &err, &warn), 0);
	m->a[m->n].date = date;
	m->a[m->n].outlet = outlet;
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

static double
value(const struct model *m, const struct trail_point *p)
{
	return m->a[p->art].fig[p->fig].value;
}

static long
find(const struct model *m, const char *subject, const char *unit)
{
	struct buf k = BUF_INIT, want = BUF_INIT;
	size_t i;
	long r = -1;

	trail_subject_key(subject, strlen(subject), &want);
	for (i = 0; i < m->trails->n && r < 0; i++) {
		const struct trail *t = &m->trails->t[i];

		trail_subject_key(t->subject, strlen(t->subject), &k);
		if (strcmp(k.s, want.s) == 0 && t->unit != NULL && strcmp(t->unit, unit) == 0)
			r = (long)i;
	}
	buf_free(&k);
	buf_free(&want);
	return r;
}

#define GPU(n, extra) "<p>배경훈 과학기술정보통신부 장관은 이날 GPU " n "을 확보하겠다고 밝혔다. " \
	"정부는 " extra " 계획을 구체적으로 마련하겠다고 설명했다. 업계는 환영했다고 전했다.</p>"

/* GPU 3만장 → 5만장 → 26만장, in date order whatever the input order. */
Test(trail, one_subject_across_articles_in_date_order)
{
	struct model m;
	long t;
	const struct trail *tr;

	start(&m);
	add(&m, GPU("26만장", "내년"), "2025-12-10", "매일경제");
	add(&m, GPU("3만장", "올해"), "2024-12-01", "한국경제");
	add(&m, GPU("5만 장", "하반기"), "2025-09-09", "뉴스1");
	model_build_index(&m);
	t = find(&m, "GPU", "장");
	cr_assert(t >= 0);
	tr = &m.trails->t[t];
	cr_assert_eq(tr->npt, 3);
	cr_expect_eq(tr->narts, 3);
	cr_expect_eq(value(&m, &tr->pt[0]), 30000);
	cr_expect_eq(value(&m, &tr->pt[1]), 50000);
	cr_expect_eq(value(&m, &tr->pt[2]), 260000);
	/* the speaker of the paragraph stands next to each point */
	cr_assert_geq(tr->pt[0].nwho, 1);
	cr_expect_str_eq(m.a[tr->pt[0].art].people[tr->pt[0].who[0]].name, "배경훈");
	/* Enter opens at the figure: its first occurrence */
	cr_expect_eq(tr->pt[0].at.para, 0);
	cr_expect_gt(tr->pt[0].at.len, 0);
	cr_expect(memcmp(m.a[tr->pt[0].art].para[0] + tr->pt[0].at.off, "3만", 4) == 0);
	cr_expect_eq(trail_of(m.trails, tr->pt[1].art, tr->pt[1].fig), t);
	model_free(&m);
}

/* A subject seen in one article only is no trail, however many values. */
Test(trail, one_article_is_no_trail)
{
	struct model m;

	start(&m);
	add(&m, "<p>정부는 GPU 3만장을 먼저 들여오고 이어 GPU 5만장을 추가로 도입하겠다고 밝혔다. 업계는 환영했다고 전했다.</p>",
	    "2025-01-01", "A");
	add(&m, "<p>증시에서 반도체 주가가 크게 올랐다고 증권가는 전했다. 외국인 매수가 이어졌다고 분석했다.</p>",
	    "2025-01-02", "B");
	model_build_index(&m);
	cr_expect_eq(find(&m, "GPU", "장"), -1);
	model_free(&m);
}

/* Different units or different subjects never group. */
Test(trail, unit_and_subject_separate_trails)
{
	struct model m;

	start(&m);
	add(&m, GPU("3만장", "올해"), "2024-12-01", "A");
	add(&m, "<p>배경훈 과학기술정보통신부 장관은 이날 GPU 5만대를 확보하겠다고 밝혔다. 업계는 환영했다고 전했다.</p>",
	    "2025-01-01", "B");
	add(&m, "<p>배경훈 과학기술정보통신부 장관은 이날 NPU 5만장을 확보하겠다고 밝혔다. 업계는 환영했다고 전했다.</p>",
	    "2025-02-01", "C");
	model_build_index(&m);
	cr_expect_eq(find(&m, "GPU", "장"), -1);
	cr_expect_eq(find(&m, "GPU", "대"), -1);
	cr_expect_eq(find(&m, "NPU", "장"), -1);
	cr_expect_eq(m.trails->n, 0);
	model_free(&m);
}

#define LONG "<p>과학기술정보통신부는 이날 서울에서 열린 간담회에서 기업들의 의견을 들었다고 설명했다.</p>" \
	"<p>업계는 정부의 지원이 실제 투자로 이어져야 한다며 구체적인 계획을 요구했다고 전했다.</p>" \
	"<p>정부는 내년 상반기까지 세부 계획을 마련해 발표하겠다는 방침을 거듭 밝혔다고 덧붙였다.</p>"

/* A re-post repeats its original: no point of its own, no second
 * article; with a third article the trail has two points. */
Test(trail, reposts_are_not_points)
{
	struct model m;
	long t;

	start(&m);
	add(&m, GPU("3만장", "올해") LONG, "2024-12-01", "A");
	add(&m, "<p>메뉴</p>" GPU("3만장", "올해") LONG, "2024-12-02", "B");
	model_link_duplicates(&m);
	cr_assert_eq(m.a[1].near, 0);
	model_build_index(&m);
	cr_expect_eq(find(&m, "GPU", "장"), -1);
	add(&m, GPU("5만장", "하반기"), "2025-09-09", "C");
	model_link_duplicates(&m);
	model_build_index(&m);
	t = find(&m, "GPU", "장");
	cr_assert(t >= 0);
	cr_expect_eq(m.trails->t[t].npt, 2);
	cr_expect_eq(m.trails->t[t].narts, 2);
	cr_expect_eq(m.trails->t[t].pt[0].art, 0);
	cr_expect_eq(trail_of(m.trails, 1, m.trails->t[t].pt[0].fig), -1);
	model_free(&m);
}

/* Only the articles of a selection take part. */
Test(trail, selection)
{
	struct model m;
	struct trail_set ts;
	unsigned char on[3] = { 1, 0, 1 };

	start(&m);
	add(&m, GPU("3만장", "올해"), "2024-12-01", "A");
	add(&m, GPU("5만장", "하반기"), "2025-09-09", "B");
	add(&m, GPU("26만장", "내년"), "2025-12-10", "C");
	model_build_index(&m);
	memset(&ts, 0, sizeof(ts));
	trail_build(&ts, &m, on);
	cr_assert_eq(ts.n, 1);
	cr_expect_eq(ts.t[0].npt, 2);
	cr_expect_eq(ts.t[0].pt[1].art, 2);
	on[2] = 0;
	trail_build(&ts, &m, on);
	cr_expect_eq(ts.n, 0);
	trail_set_free(&ts);
	model_free(&m);
}

Test(trail, subject_key)
{
	struct buf b = BUF_INIT;

	trail_subject_key("  AI   예산 ", strlen("  AI   예산 "), &b);
	cr_expect_str_eq(b.s, "ai 예산");
	trail_subject_key("GPU는", strlen("GPU는"), &b);
	cr_expect_str_eq(b.s, "gpu");
	trail_subject_key("AI도", strlen("AI도"), &b);
	cr_expect_str_eq(b.s, "ai");
	/* a Hangul noun keeps its last syllable: 물가, 국가, 속도 */
	trail_subject_key("물가", strlen("물가"), &b);
	cr_expect_str_eq(b.s, "물가");
	trail_subject_key("가속도", strlen("가속도"), &b);
	cr_expect_str_eq(b.s, "가속도");
	trail_subject_key("AI\xC2\xA0" "예산", strlen("AI\xC2\xA0" "예산"), &b);
	cr_expect_str_eq(b.s, "ai 예산");
	buf_free(&b);
}

Test(trail, month_and_label)
{
	char mo[8];

	trail_month("2025-09-09T10:00", mo);
	cr_expect_str_eq(mo, "2025-09");
	trail_month("2025", mo);
	cr_expect_str_eq(mo, "");
	trail_month(NULL, mo);
	cr_expect_str_eq(mo, "");
	trail_month("20x5-09-01", mo);
	cr_expect_str_eq(mo, "");
}

Test(trail, sparkline_and_labels)
{
	struct model m;
	struct buf b = BUF_INIT;
	long t;

	start(&m);
	add(&m, GPU("3만장", "올해"), "2024-12-01", "A");
	add(&m, GPU("5만 장", "하반기"), "2025-09-09", "B");
	add(&m, GPU("26만장", "내년"), "2025-12-10", "C");
	model_build_index(&m);
	t = find(&m, "GPU", "장");
	cr_assert(t >= 0);
	trail_spark(&m, &m.trails->t[t], 0, &b);
	cr_expect_str_eq(b.s, "\xE2\x96\x81\xE2\x96\x82\xE2\x96\x88");
	buf_reset(&b);
	trail_spark(&m, &m.trails->t[t], 1, &b);
	cr_expect_str_eq(b.s, "_.#");
	trail_point_label(&m, &m.trails->t[t].pt[1], &b);
	cr_expect_str_eq(b.s, "5만");
	trail_point_label(&m, &m.trails->t[t].pt[2], &b);
	cr_expect_str_eq(b.s, "26만");
	buf_free(&b);
	model_free(&m);
}

/* Equal values draw the middle of the line. */
Test(trail, sparkline_flat)
{
	struct model m;
	struct buf b = BUF_INIT;

	start(&m);
	add(&m, GPU("3만장", "올해"), "2024-12-01", "A");
	add(&m, "<p>배경훈 과학기술정보통신부 장관은 GPU 3만장을 나눠 쓰겠다고 밝혔다. 업계는 환영했다고 전했다. 정부도 같은 입장이다.</p>",
	    "2025-01-01", "B");
	model_build_index(&m);
	cr_assert_eq(m.trails->n, 1);
	trail_spark(&m, &m.trails->t[0], 1, &b);
	cr_expect_str_eq(b.s, "::");
	buf_free(&b);
	model_free(&m);
}

/* One subject in unrelated articles (different people next to it) is
 * two stories, no trail; a third article where the first person stands
 * next to it again makes a trail of two points, the other left out. */
Test(trail, one_story_only)
{
	struct model m;
	long t;

	start(&m);
	add(&m, "<p>김철수 삼성전자 사장은 올해 매출 47조원을 올렸다고 밝혔다. 업계는 주목했다고 전했다.</p>", "2015-04-07", "A");
	add(&m, "<p>이영희 유한양행 대표는 매출 4조원을 목표로 한다고 밝혔다. 업계는 주목했다고 전했다.</p>", "2024-08-21", "B");
	model_build_index(&m);
	cr_expect_eq(find(&m, "매출", "원"), -1);
	add(&m, "<p>김철수 삼성전자 사장은 내년 매출 50조원을 내다본다고 밝혔다. 업계는 주목했다고 전했다.</p>", "2025-01-01", "C");
	model_build_index(&m);
	t = find(&m, "매출", "원");
	cr_assert(t >= 0);
	cr_expect_eq(m.trails->t[t].npt, 2);
	cr_expect_eq(m.trails->t[t].pt[0].art, 0);
	cr_expect_eq(m.trails->t[t].pt[1].art, 2);
	model_free(&m);
}

/* Two trails through the same articles keep their own points. */
Test(trail, two_trails_interleaved)
{
	struct model m;
	long g, w;

	start(&m);
	add(&m, "<p>배경훈 과학기술정보통신부 장관은 GPU 3만장을 확보하고 AI 예산 5000억원을 쓰겠다고 밝혔다. 업계는 환영했다고 전했다.</p>", "2024-12-01", "A");
	add(&m, "<p>배경훈 과학기술정보통신부 장관은 GPU 5만장을 확보하고 AI 예산 9000억원을 쓰겠다고 밝혔다. 업계는 환영했다고 전했다.</p>", "2025-09-01", "B");
	model_build_index(&m);
	g = find(&m, "GPU", "장");
	w = find(&m, "AI 예산", "원");
	cr_assert(g >= 0 && w >= 0 && g != w);
	cr_expect_eq(value(&m, &m.trails->t[g].pt[0]), 30000);
	cr_expect_eq(value(&m, &m.trails->t[g].pt[1]), 50000);
	cr_expect_eq(value(&m, &m.trails->t[w].pt[0]), 5e11);
	cr_expect_eq(value(&m, &m.trails->t[w].pt[1]), 9e11);
	model_free(&m);
}

/* The corpus trails among shown articles: what the trails view of a
 * narrowed list and the export of a selection show. */
Test(trail, filter_by_shown)
{
	struct model m;
	struct trail_set ts;
	unsigned char on[3] = { 1, 0, 1 };

	start(&m);
	add(&m, GPU("3만장", "올해"), "2024-12-01", "A");
	add(&m, GPU("5만장", "하반기"), "2025-09-09", "B");
	add(&m, GPU("26만장", "내년"), "2025-12-10", "C");
	model_build_index(&m);
	memset(&ts, 0, sizeof(ts));
	trail_filter(&ts, m.trails, &m, on);
	cr_assert_eq(ts.n, 1);
	cr_expect_eq(ts.t[0].npt, 2);
	cr_expect_eq(ts.t[0].narts, 2);
	cr_expect_eq(ts.t[0].pt[0].art, 0);
	cr_expect_eq(ts.t[0].pt[1].art, 2);
	cr_expect_eq(trail_of(&ts, 2, ts.t[0].pt[1].fig), 0);
	cr_expect_eq(trail_of(&ts, 1, m.trails->t[0].pt[1].fig), -1);
	on[2] = 0;
	trail_filter(&ts, m.trails, &m, on);
	cr_expect_eq(ts.n, 0);
	trail_set_free(&ts);
	model_free(&m);
}
