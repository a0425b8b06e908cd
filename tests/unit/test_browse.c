/* test_browse.c — the browser's view-model without a terminal: the list,
 * its order, the filter, narrowing, the search and n / N, tags, read
 * marks, marks and the people and figures of the list. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/browse.h"
#include "core/ingest.h"
#include "core/model.h"
#include "core/state.h"

static struct model M;
static struct browse B;
static struct state *ST;
static char dir[64];

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
begin_model(void)
{
	model_init(&M);
	M.arenas = xcalloc(1, sizeof(*M.arenas));
	M.narenas = 1;
}

/* Index the model, open a fresh state and browse them. */
static void
end_model(void)
{
	char *warn = NULL;

	model_link_duplicates(&M);
	model_build_index(&M);
	snprintf(dir, sizeof(dir), "/tmp/gisa-browse-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	ST = state_open(dir, &warn);
	free(warn);
	unsetenv("GISA_SELECT_THREAD_AT");
	browse_init(&B, &M, ST);
}

static void
setup(void)
{
	begin_model();
	/* 0 */
	add("배경훈 장관 \"GPU 26만장 확보\"", "뉴스1", "2025-09-09",
	    "<p>배경훈 과학기술정보통신부 장관은 엔비디아 GPU 26만장을 확보했다고 말했다.</p>"
	    "<p>배 장관은 GPU 수급이 안정됐다고 말했다.</p>");
	/* 1 */
	add("배경훈 부총리 \"AI 거품 없다\"", "매일경제", "2025-12-15T09:30",
	    "<p>배경훈 부총리 겸 과학기술정보통신부 장관이 내년 예산 35조5000억원을 발표했다. GPU 예산도 늘었다.</p>");
	/* 2 */
	add("류제명 차관, gpu 수급 점검", "이데일리", "2025-07-09",
	    "<p>류제명 과학기술정보통신부 제2차관은 gpu 수급 문제를 점검했다고 밝혔다. 반도체 1,000개를 추가로 들여온다.</p>");
	/* 3 */
	add("증시 급등", "한국경제", NULL,
	    "<p>주식 시장이 오늘 크게 올랐다고 증권가는 전했다. 외국인 매수가 이어졌다고 분석했다.</p>");
	/* 4, 5: a page and its repost */
	add("반도체 예산", "한국경제", "2025-12-31", "사이트 A\n로그인\n" REPEAT "\n관련기사\n");
	add("반도체 예산 (재전송)", "연합뉴스", "2026-01-01", "사이트 B 메뉴\n" REPEAT "\n댓글 0\n");
	/* 6: the day of 0 */
	add("GPU 공급 확대", "뉴스1", "2025-09-09",
	    "<p>엔비디아는 GPU 공급을 늘리겠다고 밝혔다. 업계는 반겼다고 전했다.</p>");
	end_model();
}

static void
teardown(void)
{
	char path[128];

	browse_free(&B);
	state_free(ST);
	snprintf(path, sizeof(path), "%s/state", dir);
	unlink(path);
	rmdir(dir);
	model_free(&M);
}

TestSuite(browse, .init = setup, .fini = teardown);

/* The list as "0 2 5". */
static const char *
list(void)
{
	static char out[256];
	size_t i, len = 0;

	out[0] = '\0';
	for (i = 0; i < B.n; i++)
		len += (size_t)snprintf(out + len, sizeof(out) - len, "%s%zu", i ? " " : "", B.order[i]);
	return out;
}

static void
filter(const char *expr)
{
	struct browse_error e;

	cr_assert_eq(browse_set_filter(&B, expr, &e), 0, "%s: %s", expr, e.msg);
}

static void
search(const char *pat, int narrow)
{
	struct browse_error e;

	cr_assert_eq(browse_set_search(&B, pat, narrow, &e), 0, "%s: %s", pat, e.msg);
}

static long
person(const char *name)
{
	size_t i;

	for (i = 0; i < M.npeople; i++)
		if (strcmp(M.people[i].name, name) == 0)
			return (long)i;
	return -1;
}

/* ---- the list and its order ---- */

Test(browse, starts_with_every_article_in_input_order)
{
	cr_expect_str_eq(list(), "0 1 2 3 4 5 6");
	cr_expect_eq(B.cur, 0);
	cr_expect_eq(browse_art(&B), 0);
	cr_expect_str_eq(B.filter.s, "");
}

Test(browse, select_clamps_and_counts_changes)
{
	unsigned long g = B.cur_gen;

	cr_expect_eq(browse_select(&B, 2), 1);
	cr_expect_eq(B.cur_gen, g + 1);
	cr_expect_eq(browse_select(&B, 2), 0);
	cr_expect_eq(B.cur_gen, g + 1);
	cr_expect_eq(browse_select(&B, 100), 1);
	cr_expect_eq(B.cur, 6);
}

Test(browse, sort_by_date_newest_first_undated_last)
{
	browse_sort(&B, BROWSE_DATE);
	/* 0 and 6 share a day: input order between them */
	cr_expect_str_eq(list(), "5 4 1 0 6 2 3");
	browse_sort(&B, BROWSE_INPUT);
	cr_expect_str_eq(list(), "0 1 2 3 4 5 6");
}

Test(browse, sort_by_each_key_and_reversed)
{
	struct buf d = BUF_INIT;

	browse_sort_by(&B, BROWSE_DATE, 1);
	cr_expect_str_eq(list(), "2 0 6 1 4 5 3", "oldest first, undated still last");
	browse_sort_by(&B, BROWSE_OUTLET, 0);
	cr_expect_str_eq(list(), "0 6 1 5 2 3 4", "가나다, ties in input order");
	browse_sort_by(&B, BROWSE_OUTLET, 1);
	cr_expect_str_eq(list(), "3 4 2 5 1 0 6", "reversed, ties still in input order");
	browse_sort_describe(&B, &d);
	cr_expect_str_eq(d.s, "by outlet, reversed");
	browse_sort_by(&B, BROWSE_TITLE, 0);
	cr_expect_str_eq(list(), "6 2 4 5 1 0 3");
	browse_sort_by(&B, BROWSE_INPUT, 1);
	cr_expect_str_eq(list(), "6 5 4 3 2 1 0");
	buf_reset(&d);
	browse_sort_describe(&B, &d);
	cr_expect_str_eq(d.s, "input order, reversed");
	cr_expect_eq(browse_sort_parse("outlet"), BROWSE_OUTLET);
	cr_expect_eq(browse_sort_parse("nope"), -1);
	cr_expect_str_eq(browse_sort_name(BROWSE_MATCHES), "matches");
	buf_free(&d);
}

Test(browse, sort_by_matches_most_first)
{
	struct browse_error e;

	cr_assert_eq(browse_set_search(&B, "GPU|gpu", 1, &e), 0);
	browse_sort_by(&B, BROWSE_MATCHES, 0);
	/* 0: 3 (the title and two in the text), 2: 2, 6: 2, 1: 1 */
	cr_expect_str_eq(list(), "0 2 6 1");
	browse_sort_by(&B, BROWSE_MATCHES, 1);
	cr_expect_str_eq(list(), "1 2 6 0");
}

Test(browse, sort_cycle_skips_matches_without_a_search)
{
	int k;

	for (k = 0; k < BROWSE_SORT_COUNT; k++) {
		browse_sort_next(&B);
		cr_expect_neq(B.sort, BROWSE_MATCHES);
	}
}

Test(browse, unread_count_and_next_unread)
{
	int wrapped;

	cr_expect_eq(browse_unread(&B), 7);
	browse_opened(&B);
	cr_expect_eq(browse_unread(&B), 6, "opening reads it");
	browse_select(&B, 1);
	browse_opened(&B);
	browse_select(&B, 6);
	cr_expect_eq(browse_next_unread(&B, 1, &wrapped), 2, "round the end, past the read ones");
	cr_expect(wrapped);
	cr_expect_eq(browse_next_unread(&B, -1, &wrapped), 5);
	cr_expect(!wrapped);
	filter("outlet:매일경제");
	cr_expect_eq(browse_unread(&B), 0, "of the list");
	cr_expect_eq(browse_next_unread(&B, 1, &wrapped), -1);
}

Test(browse, sort_keeps_the_current_article)
{
	unsigned long g;

	browse_select(&B, 2);
	g = B.cur_gen;
	browse_sort(&B, BROWSE_DATE);
	cr_expect_eq(browse_art(&B), 2);
	cr_expect_eq(B.cur, 5);
	cr_expect_eq(B.cur_gen, g, "the article did not change");
}

Test(browse, sorted_list_stays_sorted_through_a_filter)
{
	browse_sort(&B, BROWSE_DATE);
	filter("outlet:뉴스1 or outlet:매일경제");
	cr_expect_str_eq(list(), "1 0 6");
}

Test(browse, row_of)
{
	filter("outlet:한국경제");
	cr_expect_eq(browse_row_of(&B, 4), 1);
	cr_expect_eq(browse_row_of(&B, 0), -1);
}

/* ---- filter ---- */

Test(browse, filter_selects)
{
	filter("outlet:한국경제");
	cr_expect_str_eq(list(), "3 4");
	cr_expect_str_eq(B.filter.s, "outlet:한국경제");
}

Test(browse, filter_keeps_the_current_article_when_shown)
{
	browse_select(&B, 4);
	filter("outlet:한국경제");
	cr_expect_eq(browse_art(&B), 4);
}

Test(browse, filter_moves_to_the_first_row_when_the_current_goes)
{
	unsigned long g = B.cur_gen;

	filter("outlet:한국경제");
	cr_expect_eq(B.cur, 0);
	cr_expect_eq(browse_art(&B), 3);
	cr_expect_gt(B.cur_gen, g);
}

Test(browse, bad_filter_changes_nothing)
{
	struct browse_error e;

	filter("outlet:뉴스1");
	cr_expect_eq(browse_set_filter(&B, "outlet:뉴스1 nosuch:x", &e), -1);
	cr_expect_neq(e.msg[0], '\0');
	cr_expect_eq(e.col, 13, "%ld", e.col);
	cr_expect_str_eq(B.filter.s, "outlet:뉴스1");
	cr_expect_str_eq(list(), "0 6");
}

Test(browse, empty_filter_shows_everything)
{
	filter("outlet:뉴스1");
	filter("   ");
	cr_expect_str_eq(list(), "0 1 2 3 4 5 6");
	cr_expect_str_eq(B.filter.s, "");
}

Test(browse, long_filter_is_kept_whole)
{
	struct buf e = BUF_INIT;

	buf_adds(&e, "(outlet:한국경제");
	while (e.len < 2100)
		buf_adds(&e, " or outlet:한국경제");
	buf_adds(&e, ")");
	filter(e.s);
	cr_expect_str_eq(list(), "3 4");
	cr_expect_eq(B.filter.len, e.len);
	cr_expect_str_eq(B.filter.s, e.s);
	buf_free(&e);
}

Test(browse, long_word_filter_is_not_cut)
{
	struct buf e = BUF_INIT;

	/* 700 syllables: cut at 512 bytes it would be a prefix that matches */
	buf_adds(&e, "증시");
	while (e.len < 2100)
		buf_adds(&e, "가");
	filter(e.s);
	cr_expect_str_eq(list(), "");
	buf_free(&e);
}

Test(browse, clear_shows_everything)
{
	filter("outlet:한국경제");
	cr_expect_eq(browse_clear(&B), 1);
	cr_expect_str_eq(list(), "0 1 2 3 4 5 6");
	cr_expect_str_eq(B.filter.s, "");
	cr_expect_eq(browse_clear(&B), 0, "nothing left to clear");
}

Test(browse, clear_drops_list_narrowing_but_keeps_the_pattern)
{
	search("GPU", 1);
	cr_expect_str_eq(list(), "0 1 6");
	cr_expect_eq(browse_clear(&B), 1);
	cr_expect_str_eq(list(), "0 1 2 3 4 5 6");
	cr_expect_str_eq(B.pat.s, "GPU");
	cr_expect_eq(B.narrow, 0);
	cr_expect_not_null(B.re);
}

/* ---- narrowing from the panel ---- */

Test(browse, narrow_to_a_person_is_a_filter_term)
{
	long p = person("배경훈");

	cr_assert_geq(p, 0);
	cr_expect_eq(browse_narrow_person(&B, (size_t)p), 0);
	cr_expect_str_eq(B.filter.s, "person:배경훈");
	cr_expect_str_eq(list(), "0 1");
}

Test(browse, narrowing_twice_joins_the_terms)
{
	long p = person("배경훈");

	filter("outlet:뉴스1");
	cr_expect_eq(browse_narrow_person(&B, (size_t)p), 0);
	cr_expect_str_eq(B.filter.s, "outlet:뉴스1 person:배경훈");
	cr_expect_str_eq(list(), "0");
}

Test(browse, narrowing_an_or_filter_brackets_it)
{
	long p = person("배경훈");

	filter("outlet:매일경제 or outlet:이데일리");
	cr_expect_eq(browse_narrow_person(&B, (size_t)p), 0);
	cr_expect_str_eq(B.filter.s, "(outlet:매일경제 or outlet:이데일리) person:배경훈");
	cr_expect_str_eq(list(), "1");
}

Test(browse, narrow_to_a_figure)
{
	long f = model_find_figure(&M, 3.55e13, "원");

	cr_assert_geq(f, 0);
	cr_expect_eq(browse_narrow_figure(&B, (size_t)f), 0);
	cr_expect_str_eq(B.filter.s, "unit:원 value:35500000000000");
	cr_expect_str_eq(list(), "1");
}

Test(browse, clear_undoes_narrowing)
{
	browse_narrow_person(&B, (size_t)person("배경훈"));
	cr_expect_eq(browse_clear(&B), 1);
	cr_expect_str_eq(list(), "0 1 2 3 4 5 6");
}

/* ---- search ---- */

Test(browse, search_in_the_list_narrows_it)
{
	search("GPU", 1);
	cr_expect_str_eq(list(), "0 1 6");
	cr_expect_eq(B.marts, 3);
	cr_expect_eq(B.mtotal, 3 + 1 + 2);
	cr_expect_eq(B.mcount[0], 3);
	cr_expect_eq(B.mcount[2], 0);
}

Test(browse, smart_case)
{
	search("gpu", 1);
	cr_expect_str_eq(list(), "0 1 2 6");
}

Test(browse, search_in_the_reader_keeps_the_list)
{
	search("GPU", 0);
	cr_expect_str_eq(list(), "0 1 2 3 4 5 6");
	cr_expect_eq(B.narrow, 0);
}

Test(browse, search_off_widens_the_list)
{
	search("GPU", 1);
	search("", 0);
	cr_expect_str_eq(list(), "0 1 2 3 4 5 6");
	cr_expect_null(B.re);
}

Test(browse, bad_pattern_changes_nothing)
{
	struct browse_error e;

	search("GPU", 1);
	cr_expect_eq(browse_set_search(&B, "배경(", 1, &e), -1);
	cr_expect_neq(e.msg[0], '\0');
	cr_expect_eq(e.col, 5, "display column, not byte: %ld", e.col);
	cr_expect_str_eq(B.pat.s, "GPU");
	cr_expect_str_eq(list(), "0 1 6");
}

/* A pattern of more than 2 KB: GPU or 700 syllables that are nowhere. */
static void
long_pattern(struct buf *p)
{
	buf_adds(p, "(?:GPU|(");
	while (p->len < 2100)
		buf_adds(p, "없");
	buf_adds(p, "))");
}

Test(browse, long_pattern_works_in_the_list)
{
	struct buf p = BUF_INIT;

	long_pattern(&p);
	search(p.s, 1);
	cr_expect_str_eq(B.pat.s, p.s);
	cr_expect_str_eq(list(), "0 1 6");
	cr_expect_str_eq(browse_search_error(&B), "");
	buf_free(&p);
}

Test(browse, long_pattern_works_in_the_reader)
{
	struct buf p = BUF_INIT;
	size_t n;

	long_pattern(&p);
	search(p.s, 0);
	cr_expect_not_null(browse_matches(&B, &n));
	cr_expect_eq(n, 3);
	buf_free(&p);
}

Test(browse, matches_in_reading_order_title_first)
{
	const struct span *s;
	size_t n;

	search("GPU", 0);
	s = browse_matches(&B, &n);
	cr_assert_eq(n, 3);
	cr_expect_eq(s[0].para, SPAN_TITLE);
	cr_expect_eq(s[0].off, strlen("배경훈 장관 \""));
	cr_expect_eq(s[0].len, 3);
	cr_expect_eq(s[1].para, 0);
	cr_expect_eq(s[2].para, 1);
}

Test(browse, no_matches_without_a_search)
{
	size_t n = 9;

	cr_expect_null(browse_matches(&B, &n));
	cr_expect_eq(n, 0);
	cr_expect_eq(browse_step(&B, 1, NULL), BROWSE_STEP_NO_SEARCH);
}

Test(browse, first_match_from_a_place)
{
	search("GPU", 0);
	cr_expect_eq(browse_first(&B, 1, SPAN_TITLE, 0), BROWSE_STEP_MATCH);
	cr_expect_eq(B.mcur, 0);
	cr_expect_eq(browse_first(&B, 1, 0, 1), BROWSE_STEP_MATCH);
	cr_expect_eq(B.mcur, 1, "the match in paragraph 0 after byte 1");
	cr_expect_eq(browse_first(&B, 1, 1, 0), BROWSE_STEP_MATCH);
	cr_expect_eq(B.mcur, 2);
}

Test(browse, first_match_backward)
{
	search("GPU", 0);
	cr_expect_eq(browse_first(&B, -1, 1, 0), BROWSE_STEP_MATCH);
	cr_expect_eq(B.mcur, 1, "the last one before paragraph 1");
	cr_expect_eq(browse_first(&B, -1, SPAN_TITLE, 0), BROWSE_STEP_MATCH);
	cr_expect_eq(B.mcur, 2, "none before: the last");
}

Test(browse, first_match_none_here)
{
	search("증시", 0);
	cr_expect_eq(browse_first(&B, 1, SPAN_TITLE, 0), BROWSE_STEP_NO_MATCH);
	cr_expect_eq(B.mcur, -1);
}

Test(browse, n_in_the_reader_walks_the_article_then_the_next)
{
	struct span top = { SPAN_TITLE, 0, 0 };

	search("GPU", 0);
	cr_expect_eq(browse_step(&B, 1, &top), BROWSE_STEP_MATCH);
	cr_expect_eq(B.mcur, 0);
	cr_expect_eq(browse_step(&B, 1, &top), BROWSE_STEP_MATCH);
	cr_expect_eq(browse_step(&B, 1, &top), BROWSE_STEP_MATCH);
	cr_expect_eq(B.mcur, 2);
	cr_expect_eq(browse_step(&B, 1, &top), BROWSE_STEP_ARTICLE);
	cr_expect_eq(browse_art(&B), 1);
	cr_expect_eq(B.mcur, 0);
}

Test(browse, n_skips_articles_without_a_match)
{
	struct span top = { SPAN_TITLE, 0, 0 };

	search("GPU", 0);
	browse_select(&B, 1);
	cr_expect_eq(browse_step(&B, 1, &top), BROWSE_STEP_MATCH);
	cr_expect_eq(browse_step(&B, 1, &top), BROWSE_STEP_ARTICLE);
	cr_expect_eq(browse_art(&B), 6);
}

Test(browse, N_goes_back_into_the_previous_article_at_its_last_match)
{
	struct span top = { SPAN_TITLE, 0, 0 };

	search("GPU", 0);
	browse_select(&B, 1);
	cr_expect_eq(browse_step(&B, -1, &top), BROWSE_STEP_MATCH);
	cr_expect_eq(browse_step(&B, -1, &top), BROWSE_STEP_ARTICLE);
	cr_expect_eq(browse_art(&B), 0);
	cr_expect_eq(B.mcur, 2);
}

Test(browse, n_stops_at_the_last_match)
{
	struct span top = { SPAN_TITLE, 0, 0 };

	search("GPU", 0);
	browse_select(&B, 6);
	browse_step(&B, 1, &top);
	browse_step(&B, 1, &top);
	cr_expect_eq(browse_step(&B, 1, &top), BROWSE_STEP_END);
	cr_expect_eq(browse_art(&B), 6);
}

Test(browse, n_in_the_list_goes_from_article_to_article)
{
	search("gpu", 0);
	cr_expect_eq(browse_step(&B, 1, NULL), BROWSE_STEP_ARTICLE);
	cr_expect_eq(browse_art(&B), 1);
	cr_expect_eq(browse_step(&B, 1, NULL), BROWSE_STEP_ARTICLE);
	cr_expect_eq(browse_art(&B), 2);
	cr_expect_eq(browse_step(&B, 1, NULL), BROWSE_STEP_ARTICLE);
	cr_expect_eq(browse_art(&B), 6);
	cr_expect_eq(browse_step(&B, 1, NULL), BROWSE_STEP_END);
	cr_expect_eq(browse_step(&B, -1, NULL), BROWSE_STEP_ARTICLE);
	cr_expect_eq(browse_art(&B), 2);
}

Test(browse, n_in_a_narrowed_list)
{
	search("GPU", 1);
	cr_expect_eq(browse_step(&B, 1, NULL), BROWSE_STEP_ARTICLE);
	cr_expect_eq(browse_art(&B), 1);
}

Test(browse, cancelled_search_comes_back)
{
	search("GPU", 1);
	browse_select(&B, 1);
	browse_search_begin(&B, 1);
	cr_expect_eq(B.back, 1);
	search("증시", 1);
	cr_expect_str_eq(list(), "3");
	browse_search_cancel(&B);
	cr_expect_str_eq(B.pat.s, "GPU");
	cr_expect_str_eq(list(), "0 1 6");
	cr_expect_eq(browse_art(&B), 1);
	cr_expect_eq(B.back, 0);
}

Test(browse, cancelled_search_in_the_reader_goes_back_to_the_article)
{
	browse_select(&B, 3);
	browse_search_begin(&B, 0);
	search("GPU", 0);
	browse_step(&B, 1, NULL);
	cr_expect_eq(browse_art(&B), 6);
	browse_search_cancel(&B);
	cr_expect_eq(browse_art(&B), 3);
	cr_expect_null(B.re);
}

Test(browse, pos_cmp_reading_order)
{
	cr_expect_lt(browse_pos_cmp(SPAN_TITLE, 50, 0, 0), 0);
	cr_expect_lt(browse_pos_cmp(0, 5, 0, 6), 0);
	cr_expect_lt(browse_pos_cmp(3, 100, BROWSE_CAP(0), 0), 0);
	cr_expect_lt(browse_pos_cmp(BROWSE_CAP(1), 0, BROWSE_END_PARA, 0), 0);
	cr_expect_eq(browse_pos_cmp(2, 7, 2, 7), 0);
}

/* ---- background selection ---- */

Test(browse, selection_in_the_background)
{
	int spins = 0;

	setenv("GISA_SELECT_THREAD_AT", "0", 1);
	filter("outlet:한국경제");
	while (browse_busy(&B) && spins++ < 5000) {
		if (browse_poll(&B))
			break;
		usleep(1000);
	}
	cr_expect(!browse_busy(&B));
	cr_expect_str_eq(list(), "3 4");
}

Test(browse, cancelled_selection_keeps_the_list)
{
	setenv("GISA_SELECT_THREAD_AT", "0", 1);
	filter("outlet:한국경제");
	browse_cancel(&B);
	cr_expect(!browse_busy(&B));
	cr_expect_str_eq(list(), "0 1 2 3 4 5 6");
	cr_expect_eq(browse_poll(&B), 0);
}

/* ---- tags, read marks, marks ---- */

Test(browse, tag_and_untag)
{
	cr_expect_eq(browse_tag(&B, 2, 1), 1);
	cr_expect_eq(browse_tag(&B, 2, 1), 0, "already tagged");
	cr_expect_eq(B.ntag, 1);
	cr_expect(browse_is_tagged(&B, 2));
	cr_expect_eq(browse_tag(&B, 2, 0), 1);
	cr_expect_eq(B.ntag, 0);
}

Test(browse, tag_shown_counts_the_new_ones)
{
	browse_tag(&B, 3, 1);
	filter("outlet:한국경제");
	cr_expect_eq(browse_tag_shown(&B), 1);
	cr_expect_eq(B.ntag, 2);
}

Test(browse, has_tag_filter_sees_the_tags)
{
	size_t out[8];

	browse_tag(&B, 6, 1);
	browse_tag(&B, 1, 1);
	filter("has:tag");
	cr_expect_str_eq(list(), "1 6");
	cr_expect_eq(browse_tagged_articles(&B, out), 2);
	cr_expect_eq(out[0], 1);
}

Test(browse, untag_all_clears_tags_and_marks)
{
	browse_tag(&B, 0, 1);
	browse_tag(&B, 4, 1);
	browse_mark_person(&B, (size_t)person("배경훈"));
	cr_expect_eq(browse_untag_all(&B), 2);
	cr_expect_eq(B.ntag, 0);
	cr_expect_eq(B.npmark, 0);
	cr_expect(!browse_person_marked(&B, (size_t)person("배경훈")));
}

Test(browse, a_repost_under_another_headline_has_its_own_tag)
{
	/* 4 and 5 have the same body under other headlines: two articles,
	 * two ids (model_article_id), tagged one by one */
	cr_assert_neq(M.a[4].id, M.a[5].id);
	browse_tag(&B, 5, 1);
	cr_expect(browse_is_tagged(&B, 5));
	cr_expect(!browse_is_tagged(&B, 4));
}

Test(browse, tags_are_counted_at_start)
{
	struct browse b2;

	browse_tag(&B, 0, 1);
	browse_tag(&B, 6, 1);
	browse_init(&b2, &M, ST);
	cr_expect_eq(b2.ntag, 2);
	browse_free(&b2);
}

Test(browse, opening_marks_read_and_is_saved_on_flush)
{
	char *err = NULL, *warn = NULL;
	struct state *again;

	browse_select(&B, 2);
	browse_opened(&B);
	cr_expect(browse_is_read(&B, 2));
	cr_expect_eq(B.unsaved, 1, "not saved at once");
	again = state_open(dir, &warn);
	cr_expect(!state_is_read(again, M.a[2].id));
	state_free(again);
	cr_assert_eq(browse_flush(&B, &err), 0, "%s", err);
	cr_expect_eq(B.unsaved, 0);
	again = state_open(dir, &warn);
	cr_expect(state_is_read(again, M.a[2].id));
	state_free(again);
	free(warn);
}

Test(browse, toggle_read)
{
	browse_toggle_read(&B);
	cr_expect(browse_is_read(&B, 0));
	browse_toggle_read(&B);
	cr_expect(!browse_is_read(&B, 0));
}

Test(browse, marked_articles)
{
	size_t out[8], n;
	long f = model_find_figure(&M, 1000, "개");

	browse_mark_person(&B, (size_t)person("배경훈"));
	cr_assert_geq(f, 0);
	browse_mark_figure(&B, (size_t)f);
	cr_expect_eq(B.npmark, 1);
	cr_expect_eq(B.nfmark, 1);
	n = browse_marked_articles(&B, out);
	cr_assert_eq(n, 3);
	cr_expect_eq(out[0], 0);
	cr_expect_eq(out[1], 1);
	cr_expect_eq(out[2], 2);
	browse_mark_figure(&B, (size_t)f);
	cr_expect_eq(B.nfmark, 0);
	cr_expect_eq(browse_marked_articles(&B, out), 2);
}

/* ---- people and figures of the list ---- */

Test(browse, tally_of_the_list)
{
	const struct tally *t = browse_tally(&B);
	long p = person("배경훈");

	cr_assert_gt(t->npeople, 0);
	cr_expect_eq(t->people[0], (size_t)p, "in two articles: first");
	cr_expect_eq(t->pcount[p], 2);
	filter("outlet:이데일리");
	t = browse_tally(&B);
	cr_expect_eq(t->pcount[p], 0);
	cr_expect_eq(t->npeople, 1);
	cr_expect_str_eq(M.people[t->people[0]].name, "류제명");
}

Test(browse, tally_is_computed_once_per_list)
{
	const struct tally *t = browse_tally(&B);
	size_t *people = t->people;

	cr_expect_eq(browse_tally(&B)->people, people);
	cr_expect_eq(B.tally_gen, B.list_gen);
}

#define FAMILY "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7"

static void
setup_emoji(void)
{
	begin_model();
	add("가족 " FAMILY " 정책", "뉴스1", "2025-03-03",
	    "<p>정부는 가족 " FAMILY " 지원 정책을 발표했다고 밝혔다. 국기 \xF0\x9F\x87\xB0\xF0\x9F\x87\xB7 도 걸렸다.</p>");
	end_model();
}

Test(browse_emoji, a_match_takes_whole_clusters, .init = setup_emoji, .fini = teardown)
{
	struct browse_error e;
	const struct span *sp;
	size_t n;

	/* one member of the sequence, found twice in it: one match, all of it */
	cr_assert_eq(browse_set_search(&B, "\xF0\x9F\x91\xA9", 0, &e), 0);
	sp = browse_matches(&B, &n);
	cr_assert_eq(n, 2, "the title's and the text's sequence (got %zu)", n);
	cr_expect_eq(sp[0].para, SPAN_TITLE);
	cr_expect_eq(sp[0].off, strlen("가족 "));
	cr_expect_eq(sp[0].len, strlen(FAMILY));
	/* half a flag lights the flag */
	cr_assert_eq(browse_set_search(&B, "\xF0\x9F\x87\xB7", 0, &e), 0);
	sp = browse_matches(&B, &n);
	cr_assert_eq(n, 1);
	cr_expect_eq(sp[0].len, 8);
}
