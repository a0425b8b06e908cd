/*
 * prompt.h — a one-line editor on the status line, for search patterns
 * and filters: UTF-8 input, cursor movement by character, Ctrl-U and
 * Ctrl-W, history with Up/Down, an error message with a caret under the
 * column it names.
 */
#ifndef GISA_PROMPT_H
#define GISA_PROMPT_H

#include <stddef.h>
#include <wchar.h>

#include "../core/util.h"

struct prompt {
	const char *label;	/* "/", "?", "filter: " */
	struct buf text;
	size_t cursor;		/* byte offset into text */
	struct strv *history;	/* owned by the caller; newest last */
	size_t hpos;		/* history entry shown, history->n = none */
	char msg[256];		/* shown after the text (an error) */
	long err_col;		/* display column of the error in text, or -1 */
	int selected;		/* the text offered is selected: a key typed replaces it */
};

enum prompt_result {
	PROMPT_EDITING,		/* nothing to do */
	PROMPT_CHANGED,		/* the text changed: search as you type */
	PROMPT_DONE,		/* Enter */
	PROMPT_CANCEL,		/* Escape or Ctrl-C or Ctrl-G */
	PROMPT_TAB,		/* Tab: complete, if the question can */
};

/* Start editing, with text (may be NULL) already in the line. */
void prompt_open(struct prompt *p, const char *label, const char *text,
		 struct strv *history);
void prompt_close(struct prompt *p);

/* One key: fkey is set for curses key codes (KEY_LEFT ...), else ch is a
 * character. */
enum prompt_result prompt_input(struct prompt *p, wint_t ch, int fkey);

/* Replace the text, the cursor at its end. */
void prompt_set_text(struct prompt *p, const char *s);

/* Draw on row y, w columns wide, with the cursor visible. */
void prompt_draw(const struct prompt *p, int y, int w);

#endif
