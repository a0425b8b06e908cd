/*
 * help.h — the help screen: the key table (core/keymap.h) as a view.
 */
#ifndef GISA_HELP_H
#define GISA_HELP_H

#include "view.h"

extern const struct view_ops help_view;

/* Put the help screen up, at its top. */
void help_open(struct ui *ui);

/* Free the lines the help keeps. */
void help_free(void);

#endif
