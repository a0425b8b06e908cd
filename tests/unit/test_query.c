/* test_query.c — PCRE2 search, the filter language, Korean numbers and
 * query_select over a small corpus built through the real pipeline. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/ingest.h"
#include "core/model.h"
#include "core/query.h"
#include "core/query_priv.h"

/* ---- a small corpus ---- */

static struct model M;

static void
add(const char *title, const char *outlet, const char *date, const char *text)
{
	char *err = NULL, *warn = NULL;
	struct article *a;

	M.a = xgrow(M.a, &M.cap, M.n + 1, sizeof(*M.a));
	a = &M.a[M.n];
	cr_assert_eq(ingest_document("x", text, strlen(text), &M.arenas[0], a, &err, &warn), 0);
	free(warn);
	a->title = title;
	a->outlet = outlet;
	a->date = date;
	M.n++;
}

#define REPEAT "<p>정부는 23일 인공지능 반도체 산업을 키우기 위해 내년 예산을 크게 늘리겠다고 밝혔다.</p>" \
	"<p>과학기술정보통신부는 이날 서울에서 열린 간담회에서 기업들의 의견을 들었다고 설명했다.</p>" \
	"<p>업계는 정부의 지원이 실제 투자로 이어져야 한다며 구체적인 계획을 요구했다고 전했다.</p>" \
	"<p>정부는 내년 상반기까지 세부 계획을 마련해 발표하겠다는 방침을 거듭 밝혔다고 덧붙였다.</p>"

static void
corpus(void)
{
	model_init(&M);
	M.arenas = xcalloc(1, sizeof(*M.arenas));
	M.narenas = 1;
	/* 0 */
	add("배경훈 장관 \"GPU 26만장 확보\"", "뉴스1", "2025-09-09",
	    "<p>배경훈 과학기술정보통신부 장관은 엔비디아 GPU 26만장을 확보했다고 말했다. 배 장관은 웃었다.</p>");
	/* 1 */
	add("배경훈 부총리 \"AI 거품 없다\"", "매일경제", "2025-12-15T09:30",
	    "<p>배경훈 부총리 겸 과학기술정보통신부 장관이 내년 예산 35조5000억원을 발표했다. 배 부총리는 말했다.</p>");
	/* 2 */
	add("류제명 차관, gpu 수급 점검", "이데일리", "2025-07-09",
	    "<p>류제명 과학기술정보통신부 제2차관은 gpu 수급 문제를 점검했다고 밝혔다. 반도체 1,000개를 추가로 들여온다.</p>");
	/* 3 */
	add("증시 급등", "한국경제", NULL,
	    "<p>주식 시장이 오늘 크게 올랐다고 증권가는 전했다. 외국인 매수가 이어졌다고 분석했다.</p>");
	/* 4, 5: a page and its repost */
	add("반도체 예산", "한국경제", "2025-12-31", "사이트 A\n로그인\n" REPEAT "\n관련기사\n");
	add("반도체 예산 (재전송)", "연합뉴스", "2026-01-01", "사이트 B 메뉴\n" REPEAT "\n댓글 0\n");
	model_link_duplicates(&M);
	model_build_index(&M);
}

static void
corpus_free(void)
{
	model_free(&M);
}

/* The articles q selects, as a string of indexes "0 2 5". */
static const char *
sel(const char *expr)
{
	static char out[256];
	struct query_error e;
	struct query *q = query_parse(expr, &e);
	size_t i, len = 0;

	cr_assert_not_null(q, "%s: %s", expr, e.msg);
	out[0] = '\0';
	for (i = 0; i < M.n; i++)
		if (query_match(q, &M, i, NULL))
			len += (size_t)snprintf(out + len, sizeof(out) - len, "%s%zu", len ? " " : "", i);
	query_free(q);
	return out;
}

/* The error of a wrong expr. */
static struct query_error
bad(const char *expr)
{
	struct query_error e;
	struct query *q;

	memset(&e, 0, sizeof(e));
	q = query_parse(expr, &e);
	cr_assert_null(q, "%s parsed", expr);
	cr_assert(e.msg[0] != '\0');
	return e;
}

/* ---- Korean numbers ---- */

Test(query, numbers)
{
	double v;

	cr_assert_eq(query_parse_number("100000", &v), 0);
	cr_expect_eq(v, 100000);
	cr_assert_eq(query_parse_number("1만", &v), 0);
	cr_expect_eq(v, 1e4);
	cr_assert_eq(query_parse_number("35조5000억", &v), 0);
	cr_expect_eq(v, 3.55e13);
	cr_assert_eq(query_parse_number("1만3000", &v), 0);
	cr_expect_eq(v, 13000);
	cr_assert_eq(query_parse_number("2,000", &v), 0);
	cr_expect_eq(v, 2000);
	cr_assert_eq(query_parse_number("1,234,567", &v), 0);
	cr_expect_eq(v, 1234567);
	cr_assert_eq(query_parse_number("1.5", &v), 0);
	cr_expect_eq(v, 1.5);
	cr_assert_eq(query_parse_number("1.5억", &v), 0);
	cr_expect_eq(v, 1.5e8);
	cr_assert_eq(query_parse_number("26만", &v), 0);
	cr_expect_eq(v, 260000);
	cr_assert_eq(query_parse_number("3천만", &v), 0);
	cr_expect_eq(v, 3e7);
	cr_assert_eq(query_parse_number("1조2억3만4", &v), 0);
	cr_expect_eq(v, 1000200030004.0);
	cr_assert_eq(query_parse_number("-3.5", &v), 0);
	cr_expect_eq(v, -3.5);
	cr_expect_eq(query_parse_number("", &v), -1);
	cr_expect_eq(query_parse_number("abc", &v), -1);
	cr_expect_eq(query_parse_number("1.2.3", &v), -1);
	cr_expect_eq(query_parse_number("12x", &v), -1);
	cr_expect_eq(query_parse_number("3만5억", &v), -1);
	cr_expect_eq(query_parse_number("1.", &v), -1);
}

/* ---- search ---- */

static int
find(const char *pat, const char *s, size_t start, size_t *mo, size_t *ml)
{
	char err[200];
	size_t off;
	struct query_re *re = query_re_compile(pat, err, sizeof(err), &off);
	int rc;

	cr_assert_not_null(re, "%s: %s", pat, err);
	rc = query_re_find(re, s, strlen(s), start, mo, ml);
	query_re_free(re);
	return rc;
}

Test(query, re_smart_case_in_korean_text)
{
	const char *s = "엔비디아 GPU 26만장을 확보";
	size_t mo, ml;

	cr_assert_eq(find("gpu", s, 0, &mo, &ml), 1);
	cr_expect_eq(mo, strlen("엔비디아 "));
	cr_expect_eq(ml, 3);
	cr_expect_eq(find("GPU", s, 0, &mo, &ml), 1);
	cr_expect_eq(find("GPU", "엔비디아 gpu 26만장", 0, &mo, &ml), 0);
	cr_expect_eq(find("Gpu", s, 0, &mo, &ml), 0);
	/* escapes are not upper-case letters: \W and \S stay caseless */
	cr_expect_eq(find("\\Wgpu\\s", s, 0, &mo, &ml), 1);
	/* Hangul has no case */
	cr_expect_eq(find("확보", s, 0, &mo, &ml), 1);
	cr_expect_eq(mo, strlen(s) - strlen("확보"));
	/* Latin case folding beyond ASCII */
	cr_expect_eq(find("économie", "ÉCONOMIE 한국", 0, &mo, &ml), 1);
}

Test(query, re_ucp_word_and_boundary_with_hangul)
{
	size_t mo, ml;

	cr_assert_eq(find("\\w+", "  배경훈 장관", 0, &mo, &ml), 1);
	cr_expect_eq(mo, 2);
	cr_expect_eq(ml, strlen("배경훈"));
	cr_assert_eq(find("\\b장관\\b", "배경훈장관 장관", 0, &mo, &ml), 1);
	cr_expect_eq(mo, strlen("배경훈장관 "));
	cr_expect_eq(find("\\d+만", "GPU 26만장", 0, &mo, &ml), 1);
	cr_expect_eq(mo, 4);
	cr_expect_eq(ml, strlen("26만"));
	/* start after the first match */
	cr_expect_eq(find("장관", "장관 장관", 1, &mo, &ml), 1);
	cr_expect_eq(mo, strlen("장관 "));
	cr_expect_eq(find("장관", "장관", 7, &mo, &ml), 0);
	/* a start inside a character moves to the next one */
	cr_expect_eq(find(".", "장관", 1, &mo, &ml), 1);
	cr_expect_eq(mo, 3);
}

Test(query, re_compile_error_has_message_and_offset)
{
	char err[200];
	size_t off = 99;
	struct query_re *re = query_re_compile("배경(훈", err, sizeof(err), &off);

	cr_assert_null(re);
	cr_expect_eq(off, strlen("배경(훈"));
	cr_expect(strstr(err, "missing closing parenthesis") != NULL, "%s", err);
	cr_expect(strstr(err, "at column 8") != NULL, "%s", err);
	cr_assert_null(query_re_compile("a{2,1}", err, sizeof(err), &off));
	cr_assert_null(query_re_compile("[b-a]", err, sizeof(err), &off));
}

static double
elapsed(struct timespec t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
}

Test(query, re_pathological_pattern_stops_quickly)
{
	char err[200], s[5002];
	size_t off, mo, ml;
	struct query_re *re = query_re_compile("(a+)+$", err, sizeof(err), &off);
	struct timespec t0;

	cr_assert_not_null(re);
	memset(s, 'a', 5000);
	s[5000] = 'b';
	s[5001] = '\0';
	clock_gettime(CLOCK_MONOTONIC, &t0);
	cr_expect_eq(query_re_find(re, s, strlen(s), 0, &mo, &ml), -1);
	cr_expect(strstr(query_re_error(re), "too complex") != NULL, "%s", query_re_error(re));
	cr_expect(elapsed(t0) < 2.0);
	query_re_free(re);

	re = query_re_compile("(?:a|a)*b", err, sizeof(err), &off);
	cr_assert_not_null(re);
	s[5000] = 'c';
	clock_gettime(CLOCK_MONOTONIC, &t0);
	cr_expect_neq(query_re_find(re, s, strlen(s), 0, &mo, &ml), 1);
	cr_expect(elapsed(t0) < 2.0);
	query_re_free(re);

	/* nested quantifiers over a group with alternatives */
	re = query_re_compile("^(\\w+\\s?)*$", err, sizeof(err), &off);
	cr_assert_not_null(re);
	memset(s, 'a', 60);
	memcpy(s + 60, "!", 2);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	cr_expect_neq(query_re_find(re, s, strlen(s), 0, &mo, &ml), 1);
	cr_expect(elapsed(t0) < 2.0);
	query_re_free(re);
}

Test(query, re_empty_matches_advance_one_character)
{
	char err[200];
	const char *s = "가나a";
	size_t off, start = 0, mo, ml, at[8], n = 0;
	struct query_re *re = query_re_compile("x*", err, sizeof(err), &off);

	cr_assert_not_null(re);
	while (n < 8 && query_re_find(re, s, strlen(s), start, &mo, &ml) == 1) {
		cr_assert_eq(ml, 0);
		at[n++] = mo;
		start = mo + (mo < 6 ? 3 : 1);
	}
	cr_assert_eq(n, 4);
	cr_expect_eq(at[0], 0);
	cr_expect_eq(at[1], 3);
	cr_expect_eq(at[2], 6);
	cr_expect_eq(at[3], 7);
	query_re_free(re);
}

Test(query, re_empty_matches_advance, .init = corpus, .fini = corpus_free)
{
	char err[200];
	size_t off;
	struct query_re *re = query_re_compile("x*", err, sizeof(err), &off);
	long n;

	cr_assert_not_null(re);
	/* an empty match before each character and at the end of each text */
	n = query_re_count(re, &M, 3);
	cr_expect(n > (long)strlen("증시 급등"));
	query_re_free(re);
	re = query_re_compile("", err, sizeof(err), &off);
	cr_assert_not_null(re);
	cr_expect_eq(query_re_count(re, &M, 3), query_re_count(re, &M, 3));
	query_re_free(re);
	re = query_re_compile("(?=배)", err, sizeof(err), &off);
	cr_expect_eq(query_re_count(re, &M, 0), 3);	/* title 1, paragraph 2 */
	query_re_free(re);
}

Test(query, re_count_title_and_paragraphs, .init = corpus, .fini = corpus_free)
{
	char err[200];
	size_t off;
	struct query_re *re = query_re_compile("gpu", err, sizeof(err), &off);

	cr_assert_not_null(re);
	cr_expect_eq(query_re_count(re, &M, 0), 2);
	cr_expect_eq(query_re_count(re, &M, 2), 2);
	cr_expect_eq(query_re_count(re, &M, 3), 0);
	query_re_free(re);
	re = query_re_compile("배경훈", err, sizeof(err), &off);
	cr_expect_eq(query_re_count(re, &M, 1), 2);
	query_re_free(re);
}

/* A plain pattern reads an article's back-to-back paragraphs as one
 * text: the counts are those of a paragraph at a time, and a match never
 * spans the end of one paragraph and the start of the next. */
Test(query, re_plain_pattern_over_the_whole_body)
{
	struct arena a = { NULL, 0, NULL, 0 };
	const char *texts[] = { "반도체 수출은 반도", "체 수출이 아니다. 반도체!", "GPU 반도체" };
	/* 반도 ends the first, 체 begins the second: no 반도체 between them */
	const char *plain[] = { "반도체", "반도", "체 수", "gpu", "수출" };
	const char *regex[] = { "(?:반도체)", "(?:반도)", "(?:체 수)", "(?:gpu)", "(?:수출)" };
	long want[] = { 3, 4, 2, 1, 2 };
	struct model m;
	struct article *art;
	size_t k;

	model_init(&m);
	m.a = xcalloc(1, sizeof(*m.a));
	m.n = m.cap = 1;
	art = &m.a[0];
	art->para = arena_alloc(&a, 3 * sizeof(char *));
	for (k = 0; k < 3; k++)
		art->para[k] = arena_strdup(&a, texts[k]);
	art->npara = 3;
	art->near = -1;
	model_body_span(art);
	cr_assert_eq(art->body_len, strlen(texts[0]) + strlen(texts[1]) + strlen(texts[2]) + 2,
	    "back to back in the arena");
	for (k = 0; k < sizeof(plain) / sizeof(*plain); k++) {
		char err[200];
		size_t off;
		struct query_re *p = query_re_compile(plain[k], err, sizeof(err), &off);
		struct query_re *r = query_re_compile(regex[k], err, sizeof(err), &off);

		cr_expect_eq(query_re_count(p, &m, 0), want[k], "%s", plain[k]);
		cr_expect_eq(query_re_count(r, &m, 0), want[k], "%s", regex[k]);
		cr_expect_eq(query_re_count_max(p, &m, 0, 1), 1, "%s: the first is enough", plain[k]);
		query_re_free(p);
		query_re_free(r);
	}
	/* paragraphs that are not back to back: one at a time */
	art->para[1] = arena_strdup(&a, texts[1]);
	model_body_span(art);
	cr_expect_eq(art->body_len, 0);
	m.arenas = xcalloc(1, sizeof(*m.arenas));
	m.arenas[0] = a;
	m.narenas = 1;
	model_free(&m);
}

/* ---- the filter language ---- */

Test(query, empty_expression_matches_all, .init = corpus, .fini = corpus_free)
{
	cr_expect_str_eq(sel(""), "0 1 2 3 4 5");
	cr_expect_str_eq(sel("   "), "0 1 2 3 4 5");
	cr_expect_str_eq(sel("\xe3\x80\x80"), "0 1 2 3 4 5");
	cr_expect(query_match(NULL, &M, 0, NULL));
}

Test(query, person_and_outlet, .init = corpus, .fini = corpus_free)
{
	cr_expect_str_eq(sel("person:배경훈"), "0 1");
	cr_expect_str_eq(sel("person:배경"), "0 1");
	cr_expect_str_eq(sel("person:류제명"), "2");
	/* a title of the person matches too */
	cr_expect_str_eq(sel("person:부총리"), "1");
	cr_expect_str_eq(sel("person:차관"), "2");
	cr_expect_str_eq(sel("person:없는사람"), "");
	cr_expect_str_eq(sel("outlet:뉴스"), "0 5");
	cr_expect_str_eq(sel("outlet:한국경제"), "3 4");
	cr_expect_str_eq(sel("-outlet:한국경제"), "0 1 2 5");
	cr_expect_str_eq(sel("outlet:\"매일경제\""), "1");
}

Test(query, dates, .init = corpus, .fini = corpus_free)
{
	cr_expect_str_eq(sel("date:2025-09-09"), "0");
	cr_expect_str_eq(sel("date:2025-09"), "0");
	cr_expect_str_eq(sel("date:2025"), "0 1 2 4");
	cr_expect_str_eq(sel("date:2025-09..2025-12"), "0 1 4");
	cr_expect_str_eq(sel("date:2025-09..2025-12-15"), "0 1");
	cr_expect_str_eq(sel("date:2025-12.."), "1 4 5");
	cr_expect_str_eq(sel("date:..2025-09"), "0 2");
	cr_expect_str_eq(sel("date:2025-07-09..2025-07-09"), "2");
	cr_expect_str_eq(sel("date:2026"), "5");
	cr_expect_str_eq(sel("date:2025.12"), "1 4");
	cr_expect_str_eq(sel("date:2025-9-9"), "0");
	cr_expect_str_eq(sel("date:2025.7.9..2025.9"), "0 2");
	/* a day is read as the pages' dates are (meta_parse_date) */
	cr_expect_str_eq(sel("date:2025/09/09"), "0");
	cr_expect_str_eq(sel("date:2025.09.09."), "0");
	/* undated articles never match date:, so they pass its negation */
	cr_expect_str_eq(sel("-date:2025"), "3 5");
}

Test(query, figures, .init = corpus, .fini = corpus_free)
{
	cr_expect_str_eq(sel("unit:장"), "0");
	cr_expect_str_eq(sel("unit:개"), "2");
	cr_expect_str_eq(sel("value:26만"), "0");
	cr_expect_str_eq(sel("value:260000"), "0");
	cr_expect_str_eq(sel("value:=260,000"), "0");
	cr_expect_str_eq(sel("value:35조5000억"), "1");
	cr_expect_str_eq(sel("value:>=1조"), "1");
	cr_expect_str_eq(sel("value:>1000"), "0 1");
	cr_expect_str_eq(sel("value:>=1,000 value:<1만"), "2");
	cr_expect_str_eq(sel("value:<=1000 unit:개"), "2");
	cr_expect_str_eq(sel("value:<1000 unit:개"), "");
	cr_expect_str_eq(sel("value:1000..26만"), "0 2");
	cr_expect_str_eq(sel("value:1001..26만"), "0");
	cr_expect_str_eq(sel("value:1조.."), "1");
	cr_expect_str_eq(sel("value:..1,000 unit:개"), "2");
	cr_expect_str_eq(sel("kind:money"), "1");
	cr_expect_str_eq(sel("kind:money value:<1조"), "");
	cr_expect_str_eq(sel("kind:count value:>=1만"), "0");
	/* positive figure tests in one "and" hold for one figure */
	cr_expect_str_eq(sel("unit:장 value:1000"), "");
	cr_expect_str_eq(sel("unit:장 value:>=1만"), "0");
	/* negated, they are separate tests (4 and 5 have the date 23일) */
	cr_expect_str_eq(sel("has:figure -unit:장"), "1 2 4 5");
	cr_expect_str_eq(sel("has:figure -kind:money"), "0 2 4 5");
}

Test(query, has, .init = corpus, .fini = corpus_free)
{
	cr_expect_str_eq(sel("has:figure"), "0 1 2 4 5");
	cr_expect_str_eq(sel("has:person"), "0 1 2");
	cr_expect_str_eq(sel("has:duplicate"), "5");
	cr_expect_str_eq(sel("-has:duplicate has:person"), "0 1 2");
	/* nothing is tagged without an environment */
	cr_expect_str_eq(sel("has:tag"), "");
}

static int
tag_odd(void *ctx, size_t i)
{
	(void)ctx;
	return i % 2 == 1;
}

Test(query, has_tag_via_env, .init = corpus, .fini = corpus_free)
{
	struct query_env env = { .tagged = tag_odd };
	struct query *q = query_parse("has:tag", NULL);

	cr_assert_not_null(q);
	cr_expect(!query_match(q, &M, 0, &env));
	cr_expect(query_match(q, &M, 1, &env));
	cr_expect(query_match(q, &M, 5, &env));
	query_free(q);
}

Test(query, uses_tags)
{
	static const char *const yes[] = { "has:tag", "-has:tag", "gpu (outlet:a or has:tag)" };
	static const char *const no[] = { "has:figure", "\"has:tag\"", "title:tag", "" };
	size_t i;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		struct query *q = query_parse(yes[i], NULL);

		cr_assert_not_null(q, "%s", yes[i]);
		cr_expect(query_uses_tags(q), "%s", yes[i]);
		query_free(q);
	}
	for (i = 0; i < sizeof(no) / sizeof(no[0]); i++) {
		struct query *q = query_parse(no[i], NULL);

		cr_assert_not_null(q, "%s", no[i]);
		cr_expect(!query_uses_tags(q), "%s", no[i]);
		query_free(q);
	}
	cr_expect(!query_uses_tags(NULL));
}

Test(query, words_titles_quotes_and_regex, .init = corpus, .fini = corpus_free)
{
	cr_expect_str_eq(sel("gpu"), "0 2");
	cr_expect_str_eq(sel("GPU"), "0 2");	/* words are always caseless */
	cr_expect_str_eq(sel("반도체"), "2 4 5");
	cr_expect_str_eq(sel("title:반도체"), "4 5");
	cr_expect_str_eq(sel("title:ai"), "1");
	cr_expect_str_eq(sel("\"배 장관은\""), "0");
	cr_expect_str_eq(sel("배 장관은"), "0");
	cr_expect_str_eq(sel("/GPU/"), "0");	/* smart case */
	cr_expect_str_eq(sel("/gpu/"), "0 2");
	cr_expect_str_eq(sel("/\\d+만장/"), "0");
	cr_expect_str_eq(sel("/[0-9]+조/"), "1");
	cr_expect_str_eq(sel("/재전송\\)|급등/"), "3 5");
	cr_expect_str_eq(sel("/\\(재전송\\)$/"), "5");
	/* \/ inside a regex is a slash */
	cr_expect_str_eq(sel("/a\\/b/"), "");
	cr_expect_str_eq(sel("\"or\""), "");
	cr_expect_str_eq(sel("-gpu"), "1 3 4 5");
	cr_expect_str_eq(sel("--gpu"), "0 2");
}

Test(query, or_and_parentheses, .init = corpus, .fini = corpus_free)
{
	cr_expect_str_eq(sel("gpu or 증시"), "0 2 3");
	cr_expect_str_eq(sel("gpu outlet:뉴스1 or 증시"), "0 3");
	cr_expect_str_eq(sel("gpu (outlet:뉴스1 or outlet:이데일리)"), "0 2");
	cr_expect_str_eq(sel("-(gpu or 증시)"), "1 4 5");
	cr_expect_str_eq(sel("((person:배경훈))"), "0 1");
	cr_expect_str_eq(sel("(xq or zq)"), "");
	cr_expect_str_eq(sel("person:배경훈 date:2025-09..2025-12 -outlet:한국경제 has:figure"), "0 1");
	cr_expect_str_eq(sel("PERSON:배경훈"), "0 1");
	cr_expect_str_eq(sel("10:30"), "");	/* digits before a colon: a word */
}

Test(query, errors_point_at_the_byte_and_column)
{
	struct query_error e;

	e = bad("person:배경훈 foo:bar");
	cr_expect_eq(e.byte, strlen("person:배경훈 "));
	cr_expect_eq(e.col, 14);
	cr_expect(strstr(e.msg, "unknown field") != NULL, "%s", e.msg);

	e = bad("배경훈 outlet:");
	cr_expect_eq(e.byte, strlen("배경훈 "));
	cr_expect_eq(e.col, 7);
	cr_expect(strstr(e.msg, "empty value") != NULL, "%s", e.msg);

	e = bad("date:2025-13");
	cr_expect_eq(e.byte, 5);
	cr_expect(strstr(e.msg, "bad date") != NULL, "%s", e.msg);
	bad("date:2025-02-30");
	bad("date:2025-09-09x");
	bad("date:2025-09.09");
	bad("date:2025-9-");
	bad("date:25-09");
	bad("date:..");
	bad("date:2025-09-01..x");
	e = bad("date:2025-12..2025-09");
	cr_expect(strstr(e.msg, "before it starts") != NULL, "%s", e.msg);

	e = bad("장관 value:>=1만x");
	cr_expect_eq(e.byte, strlen("장관 value:>="));
	cr_expect_eq(e.col, 13);
	cr_expect(strstr(e.msg, "bad number") != NULL, "%s", e.msg);
	bad("value:>=");
	bad("value:abc");
	bad("value:..");
	e = bad("value:1..2x");
	cr_expect_eq(e.byte, strlen("value:1.."));
	e = bad("title:\xff\xfe");
	cr_expect_eq(e.byte, strlen("title:"));
	e = bad("a \xc3");
	cr_expect_eq(e.byte, 2);
	bad("/\xff/");
	bad("date:2025-9-");
	bad("date:2025-123");
	bad("date:2025-1-2-3");

	e = bad("(배경훈 or 장관");
	cr_expect_eq(e.byte, 0);
	cr_expect(strstr(e.msg, "unbalanced") != NULL, "%s", e.msg);
	e = bad("배경훈 장관)");
	cr_expect_eq(e.byte, strlen("배경훈 장관"));
	cr_expect_eq(e.col, 11);
	cr_expect(strstr(e.msg, "unbalanced") != NULL, "%s", e.msg);
	e = bad("()");
	cr_expect(strstr(e.msg, "empty") != NULL, "%s", e.msg);

	e = bad("배경훈 or");
	cr_expect_eq(e.byte, strlen("배경훈 "));
	cr_expect_eq(e.col, 7);
	cr_expect(strstr(e.msg, "'or'") != NULL, "%s", e.msg);
	e = bad("or 배경훈");
	cr_expect_eq(e.byte, 0);
	e = bad("a or or b");
	cr_expect_eq(e.byte, 2);
	e = bad("(a or) b");
	cr_expect_eq(e.byte, 3);

	e = bad("kind:dollar");
	cr_expect_eq(e.byte, 5);
	cr_expect(strstr(e.msg, "unknown kind") != NULL, "%s", e.msg);
	e = bad("has:cat");
	cr_expect_eq(e.byte, 4);
	cr_expect(strstr(e.msg, "has:") != NULL, "%s", e.msg);

	e = bad("장관 /배경(훈/");
	cr_expect_eq(e.byte, strlen("장관 /배경(훈"));
	cr_expect_eq(e.col, 13);
	cr_expect(strstr(e.msg, "missing closing parenthesis") != NULL, "%s", e.msg);
	e = bad("/a\\/(/");
	cr_expect_eq(e.byte, 5);
	e = bad("/abc");
	cr_expect_eq(e.byte, 0);
	cr_expect(strstr(e.msg, "unterminated") != NULL, "%s", e.msg);
	bad("//");
	e = bad("a \"b c");
	cr_expect_eq(e.byte, 2);
	bad("\"\"");
	e = bad("a - b");
	cr_expect_eq(e.byte, 2);
}

Test(query, nesting_is_bounded)
{
	char s[1001];

	memset(s, '(', 1000);
	s[1000] = '\0';
	bad(s);
	memset(s, '-', 999);
	s[999] = 'a';
	bad(s);
}

/* ---- query_select ---- */

Test(query, select_keeps_order_over_threads, .init = corpus, .fini = corpus_free)
{
	struct model big;
	size_t i, n = 5000, *out, *counts;
	struct query_env env = { .threads = 4 };
	struct query *q = query_parse("-has:duplicate", NULL);
	char err[200];
	long r, k;

	/* 5000 articles: the corpus over and over, sharing its strings */
	big = M;
	big.a = xcalloc(n, sizeof(*big.a));
	big.n = big.cap = n;
	for (i = 0; i < n; i++) {
		big.a[i] = M.a[i % M.n];
		big.a[i].near = -1;
	}
	out = xcalloc(n, sizeof(*out));
	counts = xcalloc(n, sizeof(*counts));
	r = query_select(q, "gpu", &big, NULL, 0, &env, out, counts, err, sizeof(err));
	cr_assert_eq(r, 2 * (long)(n / 6) + (n % 6 > 2 ? 2 : n % 6 > 0 ? 1 : 0));
	for (k = 0; k < r; k++) {
		cr_assert(out[k] % 6 == 0 || out[k] % 6 == 2);
		cr_assert_eq(counts[k], 2);
		if (k > 0)
			cr_assert(out[k] > out[k - 1]);
	}
	/* candidates in their own order, one thread or many */
	for (i = 0; i < n; i++)
		out[i] = n - 1 - i;
	{
		size_t *cand = out, *o2 = xcalloc(n, sizeof(*o2)), *o1 = xcalloc(n, sizeof(*o1));
		struct query_env one = { .threads = 1 };
		long r2 = query_select(NULL, "배경훈", &big, cand, n, &env, o2, NULL, err, sizeof(err));
		long r1 = query_select(NULL, "배경훈", &big, cand, n, &one, o1, NULL, err, sizeof(err));

		cr_assert_eq(r1, r2);
		cr_assert(r1 > 0);
		cr_assert(memcmp(o1, o2, (size_t)r1 * sizeof(*o1)) == 0);
		for (k = 1; k < r2; k++)
			cr_assert(o2[k] < o2[k - 1]);
		free(o1);
		free(o2);
	}
	query_free(q);
	free(out);
	free(counts);
	free(big.a);
}

Test(query, select_filter_and_search, .init = corpus, .fini = corpus_free)
{
	size_t out[6], counts[6];
	struct query *q = query_parse("person:배경훈 or person:류제명", NULL);
	char err[200];
	long r;

	r = query_select(q, NULL, &M, NULL, 0, NULL, out, counts, err, sizeof(err));
	cr_assert_eq(r, 3);
	cr_expect_eq(out[2], 2);
	cr_expect_eq(counts[0], 0);
	r = query_select(q, "GPU", &M, NULL, 0, NULL, out, counts, err, sizeof(err));
	cr_assert_eq(r, 1);
	cr_expect_eq(out[0], 0);
	cr_expect_eq(counts[0], 2);
	r = query_select(NULL, "(", &M, NULL, 0, NULL, out, NULL, err, sizeof(err));
	cr_expect_eq(r, QUERY_ERROR);
	cr_expect(strstr(err, "missing closing parenthesis") != NULL, "%s", err);
	query_free(q);
}

Test(query, select_limit_error, .init = corpus, .fini = corpus_free)
{
	struct buf b = BUF_INIT;
	size_t out[7], i;
	char err[200];
	long r;
	struct timespec t0;

	for (i = 0; i < 3000; i++)
		buf_addc(&b, 'a');
	buf_adds(&b, "b");
	M.a = xgrow(M.a, &M.cap, M.n + 1, sizeof(*M.a));
	M.a[M.n] = M.a[3];
	M.a[M.n].title = b.s;
	M.n++;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	r = query_select(NULL, "(a+)+$", &M, NULL, 0, NULL, out, NULL, err, sizeof(err));
	cr_expect_eq(r, QUERY_ERROR);
	cr_expect(strstr(err, "too complex") != NULL, "%s", err);
	cr_expect(elapsed(t0) < 2.0);
	/* the same through a /regex/ in a filter */
	{
		struct query *q = query_parse("/(a+)+$/", NULL);

		r = query_select(q, NULL, &M, NULL, 0, NULL, out, NULL, err, sizeof(err));
		cr_expect_eq(r, QUERY_ERROR);
		cr_expect(strstr(err, "too complex") != NULL, "%s", err);
		cr_expect_eq(query_match(q, &M, M.n - 1, NULL), -1);
		query_free(q);
	}
	buf_free(&b);
}

Test(query, select_cancel, .init = corpus, .fini = corpus_free)
{
	volatile int cancel = 1;
	struct query_env env = { .threads = 2, .cancel = &cancel };
	size_t out[6];
	char err[200];

	cr_expect_eq(query_select(NULL, "gpu", &M, NULL, 0, &env, out, NULL, err, sizeof(err)),
	    QUERY_CANCELLED);
	cancel = 0;
	cr_expect_eq(query_select(NULL, "gpu", &M, NULL, 0, &env, out, NULL, err, sizeof(err)), 2);
}

Test(query, select_nothing)
{
	struct model m;
	size_t out[1];
	char err[200];

	model_init(&m);
	cr_expect_eq(query_select(NULL, "x", &m, NULL, 0, NULL, out, NULL, err, sizeof(err)), 0);
	model_free(&m);
}

static void
quote_corpus(void)
{
	model_init(&M);
	M.arenas = xcalloc(1, sizeof(*M.arenas));
	M.narenas = 1;
	/* 0: 배경훈 speaks */
	add("AI 예산", "뉴스1", "2025-09-09",
	    "<p>배경훈 과학기술정보통신부 장관은 “AI 거품은 없다”며 “GPU를 더 확보하겠다”고 말했다.</p>");
	/* 1: 배경훈 named, 김성훈 speaks */
	add("업스테이지", "뉴스1", "2025-09-10",
	    "<p>김성훈 업스테이지 대표는 배경훈 장관을 두고 “든든한 지원군”이라고 말했다.</p>");
	/* 2: an unnamed official speaks: no quotation */
	add("업계", "뉴스1", "2025-09-11",
	    "<p>배경훈 장관의 발표에 업계 관계자는 “거품이 맞다”고 말했다.</p>");
	model_build_index(&M);
}

Test(query, said_and_quote, .init = quote_corpus, .fini = corpus_free)
{
	cr_assert_eq(M.a[0].nquote, 2);
	cr_expect_str_eq(sel("said:배경훈"), "0");
	cr_expect_str_eq(sel("person:배경훈"), "0 1 2");
	cr_expect_str_eq(sel("said:김성훈"), "1");
	cr_expect_str_eq(sel("said:훈"), "0 1");
	cr_expect_str_eq(sel("-said:배경훈"), "1 2");
	cr_expect_str_eq(sel("quote:거품"), "0");
	cr_expect_str_eq(sel("quote:/gpu|지원군/"), "0 1");
	cr_expect_str_eq(sel("quote:/^AI/"), "0");
	cr_expect_str_eq(sel("quote:\"든든한 지원\""), "1");
	cr_expect_str_eq(sel("quote:/없다$/ said:배경훈"), "0");
	cr_expect_str_eq(sel("quote:없는말"), "");
	bad("quote:/(/");
	bad("said:");
}
