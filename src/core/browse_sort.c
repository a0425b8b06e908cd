/*
 * browse_sort.c — the orders of the list (browse.h): input order, date,
 * outlet, title and number of matches, each reversible; ties always in
 * input order, articles without the key (undated, no outlet) last either
 * way.  Date and input order walk the model's indexes (linear); the others
 * sort an array of keys, so no comparator needs global state.
 */
#include <stdlib.h>
#include <string.h>

#include "browse_priv.h"
#include "util.h"

static const char *const sort_names[BROWSE_SORT_COUNT] = {
	[BROWSE_INPUT] = "input", [BROWSE_DATE] = "date", [BROWSE_OUTLET] = "outlet",
	[BROWSE_TITLE] = "title", [BROWSE_MATCHES] = "matches",
};

const char *
browse_sort_name(enum browse_sort s)
{
	return s < BROWSE_SORT_COUNT ? sort_names[s] : NULL;
}

int
browse_sort_parse(const char *name)
{
	return util_name_index(sort_names, BROWSE_SORT_COUNT, name);
}

void
browse_sort_describe(const struct browse *b, struct buf *out)
{
	buf_adds(out, "");
	switch (b->sort) {
	case BROWSE_DATE:
		buf_adds(out, b->reverse ? "oldest first" : "newest first");
		return;
	case BROWSE_MATCHES:
		buf_adds(out, b->reverse ? "fewest matches first" : "most matches first");
		return;
	case BROWSE_INPUT:
		buf_adds(out, "input order");
		break;
	default:
		buf_printf(out, "by %s", sort_names[b->sort]);
		break;
	}
	if (b->reverse)
		buf_adds(out, ", reversed");
}

struct skey {
	const char *s;	/* outlet or title; NULL: none (last) */
	size_t num;	/* matches */
	size_t idx;	/* model index: ties */
};

static int
cmp_str(const void *pa, const void *pb)
{
	const struct skey *a = pa, *b = pb;
	int c;

	if ((a->s == NULL) != (b->s == NULL))
		return a->s == NULL ? 1 : -1;
	if (a->s != NULL && (c = strcmp(a->s, b->s)) != 0)
		return c;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static int
cmp_num(const void *pa, const void *pb)
{
	const struct skey *a = pa, *b = pb;

	if (a->num != b->num)
		return a->num > b->num ? -1 : 1;	/* most first */
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static int
same_key(const struct skey *a, const struct skey *b, int num)
{
	if (num)
		return a->num == b->num;
	return a->s != NULL && b->s != NULL && strcmp(a->s, b->s) == 0;
}

static void
reverse(struct skey *v, size_t n)
{
	size_t i;

	for (i = 0; i < n / 2; i++) {
		struct skey t = v[i];

		v[i] = v[n - 1 - i];
		v[n - 1 - i] = t;
	}
}

/* Reversed: the keyed part turned round, each run of equal keys turned
 * back, so ties stay in input order. */
static void
reverse_keys(struct skey *v, size_t n, int num)
{
	size_t keyed = n, i, s;

	while (!num && keyed > 0 && v[keyed - 1].s == NULL)
		keyed--;
	reverse(v, keyed);
	for (s = 0; s < keyed; s = i) {
		for (i = s + 1; i < keyed && same_key(&v[s], &v[i], num); i++)
			;
		reverse(v + s, i - s);
	}
}

static void
order_keyed(struct browse *b)
{
	struct skey *v = xcalloc(b->n ? b->n : 1, sizeof(*v));
	int num = b->sort == BROWSE_MATCHES;
	size_t i;

	for (i = 0; i < b->n; i++) {
		const struct article *a = &b->m->a[b->order[i]];

		v[i].idx = b->order[i];
		v[i].s = b->sort == BROWSE_OUTLET ? a->outlet : a->title;
		v[i].num = b->mcount != NULL && b->narrow ? b->mcount[b->order[i]] : 0;
	}
	qsort(v, b->n, sizeof(*v), num ? cmp_num : cmp_str);
	if (b->reverse)
		reverse_keys(v, b->n, num);
	for (i = 0; i < b->n; i++)
		b->order[i] = v[i].idx;
	free(v);
}

/* by_date is oldest first, undated last, ties in input order: newest
 * first walks the dated days from the newest back, each day forward. */
static size_t
order_dated(const struct browse *b, const unsigned char *in, size_t *out)
{
	const struct model *m = b->m;
	size_t undated, j, i, k = 0;

	for (undated = 0; undated < m->n && m->a[m->by_date[undated]].date != NULL; undated++)
		;
	if (b->reverse) {
		for (i = 0; i < undated; i++)
			if (in[m->by_date[i]])
				out[k++] = m->by_date[i];
	}
	for (j = b->reverse ? 0 : undated; j > 0;) {
		size_t s = j - 1;
		const char *d = m->a[m->by_date[s]].date;

		while (s > 0 && strcmp(m->a[m->by_date[s - 1]].date, d) == 0)
			s--;
		for (i = s; i < j; i++)
			if (in[m->by_date[i]])
				out[k++] = m->by_date[i];
		j = s;
	}
	for (i = undated; i < m->n; i++)
		if (in[m->by_date[i]])
			out[k++] = m->by_date[i];
	return k;
}

void
browse_order(struct browse *b)
{
	const struct model *m = b->m;
	unsigned char *in;
	size_t i, k = 0;

	if (b->sort == BROWSE_OUTLET || b->sort == BROWSE_TITLE || b->sort == BROWSE_MATCHES) {
		order_keyed(b);
		return;
	}
	in = xcalloc(m->n ? m->n : 1, 1);
	for (i = 0; i < b->n; i++)
		in[b->order[i]] = 1;
	if (b->sort == BROWSE_DATE && m->by_date != NULL) {
		order_dated(b, in, b->order);
	} else {
		for (i = 0; i < m->n; i++)
			if (in[b->reverse ? m->n - 1 - i : i])
				b->order[k++] = b->reverse ? m->n - 1 - i : i;
	}
	free(in);
}

void
browse_sort_by(struct browse *b, enum browse_sort s, int rev)
{
	size_t keep = b->n > 0 ? browse_art(b) : (size_t)-1;

	b->sort = s < BROWSE_SORT_COUNT ? s : BROWSE_INPUT;
	b->reverse = rev != 0;
	browse_order(b);
	if (keep != (size_t)-1)
		b->cur = (size_t)browse_row_of(b, keep);
	b->list_gen++;
}

void
browse_sort(struct browse *b, enum browse_sort s)
{
	browse_sort_by(b, s, 0);
}

void
browse_sort_next(struct browse *b)
{
	enum browse_sort s = (enum browse_sort)((b->sort + 1) % BROWSE_SORT_COUNT);

	if (s == BROWSE_MATCHES && !b->narrow)
		s = BROWSE_INPUT;	/* every count is 0 */
	browse_sort_by(b, s, 0);
}
