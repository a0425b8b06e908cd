/*
 * dispatch.c — where a key goes (dispatch.h): a count or a request
 * (keys.h); the view in front answers a request first (view_ops.request),
 * then the frame's own table here; nothing here knows what a request
 * means to a view.
 */
#include <stddef.h>

#include "act.h"
#include "cmdline.h"
#include "dispatch.h"
#include "help.h"
#include "keys.h"
#include "list.h"
#include "messages.h"
#include "over.h"
#include "panel.h"
#include "search.h"
#include "tty.h"
#include "ui.h"

/* ---- the frame's own requests ---- */

static void
req_quit(struct ui *ui, enum request req)
{
	if (req == REQ_BACK && ui->focus != PANE_LIST)
		ui->focus = PANE_LIST;
	else
		ui->quit = 1;
}

static void
req_focus(struct ui *ui, enum request req)
{
	int step = req == REQ_FOCUS_NEXT ? 1 : PANE_HELP - 1;

	ui->focus = (enum pane)((ui->focus + step) % PANE_HELP);
}

static void
req_help(struct ui *ui, enum request req)
{
	if (req == REQ_MESSAGES) {
		messages_open(ui);
		return;
	}
	if (req == REQ_COMMAND) {
		cmdline_open(ui);
		return;
	}
	ui->cover = PANE_HELP;
	help_open(ui);
}

static void
req_redraw(struct ui *ui, enum request req)
{
	(void)ui;
	if (req == REQ_SUSPEND)
		tty_suspend();
	clearok(curscr, TRUE);
}

static void
req_search(struct ui *ui, enum request req)
{
	if (req == REQ_SEARCH)
		search_open(ui, 0);
	else if (req == REQ_FILTER)
		filter_open(ui);
	else if (!browse_clear(ui->b))
		ui_say(ui, "every article is shown");
}

static void
req_grep(struct ui *ui, enum request req)
{
	int dir = (req == REQ_NEXT_MATCH) != ui->b->back ? 1 : -1;

	if (ui_view(ui->focus)->grep != NULL)
		ui_view(ui->focus)->grep(ui, dir);
}

static void
req_view(struct ui *ui, enum request req)
{
	if (req == REQ_SORT || req == REQ_SORT_REVERSE)
		list_sort(ui, req);
	else if (req == REQ_PERSON)
		person_key(ui);
	else if (req == REQ_TRAILS)
		trails_open(ui, ui->b->n > 0 ? ui_art(ui) : 0, -1);
	else if (req == REQ_CORPUS)
		panel_toggle_corpus(ui);
	else
		list_goto(ui, req == REQ_PAGE_DOWN ? REQ_NEXT_ARTICLE : req);
}

static const struct {
	enum request req;
	void (*fn)(struct ui *ui, enum request req);
} frame_requests[] = {
	{ REQ_QUIT, req_quit }, { REQ_BACK, req_quit },
	{ REQ_FOCUS_NEXT, req_focus }, { REQ_FOCUS_PREV, req_focus },
	{ REQ_HELP, req_help }, { REQ_SEARCH_BACK, req_help },	/* ? outside the reader */
	{ REQ_MESSAGES, req_help }, { REQ_COMMAND, req_help },
	{ REQ_REDRAW, req_redraw }, { REQ_SUSPEND, req_redraw },
	{ REQ_SEARCH, req_search }, { REQ_FILTER, req_search }, { REQ_CLEAR_FILTER, req_search },
	{ REQ_NEXT_MATCH, req_grep }, { REQ_PREV_MATCH, req_grep },
	{ REQ_SORT, req_view }, { REQ_SORT_REVERSE, req_view }, { REQ_CORPUS, req_view },
	{ REQ_PERSON, req_view }, { REQ_TRAILS, req_view },
	{ REQ_NEXT_ARTICLE, req_view }, { REQ_PREV_ARTICLE, req_view },
	{ REQ_NEXT_UNREAD, req_view }, { REQ_NARROW, req_view },
	{ REQ_PAGE_DOWN, req_view },	/* Space at the end of an article */
	{ REQ_TAG, act_key }, { REQ_TAG_ALL, act_key }, { REQ_UNTAG_ALL, act_key },
	{ REQ_READ, act_key }, { REQ_EXPORT, act_key },
};

/* One request: the view in front first, then the frame. */
static void
handle_request(struct ui *ui, enum request req)
{
	enum pane p = ui->help ? ui->cover : ui->focus;
	size_t i;

	if (!ui->help && ui->over != NULL) {
		/* a view over the panes: its keys, and help, redraw, quit */
		if (ui->over->request(ui, req, &ui->pane[PANE_HELP]))
			return;
	} else if (ui_view(p)->request(ui, req, &ui->pane[p])) {
		return;
	}
	for (i = 0; i < sizeof(frame_requests) / sizeof(frame_requests[0]); i++)
		if (frame_requests[i].req == req) {
			frame_requests[i].fn(ui, req);
			return;
		}
	ui_say(ui, "that key does nothing in the %s", ui_view(p)->name);
}

/* A key: a digit of a count, or a request run as the count says. */
void
dispatch_key(struct ui *ui, int key)
{
	static struct keycount count;
	enum request req = keys_request(key);
	unsigned long n, k;
	int first;

	ui->status[0] = '\0';
	if (keymap_count_digit(&count, key)) {
		ui_say(ui, "%lu", count.n);
		return;
	}
	if (ui->help && key == 27) {
		ui->help = 0;
		count.n = 0;
		return;
	}
	if (!ui->help && ui->over != NULL && key == 27) {
		over_close(ui);
		count.n = 0;
		return;
	}
	if (req == REQ_NONE) {
		count.n = 0;
		return;
	}
	n = keymap_count_apply(&count, &req, &first);
	if (first)
		handle_request(ui, REQ_FIRST);
	for (k = 0; k < n && !ui->quit; k++)
		handle_request(ui, req);
}
