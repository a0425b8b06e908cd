/*
 * style.c — the style table (style.h).  An element without a pair is
 * drawn with its monochrome attribute in colour too.
 */
#include <stdlib.h>

#include "style.h"

#define NO_PAIR 0, 0, 0
#define PAIR(fg, bg) 1, fg, bg

static const struct {
	int paired;		/* drawn with a colour pair of its own */
	short fg, bg;		/* the pair (-1: the terminal's default) */
	attr_t color;		/* in colour: added to the pair */
	attr_t mono;		/* without colour */
} styles[ST_COUNT] = {
	[ST_NORMAL] = { NO_PAIR, A_NORMAL, A_NORMAL },
	[ST_BORDER] = { PAIR(COLOR_BLUE, -1), A_NORMAL, A_NORMAL },
	[ST_TITLE] = { PAIR(-1, -1), A_BOLD, A_BOLD },
	[ST_META] = { PAIR(COLOR_CYAN, -1), A_NORMAL, A_DIM },
	[ST_CURSOR] = { NO_PAIR, A_REVERSE, A_REVERSE },
	[ST_CAPTION] = { PAIR(COLOR_GREEN, -1), A_NORMAL, A_DIM },
	[ST_LABEL] = { PAIR(COLOR_MAGENTA, -1), A_BOLD, A_BOLD | A_UNDERLINE },
	[ST_STATUS] = { NO_PAIR, A_REVERSE, A_REVERSE },
	[ST_DIM] = { PAIR(COLOR_BLUE, -1), A_NORMAL, A_DIM },
	[ST_PERSON] = { PAIR(COLOR_CYAN, -1), A_BOLD, A_BOLD },
	[ST_FIGURE] = { PAIR(COLOR_YELLOW, -1), A_NORMAL, A_UNDERLINE },
	[ST_JUMP] = { NO_PAIR, A_REVERSE | A_BOLD, A_REVERSE | A_BOLD },
	[ST_MATCH] = { PAIR(COLOR_BLACK, COLOR_GREEN), A_NORMAL, A_REVERSE },
	[ST_READ] = { NO_PAIR, A_DIM, A_DIM },
	[ST_PANE_TITLE] = { NO_PAIR, A_BOLD, A_BOLD },
	[ST_PANE_FOCUS] = { NO_PAIR, A_BOLD | A_REVERSE, A_BOLD | A_REVERSE },
	[ST_HEADING] = { NO_PAIR, A_BOLD, A_BOLD },
	[ST_CARET] = { NO_PAIR, A_BOLD, A_BOLD },
	/* a direct quotation: below the people and figures it holds */
	[ST_QUOTE] = { PAIR(COLOR_MAGENTA, -1), A_NORMAL, A_ITALIC | A_DIM },
};

static int
has_pair(enum style st)
{
	return styles[st].paired;
}

int
style_start(void)
{
	const char *nc = getenv("NO_COLOR");
	int i;

	if (!has_colors() || (nc != NULL && *nc != '\0'))
		return 0;
	start_color();
	use_default_colors();
	for (i = 0; i < ST_COUNT; i++)
		if (has_pair((enum style)i))
			init_pair((short)i, styles[i].fg, styles[i].bg);
	return 1;
}

attr_t
style_attr(int color, enum style st)
{
	if (!color || !has_pair(st))
		return color ? styles[st].color : styles[st].mono;
	return COLOR_PAIR(st) | styles[st].color;
}
