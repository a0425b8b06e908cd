/*
 * theme.h — the style table: each element of the screen, its name in the
 * config file, its colour pair and the attributes drawn with it, in
 * colour and without (NO_COLOR, a monochrome terminal), after ncdu's
 * UI_COLORS.  No curses here: attributes are THEME_* bits and colours
 * curses' numbers (-1 the terminal's default), which ui/style.c turns
 * into attr_t and pairs.  The config file's color and mono lines change
 * the table (core/config.h); tests/unit/test_theme.c.
 */
#ifndef GISA_THEME_H
#define GISA_THEME_H

#include "util.h"

/* X(element, name, paired, fg, bg, attributes in colour, without) */
#define THEME_TABLE(X) \
	X(ST_NORMAL, "normal", 0, -1, -1, 0, 0) \
	X(ST_BORDER, "border", 1, THEME_BLUE, -1, 0, 0) \
	X(ST_TITLE, "title", 1, -1, -1, THEME_BOLD, THEME_BOLD) \
	X(ST_META, "meta", 1, THEME_CYAN, -1, 0, THEME_DIM) \
	X(ST_CURSOR, "cursor", 0, -1, -1, THEME_REVERSE, THEME_REVERSE) \
	X(ST_CAPTION, "caption", 1, THEME_GREEN, -1, 0, THEME_DIM) \
	X(ST_LABEL, "label", 1, THEME_MAGENTA, -1, THEME_BOLD, THEME_BOLD | THEME_UNDERLINE) \
	X(ST_STATUS, "status", 0, -1, -1, THEME_REVERSE, THEME_REVERSE) \
	X(ST_DIM, "dim", 1, THEME_BLUE, -1, 0, THEME_DIM) \
	X(ST_PERSON, "person", 1, THEME_CYAN, -1, THEME_BOLD, THEME_BOLD) \
	X(ST_FIGURE, "figure", 1, THEME_YELLOW, -1, 0, THEME_UNDERLINE) \
	X(ST_JUMP, "jump", 0, -1, -1, THEME_REVERSE | THEME_BOLD, THEME_REVERSE | THEME_BOLD) \
	X(ST_MATCH, "match", 1, THEME_BLACK, THEME_GREEN, 0, THEME_REVERSE) \
	X(ST_READ, "read", 0, -1, -1, THEME_DIM, THEME_DIM) \
	X(ST_PANE_TITLE, "pane-title", 0, -1, -1, THEME_BOLD, THEME_BOLD) \
	X(ST_PANE_FOCUS, "pane-focus", 0, -1, -1, THEME_BOLD | THEME_REVERSE, THEME_BOLD | THEME_REVERSE) \
	X(ST_HEADING, "heading", 0, -1, -1, THEME_BOLD, THEME_BOLD) \
	X(ST_CARET, "caret", 0, -1, -1, THEME_BOLD, THEME_BOLD) \
	X(ST_QUOTE, "quote", 1, THEME_MAGENTA, -1, 0, THEME_ITALIC | THEME_DIM)

/* curses' colour numbers */
enum {
	THEME_BLACK, THEME_RED, THEME_GREEN, THEME_YELLOW,
	THEME_BLUE, THEME_MAGENTA, THEME_CYAN, THEME_WHITE
};

/* attributes */
enum {
	THEME_BOLD = 1 << 0, THEME_DIM = 1 << 1, THEME_UNDERLINE = 1 << 2,
	THEME_REVERSE = 1 << 3, THEME_ITALIC = 1 << 4, THEME_BLINK = 1 << 5,
	THEME_STANDOUT = 1 << 6
};

enum style {
#define THEME_ENUM(st, name, paired, fg, bg, color, mono) st,
	THEME_TABLE(THEME_ENUM)
#undef THEME_ENUM
	ST_COUNT
};

struct theme_style {
	int paired;		/* drawn with a colour pair of its own */
	short fg, bg;		/* the pair: 0-255, -1 the terminal's default */
	unsigned color;		/* in colour: added to the pair */
	unsigned mono;		/* without colour */
};

/* The table in force. */
extern struct theme_style theme[ST_COUNT];

/* Put the table back as gisa ships it. */
void theme_reset(void);

/* The config name of st ("pane-title"), and the element of a name, or
 * -1. */
const char *theme_name(enum style st);
int theme_element(const char *name);

/* A colour: default, black red green yellow blue magenta cyan white,
 * bright-NAME (8-15), colorN or N (0-255).  0, or -1 when it is none. */
int theme_parse_color(const char *name, short *out);

/* An attribute word: normal (none), bold dim underline reverse italic
 * blink standout.  0, or -1 when it is none. */
int theme_parse_attr(const char *word, unsigned *out);

/* The lines of the config file that give st as it is now, "color NAME FG
 * BG ATTR..." and "mono NAME ATTR...", appended to out (an element
 * without a pair of its own is given as "default default": the same). */
void theme_dump(enum style st, struct buf *out);

#endif
