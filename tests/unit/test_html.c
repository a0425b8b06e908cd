/* test_html.c — blocks, entities, dropped elements, broken markup. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/html.h"

static void
parse(const char *s, struct html_doc *d)
{
	html_parse(s, strlen(s), d);
}

static const char *
blk(const struct html_doc *d, size_t i)
{
	cr_assert_lt(i, d->n);
	return html_block_text(d, i);
}

Test(html, block_tags_split)
{
	struct html_doc d;

	parse("<p>첫째 문단.</p><div>둘째<br>셋째</div><li>항목</li><h2>소제목</h2>", &d);
	cr_assert_eq(d.n, 5);
	cr_assert_str_eq(blk(&d, 0), "첫째 문단.");
	cr_assert_str_eq(blk(&d, 1), "둘째");
	cr_assert_str_eq(blk(&d, 2), "셋째");
	cr_assert(d.b[3].flags & BLK_ITEM);
	cr_assert(d.b[4].flags & BLK_HEADING);
	cr_assert(d.markup);
	html_doc_free(&d);
}

Test(html, inline_tags_do_not_split)
{
	struct html_doc d;

	parse("<p>배경훈 <strong>장관</strong>이 <a href=\"/x\">말했다</a>.</p>", &d);
	cr_assert_eq(d.n, 1);
	cr_assert_str_eq(blk(&d, 0), "배경훈 장관이 말했다.");
	cr_assert_eq(d.b[0].link_len, strlen("말했다"));
	cr_assert_str_eq(d.urls.s, "/x\n");
	html_doc_free(&d);
}

Test(html, spaces_fold_and_links_count_only_their_words)
{
	struct html_doc d;

	/* runs of text take single spaces along; a link's length is its
	 * words only, and doubled spaces still fold to one */
	parse("<p>가나 다라  마바 <a href=\"/y\">사아 자차  카타</a> 파하</p>", &d);
	cr_assert_eq(d.n, 1);
	cr_assert_str_eq(blk(&d, 0), "가나 다라 마바 사아 자차 카타 파하");
	cr_assert_eq(d.b[0].link_len, 3 * strlen("사아"));
	html_doc_free(&d);
}

Test(html, script_style_noscript_template_comments_dropped)
{
	struct html_doc d;

	parse("<script>var a = '<p>no</p>';</script>본문<style>p{}</style>"
	    "<noscript>x</noscript><template><p>t</p></template><!-- 주석 -->끝", &d);
	cr_assert_eq(d.n, 2);
	cr_assert_str_eq(blk(&d, 0), "본문");
	cr_assert_str_eq(blk(&d, 1), "끝");
	html_doc_free(&d);
}

Test(html, entities_named_numeric_and_legacy)
{
	struct html_doc d;

	parse("&quot;AI&quot; &amp; R&amp;D &middot; &#8220;인용&#x201D; &hellip; &copy 2025 &NotNestedGreaterGreater; &#150;", &d);
	cr_assert_str_eq(blk(&d, 0), "\"AI\" & R&D · “인용” … © 2025 ⪢̸ –");
	html_doc_free(&d);
}

Test(html, unknown_entity_and_bare_ampersand_kept)
{
	struct html_doc d;

	parse("AT&T &nosuch; R&D 5 & 6", &d);
	cr_assert_str_eq(blk(&d, 0), "AT&T &nosuch; R&D 5 & 6");
	html_doc_free(&d);
}

Test(html, references_cannot_smuggle_controls)
{
	struct html_doc d;

	parse("a&#27;[31mb&#x202E;c&#0;d", &d);
	cr_assert_str_eq(blk(&d, 0), "a[31mbc\xEF\xBF\xBD" "d");
	html_doc_free(&d);
}

Test(html, nbsp_and_whitespace_fold)
{
	struct html_doc d;

	parse("<p>  가\t\t나&nbsp;&nbsp;다\xC2\xA0라  </p>", &d);
	cr_assert_str_eq(blk(&d, 0), "가 나 다 라");
	html_doc_free(&d);
}

Test(html, plain_text_lines_pass_through)
{
	struct html_doc d;

	parse("제목 줄\n\n본문 첫 줄이다.\n  둘째 줄  \n", &d);
	cr_assert_eq(d.n, 3);
	cr_assert_str_eq(blk(&d, 0), "제목 줄");
	cr_assert_str_eq(blk(&d, 2), "둘째 줄");
	cr_assert_not(d.markup);
	html_doc_free(&d);
}

Test(html, full_document_folds_newlines)
{
	struct html_doc d;

	parse("<!DOCTYPE html><html><head><title>제목 - 신문</title></head>"
	    "<body><p>한 문단이\n두 줄에 걸쳐 있다.</p></body></html>", &d);
	cr_assert_eq(d.n, 2);
	cr_assert(d.b[0].flags & BLK_TITLE);
	cr_assert_str_eq(blk(&d, 1), "한 문단이 두 줄에 걸쳐 있다.");
	html_doc_free(&d);
}

Test(html, broken_markup_is_text)
{
	struct html_doc d;

	parse("3 < 5 이고 <사진> 설명 <p class=\"x 본문", &d);
	cr_assert_eq(d.n, 1);
	cr_assert_str_eq(blk(&d, 0), "3 < 5 이고 <사진> 설명 <p class=\"x 본문");
	html_doc_free(&d);
}

Test(html, captions_nav_and_hints_flagged)
{
	struct html_doc d;

	parse("<figure><img src=\"a.jpg\" alt=\"대체\"><figcaption>사진 설명</figcaption></figure>"
	    "<nav><a href=\"/\">홈</a></nav><div class=\"share_btn\">공유</div>"
	    "<p class=\"txt_caption\">캡션</p>", &d);
	cr_assert_eq(d.n, 4);
	cr_assert(d.b[0].flags & BLK_CAPTION);
	cr_assert(d.b[1].flags & BLK_NAV);
	cr_assert(d.b[2].flags & BLK_HINT);
	cr_assert(d.b[3].flags & BLK_CAPTION);
	cr_assert(strstr(d.urls.s, "a.jpg") != NULL);
	html_doc_free(&d);
}

Test(html, unclosed_and_misnested_tags)
{
	struct html_doc d;

	parse("<div><p>하나<p>둘</div></span>셋<li>넷", &d);
	cr_assert_eq(d.n, 4);
	cr_assert_str_eq(blk(&d, 3), "넷");
	html_doc_free(&d);
}

static int
prop_is(const struct html_doc *d, const char *key, const char *want)
{
	size_t n;
	const char *v = html_prop(d, key, &n);

	if (want == NULL)
		return v == NULL;
	return v != NULL && n == strlen(want) && memcmp(v, want, n) == 0;
}

Test(html, structured_metadata_kept_aside)
{
	struct html_doc d;

	parse("<html><head><meta property=\"og:title\" content=\"환율 &quot;급등&quot;  마감 - 가람\">"
	    "<meta name=\"og:site_name\" content='가람경제'>"
	    "<meta property=\"article:published_time\" content=\"2024-08-22T10:00:00+09:00\">"
	    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"환율 \\\"급등\\\" \\uB9C8\\uAC10\","
	    "\"datePublished\":\"2024-03-22\",\"author\":{\"@type\":\"Organization\",\"name\":\"가람통신\"},"
	    "\"publisher\":{\"@type\":\"Organization\",\"name\":\"가람경제\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"x.png\"}}}</script>"
	    "<script>var headline = \"아님\";</script></head><body><p>본문</p></body></html>", &d);
	cr_assert(prop_is(&d, "og:title", "환율 \"급등\" 마감 - 가람"));
	cr_assert(prop_is(&d, "og:site_name", "가람경제"));
	cr_assert(prop_is(&d, "article:published_time", "2024-08-22T10:00:00+09:00"));
	cr_assert(prop_is(&d, "ld:headline", "환율 \"급등\" 마감"));
	cr_assert(prop_is(&d, "ld:datePublished", "2024-03-22"));
	cr_assert(prop_is(&d, "ld:author_org", "가람통신"));
	cr_assert(prop_is(&d, "ld:publisher", "가람경제"));
	cr_assert(prop_is(&d, "og:description", NULL));
	/* the text blocks are what they were */
	cr_assert_eq(d.n, 1);
	cr_assert_str_eq(blk(&d, 0), "본문");
	html_doc_free(&d);
	/* a person as author is not an organisation */
	parse("<script type=\"application/ld+json\">{\"author\":[{\"@type\":\"Person\",\"name\":\"홍길동\"}],"
	    "\"publisher\":{\"name\":\"가람경제\"}}</script><p>본문</p>", &d);
	cr_assert(prop_is(&d, "ld:author_org", NULL));
	cr_assert(prop_is(&d, "ld:publisher", "가람경제"));
	html_doc_free(&d);
	parse("<item><title>제목</title><pubDate>Fri, 22 Mar 2024 15:40:00 +0900</pubDate></item>", &d);
	cr_assert(prop_is(&d, "rss:pubDate", "Fri, 22 Mar 2024 15:40:00 +0900"));
	html_doc_free(&d);
}

/* a lynx -dump: paragraphs wrapped at 60 columns, three spaces in */
#define P1A "정부는 오늘 새해 예산안을 국회에 제출했다고 밝혔다."
#define P1B "총지출은 지난해보다 늘었고 복지 분야의 비중이 가장 크다."
#define P1C "국회는 다음 달까지 심사를 마칠 계획이다."
#define P2A "기획재정부는 경기 회복을 위해 재정 지출을 앞당겨"
#define P2B "집행하기로 했으며 지방 재정도 함께 늘리기로 했다."
#define P2C "교부세는 지난해보다 많이 오른다."
#define P1 P1A " " P1B " " P1C
#define P2 P2A " " P2B " " P2C

Test(html, hard_wrapped_dump_lines_join_into_paragraphs)
{
	struct html_doc d;

	parse("   [1]홈 [2]정치 [3]경제\n\n"
	    "   짧은 제목\n   연결되지 않는 둘째 줄\n\n"
	    "   " P1A "\n   " P1B "\n   " P1C "\n\n"
	    "   " P2A "\n   " P2B "\n   " P2C "\n", &d);
	cr_assert_eq(d.n, 5, "%zu blocks", d.n);
	cr_assert_str_eq(blk(&d, 1), "짧은 제목");
	cr_assert_str_eq(blk(&d, 2), "연결되지 않는 둘째 줄");
	cr_assert_str_eq(blk(&d, 3), P1);
	cr_assert_str_eq(blk(&d, 4), P2);
	cr_assert_eq(d.b[4].off + d.b[4].len + 1, d.text.len, "spans, not copies");
	html_doc_free(&d);
}

Test(html, br_wrapped_lines_join_but_br_br_separates)
{
	struct html_doc d;

	parse("<html><body><p>" P1A "<br>\n" P1B "<br>\n" P1C "<br><br>\n"
	    P2A "<br>\n" P2B "<br>\n" P2C "</p></body></html>", &d);
	cr_assert_eq(d.n, 2, "%zu blocks", d.n);
	cr_assert_str_eq(blk(&d, 0), P1);
	cr_assert_str_eq(blk(&d, 1), P2);
	html_doc_free(&d);
}

Test(html, lines_that_are_paragraphs_stay_apart)
{
	struct html_doc d;

	/* one paragraph a line, no common width: a copy-paste, not a dump */
	parse(P1 "\n" P2A "\n" P1B " " P2B "\n" P1C "\n" P2 "\n" P2C "\n", &d);
	cr_assert_eq(d.n, 6, "%zu blocks", d.n);
	html_doc_free(&d);
}

Test(html, rows_of_lynx_links_are_not_wrapped_prose)
{
	struct html_doc d;

	/* the first row ends where a wrapped line of the page would */
	parse("   [4]홈 [5]정치 [6]경제 [7]사회 [8]국제 [9]문화 [10]스포츠\n"
	    "   [12]유럽통신 [13]구인구직 [14]벼룩시장\n\n"
	    "   " P1A "\n   " P1B "\n   " P1C "\n\n"
	    "   " P2A "\n   " P2B "\n   " P2C "\n", &d);
	cr_assert_eq(d.n, 4, "%zu blocks", d.n);
	cr_assert_str_eq(blk(&d, 1), "[12]유럽통신 [13]구인구직 [14]벼룩시장");
	cr_assert_str_eq(blk(&d, 2), P1);
	html_doc_free(&d);
}

Test(html, class_naming_text_under_an_image_is_a_caption)
{
	struct html_doc d;

	parse("<div class=\"photo_box\"><p class=\"photo_desc\">사진 설명</p></div>"
	    "<p class=\"img-txt big\">둘째</p><p class=\"cap\">셋째</p>"
	    "<p class=\"photo_box desc_summary\">요약</p>", &d);
	cr_assert_eq(d.n, 4);
	cr_assert(d.b[0].flags & BLK_CAPTION);
	cr_assert(d.b[1].flags & BLK_CAPTION);
	cr_assert(d.b[2].flags & BLK_CAPTION);
	cr_assert_not(d.b[3].flags & BLK_CAPTION, "two class names, not one");
	html_doc_free(&d);
}

Test(html, a_summary_layer_is_furniture)
{
	struct html_doc d;

	parse("<div class=\"layer_summary\"><p>요약 문장 하나</p></div>"
	    "<p class=\"popup-summary\">둘째</p><p class=\"summary\">셋째</p>"
	    "<p class=\"layer_font summary_box\">넷째</p>", &d);
	cr_assert_eq(d.n, 4);
	cr_assert(d.b[0].flags & BLK_HINT);
	cr_assert(d.b[1].flags & BLK_HINT);
	cr_assert_not(d.b[2].flags & BLK_HINT, "a summary alone may be the deck");
	cr_assert_not(d.b[3].flags & BLK_HINT, "two class names, not one");
	html_doc_free(&d);
}
