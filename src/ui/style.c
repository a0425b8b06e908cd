/*
 * style.c — the style table (style.h).  An element without a pair is
 * drawn with its monochrome attribute in colour too.
 */
#include <stdlib.h>

#include "style.h"

static const struct {
	short fg, bg;		/* the pair; pair 0 (none) when both are 0 */
	attr_t color;		/* added to the pair in colour */
	attr_t mono;		/* without colour */
} styles[ST_COUNT] = {
	[ST_NORMAL] = { 0, 0, A_NORMAL, A_NORMAL },
	[ST_BORDER] = { COLOR_BLUE, -1, A_NORMAL, A_NORMAL },
	[ST_TITLE] = { -1, -1, A_BOLD, A_BOLD },
	[ST_META] = { COLOR_CYAN, -1, A_NORMAL, A_DIM },
	[ST_CURSOR] = { 0, 0, A_REVERSE, A_REVERSE },
	[ST_CAPTION] = { COLOR_GREEN, -1, A_NORMAL, A_DIM },
	[ST_LABEL] = { COLOR_MAGENTA, -1, A_BOLD, A_BOLD | A_UNDERLINE },
	[ST_STATUS] = { 0, 0, A_REVERSE, A_REVERSE },
	[ST_DIM] = { COLOR_BLUE, -1, A_NORMAL, A_DIM },
	[ST_PERSON] = { COLOR_CYAN, -1, A_BOLD, A_BOLD },
	[ST_FIGURE] = { COLOR_YELLOW, -1, A_NORMAL, A_UNDERLINE },
	[ST_JUMP] = { 0, 0, A_REVERSE | A_BOLD, A_REVERSE | A_BOLD },
	[ST_MATCH] = { COLOR_BLACK, COLOR_GREEN, A_NORMAL, A_REVERSE },
	[ST_READ] = { 0, 0, A_DIM, A_DIM },
};

static int
has_pair(enum style st)
{
	return styles[st].fg != 0 || styles[st].bg != 0;
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
