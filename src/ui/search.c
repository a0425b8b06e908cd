/*
 * search.c — the UI's side of the filter and the search: what was typed
 * goes to the browse module (core/browse.c), which selects the list and
 * finds the matches; this file only turns its answers into scrolling and
 * messages.
 */
#include <string.h>

#include "uipriv.h"

static void
refused(struct ui *ui, const struct browse_error *e)
{
	snprintf(ui->pr.msg, sizeof(ui->pr.msg), "%s", e->msg);
	ui->pr.err_col = e->col;
}

int
search_set_filter(struct ui *ui, const char *expr)
{
	struct browse_error e;

	if (browse_set_filter(&ui->b, expr, &e) != 0) {
		refused(ui, &e);
		return -1;
	}
	return 0;
}

int
search_set_pattern(struct ui *ui, const char *pat, int narrow)
{
	struct browse_error e;

	if (browse_set_search(&ui->b, pat, narrow, &e) != 0) {
		refused(ui, &e);
		return -1;
	}
	ui->pr.msg[0] = '\0';
	ui->pr.err_col = -1;
	search_note_error(ui);
	return 0;
}

void
search_note_error(struct ui *ui)
{
	const char *e = browse_search_error(&ui->b);

	if (*e != '\0' && (ui->ask == ASK_SEARCH || ui->ask == ASK_SEARCH_BACK))
		snprintf(ui->pr.msg, sizeof(ui->pr.msg), "%s", e);
}

static void
show_match(struct ui *ui)
{
	const struct span *s = &ui->b.match[ui->b.mcur];

	reader_show(ui, s->para, s->off);	/* the status line counts it */
}

/* The place the reader shows first. */
static struct span
reader_top(struct ui *ui)
{
	struct span at = { 0, 0, 0 };
	size_t off;

	reader_layout(ui, ui->pane[PANE_READER].w > 0 ? ui->pane[PANE_READER].w : 40);
	reader_line_pos(ui, ui->rtop, &at.para, &off);
	at.off = (uint32_t)off;
	return at;
}

void
search_first(struct ui *ui, int dir)
{
	struct span at = reader_top(ui);

	switch (browse_first(&ui->b, dir, at.para, at.off)) {
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

	if (ui->b.re == NULL) {
		ui_say(ui, "no search yet: / searches");
		return;
	}
	if (ui->b.n == 0)
		return;
	if (reader)
		at = reader_top(ui);
	switch (browse_step(&ui->b, dir, reader ? &at : NULL)) {
	case BROWSE_STEP_MATCH:
		show_match(ui);
		return;
	case BROWSE_STEP_ARTICLE:
		ui_sync(ui);
		if (reader && ui->b.mcur >= 0)
			show_match(ui);
		return;
	case BROWSE_STEP_END:
		ui_say(ui, "no more matches %s", dir > 0 ? "below: last one" : "above: first one");
		return;
	case BROWSE_STEP_NO_MATCH:
		ui_say(ui, "no match in this article: n looks further");
		return;
	default:
		return;		/* stopped: the status line says why */
	}
}
