/*
 * scroll.c — the one scrolling rule (scroll.h).
 */
#include "scroll.h"

static size_t
back(size_t at, size_t by)
{
	return at > by ? at - by : 0;
}

void
scroll_fit(struct scroll *s, size_t total, int h, int cursor)
{
	size_t rows = h > 0 ? (size_t)h : 1;
	size_t max = total > rows ? total - rows : 0;

	if (cursor) {
		if (s->sel >= total)
			s->sel = total ? total - 1 : 0;
		if (s->sel < s->top)
			s->top = s->sel;
		else if (s->sel >= s->top + rows)
			s->top = s->sel - rows + 1;
	}
	if (s->top > max)
		s->top = max;
}

int
scroll_request(struct scroll *s, enum request req, size_t total, int h, int cursor)
{
	size_t page = h > 1 ? (size_t)h - 1 : 1, half = h > 1 ? (size_t)h / 2 : 1;
	size_t *at = cursor ? &s->sel : &s->top;

	switch (req) {
	case REQ_DOWN: *at += 1; break;
	case REQ_UP: *at = back(*at, 1); break;
	case REQ_PAGE_DOWN: *at += page; break;
	case REQ_PAGE_UP: *at = back(*at, page); break;
	case REQ_HALF_DOWN: *at += half; break;
	case REQ_HALF_UP: *at = back(*at, half); break;
	case REQ_FIRST: *at = 0; break;
	case REQ_LAST: *at = total; break;
	default: return 0;
	}
	scroll_fit(s, total, h, cursor);
	return 1;
}

void
scroll_show(struct scroll *s, size_t k, int h, size_t context)
{
	if (k < s->top || h <= 0 || k >= s->top + (size_t)h)
		s->top = back(k, context);
}
