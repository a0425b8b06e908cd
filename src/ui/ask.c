/*
 * ask.c — the status-line question (ask.h): one open at a time, its
 * callbacks in spec.  gen tells ask_key whether a callback opened the
 * next question, which must then stay open.
 */
#include <stdlib.h>
#include <string.h>

#include "ask.h"
#include "prompt.h"

struct ask {
	const struct ask_spec *spec;	/* NULL: none open */
	struct prompt pr;
	struct buf label;
	unsigned long gen;
};

struct ask *
ask_new(void)
{
	return xcalloc(1, sizeof(struct ask));
}

void
ask_free(struct ask *a)
{
	if (a == NULL)
		return;
	prompt_close(&a->pr);
	buf_free(&a->label);
	free(a);
}

void
ask_open(struct ui *ui, const struct ask_spec *spec, const char *label, const char *text,
	 struct strv *history)
{
	struct ask *a = ui->ask;

	buf_reset(&a->label);
	buf_adds(&a->label, label);
	prompt_close(&a->pr);
	prompt_open(&a->pr, a->label.s, text, history);
	a->pr.selected = spec->select && text != NULL && *text != '\0';
	a->spec = spec;
	a->gen++;
}

void
ask_set_text(struct ui *ui, const char *text)
{
	prompt_set_text(&ui->ask->pr, text);
}

void
ask_close(struct ui *ui)
{
	ui->ask->spec = NULL;
}

int
ask_is_open(const struct ui *ui, const struct ask_spec *spec)
{
	return ui->ask->spec != NULL && (spec == NULL || ui->ask->spec == spec);
}

void
ask_error(struct ui *ui, const char *msg, long col)
{
	snprintf(ui->ask->pr.msg, sizeof(ui->ask->pr.msg), "%s", msg);
	ui->ask->pr.err_col = col;
}

/* Enter: the callback decides; the question ends unless it said to stay
 * or opened another. */
static void
done(struct ui *ui, const char *text)
{
	struct ask *a = ui->ask;
	const struct ask_spec *spec = a->spec;
	unsigned long gen = a->gen;
	char *copy = xstrdup(text);

	if (spec->on_done(ui, copy) == 0 && a->gen == gen)
		a->spec = NULL;
	free(copy);
}

static void
cancel(struct ui *ui)
{
	const struct ask_spec *spec = ui->ask->spec;

	ui->ask->spec = NULL;
	if (spec->on_cancel != NULL)
		spec->on_cancel(ui);
	else
		ui_say(ui, "cancelled");
}

static void
one_key(struct ui *ui, wint_t ch, int fkey)
{
	char ans[2] = { 0, 0 };

	if (fkey && ch != KEY_ENTER)
		return;
	if (!fkey && (ch == 27 || ch == 3 || ch == 7)) {
		cancel(ui);
		return;
	}
	if (!fkey && ch != '\r' && ch != '\n')
		ans[0] = ch < 0x80 ? (char)ch : '?';
	ui->ask->pr.msg[0] = '\0';
	done(ui, ans);
}

void
ask_key(struct ui *ui, wint_t ch, int fkey)
{
	struct ask *a = ui->ask;

	if (a->spec == NULL)
		return;
	if (a->spec->one_key) {
		one_key(ui, ch, fkey);
		return;
	}
	switch (prompt_input(&a->pr, ch, fkey)) {
	case PROMPT_EDITING:
		return;
	case PROMPT_CHANGED:
		ask_error(ui, "", -1);
		if (a->spec->on_change != NULL)
			a->spec->on_change(ui, a->pr.text.s);
		return;
	case PROMPT_CANCEL:
		a->pr.msg[0] = '\0';
		cancel(ui);
		return;
	case PROMPT_DONE:
		done(ui, a->pr.text.s);
		return;
	case PROMPT_TAB:
		if (a->spec->on_tab != NULL) {
			char *copy = xstrdup(a->pr.text.s);

			ask_error(ui, "", -1);
			a->spec->on_tab(ui, copy);
			free(copy);
		}
		return;
	}
}

void
ask_draw(const struct ui *ui, int y, int w)
{
	prompt_draw(&ui->ask->pr, y, w);
}
