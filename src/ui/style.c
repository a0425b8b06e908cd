/*
 * style.c — the style table (core/theme.h) in curses terms.  An element
 * without a pair is drawn with its colour attributes alone.
 */
#include <stdlib.h>

#include "style.h"

static attr_t
curses_attr(unsigned a)
{
	static const struct {
		unsigned theme;
		attr_t curses;
	} map[] = {
		{ THEME_BOLD, A_BOLD }, { THEME_DIM, A_DIM },
		{ THEME_UNDERLINE, A_UNDERLINE }, { THEME_REVERSE, A_REVERSE },
		{ THEME_ITALIC, A_ITALIC }, { THEME_BLINK, A_BLINK },
		{ THEME_STANDOUT, A_STANDOUT },
	};
	attr_t r = A_NORMAL;
	size_t i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (a & map[i].theme)
			r |= map[i].curses;
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
