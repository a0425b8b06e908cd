/* test_figure.c — the number reader: forms, kinds, subjects, traps. */
#include <criterion/criterion.h>
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

Test(figure, function_words_are_not_subjects)
{
	no_subject("한국 수출은 이로써 16개월 연속 증가했다.", "16개월");
	no_subject("공사비를 쓰는 데 2,900원이 든다.", "2,900원");
	no_subject("올해 접수에만 1,480건이 몰렸다.", "1,480건");
	no_subject("지난해 말 기준 3만5000명이다.", "3만5000명");
	no_subject("정부가 늘린 29조원은 역대 최대다.", "29조원");
	no_subject("이 가운데 75%가 수도권이다.", "75%");
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

Test(figure, kind_names)
{
	cr_expect_str_eq(figure_kind_name(FIG_MONEY), "money");
	cr_expect_eq(figure_kind_parse("percent"), FIG_PERCENT);
	cr_expect_eq(figure_kind_parse("nonsense"), FIG_OTHER);
	figure_vec_free(&v);
}
