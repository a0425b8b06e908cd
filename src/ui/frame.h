/*
 * frame.h — the screen around the views: where each pane goes, the
 * borders with each view's title and position, the status line.
 */
#ifndef GISA_FRAME_H
#define GISA_FRAME_H

#include "view.h"

/* Remember the working directory: sources below it are shown relative. */
void frame_init(void);
/* A box of h rows and w columns at (y, x), in the frame's lines. */
void frame_box(int y, int x, int h, int w, attr_t attr);
/* s[0..n) on a border row y, cut to w columns from x, or ending at
 * x + w when right. */
void frame_caption(int y, int x, int w, const char *s, size_t n, attr_t attr, int right);

/* Lay the panes out for the screen's size and draw everything. */
void frame_draw(struct ui *ui);

#endif
