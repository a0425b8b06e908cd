/*
 * panel.h — the side panel view: the people and figures of the current
 * article, or of every article the list shows.
 */
#ifndef GISA_PANEL_H
#define GISA_PANEL_H

#include "view.h"

extern const struct view_ops panel_view;

/* c: switch between the article and the shown corpus. */
void panel_toggle_corpus(struct ui *ui);

#endif
