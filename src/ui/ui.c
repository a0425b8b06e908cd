/*
 * ui.c — screen set-up, layout, borders, the status line, the help
 * screen and the event loop.
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
#include <unistd.h>

#include "../core/path.h"
#include "ui.h"
#include "uipriv.h"

#define MIN_COLS 40
#define MIN_ROWS 8
#define WIDE_COLS 80
#define SAVE_AFTER_MS 1500

static const struct view_ops *const views[PANE_COUNT] = {
	&list_view, &reader_view, &panel_view,
};

static volatile sig_atomic_t got_signal;
static int curses_on;

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
		endwin();
	}
}

size_t
ui_clamp_top(size_t top, size_t total, int h)
{
	size_t max = h > 0 && total > (size_t)h ? total - (size_t)h : 0;

	return top > max ? max : top;
}

attr_t
ui_attr(const struct ui *ui, enum style st)
{
	static const attr_t mono[ST_COUNT] = {
		[ST_NORMAL] = A_NORMAL, [ST_BORDER] = A_NORMAL, [ST_TITLE] = A_BOLD,
		[ST_META] = A_DIM, [ST_CURSOR] = A_REVERSE, [ST_CAPTION] = A_DIM,
		[ST_LABEL] = A_BOLD | A_UNDERLINE, [ST_STATUS] = A_REVERSE,
		[ST_DIM] = A_DIM, [ST_PERSON] = A_BOLD, [ST_FIGURE] = A_UNDERLINE,
		[ST_JUMP] = A_REVERSE | A_BOLD, [ST_MATCH] = A_REVERSE, [ST_READ] = A_DIM,
	};

	if (!ui->color || st == ST_NORMAL || st == ST_CURSOR || st == ST_STATUS || st == ST_JUMP
	    || st == ST_READ)
		return mono[st];
	return COLOR_PAIR(st) | (st == ST_TITLE || st == ST_LABEL || st == ST_PERSON ? A_BOLD : A_NORMAL);
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
	mvaddnstr(y, x, b.s, (int)b.len);
	attrset(A_NORMAL);
	buf_free(&b);
}

static void
setup_colors(struct ui *ui)
{
	const char *nc = getenv("NO_COLOR");

	ui->color = has_colors() && (nc == NULL || *nc == '\0');
	if (!ui->color)
		return;
	start_color();
	use_default_colors();
	init_pair(ST_BORDER, COLOR_BLUE, -1);
	init_pair(ST_TITLE, -1, -1);
	init_pair(ST_META, COLOR_CYAN, -1);
	init_pair(ST_CAPTION, COLOR_GREEN, -1);
	init_pair(ST_LABEL, COLOR_MAGENTA, -1);
	init_pair(ST_DIM, COLOR_BLUE, -1);
	init_pair(ST_PERSON, COLOR_CYAN, -1);
	init_pair(ST_FIGURE, COLOR_YELLOW, -1);
	init_pair(ST_MATCH, COLOR_BLACK, COLOR_GREEN);
}

/* Work out which panes show and where. */
static void
layout(struct ui *ui)
{
	int h = ui->rows - 3, i;

	for (i = 0; i < PANE_COUNT; i++)
		ui->visible[i] = 0;
	if (ui->cols >= WIDE_COLS) {
		int lw = ui->cols * 30 / 100, pw = ui->cols * 22 / 100;

		if (lw < 26)
			lw = 26;
		if (pw < 22)
			pw = 22;
		ui->pane[PANE_LIST] = (struct rect){ 1, 1, h, lw - 1 };
		ui->pane[PANE_READER] = (struct rect){ 1, lw + 1, h, ui->cols - lw - pw - 2 };
		ui->pane[PANE_PANEL] = (struct rect){ 1, ui->cols - pw, h, pw - 1 };
		for (i = 0; i < PANE_COUNT; i++)
			ui->visible[i] = 1;
	} else {
		/* narrow: the focused pane takes the whole screen */
		for (i = 0; i < PANE_COUNT; i++)
			ui->pane[i] = (struct rect){ 1, 1, h, ui->cols - 2 };
		ui->visible[ui->focus] = 1;
	}
}

enum frame_part { F_H, F_V, F_UL, F_UR, F_LL, F_LR, F_TT, F_BT };

/* Line drawing is East Asian ambiguous: where the terminal draws those
 * characters wide, the frame is drawn in ASCII so it keeps one column. */
static chtype
frame(enum frame_part f)
{
	static const char ascii[] = "-|++++++";

	if (text_ambiguous_wide())
		return (chtype)ascii[f];
	switch (f) {
	case F_H: return ACS_HLINE;
	case F_V: return ACS_VLINE;
	case F_UL: return ACS_ULCORNER;
	case F_UR: return ACS_URCORNER;
	case F_LL: return ACS_LLCORNER;
	case F_LR: return ACS_LRCORNER;
	case F_TT: return ACS_TTEE;
	default: return ACS_BTEE;
	}
}

static void
hline_at(int y, int x, int w, attr_t attr)
{
	int i;

	attrset(attr);
	for (i = 0; i < w; i++)
		mvaddch(y, x + i, frame(F_H));
	attrset(A_NORMAL);
}

/* The top border of pane p with its title in it. */
static void
border_title(struct ui *ui, enum pane p)
{
	const struct rect *r = &ui->pane[p];
	struct buf t = BUF_INIT;
	attr_t b = ui_attr(ui, ST_BORDER);
	int w = r->w - 2;

	hline_at(0, r->x, r->w, b);
	if (w <= 2)
		return;
	buf_addc(&t, ' ');
	views[p]->title(ui, &t);
	buf_addc(&t, ' ');
	{
		struct buf cut = BUF_INIT;
		size_t used = text_truncate(t.s, t.len, (size_t)w, &cut);

		attrset(p == ui->focus ? A_BOLD | A_REVERSE : A_BOLD);
		mvaddnstr(0, r->x + 1, cut.s, (int)cut.len);
		attrset(A_NORMAL);
		(void)used;
		buf_free(&cut);
	}
	buf_free(&t);
}

/* The bottom border of pane p with its position text at the right. */
static void
border_where(struct ui *ui, enum pane p)
{
	const struct rect *r = &ui->pane[p];
	struct buf t = BUF_INIT, cut = BUF_INIT;
	size_t used;

	if (views[p]->where == NULL || r->w <= 6)
		return;
	buf_addc(&t, ' ');
	views[p]->where(ui, &t);
	buf_addc(&t, ' ');
	if (t.len > 2) {
		used = text_truncate(t.s, t.len, (size_t)r->w - 2, &cut);
		attrset(ui_attr(ui, ST_BORDER));
		mvaddnstr(ui->rows - 2, r->x + r->w - 1 - (int)used, cut.s, (int)cut.len);
		attrset(A_NORMAL);
	}
	buf_free(&t);
	buf_free(&cut);
}

static void
draw_frame(struct ui *ui)
{
	attr_t b = ui_attr(ui, ST_BORDER);
	int y, i, bottom = ui->rows - 2;

	attrset(b);
	mvaddch(0, 0, frame(F_UL));
	mvaddch(0, ui->cols - 1, frame(F_UR));
	mvaddch(bottom, 0, frame(F_LL));
	mvaddch(bottom, ui->cols - 1, frame(F_LR));
	for (y = 1; y < bottom; y++) {
		mvaddch(y, 0, frame(F_V));
		mvaddch(y, ui->cols - 1, frame(F_V));
	}
	hline_at(bottom, 1, ui->cols - 2, b);
	for (i = 0; i < PANE_COUNT; i++) {
		if (!ui->visible[i])
			continue;
		border_title(ui, (enum pane)i);
		if (ui->pane[i].x > 1 && ui->visible[i]) {
			int x = ui->pane[i].x - 1;

			attrset(b);
			mvaddch(0, x, frame(F_TT));
			for (y = 1; y < bottom; y++)
				mvaddch(y, x, frame(F_V));
			mvaddch(bottom, x, frame(F_BT));
		}
	}
	attrset(A_NORMAL);
}

/* path without the working directory in front, when it is below it */
static const char *
ui_relative(const struct ui *ui, const char *path)
{
	size_t n = strlen(ui->cwd);

	if (n > 1 && strncmp(path, ui->cwd, n) == 0 && path[n] == '/')
		return path + n + 1;
	return path;
}

/* What the list shows and what is selected, for the status line. */
static void
summary(struct ui *ui, struct buf *s)
{
	struct browse *b = &ui->b;
	const char *sep = "", *serr = browse_search_error(b);

	if (b->pat.len > 0 && *serr != '\0') {
		buf_printf(s, "/%s  %s", b->pat.s, serr);
		sep = " \xC2\xB7 ";
	} else if (b->pat.len > 0) {
		buf_printf(s, "/%s  ", b->pat.s);
		if (b->narrow)
			buf_printf(s, "%zu match%s in %zu article%s", b->mtotal,
			    b->mtotal == 1 ? "" : "es", b->marts, b->marts == 1 ? "" : "s");
		if (ui->focus == PANE_READER && b->n > 0 && b->match_for == ui_art(ui)) {
			if (b->narrow)
				buf_adds(s, " \xC2\xB7 ");
			if (b->mcur >= 0)
				buf_printf(s, "match %ld of %zu here", b->mcur + 1, b->nmatch);
			else
				buf_printf(s, "%zu here", b->nmatch);
		}
		sep = " \xC2\xB7 ";
	}
	if (b->filter.len > 0) {
		buf_printf(s, "%sfilter: %s", sep, b->filter.s);
		sep = " \xC2\xB7 ";
	}
	if (b->n != b->m->n) {
		buf_printf(s, "%s%zu of %zu", sep, b->n, b->m->n);
		sep = " \xC2\xB7 ";
	}
	if (b->ntag > 0) {
		buf_printf(s, "%s%zu tagged", sep, b->ntag);
		sep = " \xC2\xB7 ";
	}
	if (b->npmark + b->nfmark > 0) {
		buf_printf(s, "%s%zu marked", sep, b->npmark + b->nfmark);
		sep = " \xC2\xB7 ";
	}
	if (browse_busy(b))
		buf_printf(s, "%ssearching\xE2\x80\xA6", sep);
}

static void
draw_status(struct ui *ui)
{
	static const char right[] = "? help  q quit ";
	struct buf s = BUF_INIT;
	int rw = (int)sizeof(right) - 1, lw = ui->cols - rw;
	size_t before;

	if (ui->ask != ASK_NONE) {
		prompt_draw(&ui->pr, ui->rows - 1, ui->cols);
		return;
	}
	buf_addc(&s, ' ');
	if (ui->status[0] != '\0') {
		buf_adds(&s, ui->status);
		buf_adds(&s, "  ");
	}
	before = s.len;
	summary(ui, &s);
	if (s.len == before && ui->status[0] == '\0' && ui->b.n > 0)
		buf_adds(&s, ui_relative(ui, ui->b.m->a[ui_art(ui)].source));
	if (lw > 0)
		ui_put(ui->rows - 1, 0, lw, s.s, s.len, A_NORMAL);
	ui_put(ui->rows - 1, lw > 0 ? lw : 0, lw > 0 ? rw : ui->cols, right, (size_t)rw, A_NORMAL);
	buf_free(&s);
}

static void
draw_help(struct ui *ui)
{
	const struct request_info *t = keys_table();
	int y = 0, h = ui->rows - 1, k;
	struct buf line = BUF_INIT;
	size_t total = REQ_COUNT - 1 + 2;

	ui->htop = ui_clamp_top(ui->htop, total, h);
	erase();
	for (k = -2 + (int)ui->htop; k < REQ_COUNT - 1 && y < h; k++, y++) {
		buf_reset(&line);
		if (k == -2) {
			ui_put(y, 0, ui->cols, " gisa keys", 10, A_BOLD);
			continue;
		}
		if (k == -1) {
			ui_put(y, 0, ui->cols, "", 0, A_NORMAL);
			continue;
		}
		buf_printf(&line, "  %-14s %s", t[k].keys, t[k].help);
		ui_put(y, 0, ui->cols, line.s, line.len, A_NORMAL);
	}
	ui_put(ui->rows - 1, 0, ui->cols, " q, h or ? closes the help", 26, A_REVERSE);
	buf_free(&line);
}

void
ui_draw(struct ui *ui)
{
	int i;

	getmaxyx(stdscr, ui->rows, ui->cols);
	if (ui->cols < MIN_COLS || ui->rows < MIN_ROWS) {
		char msg[2][40];
		int k;

		erase();
		snprintf(msg[0], sizeof(msg[0]), "terminal too small");
		snprintf(msg[1], sizeof(msg[1]), "%dx%d, need %dx%d", ui->cols, ui->rows,
		    MIN_COLS, MIN_ROWS);
		for (k = 0; k < 2 && k < ui->rows; k++)
			ui_put(ui->rows > 2 ? ui->rows / 2 - 1 + k : k, 0, ui->cols, msg[k],
			    strlen(msg[k]), A_NORMAL);
		refresh();
		return;
	}
	if (ui->help) {
		draw_help(ui);
		refresh();
		return;
	}
	ui_sync(ui);
	layout(ui);
	draw_frame(ui);
	for (i = 0; i < PANE_COUNT; i++)
		if (ui->visible[i])
			views[i]->draw(ui, &ui->pane[i]);
	for (i = 0; i < PANE_COUNT; i++)
		if (ui->visible[i])
			border_where(ui, (enum pane)i);
	draw_status(ui);
	curs_set(ui->ask != ASK_NONE);
	refresh();
}

static int
pane_at(const struct ui *ui, int y, int x)
{
	int i;

	for (i = 0; i < PANE_COUNT; i++) {
		const struct rect *r = &ui->pane[i];

		if (ui->visible[i] && y >= r->y && y < r->y + r->h && x >= r->x - 1
		    && x < r->x + r->w)
			return i;
	}
	return -1;
}

/* The wheel scrolls the pane under the pointer; a click focuses a pane
 * and, in the list, selects the row; a double click opens it. */
static void
handle_mouse(struct ui *ui)
{
	MEVENT ev;
	int p, k;

	if (getmouse(&ev) != OK || ui->help)
		return;
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
		size_t row = ui->top + (size_t)(ev.y - ui->pane[p].y);

		if (row < ui->b.n) {
			list_select(ui, row);
			if (ev.bstate & BUTTON1_DOUBLE_CLICKED) {
				ui->focus = PANE_READER;
				ui->rtop = 0;
			}
		}
	}
}

static void
handle(struct ui *ui, int key)
{
	enum request req = keys_request(key);

	ui->status[0] = '\0';
	if (ui->help) {
		if (req == REQ_BACK || req == REQ_HELP || req == REQ_SEARCH_BACK || key == 27)
			ui->help = 0;
		else if (req == REQ_DOWN)
			ui->htop++;
		else if (req == REQ_UP && ui->htop > 0)
			ui->htop--;
		else if (req == REQ_QUIT)
			ui->quit = 1;
		return;
	}
	switch (req) {
	case REQ_QUIT:
		ui->quit = 1;
		return;
	case REQ_BACK:
		if (ui->focus == PANE_LIST)
			ui->quit = 1;
		else
			ui->focus = PANE_LIST;
		return;
	case REQ_HELP:
		ui->help = 1;
		ui->htop = 0;
		return;
	case REQ_REDRAW:
		clearok(curscr, TRUE);
		return;
	case REQ_FOCUS_NEXT:
		ui->focus = (enum pane)((ui->focus + 1) % PANE_COUNT);
		return;
	case REQ_FOCUS_PREV:
		ui->focus = (enum pane)((ui->focus + PANE_COUNT - 1) % PANE_COUNT);
		return;
	case REQ_SORT:
		list_view.request(ui, req, &ui->pane[PANE_LIST]);
		snprintf(ui->status, sizeof(ui->status), "sorted %s",
		    ui->b.sort == BROWSE_DATE ? "by date, newest first" : "in input order");
		return;
	case REQ_SEARCH_BACK:
		if (ui->focus != PANE_READER) {
			ui->help = 1;
			ui->htop = 0;
			return;
		}
		/* fall through */
	case REQ_SEARCH:
		browse_search_begin(&ui->b, req == REQ_SEARCH_BACK);
		ui->ask_from = ui->focus;
		ui->saved_rtop = ui->rtop;
		ui_ask(ui, req == REQ_SEARCH ? ASK_SEARCH : ASK_SEARCH_BACK,
		    req == REQ_SEARCH ? "/" : "?", NULL, &ui->shist);
		return;
	case REQ_NEXT_MATCH:
	case REQ_PREV_MATCH:
		search_step(ui, (req == REQ_NEXT_MATCH) != ui->b.back ? 1 : -1);
		return;
	case REQ_FILTER:
		ui_ask(ui, ASK_FILTER, "filter: ", ui->b.filter.s, &ui->fhist);
		return;
	case REQ_TAG:
	case REQ_TAG_ALL:
	case REQ_UNTAG_ALL:
	case REQ_READ:
	case REQ_EXPORT:
		act_key(ui, req);
		return;
	case REQ_ENTER:
		if (ui->focus == PANE_LIST && ui->b.n > 0) {
			ui->focus = PANE_READER;
			ui->rtop = 0;
			act_opened(ui);
		} else if (ui->focus == PANE_PANEL) {
			panel_view.request(ui, req, &ui->pane[PANE_PANEL]);
		}
		return;
	case REQ_CORPUS:
		panel_toggle_corpus(ui);
		return;
	case REQ_CLEAR_FILTER:
		if (!browse_clear(&ui->b))
			snprintf(ui->status, sizeof(ui->status), "every article is shown");
		return;
	case REQ_NONE:
		return;
	default:
		if (!views[ui->focus]->request(ui, req, &ui->pane[ui->focus]))
			snprintf(ui->status, sizeof(ui->status), "that key does nothing in the %s",
			    views[ui->focus]->name);
		return;
	}
}

static int
locale_is_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

void
ui_init(struct ui *ui, struct model *m, struct state *st)
{
	memset(ui, 0, sizeof(*ui));
	browse_init(&ui->b, m, st);
	ui->seen_gen = ui->b.cur_gen;
	ui->lines_for = (size_t)-1;
	ui->psel = 1;
	if (getcwd(ui->cwd, sizeof(ui->cwd)) == NULL)
		ui->cwd[0] = '\0';
}

void
ui_sync(struct ui *ui)
{
	if (ui->seen_gen == ui->b.cur_gen)
		return;
	ui->seen_gen = ui->b.cur_gen;
	ui->jumped = 0;
	ui->psel = 1;
	ui->rtop = 0;
	ui->ptop = 0;
}

void
ui_free(struct ui *ui)
{
	browse_free(&ui->b);
	strv_free(&ui->shist);
	strv_free(&ui->fhist);
	strv_free(&ui->phist);
	prompt_close(&ui->pr);
	free(ui->hl);
	free(ui->lines);
	free(ui->wrap);
	buf_free(&ui->meta);
}

void
ui_setup_screen(struct ui *ui)
{
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	setup_colors(ui);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_DOUBLE_CLICKED
	    | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(200);
}

void
ui_tilde(const char *s, struct buf *out)
{
	path_tilde(s, getenv("HOME"), out);
}

void
ui_say(struct ui *ui, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(ui->status, sizeof(ui->status), fmt, ap);
	va_end(ap);
}

void
ui_ask(struct ui *ui, enum ask ask, const char *label, const char *text, struct strv *history)
{
	snprintf(ui->ask_label, sizeof(ui->ask_label), "%s", label);
	prompt_close(&ui->pr);
	prompt_open(&ui->pr, ui->ask_label, text, history);
	ui->ask = ask;
}

/* The pattern typed so far: search as you type. */
static void
search_typed(struct ui *ui)
{
	int narrow = ui->ask_from == PANE_LIST;

	if (search_set_pattern(ui, ui->pr.text.s, narrow) != 0)
		return;
	if (!narrow && ui->b.n > 0) {
		ui->rtop = ui->saved_rtop;
		search_first(ui, ui->b.back ? -1 : 1);
	}
}

static void
prompt_key(struct ui *ui, wint_t ch, int fkey)
{
	enum prompt_result r;
	enum ask ask = ui->ask;

	if (ask == ASK_EXPORT_WHAT || ask == ASK_OVERWRITE || ask == ASK_UNTAG_ALL) {
		/* one key answers */
		char ans[2] = { 0, 0 };

		if (fkey && ch != KEY_ENTER)
			return;
		if (!fkey && (ch == 27 || ch == 3 || ch == 7)) {
			ui->ask = ASK_NONE;
			snprintf(ui->status, sizeof(ui->status), "cancelled");
			return;
		}
		if (!fkey && ch != '\r' && ch != '\n')
			ans[0] = ch < 0x80 ? (char)ch : '?';
		ui->pr.msg[0] = '\0';
		act_answer(ui, ans);
		return;
	}
	r = prompt_input(&ui->pr, ch, fkey);
	switch (r) {
	case PROMPT_EDITING:
		return;
	case PROMPT_CHANGED:
		ui->pr.msg[0] = '\0';
		ui->pr.err_col = -1;
		if (ask == ASK_SEARCH || ask == ASK_SEARCH_BACK)
			search_typed(ui);
		return;
	case PROMPT_CANCEL:
		ui->ask = ASK_NONE;
		if (ask == ASK_SEARCH || ask == ASK_SEARCH_BACK) {
			/* back to the search there was before */
			ui->pr.msg[0] = '\0';
			browse_search_cancel(&ui->b);
			ui_sync(ui);
			ui->rtop = ui->saved_rtop;
		} else {
			snprintf(ui->status, sizeof(ui->status), "cancelled");
		}
		return;
	case PROMPT_DONE:
		break;
	}
	switch (ask) {
	case ASK_SEARCH:
	case ASK_SEARCH_BACK:
	{
		size_t here;

		if ((strcmp(ui->pr.text.s, ui->b.pat.s) != 0 || ui->b.narrow != (ui->ask_from == PANE_LIST))
		    && search_set_pattern(ui, ui->pr.text.s, ui->ask_from == PANE_LIST) != 0)
			return;		/* the message stays at the prompt */
		prompt_remember(&ui->shist, ui->pr.text.s);
		ui->ask = ASK_NONE;
		browse_matches(&ui->b, &here);
		if (ui->b.re != NULL && ui->ask_from != PANE_LIST && here == 0)
			search_step(ui, ui->b.back ? -1 : 1);
		return;
	}
	case ASK_FILTER:
		if (search_set_filter(ui, ui->pr.text.s) != 0)
			return;
		prompt_remember(&ui->fhist, ui->pr.text.s);
		ui->ask = ASK_NONE;
		return;
	default:
		act_answer(ui, ui->pr.text.s);
		return;
	}
}

void
ui_input(struct ui *ui, wint_t ch, int fkey)
{
	if (ui->ask != ASK_NONE && !(fkey && (ch == KEY_RESIZE || ch == KEY_MOUSE))) {
		ui->status[0] = '\0';
		prompt_key(ui, ch, fkey);
		return;
	}
	if (fkey || ch < 0x80)
		ui_key(ui, (int)ch);
	else
		snprintf(ui->status, sizeof(ui->status), "that key does nothing here");
}

void
ui_key(struct ui *ui, int key)
{
	if (key == ERR || key == KEY_RESIZE)
		return;		/* the next draw uses the new size */
	if (key == KEY_MOUSE)
		handle_mouse(ui);
	else
		handle(ui, key);
}

/* The loading screen: how many files of how many, as a bar. */
static void
draw_loading(const struct ui_load *ld)
{
	size_t done = __atomic_load_n(&ld->done, __ATOMIC_RELAXED);
	size_t total = __atomic_load_n(&ld->total, __ATOMIC_RELAXED);
	int rows, cols, bw, fill, y;
	char line[128];
	struct buf bar = BUF_INIT;

	getmaxyx(stdscr, rows, cols);
	erase();
	y = rows / 2 - 1;
	if (total > 0)
		snprintf(line, sizeof(line), "gisa: loading %zu of %zu pages", done, total);
	else
		snprintf(line, sizeof(line), "gisa: looking for pages");
	ui_put(y, 2, cols - 4, line, strlen(line), A_BOLD);
	bw = cols - 4 > 60 ? 60 : cols - 4;
	fill = total > 0 ? (int)((double)bw * (double)done / (double)total) : 0;
	for (int i = 0; i < bw; i++)
		buf_addc(&bar, i < fill ? '#' : '.');
	if (bw > 0 && y + 1 < rows)
		ui_put(y + 1, 2, bw, bar.s, bar.len, A_NORMAL);
	if (y + 3 < rows)
		ui_put(y + 3, 2, cols - 4, "q quits", 7, A_DIM);
	buf_free(&bar);
	refresh();
}

/* Show the progress until the loader finishes; 0 when the user quit. */
static int
wait_for_load(struct ui_load *ld)
{
	timeout(100);
	while (!__atomic_load_n(&ld->finished, __ATOMIC_ACQUIRE) && !got_signal) {
		enum request req;

		draw_loading(ld);
		req = keys_request(getch());
		if (req == REQ_BACK || req == REQ_QUIT) {
			__atomic_store_n(&ld->cancel, 1, __ATOMIC_RELAXED);
			timeout(-1);
			return 0;
		}
	}
	timeout(-1);
	return !got_signal;
}

int
ui_run(struct model *m, struct ui_load *ld, const struct ui_opts *o)
{
	struct ui ui;
	struct sigaction sa;
	int fallback = 0, color;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs("gisa: the browser needs a terminal (use --export for a pipe)\n", stderr);
		return 1;
	}
	if (!locale_is_utf8()) {
		if (setlocale(LC_CTYPE, "C.UTF-8") == NULL || !locale_is_utf8()) {
			fputs("gisa: the locale is not UTF-8 and C.UTF-8 is missing; Hangul cannot be shown\n", stderr);
			return 1;
		}
		fallback = 1;
	}
	memset(&ui, 0, sizeof(ui));
	if (initscr() == NULL)
		return 1;
	curses_on = 1;
	util_set_fatal_hook(restore_terminal);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;	/* no SA_RESTART: getch returns */
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	ui_setup_screen(&ui);
	if (ld != NULL && !wait_for_load(ld)) {
		restore_terminal();
		util_set_fatal_hook(NULL);
		goto out;
	}
	if (m->n == 0) {
		restore_terminal();
		util_set_fatal_hook(NULL);
		fputs("gisa: no articles to show\n", stderr);
		return 1;
	}
	color = ui.color;
	ui_init(&ui, m, o != NULL ? o->st : NULL);
	ui.color = color;
	if (o != NULL && o->notice != NULL) {
		struct buf b = BUF_INIT;

		ui_tilde(o->notice, &b);
		ui_say(&ui, "%s", b.s);
		buf_free(&b);
	}
	else if (fallback)
		snprintf(ui.status, sizeof(ui.status), "locale is not UTF-8: using C.UTF-8");
	else if (ld != NULL && ld->problems > 0)
		snprintf(ui.status, sizeof(ui.status), "%zu problem%s with the input: listed when gisa ends",
		    ld->problems, ld->problems == 1 ? "" : "s");

	if (o != NULL && o->filter != NULL && search_set_filter(&ui, o->filter) != 0)
		ui_say(&ui, "--filter: %s", ui.pr.msg);
	if (o != NULL && o->search != NULL && search_set_pattern(&ui, o->search, 1) != 0)
		ui_say(&ui, "--search: %s", ui.pr.msg);
	while (!ui.quit && !got_signal) {
		wint_t ch;
		int r;

		ui_draw(&ui);
		/* read marks are saved in a batch, when the keys pause */
		timeout(browse_busy(&ui.b) ? 20 : ui.b.unsaved ? SAVE_AFTER_MS : -1);
		r = get_wch(&ch);
		if (browse_poll(&ui.b))	/* a selection that ended meanwhile goes in first */
			search_note_error(&ui);
		if (r != ERR)
			ui_input(&ui, ch, r == KEY_CODE_YES);
		else if (ui.b.unsaved && !browse_busy(&ui.b))
			act_save(&ui);
	}
	browse_cancel(&ui.b);
	if (ui.b.unsaved)
		act_save(&ui);	/* at the end too, a signal's end included */
	restore_terminal();
	util_set_fatal_hook(NULL);
	ui_free(&ui);
out:
	if (got_signal) {
		/* die of the signal, now that the terminal is back, so the
		 * parent sees what happened */
		signal(got_signal, SIG_DFL);
		raise(got_signal);
	}
	return 0;
}
