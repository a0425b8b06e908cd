/*
 * list.h — the article list view: one row per article of the browse
 * module's list, date, outlet, title.
 */
#ifndef GISA_LIST_H
#define GISA_LIST_H

#include "view.h"

extern const struct view_ops list_view;

/* One row of article a: the markers (current ▸; unread N; mark: tagged
 * *, re-post =, else a space), then the columns of listcol_conf (the
 * date in the year style years, the outlet in outlet_w columns, 0: none),
 * the title last; into row (reset first). */
void list_format_row(const struct article *a, int cur, int read, char mark, int years,
		     size_t outlet_w, struct buf *row);

/* Make row `to` of the list current (clamped to the list). */
void list_select(struct ui *ui, size_t to);

/* s: the next order; S: the order reversed (said on the status line). */
void list_sort(struct ui *ui, enum request req);

/* J K . =: open the next or previous article, the next unread one, or
 * go to the original of a re-post. */
void list_goto(struct ui *ui, enum request req);

#endif
