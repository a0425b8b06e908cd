/*
 * style.h — the one style table: for each element of the screen its
 * colour pair and the attribute that stands for it without colour
 * (NO_COLOR, a monochrome terminal), after ncdu's UI_COLORS.
 */
#ifndef GISA_STYLE_H
#define GISA_STYLE_H

#include "term.h"

enum style {
	ST_NORMAL, ST_BORDER, ST_TITLE, ST_META, ST_CURSOR, ST_CAPTION,
	ST_LABEL, ST_STATUS, ST_DIM, ST_PERSON, ST_FIGURE, ST_JUMP, ST_MATCH,
	ST_READ, ST_PANE_TITLE, ST_PANE_FOCUS, ST_HEADING, ST_CARET, ST_QUOTE, ST_COUNT
};

/* Start colours when the terminal has them and NO_COLOR is not set;
 * returns 1 when it did (then style_attr(1, ...) may be used). */
int style_start(void);

/* The attributes of st, in colour or not. */
attr_t style_attr(int color, enum style st);

#endif
