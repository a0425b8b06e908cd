/* test_scroll.c — the one scrolling rule of every pane. */
#include <criterion/criterion.h>

#include "core/scroll.h"

Test(scroll, view_lines_and_pages)
{
	struct scroll s = { 0, 0 };

	cr_expect(scroll_request(&s, REQ_DOWN, 100, 21, 0));
	cr_expect_eq(s.top, 1);
	scroll_request(&s, REQ_PAGE_DOWN, 100, 21, 0);
	cr_expect_eq(s.top, 21, "a page is h - 1");
	scroll_request(&s, REQ_HALF_DOWN, 100, 21, 0);
	cr_expect_eq(s.top, 31, "half a page is h / 2");
	scroll_request(&s, REQ_HALF_UP, 100, 21, 0);
	scroll_request(&s, REQ_PAGE_UP, 100, 21, 0);
	scroll_request(&s, REQ_UP, 100, 21, 0);
	cr_expect_eq(s.top, 0);
	scroll_request(&s, REQ_UP, 100, 21, 0);
	cr_expect_eq(s.top, 0, "not above the top");
}

Test(scroll, view_stays_full)
{
	struct scroll s = { 0, 0 };

	scroll_request(&s, REQ_LAST, 100, 21, 0);
	cr_expect_eq(s.top, 79);
	scroll_request(&s, REQ_DOWN, 10, 21, 0);
	cr_expect_eq(s.top, 0, "shorter than the window: no scrolling");
}

Test(scroll, cursor_moves_and_the_window_follows)
{
	struct scroll s = { 0, 0 };

	scroll_request(&s, REQ_PAGE_DOWN, 100, 10, 1);
	cr_expect_eq(s.sel, 9);
	cr_expect_eq(s.top, 0);
	scroll_request(&s, REQ_DOWN, 100, 10, 1);
	cr_expect_eq(s.sel, 10);
	cr_expect_eq(s.top, 1);
	scroll_request(&s, REQ_LAST, 100, 10, 1);
	cr_expect_eq(s.sel, 99);
	cr_expect_eq(s.top, 90);
	scroll_request(&s, REQ_FIRST, 100, 10, 1);
	cr_expect_eq(s.sel, 0);
	cr_expect_eq(s.top, 0);
}

Test(scroll, not_a_movement)
{
	struct scroll s = { 3, 4 };

	cr_expect_eq(scroll_request(&s, REQ_SORT, 100, 10, 1), 0);
	cr_expect_eq(s.top, 3);
	cr_expect_eq(s.sel, 4);
}

Test(scroll, fit_after_the_rows_shrink)
{
	struct scroll s = { 50, 55 };

	scroll_fit(&s, 20, 10, 1);
	cr_expect_eq(s.sel, 19);
	cr_expect_eq(s.top, 10);
	scroll_fit(&s, 0, 10, 1);
	cr_expect_eq(s.sel, 0);
	cr_expect_eq(s.top, 0);
}

Test(scroll, show_with_context)
{
	struct scroll s = { 0, 0 };

	scroll_show(&s, 30, 10, 2);
	cr_expect_eq(s.top, 28);
	scroll_show(&s, 33, 10, 2);
	cr_expect_eq(s.top, 28, "in view already: stays");
	scroll_show(&s, 1, 10, 2);
	cr_expect_eq(s.top, 0);
}

Test(scroll, tiny_windows)
{
	struct scroll s = { 0, 0 };

	scroll_request(&s, REQ_PAGE_DOWN, 100, 1, 0);
	cr_expect_eq(s.top, 1, "a page is at least a line");
	scroll_request(&s, REQ_HALF_DOWN, 100, 1, 0);
	cr_expect_eq(s.top, 2);
}
