/*
 * style.h — the style table (core/theme.h) drawn with curses: colour
 * pairs and attr_t.
 */
#ifndef GISA_STYLE_H
#define GISA_STYLE_H

#include "../core/theme.h"
#include "term.h"

/* Start colours when the terminal has them and NO_COLOR is not set;
 * returns 1 when it did (then style_attr(1, ...) may be used).  A colour
 * past the terminal's (color200 on an 8-colour terminal) is its default. */
int style_start(void);

/* The attributes of st, in colour or not. */
attr_t style_attr(int color, enum style st);

#endif
