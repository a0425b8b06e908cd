/*
 * ui.c — the browser's frame: screen set-up, the views of the panes, the
 * event loop and the mouse; where each key goes is dispatch.c.
 *
 * The terminal is given back on every way out: q, Ctrl-C (read as a key
 * in raw mode), SIGTERM/SIGHUP/SIGINT from outside (the handler only sets
 * a flag; the loop leaves), and a fatal error in the core (the fatal hook
 * calls endwin before the message is printed).
 */
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/msglog.h"
#include "../core/path.h"
#include "../core/state.h"
#include "../core/text.h"
#include "act.h"
#include "ask.h"
#include "dispatch.h"
#include "frame.h"
#include "help.h"
#include "keys.h"
#include "list.h"
#include "loading.h"
#include "messages.h"
#include "over.h"
#include "panel.h"
#include "reader.h"
#include "search.h"
#include "tty.h"
#include "ui.h"

/* Read marks wait this long for more keys before they are saved. */
#define SAVE_AFTER_MS 1500

static const struct view_ops *const views[PANE_COUNT] = {
	&list_view, &reader_view, &panel_view, &help_view, &messages_view,
};

static volatile sig_atomic_t got_signal;
static volatile int got_tstp;
static int curses_on;
static SCREEN *screen;
static FILE *keys_in;	/* stdin, or /dev/tty when the pages come from a pipe */

static void
on_signal(int sig)
{
	got_signal = sig;
}

static void
restore_terminal(void)
{
	if (curses_on) {
		curses_on = 0;
		tty_disarm_fatal();
		tty_watch_tstp(NULL);
		endwin();
		delscreen(screen);
		screen = NULL;
		tty_close_input(keys_in);
		keys_in = NULL;
	}
}

const struct view_ops *
ui_view(enum pane p)
{
	return views[p];
}

void
ui_put(int y, int x, int w, const char *s, size_t n, attr_t attr)
{
	struct buf b = BUF_INIT;
	size_t used;

	if (w <= 0)
		return;
	used = text_truncate(s, n, (size_t)w, &b);
	for (; used < (size_t)w; used++)
		buf_addc(&b, ' ');
	attrset(attr);
	ui_addn(y, x, b.s, b.len);
	attrset(A_NORMAL);
	buf_free(&b);
}

void
ui_say(struct ui *ui, const char *fmt, ...)
{
	struct buf raw = BUF_INIT, shown = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&raw, fmt, ap);
	va_end(ap);
	/* what the message carries from outside is shown escaped */
	buf_add_shown(&shown, raw.s != NULL ? raw.s : "", raw.len);
	snprintf(ui->status, sizeof(ui->status), "%s", shown.s != NULL ? shown.s : "");
	buf_free(&raw);
	buf_free(&shown);
}

void
ui_tilde(const char *s, struct buf *out)
{
	struct buf raw = BUF_INIT;

	path_tilde(s, getenv("HOME"), &raw);
	/* a file name is outside text: its controls are shown escaped */
	buf_reset(out);
	buf_add_shown(out, raw.s != NULL ? raw.s : "", raw.len);
	buf_free(&raw);
}

void
ui_sync(struct ui *ui)
{
	int i;

	if (ui->seen_gen == ui->b->cur_gen)
		return;
	ui->seen_gen = ui->b->cur_gen;
	for (i = 0; i < PANE_COUNT; i++)
		if (views[i]->select != NULL)
			views[i]->select(ui);
}

static int
pane_at(const struct ui *ui, int y, int x)
{
	int i;

	for (i = 0; i < PANE_HELP; i++) {
		const struct rect *r = &ui->pane[i];

		if (ui->visible[i] && y >= r->y && y < r->y + r->h && x >= r->x - 1
		    && x < r->x + r->w)
			return i;
	}
	return -1;
}

/* Over the panes (the help, the messages, the person and trails views):
 * the wheel scrolls, a click selects a row of a view that has rows to
 * choose, a double click opens it as Enter does. */
static void
over_mouse(struct ui *ui, const MEVENT *ev)
{
	const struct rect *r = &ui->pane[ui->help ? ui->cover : PANE_HELP];
	int (*request)(struct ui *, enum request, const struct rect *) =
	    ui->help ? ui_view(ui->cover)->request : ui->over->request;
	struct scroll *sc = &ui->scroll[PANE_HELP];
	int k;

	if (ev->bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
		enum request req = ev->bstate & BUTTON4_PRESSED ? REQ_UP : REQ_DOWN;

		for (k = 0; k < 3; k++)
			request(ui, req, r);
		return;
	}
	if (ui->help || !(ev->bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_DOUBLE_CLICKED))
	    || ev->y < r->y || ev->y >= r->y + r->h)
		return;
	sc->sel = sc->top + (size_t)(ev->y - r->y);	/* the draw keeps it in range */
	if (ev->bstate & BUTTON1_DOUBLE_CLICKED)
		request(ui, REQ_ENTER, r);
}

/* The wheel scrolls the pane under the pointer; a click focuses a pane
 * and, in the list, selects the row; a double click opens it. */
static void
handle_mouse(struct ui *ui)
{
	MEVENT ev;
	int p, k;

	if (getmouse(&ev) != OK)
		return;
	if (ui->help || ui->over != NULL) {
		over_mouse(ui, &ev);
		return;
	}
	p = pane_at(ui, ev.y, ev.x);
	if (p < 0)
		return;
	if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
		enum request req = ev.bstate & BUTTON4_PRESSED ? REQ_UP : REQ_DOWN;

		for (k = 0; k < 3; k++)
			views[p]->request(ui, req, &ui->pane[p]);
		return;
	}
	if (!(ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_DOUBLE_CLICKED)))
		return;
	ui->focus = (enum pane)p;
	if (p == PANE_LIST) {
		size_t row = ui->scroll[PANE_LIST].top + (size_t)(ev.y - ui->pane[p].y);

		if (row < ui->b->n) {
			list_select(ui, row);
			if (ev.bstate & BUTTON1_DOUBLE_CLICKED) {
				ui->focus = PANE_READER;
				ui->scroll[PANE_READER].top = 0;
			}
		}
	}
}

/* ---- set-up ---- */

static int
locale_is_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/* The prompts' history beside the state file (kept in memory alone when
 * there is no state); a warning goes to the messages. */
static void
open_history(struct ui *ui, const struct state *st)
{
	char *warn = NULL;

	history_free(ui->hist);
	history_open(ui->hist, st != NULL ? state_dir(st) : NULL, &warn);
	if (warn != NULL && ui->log != NULL)
		msglog_add(ui->log, MSG_WARNING, NULL, warn);
	free(warn);
}

/* At the end: a failure is a warning, printed on stderr with the rest. */
static void
save_history(struct ui *ui)
{
	char *err = NULL;

	if (history_save(ui->hist, &err) != 0) {
		if (ui->log != NULL)
			msglog_add(ui->log, MSG_WARNING, NULL, err);
		else
			fprintf(stderr, "gisa: %s\n", err);
		free(err);
	}
}

struct ui *
ui_new(struct model *m, struct state *st)
{
	struct ui *ui = xcalloc(1, sizeof(*ui));

	ui->b = xcalloc(1, sizeof(*ui->b));
	browse_init(ui->b, m, st);
	ui->seen_gen = ui->b->cur_gen;
	ui->scroll[PANE_PANEL].sel = 1;
	ui->ask = ask_new();
	ui->hist = xcalloc(1, sizeof(*ui->hist));	/* in memory until ui_run */
	frame_init();
	return ui;
}

void
ui_free(struct ui *ui)
{
	browse_free(ui->b);
	free(ui->b);
	ask_free(ui->ask);
	history_free(ui->hist);
	free(ui->hist);
	act_free();
	reader_free();
	person_view_free();
	trails_view_free();
	over_free_shown();
	help_free();
	free(ui);
}

/* Input modes and mouse for the current screen. */
static void
screen_modes(void)
{
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_DOUBLE_CLICKED
	    | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(200);
}

void
ui_setup_screen(struct ui *ui)
{
	screen_modes();
	ui->color = style_start();
}

void
ui_draw(struct ui *ui)
{
	frame_draw(ui);
}

void
ui_input(struct ui *ui, wint_t ch, int fkey)
{
	if (ask_is_open(ui, NULL) && !(fkey && (ch == KEY_RESIZE || ch == KEY_MOUSE))) {
		ui->status[0] = '\0';
		ask_key(ui, ch, fkey);
		return;
	}
	if (fkey || ch < 0x80)
		ui_key(ui, (int)ch);
	else if (keymap_request((int)ch) != REQ_NONE)
		ui_key(ui, KEYS_WIDE(ch));	/* bound in the config file: bind ㅓ down */
	else
		ui_say(ui, "that key does nothing here");
}

void
ui_key(struct ui *ui, int key)
{
	if (key == ERR || key == KEY_RESIZE)
		return;		/* the next draw uses the new size */
	if (key == KEY_MOUSE)
		handle_mouse(ui);
	else
		dispatch_key(ui, key);
}

/* Take the terminal: 0, or -1 (with the message printed) when it cannot
 * show Hangul; *fallback when C.UTF-8 stands in for the locale. */
static int
start_terminal(int *fallback)
{
	struct sigaction sa;

	*fallback = 0;
	if (tty_check() != 0)
		return -1;
	if (!locale_is_utf8()) {
		if (setlocale(LC_CTYPE, "C.UTF-8") == NULL || !locale_is_utf8()) {
			fputs("gisa: the locale is not UTF-8 and C.UTF-8 is missing; Hangul cannot be shown\n", stderr);
			return -1;
		}
		*fallback = 1;
	}
	if ((keys_in = tty_input()) == NULL
	    || (screen = newterm(NULL, stdout, keys_in)) == NULL) {
		fputs("gisa: the terminal cannot be driven; use --export to write the articles instead\n", stderr);
		tty_close_input(keys_in);
		keys_in = NULL;
		return -1;
	}
	set_term(screen);
	curses_on = 1;
	tty_arm_fatal(fileno(stdout));
	tty_watch_tstp(&got_tstp);
	util_set_fatal_hook(restore_terminal);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;	/* no SA_RESTART: getch returns */
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	screen_modes();
	return 0;
}

int
ui_can_run(void)
{
	return tty_check();
}

/* The first message of the status line. */
static void
first_notice(struct ui *ui, const struct ui_load *ld, const struct ui_opts *o, int fallback)
{
	if (o != NULL && o->notice != NULL) {
		struct buf b = BUF_INIT;

		ui_tilde(o->notice, &b);
		ui_say(ui, "%s", b.s);
		buf_free(&b);
	} else if (fallback) {
		ui_say(ui, "locale is not UTF-8: using C.UTF-8");
	} else if (ld != NULL && ld->problems > 0) {
		ui_say(ui, "%zu problem%s with the input: M lists them",
		    ld->problems, ld->problems == 1 ? "" : "s");
	}
}

/* Keys until the user quits or a signal comes. */
static void
loop(struct ui *ui)
{
	while (!ui->quit && !got_signal) {
		wint_t ch;
		int r;

		if (got_tstp) {
			got_tstp = 0;
			tty_suspend();
		}
		ui_draw(ui);
		/* read marks are saved in a batch, when the keys pause */
		timeout(browse_busy(ui->b) ? 20 : ui->b->unsaved ? SAVE_AFTER_MS : -1);
		r = get_wch(&ch);
		if (browse_poll(ui->b))	/* a selection that ended meanwhile goes in first */
			search_note_error(ui);
		if (r != ERR)
			ui_input(ui, ch, r == KEY_CODE_YES);
		else if (ui->b->unsaved && !browse_busy(ui->b))
			act_save(ui);
	}
	browse_cancel(ui->b);
	if (ui->b->unsaved)
		act_save(ui);	/* at the end too, a signal's end included */
}

int
ui_run(struct model *m, struct ui_load *ld, const struct ui_opts *o)
{
	struct live_view v;
	struct ui *ui;
	int fallback;

	if (start_terminal(&fallback) != 0)
		return 1;
	live_view_init(&v);
	if (ld != NULL) {
		struct loading lo = { ld, o != NULL ? o->st : NULL, style_start(), &v, 0 };

		if (!loading_wait(&lo, &got_signal, &got_tstp)) {
			live_view_free(&v);
			restore_terminal();
			util_set_fatal_hook(NULL);
			goto out;
		}
		clear();	/* the browser draws on a screen cleared for it */
	}
	if (m->n == 0) {
		live_view_free(&v);
		restore_terminal();
		util_set_fatal_hook(NULL);
		return UI_EMPTY;
	}
	ui = ui_new(m, o != NULL ? o->st : NULL);
	ui->log = o != NULL ? o->log : NULL;
	ui->conf = o != NULL ? o->conf : NULL;
	open_history(ui, o != NULL ? o->st : NULL);
	ui_setup_screen(ui);
	first_notice(ui, ld, o, fallback);
	if (o != NULL)
		search_start(ui, o->filter, o->search);
	loading_take_over(ui, &v, o != NULL && (o->filter != NULL || o->search != NULL),
	    &got_signal);
	live_view_free(&v);
	loop(ui);
	restore_terminal();
	util_set_fatal_hook(NULL);
	save_history(ui);
	ui_free(ui);
out:
	if (got_signal) {
		/* die of the signal, now that the terminal is back, so the
		 * parent sees what happened */
		signal(got_signal, SIG_DFL);
		raise(got_signal);
	}
	return 0;
}
