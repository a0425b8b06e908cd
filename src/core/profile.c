/*
 * profile.c — one person across the shown corpus (profile.h).
 */
#include "profile.h"

#include <stdlib.h>
#include <string.h>

#include "trail.h"

static const struct model *sort_model;	/* qsort has no context argument */

/* Newest first, undated last, ties newest in input order first. */
static int
entry_cmp(const void *x, const void *y)
{
	const struct profile_entry *a = x, *b = y;
	const char *da = sort_model->a[a->art].date, *db = sort_model->a[b->art].date;
	int c;

	if (da == NULL || db == NULL)
		c = (da == NULL) - (db == NULL);
	else
		c = -strcmp(da, db);
	if (c != 0)
		return c;
	return (a->art < b->art) - (a->art > b->art);
}

static int
same_str(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/* The entry of article i for person p: the person's index there, its
 * first mention and its quotations. */
static int
make_entry(struct profile *pf, const struct model *m, size_t i, size_t p)
{
	const struct article *a = &m->a[i];
	struct profile_entry *e;
	size_t k;

	for (k = 0; k < a->npeople; k++)
		if (a->people[k].person == p)
			break;
	if (k == a->npeople)
		return 0;
	pf->e = xgrow(pf->e, &pf->cap, pf->n + 1, sizeof(*pf->e));
	e = &pf->e[pf->n++];
	memset(e, 0, sizeof(*e));
	e->art = i;
	e->who = (uint32_t)k;
	e->title = a->people[k].ntitles > 0 ? a->people[k].titles[0] : NULL;
	e->org = a->people[k].org;
	for (k = 0; k < a->nmention; k++)
		if (a->mention[k].type == MENTION_PERSON && a->mention[k].what == e->who) {
			e->at = a->mention[k].at;
			break;
		}
	e->q0 = pf->nq;
	for (k = 0; k < a->nquote; k++)
		if (a->quote[k].speaker == e->who) {
			pf->q = xgrow(pf->q, &pf->capq, pf->nq + 1, sizeof(*pf->q));
			pf->q[pf->nq++] = (uint32_t)k;
			e->nq++;
		}
	return 1;
}

static int
str_cmp(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* The string said most often among v[0..n) (sorted here; ties: the first
 * in byte order), or NULL when n is 0. */
static const char *
most_said(const char **v, size_t n)
{
	const char *best = NULL;
	size_t i, run, best_run = 0;

	qsort(v, n, sizeof(*v), str_cmp);
	for (i = 0; i < n; i += run) {
		for (run = 1; i + run < n && strcmp(v[i], v[i + run]) == 0; run++)
			;
		if (run > best_run) {
			best = v[i];
			best_run = run;
		}
	}
	return best;
}

/* The timeline from the dated entries, oldest first: each month's title
 * and organisation are those said most often that month (one article
 * with an old or wrong title does not make a step), and a step is where
 * they change. */
static void
make_steps(struct profile *pf, const struct model *m)
{
	const char *title = NULL, *org = NULL, **tv, **ov;
	size_t k, end;

	pf->nstep = 0;
	tv = xmalloc((pf->n ? pf->n : 1) * sizeof(*tv));
	ov = xmalloc((pf->n ? pf->n : 1) * sizeof(*ov));
	for (end = pf->n; end > 0; end = k) {
		char month[8], other[8];
		const char *t, *o;
		size_t nt = 0, no = 0, i, first = (size_t)-1;
		struct profile_step *st;

		/* the entries are newest first: a month is a run of them */
		trail_month(m->a[pf->e[end - 1].art].date, month);
		for (k = end; k > 0; k--) {
			const struct profile_entry *e = &pf->e[k - 1];

			trail_month(m->a[e->art].date, other);
			if (strcmp(other, month) != 0)
				break;
			if (e->title != NULL)
				tv[nt++] = e->title;
			if (e->org != NULL)
				ov[no++] = e->org;
		}
		/* an undated article has no place in time */
		if (month[0] == '\0' || nt + no == 0)
			continue;
		t = most_said(tv, nt);
		o = most_said(ov, no);
		if (pf->nstep > 0 && (t == NULL || same_str(t, title)) && (o == NULL || same_str(o, org)))
			continue;
		if (t != NULL)
			title = t;
		if (o != NULL)
			org = o;
		/* the month's first article that says so */
		for (i = end; i > k && first == (size_t)-1; i--) {
			const struct profile_entry *e = &pf->e[i - 1];

			if ((t == NULL || same_str(e->title, t)) && (o == NULL || same_str(e->org, o)))
				first = e->art;
		}
		pf->step = xgrow(pf->step, &pf->capstep, pf->nstep + 1, sizeof(*pf->step));
		st = &pf->step[pf->nstep++];
		st->title = title;
		st->org = org;
		st->art = first != (size_t)-1 ? first : pf->e[end - 1].art;
		memcpy(st->month, month, sizeof(month));
	}
	free(tv);
	free(ov);
}

void
profile_build(struct profile *pf, const struct model *m, size_t p, const unsigned char *on)
{
	const struct corpus_person *cp;
	size_t i;

	pf->n = pf->nq = pf->nstep = 0;
	pf->person = p;
	if (p >= m->npeople)
		return;
	cp = &m->people[p];
	for (i = 0; i < cp->narticles; i++)
		if (on == NULL || on[cp->articles[i]])
			make_entry(pf, m, cp->articles[i], p);
	sort_model = m;
	if (pf->n > 1)
		qsort(pf->e, pf->n, sizeof(*pf->e), entry_cmp);
	sort_model = NULL;
	make_steps(pf, m);
}

void
profile_free(struct profile *pf)
{
	free(pf->e);
	free(pf->q);
	free(pf->step);
	memset(pf, 0, sizeof(*pf));
}

size_t
profile_find(const struct model *m, const char *name, size_t *out, size_t max)
{
	size_t i, n = 0, k;

	for (i = 0; i < m->npeople; i++) {
		size_t len = n < max ? n : max;

		if (strcmp(m->people[i].name, name) != 0)
			continue;
		n++;
		/* most articles first, then first seen */
		k = len;
		if (k == max && (k == 0 || m->people[out[k - 1]].narticles >= m->people[i].narticles))
			continue;
		if (k == max)
			k--;
		for (; k > 0 && m->people[out[k - 1]].narticles < m->people[i].narticles; k--)
			out[k] = out[k - 1];
		out[k] = i;
	}
	return n;
}

void
profile_timeline(const struct profile *pf, struct buf *out)
{
	const char *org = NULL;
	size_t k;

	buf_adds(out, "");
	for (k = 0; k < pf->nstep; k++) {
		const struct profile_step *s = &pf->step[k];

		if (k > 0)
			buf_adds(out, " \xE2\x86\x92 ");
		if (s->org != NULL && !same_str(s->org, org))
			buf_printf(out, "%s ", s->org);
		org = s->org;
		buf_adds(out, s->title != NULL ? s->title : "");
		if (s->month[0] != '\0')
			buf_printf(out, "%s%s", s->title != NULL ? " " : "", s->month);
	}
}
