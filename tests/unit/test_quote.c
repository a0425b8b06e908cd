/* test_quote.c — quotations and their speakers (quote.c). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "core/person.h"
#include "core/quote.h"

static char got[4096];

/* "speaker|text" per quotation, one a line, for the paragraphs p. */
static const char *
quotes_of(const char *const *p, size_t n)
{
	struct person_result r;
	struct quote_result q;
	size_t i, at = 0;

	memset(&r, 0, sizeof(r));
	memset(&q, 0, sizeof(q));
	person_extract(NULL, p, n, NULL, 0, NULL, &r);
	quote_extract(p, n, &r, &q);
	got[0] = '\0';
	for (i = 0; i < q.n; i++) {
		const struct person *who = &r.p[q.q[i].who];

		at += (size_t)snprintf(got + at, sizeof(got) - at, "%.*s|%.*s\n",
		    (int)who->name.len, who->name.s, (int)q.q[i].len, p[q.q[i].para] + q.q[i].off);
	}
	quote_result_free(&q);
	person_result_free(&r);
	return got;
}

static const char *
one(const char *s)
{
	const char *p[1] = { s };

	return quotes_of(p, 1);
}

#define MIN "배경훈 과학기술정보통신부 장관은 "

Test(quote, ragoh_malhaetda) { cr_assert_str_eq(one(MIN "\"AI 거품은 없다\"라고 말했다."), "배경훈|AI 거품은 없다\n"); }
Test(quote, go_balkhyeotda) { cr_assert_str_eq(one(MIN "“예산을 늘리겠다”고 밝혔다."), "배경훈|예산을 늘리겠다\n"); }
Test(quote, go_gangjo) { cr_assert_str_eq(one(MIN "“연구가 먼저다”고 강조했다."), "배경훈|연구가 먼저다\n"); }
Test(quote, go_deotbut) { cr_assert_str_eq(one(MIN "“인재를 키우겠다”고 덧붙였다."), "배경훈|인재를 키우겠다\n"); }
Test(quote, go_seolmyeong) { cr_assert_str_eq(one(MIN "“시장이 커지고 있다”고 설명했다."), "배경훈|시장이 커지고 있다\n"); }
Test(quote, go_jijeok) { cr_assert_str_eq(one(MIN "“규제가 너무 많다”고 지적했다."), "배경훈|규제가 너무 많다\n"); }
Test(quote, go_jeonhaet) { cr_assert_str_eq(one(MIN "“곧 발표하겠다”고 전했다."), "배경훈|곧 발표하겠다\n"); }
Test(quote, go_dap) { cr_assert_str_eq(one(MIN "“아직 이르다”고 답했다."), "배경훈|아직 이르다\n"); }
Test(quote, iragoh) { cr_assert_str_eq(one(MIN "“올해가 마지막 기회”라고 말했다."), "배경훈|올해가 마지막 기회\n"); }
Test(quote, myeo) { cr_assert_str_eq(one(MIN "“AI 거품은 없다”며 투자를 약속했다."), "배경훈|AI 거품은 없다\n"); }
Test(quote, rame) { cr_assert_str_eq(one(MIN "“우리가 할 일”이라며 웃었다."), "배경훈|우리가 할 일\n"); }
Test(quote, myeonseo) { cr_assert_str_eq(one(MIN "“준비가 됐다”면서 자리를 떴다."), "배경훈|준비가 됐다\n"); }
Test(quote, stance) { cr_assert_str_eq(one(MIN "“서두르지 않겠다”라는 입장이다."), "배경훈|서두르지 않겠다\n"); }
Test(quote, two_of_one_speaker)
{
	cr_assert_str_eq(one(MIN "“거품은 없다”며 “투자는 계속된다”고 말했다."),
	    "배경훈|거품은 없다\n배경훈|투자는 계속된다\n");
}
Test(quote, straight_double_marks) { cr_assert_str_eq(one(MIN "\"거품은 없다\"며 \"투자는 계속된다\"고 말했다."), "배경훈|거품은 없다\n배경훈|투자는 계속된다\n"); }
Test(quote, single_curly) { cr_assert_str_eq(one(MIN "‘끝까지 가겠다’고 말했다."), "배경훈|끝까지 가겠다\n"); }
Test(quote, single_straight) { cr_assert_str_eq(one(MIN "'끝까지 가겠다'고 말했다."), "배경훈|끝까지 가겠다\n"); }
Test(quote, speaker_after)
{
	const char *p[2] = { "배경훈 과학기술정보통신부 장관이 15일 간담회를 열었다.",
	    "“거품은 없다”라고 배 장관은 힘주어 말했다." };

	cr_assert_str_eq(quotes_of(p, 2), "배경훈|거품은 없다\n");
}
Test(quote, back_reference)
{
	const char *p[2] = { "배경훈 과학기술정보통신부 장관이 15일 간담회를 열었다.",
	    "배 장관은 “투자를 늘리겠다”고 말했다." };

	cr_assert_str_eq(quotes_of(p, 2), "배경훈|투자를 늘리겠다\n");
}
Test(quote, pronoun)
{
	const char *p[2] = { MIN "간담회를 열었다.", "그는 “투자를 늘리겠다”고 말했다." };

	cr_assert_str_eq(quotes_of(p, 2), "배경훈|투자를 늘리겠다\n");
}
Test(quote, pronoun_she)
{
	const char *p[2] = { MIN "“첫째 과제다”라고 말했다.", "그녀는 “둘째 과제도 있다”고 전했다." };

	cr_assert_str_eq(quotes_of(p, 2), "배경훈|첫째 과제다\n배경훈|둘째 과제도 있다\n");
}
Test(quote, pronoun_after_last_speaker_not_object)
{
	const char *p[2] = { MIN "“첫째 과제다”라고 말했다.",
	    "그는 김성훈 업스테이지 대표에 대해 “좋은 동료다”라고 말했다." };

	cr_assert_str_eq(quotes_of(p, 2), "배경훈|첫째 과제다\n배경훈|좋은 동료다\n");
}
Test(quote, subject_not_object)
{
	cr_assert_str_eq(one("배경훈 과학기술정보통신부 장관은 김성훈 업스테이지 대표와 만나 “함께 가겠다”고 말했다."),
	    "배경훈|함께 가겠다\n");
}
Test(quote, continuation)
{
	const char *p[2] = { MIN "“첫째 과제다”라고 말했다.", "이어 “둘째 과제도 있다”고 덧붙였다." };

	cr_assert_str_eq(quotes_of(p, 2), "배경훈|첫째 과제다\n배경훈|둘째 과제도 있다\n");
}
Test(quote, attributed_by_next_sentence)
{
	const char *p[2] = { "“거품은 없다. 투자는 계속된다.”",
	    "배경훈 과학기술정보통신부 장관은 15일 이렇게 강조했다." };

	cr_assert_str_eq(quotes_of(p, 2), "배경훈|거품은 없다. 투자는 계속된다.\n");
}
Test(quote, unnamed_official) { cr_assert_str_eq(one("배경훈 장관의 발언에 대해 업계 관계자는 “현실적이지 않다”고 말했다."), ""); }
Test(quote, unnamed_alone) { cr_assert_str_eq(one("업계 관계자는 “현실적이지 않다”고 말했다."), ""); }
Test(quote, anonymised) { cr_assert_str_eq(one("A씨는 “돈을 못 받았다”고 말했다."), ""); }
Test(quote, organisation) { cr_assert_str_eq(one("산업부는 “사실이 아니다”라고 밝혔다."), ""); }
Test(quote, organisation_after_person)
{
	cr_assert_str_eq(one("배경훈 과학기술정보통신부 장관이 발표한 가운데 산업부는 “사실이 아니다”라고 밝혔다."), "");
}
Test(quote, indirect_speech) { cr_assert_str_eq(one(MIN "투자를 늘리겠다고 말했다."), ""); }
Test(quote, term_in_marks) { cr_assert_str_eq(one(MIN "'갑질방지법'을 언급했다."), ""); }
Test(quote, nickname) { cr_assert_str_eq(one(MIN "‘AI 3강’이라고 불리는 목표를 세웠다."), ""); }
Test(quote, nickname_rane) { cr_assert_str_eq(one(MIN "'챗GPT의 아버지'라는 별명을 소개했다."), ""); }
Test(quote, nested_marks)
{
	cr_assert_str_eq(one(MIN "“‘AI 3강’은 꿈이 아니다”라고 말했다."), "배경훈|‘AI 3강’은 꿈이 아니다\n");
}
Test(quote, nested_straight_inside_curly)
{
	cr_assert_str_eq(one(MIN "“'현장에 답이 있다'는 뜻이다”라고 말했다."), "배경훈|'현장에 답이 있다'는 뜻이다\n");
}
Test(quote, unbalanced_open) { cr_assert_str_eq(one(MIN "“거품은 없다고 말했다."), ""); }
Test(quote, unbalanced_then_balanced)
{
	cr_assert_str_eq(one(MIN "“거품은 없다. 이어 그는 \"투자는 계속된다\"고 말했다."), "배경훈|투자는 계속된다\n");
}
Test(quote, jammed_sentence_boundary)
{
	cr_assert_str_eq(one("업계 관계자는 “어렵다”고 말했다.그러나 배경훈 과학기술정보통신부 장관은 “가능하다”고 말했다."),
	    "배경훈|가능하다\n");
}
Test(quote, jammed_after_quote)
{
	cr_assert_str_eq(one(MIN "“가능하다”고 말했다.업계 관계자는 “어렵다”고 말했다."), "배경훈|가능하다\n");
}
Test(quote, jammed_continuation)
{
	cr_assert_str_eq(one(MIN "“가능하다”고 말했다.이어 “어렵지 않다”고 덧붙였다."),
	    "배경훈|가능하다\n배경훈|어렵지 않다\n");
}
Test(quote, decimal_not_boundary)
{
	cr_assert_str_eq(one(MIN "3.5% 성장을 두고 “충분하다”고 말했다."), "배경훈|충분하다\n");
}
Test(quote, reporter_never_speaks)
{
	const char *p[1] = { "“거품은 없다”고 말했다." };
	const char *rep[1] = { "홍길동" };
	struct person_result r;
	struct quote_result q;

	memset(&r, 0, sizeof(r));
	memset(&q, 0, sizeof(q));
	person_extract(NULL, p, 1, rep, 1, "뉴스1", &r);
	quote_extract(p, 1, &r, &q);
	cr_assert_eq(q.n, 0);
	quote_result_free(&q);
	person_result_free(&r);
}
Test(quote, no_person_no_quote) { cr_assert_str_eq(one("“거품은 없다”고 말했다."), ""); }
Test(quote, mention_inside_quote_not_speaker)
{
	cr_assert_str_eq(one("업계 관계자는 “배경훈 장관이 옳다”고 말했다."), "");
}
Test(quote, dialogue_line)
{
	const char *p[2] = { MIN "간담회를 열었다.", "배 장관 = “거품은 없습니다.”" };

	cr_assert_str_eq(quotes_of(p, 2), "배경훈|거품은 없습니다.\n");
}
Test(quote, dialogue_jammed)
{
	const char *p[3] = { "배경훈 과학기술정보통신부 장관과 김성훈 업스테이지 대표가 만났다.",
	    "배 장관=“거품입니까?”", "김 대표=“아닙니다.”" };

	cr_assert_str_eq(quotes_of(p, 3), "배경훈|거품입니까?\n김성훈|아닙니다.\n");
}
Test(quote, spaces_trimmed) { cr_assert_str_eq(one(MIN "“ 거품은 없다 ”고 말했다."), "배경훈|거품은 없다\n"); }
Test(quote, empty_marks) { cr_assert_str_eq(one(MIN "“”고 말했다."), ""); }
Test(quote, nothing) { cr_assert_str_eq(one("평범한 문장이다."), ""); }
Test(quote, neunmal) { cr_assert_str_eq(one(MIN "“시간을 내 주셔서 고맙다”는 말도 보탰다."), "배경훈|시간을 내 주셔서 고맙다\n"); }
Test(quote, result_reused)
{
	const char *p[1] = { MIN "“거품은 없다”고 말했다." };
	struct person_result r;
	struct quote_result q;

	memset(&r, 0, sizeof(r));
	memset(&q, 0, sizeof(q));
	person_extract(NULL, p, 1, NULL, 0, NULL, &r);
	quote_extract(p, 1, &r, &q);
	quote_extract(p, 1, &r, &q);
	cr_assert_eq(q.n, 1);
	cr_assert_eq(q.q[0].para, 0);
	quote_result_free(&q);
	person_result_free(&r);
}
Test(quote, go_any_verb) { cr_assert_str_eq(one(MIN "“사실이라면 심각하다”고 다그치자 모두 웃었다."), "배경훈|사실이라면 심각하다\n"); }
Test(quote, go_kkojip) { cr_assert_str_eq(one(MIN "“문제가 심각하다”라고 꼬집었다."), "배경훈|문제가 심각하다\n"); }
Test(quote, naming_not_speech) { cr_assert_str_eq(one(MIN "‘AI 3강’이라고 부르는 목표를 세웠다."), ""); }
Test(quote, adnominal_is_no_subject)
{
	const char *p[2] = { MIN "“첫째 과제다”라고 말했다.", "투자설을 묻는 질문에는 “검토하고 있다”고만 했다." };

	cr_assert_str_eq(quotes_of(p, 2), "배경훈|첫째 과제다\n배경훈|검토하고 있다\n");
}
Test(quote, pronoun_is_the_person_named_since)
{
	const char *p[2] = { MIN "“첫째 과제다”라고 말했다.",
	    "질문은 김성훈 업스테이지 대표가 받았다. 그는 “둘째 과제도 있다”고 말했다." };

	cr_assert_str_eq(quotes_of(p, 2), "배경훈|첫째 과제다\n김성훈|둘째 과제도 있다\n");
}
Test(quote, interview_answers)
{
	const char *p[6] = { "회사를 이끄는 지대섭 청호컴퓨터 회장에게 계획을 물었다.",
	    "―우량한 회사로 뽑힌 까닭은.", "\"속을 단단히 다지자는 경영 방침이 열매를 맺었다.",
	    "직원들에게도 생산성을 주문했다\"", "―수출 계획은.", "\"해외시장이 최종 목표다\"" };

	cr_assert_str_eq(quotes_of(p, 6), "지대섭|속을 단단히 다지자는 경영 방침이 열매를 맺었다.\n"
	    "지대섭|해외시장이 최종 목표다\n");
}
Test(quote, no_question_no_answer)
{
	const char *p[2] = { "지대섭 청호컴퓨터 회장이 참석했다.", "\"해외시장이 최종 목표다\"" };

	cr_assert_str_eq(quotes_of(p, 2), "");
}
Test(quote, mixed_marks)
{
	cr_assert_str_eq(one(MIN "\"저작권 문제가 크다\"며 \"규제 샌드박스도 필요하다”라고 짚었다."),
	    "배경훈|저작권 문제가 크다\n배경훈|규제 샌드박스도 필요하다\n");
}
Test(quote, ira_balkhyeotda) { cr_assert_str_eq(one(MIN "“과학 기술을 지원할 것”이라 밝혔다."), "배경훈|과학 기술을 지원할 것\n"); }
Test(quote, term_before_this_way)
{
	cr_assert_str_eq(one("배 장관은 '독자 AI 파운데이션 모델' 착수식에서 이같이 말했다. 배경훈 과학기술정보통신부 장관이 참석했다."), "");
}
Test(quote, adnominal_after_the_persons_topic)
{
	cr_assert_str_eq(one("최태원 대한상공회의소 회장은 28일 내놓은 신년사에서 “어려움을 넘어서자”고 말했다."),
	    "최태원|어려움을 넘어서자\n");
}
