/*
 * help.c — the help screen, printed from the key table so that it names
 * every key that is bound (core/keymap.h); it covers the screen and
 * scrolls like every pane (scroll.h).
 */
#include "help.h"

/* Lines: the heading, a blank, one per request, a blank, the mouse. */
#define HEAD 2
#define TAIL 2

static const char mouse[] = "  mouse            wheel scrolls the pane under it; click selects, double click opens";

static size_t
help_rows(void)
{
	return HEAD + (REQ_COUNT - 1) + TAIL;
}

static void
help_line(size_t k, struct buf *line)
{
	buf_reset(line);
	buf_adds(line, "");
	if (k == 0) {
		buf_adds(line, " gisa keys");
	} else if (k >= HEAD && k < HEAD + (REQ_COUNT - 1)) {
		enum request req = (enum request)(k - HEAD + 1);
		struct buf keys = BUF_INIT;

		keymap_keys(req, "  ", &keys);
		buf_printf(line, "  %-16s %s", keys.s, keymap_help(req));
		buf_free(&keys);
	} else if (k == help_rows() - 1) {
		buf_adds(line, mouse);
	}
}

static void
help_draw(struct ui *ui, const struct rect *r)
{
	struct scroll *sc = &ui->scroll[PANE_HELP];
	struct buf line = BUF_INIT;
	int y;

	scroll_fit(sc, help_rows(), r->h, 0);
	for (y = 0; y < r->h; y++) {
		size_t k = sc->top + (size_t)y;

		if (k < help_rows())
			help_line(k, &line);
		else
			buf_reset(&line);
		ui_put(r->y + y, r->x, r->w, line.s != NULL ? line.s : "", line.len,
		    ui_attr(ui, k == 0 ? ST_HEADING : ST_NORMAL));
	}
	ui_put(r->y + r->h, r->x, r->w, " q, h or ? closes the help", 26, ui_attr(ui, ST_STATUS));
	buf_free(&line);
}

static int
help_request(struct ui *ui, enum request req, const struct rect *r)
{
	if (scroll_request(&ui->scroll[PANE_HELP], req, help_rows(), r->h, 0))
		return 1;
	if (req == REQ_BACK || req == REQ_HELP || req == REQ_SEARCH_BACK)
		ui->help = 0;
	else if (req == REQ_QUIT)
		ui->quit = 1;
	return 1;	/* nothing else while it is up */
}

void
help_open(struct ui *ui)
{
	ui->help = 1;
	ui->scroll[PANE_HELP].top = 0;
}

const struct view_ops help_view = {
	.name = "help", .title = NULL, .draw = help_draw, .where = NULL,
	.request = help_request, .grep = NULL, .select = NULL, .narrows = 0,
};
