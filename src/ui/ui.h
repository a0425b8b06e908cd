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
	int phase;		/* enum ingest_phase (atomic) */
	struct live *live;	/* the articles so far (core/live.h), or NULL */
	int jsonl;		/* the paths are jsonl exports, loaded back */
};

struct state;
struct msglog;
struct conf;

/* What the command line asks of the browser. */
struct ui_opts {
	const char *filter;	/* --filter, or NULL */
	const char *search;	/* --search, or NULL */
	struct state *st;	/* tags and read marks, or NULL */
	const char *notice;	/* shown in the status line at start, or NULL */
	struct msglog *log;	/* the session's messages (core/msglog.h), or NULL */
	const struct conf *conf;	/* the config file's settings, or NULL */
};

/* ui_run's answer when the corpus had no article (the caller says so,
 * after the reasons). */
#define UI_EMPTY 3

/* Can the browser run on this terminal?  0, or -1 with the reason
 * printed (no terminal on standard output, no keys to read — standard
 * input is a pipe and /dev/tty cannot be opened —, TERM unknown or
 * unable to move the cursor). */
int ui_can_run(void);

/* Browse m until the user quits.  When ld is not NULL, m is still being
 * loaded: the screen shows the progress at once and the browser starts
 * when ld->finished is set.  Returns 0, or 1 when the terminal could not
 * be used or there was nothing to show. */
int ui_run(struct model *m, struct ui_load *ld, const struct ui_opts *o);

/* The browser without ui_run's terminal handling, for a screen set up by
 * the caller (tests/bench/bench_ui.c): ui_new over m and st (may be
 * NULL), ui_setup_screen for the current screen, ui_key for one getch()
 * key, ui_draw to draw and refresh, ui_free. */
struct ui;
struct ui *ui_new(struct model *m, struct state *st);
void ui_setup_screen(struct ui *ui);
void ui_key(struct ui *ui, int key);
void ui_draw(struct ui *ui);
void ui_free(struct ui *ui);

#endif
