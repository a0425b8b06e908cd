/*
 * model.c — the corpus: article storage and corpus-wide links.
 *
 * The indexes are built in two passes over the articles: the first gives
 * every article person and figure its corpus entry (open-addressing hash
 * tables of entry indexes, freed at the end) and counts; the second fills
 * arrays of exact size allocated in the model's index arena.
 */
#include "model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dedup.h"
#include "trail.h"

void
model_init(struct model *m)
{
	memset(m, 0, sizeof(*m));
}

void
model_free(struct model *m)
{
	size_t i;

	arena_free(&m->idx);
	free(m->people);
	free(m->figures);
	if (m->trails != NULL)
		trail_set_free(m->trails);
	free(m->trails);
	for (i = 0; i < m->narenas; i++)
		arena_free(&m->arenas[i]);
	free(m->arenas);
	free(m->a);
	memset(m, 0, sizeof(*m));
}

void
model_id_hex(uint64_t id, char out[17])
{
	snprintf(out, 17, "%016llx", (unsigned long long)id);
}

uint64_t
model_article_id(const char *title, const char *date, const char *const *p, size_t n)
{
	uint64_t h = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		h = util_hash64(p[i], strlen(p[i]), h);
		h = util_hash64("\n", 1, h);
	}
	/* the headline and the date after the body, each behind a mark of
	 * its own, so no body, title or date can pass for another */
	if (title != NULL) {
		h = util_hash64("\001", 1, h);
		h = util_hash64(title, strlen(title), h);
	}
	if (date != NULL) {
		h = util_hash64("\002", 1, h);
		h = util_hash64(date, strlen(date), h);
	}
	return h;
}

/* The signatures agree: is the pair really a re-post? (exact shingle
 * similarity of the two bodies; only such pairs come here, a few per
 * re-post) */
static int
verify_repost(void *ctx, size_t i, size_t j)
{
	const struct model *m = ctx;

	return dedup_jaccard(m->a[i].para, m->a[i].npara, m->a[j].para, m->a[j].npara)
	    >= DEDUP_MIN_JACCARD;
}

void
model_link_duplicates(struct model *m)
{
	const uint32_t **sigs = xmalloc((m->n ? m->n : 1) * sizeof(*sigs));
	long *near = xmalloc((m->n ? m->n : 1) * sizeof(*near));
	size_t i;

	for (i = 0; i < m->n; i++)
		sigs[i] = m->a[i].minhash;	/* NULL: too short, never linked */
	dedup_link_each(sigs, m->n, near, verify_repost, m);
	for (i = 0; i < m->n; i++)
		m->a[i].near = near[i];
	free(sigs);
	free(near);
}

/* ---- corpus-wide indexes ---- */

struct table {
	uint32_t *slot;	/* entry index + 1, 0 = empty */
	size_t mask;
};

static void
table_init(struct table *t, size_t n)
{
	size_t cap = 16;

	if (n > UINT32_MAX / 2)
		fatal("too many entries for an index");
	while (cap < n + n / 2)	/* load at most 2/3 */
		cap *= 2;
	t->slot = xcalloc(cap, sizeof(*t->slot));
	t->mask = cap - 1;
}

static uint64_t
hash_str(const char *s, uint64_t seed)
{
	return util_hash64(s != NULL ? s : "", s != NULL ? strlen(s) + 1 : 0, seed);
}

static int
same_str(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static uint64_t
hash_figure(double value, const char *unit)
{
	uint64_t h = util_hash64(&value, sizeof(value), 0x9e3779b97f4a7c15ull);

	return hash_str(unit, h);
}

/* Index of s in v[0..n) (strings compared by content), or n. */
static size_t
str_index(const char *const *v, size_t n, const char *s)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i], s) == 0)
			break;
	return i;
}

long
model_find_figure(const struct model *m, double value, const char *unit)
{
	size_t i;

	for (i = 0; i < m->nfigures; i++)
		if (m->figures[i].value == value && same_str(m->figures[i].unit, unit))
			return (long)i;
	return -1;
}

static int
date_cmp_ctx(const struct model *m, size_t a, size_t b)
{
	const char *da = m->a[a].date, *db = m->a[b].date;
	int c;

	if (da == NULL || db == NULL)
		c = (da == NULL) - (db == NULL);
	else
		c = strcmp(da, db);
	return c != 0 ? c : (a > b) - (a < b);
}

/* Merge sort of article indexes by date (stable, no global state). */
static void
sort_by_date(const struct model *m, size_t *v, size_t *tmp, size_t n)
{
	size_t mid = n / 2, i = 0, j = mid, k = 0;

	if (n < 2)
		return;
	sort_by_date(m, v, tmp, mid);
	sort_by_date(m, v + mid, tmp, n - mid);
	while (i < mid && j < n)
		tmp[k++] = date_cmp_ctx(m, v[i], v[j]) <= 0 ? v[i++] : v[j++];
	while (i < mid)
		tmp[k++] = v[i++];
	while (j < n)
		tmp[k++] = v[j++];
	memcpy(v, tmp, n * sizeof(*v));
}

static int
outlet_cmp(const void *a, const void *b)
{
	return strcmp(((const struct outlet_index *)a)->outlet,
	    ((const struct outlet_index *)b)->outlet);
}

static void
index_people(struct model *m)
{
	struct table t;
	size_t i, k, total = 0, cap = 0, *ntitle_max;
	struct corpus_person *cp = NULL;

	for (i = 0; i < m->n; i++)
		total += m->a[i].npeople;
	table_init(&t, total);
	m->npeople = 0;
	for (i = 0; i < m->n; i++) {
		for (k = 0; k < m->a[i].npeople; k++) {
			struct art_person *ap = &m->a[i].people[k];
			size_t h = (size_t)hash_str(ap->name, 0) & t.mask, found = SIZE_MAX;

			for (; t.slot[h] != 0; h = (h + 1) & t.mask) {
				struct corpus_person *c = &cp[t.slot[h] - 1];

				if (strcmp(c->name, ap->name) != 0)
					continue;
				if (c->org == NULL || ap->org == NULL || strcmp(c->org, ap->org) == 0) {
					found = t.slot[h] - 1;
					break;
				}
			}
			if (found == SIZE_MAX) {
				cp = xgrow(cp, &cap, m->npeople + 1, sizeof(*cp));
				memset(&cp[m->npeople], 0, sizeof(*cp));
				cp[m->npeople].name = ap->name;
				t.slot[h] = (uint32_t)(m->npeople + 1);
				found = m->npeople++;
			}
			ap->person = found;
			if (cp[found].org == NULL)
				cp[found].org = ap->org;
			cp[found].narticles++;	/* an article lists a person once */
			cp[found].ntitles += ap->ntitles;	/* an upper bound for now */
			cp[found].mentions += ap->mentions;
		}
	}
	free(t.slot);
	ntitle_max = xmalloc((m->npeople ? m->npeople : 1) * sizeof(*ntitle_max));
	for (i = 0; i < m->npeople; i++) {
		ntitle_max[i] = cp[i].ntitles;
		cp[i].titles = arena_alloc(&m->idx, (cp[i].ntitles ? cp[i].ntitles : 1) * sizeof(char *));
		cp[i].articles = arena_alloc(&m->idx, (cp[i].narticles ? cp[i].narticles : 1) * sizeof(size_t));
		cp[i].ntitles = cp[i].narticles = 0;
	}
	for (i = 0; i < m->n; i++) {
		for (k = 0; k < m->a[i].npeople; k++) {
			struct art_person *ap = &m->a[i].people[k];
			struct corpus_person *c = &cp[ap->person];
			size_t j;

			c->articles[c->narticles++] = i;
			for (j = 0; j < ap->ntitles; j++)
				if (str_index(c->titles, c->ntitles, ap->titles[j]) == c->ntitles
				    && c->ntitles < ntitle_max[ap->person])
					c->titles[c->ntitles++] = ap->titles[j];
		}
	}
	free(ntitle_max);
	/* shrunk in place, not copied: the index is never held twice */
	m->people = cp != NULL ? xrealloc(cp, m->npeople * sizeof(*cp)) : xcalloc(1, sizeof(*cp));
}

static void
index_figures(struct model *m)
{
	struct table t;
	size_t i, k, total = 0, cap = 0;
	struct corpus_figure *cf = NULL;

	for (i = 0; i < m->n; i++)
		total += m->a[i].nfig;
	table_init(&t, total);
	m->nfigures = 0;
	for (i = 0; i < m->n; i++) {
		for (k = 0; k < m->a[i].nfig; k++) {
			struct art_figure *af = &m->a[i].fig[k];
			size_t h = (size_t)hash_figure(af->value, af->unit) & t.mask;

			for (; t.slot[h] != 0; h = (h + 1) & t.mask) {
				struct corpus_figure *c = &cf[t.slot[h] - 1];

				if (c->value == af->value && same_str(c->unit, af->unit))
					break;
			}
			if (t.slot[h] == 0) {
				cf = xgrow(cf, &cap, m->nfigures + 1, sizeof(*cf));
				memset(&cf[m->nfigures], 0, sizeof(*cf));
				cf[m->nfigures].value = af->value;
				cf[m->nfigures].unit = af->unit;
				cf[m->nfigures].kind = af->kind;
				t.slot[h] = (uint32_t)++m->nfigures;
			}
			af->figure = t.slot[h] - 1;
			cf[af->figure].narticles++;	/* an article lists a figure once */
		}
	}
	free(t.slot);
	/* an article lists a figure once, with one text: a figure has at
	 * most narticles distinct texts, so that many slots take them all
	 * (no scratch arrays, no copy) */
	for (i = 0; i < m->nfigures; i++) {
		size_t na = cf[i].narticles ? cf[i].narticles : 1;

		cf[i].articles = arena_alloc(&m->idx, na * sizeof(size_t));
		cf[i].texts = arena_alloc(&m->idx, na * sizeof(char *));
		cf[i].narticles = 0;
	}
	for (i = 0; i < m->n; i++) {
		for (k = 0; k < m->a[i].nfig; k++) {
			struct art_figure *af = &m->a[i].fig[k];
			struct corpus_figure *c = &cf[af->figure];

			c->articles[c->narticles++] = i;
			if (str_index(c->texts, c->ntexts, af->text) == c->ntexts)
				c->texts[c->ntexts++] = af->text;
		}
	}
	m->figures = cf != NULL ? xrealloc(cf, m->nfigures * sizeof(*cf)) : xcalloc(1, sizeof(*cf));
}

static void
index_outlets(struct model *m)
{
	struct table t;
	size_t i, cap = 0, *which = xmalloc((m->n ? m->n : 1) * sizeof(*which));
	struct outlet_index *o = NULL;

	table_init(&t, m->n);
	m->noutlets = 0;
	for (i = 0; i < m->n; i++) {
		const char *name = m->a[i].outlet;
		size_t h;

		which[i] = SIZE_MAX;
		if (name == NULL)
			continue;
		for (h = (size_t)hash_str(name, 0) & t.mask; t.slot[h] != 0; h = (h + 1) & t.mask)
			if (strcmp(o[t.slot[h] - 1].outlet, name) == 0)
				break;
		if (t.slot[h] == 0) {
			o = xgrow(o, &cap, m->noutlets + 1, sizeof(*o));
			memset(&o[m->noutlets], 0, sizeof(*o));
			o[m->noutlets].outlet = name;
			t.slot[h] = (uint32_t)++m->noutlets;
		}
		which[i] = t.slot[h] - 1;
		o[which[i]].narticles++;
	}
	for (i = 0; i < m->noutlets; i++) {
		o[i].articles = arena_alloc(&m->idx, o[i].narticles * sizeof(size_t));
		o[i].narticles = 0;
	}
	for (i = 0; i < m->n; i++)
		if (which[i] != SIZE_MAX)
			o[which[i]].articles[o[which[i]].narticles++] = i;
	if (m->noutlets > 1)
		qsort(o, m->noutlets, sizeof(*o), outlet_cmp);
	m->outlets = arena_alloc(&m->idx, (m->noutlets ? m->noutlets : 1) * sizeof(*o));
	if (m->noutlets > 0)
		memcpy(m->outlets, o, m->noutlets * sizeof(*o));
	free(o);
	free(which);
	free(t.slot);
}

void
model_build_index(struct model *m)
{
	size_t i, *tmp;

	arena_free(&m->idx);
	memset(&m->idx, 0, sizeof(m->idx));
	free(m->people);
	free(m->figures);
	m->people = NULL;
	m->figures = NULL;
	index_people(m);
	index_figures(m);
	index_outlets(m);
	m->by_date = arena_alloc(&m->idx, (m->n ? m->n : 1) * sizeof(size_t));
	tmp = xmalloc((m->n ? m->n : 1) * sizeof(size_t));
	for (i = 0; i < m->n; i++)
		m->by_date[i] = i;
	sort_by_date(m, m->by_date, tmp, m->n);
	free(tmp);
	if (m->trails == NULL)
		m->trails = xcalloc(1, sizeof(*m->trails));
	trail_build(m->trails, m, NULL);
}
