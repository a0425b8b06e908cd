/*
 * width.c — one width for everything on the screen.
 *
 * ncursesw measures characters with the C library's wcwidth().  gisa
 * measures them with width_cp() (core/width.h: libunistring, with East
 * Asian Ambiguous characters narrow or wide as the user chose).  Clusters
 * the terminal might count otherwise are drawn by ui_addn in the shape
 * width_drawn gives, so cell by cell the counts agree.  Defining
 * wcwidth here interposes it for ncurses too, so the layout code, ncurses'
 * idea of the cursor and the terminal all agree: a border never drifts
 * because two parts of the program counted a character differently.
 */
#include <wchar.h>

#include "../core/width.h"
#include "view.h"

int
wcwidth(wchar_t c)
{
	if (c == 0)
		return 0;
	if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c > 0x10FFFF)
		return -1;
	return width_cp((uint32_t)c);
}

int
ui_addn(int y, int x, const char *s, size_t n)
{
	size_t i = 0, run = 0, cols = 0;

	move(y, x);
	while (i < n) {
		size_t keep, pad, e = width_drawn(s, n, i, &keep, &pad);

		if (keep == e - i && pad == 0) {
			i = e;	/* the terminal counts it as we do: in the run */
			continue;
		}
		addnstr(s + run, (int)(i - run));
		addnstr(s + i, (int)keep);
		for (; pad > 0; pad--)
			addch(' ');
		run = i = e;
	}
	addnstr(s + run, (int)(n - run));
	cols = width_of(s, n);
	return (int)cols;
}
