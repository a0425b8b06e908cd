/*
 * ask.h — a question on the status line, answered by callbacks: the label,
 * the text to start from, a history, what to do as the text changes and
 * when Enter or Escape ends it (the prompt.h editor does the editing).
 * Whoever opens a question owns what it means; the frame only passes keys
 * to it and draws it.
 */
#ifndef GISA_ASK_H
#define GISA_ASK_H

#include <wchar.h>

#include "view.h"

struct ask_spec {
	/* The text changed (search as you type); NULL: nothing. */
	void (*on_change)(struct ui *ui, const char *text);
	/* Enter with text (a copy); returns 0 to end the question, -1 to
	 * keep it open (ask_error says why).  It may open the next one. */
	int (*on_done)(struct ui *ui, const char *text);
	/* Escape, ^C or ^G; NULL: "cancelled" is said. */
	void (*on_cancel)(struct ui *ui);
	int one_key;		/* one key answers (y/n): no editing */
	/* Tab: complete text (set the new text with prompt_set_text through
	 * ask_set_text, say what matched with ask_error); NULL: nothing. */
	void (*on_tab)(struct ui *ui, const char *text);
	int select;		/* the text offered is selected: typing replaces it */
};

struct ask *ask_new(void);
void ask_free(struct ask *a);

/* Ask spec's question with label, text (may be NULL) and history (may be
 * NULL, owned by the caller), replacing any question open. */
void ask_open(struct ui *ui, const struct ask_spec *spec, const char *label,
	      const char *text, struct strv *history);
void ask_close(struct ui *ui);
/* Replace the text of the open question (the cursor at its end). */
void ask_set_text(struct ui *ui, const char *text);
/* Is a question open (that of spec, when spec is not NULL)? */
int ask_is_open(const struct ui *ui, const struct ask_spec *spec);
/* Show msg after the text, with a caret under display column col (-1
 * none); "" clears it. */
void ask_error(struct ui *ui, const char *msg, long col);

/* One key from get_wch() (fkey: a curses key code). */
void ask_key(struct ui *ui, wint_t ch, int fkey);
/* Draw on row y, w columns wide. */
void ask_draw(const struct ui *ui, int y, int w);

#endif
