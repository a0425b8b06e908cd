/*
 * scroll.h — the one scrolling rule of every pane of the browser (no
 * curses: it is tested in tests/unit/test_scroll.c): a window of h rows over
 * total rows, its first row top and, for panes with a selected row
 * (list, panel), sel.  A line is 1, a page h - 1, half a page h / 2 (each
 * at least 1), as less does.
 */
#ifndef GISA_SCROLL_H
#define GISA_SCROLL_H

#include <stddef.h>

#include "keymap.h"

struct scroll {
	size_t top;		/* first row shown */
	size_t sel;		/* the selected row (cursor panes) */
};

/* Move for a movement request (up, down, pages, first, last): the
 * selection with the window following it (cursor), or the window.
 * Returns 0 when req is no movement. */
int scroll_request(struct scroll *s, enum request req, size_t total, int h, int cursor);

/* Keep the window inside total rows and, with cursor, sel inside the
 * rows and inside the window. */
void scroll_fit(struct scroll *s, size_t total, int h, int cursor);

/* Bring row k into the window, context rows below its top, when it is
 * not in it. */
void scroll_show(struct scroll *s, size_t k, int h, size_t context);

#endif
