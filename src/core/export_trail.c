/*
 * export_trail.c — figure trails in the exports: the csv table trails
 * (one row per point) and the trails array of the json export, both
 * over the selected articles only: the corpus trails among them
 * (trail_filter), as the trails view of a narrowed list has them.
 */
#include "export.h"

#include <stdlib.h>
#include <string.h>

#include "figure.h"
#include "trail.h"

/* The trails of sel[0..n). */
static void
selected_trails(struct trail_set *ts, const struct model *m, const size_t *sel, size_t n)
{
	unsigned char *on = xcalloc(m->n ? m->n : 1, 1);
	size_t i;

	for (i = 0; i < n; i++)
		on[sel[i]] = 1;
	memset(ts, 0, sizeof(*ts));
	if (m->trails != NULL)
		trail_filter(ts, m->trails, m, on);
	else
		trail_build(ts, m, on);
	free(on);
}

/* The people next to a point, joined by sep. */
static void
point_people(struct buf *b, const struct model *m, const struct trail_point *p, const char *sep)
{
	uint32_t k;

	buf_adds(b, "");
	for (k = 0; k < p->nwho; k++) {
		if (k > 0)
			buf_adds(b, sep);
		buf_adds(b, m->a[p->art].people[p->who[k]].name);
	}
}

void
export_csv_trails(struct buf *b, const struct model *m, const size_t *sel, size_t n)
{
	struct trail_set ts;
	struct buf cell = BUF_INIT;
	char hex[17];
	size_t i, k;

	selected_trails(&ts, m, sel, n);
	for (i = 0; i < ts.n; i++) {
		const struct trail *t = &ts.t[i];

		for (k = 0; k < t->npt; k++) {
			const struct trail_point *p = &t->pt[k];
			const struct article *a = &m->a[p->art];
			const struct art_figure *f = &a->fig[p->fig];

			buf_printf(b, "%zu,", i + 1);
			export_csv_cell(b, t->subject, 0, 1);
			export_csv_cell(b, t->unit, 0, 1);
			export_csv_cell(b, figure_kind_name(t->kind), 0, 1);
			buf_printf(b, "%zu,", k + 1);
			model_id_hex(a->id, hex);
			export_csv_cell(b, hex, 0, 0);
			export_csv_cell(b, a->date, 0, 1);
			export_csv_cell(b, a->outlet, 0, 1);
			export_csv_cell(b, f->text, 0, 1);
			buf_reset(&cell);
			export_plain_number(&cell, f->value);
			export_csv_cell(b, cell.s != NULL ? cell.s : "", 0, 0);
			buf_reset(&cell);
			point_people(&cell, m, p, "\xC2\xB7");
			export_csv_cell(b, cell.s, 0, 1);
			buf_reset(&cell);
			if (p->at.para != SPAN_TITLE)
				buf_printf(&cell, "%u", (unsigned)p->at.para);
			export_csv_cell(b, cell.s != NULL ? cell.s : "", 1, 0);
		}
	}
	buf_free(&cell);
	trail_set_free(&ts);
}

static void
json_point(struct buf *b, const struct model *m, const struct trail_point *p)
{
	const struct article *a = &m->a[p->art];
	const struct art_figure *f = &a->fig[p->fig];
	char hex[17];
	uint32_t k;

	model_id_hex(a->id, hex);
	buf_printf(b, "{\"article\":\"%s\",\"date\":", hex);
	export_json_string(b, a->date);
	buf_adds(b, ",\"outlet\":");
	export_json_string(b, a->outlet);
	buf_adds(b, ",\"text\":");
	export_json_string(b, f->text);
	buf_adds(b, ",\"value\":");
	export_plain_number(b, f->value);
	buf_adds(b, ",\"paragraph\":");
	if (p->at.para == SPAN_TITLE)
		buf_adds(b, "null");
	else
		buf_add_u64(b, p->at.para);
	buf_adds(b, ",\"people\":[");
	for (k = 0; k < p->nwho; k++) {
		if (k > 0)
			buf_addc(b, ',');
		export_json_string(b, a->people[p->who[k]].name);
	}
	buf_adds(b, "]}");
}

void
export_json_trails(struct buf *b, const struct model *m, const size_t *sel, size_t n)
{
	struct trail_set ts;
	size_t i, k;

	selected_trails(&ts, m, sel, n);
	for (i = 0; i < ts.n; i++) {
		const struct trail *t = &ts.t[i];

		buf_adds(b, i ? ",\n{\"subject\":" : "\n{\"subject\":");
		export_json_string(b, t->subject);
		buf_adds(b, ",\"unit\":");
		export_json_string(b, t->unit);
		buf_printf(b, ",\"kind\":\"%s\",\"articles\":%zu,\"points\":[", figure_kind_name(t->kind), t->narts);
		for (k = 0; k < t->npt; k++) {
			if (k > 0)
				buf_addc(b, ',');
			json_point(b, m, &t->pt[k]);
		}
		buf_adds(b, "]}");
	}
	trail_set_free(&ts);
}
