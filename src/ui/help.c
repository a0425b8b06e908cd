/*
 * help.c — the help screen, printed from the key table so that it names
 * every key that is bound (core/keymap.h); it covers the screen, wraps its
 * lines to the terminal's width (the help text under its own column) and
 * pages like the reader (scroll.h), with where it is on the last line.
 */
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "help.h"

/* The key column, and the text's indent after it. */
#define KEYS_W 16
#define INDENT (2 + KEYS_W + 1)

static const char *const mouse[] = {
	"wheel: scroll the pane under the pointer, or the help or messages (three lines); in the person and trails views, move the selection",
	"click: focus the pane; in the list and the person and trails views, select the row",
	"double click: in the list, open the article; in the person and trails views, open it at the row",
};

/* The lines of the help for a width, kept between draws. */
static struct {
	struct buf *line;
	size_t n, cap;
	int width;
	struct text_line *wrap;
	size_t wrap_cap;
} H;

static void
add_line(const char *s, size_t n)
{
	H.line = xgrow(H.line, &H.cap, H.n + 1, sizeof(*H.line));
	H.line[H.n] = (struct buf)BUF_INIT;
	buf_add(&H.line[H.n], s, n);
	buf_adds(&H.line[H.n], "");
	H.n++;
}

/* "  keys            help text", the text wrapped under its column (a
 * long key list takes a line of its own). */
static void
add_entry(const char *keys, const char *text, int width)
{
	size_t cols = width > INDENT + 10 ? (size_t)(width - INDENT) : 10, k, count;
	struct buf first = BUF_INIT, cont = BUF_INIT;

	buf_printf(&first, "  %-*s ", KEYS_W, keys);
	if (text_width(keys, strlen(keys)) > KEYS_W) {
		add_line(first.s, first.len);
		buf_reset(&first);
		buf_printf(&first, "%*s", INDENT, "");
	}
	count = text_wrap(text, strlen(text), cols, &H.wrap, &H.wrap_cap);
	for (k = 0; k < count; k++) {
		struct buf *b = k == 0 ? &first : &cont;

		if (k > 0) {
			buf_reset(&cont);
			buf_printf(&cont, "%*s", INDENT, "");
		}
		buf_add(b, text + H.wrap[k].off, H.wrap[k].len);
		add_line(b->s, b->len);
	}
	buf_free(&first);
	buf_free(&cont);
}

static void
layout(int width)
{
	size_t i;
	int r;

	if (H.width == width && H.n > 0)
		return;
	for (i = 0; i < H.n; i++)
		buf_free(&H.line[i]);
	H.n = 0;
	H.width = width;
	add_line(" gisa keys", 10);
	add_line("", 0);
	for (r = REQ_NONE + 1; r < REQ_COUNT; r++) {
		struct buf keys = BUF_INIT;

		keymap_keys((enum request)r, "  ", &keys);
		add_entry(keys.len > 0 ? keys.s : "(no key)", keymap_help((enum request)r), width);
		buf_free(&keys);
	}
	add_line("", 0);
	add_line(" mouse", 6);
	for (i = 0; i < sizeof(mouse) / sizeof(mouse[0]); i++) {
		const char *colon = strchr(mouse[i], ':');
		struct buf what = BUF_INIT;

		buf_add(&what, mouse[i], (size_t)(colon - mouse[i]));
		add_entry(what.s, colon + 2, width);
		buf_free(&what);
	}
	add_line("", 0);
	add_line(" config", 7);
	add_entry("file", "~/.config/gisa/config sets keys, colours, list columns, the export's "
	    "format and folder (man gisa: CONFIGURATION)", width);
	add_entry("--dump-config", "gisa --dump-config prints the configuration in force, with the "
	    "name of every request", width);
}

static void
help_draw(struct ui *ui, const struct rect *r)
{
	struct scroll *sc = &ui->scroll[PANE_HELP];
	struct buf status = BUF_INIT;
	size_t last;
	int y;

	layout(r->w);
	scroll_fit(sc, H.n, r->h, 0);
	for (y = 0; y < r->h; y++) {
		size_t k = sc->top + (size_t)y;
		const struct buf *l = k < H.n ? &H.line[k] : NULL;

		ui_put(r->y + y, r->x, r->w, l != NULL ? l->s : "", l != NULL ? l->len : 0,
		    ui_attr(ui, k == 0 || (l != NULL && l->len > 1 && l->s[0] == ' ' && l->s[1] != ' ')
			? ST_HEADING : ST_NORMAL));
	}
	last = sc->top + (size_t)r->h;
	if (last > H.n)
		last = H.n;
	buf_printf(&status, " %zu-%zu/%zu%s  Space b g G: page  q h ?: close", sc->top + 1, last, H.n,
	    last < H.n ? " more below" : "");
	ui_put(r->y + r->h, r->x, r->w, status.s, status.len, ui_attr(ui, ST_STATUS));
	buf_free(&status);
}

static int
help_request(struct ui *ui, enum request req, const struct rect *r)
{
	layout(r->w);
	if (scroll_request(&ui->scroll[PANE_HELP], req, H.n, r->h, 0))
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

void
help_free(void)
{
	size_t i;

	for (i = 0; i < H.n; i++)
		buf_free(&H.line[i]);
	free(H.line);
	free(H.wrap);
	memset(&H, 0, sizeof(H));
}

const struct view_ops help_view = {
	.name = "help", .title = NULL, .draw = help_draw, .where = NULL,
	.request = help_request, .grep = NULL, .select = NULL, .narrows = 0,
};
