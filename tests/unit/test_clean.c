/* test_clean.c — chrome versus body, jammed sentences, by-lines, captions. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "core/clean.h"
#include "core/source.h"

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

static int
caption_has(const struct clean_result *r, const char *frag)
{
	size_t i;

	for (i = 0; i < r->captions.n; i++)
		if (strstr(r->captions.v[i], frag) != NULL)
			return 1;
	return 0;
}

Test(clean, headline_and_decks_before_byline_are_not_body)
{
	struct html_doc d;
	struct clean_result r;

	run("AI 전력난, 정부 '분산 입지' 카드 꺼냈다수도권 신청 몰려 계통 포화"
	    "[이데일리 정다은 기자] " P1 P2 "소제목 하나AI 전력난, 정부 '분산 입지' 카드 꺼냈다수도권 신청 몰려 계통 포화"
	    "[이데일리 정다은 기자] " P3 "\n", &d, &r);
	cr_assert_eq(r.decks.n, 1);
	cr_assert_not(body_has(&r, "카드 꺼냈다"));
	cr_assert(body_has(&r, "소제목 하나"), "the subheading before the repeat stays");
	cr_assert(body_has(&r, "인공지능 반도체"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, caption_known_by_its_credit)
{
	struct html_doc d;
	struct clean_result r;

	run("라이언 포터 CEO가 12일 서울에서 열린 기자간담회에서 발언하고 있다./테라코어 제공\n"
	    P1 "\n" P2 "\n12일 서울 중구 센터에서 구직자들이 상담을 기다리고 있다. 연합뉴스\n" P3 "\n", &d, &r);
	cr_assert_eq(r.paragraphs.n, 3);
	cr_assert(caption_has(&r, "테라코어 제공"));
	cr_assert(caption_has(&r, "기다리고 있다. 연합뉴스"));
	clean_result_free(&r);
	html_doc_free(&d);
	/* a by-line after the last sentence is not a credit */
	run(P1 "\n" P2 " /김아름 기자\n", &d, &r);
	cr_assert_eq(r.captions.n, 0);
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, caption_after_date_and_jammed_deck)
{
	struct html_doc d;
	struct clean_result r;

	run("특별법 국회 통과(종합)근로시간 특례는 3년 한시17일 국회 본회의에서 법안이 가결되고 있다. "
	    "2025.4.17 (사진=연합뉴스)" P1 P2 "\n", &d, &r);
	cr_assert(caption_has(&r, "17일 국회 본회의에서"));
	cr_assert_not(caption_has(&r, "한시17일"));
	cr_assert(caption_has(&r, "2025.4.17 (사진=연합뉴스)"));
	cr_assert_not(body_has(&r, "특별법 국회 통과"));
	cr_assert_eq(r.paragraphs.n, 2);
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, credit_keeps_its_date_and_mail)
{
	struct html_doc d;
	struct clean_result r;

	run("[서울=뉴시스] 장관이 2일 개소식에서 기념사를 하고 있다. (사진=과기정통부 제공) 2025.12.02. photo@newsis.com\n"
	    "[서울=뉴시스]강민재 기자 = " P1 "\n[파이낸셜뉴스] " P2 "\n", &d, &r);
	cr_assert(caption_has(&r, "photo@newsis.com"));
	cr_assert_not(body_has(&r, "photo@"));
	cr_assert_not(body_has(&r, "뉴시스"), "datelines are cut");
	cr_assert_not(body_has(&r, "[파이낸셜뉴스]"));
	cr_assert_eq(r.paragraphs.n, 2);
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, byline_after_last_sentence_cut)
{
	struct html_doc d;
	struct clean_result r;

	run(P1 "\n" P2 " " P3 " 박서연 기자 syeon.park@etnews.com\n", &d, &r);
	cr_assert_not(body_has(&r, "박서연"));
	cr_assert(body_has(&r, "요구했다."));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, chrome_phrase_after_list_mark)
{
	struct html_doc d;
	struct clean_result r;

	cr_assert_eq(clean_chrome_hits("*재판매 및 DB 금지", strlen("*재판매 및 DB 금지")), 1);
	run(P1 "\n" P2 "\n*재판매 및 DB 금지\n사진 또는 영상을 보내주시면 적극 반영하겠습니다.\n", &d, &r);
	cr_assert_eq(r.paragraphs.n, 2);
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, caption_scraped_twice_shown_once)
{
	struct html_doc d;
	struct clean_result r;

	run(P1 "행사 모습이다. (사진=산업부)" P2 P1 "행사 모습이다. (사진=산업부)" P2 "\n", &d, &r);
	cr_assert_eq(r.captions.n, 1);
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, fuzz_inputs_keep_spans_inside_the_block)
{
	/* found by tests/fuzz: a photo credit whose caption would have begun
	 * before the current paragraph made a negative length */
	struct buf b = BUF_INIT;
	struct html_doc d;
	struct clean_result r;
	char *err = NULL, *path = xasprintf("%s/fuzz/caption-before-paragraph.txt", FIXTURES);
	size_t i;

	cr_assert_eq(source_read(path, &b, &err), 0);
	html_parse(b.s, b.len, &d);
	clean_document(&d, &r);
	for (i = 0; i < r.paragraphs.n; i++)
		cr_assert_lt(strlen(r.paragraphs.v[i]), b.len);
	for (i = 0; i < r.captions.n; i++)
		cr_assert_lt(strlen(r.captions.v[i]), b.len);
	clean_result_free(&r);
	html_doc_free(&d);
	buf_free(&b);
	free(path);
}

Test(clean, sentences_with_generic_chrome_words_stay_body)
{
	struct html_doc d;
	struct clean_result r;
	/* 다음, 공유, 구독, 댓글, 이전 are chrome words on a button, not here */
	const char *w = "단말기 종류에 따라 특정 요금제 가입을 강요하던 관행도 다음 달부터 차례로 없어진다.";
	const char *x = "업계는 구독 서비스와 댓글 관리 기능을 공유하는 방안을 이전부터 검토해 왔다고 전했다.";

	run("<p>" P1 "</p><p>" P2 "</p><p>이전 다음</p><p>댓글 0 공유 구독</p><p>" P3 "</p>"
	    "<p>", &d, &r);
	cr_assert_eq(r.paragraphs.n, 3, "got %zu", r.paragraphs.n);
	clean_result_free(&r);
	html_doc_free(&d);
	{
		char *page = xasprintf("<p>%s</p><p>%s</p><p>%s</p><p>%s</p>", P1, w, x, P2);

		run(page, &d, &r);
		cr_assert(body_has(&r, "다음 달부터"));
		cr_assert(body_has(&r, "구독 서비스와"));
		cr_assert_eq(r.paragraphs.n, 4, "got %zu", r.paragraphs.n);
		clean_result_free(&r);
		html_doc_free(&d);
		free(page);
	}
}

Test(clean, chatty_notes_and_widget_blurbs_do_not_start_the_body)
{
	struct html_doc d;
	struct clean_result r;

	/* a board poster's note (polite, ㅠㅠ) and a summary box (-ㅂ니다) */
	run("<p>오늘 마감 기사 퍼왔습니다. 어제 빠진 거 그대로 다 토해냈네요 ㅠㅠ</p>"
	    "<p>AI 요약은 최신 기술을 활용해 핵심 내용을 빠르고 정확하게 제공합니다.</p>"
	    "<p>" P1 "</p><p>" P2 "</p><p>" P3 "</p>"
	    "<p>좋은 기사 잘 읽었어요. 앞으로도 이런 기사 부탁해요.</p>", &d, &r);
	cr_assert_eq(r.paragraphs.n, 3, "got %zu", r.paragraphs.n);
	cr_assert(body_has(&r, "인공지능 반도체"));
	cr_assert_not(body_has(&r, "퍼왔습니다"));
	cr_assert_not(body_has(&r, "제공합니다"));
	cr_assert_not(body_has(&r, "부탁해요"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, a_polite_broadcast_script_is_still_a_body)
{
	struct html_doc d;
	struct clean_result r;

	run("<p>[앵커] 최저임금이 오르면서 편의점 점주들의 한숨이 깊어지고 있습니다.</p>"
	    "<p>[리포트] 서울의 한 편의점 점주는 한 달에 200만원 남짓 번다고 말합니다.</p>"
	    "<p>아니다, 그 정도는 아닙니다라는 반론도 나옵니다.</p>", &d, &r);
	cr_assert_eq(r.paragraphs.n, 3, "got %zu", r.paragraphs.n);
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, image_file_names_and_glued_captions_leave_the_body)
{
	struct html_doc d;
	struct clean_result r;

	/* a caption block with the image's file name glued in front */
	run("<p>" P1 "</p><p>2025122210152886017_0.jpg12월 1일부터 20일까지 수출이 최대 실적을 냈다. "
	    "클립아트코리아</p><p>" P2 "</p><p>" P3 "</p>", &d, &r);
	cr_assert_eq(r.paragraphs.n, 3, "got %zu", r.paragraphs.n);
	cr_assert_not(body_has(&r, ".jpg"));
	cr_assert(caption_has(&r, "최대 실적을 냈다"));
	cr_assert_null(strstr(r.captions.v[0], ".jpg"));
	clean_result_free(&r);
	html_doc_free(&d);
	/* one jammed board post: file name, caption, credit, by-line, body */
	run("20200416_0955_hwangbo.jpg지난 15일 당선인이 배우자와 함께 기쁨을 나누고 있다."
	    "(황보승희 당선인 캠프 제공)[글로벌경제신문(부산) 김태현 기자] " P1 " " P2 "\n", &d, &r);
	cr_assert(caption_has(&r, "기쁨을 나누고 있다"));
	cr_assert_not(body_has(&r, "기쁨을 나누고"));
	cr_assert_not(body_has(&r, "제공"));
	cr_assert(body_has(&r, "인공지능 반도체"));
	clean_result_free(&r);
	html_doc_free(&d);
	run("2023101101000476800023451.jpg▲11일 국회에서 위원장이 의원 질의에 답하고 있다. 연합뉴스"
	    "[에너지경제신문 송두리 기자] " P1 " " P2 "\n", &d, &r);
	cr_assert(caption_has(&r, "질의에 답하고 있다. 연합뉴스"));
	cr_assert_not(body_has(&r, "질의에 답하고"));
	cr_assert(body_has(&r, "인공지능 반도체"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, data_source_in_prose_is_not_a_credit)
{
	struct html_doc d;
	struct clean_result r;

	/* "(… 제공)" counts only where a sentence has just ended */
	run(P1 " 이 자료(통계청 제공)에 따르면 수출이 늘었다. " P2 "\n", &d, &r);
	cr_assert_eq(r.captions.n, 0);
	cr_assert(body_has(&r, "통계청 제공"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, angle_bracket_and_graphic_credits)
{
	struct html_doc d;
	struct clean_result r;

	run(P1 "서울 도심의 한 아파트 단지 모습이다.〈그래픽=김민지 기자〉" P2 " " P3 "\n", &d, &r);
	cr_assert(caption_has(&r, "아파트 단지 모습이다"));
	cr_assert_not(body_has(&r, "그래픽="));
	cr_assert(body_has(&r, "과학기술정보통신부는"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, image_alt_text_of_a_dump_is_a_caption)
{
	struct html_doc d;
	struct clean_result r;

	run(P1 "\n[IMG: 서울의 한 오피스텔 출입구에 안내문이 붙어 있다. 한국일보 자료사진]\n" P2 "\n" P3 "\n",
	    &d, &r);
	cr_assert_eq(r.paragraphs.n, 3, "got %zu", r.paragraphs.n);
	cr_assert(caption_has(&r, "안내문이 붙어 있다"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, wire_photo_caption_with_address_and_resale_notice)
{
	struct html_doc d;
	struct clean_result r;

	run("[라스베이거스=뉴시스]젠슨 황 CEO가 7일 호텔에서 간담회를 열고 있다. [email protected] "
	    "*재판매 및 DB 금지\n" P1 "\n" P2 "\n", &d, &r);
	cr_assert_eq(r.paragraphs.n, 2, "got %zu", r.paragraphs.n);
	cr_assert(caption_has(&r, "간담회를 열고 있다"));
	cr_assert_eq(r.cls[0], CLS_CAPTION);
	clean_result_free(&r);
	html_doc_free(&d);
	/* a sign-off with an address is still a by-line, not a credit */
	cr_assert_not(clean_credit_tail(" 홍길동 기자 hong@news.co.kr", strlen(" 홍길동 기자 hong@news.co.kr")));
}

Test(clean, spam_and_ad_lines_inside_a_paragraph_dropped)
{
	struct html_doc d;
	struct clean_result r;

	run("<p>" P1 "<br>★★ 최신 갤럭시 공짜폰 대란 ★★ 카톡ID polmart24 시세표 매일 업데이트<br>"
	    P2 "<br>[광고] 통신비 절약 알뜰폰 비교 ▶ 무료 상담 신청하기<br>"
	    "▶▶ 무료 종목 리딩방 입장 : 오픈채팅 검색 ◀◀<br>"
	    "매출 47조원 △10.87% △12.44%<br>" P3 "</p>", &d, &r);
	cr_assert_not(body_has(&r, "공짜폰"));
	cr_assert_not(body_has(&r, "알뜰폰"));
	cr_assert_not(body_has(&r, "리딩방"));
	cr_assert(body_has(&r, "△10.87%"), "a table row's signs are not decoration");
	cr_assert_eq(r.paragraphs.n, 4, "got %zu", r.paragraphs.n);
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, subhead_jammed_into_the_next_sentence_stands_apart)
{
	struct html_doc d;
	struct clean_result r;

	run("본문\n" P1 "AI기본법 규제 유예, 수출 기업에 바우처 지원 요구먼저 AI 산업 발전을 가로막는 "
	    "규제 완화가 시급하다는 목소리가 나왔다." P2 "\n", &d, &r);
	cr_assert_eq(r.paragraphs.n, 4, "got %zu", r.paragraphs.n);
	cr_assert_str_eq(r.paragraphs.v[1], "AI기본법 규제 유예, 수출 기업에 바우처 지원 요구");
	cr_assert(strncmp(r.paragraphs.v[2], "먼저 AI 산업", strlen("먼저 AI 산업")) == 0);
	clean_result_free(&r);
	html_doc_free(&d);
	/* an opener inside a word of an ordinary sentence is left alone */
	run("본문\n" P1 "업계는 두 회사 사이에 앞서 맺은 계약이 있다고 전했다." P2 "\n", &d, &r);
	cr_assert_eq(r.paragraphs.n, 3, "got %zu", r.paragraphs.n);
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, widget_lines_inside_the_body_dropped)
{
	struct html_doc d;
	struct clean_result r;

	run("<p>" P1 "</p><p>URL이 복사되었습니다.</p><p>" P2 "</p>"
	    "<p>태그: 인공지능, 반도체, 예산</p><p>이메일 주소는 공개되지 않습니다. 필수 필드는 *로 표시됩니다</p>"
	    "<p>" P3 "</p>", &d, &r);
	cr_assert_eq(r.paragraphs.n, 3, "got %zu", r.paragraphs.n);
	cr_assert_not(body_has(&r, "복사되었습니다"));
	cr_assert_not(body_has(&r, "태그"));
	cr_assert_not(body_has(&r, "공개되지"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, template_tokens_dropped)
{
	struct html_doc d;
	struct clean_result r;

	run("<p>" P1 "{RELNEWS:삼성전자, 3분기 영업익 2.4조…반도체 적자 폭 줄여}</p>"
	    "<p>{AD_BANNER}</p><p>" P2 " {{related_box}} " P3 "</p>", &d, &r);
	cr_assert_not(body_has(&r, "RELNEWS"));
	cr_assert_not(body_has(&r, "영업익"));
	cr_assert_not(body_has(&r, "{"));
	cr_assert(body_has(&r, "인공지능 반도체"));
	cr_assert(body_has(&r, "구체적인 계획을"));
	cr_assert_eq(r.paragraphs.n, 3, "got %zu", r.paragraphs.n);
	clean_result_free(&r);
	html_doc_free(&d);
	/* braces in prose are not a template */
	run("<p>" P1 " 집합 {a, b}와 {x}는 수식이다.</p>", &d, &r);
	cr_assert(body_has(&r, "{a, b}"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, unterminated_last_paragraph_kept_when_prose)
{
	struct html_doc d;
	struct clean_result r;

	run("<p>" P1 "</p><p>" P2 "</p><p>삼성이 앞으로도 성공을 이어갈 것으로 기대한다고 업계 관계자는 말했다</p>"
	    "<p>관련 기사 제목…가계빚 한달새 3조나 늘었다</p>", &d, &r);
	cr_assert_eq(r.paragraphs.n, 3, "got %zu", r.paragraphs.n);
	cr_assert(body_has(&r, "업계 관계자는 말했다"));
	clean_result_free(&r);
	html_doc_free(&d);
	/* a headline-like line after the body is not a lost last sentence */
	run("<p>" P1 "</p><p>" P2 "</p><p>꺾이지 않는 주담대… 대출 조여도 가계빚 한달새 3조나 늘었다</p>", &d, &r);
	cr_assert_eq(r.paragraphs.n, 2, "got %zu", r.paragraphs.n);
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, bare_credit_glued_to_a_sentence_makes_a_caption)
{
	struct html_doc d;
	struct clean_result r;

	run(P1 "트럼프 대통령이 2일 백악관에서 연설을 하고 있다./사진=로이터 " P2 " " P3 "\n", &d, &r);
	cr_assert(caption_has(&r, "연설을 하고 있다./사진=로이터"));
	cr_assert_not(body_has(&r, "사진="));
	cr_assert_not(body_has(&r, "연설을 하고"));
	cr_assert(body_has(&r, "과학기술정보통신부는"));
	clean_result_free(&r);
	html_doc_free(&d);
	run(P1 "시민들이 광장을 걷고 있다. 사진=홍길동 기자 " P2 "\n", &d, &r);
	cr_assert(caption_has(&r, "사진=홍길동 기자"));
	cr_assert(body_has(&r, "과학기술정보통신부는"));
	cr_assert_not(body_has(&r, "홍길동"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, bare_byline_opening_a_paragraph_cut)
{
	struct html_doc d;
	struct clean_result r;

	run("<p>이기범·김아름 기자 = " P1 "</p><p>" P2 "</p>", &d, &r);
	cr_assert_str_eq(r.paragraphs.v[0], P1);
	clean_result_free(&r);
	html_doc_free(&d);
	/* a sentence about a reporter is not a by-line */
	run("<p>" P1 "</p><p>김아름 기자는 이날 현장을 취재했다고 밝혔다.</p>", &d, &r);
	cr_assert(body_has(&r, "김아름 기자는"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, related_headlines_inside_the_body_dropped)
{
	struct html_doc d;
	struct clean_result r;

	run("<p>" P1 "</p><p>관련기사</p><p>SK온, ESS 입찰로 새해 첫 '쾌거'</p>"
	    "<p>'1조 ESS 2차 대전' 이달 개막···K배터리, 전략 강화 막바지</p><p>" P2 "</p>"
	    "<p>▶ 삼성전자, 3분기 영업익 2.4조…반도체 적자 폭 줄여</p><p>소제목 하나</p><p>" P3 "</p>",
	    &d, &r);
	cr_assert_not(body_has(&r, "쾌거"));
	cr_assert_not(body_has(&r, "2차 대전"));
	cr_assert_not(body_has(&r, "영업익"));
	cr_assert(body_has(&r, "소제목 하나"), "a subhead after prose stays");
	cr_assert_eq(r.paragraphs.n, 4, "got %zu", r.paragraphs.n);
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, polite_answers_in_quotes_still_end_the_body)
{
	struct html_doc d;
	struct clean_result r;

	/* an interview whose last answer is polite speech in quotation marks */
	run("<p>" P1 "</p><p>" P2 "</p><p>“앞으로도 현장의 목소리를 듣고 예산에 반영하겠습니다.”</p>"
	    "<p>좋은 기사 잘 읽었어요.</p>", &d, &r);
	cr_assert_eq(r.paragraphs.n, 3, "got %zu", r.paragraphs.n);
	cr_assert(body_has(&r, "반영하겠습니다"));
	clean_result_free(&r);
	html_doc_free(&d);
}

Test(clean, machine_summary_layer_and_its_notice_dropped)
{
	struct html_doc d;
	struct clean_result r;

	run("<div class=\"layer_summary\"><strong>자동요약</strong><p>요약된 첫 문장은 본문과 거의 같은 내용을 담았다.</p>"
	    "<p class=\"desc_layer\">기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다. 전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.</p></div>"
	    "<p>" P1 "</p><p>" P2 "</p><p>" P3 "</p>", &d, &r);
	cr_assert_not(body_has(&r, "자동요약"));
	cr_assert_not(body_has(&r, "요약된 첫 문장"));
	cr_assert(body_has(&r, "인공지능 반도체"));
	clean_result_free(&r);
	html_doc_free(&d);
}
