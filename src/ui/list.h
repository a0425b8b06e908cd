/*
 * list.h — the article list view: one row per article of the browse
 * module's list, date, outlet, title.
 */
#ifndef GISA_LIST_H
#define GISA_LIST_H

#include "view.h"

extern const struct view_ops list_view;

/* Make row `to` of the list current (clamped to the list). */
void list_select(struct ui *ui, size_t to);

/* s: the other order (by date, newest first, or input order). */
void list_sort_toggle(struct ui *ui);

#endif
