/* test_model.c — ids and near-duplicate links in the corpus. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/ingest.h"
#include "core/model.h"

Test(model, id_is_stable_and_hex)
{
	const char *p[] = { "첫 문단이다.", "둘째 문단이다." };
	char hex[17];
	uint64_t a = model_body_id(p, 2), b = model_body_id(p, 2), c = model_body_id(p, 1);

	cr_assert_eq(a, b);
	cr_assert_neq(a, c);
	model_id_hex(a, hex);
	cr_assert_eq(strlen(hex), 16);
	cr_assert_eq(strspn(hex, "0123456789abcdef"), 16);
	/* the same text gives the same id on every machine: FNV-1a is fixed */
	model_id_hex(model_body_id(NULL, 0), hex);
	cr_assert_str_eq(hex, "0000000000000000");
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
	cr_assert_eq(m.a[0].id, m.a[2].id);
	model_free(&m);
}
