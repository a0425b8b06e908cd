/* test_person.c — names, titles, organisations, back-references, traps. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/person.h"

static struct person_result r;

static void
run(const char *title, const char *body)
{
	const char *para[1] = { body };

	person_extract(title, para, 1, NULL, 0, NULL, &r);
}

static const struct person *
who(const char *name)
{
	size_t i;

	for (i = 0; i < r.n; i++)
		if (r.p[i].name.len == strlen(name) && memcmp(r.p[i].name.s, name, r.p[i].name.len) == 0)
			return &r.p[i];
	return NULL;
}

static int
has_title(const struct person *p, const char *t)
{
	size_t i;

	for (i = 0; i < p->ntitles; i++)
		if (p->title[i].len == strlen(t) && memcmp(p->title[i].s, t, p->title[i].len) == 0)
			return 1;
	return 0;
}

static void
expect(const char *body, const char *name, const char *title, const char *org)
{
	const struct person *p;

	run(NULL, body);
	p = who(name);
	cr_assert_not_null(p, "%s: no %s", body, name);
	cr_expect(has_title(p, title), "%s: %s lacks %s", body, name, title);
	if (org == NULL)
		cr_expect_null(p->org.s);
	else
		cr_expect(p->org.s != NULL && p->org.len == strlen(org)
		    && memcmp(p->org.s, org, p->org.len) == 0, "%s: org of %s", body, name);
}

Test(person, name_org_title)
{
	expect("배경훈 과학기술정보통신부 장관이 말했다.", "배경훈", "장관", "과학기술정보통신부");
	expect("김성훈 업스테이지 대표는 말했다.", "김성훈", "대표", "업스테이지");
	expect("이날 NC AI 이연수 대표가 참석했다.", "이연수", "대표", "NC AI");
	expect("KOSA 조준희 회장을 비롯해", "조준희", "회장", "KOSA");
	expect("딥웨이브의 한송이 대표는", "한송이", "대표", "딥웨이브");
	expect("이연수 NC AI 대표, 임우형 LG경영개발원 AI연구원 원장 등", "임우형", "원장",
	    "LG경영개발원 AI연구원");
	expect("배하린 한국자동차연구원 선임연구원은", "배하린", "선임연구원", "한국자동차연구원");
}

Test(person, two_syllable_surnames_and_compound_titles)
{
	expect("남궁현석 산업통상자원부 제2차관은", "남궁현석", "제2차관", "산업통상자원부");
	expect("황보민재 산업부 무역투자실장은", "황보민재", "무역투자실장", "산업부");
	cr_expect(has_title(who("황보민재"), "실장"));
	expect("선우재현 부회장은", "선우재현", "부회장", NULL);
	expect("독고준혁 기재부 예산실장은", "독고준혁", "예산실장", "기재부");
}

Test(person, abbreviation_spelled_out_when_the_article_does)
{
	run(NULL, "산업통상자원부가 밝혔다. 황보민재 산업부 무역투자실장은 말했다.");
	cr_assert_not_null(who("황보민재"));
	cr_expect(strncmp(who("황보민재")->org.s, "산업통상자원부", who("황보민재")->org.len) == 0);
}

Test(person, back_references_count_under_the_full_name)
{
	run("배경훈 부총리 \"AI 거품 없다\"",
	    "배경훈 부총리 겸 과학기술정보통신부 장관이 말했다. 배 부총리는 또 말했다. "
	    "배 장관은 웃었다. 한 업계 관계자는 말했다.");
	cr_assert_eq(r.n, 1);
	cr_expect(has_title(&r.p[0], "부총리"));
	cr_expect(has_title(&r.p[0], "장관"));
	cr_expect_eq(r.p[0].mentions, 3);
	cr_expect_eq(r.nm, 4);	/* the title's mention is not counted */
	cr_expect_eq(r.m[r.nm - 1].para, UINT32_MAX);
}

Test(person, foreign_names)
{
	expect("젠슨 황 엔비디아 CEO가 말했다.", "젠슨 황", "CEO", "엔비디아");
	run(NULL, "라이언 포터 테라코어 CEO는 말했다. 포터 CEO는 또 말했다.");
	cr_assert_not_null(who("라이언 포터"));
	cr_expect_eq(who("라이언 포터")->mentions, 2);
}

Test(person, common_words_are_not_people)
{
	run(NULL, "정부가 발표했다. 이날 이번 한국 조원 전력 김치 우리 유럽 구글이 검색엔진 시장을 "
	    "장악했다. 원장을 비롯해 관계자 등이 참석했다. 한 장을 한 시간 쓴다. 정부 대표 "
	    "AI 가속기 시장에서 경쟁한다. 스타트업 대표 20명과 만났다.");
	cr_expect_eq(r.n, 0, "%zu false people, first %.*s", r.n,
	    r.n ? (int)r.p[0].name.len : 0, r.n ? r.p[0].name.s : "");
}

Test(person, reporters_are_people)
{
	const char *para[1] = { "김아름 기자가 썼다. 류제명 차관은 말했다." };
	const char *rep[1] = { "김아름" };

	person_extract(NULL, para, 1, rep, 1, "이데일리", &r);
	cr_assert_not_null(who("김아름"));
	cr_expect(has_title(who("김아름"), "기자"));
	cr_expect_eq(who("김아름")->mentions, 1);
	person_result_free(&r);
}

/* Many distinct people on one page: every one found, every mention
 * counted (that it costs time linear in the page, where a token × person
 * scan took 28 s
 * on a 2.5 MB page naming 8,000 people, the scaling benchmark shows). */
Test(person, many_distinct_people_all_counted)
{
	static const char *const sur[] = {
		"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임",
		"한", "오", "서", "신", "권", "황", "안", "송", "전", "홍",
	};
	static const char *const given[] = {
		"민", "서", "준", "현", "우", "지", "수", "영", "재", "성",
		"훈", "호", "진", "혁", "석", "태", "경", "희", "연", "찬",
	};
	enum { NS = 20, NG = 20, N = NS * NG * NG };
	struct buf_s { char *s; size_t len, cap; } b = { NULL, 0, 0 };
	size_t i, pass, found = 0, ok = 0;
	const char *para[1];

	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < N; i++) {
			char line[96];
			int n = snprintf(line, sizeof(line), "%s%s%s %s ",
			    sur[i / (NG * NG)], given[i / NG % NG], given[i % NG],
			    pass == 0 ? "대표는 말했다." : "대표가 웃었다.");

			if (b.len + (size_t)n + 1 > b.cap) {
				b.cap = (b.cap + (size_t)n + 1) * 2;
				b.s = realloc(b.s, b.cap);
				cr_assert_not_null(b.s);
			}
			memcpy(b.s + b.len, line, (size_t)n + 1);
			b.len += (size_t)n;
		}
	para[0] = b.s;
	person_extract(NULL, para, 1, NULL, 0, NULL, &r);
	for (i = 0; i < r.n; i++) {
		found++;
		ok += r.p[i].mentions == 2;
	}
	cr_expect_geq(found, N * 9 / 10, "%zu of %d people", found, N);
	cr_expect_eq(ok, found, "%zu of %zu people with 2 mentions", ok, found);
	free(b.s);
}

Test(person, verb_forms_and_words_before_a_back_reference_are_not_names)
{
	run(NULL, "경선 1위를 차지한 김 의원은 수석최고위원을 맡는다. 그가 노리던 대표 자리는 멀다.");
	cr_expect_eq(r.n, 0, "first: %.*s", r.n ? (int)r.p[0].name.len : 0, r.n ? r.p[0].name.s : "");
	run(NULL, "미국 주요 매체들에 따르면 트럼프 대통령은 이날 말했다. 트럼프 대통령은 웃었다.");
	cr_expect_null(who("따르면 트럼프"));
}

Test(person, foreign_names_with_a_country_or_many_words)
{
	expect("도널드 트럼프 미국 대통령이 2일 상호관세를 발표했다.", "도널드 트럼프", "대통령", "미국");
	cr_expect_null(who("도널드"));
	expect("우에다 가즈오 일본은행 총재는 금리를 올렸다.", "우에다 가즈오", "총재", "일본은행");
	run(NULL, "윤 대통령은 도하에서 타밈 빈 하마드 알사니 국왕과 만났다.");
	cr_assert_not_null(who("타밈 빈 하마드 알사니"));
	cr_expect_null(who("하마드"));
	cr_expect(has_title(who("타밈 빈 하마드 알사니"), "국왕"));
}

Test(person, a_name_inside_an_organisation_name_is_no_mention)
{
	run(NULL, "홍길동 대표는 말했다. 홍길동재단이 문을 열었다. 홍길동은 웃었다.");
	cr_assert_not_null(who("홍길동"));
	cr_expect_eq(who("홍길동")->mentions, 2);
}

Test(person, organisation_words_are_not_names)
{
	run(NULL, "조국혁신당 혁신당 대표는 말했다. 서강대 교수 연구팀이 발표했다. 조달청 차장이 왔다.");
	cr_expect_eq(r.n, 0, "first: %.*s", r.n ? (int)r.p[0].name.len : 0, r.n ? r.p[0].name.s : "");
	run(NULL, "오세희 소공연 회장과 만났다. 소공연 회장단도 왔다.");
	cr_expect_not_null(who("오세희"));
	cr_expect_null(who("소공연"), "a body of 회장s: an organisation");
	run(NULL, "손우목 전삼노 노조위원장은 말했다. 김철수 전삼노 부위원장도 왔다.");
	cr_expect_not_null(who("손우목"));
	cr_expect_not_null(who("김철수"));
	cr_expect_null(who("전삼노"), "the organisation of two people");
	run(NULL, "오뚜기 함영준 회장은 말했다.");
	cr_expect_not_null(who("함영준"), "one reading tells nothing: the name stays");
	run(NULL, "전국삼성전자노동조합(전삼노)이 파업했다. 전삼노 위원장이 말했다.");
	cr_expect_null(who("전삼노"));
}

Test(person, only_in_the_title_is_not_a_person_but_a_reporter_always_is)
{
	const char *para[1] = { "그는 이날 웃었다. 류제명 차관은 말했다." };
	const char *rep[1] = { "김아름" };

	person_extract("홍길동 대표 \"AI 거품 없다\"", para, 1, rep, 1, "이데일리", &r);
	cr_expect_null(who("홍길동"));
	cr_assert_not_null(who("류제명"));
	cr_assert_not_null(who("김아름"));
	cr_expect_eq(who("김아름")->mentions, 1, "the by-line is its mention");
	for (size_t i = 0; i < r.nm; i++)
		cr_expect_lt(r.m[i].who, r.n);
}

Test(person, back_references_find_the_right_person_of_a_shared_surname)
{
	run(NULL, "김용범 대통령실 정책실장이 김은혜 국민의힘 의원과 설전을 벌였다. 김 의원이 "
	    "김 실장의 의혹을 묻자 김 실장이 언성을 높였다. 우상호 대통령실 정무수석이 말렸다.");
	cr_assert_not_null(who("김용범"));
	cr_assert_not_null(who("김은혜"));
	cr_expect_not_null(who("우상호"));
	cr_expect(has_title(who("김용범"), "실장"));
	cr_expect(!has_title(who("김은혜"), "실장"));
	cr_expect_eq(who("김용범")->mentions, 3);
	cr_expect_eq(who("김은혜")->mentions, 2);
}

Test(person, names_joined_by_middle_dots_share_the_title)
{
	run(NULL, "최고위원 경선에서는 김선민·황명필 후보가 당선됐다. 홍길동ㆍ김철수 의원이 왔다.");
	cr_expect_not_null(who("김선민"));
	cr_expect_not_null(who("황명필"));
	cr_expect_not_null(who("홍길동"));
	cr_expect_not_null(who("김철수"));
	if (who("김선민") != NULL)
		cr_expect(has_title(who("김선민"), "후보"));
}

Test(person, named_with_ssi_but_never_anonymised)
{
	run(NULL, "편의점을 운영해 온 김재훈씨는 말했다. 김 씨는 웃었다. 김씨는 또 웃었다. "
	    "이영수 씨도 왔다. 박민호(45)씨가 말했다.");
	cr_assert_not_null(who("김재훈"));
	cr_expect_eq(who("김재훈")->mentions, 3);
	cr_expect_not_null(who("이영수"));
	cr_expect_not_null(who("박민호"));
	run(NULL, "A씨는 말했다. 김모(45)씨와 최모씨, 백모 씨, A(31)씨가 왔다. 남궁모씨도 왔다. "
	    "아저씨는 날씨가 좋다고 했다. 마음씨 좋은 아주머니씨가 왔다.");
	cr_expect_eq(r.n, 0, "first: %.*s", r.n ? (int)r.p[0].name.len : 0, r.n ? r.p[0].name.s : "");
}

Test(person, two_syllable_names_need_a_back_reference)
{
	run(NULL, "조국혁신당이 단독 입후보한 조국 후보를 새 대표로 뽑았다. 조 후보는 99.9%를 얻었다. "
	    "조 대표는 탄핵당한 윤석열 정권을 심판하겠다고 했다.");
	cr_assert_not_null(who("조국"));
	cr_expect_eq(who("조국")->mentions, 3, "조국혁신당 is no mention");
	cr_expect_not_null(who("윤석열"));
	run(NULL, "조국 후보를 뽑았다. 고향 대표로 나섰다. 한국 대표가 왔다. 한 대표는 말했다. "
	    "우리 대표가 이겼다. 오늘 회장이 왔다. 오 회장은 웃었다.");
	cr_expect_eq(r.n, 0, "first: %.*s", r.n ? (int)r.p[0].name.len : 0, r.n ? r.p[0].name.s : "");
}

Test(person, names_after_a_title)
{
	expect("넥슨(대표 이정헌)은 신작을 냈다.", "이정헌", "대표", NULL);
	expect("한국인터넷진흥원 원장 권진봉은 말했다.", "권진봉", "원장", "한국인터넷진흥원");
	run(NULL, "국회의원 선거구를 획정했다. 대표 선수들이 뛰었다. 회장 선거에 나섰다. "
	    "사장 후보군을 추렸다. 의원 정수를 늘린다.");
	cr_expect_eq(r.n, 0, "first: %.*s", r.n ? (int)r.p[0].name.len : 0, r.n ? r.p[0].name.s : "");
}

Test(person, four_syllable_names_and_their_back_references)
{
	run(NULL, "황보승희 후보는 당선됐다. 황보 당선인은 웃었다. 남궁민수 대표가 왔다. "
	    "남궁 대표는 말했다. 황보 당선인이 또 말했다.");
	cr_assert_not_null(who("황보승희"));
	cr_assert_not_null(who("남궁민수"));
	cr_expect_null(who("황보"));
	cr_expect_null(who("남궁"));
	cr_expect_eq(who("황보승희")->mentions, 3);
	cr_expect_eq(who("남궁민수")->mentions, 2);
}

Test(person, foreign_names_and_korean_name_shapes)
{
	run(NULL, "도널드 트럼프 대통령은 관세를 발표했다. 트럼프 대통령은 웃었다.");
	cr_expect_not_null(who("도널드 트럼프"));
	cr_expect_null(who("도널드"));
	expect("제롬 파월 미국 연방준비제도 의장은 말했다.", "제롬 파월", "의장", "미국 연방준비제도");
	expect("샘 올트먼 오픈AI CEO는 방한했다.", "샘 올트먼", "CEO", "오픈AI");
	expect("안토니우 구테흐스 유엔 사무총장은 말했다.", "안토니우 구테흐스", "사무총장", "유엔");
	expect("손정의 소프트뱅크 회장은 말했다.", "손정의", "회장", "소프트뱅크");
	expect("오세훈 서울시장은 기자회견을 열었다.", "오세훈", "서울시장", NULL);
	run(NULL, "회사의 반도체 사장은 말했다. 이를 주도한 대표는 사퇴했다. 강조한 회장의 발언. "
	    "유망 스타트업 대표가 왔다. 미국의 엔비디아 CEO는 말했다.");
	cr_expect_eq(r.n, 0, "first: %.*s", r.n ? (int)r.p[0].name.len : 0, r.n ? r.p[0].name.s : "");
}

Test(person, weak_names_kept_by_a_second_mention_and_modified_back_references)
{
	run(NULL, "손흥민 선수는 골을 넣었다. 손흥민은 웃었다.");
	cr_expect_not_null(who("손흥민"));
	run(NULL, "손흥민 선수는 골을 넣었다.");
	cr_expect_null(who("손흥민"), "a noun title alone is not enough");
	run(NULL, "윤석열 대통령은 말했다. 윤 전 대통령은 구속됐다.");
	cr_assert_not_null(who("윤석열"));
	cr_expect_eq(who("윤석열")->mentions, 2);
	expect("마이크 존슨 미국 하원의장은 말했다.", "마이크 존슨", "하원의장", "미국");
	expect("우르줄라 폰데어라이엔 EU 집행위원장은 말했다.", "우르줄라 폰데어라이엔", "집행위원장",
	    "EU");
}

Test(person, a_title_of_two_words)
{
	expect("오영주 중소벤처기업부 장관 후보자는 말했다.", "오영주", "장관 후보자", "중소벤처기업부");
	cr_expect(has_title(who("오영주"), "후보자"));
	run(NULL, "부산 중·영도구 황보승희 국회의원 당선인이 웃었다.");
	cr_expect_null(who("영도구"), "a list of places is no list of names");
	cr_expect_not_null(who("황보승희"));
}

Test(person, city_mayors_and_noun_titles_after_a_civic_group)
{
	expect("최민구 춘천시장은 회견을 열었다.", "최민구", "춘천시장", NULL);
	expect("이도현 서귀포시장이 답했다.", "이도현", "서귀포시장", NULL);
	expect("녹색연대 한가람 간사는 반대했다.", "한가람", "간사", "녹색연대");
	expect("시민사회연합 오세진 간사가 말했다.", "오세진", "간사", "시민사회연합");
}

Test(person, a_players_role_before_the_name)
{
	run(NULL, "구단은 내야수 한승우(31)와 계약했다. 한승우는 웃었다.");
	cr_assert_not_null(who("한승우"));
	cr_expect(has_title(who("한승우"), "내야수"));
	run(NULL, "구단은 내야수 한승우와 계약했다.");
	cr_expect_null(who("한승우"), "named once after a role: not enough");
	run(NULL, "구단은 외국인 투수 로건 피터슨과도 협상한다. 피터슨에게 제안했다.");
	cr_expect_not_null(who("로건 피터슨"));
	run(NULL, "우승팀 외국인 공격수 안드레 산토스의 골이 터졌다.");
	cr_expect_not_null(who("안드레 산토스"));
	run(NULL, "감독은 투수 교체 타이밍을 놓쳤다. 선수 대기실 분위기가 좋았다.");
	cr_expect_eq(r.n, 0, "first: %.*s", r.n ? (int)r.p[0].name.len : 0, r.n ? r.p[0].name.s : "");
}

Test(person, foreign_name_organisation_and_a_title_of_two_words)
{
	run(NULL, "토마스 뮐러 베르크하임 영업총괄 부사장은 서울을 찾았다. 뮐러 부사장은 웃었다.");
	cr_assert_not_null(who("토마스 뮐러"));
	cr_expect(has_title(who("토마스 뮐러"), "영업총괄 부사장"));
	cr_expect(has_title(who("토마스 뮐러"), "부사장"));
	cr_expect(who("토마스 뮐러")->org.s != NULL
	    && strncmp(who("토마스 뮐러")->org.s, "베르크하임", who("토마스 뮐러")->org.len) == 0);
	run(NULL, "토마스 뮐러 베르크하임 영업총괄 부사장은 서울을 찾았다.");
	cr_expect_null(who("토마스 뮐러"), "no back-reference: not told");
}

Test(person, verb_forms_and_cities_are_not_people)
{
	run(NULL, "예산 3조원이 편성돼 정부 부처 중 가장 많았다. 사업비가 확정해 정부 안에 담았다.");
	cr_expect_eq(r.n, 0, "first: %.*s", r.n ? (int)r.p[0].name.len : 0, r.n ? r.p[0].name.s : "");
	run(NULL, "윤석열 정부는 출범했다.");
	cr_expect_not_null(who("윤석열"));
	run(NULL, "김해시는 3일 발표했다. 한지민 김해시 건설국장은 말했다. 김해시 관계자도 거들었다.");
	cr_expect_null(who("김해시"));
	cr_expect_not_null(who("한지민"));
}

Test(person, dialogue_line_back_reference)
{
	run(NULL, "배경훈 과학기술정보통신부 장관이 출석했다. 배 장관=“그렇습니다.” 배 장관=\"아닙니다.\"");
	cr_assert_not_null(who("배경훈"));
	cr_expect_eq(who("배경훈")->mentions, 3);
	run(NULL, "(서울=연합뉴스) 배경훈 과학기술정보통신부 장관이 출석했다.");
	cr_expect_eq(who("배경훈")->mentions, 1);
}
