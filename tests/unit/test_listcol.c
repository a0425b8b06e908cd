/* test_listcol.c — the list's date and outlet columns (core/listcol.h). */
#include <criterion/criterion.h>
#include <string.h>

#include "core/listcol.h"
#include "core/width.h"

static struct model
outlets(struct outlet_index *v, size_t n)
{
	struct model m;

	memset(&m, 0, sizeof(m));
	m.outlets = v;
	m.noutlets = n;
	return m;
}

Test(listcol, outlet_column_tells_outlets_apart)
{
	/* sorted by bytes, as the model keeps them */
	struct outlet_index v[] = { { "뉴스1", NULL, 0 }, { "아시아경제", NULL, 0 }, { "아시아투데이", NULL, 0 } };
	struct model m = outlets(v, 3);
	struct buf b = BUF_INIT;
	size_t w = listcol_outlet_width(&m, 6);

	cr_assert_eq(w, 9, "아시아경 + … needs 9, more than the cap 6 (got %zu)", w);
	width_truncate(v[1].outlet, strlen(v[1].outlet), w, &b);
	cr_assert_str_eq(b.s, "아시아경…");
	buf_reset(&b);
	width_truncate(v[2].outlet, strlen(v[2].outlet), w, &b);
	cr_assert_str_eq(b.s, "아시아투…");
	buf_free(&b);
	cr_assert_eq(listcol_outlet_width(&m, 12), 12, "the widest fits under the cap");
	cr_assert_eq(listcol_outlet_width(&m, 11), 11);
}

Test(listcol, outlet_column_no_wider_than_the_outlets)
{
	struct outlet_index v[] = { { "KBS", NULL, 0 }, { "뉴스1", NULL, 0 } };
	struct model m = outlets(v, 2);

	cr_assert_eq(listcol_outlet_width(&m, 12), 5);
	cr_assert_eq(listcol_outlet_width(&m, 2), 3, "K…, 뉴… are told apart");
	m.noutlets = 0;
	cr_assert_eq(listcol_outlet_width(&m, 12), 0);
}

Test(listcol, prefix_outlet_kept_whole)
{
	struct outlet_index v[] = { { "뉴스", NULL, 0 }, { "뉴스1", NULL, 0 } };
	struct model m = outlets(v, 2);

	cr_assert_eq(listcol_outlet_width(&m, 2), 5, "뉴스 and 뉴스1 differ only in their last letter: whole");
}

Test(listcol, year_shown_when_the_list_spans_years)
{
	struct article a[3];
	struct model m;
	size_t order[3] = { 0, 1, 2 };
	struct buf b = BUF_INIT;

	memset(a, 0, sizeof(a));
	memset(&m, 0, sizeof(m));
	a[0].date = "2025-12-15";
	a[1].date = NULL;
	a[2].date = "2025-01-08T09:00";
	m.a = a;
	m.n = 3;
	cr_assert(!listcol_spans_years(&m, order, 3));
	a[2].date = "2026-01-08";
	cr_assert(listcol_spans_years(&m, order, 3));
	cr_assert(!listcol_spans_years(&m, order, 2), "only the rows shown count");
	cr_assert_eq(listcol_date(a[0].date, LISTCOL_DATE_AUTO, 1, &b), 8);
	cr_assert_str_eq(b.s, "25-12-15");
	buf_reset(&b);
	cr_assert_eq(listcol_date(a[0].date, LISTCOL_DATE_AUTO, 0, &b), 5);
	cr_assert_str_eq(b.s, "12-15");
	buf_reset(&b);
	cr_assert_eq(listcol_date(NULL, LISTCOL_DATE_YMD, 0, &b), 10);
	cr_assert_str_eq(b.s, "     -    ");
	buf_reset(&b);
	listcol_date(a[0].date, LISTCOL_DATE_YMD, 0, &b);
	cr_assert_str_eq(b.s, "2025-12-15");
	buf_free(&b);
}

Test(listcol, columns_and_date_formats_by_name)
{
	struct listcol_conf c = listcol_conf;
	enum listcol_date d;
	const char *why = NULL;

	cr_assert_eq(listcol_parse_cols("outlet, title", &c, &why), 0);
	cr_assert_eq(c.ncols, 2);
	cr_assert_eq(c.cols[0], LISTCOL_OUTLET);
	cr_assert_eq(listcol_parse_cols("title", &c, &why), 0);
	cr_assert_eq(c.ncols, 1);
	cr_assert_eq(listcol_parse_cols("title date", &c, &why), -1);
	cr_assert_not_null(strstr(why, "last"));
	cr_assert_eq(c.ncols, 1, "a refused list changes nothing");
	cr_assert_eq(listcol_parse_cols("", &c, &why), -1);
	for (d = LISTCOL_DATE_AUTO; d <= LISTCOL_DATE_YMD; d++) {
		enum listcol_date back;

		cr_assert_eq(listcol_parse_date(listcol_date_name(d), &back), 0);
		cr_assert_eq(back, d);
	}
	cr_assert_eq(listcol_parse_date("YYYY-MM-DD", &d), -1);
}
