/*
 * term.h — the one place that includes curses (the wide ncursesw).
 * Nothing outside src/ui/ includes this file.
 */
#ifndef GISA_TERM_H
#define GISA_TERM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifdef HAVE_NCURSESW_CURSES_H
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

#endif
