/*
 * act.c — what the reader selects and keeps: tags, read marks, marked
 * people and figures, and the export of them.
 *
 * Tags and read marks live in the state (core/state.c), keyed by article
 * id and saved atomically each time they change.  `e` asks three things on
 * the status line — what, the format, the path (a default name from the
 * date and the filter) — and asks again before it replaces a file.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../core/export.h"
#include "uipriv.h"

void
act_save(struct ui *ui)
{
	char *err = NULL;

	if (browse_flush(&ui->b, &err) == 0)
		return;
	ui_say(ui, "%s", err);
	free(err);
}

void
act_opened(struct ui *ui)
{
	/* saved later, in a batch (ui.c flushes when idle and at the end) */
	browse_opened(&ui->b);
}

/* What ex_what names: the articles, in list order where there is one. */
static size_t
chosen(struct ui *ui, size_t *out)
{
	size_t n = 0;

	switch (ui->ex_what) {
	case 't':
		return browse_tagged_articles(&ui->b, out);
	case 's':
		memcpy(out, ui->b.order, ui->b.n * sizeof(*out));
		return ui->b.n;
	case 'm':
		return browse_marked_articles(&ui->b, out);
	default:
		if (ui->b.n > 0)
			out[n++] = ui_art(ui);
		return n;
	}
}

/* The format answer: md json jsonl txt, or csv with the table
 * (csv = people, csv-figures) and +bom; 0, or -1 when it is none. */
static int
parse_format(const char *text, struct export_opts *o)
{
	char name[32];
	const char *plus = strstr(text, "+bom");
	size_t n = plus != NULL ? (size_t)(plus - text) : strlen(text);

	if (n >= sizeof(name) || (plus != NULL && plus[4] != '\0'))
		return -1;
	memcpy(name, text, n);
	name[n] = '\0';
	o->bom = plus != NULL;
	o->table = CSV_PEOPLE;
	if (strcmp(name, "csv-figures") == 0) {
		o->table = CSV_FIGURES;
		snprintf(name, sizeof(name), "csv");
	} else if (strcmp(name, "csv-people") == 0) {
		snprintf(name, sizeof(name), "csv");
	}
	o->fmt = export_parse_format(name);
	if (o->fmt == EXPORT_NONE || (o->bom && o->fmt != EXPORT_CSV))
		return -1;
	return 0;
}

/* gisa-2026-11-23-person-배경훈.md: the date, then the filter with
 * everything but letters and digits made '-'. */
static void
default_name(struct ui *ui, const char *ext, char *out, size_t size)
{
	char day[16], slug[80];
	time_t now = time(NULL);
	struct tm tm;
	const char *f = ui->b.filter.s;
	size_t n = 0, i;

	localtime_r(&now, &tm);
	strftime(day, sizeof(day), "%Y-%m-%d", &tm);
	for (i = 0; f[i] != '\0';) {
		unsigned char c = (unsigned char)f[i];
		size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;

		if (n + len + 8 > sizeof(slug))
			break;
		if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
			/* a whole character (the text is valid UTF-8) */
			for (size_t k = 0; k < len && f[i] != '\0'; k++)
				slug[n++] = f[i++];
			continue;
		}
		if (n > 0 && slug[n - 1] != '-')
			slug[n++] = '-';
		i++;
	}
	while (n > 0 && slug[n - 1] == '-')
		n--;
	slug[n] = '\0';
	if (ui->ex_what == 'm')
		snprintf(slug + n, sizeof(slug) - n, "%smarked", n ? "-" : "");
	snprintf(out, size, "gisa-%s%s%s.%s", day, slug[0] ? "-" : "", slug, ext);
}

static void
write_export(struct ui *ui, int force)
{
	struct export_opts o;
	const struct model *m = ui->b.m;
	size_t *sel = xmalloc((m->n ? m->n : 1) * sizeof(*sel));
	size_t n = chosen(ui, sel);
	char *err = NULL;
	struct buf where = BUF_INIT;
	int rc;

	memset(&o, 0, sizeof(o));
	parse_format(ui->ex_fmt, &o);	/* checked when it was typed */
	if (ui->ex_what == 'm') {
		o.mark_people = ui->b.pmark;
		o.mark_figures = ui->b.fmark;
		if (strncmp(ui->ex_fmt, "csv-", 4) != 0)
			o.table = ui->b.npmark > 0 ? CSV_PEOPLE : CSV_FIGURES;
	}
	rc = export_save(ui->ex_path, force, m, sel, n, &o, &err);
	if (rc == EXPORT_OK) {
		ui_tilde(ui->ex_path, &where);
		ui_say(ui, "wrote %zu article%s to %s", n, n == 1 ? "" : "s", where.s);
	} else {
		ui_tilde(err != NULL ? err : "standard output is closed", &where);
		ui_say(ui, "not written: %s", where.s);
	}
	buf_free(&where);
	free(err);
	free(sel);
}

static void
ask_what(struct ui *ui)
{
	char label[200];
	size_t nt = ui->b.ntag;

	snprintf(label, sizeof(label),
	    "export: t tagged (%zu)  c current  s shown (%zu)  m marked (%zu people, %zu figures)  [%c] ",
	    nt, ui->b.n, ui->b.npmark, ui->b.nfmark, nt > 0 ? 't' : 'c');
	ui_ask(ui, ASK_EXPORT_WHAT, label, NULL, NULL);
}

void
act_answer(struct ui *ui, const char *text)
{
	enum ask ask = ui->ask;
	struct stat st;
	char name[512];

	while (*text == ' ')
		text++;
	switch (ask) {
	case ASK_EXPORT_WHAT:
		if (*text == '\0')
			text = ui->b.ntag > 0 ? "t" : "c";
		if (strchr("tcsm", *text) == NULL || text[1] != '\0') {
			snprintf(ui->pr.msg, sizeof(ui->pr.msg), "t, c, s or m");
			return;
		}
		if (*text == 't' && ui->b.ntag == 0) {
			snprintf(ui->pr.msg, sizeof(ui->pr.msg), "nothing is tagged (t tags)");
			return;
		}
		if (*text == 'm' && ui->b.npmark + ui->b.nfmark == 0) {
			snprintf(ui->pr.msg, sizeof(ui->pr.msg), "nothing is marked (t in the panel marks)");
			return;
		}
		ui->ex_what = *text;
		ui_ask(ui, ASK_EXPORT_FORMAT,
		    "format (md json jsonl txt csv csv-figures; csv+bom): ",
		    *text == 'm' ? "csv" : "md", NULL);
		return;
	case ASK_EXPORT_FORMAT: {
		struct export_opts o;

		if (parse_format(text, &o) != 0) {
			snprintf(ui->pr.msg, sizeof(ui->pr.msg),
			    "md, json, jsonl, txt, csv, csv-figures (csv may end in +bom)");
			return;
		}
		snprintf(ui->ex_fmt, sizeof(ui->ex_fmt), "%s", text);
		default_name(ui, o.fmt == EXPORT_CSV ? "csv" : text, name, sizeof(name));
		ui_ask(ui, ASK_EXPORT_PATH, "save to: ", name, &ui->phist);
		return;
	}
	case ASK_EXPORT_PATH:
		if (*text == '\0') {
			snprintf(ui->pr.msg, sizeof(ui->pr.msg), "a file name, please");
			return;
		}
		prompt_remember(&ui->phist, text);
		snprintf(ui->ex_path, sizeof(ui->ex_path), "%s", text);
		if (stat(ui->ex_path, &st) == 0 && !S_ISDIR(st.st_mode)) {
			struct buf label = BUF_INIT;

			ui_tilde(ui->ex_path, &label);
			buf_adds(&label, " exists: replace it? (y/n) ");
			ui_ask(ui, ASK_OVERWRITE, label.s, NULL, NULL);
			buf_free(&label);
			return;
		}
		ui->ask = ASK_NONE;
		write_export(ui, 0);
		return;
	case ASK_OVERWRITE:
		ui->ask = ASK_NONE;
		if (*text == 'y' || *text == 'Y')
			write_export(ui, 1);
		else {
			struct buf where = BUF_INIT;

			ui_tilde(ui->ex_path, &where);
			ui_say(ui, "not written: %s is kept", where.s);
			buf_free(&where);
		}
		return;
	case ASK_UNTAG_ALL:
		ui->ask = ASK_NONE;
		if (*text == 'y' || *text == 'Y') {
			/* this corpus's tags only: those of other corpora in
			 * the same state file are not the reader's to lose here */
			size_t n = ui->b.ntag;

			browse_untag_all(&ui->b);
			act_save(ui);
			if (ui->status[0] == '\0')
				ui_say(ui, "untagged %zu", n);
		}
		return;
	default:
		ui->ask = ASK_NONE;
		return;
	}
}

void
act_key(struct ui *ui, enum request req)
{
	struct browse *b = &ui->b;
	size_t n;

	if (b->n == 0 && req != REQ_EXPORT && req != REQ_UNTAG_ALL)
		return;
	switch (req) {
	case REQ_TAG:
		if (ui->focus == PANE_PANEL) {
			if (!panel_mark(ui))
				ui_say(ui, "choose a person or figure to mark");
			return;
		}
		if (b->st == NULL)
			return;
		browse_tag(b, ui_art(ui), !browse_is_tagged(b, ui_art(ui)));
		act_save(ui);
		if (ui->focus == PANE_LIST)
			list_select(ui, b->cur + 1);
		return;
	case REQ_TAG_ALL:
		if (b->st == NULL)
			return;
		n = browse_tag_shown(b);
		act_save(ui);
		if (ui->status[0] == '\0')
			ui_say(ui, "tagged %zu more", n);
		return;
	case REQ_UNTAG_ALL: {
		char label[120];

		snprintf(label, sizeof(label), "untag %zu article%s and unmark %zu? (y/n) ",
		    b->ntag, b->ntag == 1 ? "" : "s", b->npmark + b->nfmark);
		ui_ask(ui, ASK_UNTAG_ALL, label, NULL, NULL);
		return;
	}
	case REQ_READ:
		browse_toggle_read(b);
		act_save(ui);
		return;
	case REQ_EXPORT:
		ask_what(ui);
		return;
	default:
		return;
	}
}
