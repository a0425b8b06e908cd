/*
 * style.c — the style table (core/theme.h) in curses terms.  An element
 * without a pair is drawn with its colour attributes alone.
 */
#include <stdlib.h>

#include "style.h"

static attr_t
curses_attr(unsigned a)
{
	attr_t r = A_NORMAL;

	if (a & THEME_BOLD)
		r |= A_BOLD;
	if (a & THEME_DIM)
		r |= A_DIM;
	if (a & THEME_UNDERLINE)
		r |= A_UNDERLINE;
	if (a & THEME_REVERSE)
		r |= A_REVERSE;
	if (a & THEME_ITALIC)
		r |= A_ITALIC;
	if (a & THEME_BLINK)
		r |= A_BLINK;
	if (a & THEME_STANDOUT)
		r |= A_STANDOUT;
	return r;
}

static short
shown_color(short c)
{
	return c < COLORS ? c : -1;
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
		if (theme[i].paired)
			init_pair((short)i, shown_color(theme[i].fg), shown_color(theme[i].bg));
	return 1;
}

attr_t
style_attr(int color, enum style st)
{
	if (!color)
		return curses_attr(theme[st].mono);
	if (!theme[st].paired)
		return curses_attr(theme[st].color);
	return COLOR_PAIR(st) | curses_attr(theme[st].color);
}
