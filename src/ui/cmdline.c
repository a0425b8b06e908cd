/*
 * cmdline.c — the `:` command line (cmdline.h).
 */
#include <stdlib.h>

#include "../core/command.h"
#include "../core/text.h"
#include "act.h"
#include "ask.h"
#include "cmdline.h"
#include "help.h"
#include "messages.h"
#include "over.h"
#include "prompt.h"

static void
run(struct ui *ui, const struct command *c)
{
	switch (c->kind) {
	case CMD_SORT:
		browse_sort(ui->b, c->sort);
		ui_say(ui, "sorted by %s", browse_sort_name(c->sort));
		return;
	case CMD_PERSON:
		person_open_name(ui, c->name);
		return;
	case CMD_TRAILS:
		trails_open(ui, ui->b->n > 0 ? ui_art(ui) : 0, -1);
		return;
	case CMD_EXPORT:
		act_key(ui, REQ_EXPORT);
		return;
	case CMD_MESSAGES:
		messages_open(ui);
		return;
	case CMD_SET:
		text_set_ambiguous_wide(c->option == OPT_AMBIGUOUS_WIDE);
		clearok(curscr, TRUE);	/* every width changes */
		ui_say(ui, "ambiguous characters are %s wide",
		    c->option == OPT_AMBIGUOUS_WIDE ? "two columns" : "one column");
		return;
	case CMD_HELP:
		ui->cover = PANE_HELP;
		help_open(ui);
		return;
	case CMD_QUIT:
		ui->quit = 1;
		return;
	}
}

static int
cmd_done(struct ui *ui, const char *text)
{
	struct command c;
	char err[160];

	if (command_parse(text, &c, err, sizeof(err)) != 0) {
		ask_error(ui, err, -1);
		return -1;
	}
	history_add(ui->hist, HIST_COMMAND, text);
	ask_close(ui);
	run(ui, &c);
	return 0;
}

static void
cmd_tab(struct ui *ui, const char *text)
{
	struct buf out = BUF_INIT, names = BUF_INIT;
	size_t n = command_complete(text, ui->b->m, &out, &names);

	ask_set_text(ui, out.s);
	if (n > 1)
		ask_error(ui, names.s, -1);
	else if (n == 0)
		ask_error(ui, "nothing to complete", -1);
	buf_free(&out);
	buf_free(&names);
}

static const struct ask_spec cmd_ask = { NULL, cmd_done, NULL, 0, cmd_tab, 0 };

void
cmdline_open(struct ui *ui)
{
	ask_open(ui, &cmd_ask, ":", NULL, &ui->hist->v[HIST_COMMAND]);
}
