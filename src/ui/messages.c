/*
 * messages.c — the messages view (messages.h).  Each message is one
 * entry, "kind  file: reason", wrapped to the width so nothing of a long
 * path is cut; the rows are made again at each draw from the log, which
 * the loader may still be adding to.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../core/msglog.h"
#include "../core/text.h"
#include "messages.h"

#define INDENT 11	/* "  problem  " */

/* The rows of the view, wrapped to w columns, into out (one per row). */
static void
message_rows(struct ui *ui, int w, struct strv *out)
{
	struct buf line = BUF_INIT, shown = BUF_INIT, row = BUF_INIT, tilde = BUF_INIT;
	struct text_line *tl = NULL;
	size_t cap = 0, i, k, n;
	enum msg_kind kind;
	char head[64];

	n = ui->log != NULL ? msglog_count(ui->log, -1) : 0;
	snprintf(head, sizeof(head), " gisa messages (%zu)", n);
	strv_add(out, head, strlen(head));
	strv_add(out, "", 0);
	if (n == 0)
		strv_add(out, "  nothing to report: every page loaded, nothing exported yet", 61);
	for (i = 0; i < n; i++) {
		size_t nl, room = w > INDENT + 10 ? (size_t)(w - INDENT) : 10;

		buf_reset(&line);
		if (msglog_line(ui->log, i, &line, &kind) != 0)
			break;
		buf_reset(&shown);
		ui_tilde(line.s, &tilde);	/* a path in the home folder as ~/... */
		buf_add_shown(&shown, tilde.s, tilde.len);	/* names and reasons from outside */
		nl = text_wrap(shown.s, shown.len, room, &tl, &cap);
		for (k = 0; k < nl; k++) {
			buf_reset(&row);
			buf_printf(&row, "  %-*s", INDENT - 2, k == 0 ? msglog_kind_name(kind) : "");
			buf_add(&row, shown.s + tl[k].off, tl[k].len);
			strv_add(out, row.s, row.len);
		}
	}
	free(tl);
	buf_free(&tilde);
	buf_free(&line);
	buf_free(&shown);
	buf_free(&row);
}

static void
messages_draw(struct ui *ui, const struct rect *r)
{
	struct scroll *sc = &ui->scroll[PANE_MESSAGES];
	struct strv rows = STRV_INIT;
	char foot[120];
	int y;

	message_rows(ui, r->w, &rows);
	if (sc->sel == (size_t)-1) {	/* just opened: the newest at the bottom */
		sc->sel = 0;
		sc->top = rows.n > (size_t)r->h ? rows.n - (size_t)r->h : 0;
	}
	scroll_fit(sc, rows.n, r->h, 0);
	for (y = 0; y < r->h; y++) {
		size_t k = sc->top + (size_t)y;
		const char *s = k < rows.n ? rows.v[k] : "";

		ui_put(r->y + y, r->x, r->w, s, strlen(s), ui_attr(ui, k == 0 ? ST_HEADING : ST_NORMAL));
	}
	snprintf(foot, sizeof(foot), " %zu-%zu/%zu  q closes the messages",
	    rows.n > 0 ? sc->top + 1 : 0,
	    sc->top + (size_t)r->h < rows.n ? sc->top + (size_t)r->h : rows.n, rows.n);
	ui_put(r->y + r->h, r->x, r->w, foot, strlen(foot), ui_attr(ui, ST_STATUS));
	strv_free(&rows);
}

static int
messages_request(struct ui *ui, enum request req, const struct rect *r)
{
	struct strv rows = STRV_INIT;
	int done;

	message_rows(ui, r->w, &rows);
	done = scroll_request(&ui->scroll[PANE_MESSAGES], req, rows.n, r->h, 0);
	strv_free(&rows);
	if (done)
		return 1;
	if (req == REQ_BACK || req == REQ_MESSAGES)
		ui->help = 0;
	else if (req == REQ_QUIT)
		ui->quit = 1;
	return 1;	/* nothing else while it is up */
}

void
messages_open(struct ui *ui)
{
	ui->help = 1;
	ui->cover = PANE_MESSAGES;
	ui->scroll[PANE_MESSAGES].sel = (size_t)-1;
}

void
messages_say(struct ui *ui, int kind, const char *fmt, ...)
{
	struct buf raw = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&raw, fmt, ap);
	va_end(ap);
	if (ui->log != NULL)
		msglog_add(ui->log, (enum msg_kind)kind, NULL, raw.s != NULL ? raw.s : "");
	ui_say(ui, "%s", raw.s != NULL ? raw.s : "");
	buf_free(&raw);
}

const struct view_ops messages_view = {
	.name = "messages", .title = NULL, .draw = messages_draw, .where = NULL,
	.request = messages_request, .grep = NULL, .select = NULL, .narrows = 0,
};
