/*
 * loading.c — the screen while the corpus loads: the list of the articles
 * read so far, growing as the loader publishes them (core/live.h), with
 * the progress on the status line, then the corpus-wide phases by name.
 * Movement acts at once, q quits at once; every other key is kept, in
 * order, for the browser to act on when the corpus is whole.
 */
#include <stdio.h>
#include <string.h>

#include "../core/ingest.h"
#include "../core/listcol.h"
#include "../core/live.h"
#include "../core/state.h"
#include "../core/text.h"
#include "frame.h"
#include "keys.h"
#include "list.h"
#include "search.h"
#include "loading.h"
#include "tty.h"
#include "view.h"

/* What the load is doing, for the status line. */
static void
progress(const struct ui_load *ld, size_t rows, struct buf *out)
{
	size_t done = __atomic_load_n(&ld->done, __ATOMIC_RELAXED);
	size_t total = __atomic_load_n(&ld->total, __ATOMIC_RELAXED);
	int phase = __atomic_load_n(&ld->phase, __ATOMIC_RELAXED);

	if (phase == INGEST_LINKING || phase == INGEST_INDEXING) {
		buf_adds(out, phase == INGEST_LINKING ? "linking near-duplicates"
		    : "indexing people and figures");
		buf_adds(out, " of ");
		buf_add_grouped(out, rows);
		buf_adds(out, rows == 1 ? " article" : " articles");
	} else if (ld->jsonl) {
		buf_adds(out, "reading ");
		if (total > 1) {
			buf_adds(out, "export ");
			buf_add_grouped(out, done < total ? done + 1 : total);
			buf_adds(out, " of ");
			buf_add_grouped(out, total);
		} else {
			buf_adds(out, "the export");
		}
		buf_adds(out, ": ");
		buf_add_grouped(out, rows);
		buf_adds(out, rows == 1 ? " article" : " articles");
	} else if (total > 0) {
		buf_adds(out, "loading ");
		buf_add_grouped(out, done);
		buf_adds(out, " of ");
		buf_add_grouped(out, total);
		buf_adds(out, total == 1 ? " page" : " pages");
	} else {
		buf_adds(out, "looking for pages");
	}
}

/* The rows of the list in the rect (y, x, h, w), under the live's lock. */
static void
draw_rows(const struct loading *lo, int y0, int x, int h, int w)
{
	struct live_view *v = lo->v;
	struct buf row = BUF_INIT;
	size_t ow = v->outlet_w, cap = listcol_conf.outlet_max;
	int years = live_view_spans_years(v), y;

	if (cap > (size_t)w / 3)
		cap = (size_t)w / 3;
	if (ow > cap)
		ow = cap;
	scroll_fit(&v->sc, v->nrows, h, 1);
	for (y = 0; y < h; y++) {
		size_t i = v->sc.top + (size_t)y;
		const struct article *a;
		int read;

		if (i >= v->nrows) {
			ui_put(y0 + y, x, w, "", 0, style_attr(lo->color, ST_NORMAL));
			continue;
		}
		a = live_view_article(v, lo->ld->live, i);
		read = lo->st != NULL && state_is_read(lo->st, a->id);
		list_format_row(a, i == v->sc.sel, read,
		    lo->st != NULL && state_is_tagged(lo->st, a->id) ? '*' : ' ', years, ow, &row);
		ui_put(y0 + y, x, w, row.s, row.len, style_attr(lo->color,
		    i == v->sc.sel ? ST_CURSOR : read ? ST_READ : ST_NORMAL));
	}
	buf_free(&row);
}

/* The status line: the progress and what was kept at the left, the keys
 * at the right. */
static void
draw_status(const struct loading *lo, int y, int cols)
{
	static const char hint[] = "j k move  q quits";
	struct buf s = BUF_INIT;
	size_t hw = sizeof(hint) - 1, used;

	progress(lo->ld, lo->v->nrows, &s);
	if (lo->v->nkeys > 0) {
		buf_adds(&s, " \xC2\xB7 ");
		buf_add_grouped(&s, lo->v->nkeys);
		buf_adds(&s, lo->v->nkeys == 1 ? " key kept" : " keys kept");
		buf_adds(&s, " for when it is loaded");
	}
	if (lo->full)
		buf_adds(&s, " \xC2\xB7 no room for more keys: the rest are dropped");
	used = text_width(s.s, s.len);
	if (used + hw + 3 <= (size_t)cols) {
		ui_put(y, 1, cols - 1 - (int)hw - 1, s.s, s.len, A_NORMAL);
		ui_put(y, cols - 1 - (int)hw, (int)hw, hint, hw, style_attr(lo->color, ST_DIM));
	} else {
		ui_put(y, 0, cols, s.s, s.len, A_NORMAL);
	}
	buf_free(&s);
}

static void
draw_loading(const struct loading *lo)
{
	struct live *l = lo->ld->live;
	struct buf t = BUF_INIT;
	int rows, cols;

	getmaxyx(stdscr, rows, cols);
	erase();
	if (l != NULL) {
		live_lock(l);
		live_view_sync(lo->v, l);
	}
	if (rows >= 5 && cols >= 24) {
		/* the list's pane over the whole width, as the browser's frame */
		frame_box(0, 0, rows - 1, cols, style_attr(lo->color, ST_BORDER));
		if (l != NULL)
			draw_rows(lo, 1, 1, rows - 3, cols - 2);
		/* as the browser's list says it, so far while pages are read */
		buf_printf(&t, " %zu/%zu articles%s ", lo->v->nrows ? lo->v->sc.sel + 1 : 0,
		    lo->v->nrows, __atomic_load_n(&lo->ld->phase, __ATOMIC_RELAXED) == INGEST_READING
		    ? " so far" : "");
		frame_caption(0, 2, cols - 4, t.s, t.len, style_attr(lo->color, ST_PANE_FOCUS), 0);
		frame_caption(rows - 2, 2, cols - 4, " input order ", 13,
		    style_attr(lo->color, ST_BORDER), 1);
	}
	if (l != NULL)
		live_unlock(l);
	draw_status(lo, rows - 1, cols);
	buf_free(&t);
	refresh();
}

/* One key while loading; 0 when it quits. */
static int
loading_key(struct loading *lo, wint_t ch, int fkey)
{
	int rows, cols, key;
	enum request req;

	if (fkey && ch == KEY_RESIZE)
		return 1;	/* the next draw has the new size */
	if (fkey && ch == KEY_MOUSE) {
		MEVENT ev;

		(void)getmouse(&ev);	/* a click names a row of a list still moving */
		return 1;
	}
	key = fkey || ch < 0x80 ? (int)ch : KEYS_WIDE(ch);
	req = keys_request(key);
	if (req == REQ_SUSPEND && lo->v->nkeys == 0) {
		tty_suspend();
		return 1;
	}
	if (req == REQ_REDRAW && lo->v->nkeys == 0) {
		clearok(curscr, TRUE);
		return 1;
	}
	getmaxyx(stdscr, rows, cols);
	(void)cols;
	switch (live_view_key(lo->v, key, req, (unsigned int)ch, fkey, rows - 3 > 1 ? rows - 3 : 1)) {
	case LIVE_QUIT:
		return 0;
	case LIVE_FULL:
		lo->full = 1;
		break;
	default:
		break;
	}
	return 1;
}

int
loading_wait(struct loading *lo, volatile sig_atomic_t *got_signal, volatile int *got_tstp)
{
	struct ui_load *ld = lo->ld;

	timeout(50);
	while (!__atomic_load_n(&ld->finished, __ATOMIC_ACQUIRE) && !*got_signal) {
		wint_t ch;
		int r;

		if (*got_tstp) {
			*got_tstp = 0;
			tty_suspend();
		}
		draw_loading(lo);
		r = get_wch(&ch);
		if (r != ERR && !loading_key(lo, ch, r == KEY_CODE_YES)) {
			__atomic_store_n(&ld->cancel, 1, __ATOMIC_RELAXED);
			timeout(-1);
			return 0;
		}
	}
	timeout(-1);
	if (ld->live != NULL) {
		/* the rows as the loader left them: the browser starts there */
		live_lock(ld->live);
		live_view_sync(lo->v, ld->live);
		live_unlock(ld->live);
	}
	return !*got_signal;
}

void
loading_take_over(struct ui *ui, const struct live_view *v, int other_list,
		  volatile sig_atomic_t *got_signal)
{
	size_t k;

	if (!other_list && v->sc.sel < ui->b->n) {
		ui->scroll[PANE_LIST].top = v->sc.top;
		list_select(ui, v->sc.sel);
	}
	for (k = 0; k < v->nkeys && !ui->quit && !*got_signal; k++) {
		ui_draw(ui);
		ui_input(ui, (wint_t)v->keys[k].ch, v->keys[k].fkey);
		/* a selection a key started (a search over the corpus) ends
		 * before the next key, as if the keys came as it was shown */
		while (browse_busy(ui->b) && !*got_signal) {
			if (browse_poll(ui->b)) {
				search_note_error(ui);
				break;
			}
			napms(5);
		}
	}
}
