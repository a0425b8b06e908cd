/*
 * frame.h — the screen around the views: where each pane goes, the
 * borders with each view's title and position, the status line.
 */
#ifndef GISA_FRAME_H
#define GISA_FRAME_H

#include "view.h"

/* Remember the working directory: sources below it are shown relative. */
void frame_init(void);
/* Lay the panes out for the screen's size and draw everything. */
void frame_draw(struct ui *ui);

#endif
