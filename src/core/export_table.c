/*
 * export_table.c — the human-facing exports: a Markdown digest (article
 * text, then pipe tables of its people and figures) and CSV tables of
 * people or figures, one row per (article, person) or (article, figure),
 * RFC 4180 (CRLF, quoted when needed, quotes doubled).
 */
#include "export.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figure.h"

void
export_plain_number(struct buf *b, double v)
{
	char tmp[400];
	size_t n;

	if (!isfinite(v))
		return;
	if (v == floor(v)) {
		buf_printf(b, "%.0f", v);
		return;
	}
	{
		/* 15 significant digits, as the JSON export prints them */
		int digits = 15 - ((int)floor(log10(fabs(v))) + 1);

		if (digits < 0)
			digits = 0;
		if (digits > 20)
			digits = 20;
		snprintf(tmp, sizeof(tmp), "%.*f", digits, v);
	}
	n = strlen(tmp);
	while (n > 0 && tmp[n - 1] == '0')
		n--;
	if (n > 0 && tmp[n - 1] == '.')
		n--;
	buf_add(b, tmp, n);
}

static int
person_shown(const struct art_person *p, const struct export_opts *o)
{
	return o->mark_people == NULL || o->mark_people[p->person];
}

static int
figure_shown(const struct art_figure *f, const struct export_opts *o)
{
	return o->mark_figures == NULL || o->mark_figures[f->figure];
}

/* ---- Markdown ---- */

/* Append s with Markdown's inline markup characters escaped, newlines as
 * spaces; in a table cell (cell != 0) | is escaped as well.  At the start
 * of a line, characters that would make a heading, quote, list or rule
 * are escaped too. */
static void
md_text(struct buf *b, const char *s, int cell)
{
	const char *p;

	if (s == NULL)
		return;
	if (*s == '#' || *s == '-' || *s == '+' || *s == '=')
		buf_addc(b, '\\');
	else if (*s >= '0' && *s <= '9') {
		for (p = s; *p >= '0' && *p <= '9'; p++)
			;
		if (*p == '.' || *p == ')') {
			/* "1. " would start a numbered list */
			buf_add(b, s, (size_t)(p - s));
			buf_addc(b, '\\');
			s = p;
		}
	}
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '\\': case '`': case '*': case '_': case '[': case ']':
		case '<': case '>':
			buf_addc(b, '\\');
			buf_addc(b, *s);
			break;
		case '|':
			buf_adds(b, cell ? "\\|" : "|");
			break;
		case '\n': case '\r':
			buf_addc(b, ' ');
			break;
		default:
			buf_addc(b, *s);
		}
	}
}

static void
md_people(struct buf *b, const struct article *a, const struct export_opts *o)
{
	size_t k, t, shown = 0;

	for (k = 0; k < a->npeople; k++) {
		const struct art_person *p = &a->people[k];

		if (!person_shown(p, o))
			continue;
		if (shown++ == 0)
			buf_adds(b, "| name | titles | organisation | mentions |\n"
			    "|---|---|---|---:|\n");
		buf_adds(b, "| ");
		md_text(b, p->name, 1);
		buf_adds(b, " | ");
		for (t = 0; t < p->ntitles; t++) {
			if (t > 0)
				buf_adds(b, " · ");
			md_text(b, p->titles[t], 1);
		}
		buf_adds(b, " | ");
		md_text(b, p->org, 1);
		buf_printf(b, " | %zu |\n", p->mentions);
	}
	if (shown > 0)
		buf_addc(b, '\n');
}

static void
md_figures(struct buf *b, const struct article *a, const struct export_opts *o)
{
	size_t k, shown = 0;

	for (k = 0; k < a->nfig; k++) {
		const struct art_figure *f = &a->fig[k];

		if (!figure_shown(f, o))
			continue;
		if (shown++ == 0)
			buf_adds(b, "| text | value | unit | kind | subject |\n"
			    "|---|---:|---|---|---|\n");
		buf_adds(b, "| ");
		md_text(b, f->text, 1);
		buf_adds(b, " | ");
		export_plain_number(b, f->value);
		buf_adds(b, " | ");
		md_text(b, f->unit, 1);
		buf_printf(b, " | %s | ", figure_kind_name(f->kind));
		md_text(b, f->subject, 1);
		buf_adds(b, " |\n");
	}
	if (shown > 0)
		buf_addc(b, '\n');
}

/* The quotations, a table: speaker, the words, the paragraph (from 0). */
static void
md_quotes(struct buf *b, const struct article *a)
{
	char *tmp = NULL;
	size_t k, cap = 0;

	for (k = 0; k < a->nquote; k++) {
		const struct art_quote *q = &a->quote[k];

		if (k == 0)
			buf_adds(b, "| speaker | quote | paragraph |\n|---|---|---:|\n");
		buf_adds(b, "| ");
		md_text(b, a->people[q->speaker].name, 1);
		buf_adds(b, " | ");
		md_text(b, export_quote_text(a, q, &tmp, &cap), 1);
		buf_printf(b, " | %u |\n", (unsigned)q->at.para);
	}
	if (a->nquote > 0)
		buf_addc(b, '\n');
	free(tmp);
}

void
export_md_article(struct buf *b, const struct model *m, size_t i,
		  const struct export_opts *o)
{
	const struct article *a = &m->a[i];
	const char *meta[2] = { a->outlet, a->date };
	size_t k, parts = 0;

	buf_adds(b, "# ");
	if (a->title != NULL)
		md_text(b, a->title, 0);
	else
		buf_adds(b, "(no title)");
	buf_adds(b, "\n\n");
	for (k = 0; k < 2; k++) {
		if (meta[k] == NULL)
			continue;
		if (parts++ > 0)
			buf_adds(b, " · ");
		md_text(b, meta[k], 0);
	}
	for (k = 0; k < a->nrep; k++) {
		buf_adds(b, k > 0 ? ", " : parts > 0 ? " · " : "");
		md_text(b, a->rep[k].name, 0);
		parts++;
	}
	if (parts > 0)
		buf_adds(b, "\n\n");
	for (k = 0; k < a->npara; k++) {
		md_text(b, a->para[k], 0);
		buf_adds(b, "\n\n");
	}
	for (k = 0; k < a->ncap; k++) {
		buf_addc(b, '*');
		md_text(b, a->cap[k], 0);
		buf_adds(b, "*\n\n");
	}
	md_people(b, a, o);
	md_figures(b, a, o);
	md_quotes(b, a);
}

/* ---- CSV ---- */

/* One cell, quoted when needed.  A text cell a spreadsheet would read as
 * a formula (OWASP CSV injection: = + - @ tab CR first) gets a leading '
 * that makes it text; numbers gisa wrote itself (text 0) stay numbers. */
void
export_csv_cell(struct buf *b, const char *s, int last, int text)
{
	if (s != NULL) {
		int formula = text && (*s == '=' || *s == '+' || *s == '-' || *s == '@'
		    || *s == '\t' || *s == '\r');

		if (strpbrk(s, ",\"\r\n") == NULL) {
			if (formula)
				buf_addc(b, '\'');
			buf_adds(b, s);
		} else {
			buf_addc(b, '"');
			if (formula)
				buf_addc(b, '\'');
			for (; *s != '\0'; s++) {
				if (*s == '"')
					buf_addc(b, '"');
				buf_addc(b, *s);
			}
			buf_addc(b, '"');
		}
	}
	buf_adds(b, last ? "\r\n" : ",");
}

static void
csv_field(struct buf *b, const char *s, int last)
{
	export_csv_cell(b, s, last, 1);
}

void
export_csv_header(struct buf *b, const struct export_opts *o)
{
	if (o->table == CSV_FIGURES)
		buf_adds(b, "id,date,outlet,title,text,value,unit,kind,subject\r\n");
	else if (o->table == CSV_QUOTES)
		buf_adds(b, "id,date,outlet,title,speaker,text,paragraph\r\n");
	else if (o->table == CSV_TRAILS)
		buf_adds(b, "trail,subject,unit,kind,point,id,date,outlet,text,value,people,paragraph\r\n");
	else
		buf_adds(b, "id,date,outlet,title,name,titles,org,mentions\r\n");
}

void
export_csv_rows(struct buf *b, const struct model *m, size_t i,
		const struct export_opts *o)
{
	const struct article *a = &m->a[i];
	struct buf cell = BUF_INIT;
	char hex[17];
	size_t k, t;

	model_id_hex(a->id, hex);
	if (o->table == CSV_QUOTES) {
		char *tmp = NULL;
		size_t cap = 0;

		for (k = 0; k < a->nquote; k++) {
			const struct art_quote *q = &a->quote[k];

			csv_field(b, hex, 0);
			csv_field(b, a->date, 0);
			csv_field(b, a->outlet, 0);
			csv_field(b, a->title, 0);
			csv_field(b, a->people[q->speaker].name, 0);
			csv_field(b, export_quote_text(a, q, &tmp, &cap), 0);
			buf_reset(&cell);
			buf_printf(&cell, "%u", (unsigned)q->at.para);
			export_csv_cell(b, cell.s, 1, 0);
		}
		free(tmp);
	} else if (o->table == CSV_FIGURES) {
		for (k = 0; k < a->nfig; k++) {
			const struct art_figure *f = &a->fig[k];

			if (!figure_shown(f, o))
				continue;
			csv_field(b, hex, 0);
			csv_field(b, a->date, 0);
			csv_field(b, a->outlet, 0);
			csv_field(b, a->title, 0);
			csv_field(b, f->text, 0);
			buf_reset(&cell);
			export_plain_number(&cell, f->value);
			export_csv_cell(b, cell.s != NULL ? cell.s : "", 0, 0);
			csv_field(b, f->unit, 0);
			csv_field(b, figure_kind_name(f->kind), 0);
			csv_field(b, f->subject, 1);
		}
	} else {
		for (k = 0; k < a->npeople; k++) {
			const struct art_person *p = &a->people[k];

			if (!person_shown(p, o))
				continue;
			csv_field(b, hex, 0);
			csv_field(b, a->date, 0);
			csv_field(b, a->outlet, 0);
			csv_field(b, a->title, 0);
			csv_field(b, p->name, 0);
			buf_reset(&cell);
			for (t = 0; t < p->ntitles; t++) {
				if (t > 0)
					buf_adds(&cell, "·");
				buf_adds(&cell, p->titles[t]);
			}
			csv_field(b, cell.s != NULL ? cell.s : "", 0);
			csv_field(b, p->org, 0);
			buf_reset(&cell);
			buf_printf(&cell, "%zu", p->mentions);
			export_csv_cell(b, cell.s, 1, 0);
		}
	}
	buf_free(&cell);
}
