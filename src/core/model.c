/*
 * model.c — the corpus: article storage and corpus-wide links.
 *
 * The indexes are built in two passes over the articles: the first gives
 * every article person and figure its corpus entry (hash tables of entry
 * indexes, hash.h, freed at the end) and counts; the second fills
 * arrays of exact size allocated in the model's index arena.
 */
#include "model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dedup.h"
#include "hash.h"
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
void
model_body_span(struct article *a)
{
	size_t k, len;

	a->body_len = 0;
	if (a->npara == 0)
		return;
	for (k = 0; k + 1 < a->npara; k++)
		if (a->para[k + 1] != a->para[k] + strlen(a->para[k]) + 1)
			return;
	len = (size_t)(a->para[a->npara - 1] - a->para[0]) + strlen(a->para[a->npara - 1]);
	a->body_len = len;
}

void
model_forget_article(struct article *a)
{
	uint64_t id = a->id;
	long near = a->near;

	memset(a, 0, sizeof(*a));
	a->id = id;
	a->near = near;
}

int
model_reposts(const struct article *a, const struct article *b)
{
	return dedup_jaccard(a->para, a->npara, b->para, b->npara) >= DEDUP_MIN_JACCARD;
}

static int
verify_repost(void *ctx, size_t i, size_t j)
{
	const struct model *m = ctx;

	return model_reposts(&m->a[i], &m->a[j]);
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

/* People merged by name (see person_merge): the first person of each
 * name, and the people by (name, organisation) once they have one. */
struct people_tables {
	struct hash byname, byorg;
};

/* The first person of the name (hashed to hname), or HASH_NONE. */
static uint32_t
first_of_name(const struct people_tables *t, const struct corpus_person *cp, const char *name,
    uint64_t hname)
{
	struct hash_iter it;
	uint32_t i;

	for (i = hash_first(&t->byname, hname, &it); i != HASH_NONE; i = hash_next(&t->byname, &it))
		if (strcmp(cp[i].name, name) == 0)
			break;
	return i;
}

/* The person of (name, org), org not NULL, or HASH_NONE; horg: the
 * hash of org seeded with the name's. */
static uint32_t
with_org(const struct people_tables *t, const struct corpus_person *cp, const char *name,
    const char *org, uint64_t horg)
{
	struct hash_iter it;
	uint32_t i;

	for (i = hash_first(&t->byorg, horg, &it); i != HASH_NONE; i = hash_next(&t->byorg, &it))
		if (strcmp(cp[i].name, name) == 0 && strcmp(cp[i].org, org) == 0)
			break;
	return i;
}

/*
 * The person an entry joins: the first of its name whose organisation
 * agrees (is the same, or either has none), else a new one.  Only the
 * first person of a name can be without an organisation (an entry
 * without one joins the first of its name, so it only makes a person
 * when the name is new), and while it is, every entry of the name joins
 * it, so no other person of the name exists yet.  Hence: an entry
 * without organisation, or the first person still without one, gives
 * the first of the name; else the one person with the same (name,
 * organisation), looked up in O(1) however many organisations the name
 * has.  Sets the organisation of a person that had none.
 */
static uint32_t
person_merge(struct people_tables *t, struct corpus_person **cp, size_t *cap, size_t *n,
    const struct art_person *ap)
{
	uint64_t hname = hash_str(ap->name, 0), horg = 0;
	uint32_t first = first_of_name(t, *cp, ap->name, hname), found = first;

	if (ap->org != NULL)
		horg = hash_str(ap->org, hname);
	if (first != HASH_NONE && ap->org != NULL && (*cp)[first].org != NULL)
		found = with_org(t, *cp, ap->name, ap->org, horg);
	if (found == HASH_NONE) {
		*cp = xgrow(*cp, cap, *n + 1, sizeof(**cp));
		memset(&(*cp)[*n], 0, sizeof(**cp));
		(*cp)[*n].name = ap->name;
		found = (uint32_t)(*n)++;
		if (first == HASH_NONE)
			hash_add(&t->byname, hname, found);
	}
	if ((*cp)[found].org == NULL && ap->org != NULL) {
		(*cp)[found].org = ap->org;
		hash_add(&t->byorg, horg, found);
	}
	return found;
}

static void
index_people(struct model *m)
{
	struct people_tables t;
	size_t i, k, total = 0, cap = 0, *ntitle_max;
	struct corpus_person *cp = NULL;

	for (i = 0; i < m->n; i++)
		total += m->a[i].npeople;
	hash_init(&t.byname, total);
	memset(&t.byorg, 0, sizeof(t.byorg));	/* grows: fewer have one */
	m->npeople = 0;
	for (i = 0; i < m->n; i++) {
		for (k = 0; k < m->a[i].npeople; k++) {
			struct art_person *ap = &m->a[i].people[k];
			uint32_t found = person_merge(&t, &cp, &cap, &m->npeople, ap);

			ap->person = found;
			cp[found].narticles++;	/* an article lists a person once */
			cp[found].ntitles += ap->ntitles;	/* an upper bound for now */
			cp[found].mentions += ap->mentions;
		}
	}
	hash_free(&t.byname);
	hash_free(&t.byorg);
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
	struct hash t;
	size_t i, k, total = 0, cap = 0;
	struct corpus_figure *cf = NULL;

	for (i = 0; i < m->n; i++)
		total += m->a[i].nfig;
	hash_init(&t, total);
	m->nfigures = 0;
	for (i = 0; i < m->n; i++) {
		for (k = 0; k < m->a[i].nfig; k++) {
			struct art_figure *af = &m->a[i].fig[k];
			uint64_t key = hash_figure(af->value, af->unit);
			struct hash_iter it;
			uint32_t e;

			for (e = hash_first(&t, key, &it); e != HASH_NONE; e = hash_next(&t, &it))
				if (cf[e].value == af->value && same_str(cf[e].unit, af->unit))
					break;
			if (e == HASH_NONE) {
				cf = xgrow(cf, &cap, m->nfigures + 1, sizeof(*cf));
				memset(&cf[m->nfigures], 0, sizeof(*cf));
				cf[m->nfigures].value = af->value;
				cf[m->nfigures].unit = af->unit;
				cf[m->nfigures].kind = af->kind;
				e = (uint32_t)m->nfigures++;
				hash_add(&t, key, e);
			}
			af->figure = e;
			cf[e].narticles++;	/* an article lists a figure once */
		}
	}
	hash_free(&t);
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
	struct hash t;
	size_t i, cap = 0, *which = xmalloc((m->n ? m->n : 1) * sizeof(*which));
	struct outlet_index *o = NULL;

	hash_init(&t, m->n);
	m->noutlets = 0;
	for (i = 0; i < m->n; i++) {
		const char *name = m->a[i].outlet;
		uint64_t key;
		struct hash_iter it;
		uint32_t e;

		which[i] = SIZE_MAX;
		if (name == NULL)
			continue;
		key = hash_str(name, 0);
		for (e = hash_first(&t, key, &it); e != HASH_NONE; e = hash_next(&t, &it))
			if (strcmp(o[e].outlet, name) == 0)
				break;
		if (e == HASH_NONE) {
			o = xgrow(o, &cap, m->noutlets + 1, sizeof(*o));
			memset(&o[m->noutlets], 0, sizeof(*o));
			o[m->noutlets].outlet = name;
			e = (uint32_t)m->noutlets++;
			hash_add(&t, key, e);
		}
		which[i] = e;
		o[e].narticles++;
	}
	hash_free(&t);
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
