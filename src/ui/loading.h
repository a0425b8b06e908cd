/*
 * loading.h — the screen while a corpus loads in another thread: the
 * articles read so far as a list that grows (core/live.h).
 */
#ifndef GISA_LOADING_H
#define GISA_LOADING_H

#include <signal.h>

#include "../core/live.h"
#include "ui.h"

struct state;

struct loading {
	struct ui_load *ld;
	const struct state *st;	/* read marks and tags shown, or NULL */
	int color;
	struct live_view *v;	/* the rows, the current one, the keys kept */
	int full;		/* keys were dropped: no room to keep them */
};

/* Show the list as it loads until ld->finished (*got_tstp: suspend).
 * 0 when the user quit (ld->cancel is set) or a signal came
 * (*got_signal); else lo->v holds the current row and the keys kept. */
int loading_wait(struct loading *lo, volatile sig_atomic_t *got_signal, volatile int *got_tstp);

/* The browser takes over from the list shown while loading: the same
 * row current (unless other_list: a --filter or --search shows other
 * rows), then the keys kept, in order, until it quits. */
void loading_take_over(struct ui *ui, const struct live_view *v, int other_list,
		       volatile sig_atomic_t *got_signal);

#endif
