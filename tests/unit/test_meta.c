/* test_meta.c — title, outlet, date and reporters. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/meta.h"

static void
extract(const char *page, struct meta *m)
{
	struct html_doc d;
	struct clean_result r;

	html_parse(page, strlen(page), &d);
	clean_document(&d, &r);
	meta_extract(&d, &r, m);
	clean_result_free(&r);
	html_doc_free(&d);
}

#define P1 "정부는 23일 인공지능 반도체 산업을 키우기 위해 내년 예산을 크게 늘리겠다고 밝혔다."
#define P2 "과학기술정보통신부는 이날 서울에서 열린 간담회에서 기업들의 의견을 들었다고 설명했다."

static void
date_is(const char *text, int y, int mo, int d, int h, int mi)
{
	struct meta_date md;

	cr_assert(meta_parse_date(text, strlen(text), &md), "%s", text);
	cr_assert_eq(md.y, y, "%s: year %d", text, md.y);
	cr_assert_eq(md.mo, mo, "%s", text);
	cr_assert_eq(md.d, d, "%s", text);
	cr_assert_eq(md.h, h, "%s: hour %d", text, md.h);
	cr_assert_eq(md.mi, mi, "%s", text);
}

Test(meta, date_forms)
{
	date_is("2024-12-23 16:38", 2024, 12, 23, 16, 38);
	date_is("25-07-09 05:41", 2025, 7, 9, 5, 41);
	date_is("09-09 19", 0, 9, 9, -1, -1);
	date_is("2025.9.9", 2025, 9, 9, -1, -1);
	date_is("2025.09.09. 오후 3:05", 2025, 9, 9, 15, 5);
	date_is("2025년 9월 9일", 2025, 9, 9, -1, -1);
	date_is("2025년 12월 15일 오후 4시 30분", 2025, 12, 15, 16, 30);
	date_is("2025/1/2 09:00", 2025, 1, 2, 9, 0);
}

Test(meta, not_dates)
{
	struct meta_date md;

	cr_assert_not(meta_parse_date("02-1234-5678", 12, &md));
	cr_assert_not(meta_parse_date("3.5%", 4, &md));
	cr_assert_not(meta_parse_date("13-45", 5, &md));
	cr_assert_not(meta_parse_date("20251215164504502", 17, &md));
}

Test(meta, labelled_date_wins_over_body_dates)
{
	struct meta m;

	extract("제목이 여기에 있는 기사\n입력 2024-12-23 16:38   수정 2024-12-23 16:41\n"
	    "지난 2023년 5월 1일 시작된 사업이다. " P1 "\n" P2 "\n", &m);
	cr_assert_str_eq(m.date, "2024-12-23T16:38");
	meta_free(&m);
}

Test(meta, year_taken_from_caption_or_image_path)
{
	struct meta m;

	extract("제목 작성일 09-09 19 목록\n<p>" P1 "</p><figure><figcaption>행사 모습. 2025.9.9/뉴스1</figcaption></figure><p>" P2 "</p>", &m);
	cr_assert_str_eq(m.date, "2025-09-09");
	meta_free(&m);
	extract("제목 작성일 12-15 12 목록\n<img src=\"https://x/news/202512/15/mk/20251215164504502.jpg\"><p>" P1 "</p><p>" P2 "</p>", &m);
	cr_assert_str_eq(m.date, "2025-12-15");
	meta_free(&m);
	extract("제목 작성일 12-15 12 목록\n<p>" P1 "</p>", &m);
	cr_assert_null(m.date, "no year anywhere: unknown, not a guess");
	meta_free(&m);
}

Test(meta, outlet_and_reporter_from_bracket_byline)
{
	struct meta m;

	extract("본문\n제목이다[이데일리 김아름 기자] " P1 " " P2 "\n", &m);
	cr_assert_str_eq(m.outlet, "이데일리");
	cr_assert_eq(m.nrep, 1);
	cr_assert_str_eq(m.rep[0].name, "김아름");
	meta_free(&m);
}

Test(meta, outlet_from_dateline_email_from_end)
{
	struct meta m;

	extract("<p>(서울=뉴스1) 이기범 기자 = " P1 "</p><p>" P2 "</p><p>Ktiger@news1.kr</p>", &m);
	cr_assert_str_eq(m.outlet, "뉴스1");
	cr_assert_eq(m.nrep, 1);
	cr_assert_str_eq(m.rep[0].name, "이기범");
	cr_assert_str_eq(m.rep[0].email, "Ktiger@news1.kr");
	meta_free(&m);
}

Test(meta, email_domain_beats_site_footer)
{
	struct meta m;

	extract(P1 "\n" P2 "\n강경주 기자 qurasoha@hankyung.com\n관련뉴스\nGOLD 한국경제 TV 실시간 방송\n", &m);
	cr_assert_str_eq(m.outlet, "한국경제");
	cr_assert_str_eq(m.rep[0].email, "qurasoha@hankyung.com");
	meta_free(&m);
}

Test(meta, caption_credit_is_not_a_reporter)
{
	struct meta m;

	extract("<p>" P1 "</p><figure><figcaption>행사 모습. ⓒ News1 김명섭 기자</figcaption></figure><p>" P2 "</p>", &m);
	cr_assert_eq(m.nrep, 0);
	meta_free(&m);
	extract(P1 " " P2 " 기자간담회에서 그는 말했다.\n", &m);
	cr_assert_eq(m.nrep, 0);
	meta_free(&m);
}

Test(meta, title_cut_from_board_header)
{
	struct meta m;

	extract("배경훈 부총리 “AI 거품 없다...내년부터 성과” 작성일 12-15 12 목록 <p>" P1 "</p><p>" P2 "</p>", &m);
	cr_assert_str_eq(m.title, "배경훈 부총리 “AI 거품 없다...내년부터 성과”");
	meta_free(&m);
}

Test(meta, cut_title_finished_from_body)
{
	struct meta m;

	extract("중고장터\n류제명 차관, AI 민관협력방\n작성자 onion 조회 0회\n"
	    "류제명 차관, AI 민관협력방안 논의AI 기본법 규제 조항 유예 요구[이데일리 김아름 기자] " P1 P2 "\n", &m);
	cr_assert_str_eq(m.title, "류제명 차관, AI 민관협력방안 논의");
	meta_free(&m);
}

Test(meta, title_element_and_heading)
{
	struct meta m;

	extract("<html><head><title>반도체 수출 17% 증가 - 전자신문</title></head><body>"
	    "<h1>반도체 수출 17% 증가</h1><p>" P1 "</p><p>" P2 "</p></body></html>", &m);
	cr_assert_str_eq(m.title, "반도체 수출 17% 증가");
	meta_free(&m);
}

Test(meta, names_need_a_surname)
{
	cr_assert(meta_is_name("김아름", strlen("김아름")));
	cr_assert(meta_is_name("남궁민수", strlen("남궁민수")));
	cr_assert_not(meta_is_name("정부", strlen("정부")));
	cr_assert_not(meta_is_name("느티나무", strlen("느티나무")));
	cr_assert_not(meta_is_name("김A", strlen("김A")));
}

Test(meta, menus_breadcrumbs_and_list_rows_are_not_titles)
{
	struct meta m;

	extract("경제 금융 산업 IT·과학 증권 부동산 정치 사회 국제 오피니언\n증권 > 마감시황\n"
	    "실시간 인기글\n1 하이닉스 실적 발표 앞두고 다들 어떻게 보시나요 (32)\n"
	    "코스피, 외국인 '팔자'에 2400선 붕괴\n김하늘 기자 2024.11.13 16:05\n" P1 "\n" P2 "\n", &m);
	cr_assert_str_eq(m.title, "코스피, 외국인 '팔자'에 2400선 붕괴");
	meta_free(&m);
}

Test(meta, board_header_beats_summary_deck)
{
	struct meta m;

	extract("권태준 장관 \"K배터리, ESS로 반등\" 작성일 10-21 17 목록 "
	    "<strong class=\"summary_view\">배터리 산업 미래전략 포럼…3사 북미 ESS 수주 20조원 돌파</strong>"
	    "<p>" P1 "</p><p>" P2 "</p>", &m);
	cr_assert_str_eq(m.title, "권태준 장관 \"K배터리, ESS로 반등\"");
	meta_free(&m);
}

Test(meta, cut_title_finished_at_jammed_verb_end)
{
	struct meta m;

	extract("자유게시판\nAI 데이터센터 전력난, 정부 '분산\n작성자 moon 조회 3회\n"
	    "AI 데이터센터 전력난, 정부 '분산 입지' 카드 꺼냈다수도권 신청 몰려[이데일리 정다은 기자] " P1 P2 "\n", &m);
	cr_assert_str_eq(m.title, "AI 데이터센터 전력난, 정부 '분산 입지' 카드 꺼냈다");
	meta_free(&m);
	/* a whole title is not run on into its deck */
	extract("뉴스스크랩\n반도체특별법 국회 통과…전력망 국가가 깐다(종합)\n작성자 칩스 조회 41회\n"
	    "반도체특별법 국회 통과…전력망 국가가 깐다(종합)보조금 직접 지급 근거 마련[전자신문 박서연 기자] " P1 P2 "\n", &m);
	cr_assert_str_eq(m.title, "반도체특별법 국회 통과…전력망 국가가 깐다(종합)");
	meta_free(&m);
}

Test(meta, section_label_from_menu_cut)
{
	struct meta m;

	extract("홈 | 경제 | 산업 | IT | 정치\n[산업] 조선 빅3, LNG선 4척 수주…누적 120억달러\n" P1 "\n" P2 "\n", &m);
	cr_assert_str_eq(m.title, "조선 빅3, LNG선 4척 수주…누적 120억달러");
	meta_free(&m);
	extract("홈 | 경제 | 산업 | IT | 정치\n[단독] 조선 빅3, LNG선 4척 수주…누적 120억달러\n" P1 "\n" P2 "\n", &m);
	cr_assert_str_eq(m.title, "[단독] 조선 빅3, LNG선 4척 수주…누적 120억달러");
	meta_free(&m);
}

Test(meta, label_and_date_in_separate_blocks)
{
	struct meta m;

	extract("<html><body><dl><dt>입력 :</dt><dd>2025-11-06 14:25:31</dd></dl>"
	    "<p>" P1 "</p><p>" P2 "</p></body></html>", &m);
	cr_assert_str_eq(m.date, "2025-11-06T14:25");
	meta_free(&m);
}

Test(meta, photo_agency_is_not_the_outlet)
{
	struct meta m;

	extract(P1 "행사 모습이다. 2025.4.17 (사진=연합뉴스)" P2 " 박서연 기자 syeon.park@etnews.com\n", &m);
	cr_assert_str_eq(m.outlet, "전자신문");
	meta_free(&m);
}

Test(meta, caption_mail_is_not_the_reporters)
{
	struct meta m;

	extract("[서울=뉴시스] 장관이 기념사를 하고 있다. (사진=과기정통부 제공) 2025.12.02. photo@newsis.com "
	    "[서울=뉴시스]강민재 기자 = " P1 P2 "\n", &m);
	cr_assert_eq(m.nrep, 1);
	cr_assert_null(m.rep[0].email);
	meta_free(&m);
}

static void
outlet_is(const char *page, const char *want)
{
	struct meta m;

	extract(page, &m);
	if (want == NULL)
		cr_assert_null(m.outlet, "%s: got %s", page, m.outlet);
	else
		cr_assert(m.outlet != NULL && strcmp(m.outlet, want) == 0, "%s: want %s, got %s",
		    page, want, m.outlet != NULL ? m.outlet : "(null)");
	meta_free(&m);
}

Test(meta, outlet_from_byline_shapes_not_the_lexicon)
{
	outlet_is("[가람일보 홍길동 기자] " P1 "\n" P2 "\n", "가람일보");
	outlet_is("[가람일보=홍길동 기자] " P1 "\n" P2 "\n", "가람일보");
	outlet_is("【가람일보=홍길동 기자 】 " P1 "\n" P2 "\n", "가람일보");
	outlet_is("(서울=가람통신) 홍길동 기자 = " P1 "\n" P2 "\n", "가람통신");
	outlet_is("[라스베이거스=가람통신]홍길동 기자 = " P1 "\n" P2 "\n", "가람통신");
	outlet_is("가람일보 세종=홍길동 기자 = " P1 "\n" P2 "\n", "가람일보");
	outlet_is("가람일보 홍길동 기자 = " P1 "\n" P2 "\n", "가람일보");
	outlet_is("가람일보=홍길동 기자 | " P1 "\n" P2 "\n", "가람일보");
	outlet_is("[가람일보(부산) 홍길동 기자] " P1 "\n" P2 "\n", "가람일보");
	outlet_is("[조이뉴스24 홍길동 기자] " P1 "\n" P2 "\n", "조이뉴스24");
	outlet_is("[FETV=홍길동 기자] " P1 "\n" P2 "\n", "FETV");
}

Test(meta, outlet_from_copyright_lines)
{
	outlet_is(P1 "\n" P2 "\nⓒ 가람일보(garam.co.kr), 무단전재 및 재배포 금지\n", "가람일보");
	outlet_is(P1 "\n" P2 "\nⓒ가람일보 무단전재 및 재배포 금지\n", "가람일보");
	outlet_is(P1 "\n" P2 "\n<저작권자 © 가람일보, 무단 전재-재배포 금지>\n", "가람일보");
	outlet_is(P1 "\n" P2 "\nCopyright © 가람일보. All rights reserved.\n", "가람일보");
	outlet_is(P1 "\n" P2 "\nCopyright ? 가람일보. All rights reserved.\n", "가람일보");
	outlet_is(P1 "\n" P2 "\n<저작권자 ⓒ '돈이 보이는 뉴스' 가람S, 무단전재 금지>\n", "가람S");
	outlet_is(P1 "\n" P2 "\nCopyright ⓒ Garamilbo 가람일보 · 무단 전재 금지\n", "가람일보");
	outlet_is(P1 "\n" P2 "\nCopyright © NEWSIS.COM, 무단 전재 금지\n", "뉴시스");
	outlet_is(P1 "\n" P2 "\nCopyright © The Garam Daily. All rights reserved.\n", NULL);
	outlet_is(P1 "\n" P2 "\nⓒ 무단전재 및 재배포 금지\n", NULL);
	/* a slogan without quotation marks: the holder stands before the domain
	 * or 무단전재, never the slogan's first word */
	outlet_is(P1 "\n" P2 "\n<ⓒ가람을 보는 눈, 세상을 보는 창 가람경제(www.garam.co.kr) 무단전재 배포금지>\n",
	    "가람경제");
	outlet_is(P1 "\n" P2 "\nⓒ세상을 밝히는 가람일보 무단전재 금지\n", "가람일보");
	outlet_is(P1 "\n" P2 "\nⓒ세상을 밝히는 빛, 무단전재 금지\n", NULL);
	outlet_is(P1 "\n" P2 "\n저작권자 © 2024 저작권법에 따라 보호됩니다\n", NULL);
}

Test(meta, writing_agency_beats_host_and_mail)
{
	/* a wire story on another paper's page: the sign-off names the agency */
	outlet_is(P1 "\n" P2 "\n/가람통신\nⓒ 한국경제 & hankyung.com, 무단전재 및 재배포 금지\n", "가람통신");
	/* a sister company's mail domain does not beat the copyright line */
	outlet_is(P1 "\n" P2 "\nsoon@donga.com\nCopyright Ⓒ 채널A. All rights reserved.\n", "채널A");
	/* the by-line beats a board's copyright */
	outlet_is("[가람일보 홍길동 기자] " P1 "\n" P2 "\nCopyright ⓒ 부산사랑 All rights reserved.\n", "가람일보");
	/* a closed bracket, a photo credit and a desk are not outlets */
	outlet_is("[IMG] 홍길동 기자\n" P1 "\n" P2 "\n", NULL);
	outlet_is(P1 " 행사 모습. /가람일보 홍길동 기자\n" P2 "\n", NULL);
	outlet_is("경제부 홍길동 기자 = " P1 "\n" P2 "\n", NULL);
	outlet_is(P1 " (사진=가람일보 제공)\n" P2 "\n", NULL);
	/* a photo credit run into a long body block is only a weak hint */
	outlet_is("행사 모습. 2024.9.22/가람일보 ⓒ 가람일보 문소숙 기자" P1 P2 P1 P2 P1 P2 "\n"
	    "ⓒ 나래일보 무단전재 및 재배포 금지\n", "나래일보");
	outlet_is("행사 모습. 2024.9.22/가람일보 ⓒ 가람일보 문소숙 기자" P1 P2 P1 P2 P1 P2 "\n", "가람일보");
}

Test(meta, reporters_several_glued_and_titled)
{
	struct meta m;

	extract(P1 "\n" P2 "\n김유림/이영애 기자 youforest@hankyung.com\n", &m);
	cr_assert_eq(m.nrep, 2);
	cr_assert_str_eq(m.rep[0].name, "김유림");
	cr_assert_str_eq(m.rep[1].name, "이영애");
	meta_free(&m);
	extract(P1 "\n" P2 "\n홍길동·김철수 기자\n", &m);
	cr_assert_eq(m.nrep, 2);
	cr_assert_str_eq(m.rep[0].name, "홍길동");
	cr_assert_str_eq(m.rep[1].name, "김철수");
	meta_free(&m);
	extract("김승규기자 seung@etnews.com\n" P1 "\n" P2 "\n< 조주현기자 >\n", &m);
	cr_assert_eq(m.nrep, 2);
	cr_assert_str_eq(m.rep[0].name, "김승규");
	cr_assert_str_eq(m.rep[1].name, "조주현");
	meta_free(&m);
	extract("[서울=뉴스핌] 오영상 전문기자 = " P1 "\n" P2 "\n(워싱턴=가람통신) 박서연 특파원 = " P2 "\n", &m);
	cr_assert_eq(m.nrep, 2);
	cr_assert_str_eq(m.rep[0].name, "오영상");
	cr_assert_str_eq(m.rep[1].name, "박서연");
	meta_free(&m);
	extract(P1 "\n" P2 "\n/홍길동 기자 hong@hankyung.com\n홍길동 기자 hong@hankyung.com\n", &m);
	cr_assert_eq(m.nrep, 1);
	cr_assert_str_eq(m.rep[0].name, "홍길동");
	meta_free(&m);
	extract(P1 " 행사 모습. ⓒ News1 김명섭 기자 " P2 "\n", &m);
	cr_assert_eq(m.nrep, 0);
	meta_free(&m);
	/* names apart by spaces in a bracket by-line */
	extract("[이데일리 강민구 김아름 기자] " P1 "\n" P2 "\n", &m);
	cr_assert_str_eq(m.outlet, "이데일리");
	cr_assert_eq(m.nrep, 2);
	cr_assert_str_eq(m.rep[0].name, "강민구");
	cr_assert_str_eq(m.rep[1].name, "김아름");
	meta_free(&m);
	extract(P1 "\n" P2 "\n강민구 김아름 기자\n", &m);
	cr_assert_null(m.outlet);
	cr_assert_eq(m.nrep, 2);
	meta_free(&m);
}

static void
page_date_is(const char *page, const char *want)
{
	struct meta m;

	extract(page, &m);
	if (want == NULL)
		cr_assert_null(m.date, "%s: got %s", page, m.date);
	else
		cr_assert(m.date != NULL && strcmp(m.date, want) == 0, "%s: want %s, got %s",
		    page, want, m.date != NULL ? m.date : "(null)");
	meta_free(&m);
}

Test(meta, more_date_forms)
{
	date_is("2024. 8. 22.", 2024, 8, 22, -1, -1);
	date_is("2024년 9월 13일 16시30분", 2024, 9, 13, 16, 30);
	date_is("2024-01-10T04:34:00+09:00", 2024, 1, 10, 4, 34);
	date_is("2024년 1월 10일 (수) 04:34", 2024, 1, 10, 4, 34);
}

Test(meta, date_lines_only)
{
	page_date_is("제목이 여기에 있는 기사\n입력 2024. 8. 22. 댓글 0\n" P1 "\n" P2 "\n", "2024-08-22");
	page_date_is("제목이 여기에 있는 기사\n발행일 : 2024-03-05\n" P1 "\n" P2 "\n", "2024-03-05");
	page_date_is("제목이 여기에 있는 기사\n07.20(토)\n![사진](https://x.kr/news/photo/202407/20/1.jpg)\n"
	    P1 "\n" P2 "\n", "2024-07-20");
	page_date_is("<html><body><span>가람일보 · 04.23</span> <span>2 weeks ago 8</span>"
	    "<img src=\"https://x/news/202504/23/a.jpg\"><h1>제목이 여기에 있는 기사</h1><p>" P1 "</p><p>" P2 "</p></body></html>",
	    "2025-04-23");
	/* a date inside a sentence of the body is not the publication date */
	page_date_is("제목이 여기에 있는 기사\n" P1 " 이 사업은 지난 2023년 5월 1일 시작된 사업으로 올해 마무리된다.\n" P2 "\n", NULL);
	/* first publication over the update */
	page_date_is("제목이 여기에 있는 기사\n최종수정 2024.03.06 10:00\n입력 2024.03.05 09:00\n" P1 "\n" P2 "\n",
	    "2024-03-05T09:00");
}

static void
title_is(const char *page, const char *want)
{
	struct meta m;

	extract(page, &m);
	cr_assert(m.title != NULL && strcmp(m.title, want) == 0, "%s: want %s, got %s",
	    page, want, m.title != NULL ? m.title : "(null)");
	meta_free(&m);
}

Test(meta, title_is_the_topmost_headline)
{
	/* not an ad, not a menu of section names, not the deck under it */
	title_is("본문 바로가기\n테크 글로벌 국제 포토 증권 마켓 오피니언 전국 연예 부동산 영상\n"
	    "루테인 아이케어 광고 이미지\n[광고] 시니어 보청기\n중고차 시세 조회 광고 이미지\n"
	    "금리 가계부채 논란 속 중기부 후속 조치 예고\n\n입력 2024-12-23 16:38\n\n"
	    "김철수 장관 “현장 목소리 듣겠다”\n중기부 업계 간담회 열어\n" P1 "\n" P2 "\n",
	    "금리 가계부채 논란 속 중기부 후속 조치 예고");
	/* the date line first, then the headline */
	title_is("경제 금융 산업 증권 부동산 정치 사회 국제\n작성일 24-01-02 16:29\n"
	    "무역 환율 논란 속 공정위 후속 조치 예고\n초특가 항공권 광고 이미지\n" P1 "\n" P2 "\n",
	    "무역 환율 논란 속 공정위 후속 조치 예고");
	/* a board's name is not the topmost headline */
	title_is("직장인 광장\n\n산업부, HBM 경쟁력 강화 대책 발표\n\n작성자 onion 조회 2331회 작성일 24-11-01 14:23\n\n"
	    "수출 통제 해소 방안 논의\n박훈호 대표 “반도체 장애물 모두 걷어내겠다”\n" P1 "\n" P2 "\n",
	    "산업부, HBM 경쟁력 강화 대책 발표");
	/* lynx and w3m menus of bracketed links */
	title_is("[1]가람저널 THE GARAM [2]로그인 [3]회원가입\n中 상반기 GDP 12.7% 늘어…53조 위안 넘어서\n"
	    "조회 수 1284 추천 수 0 댓글 0\n중국의 올해 상반기 국내총생산(GDP)이 53조 2,167억 위안(약 8조 2,100억\n"
	    "달러)으로 집계돼 지난해 같은 기간보다 12.7% 증가했다.\n" P1 "\n" P2 "\n",
	    "中 상반기 GDP 12.7% 늘어…53조 위안 넘어서");
}

Test(meta, title_labels_and_board_tags_removed)
{
	title_is("Title: 렉라자 로열티만 年 3000억 기대…유한양행 도전 | 가람경제\nURL Source: https://x\n" P1 "\n" P2 "\n",
	    "렉라자 로열티만 年 3000억 기대…유한양행 도전");
	title_is("자유게시판\n제목 : [펌] 원/달러 환율 하루 만에 16원 되올라…1,338.4원에 마감\n작성자 : 나그네 조회 : 52 작성일 : 24-03-22 17:05\n"
	    P1 "\n" P2 "\n", "원/달러 환율 하루 만에 16원 되올라…1,338.4원에 마감");
	title_is("자유게시판\n제목 : [퍼온글] '신혼부부 허점'에 60대도 받아간 특례보금자리론\n작성일 : 23-10-11 17:42\n"
	    P1 "\n" P2 "\n", "'신혼부부 허점'에 60대도 받아간 특례보금자리론");
	/* editorial tags stay */
	title_is("[단독] 조선 빅3, LNG선 4척 수주…누적 120억달러\n입력 2024-12-23 16:38\n" P1 "\n" P2 "\n",
	    "[단독] 조선 빅3, LNG선 4척 수주…누적 120억달러");
}

Test(meta, hard_wrapped_headline_joined)
{
	const char *want = "트럼프, 한국에 상호관세 25% 부과…중국 34%·일본 24%(상보)";

	title_is("[1]머니S [2]로그인 [3]구독신청\n[13]국제 > [14]미국\n트럼프, 한국에 상호관세 25% 부과…중국 34%·일본\n24%(상보)\n"
	    "[15]임한별 기자 | 입력 2025.04.03 오전 6:31 | 조회 1,085\n도널드 트럼프 미국 대통령이 2일(현지시각) 워싱턴 D.C. 백악관 로즈가든에서\n"
	    "관세 관련 연설을 하고 있다./사진=로이터\n" P1 "\n" P2 "\n", want);
	/* already joined by the reader: kept as it is */
	title_is("[1]머니S [2]로그인 [3]구독신청\n[13]국제 > [14]미국\n트럼프, 한국에 상호관세 25% 부과…중국 34%·일본 24%(상보)\n"
	    "[15]임한별 기자 | 입력 2025.04.03 오전 6:31 | 조회 1,085\n" P1 "\n" P2 "\n", want);
	/* an ad or a section word under the headline is not part of it */
	title_is("트럼프, 한국에 상호관세 25% 부과…중국 34%·일본 24%(종합)합의\nAD\n입력 2025.04.03\n" P1 "\n" P2 "\n",
	    "트럼프, 한국에 상호관세 25% 부과…중국 34%·일본 24%(종합)합의");
	title_is("트럼프, 한국에 상호관세 25% 부과…중국 34%·일본 24% 합의\n국제\n입력 2025.04.03\n" P1 "\n" P2 "\n",
	    "트럼프, 한국에 상호관세 25% 부과…중국 34%·일본 24% 합의");
	/* a date line under the headline is not part of it */
	title_is("조국, 찬성률 99.9%로 혁신당 대표 재선출…수석최고위원에 김선민\n07.20(토)\n" P1 "\n" P2 "\n",
	    "조국, 찬성률 99.9%로 혁신당 대표 재선출…수석최고위원에 김선민");
}

Test(meta, structured_metadata_of_html_pages)
{
	struct meta m;

	extract("<html><head><meta property=\"og:title\" content=\"원/달러 환율 16원 되올라…1,338.4원에 마감 | 가람경제\">"
	    "<meta property=\"article:published_time\" content=\"2024-03-22T15:40:00+09:00\">"
	    "<script type=\"application/ld+json\">{\"headline\":\"원/달러 환율 16원 되올라…1,338.4원에 마감\","
	    "\"author\":{\"@type\":\"Organization\",\"name\":\"가람통신\"},\"publisher\":{\"name\":\"가람경제\"}}</script>"
	    "</head><body><div>경제 금융 증권</div><p>" P1 "</p><p>" P2 "</p>"
	    "<p>ⓒ 가람경제, 무단전재 및 재배포 금지</p></body></html>", &m);
	cr_assert_str_eq(m.title, "원/달러 환율 16원 되올라…1,338.4원에 마감");
	cr_assert_str_eq(m.date, "2024-03-22T15:40");
	cr_assert_str_eq(m.outlet, "가람통신", "the writing agency, not the host: %s", m.outlet);
	meta_free(&m);
	/* a visible 입력 line wins over the page's fields; the publisher is a weak hint */
	extract("<html><head><script type=\"application/ld+json\">{\"datePublished\":\"2024-03-23\","
	    "\"publisher\":{\"name\":\"가람경제\"}}</script></head><body><h1>환율 16원 되올라 마감</h1>"
	    "<p>입력 2024.03.22 15:40</p><p>" P1 "</p><p>" P2 "</p></body></html>", &m);
	cr_assert_str_eq(m.date, "2024-03-22T15:40");
	cr_assert_str_eq(m.outlet, "가람경제");
	meta_free(&m);
}

Test(meta, feed_dates_and_caption_markers)
{
	page_date_is("<rss><channel><item><title>환율 하루 만에 16원 되올라…1,338.4원에 마감</title>"
	    "<pubDate>Fri, 22 Mar 2024 15:40:00 +0900</pubDate><description>" P1 " " P2 "</description></item></channel></rss>",
	    "2024-03-22T15:40");
	title_is("Home » 뉴스 » 경제 » 금융\n▲ 행사에서 장관이 인사말을 하고 있다\n"
	    "환율 하루 만에 16원 되올라 마감\n입력 2024.03.22 15:40\n" P1 "\n" P2 "\n",
	    "환율 하루 만에 16원 되올라 마감");
}

Test(meta, title_suffixes_and_plain_headings)
{
	title_is("<html><head><title>반도체 수출 17% 증가 &lt; 경제 &lt; 기사본문 - 가람뉴스</title></head>"
	    "<body><p>" P1 "</p><p>" P2 "</p></body></html>", "반도체 수출 17% 증가");
	title_is("<html><body><article><h1>금리 가계부채 논란 속 중기부 후속 조치 예고</h1>"
	    "<h2>김철수 장관 “현장 목소리 듣겠다”<br>중기부 업계 간담회 열어</h2>"
	    "<div>홍길동 기자 <time>입력 2024-12-23 16:38</time></div><p>" P1 "</p><p>" P2 "</p></article></body></html>",
	    "금리 가계부채 논란 속 중기부 후속 조치 예고");
}

Test(meta, bylines_after_a_caption_run_on)
{
	struct meta m;

	extract("행사 모습이다. /사진=가람일보(광주=가람통신) 박율선 기자 = " P1 P2 "\n", &m);
	cr_assert_str_eq(m.outlet, "가람통신");
	cr_assert_eq(m.nrep, 1);
	cr_assert_str_eq(m.rep[0].name, "박율선");
	meta_free(&m);
	extract("행사 모습이다. [사진 = 나래일보]나래일보 정지빈 기자 = " P1 P2 "\n", &m);
	cr_assert_str_eq(m.outlet, "나래일보");
	cr_assert_eq(m.nrep, 1);
	cr_assert_str_eq(m.rep[0].name, "정지빈");
	meta_free(&m);
	outlet_is(P1 "\n" P2 "\n출처: 원문 기사\n", NULL);
	outlet_is(P1 "\n" P2 "\n관련기사 1 환율 급등 2 금리 동결 가람일보 | 주소 : 서울특별시 중구 세종대로 1 | 대표전화 : 02-000-0000\n",
	    "가람일보");
}

Test(meta, two_word_outlet_from_the_lexicon)
{
	outlet_is("[SBS Biz 홍길동 기자] " P1 "\n" P2 "\n", "SBS Biz");
}

Test(meta, title_after_a_site_prefix_confirms_the_headline)
{
	title_is("<html><head><title>가람일보 - 시청 앞 광장 새 단장…분수대 다시 연다</title></head><body>"
	    "<table><tr><td>가람일보 | 정치 | 경제</td></tr><tr><td>부산 28℃ 흐림 · 초미세먼지 나쁨</td></tr></table>"
	    "<table><tr><td><b>시청 앞 광장 새 단장…분수대 다시 연다</b></td></tr>"
	    "<tr><td>입력 : 2025-05-02 10:00</td></tr><tr><td>" P1 "<br><br>" P2 "</td></tr></table></body></html>",
	    "시청 앞 광장 새 단장…분수대 다시 연다");
}

Test(meta, tickers_and_weather_rows_are_no_headlines)
{
	title_is("가람일보 | 지역의 목소리\n[정치] [경제] [사회] [문화]\n"
	    "[시황] 코스피 2,980.11 ▲0.45%  코스닥 801.20 ▼1.02%\n"
	    "[날씨] 춘천 25℃ 흐림 · 원주 26℃ 구름많음\n\n"
	    "춘천 도심 하천 정비 마무리…산책로 6㎞ 새로 열려\n\n등록 2025-08-01 10:00\n\n"
	    P1 "\n\n" P2 "\n",
	    "춘천 도심 하천 정비 마무리…산책로 6㎞ 새로 열려");
}

Test(meta, a_stamp_with_a_time_beats_a_url_date_of_the_same_day)
{
	page_date_is("URL Source: https://x.kr/article/2025/03/11/0042\n\n제목이 여기에 있는 기사\n"
	    "[홍길동 기자](https://x.kr/r/1) 2025.03.11(화) 09:05\n\n" P1 "\n\n" P2 "\n",
	    "2025-03-11T09:05");
	page_date_is("URL Source: https://x.kr/article/2025/03/11/0042\n\n제목이 여기에 있는 기사\n\n"
	    P1 "\n\n" P2 "\n", "2025-03-11");
}

Test(meta, labelled_month_day_with_dots_and_a_time_takes_the_year_from_a_path)
{
	page_date_is("<html><body><h1>제목이 여기에 있는 기사</h1><span>입력 09.03 08:15</span>"
	    "<img src=\"https://img.x.kr/news/202409/03/a.jpg\"><p>" P1 "</p><p>" P2 "</p></body></html>",
	    "2024-09-03T08:15");
}
