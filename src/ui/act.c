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

#include "../core/conf.h"
#include "../core/export.h"
#include "../core/path.h"
#include "act.h"
#include "../core/msglog.h"
#include "ask.h"
#include "messages.h"
#include "prompt.h"

/* The export being asked for. */
static struct {
	int what;		/* 't' tagged, 'c' current, 's' shown, 'm' marked */
	char fmt[24];
	struct buf path;
} ex = { 0, "", BUF_INIT };

void
act_save(struct ui *ui)
{
	char *err = NULL;

	if (browse_flush(ui->b, &err) == 0)
		return;
	ui_say(ui, "%s", err);
	free(err);
}

void
act_opened(struct ui *ui)
{
	/* saved later, in a batch (ui.c flushes when idle and at the end) */
	browse_opened(ui->b);
}

/* What ex_what names: the articles, in list order where there is one. */
static size_t
chosen(struct ui *ui, size_t *out)
{
	size_t n = 0;

	switch (ex.what) {
	case 't':
		return browse_tagged_articles(ui->b, out);
	case 's':
		memcpy(out, ui->b->order, ui->b->n * sizeof(*out));
		return ui->b->n;
	case 'm':
		return browse_marked_articles(ui->b, out);
	default:
		if (ui->b->n > 0)
			out[n++] = ui_art(ui);
		return n;
	}
}

/* gisa-2026-11-23-person-배경훈.md: the date, then the filter with
 * everything but letters and digits made '-'. */
static void
default_name(struct ui *ui, const char *ext, char *out, size_t size)
{
	char day[16], slug[80];
	time_t now = time(NULL);
	struct tm tm;
	const char *f = ui->b->filter.s;
	const char *folder = ui->conf != NULL ? ui->conf->export_folder : NULL;
	size_t n = 0, i, fn = strlen(f);

	localtime_r(&now, &tm);
	strftime(day, sizeof(day), "%Y-%m-%d", &tm);
	for (i = 0; f[i] != '\0';) {
		unsigned char c = (unsigned char)f[i];
		size_t len = utf8_next(f, fn, i) - i;

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
	if (ex.what == 'm')
		snprintf(slug + n, sizeof(slug) - n, "%smarked", n ? "-" : "");
	snprintf(out, size, "%s%sgisa-%s%s%s.%s", folder != NULL ? folder : "",
	    folder == NULL || folder[strlen(folder) - 1] == '/' ? "" : "/",
	    day, slug[0] ? "-" : "", slug, ext);
}

static void
write_export(struct ui *ui, int force)
{
	struct export_opts o;
	const struct model *m = ui->b->m;
	size_t *sel = xmalloc((m->n ? m->n : 1) * sizeof(*sel));
	size_t n = chosen(ui, sel);
	char *err = NULL;
	struct buf where = BUF_INIT;
	int rc;

	memset(&o, 0, sizeof(o));
	export_parse_answer(ex.fmt, &o);	/* checked when it was typed */
	if (ex.what == 'm') {
		o.mark_people = ui->b->pmark;
		o.mark_figures = ui->b->fmark;
		if (strncmp(ex.fmt, "csv-", 4) != 0)
			o.table = ui->b->npmark > 0 ? CSV_PEOPLE : CSV_FIGURES;
	}
	rc = export_save(ex.path.s, force, m, sel, n, &o, &err);
	if (rc == EXPORT_OK) {
		ui_tilde(ex.path.s, &where);
		messages_say(ui, MSG_EXPORT, "wrote %zu article%s to %s", n, n == 1 ? "" : "s", where.s);
	} else {
		ui_tilde(err != NULL ? err : "standard output is closed", &where);
		messages_say(ui, MSG_EXPORT, "not written: %s", where.s);
	}
	buf_free(&where);
	free(err);
	free(sel);
}

static const struct ask_spec what_ask, format_ask, path_ask, overwrite_ask, untag_ask;

/* The format offered: the config file's export-format (md without one);
 * for marked entries, which are rows of a table, csv unless it is one. */
static const char *
default_format(const struct ui *ui, char what)
{
	const char *f = ui->conf != NULL ? ui->conf->export_format : "md";

	return what == 'm' && strncmp(f, "csv", 3) != 0 ? "csv" : f;
}

static void
ask_what(struct ui *ui)
{
	char label[200];
	size_t nt = ui->b->ntag;

	snprintf(label, sizeof(label),
	    "export: t tagged (%zu)  c current  s shown (%zu)  m marked (%zu people, %zu figures)  [%c] ",
	    nt, ui->b->n, ui->b->npmark, ui->b->nfmark, nt > 0 ? 't' : 'c');
	ask_open(ui, &what_ask, label, NULL, NULL);
}

static int
what_done(struct ui *ui, const char *text)
{
	if (*text == '\0')
		text = ui->b->ntag > 0 ? "t" : "c";
	if (strchr("tcsm", *text) == NULL || text[1] != '\0') {
		ask_error(ui, "t, c, s or m", -1);
		return -1;
	}
	if (*text == 't' && ui->b->ntag == 0) {
		ask_error(ui, "nothing is tagged (t tags)", -1);
		return -1;
	}
	if (*text == 'm' && ui->b->npmark + ui->b->nfmark == 0) {
		ask_error(ui, "nothing is marked (t in the panel marks)", -1);
		return -1;
	}
	ex.what = *text;
	ask_open(ui, &format_ask, "format (md json jsonl txt csv csv-figures; csv+bom): ",
	    default_format(ui, *text), NULL);
	return 0;
}

static int
format_done(struct ui *ui, const char *text)
{
	struct export_opts o;
	char name[512];

	while (*text == ' ')
		text++;
	if (export_parse_answer(text, &o) != 0) {
		ask_error(ui, "md, json, jsonl, txt, csv, csv-figures (csv may end in +bom)", -1);
		return -1;
	}
	snprintf(ex.fmt, sizeof(ex.fmt), "%s", text);
	default_name(ui, o.fmt == EXPORT_CSV ? "csv" : text, name, sizeof(name));
	ask_open(ui, &path_ask, "save to: ", name, &ui->hist->v[HIST_PATH]);
	return 0;
}

static int
path_done(struct ui *ui, const char *text)
{
	struct stat st;

	while (*text == ' ')
		text++;
	if (*text == '\0') {
		ask_error(ui, "a file name, please", -1);
		return -1;
	}
	if (path_expand(text, getenv("HOME"), &ex.path) != 0) {
		size_t n = strcspn(text, "/");

		ask_error(ui, text[0] == '~' && n == 1 ? "no home folder to put for ~ ($HOME is not set)"
		    : text[0] == '~' && strchr(text, '$') == NULL
		    ? "no user of that name: ~USER is the home folder of USER"
		    : "a ~USER or $VARIABLE there is not known (unset variables are not taken as empty)", -1);
		return -1;
	}
	history_add(ui->hist, HIST_PATH, text);
	if (stat(ex.path.s, &st) == 0 && !S_ISDIR(st.st_mode)) {
		struct buf label = BUF_INIT;

		ui_tilde(ex.path.s, &label);
		buf_adds(&label, " exists: replace it? (y/n) ");
		ask_open(ui, &overwrite_ask, label.s, NULL, NULL);
		buf_free(&label);
		return 0;
	}
	ask_close(ui);
	write_export(ui, 0);
	return 0;
}

static int
overwrite_done(struct ui *ui, const char *text)
{
	struct buf where = BUF_INIT;

	ask_close(ui);
	if (*text == 'y' || *text == 'Y') {
		write_export(ui, 1);
		return 0;
	}
	ui_tilde(ex.path.s, &where);
	ui_say(ui, "not written: %s is kept", where.s);
	buf_free(&where);
	return 0;
}

static int
untag_done(struct ui *ui, const char *text)
{
	size_t n = ui->b->ntag;

	ask_close(ui);
	if (*text != 'y' && *text != 'Y')
		return 0;
	/* this corpus's tags only: those of other corpora in the same
	 * state file are not the reader's to lose here */
	browse_untag_all(ui->b);
	act_save(ui);
	if (ui->status[0] == '\0')
		ui_say(ui, "untagged %zu", n);
	return 0;
}

static const struct ask_spec what_ask = { NULL, what_done, NULL, 1, NULL, 0 };
static const struct ask_spec format_ask = { NULL, format_done, NULL, 0, NULL, 1 };
/* Tab in the file name: complete it among the files there. */
static void
path_tab(struct ui *ui, const char *text)
{
	struct buf out = BUF_INIT, names = BUF_INIT;
	size_t n = path_complete(text, getenv("HOME"), &out, &names, 20);

	ask_set_text(ui, out.s);
	if (n > 1)
		ask_error(ui, names.s, -1);
	else if (n == 0)
		ask_error(ui, "no file begins so", -1);
	else
		ask_error(ui, "", -1);
	buf_free(&out);
	buf_free(&names);
}

static const struct ask_spec path_ask = { NULL, path_done, NULL, 0, path_tab, 0 };
static const struct ask_spec overwrite_ask = { NULL, overwrite_done, NULL, 1, NULL, 0 };
static const struct ask_spec untag_ask = { NULL, untag_done, NULL, 1, NULL, 0 };

int
act_tag(struct ui *ui)
{
	struct browse *b = ui->b;

	if (b->n == 0 || b->st == NULL)
		return 0;
	browse_tag(b, ui_art(ui), !browse_is_tagged(b, ui_art(ui)));
	act_save(ui);
	return 1;
}

void
act_key(struct ui *ui, enum request req)
{
	struct browse *b = ui->b;
	char label[120];
	size_t n;

	if (b->n == 0 && req != REQ_EXPORT && req != REQ_UNTAG_ALL)
		return;
	switch (req) {
	case REQ_TAG:
		act_tag(ui);
		return;
	case REQ_TAG_ALL:
		if (b->st == NULL)
			return;
		n = browse_tag_shown(b);
		act_save(ui);
		if (ui->status[0] == '\0')
			ui_say(ui, "tagged %zu more", n);
		return;
	case REQ_UNTAG_ALL:
		snprintf(label, sizeof(label), "untag %zu article%s and unmark %zu? (y/n) ",
		    b->ntag, b->ntag == 1 ? "" : "s", b->npmark + b->nfmark);
		ask_open(ui, &untag_ask, label, NULL, NULL);
		return;
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

void
act_free(void)
{
	buf_free(&ex.path);
}
