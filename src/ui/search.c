/*
 * search.c — the UI's side of the filter and the search: what was typed
 * goes to the browse module (core/browse.c), which selects the list and
 * finds the matches; this file only turns its answers into scrolling and
 * messages.
 */
#include <string.h>

#include "ask.h"
#include "prompt.h"
#include "reader.h"
#include "search.h"

/* The search being typed: where from, and the reader's place then. */
static struct {
	int narrow;
	size_t rtop;
} typed;

static const struct ask_spec search_ask;

void
search_note_error(struct ui *ui)
{
	const char *e = browse_search_error(ui->b);

	if (*e != '\0' && ask_is_open(ui, &search_ask))
		ask_error(ui, e, -1);
}

/* Search for pat; 0, or -1 with the reason at the prompt. */
static int
set_pattern(struct ui *ui, const char *pat, int narrow)
{
	struct browse_error e;

	if (browse_set_search(ui->b, pat, narrow, &e) != 0) {
		ask_error(ui, e.msg, e.col);
		return -1;
	}
	ask_error(ui, "", -1);
	search_note_error(ui);
	return 0;
}

static void
show_match(struct ui *ui)
{
	const struct span *s = &ui->b->match[ui->b->mcur];

	reader_show(ui, s->para, s->off);	/* the status line counts it */
}

static void
search_first(struct ui *ui, int dir)
{
	struct span at = reader_top(ui);

	switch (browse_first(ui->b, dir, at.para, at.off)) {
	case BROWSE_STEP_MATCH:
		show_match(ui);
		return;
	case BROWSE_STEP_NO_MATCH:
		ui_say(ui, "no match in this article: n looks further");
		return;
	default:
		return;
	}
}

void
search_step(struct ui *ui, int dir)
{
	int reader = ui->focus == PANE_READER;
	struct span at;

	if (ui->b->re == NULL) {
		ui_say(ui, "no search yet: / searches");
		return;
	}
	if (ui->b->n == 0)
		return;
	if (reader)
		at = reader_top(ui);
	switch (browse_step(ui->b, dir, reader ? &at : NULL)) {
	case BROWSE_STEP_MATCH:
		show_match(ui);
		return;
	case BROWSE_STEP_ARTICLE:
		ui_sync(ui);
		if (reader && ui->b->mcur >= 0)
			show_match(ui);
		return;
	case BROWSE_STEP_END:
		ui_say(ui, dir > 0 ? "that was the last match: none further down"
		    : "that was the first match: none further up");
		return;
	case BROWSE_STEP_NO_MATCH:
		ui_say(ui, "no match in this article: n looks further");
		return;
	default:
		return;		/* stopped: the status line says why */
	}
}

/* The pattern typed so far: search as you type. */
static void
search_changed(struct ui *ui, const char *text)
{
	if (set_pattern(ui, text, typed.narrow) != 0)
		return;
	if (!typed.narrow && ui->b->n > 0) {
		ui->scroll[PANE_READER].top = typed.rtop;
		search_first(ui, ui->b->back ? -1 : 1);
	}
}

static int
search_done(struct ui *ui, const char *text)
{
	size_t here;

	if ((strcmp(text, ui->b->pat.s) != 0 || ui->b->narrow != typed.narrow)
	    && set_pattern(ui, text, typed.narrow) != 0)
		return -1;	/* the message stays at the prompt */
	history_add(ui->hist, HIST_SEARCH, text);
	ask_close(ui);
	browse_matches(ui->b, &here);
	if (ui->b->re != NULL && !typed.narrow && here == 0)
		search_step(ui, ui->b->back ? -1 : 1);
	return 0;
}

/* Back to the search there was before. */
static void
search_cancelled(struct ui *ui)
{
	browse_search_cancel(ui->b);
	ui_sync(ui);
	ui->scroll[PANE_READER].top = typed.rtop;
}

static const struct ask_spec search_ask = { search_changed, search_done, search_cancelled, 0, NULL, 0 };

void
search_open(struct ui *ui, int back)
{
	browse_search_begin(ui->b, back);
	typed.narrow = ui_view(ui->focus)->narrows;
	typed.rtop = ui->scroll[PANE_READER].top;
	ask_open(ui, &search_ask, back ? "?" : "/", NULL, &ui->hist->v[HIST_SEARCH]);
}

static int
filter_done(struct ui *ui, const char *text)
{
	struct browse_error e;

	if (browse_set_filter(ui->b, text, &e) != 0) {
		ask_error(ui, e.msg, e.col);
		return -1;
	}
	history_add(ui->hist, HIST_FILTER, text);
	return 0;
}

static const struct ask_spec filter_ask = { NULL, filter_done, NULL, 0, NULL, 0 };

void
filter_open(struct ui *ui)
{
	ask_open(ui, &filter_ask, "filter: ", ui->b->filter.s, &ui->hist->v[HIST_FILTER]);
}

void
search_start(struct ui *ui, const char *filter, const char *pattern)
{
	struct browse_error e;

	if (filter != NULL && browse_set_filter(ui->b, filter, &e) != 0)
		ui_say(ui, "--filter: %s", e.msg);
	if (pattern != NULL && browse_set_search(ui->b, pattern, 1, &e) != 0)
		ui_say(ui, "--search: %s", e.msg);
}
