/* test_clean.c — chrome versus body, jammed sentences, by-lines, captions. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/clean.h"

static void
run(const char *page, struct html_doc *d, struct clean_result *r)
{
	html_parse(page, strlen(page), d);
	clean_document(d, r);
}

static int
body_has(const struct clean_result *r, const char *frag)
{
	size_t i;

	for (i = 0; i < r->paragraphs.n; i++)
		if (strstr(r->paragraphs.v[i], frag) != NULL)
			return 1;
	return 0;
}

#define P1 "정부는 23일 인공지능 반도체 산업을 키우기 위해 내년 예산을 크게 늘리겠다고 밝혔다."
#define P2 "과학기술정보통신부는 이날 서울에서 열린 간담회에서 기업들의 의견을 들었다고 설명했다."
#define P3 "업계는 정부의 지원이 실제 투자로 이어져야 한다며 구체적인 계획을 요구했다."

Test(clean, sentence_end_rules)
{
	const char *s = "했다.8일 3.5% 없다...내년 U.S. 그렇다”고 했다.” 끝";

	cr_assert_gt(clean_sentence_end(s, strlen(s), strlen("했다")), 0);
	cr_assert_eq(clean_sentence_end(s, strlen(s), strlen("했다.8일 3")), 0);
	cr_assert_eq(clean_sentence_end(s, strlen(s), strlen("했다.8일 3.5% 없다")), 0);
	cr_assert_eq(clean_sentence_end(s, strlen(s), strlen("했다.8일 3.5% 없다...내년 U")), 0);
	{
		size_t at = strlen("했다.8일 3.5% 없다...내년 U.S. 그렇다”고 했다");
		size_t e = clean_sentence_end(s, strlen(s), at);

		cr_assert_eq(e, at + 1 + strlen("”"), "closing quote belongs to the sentence");
	}
}

Test(clean, navigation_menus_and_footers_dropped)
{
	struct html_doc d;
	struct clean_result r;

	run("주메뉴 바로가기 본문 바로가기\n로그인 회원가입\n" P1 "\n" P2 "\n" P3 "\n"
	    "관련기사\n많이 본 뉴스\n회사소개 개인정보처리방침 이용약관\n", &d, &r);
	cr_assert_eq(r.paragraphs.n, 3);
	cr_assert(body_has(&r, "인공지능 반도체"));
	cr_assert_not(body_has(&r, "바로가기"));
	cr_assert_not(body_has(&r, "개인정보처리방침"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, copyright_line_ends_body)
{
	struct html_doc d;
	struct clean_result r;

	run("<p>" P1 "</p><p>" P2 "</p><p>Copyright © 매일경제. 무단 전재, 재배포 금지</p>"
	    "관련자료 이전 다른 기사 제목이다 12-15 다음 또 다른 기사 제목이 여기에 나온다 12-15 "
	    "댓글 0 등록된 댓글이 없습니다. 로그인한 회원만 댓글 등록이 가능합니다.", &d, &r);
	cr_assert_eq(r.paragraphs.n, 2);
	cr_assert_not(body_has(&r, "무단 전재"));
	cr_assert_not(body_has(&r, "댓글"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, ad_share_and_link_lists_dropped_inside_body)
{
	struct html_doc d;
	struct clean_result r;

	run("<p>" P1 "</p><div class=\"share\">페이스북 트위터 카카오톡</div>"
	    "<p>락토핏 광고 이미지</p><ul><li><a href=\"/1\">다른 기사 하나의 제목입니다</a></li></ul>"
	    "<p>" P2 "</p>", &d, &r);
	cr_assert_eq(r.paragraphs.n, 2, "got %zu", r.paragraphs.n);
	cr_assert_not(body_has(&r, "광고"));
	cr_assert_not(body_has(&r, "다른 기사"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, jammed_sentences_become_paragraphs)
{
	struct html_doc d;
	struct clean_result r;

	run("본문\n" P1 P2 " 이어 " P3 "\n", &d, &r);
	cr_assert_eq(r.paragraphs.n, 2, "got %zu", r.paragraphs.n);
	cr_assert_str_eq(r.paragraphs.v[0], P1);
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, bracket_byline_cut_out_of_body)
{
	struct html_doc d;
	struct clean_result r;

	run("제목이 여기 있다[이데일리 김아름 기자] " P1 " " P2 "\n", &d, &r);
	cr_assert_not(body_has(&r, "김아름 기자"));
	cr_assert(body_has(&r, "인공지능 반도체"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, inline_photo_credit_makes_a_caption)
{
	struct html_doc d;
	struct clean_result r;

	run(P1 "8일 서울에서 열린 간담회에서 차관이 발언하고 있다. (사진=김아름 기자)" P2 "\n", &d, &r);
	cr_assert_eq(r.captions.n, 1);
	cr_assert(strstr(r.captions.v[0], "발언하고 있다") != NULL);
	cr_assert_not(body_has(&r, "사진="));
	cr_assert(body_has(&r, "과학기술정보통신부는"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, figcaption_kept_apart)
{
	struct html_doc d;
	struct clean_result r;

	run("<p>" P1 "</p><figure><figcaption>장관이 발언하고 있다. 2025.9.9/뉴스1</figcaption></figure><p>" P2 "</p>", &d, &r);
	cr_assert_eq(r.paragraphs.n, 2);
	cr_assert_eq(r.captions.n, 1);
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, dateline_stripped)
{
	struct html_doc d;
	struct clean_result r;

	run("<p>(서울=뉴스1) 이기범 기자 = " P1 "</p><p>" P2 "</p>", &d, &r);
	cr_assert_str_eq(r.paragraphs.v[0], P1);
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, board_header_and_reporter_line_are_not_body)
{
	struct html_doc d;
	struct clean_result r;

	run("작성자 onion 조회 0회 작성일 25-07-09 05:41\n" P1 "\n" P2 "\n강경주 기자 qurasoha@hankyung.com\n", &d, &r);
	cr_assert_eq(r.paragraphs.n, 2);
	cr_assert_not(body_has(&r, "onion"));
	cr_assert_not(body_has(&r, "qurasoha"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, page_without_body_gives_nothing)
{
	struct html_doc d;
	struct clean_result r;

	run("로그인\n회원가입\n검색\n", &d, &r);
	cr_assert_eq(r.paragraphs.n, 0);
	clean_result_free(&r);
	html_doc_free(&d);
}
