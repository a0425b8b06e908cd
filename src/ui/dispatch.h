/*
 * dispatch.h — a key of the browser to the view in front, else to the
 * frame's own requests (quit, focus, help, search, sort, views, tags).
 */
#ifndef GISA_DISPATCH_H
#define GISA_DISPATCH_H

#include "view.h"

/* One key (a character or a keys.h code): a digit of a count, or a
 * request run as many times as the count says. */
void dispatch_key(struct ui *ui, int key);

#endif
