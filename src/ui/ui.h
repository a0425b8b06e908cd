/*
 * ui.h — the browser.  ui_run takes over the terminal, shows the model
 * and gives the terminal back, as it found it, on every way out.
 */
#ifndef GISA_UI_H
#define GISA_UI_H

#include "../core/model.h"

/* A corpus being loaded by another thread while the browser starts. */
struct ui_load {
	size_t done, total;	/* files so far and in all (atomic) */
	int finished;		/* set (atomically) by the loader at the end */
	int cancel;		/* set by the browser: the user quit early */
	size_t problems;	/* files reported; read once finished */
};

struct state;

/* What the command line asks of the browser. */
struct ui_opts {
	const char *filter;	/* --filter, or NULL */
	const char *search;	/* --search, or NULL */
	struct state *st;	/* tags and read marks, or NULL */
	const char *notice;	/* shown in the status line at start, or NULL */
};

/* Browse m until the user quits.  When ld is not NULL, m is still being
 * loaded: the screen shows the progress at once and the browser starts
 * when ld->finished is set.  Returns 0, or 1 when the terminal could not
 * be used or there was nothing to show. */
int ui_run(struct model *m, struct ui_load *ld, const struct ui_opts *o);

#endif
