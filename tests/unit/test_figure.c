/* test_figure.c — the number reader: forms, kinds, subjects, traps. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "core/figure.h"

static struct figure_vec v;

static void
scan(const char *s)
{
	v.n = 0;
	figure_scan(s, strlen(s), &v);
}

/* The figure whose surface is text, or NULL. */
static const struct figure *
find(const char *s, const char *text)
{
	size_t i;

	for (i = 0; i < v.n; i++)
		if (v.v[i].len == strlen(text) && memcmp(s + v.v[i].off, text, v.v[i].len) == 0)
			return &v.v[i];
	return NULL;
}

static void
expect(const char *s, const char *text, double value, const char *unit, int kind)
{
	const struct figure *f;

	scan(s);
	f = find(s, text);
	cr_assert_not_null(f, "%s: no figure %s", s, text);
	cr_expect_eq(f->value, value, "%s: value %.17g", text, f->value);
	if (unit == NULL)
		cr_expect_null(f->unit);
	else
		cr_expect_str_eq(f->unit, unit);
	cr_expect_eq(f->kind, kind, "%s: kind %s", text, figure_kind_name(f->kind));
}

Test(figure, korean_number_words)
{
	expect("GPU 3만개를", "3만개", 30000, "개", FIG_COUNT);
	expect("최근 1만3000장을", "1만3000장", 13000, "장", FIG_COUNT);
	expect("예산 35조5000억원을", "35조5000억원", 35.5e12, "원", FIG_MONEY);
	expect("AI 예산은 9조9000억 원으로", "9조9000억 원", 9.9e12, "원", FIG_MONEY);
	expect("인재 3만5000 양성", "3만5000", 35000, NULL, FIG_OTHER);
	expect("규모 2,000억원의", "2,000억원", 2e11, "원", FIG_MONEY);
	expect("GPU 5만 장 확보", "5만 장", 50000, "장", FIG_COUNT);
	expect("국가채무 1,415조2000억원", "1,415조2000억원", 1.4152e15, "원", FIG_MONEY);
	expect("주가 5만300원", "5만300원", 50300, "원", FIG_MONEY);
	expect("취업자 2,816만2000명", "2,816만2000명", 28162000, "명", FIG_COUNT);
	expect("3천억원 투입", "3천억원", 3e11, "원", FIG_MONEY);
	expect("수출 128억달러", "128억달러", 1.28e10, "달러", FIG_MONEY);
}

Test(figure, units_and_kinds)
{
	expect("17%가량 늘렸다", "17%", 17, "%", FIG_PERCENT);
	expect("누적 3.5%p 높다", "3.5%p", 3.5, "%p", FIG_OTHER);
	expect("금리 연 2.50%로", "2.50%", 2.5, "%", FIG_PERCENT);
	expect("PBR 0.8배까지", "0.8배", 0.8, "배", FIG_RATIO);
	expect("시총 10위 안", "10위", 10, "위", FIG_RANK);
	expect("2030년까지", "2030년", 2030, "년", FIG_YEAR);
	expect("정예팀을 4개팀으로", "4개", 4, "개", FIG_COUNT);
	expect("16개월 연속", "16개월", 16, "개월", FIG_OTHER);
	expect("전기차 24만5000대를", "24만5000대", 245000, "대", FIG_COUNT);
	expect("1만3000명가량", "1만3000명", 13000, "명", FIG_COUNT);
}

Test(figure, labels_and_ranges_are_not_counts)
{
	expect("AI 3대 강국", "3대", 3, "대", FIG_RANK);
	expect("15대 주력 품목", "15대", 15, "대", FIG_RANK);
	/* N…대 takes the nominal N (RULES.md) */
	expect("두 달 연속 10만명대 증가", "10만명대", 100000, "명", FIG_COUNT);
}

Test(figure, subjects)
{
	const char *s = "엔비디아 GPU 26만장 확보, AI 예산도 9조9000억원을, 그래픽처리장치(GPU) 5만 장";
	const struct figure *f;

	scan(s);
	f = find(s, "26만장");
	cr_assert_not_null(f);
	cr_expect_eq(f->subj_len, 3);
	cr_expect(memcmp(s + f->subj_off, "GPU", 3) == 0);
	f = find(s, "9조9000억원");
	cr_assert_not_null(f);
	cr_expect(f->subj_len == strlen("AI 예산") && memcmp(s + f->subj_off, "AI 예산", f->subj_len) == 0);
	f = find(s, "5만 장");
	cr_assert_not_null(f);
	cr_expect(f->subj_len == 3 && memcmp(s + f->subj_off, "GPU", 3) == 0);
}

/* Words before a number that are not what it counts leave no subject. */
static void
no_subject(const char *s, const char *text)
{
	const struct figure *f;

	scan(s);
	f = find(s, text);
	cr_assert_not_null(f, "%s: no figure %s", s, text);
	cr_expect_eq(f->subj_len, 0, "%s: subject '%.*s'", s, (int)f->subj_len, s + f->subj_off);
}

/* A comparison between the thing and its number is stepped over. */
Test(figure, subject_before_a_comparison)
{
	const char *s = "정부가 내년 예산을 올해보다 6.4% 늘린 716조2000억원으로 편성했다.";
	const struct figure *f;

	scan(s);
	f = find(s, "6.4%");
	cr_assert_not_null(f);
	cr_expect(f->subj_len == strlen("예산") && memcmp(s + f->subj_off, "예산", f->subj_len) == 0,
	    "subject '%.*s'", (int)f->subj_len, s + f->subj_off);
	no_subject("그보다 높은 5%를 냈다.", "5%");
}

Test(figure, function_words_are_not_subjects)
{
	no_subject("한국 수출은 이로써 16개월 연속 증가했다.", "16개월");
	no_subject("공사비를 쓰는 데 2,900원이 든다.", "2,900원");
	no_subject("올해 접수에만 1,480건이 몰렸다.", "1,480건");
	no_subject("지난해 말 기준 3만5000명이다.", "3만5000명");
	no_subject("정부가 늘린 29조원은 역대 최대다.", "29조원");
	no_subject("이 가운데 75%가 수도권이다.", "75%");
}

/* A subject is a noun phrase, never a piece of a verb or a copula. */
Test(figure, verb_forms_are_not_subjects)
{
	no_subject("작년보다 늘어난 3만명이 왔다.", "3만명");
	no_subject("지수가 떨어진 2,400선에서 5%가 빠졌다.", "5%");
	no_subject("공모가 기준가인 3만원보다 높다.", "3만원");
	no_subject("지금 수준인 60%를 넘겼다.", "60%");
	no_subject("그보다 높은 5%를 냈다.", "5%");
	no_subject("표를 얻어 51%를 넘겼다.", "51%");
	no_subject("쓸 수 있도록 300억원을 편성했다.", "300억원");
	no_subject("실적이 나오자 7% 뛰었다.", "7%");
	no_subject("주가가 뛴 12% 상승", "12%");
	no_subject("지금 60% 수준이다.", "60%");
	no_subject("오후 3시 기준 4%가 투표했다.", "4%");
	no_subject("(전망 안팎) 80%로", "80%");
	no_subject("정원을 2000명 늘려 5058명으로 한다.", "5058명");
	no_subject("3거래일 연속 1조원 넘게 팔았다.", "1조원");
}

Test(figure, noun_subjects_are_kept)
{
	const char *s = "외국인 3만명이 샀고 피해자 약 80명이 나왔으며 이자 5%를 냈다";
	const struct figure *f;

	scan(s);
	f = find(s, "3만명");
	cr_assert_not_null(f);
	cr_expect(f->subj_len == strlen("외국인") && memcmp(s + f->subj_off, "외국인", f->subj_len) == 0);
	f = find(s, "80명");
	cr_assert_not_null(f);
	cr_expect(f->subj_len == strlen("피해자") && memcmp(s + f->subj_off, "피해자", f->subj_len) == 0);
	f = find(s, "5%");
	cr_assert_not_null(f);
	cr_expect(f->subj_len == strlen("이자") && memcmp(s + f->subj_off, "이자", f->subj_len) == 0);
}

Test(figure, subject_after_an_ellipsis)
{
	const char *s = "코스피 붕괴…삼성전자 5% 급락";
	const struct figure *f;

	scan(s);
	f = find(s, "5%");
	cr_assert_not_null(f);
	cr_expect(f->subj_len == strlen("삼성전자") && memcmp(s + f->subj_off, "삼성전자", f->subj_len) == 0,
	    "subject '%.*s'", (int)f->subj_len, s + f->subj_off);
}

static void
none(const char *s)
{
	size_t i;

	scan(s);
	for (i = 0; i < v.n; i++)
		cr_expect(v.v[i].kind != FIG_MONEY && v.v[i].kind != FIG_COUNT
		    && v.v[i].kind != FIG_PERCENT, "%s: false figure %.*s", s,
		    (int)v.v[i].len, s + v.v[i].off);
}

Test(figure, traps)
{
	none("김하늘 기자 2024.11.13 16:05");
	none("송고시간 2025-10-23 10:31 2025/10/23");
	none("문의 02-1234-5678 photo@newsis.com");
	none("https://www.example.com/news/2024/11/13/1234.html");
	none("기사번호 10654321 2024111316052837461");
	none("<img width=\"658\" height=\"400\"> 640x480 658px &#39; &#8220;");
	none("H100 HBM4 5G T3 제2차관 제4이통사 강남3구");
	none("2400선 2394.27 64.91포인트 15~29세");
	none("재석 3 위원장");
}

/* ---- the grammar, form by form: text, surface, value, unit, kind ---- */

struct form {
	const char *text, *surface;
	double value;
	const char *unit;
	int kind;
};

static const struct form forms[] = {
	/* digits, commas, decimals */
	{ "사과 3개를 샀다", "3개", 3, "개", FIG_COUNT },
	{ "주민 1,312명이 모였다", "1,312명", 1312, "명", FIG_COUNT },
	{ "가격 2,722.67달러로", "2,722.67달러", 2722.67, "달러", FIG_MONEY },
	{ "금리 3.5%로", "3.5%", 3.5, "%", FIG_PERCENT },
	{ "비중 0.5%에", "0.5%", 0.5, "%", FIG_PERCENT },
	{ "점유율 0%였던", "0%", 0, "%", FIG_PERCENT },
	{ "성장률 14.0%를", "14.0%", 14, "%", FIG_PERCENT },
	{ "환율 1,330원에", "1,330원", 1330, "원", FIG_MONEY },
	{ "모두 12,345,678원을", "12,345,678원", 12345678, "원", FIG_MONEY },
	{ "벌금 500 원을", "500 원", 500, "원", FIG_MONEY },
	{ "차량 7 대가", "7 대", 7, "대", FIG_COUNT },
	/* 만 억 조 경 */
	{ "GPU 26만장 확보", "26만장", 260000, "장", FIG_COUNT },
	{ "관객 1만명이", "1만명", 10000, "명", FIG_COUNT },
	{ "예산 3억원을", "3억원", 3e8, "원", FIG_MONEY },
	{ "매출 47조원을", "47조원", 47e12, "원", FIG_MONEY },
	{ "자산 2경원에", "2경원", 2e16, "원", FIG_MONEY },
	{ "영업이익 5조9000억원을", "5조9000억원", 5.9e12, "원", FIG_MONEY },
	{ "예산 35조5000억원을", "35조5000억원", 3.55e13, "원", FIG_MONEY },
	{ "주가 5만300원", "5만300원", 50300, "원", FIG_MONEY },
	{ "총 3억2000만원이", "3억2000만원", 3.2e8, "원", FIG_MONEY },
	{ "규모 1조2천억원", "1조2천억원", 1.2e12, "원", FIG_MONEY },
	{ "국가채무 1,415조2000억원", "1,415조2000억원", 1.4152e15, "원", FIG_MONEY },
	{ "취업자 2,816만2000명", "2,816만2000명", 28162000, "명", FIG_COUNT },
	{ "수출 128억달러", "128억달러", 1.28e10, "달러", FIG_MONEY },
	{ "총 1만3000장을", "1만3000장", 13000, "장", FIG_COUNT },
	{ "3억9600만주를", "3억9600만주", 396000000, "주", FIG_COUNT },
	/* 천 백 십 inside a group */
	{ "보증금 3천5백만원을", "3천5백만원", 3.5e7, "원", FIG_MONEY },
	{ "예산 7천42억원을", "7천42억원", 7.042e11, "원", FIG_MONEY },
	{ "규모는 5조3백86억원으로", "5조3백86억원", 5.0386e12, "원", FIG_MONEY },
	{ "시가총액 49조3천4백94억원의", "49조3천4백94억원", 4.93494e13, "원", FIG_MONEY },
	{ "가격 6천600원에", "6천600원", 6600, "원", FIG_MONEY },
	{ "선거인 5만2천881명", "5만2천881명", 52881, "명", FIG_COUNT },
	{ "투표자 3만2천94명이", "3만2천94명", 32094, "명", FIG_COUNT },
	{ "3천억원 투입", "3천억원", 3e11, "원", FIG_MONEY },
	{ "1만5천 명이", "1만5천 명", 15000, "명", FIG_COUNT },
	{ "3조7천42억원을", "3조7천42억원", 3.7042e12, "원", FIG_MONEY },
	{ "9천9백9십9조원", "9천9백9십9조원", 9.999e15, "원", FIG_MONEY },
	{ "3백86억원을", "3백86억원", 3.86e10, "원", FIG_MONEY },
	{ "5백만원을", "5백만원", 5e6, "원", FIG_MONEY },
	{ "이익 2조2천5백8억원", "2조2천5백8억원", 2.2508e12, "원", FIG_MONEY },
	{ "증가 18조2천2백45억원", "18조2천2백45억원", 1.82245e13, "원", FIG_MONEY },
	{ "3십만원을", "3십만원", 300000, "원", FIG_MONEY },
	{ "2천명이", "2천명", 2000, "명", FIG_COUNT },
	{ "인구 1천2백만명", "1천2백만명", 1.2e7, "명", FIG_COUNT },
	/* a space between groups */
	{ "차량 195만 1천557대를", "195만 1천557대", 1951557, "대", FIG_COUNT },
	{ "지출 17조 9071억6000만원", "17조 9071억6000만원", 1.790716e13, "원", FIG_MONEY },
	{ "매출 1조 4600억원을", "1조 4600억원", 1.46e12, "원", FIG_MONEY },
	{ "득표 24만 874표", "24만 874표", 240874, "표", FIG_COUNT },
	{ "요금 1만 320원", "1만 320원", 10320, "원", FIG_MONEY },
	{ "예산 7조 8,000억 원", "7조 8,000억 원", 7.8e12, "원", FIG_MONEY },
	{ "GDP 53조 2,167억 위안", "53조 2,167억 위안", 5.32167e13, "위안", FIG_MONEY },
	{ "소득 1만 7,642위안(약", "1만 7,642위안", 17642, "위안", FIG_MONEY },
	{ "51.86%(4만 7436표)를", "4만 7436표", 47436, "표", FIG_COUNT },
	{ "약 8조 2,100억 달러)", "8조 2,100억 달러", 8.21e12, "달러", FIG_MONEY },
	{ "수출 26억 1000만 달러", "26억 1000만 달러", 2.61e9, "달러", FIG_MONEY },
	{ "총액 18조 651억 위안", "18조 651억 위안", 1.80651e13, "위안", FIG_MONEY },
	{ "5조 263억 위안", "5조 263억 위안", 5.0263e12, "위안", FIG_MONEY },
	{ "부채 1억 2000만 원", "1억 2000만 원", 1.2e8, "원", FIG_MONEY },
	{ "3조 2천억 원", "3조 2천억 원", 3.2e12, "원", FIG_MONEY },
	{ "관객 2만 5000여 명이", "2만 5000여 명", 25000, "명", FIG_COUNT },
	{ "1만 2천여 명", "1만 2천여 명", 12000, "명", FIG_COUNT },
	{ "영업익 3조 10% 증가", "10%", 10, "%", FIG_PERCENT },
	{ "영업익 3조 10% 증가", "3조", 3e12, NULL, FIG_OTHER },
	{ "곡물 2만 5000톤", "2만 5000톤", 25000, "톤", FIG_OTHER },
	{ "9조9000억 원으로", "9조9000억 원", 9.9e12, "원", FIG_MONEY },
	{ "GPU 5만 장 확보", "5만 장", 50000, "장", FIG_COUNT },
	{ "인구 5000만 명", "5000만 명", 5e7, "명", FIG_COUNT },
	/* decimals with a group */
	{ "1.5조원을", "1.5조원", 1.5e12, "원", FIG_MONEY },
	{ "2.3억 달러", "2.3억 달러", 2.3e8, "달러", FIG_MONEY },
	{ "0.5조원", "0.5조원", 5e11, "원", FIG_MONEY },
	{ "3.2만명이", "3.2만명", 32000, "명", FIG_COUNT },
	{ "12.5억 유로", "12.5억 유로", 1.25e9, "유로", FIG_MONEY },
	{ "1.25%로", "1.25%", 1.25, "%", FIG_PERCENT },
	/* currencies */
	{ "100달러를", "100달러", 100, "달러", FIG_MONEY },
	{ "300엔에", "300엔", 300, "엔", FIG_MONEY },
	{ "50유로를", "50유로", 50, "유로", FIG_MONEY },
	{ "7,642위안", "7,642위안", 7642, "위안", FIG_MONEY },
	{ "20弗을", "20弗", 20, "달러", FIG_MONEY },
	{ "30불을", "30불", 30, "달러", FIG_MONEY },
	{ "10억엔을", "10억엔", 1e9, "엔", FIG_MONEY },
	{ "5억 유로를", "5억 유로", 5e8, "유로", FIG_MONEY },
	{ "3000억 위안", "3000억 위안", 3e11, "위안", FIG_MONEY },
	{ "100 USD", "100 USD", 100, "달러", FIG_MONEY },
	/* signs */
	{ "수출 -2.1% 감소", "-2.1%", -2.1, "%", FIG_PERCENT },
	{ "수익률 –12.4%를", "–12.4%", -12.4, "%", FIG_PERCENT },
	{ "증감 −3%로", "−3%", -3, "%", FIG_PERCENT },
	{ "성장률 +2.8%로", "+2.8%", 2.8, "%", FIG_PERCENT },
	{ "수출(-5.7%)은", "-5.7%", -5.7, "%", FIG_PERCENT },
	{ "매출 △3.4% 영업이익", "△3.4%", -3.4, "%", FIG_PERCENT },
	{ "매출 ▼1.2% 감소", "▼1.2%", -1.2, "%", FIG_PERCENT },
	{ "영업이익 ▲5.1% 증가", "▲5.1%", 5.1, "%", FIG_PERCENT },
	{ "적자 -300억원", "-300억원", -3e10, "원", FIG_MONEY },
	{ "전년 대비 -1.0%", "-1.0%", -1, "%", FIG_PERCENT },
	{ "(–0.3%)를", "–0.3%", -0.3, "%", FIG_PERCENT },
	{ "△ 항목 △10.87%", "△10.87%", -10.87, "%", FIG_PERCENT },
	{ "영업이익 △1,234억 원", "△1,234억 원", -1.234e11, "원", FIG_MONEY },
	{ "과제 △3개 분야", "3개", 3, "개", FIG_COUNT },
	/* about, more than, ranges of an amount */
	{ "약 80명이", "80명", 80, "명", FIG_COUNT },
	{ "참가자 100여 명이", "100여 명", 100, "명", FIG_COUNT },
	{ "기업 130여개가", "130여개", 130, "개", FIG_COUNT },
	{ "관객 1만여 명이", "1만여 명", 10000, "명", FIG_COUNT },
	{ "보증금 100억여 원으로", "100억여 원", 1e10, "원", FIG_MONEY },
	{ "17%가량 늘렸다", "17%", 17, "%", FIG_PERCENT },
	{ "80% 안팎으로", "80%", 80, "%", FIG_PERCENT },
	{ "30명 정도가", "30명", 30, "명", FIG_COUNT },
	{ "1만3000명가량", "1만3000명", 13000, "명", FIG_COUNT },
	{ "규모 7조원대", "7조원대", 7e12, "원", FIG_MONEY },
	{ "환율 1,330원대에", "1,330원대", 1330, "원", FIG_MONEY },
	{ "요금제 3만원대 출시", "3만원대", 30000, "원", FIG_MONEY },
	{ "물가 2%대를", "2%대", 2, "%", FIG_PERCENT },
	{ "피해 100억 원대에", "100억 원대", 1e10, "원", FIG_MONEY },
	{ "휴대폰 200만원대", "200만원대", 2e6, "원", FIG_MONEY },
	/* ranges: both ends */
	{ "가격 3만~4만원대", "4만원대", 40000, "원", FIG_MONEY },
	{ "가격 3만~4만원대", "3만", 30000, "원", FIG_MONEY },
	{ "부품 30~40개", "30", 30, "개", FIG_COUNT },
	{ "부품 30~40개", "40개", 40, "개", FIG_COUNT },
	{ "금리 10~15%", "10", 10, "%", FIG_PERCENT },
	{ "금리 10~15%", "15%", 15, "%", FIG_PERCENT },
	{ "예산 1~2조원", "1", 1e12, "원", FIG_MONEY },
	{ "예산 1~2조원", "2조원", 2e12, "원", FIG_MONEY },
	{ "요금 5000~1만원", "5000", 5000, "원", FIG_MONEY },
	{ "5∼6종 추가", "5", 5, "종", FIG_COUNT },
	{ "5∼6종 추가", "6종", 6, "종", FIG_COUNT },
	{ "인원 20 ~ 30명", "20", 20, "명", FIG_COUNT },
	{ "요금 1~15000원", "1", 1, "원", FIG_MONEY },
	{ "매출 900~1,200억원", "900", 9e10, "원", FIG_MONEY },
	{ "1.5~2조원", "1.5", 1.5e12, "원", FIG_MONEY },
	{ "3억9천6백만주를", "3억9천6백만주", 396000000, "주", FIG_COUNT },
	{ "1인 가구", "1인", 1, "인", FIG_OTHER },
	{ "직원 300인 이상", "300인", 300, "인", FIG_COUNT },
	/* counters */
	{ "피해자 80명", "80명", 80, "명", FIG_COUNT },
	{ "사고 12건이", "12건", 12, "건", FIG_COUNT },
	{ "선정된 7곳 가운데", "7곳", 7, "곳", FIG_COUNT },
	{ "사진 5장을", "5장", 5, "장", FIG_COUNT },
	{ "선박 17척을", "17척", 17, "척", FIG_COUNT },
	{ "주택 300가구를", "300가구", 300, "가구", FIG_COUNT },
	{ "신제품 5종을", "5종", 5, "종", FIG_COUNT },
	{ "회의 3회를", "3회", 3, "회", FIG_COUNT },
	{ "두 번 2차례", "2차례", 2, "차례", FIG_COUNT },
	{ "주식 1,000주를", "1,000주", 1000, "주", FIG_COUNT },
	{ "아파트 2채를", "2채", 2, "채", FIG_COUNT },
	{ "나무 10그루를", "10그루", 10, "그루", FIG_COUNT },
	{ "법안 4건을", "4건", 4, "건", FIG_COUNT },
	{ "전기차 24만5000대를", "24만5000대", 245000, "대", FIG_COUNT },
	{ "차량 1만대가", "1만대", 10000, "대", FIG_COUNT },
	{ "로봇 150대를", "150대", 150, "대", FIG_COUNT },
	{ "4개팀으로", "4개", 4, "개", FIG_COUNT },
	{ "5개국이", "5개국", 5, "개국", FIG_COUNT },
	{ "30개사가", "30개사", 30, "개사", FIG_COUNT },
	{ "20마리를", "20마리", 20, "마리", FIG_COUNT },
	{ "책 3권을", "3권", 3, "권", FIG_COUNT },
	{ "문서 50부를", "50부", 50, "부", FIG_COUNT },
	{ "1,480건이 몰렸다", "1,480건", 1480, "건", FIG_COUNT },
	{ "병상 500병상", "500병상", 500, "병상", FIG_COUNT },
	{ "좌석 300석", "300석", 300, "석", FIG_COUNT },
	/* kinds that are shown but not counted as money, count or percent */
	{ "누적 3.5%p 높다", "3.5%p", 3.5, "%p", FIG_OTHER },
	{ "0.7%포인트 올라", "0.7%포인트", 0.7, "%p", FIG_OTHER },
	{ "금리 25bp 인상", "25bp", 25, "bp", FIG_OTHER },
	{ "PBR 0.8배까지", "0.8배", 0.8, "배", FIG_RATIO },
	{ "시총 10위 안", "10위", 10, "위", FIG_RANK },
	{ "2030년까지", "2030년", 2030, "년", FIG_YEAR },
	{ "16개월 연속", "16개월", 16, "개월", FIG_OTHER },
	{ "AI 3대 강국", "3대", 3, "대", FIG_RANK },
	{ "50대 남성이", "50대", 50, "대", FIG_OTHER },
	{ "여성·청년·40대·원외", "40대", 40, "대", FIG_OTHER },
	{ "1GW 규모", "1GW", 1, "GW", FIG_OTHER },
	{ "2주 만에", "2주", 2, "주", FIG_OTHER },
	{ "100억대 자산", "100억대", 1e10, "대", FIG_OTHER },
	{ "인재 3만5000 양성", "3만5000", 35000, NULL, FIG_OTHER },
	{ "거래 284MW를", "284MW", 284, "MW", FIG_OTHER },
};

Test(figure, forms_table)
{
	size_t i;

	cr_assert_geq(sizeof(forms) / sizeof(forms[0]), 150);
	for (i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		const struct form *t = &forms[i];
		const struct figure *f;

		scan(t->text);
		f = find(t->text, t->surface);
		cr_expect_not_null(f, "%s: no figure '%s'", t->text, t->surface);
		if (f == NULL)
			continue;
		cr_expect(fabs(f->value - t->value) <= fabs(t->value) * 1e-12,
		    "%s: value %.17g, not %.17g", t->text, f->value, t->value);
		if (t->unit == NULL)
			cr_expect_null(f->unit, "%s: unit %s", t->text, f->unit);
		else
			cr_expect(f->unit != NULL && strcmp(f->unit, t->unit) == 0,
			    "%s: unit %s, not %s", t->text, f->unit ? f->unit : "(none)", t->unit);
		cr_expect_eq(f->kind, t->kind, "%s: kind %s, not %s", t->text,
		    figure_kind_name(f->kind), figure_kind_name(t->kind));
	}
}

/* Not a money, count or percent figure at all. */
static const char *const not_figures[] = {
	"2025년 10월 23일", "2024.11.13 16:05", "2025-10-23", "1분기 실적",
	"3분기에", "제2회 대회", "1차 수주", "5세대 이동통신", "2세대 모델",
	"중2 학생", "고3 수험생", "초6 아이", "시총 4위", "10위권",
	"100엔당", "1인당 소득", "5명당", "50대 남성", "20대가",
	"2018회계연도", "3.5%p 상승", "0.7%포인트", "3배", "4단계",
	"1년 전", "25주년", "3000억 기대", "100억대 자산",
};

Test(figure, not_figures_table)
{
	size_t i;

	for (i = 0; i < sizeof(not_figures) / sizeof(not_figures[0]); i++)
		none(not_figures[i]);
}

/* Absurd input: no overflow, no undefined behaviour, no wrong value. */
Test(figure, absurd_numbers_are_rejected)
{
	static const char *const absurd[] = {
		"999999999999999조원", "99999경원", "1234567890123456789012345678901234567890원",
		"1234567890123456789012345678901234567890.5%", "0.12345678901234567890123%",
		"９９９조원", "３만원", "２5만원", "1２3개", "5만３천원",
	};
	size_t i, k;

	for (i = 0; i < sizeof(absurd) / sizeof(absurd[0]); i++) {
		scan(absurd[i]);
		for (k = 0; k < v.n; k++)
			cr_expect(v.v[k].kind != FIG_MONEY && v.v[k].kind != FIG_COUNT
			    && v.v[k].kind != FIG_PERCENT, "%s: figure %.*s = %.17g", absurd[i],
			    (int)v.v[k].len, absurd[i] + v.v[k].off, v.v[k].value);
	}
	/* a grade mark one byte into the text: nothing read before it */
	scan("x중2명");
	scan("중2");
	cr_expect_eq(v.n, 0);
	/* the largest that is still a number */
	expect("9999경원", "9999경원", 9.999e19, "원", FIG_MONEY);
	expect("9천9백9십9조원", "9천9백9십9조원", 9.999e15, "원", FIG_MONEY);
	/* -0 is 0: one (value, unit) for the listing */
	scan("증감 -0% 그대로");
	cr_assert_eq(v.n, 1);
	cr_expect(!signbit(v.v[0].value));
}

Test(figure, kind_names)
{
	cr_expect_str_eq(figure_kind_name(FIG_MONEY), "money");
	cr_expect_eq(figure_kind_parse("percent"), FIG_PERCENT);
	cr_expect_eq(figure_kind_parse("nonsense"), FIG_OTHER);
	figure_vec_free(&v);
}

Test(figure, hundreds_word_before_about_or_a_space)
{
	expect("관객 2천3백여 명이 왔다", "2천3백여 명", 2300, "명", FIG_COUNT);
	expect("주민 4천7백 명과", "4천7백 명", 4700, "명", FIG_COUNT);
	expect("학생 3백 명이", "3백 명", 300, "명", FIG_COUNT);
	expect("묘목 6백여 그루를", "6백여 그루", 600, "그루", FIG_COUNT);
}

Test(figure, a_unit_before_the_copula)
{
	expect("공급 물량은 약 12만 가구다.", "12만 가구", 120000, "가구", FIG_COUNT);
	expect("수주액은 약 3억 4,000만 달러다.", "3억 4,000만 달러", 3.4e8, "달러", FIG_MONEY);
	expect("가격은 7천 달러다", "7천 달러", 7000, "달러", FIG_MONEY);
	expect("3000억 다리를 놓는다", "3000억", 3e11, NULL, FIG_OTHER);
}

Test(figure, dae_counts_among_counts_and_before_a_change)
{
	const char *s = "버스는 1,200대에서 1,246대로 46대 늘어난다. 3대 강국이다.";

	expect(s, "46대", 46, "대", FIG_COUNT);
	expect(s, "3대", 3, "대", FIG_RANK);
	expect("전기차는 7대 줄었다", "7대", 7, "대", FIG_COUNT);
	expect("판매는 1,000대였다. 5대 은행이 있다.", "5대", 5, "대", FIG_RANK);
}

Test(figure, court_divisions_are_no_figures)
{
	scan("부산지법 민사합의12부는 기각했다.");
	cr_expect_eq(v.n, 0);
	scan("대법원 3부(주심 대법관)는 파기했다. 광주고법 1부도 같았다.");
	cr_expect_eq(v.n, 0);
	expect("책자 5부를 찍었다", "5부", 5, "부", FIG_COUNT);
}

Test(figure, short_korean_form)
{
	static const struct {
		double v;
		const char *s;
	} c[] = {
		{ 35500000000000.0, "35.5조" }, { 3550000000000.0, "3.55조" },
		{ 355000000.0, "3.55억" }, { 3550000.0, "355만" }, { 10000.0, "1만" },
		{ 1234.0, "1,234" }, { 7.0, "7" }, { -250000000.0, "-2.5억" },
		{ 1234000000000000.0, "1234조" },
	};
	size_t i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		struct buf b = BUF_INIT;

		figure_short(c[i].v, &b);
		cr_assert_str_eq(b.s, c[i].s, "%.0f", c[i].v);
		buf_free(&b);
	}
}
