/*
 * search.h — the search and filter prompts and n / N: what is typed goes
 * to the browse module (core/browse.h), which selects and finds; this
 * side turns its answers into scrolling and messages.
 */
#ifndef GISA_SEARCH_H
#define GISA_SEARCH_H

#include "view.h"

/* / (back 0) or ? (back 1): ask for a pattern; in a view that narrows
 * (the list) the list follows the typing, elsewhere the reader does. */
void search_open(struct ui *ui, int back);
/* f: ask for the filter, pre-filled with the one in force. */
void filter_open(struct ui *ui);
/* n / N (dir +1 / -1) in the focused view: in the reader the next match,
 * elsewhere the next matching article. */
void search_step(struct ui *ui, int dir);
/* After a background selection: its error at the search prompt. */
void search_note_error(struct ui *ui);
/* --filter and --search at start; a refusal goes to the status line. */
void search_start(struct ui *ui, const char *filter, const char *pattern);

#endif
