/*
 * trail.c — figure trails across articles (trail.h).
 *
 * One pass gives every figure with a subject its group (an
 * open-addressing table of (normalised subject, unit) keys); a counting
 * pass lays the candidates out group by group; each group is then
 * sorted by (original article, value) to drop the re-posts' repeats and
 * count the articles, and by date for the points.
 */
#include "trail.h"

#include <stdlib.h>
#include <string.h>

#include "figure.h"

/* Subjects longer than this are sentences gone wrong: no trail. */
#define KEY_MAX 192

struct cand {
	uint32_t art, fig, root;
	uint32_t story;		/* the points linked by whom they name */
	double value;
	const char *date;
};

/* What links points: a person, or the article itself. */
struct link {
	uint64_t key;		/* (id << 1) | tag */
	uint32_t pt;
};

struct group {
	const char *key;	/* normalised subject, in ts->mem */
	const char *unit;
	size_t n, at;		/* candidates, and where they start */
};

static int
is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* A particle after a Latin word: 은 는 이 가 을 를 도 의 만 과 와 */
static int
particle_syllable(const char *s)
{
	static const char *const p[] = { "은", "는", "이", "가", "을", "를", "도", "의", "만", "과", "와" };
	size_t i;

	for (i = 0; i < sizeof(p) / sizeof(p[0]); i++)
		if (memcmp(s, p[i], 3) == 0)
			return 1;
	return 0;
}

void
trail_subject_key(const char *s, size_t n, struct buf *out)
{
	size_t i = 0;
	int space = 0;

	buf_reset(out);
	buf_adds(out, "");
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t w = 1;

		/* no-break and ideographic spaces are spaces too */
		if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
			c = ' ', w = 2;
		else if (c == 0xE3 && i + 2 < n && (unsigned char)s[i + 1] == 0x80
		    && (unsigned char)s[i + 2] == 0x80)
			c = ' ', w = 3;
		if (is_ws(c)) {
			space = out->len > 0;
			i += w;
			continue;
		}
		if (space)
			buf_addc(out, ' ');
		space = 0;
		buf_addc(out, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
		i++;
	}
	if (out->len >= 4 && particle_syllable(out->s + out->len - 3)) {
		unsigned char before = (unsigned char)out->s[out->len - 4];

		if ((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9'))
			buf_truncate(out, out->len - 3);
	}
}

static int
same_unit(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static uint64_t
key_hash(const char *key, size_t n, const char *unit)
{
	uint64_t h = util_hash64(key, n, 0x51ed270b27d4f3a1ull);

	return unit != NULL ? util_hash64(unit, strlen(unit) + 1, h) : h;
}

static size_t
root_of(const struct model *m, size_t i)
{
	while (m->a[i].near >= 0 && (size_t)m->a[i].near < i)
		i = (size_t)m->a[i].near;
	return i;
}

static int
takes_part(const struct art_figure *f)
{
	return f->subject != NULL && f->subject[0] != '\0' && f->kind != FIG_YEAR && f->kind != FIG_DATE;
}

struct table {
	uint32_t *slot;		/* group + 1, 0 empty */
	size_t mask;
};

/* The group of (key, unit), made when new; its index. */
static size_t
group_of(struct trail_set *ts, struct table *t, struct group **g, size_t *ng, size_t *cap,
	 const struct buf *key, const char *unit)
{
	size_t h = (size_t)key_hash(key->s, key->len, unit) & t->mask;

	for (; t->slot[h] != 0; h = (h + 1) & t->mask) {
		struct group *x = &(*g)[t->slot[h] - 1];

		if (same_unit(x->unit, unit) && strcmp(x->key, key->s) == 0)
			return t->slot[h] - 1;
	}
	*g = xgrow(*g, cap, *ng + 1, sizeof(**g));
	(*g)[*ng].key = arena_strndup(&ts->mem, key->s, key->len);
	(*g)[*ng].unit = unit;
	(*g)[*ng].n = 0;
	t->slot[h] = (uint32_t)(*ng + 1);
	return (*ng)++;
}

static int
cand_root_cmp(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;

	if (a->root != b->root)
		return a->root < b->root ? -1 : 1;
	if (a->value != b->value)
		return a->value < b->value ? -1 : 1;
	return (a->art > b->art) - (a->art < b->art);
}

static int
cand_date_cmp(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;
	int c;

	if (a->date == NULL || b->date == NULL)
		c = (a->date == NULL) - (b->date == NULL);
	else
		c = strcmp(a->date, b->date);
	if (c != 0)
		return c;
	if (a->art != b->art)
		return a->art < b->art ? -1 : 1;
	return (a->fig > b->fig) - (a->fig < b->fig);
}

/* Drop the repeats of re-posts from c[0..n) (sorted by root, value);
 * returns how many are left, *narts the distinct originals. */
static size_t
drop_reposts(struct cand *c, size_t n, size_t *narts)
{
	size_t i, k = 0;

	qsort(c, n, sizeof(*c), cand_root_cmp);
	*narts = 0;
	for (i = 0; i < n; i++) {
		if (k > 0 && c[k - 1].root == c[i].root && c[k - 1].value == c[i].value)
			continue;	/* the same value in the same original */
		if (k == 0 || c[k - 1].root != c[i].root)
			(*narts)++;
		c[k++] = c[i];
	}
	return k;
}

/* Whether article a names person k as a by-line reporter. */
static int
is_reporter(const struct article *a, size_t k)
{
	size_t r;

	for (r = 0; r < a->nrep; r++)
		if (a->rep[r].name != NULL && strcmp(a->rep[r].name, a->people[k].name) == 0)
			return 1;
	return 0;
}

static void
add_who(struct trail_point *p, const struct article *a, uint32_t k)
{
	uint32_t i;

	if (p->nwho >= TRAIL_MAXWHO || k >= a->npeople || is_reporter(a, k))
		return;
	for (i = 0; i < p->nwho; i++)
		if (p->who[i] == k)
			return;
	p->who[p->nwho++] = k;
}

/* Whether person k of article a stands next to a figure of paragraph
 * para: quoted there, or named there by full name (which a reload of
 * the export finds the same); by-line reporters never. */
static int
named_near(const struct article *a, uint32_t para, size_t k)
{
	size_t i;

	if (para >= a->npara || is_reporter(a, k))
		return 0;
	for (i = 0; i < a->nquote; i++)
		if (a->quote[i].at.para == para && a->quote[i].speaker == k)
			return 1;
	return strstr(a->para[para], a->people[k].name) != NULL;
}

/* The first mention of article a in paragraph para (mentions are sorted
 * by paragraph, the title's last). */
static size_t
first_in(const struct article *a, uint32_t para)
{
	size_t lo = 0, hi = a->nmention;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (a->mention[mid].at.para < para)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Where the figure first is (its first paragraph), and the people next
 * to it: quoted in that paragraph, then named there (in the order the
 * article lists its people). */
static void
fill_point(struct trail_point *p, const struct article *a)
{
	uint32_t para = a->fig[p->fig].para;
	size_t i, from = first_in(a, para);

	p->at = (struct span){ para, 0, 0 };
	p->nwho = 0;
	for (i = from; i < a->nmention && a->mention[i].at.para == para; i++)
		if (a->mention[i].type == MENTION_FIGURE && a->mention[i].what == p->fig) {
			p->at = a->mention[i].at;
			break;
		}
	for (i = 0; i < a->nquote; i++)
		if (a->quote[i].at.para == para)
			add_who(p, a, a->quote[i].speaker);
	for (i = 0; i < a->npeople && p->nwho < TRAIL_MAXWHO && para < a->npara; i++)
		if (strstr(a->para[para], a->people[i].name) != NULL)
			add_who(p, a, (uint32_t)i);
}

/* One trail of the points c[0..n) (narts originals), appended to ts. */
static void
emit_trail(struct trail_set *ts, const struct model *m, const struct group *g,
	   struct cand *c, size_t n, size_t narts, size_t *cap)
{
	struct trail *t;
	size_t k;

	qsort(c, n, sizeof(*c), cand_date_cmp);
	ts->t = xgrow(ts->t, cap, ts->n + 1, sizeof(*ts->t));
	t = &ts->t[ts->n++];
	t->subject = m->a[c[0].art].fig[c[0].fig].subject;
	t->unit = g->unit;
	t->kind = m->a[c[0].art].fig[c[0].fig].kind;
	t->npt = n;
	t->narts = narts;
	t->seen = ts->n - 1;
	t->pt = arena_alloc(&ts->mem, n * sizeof(*t->pt));
	for (k = 0; k < n; k++) {
		t->pt[k].art = c[k].art;
		t->pt[k].fig = c[k].fig;
		fill_point(&t->pt[k], &m->a[c[k].art]);
	}
}

static int
link_cmp(const void *x, const void *y)
{
	const struct link *a = x, *b = y;

	return (a->key > b->key) - (a->key < b->key);
}

static uint32_t
find_up(uint32_t *up, uint32_t i)
{
	while (up[i] != i)
		i = up[i] = up[up[i]];
	return i;
}

/* The person who stands first next to a figure of paragraph para of
 * article a: the first quoted there, else the first named there
 * (named_near); -1 none. */
static long
first_near(const struct article *a, uint32_t para)
{
	size_t i;

	if (para >= a->npara)
		return -1;
	for (i = 0; i < a->nquote; i++)
		if (a->quote[i].at.para == para && !is_reporter(a, a->quote[i].speaker))
			return (long)a->quote[i].speaker;
	for (i = 0; i < a->npeople; i++)
		if (named_near(a, para, i))
			return (long)i;
	return -1;
}

/* Link the points of one story: two points are in one story when they
 * are in one article, or when the same corpus person stands first next
 * to both (first_near), directly or through other points; c[k].story
 * gets the story of point k. */
static void
link_stories(const struct model *m, struct cand *c, size_t n)
{
	struct link *l = xmalloc(2 * n * sizeof(*l));
	size_t nl = 0, k;
	uint32_t *up = xmalloc(n * sizeof(*up));

	for (k = 0; k < n; k++) {
		const struct article *a = &m->a[c[k].art];
		long who = first_near(a, a->fig[c[k].fig].para);

		up[k] = (uint32_t)k;
		l[nl++] = (struct link){ ((uint64_t)c[k].art << 1) | 1, (uint32_t)k };
		if (who >= 0)
			l[nl++] = (struct link){ (uint64_t)a->people[who].person << 1, (uint32_t)k };
	}
	qsort(l, nl, sizeof(*l), link_cmp);
	for (k = 1; k < nl; k++)
		if (l[k].key == l[k - 1].key)
			up[find_up(up, l[k].pt)] = find_up(up, l[k - 1].pt);
	for (k = 0; k < n; k++)
		c[k].story = find_up(up, (uint32_t)k);
	free(up);
	free(l);
}

static int
cand_story_cmp(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;

	if (a->story != b->story)
		return a->story < b->story ? -1 : 1;
	return (a->root > b->root) - (a->root < b->root);
}

/* The trails of group c[0..n): one per story with two points or more
 * from two originals or more. */
static void
make_trail(struct trail_set *ts, const struct model *m, const struct group *g,
	   struct cand *c, size_t n, size_t *cap)
{
	size_t narts, i, start;

	if (n < 2 || (n = drop_reposts(c, n, &narts)) < 2 || narts < 2)
		return;
	link_stories(m, c, n);
	qsort(c, n, sizeof(*c), cand_story_cmp);
	for (start = 0; start < n; start = i) {
		size_t roots = 0;

		for (i = start; i < n && c[i].story == c[start].story; i++)
			if (i == start || c[i].root != c[i - 1].root)
				roots++;
		if (i - start >= 2 && roots >= 2)
			emit_trail(ts, m, g, c + start, i - start, roots, cap);
	}
}

static int
trail_cmp(const void *x, const void *y)
{
	const struct trail *a = x, *b = y;

	if (a->narts != b->narts)
		return a->narts > b->narts ? -1 : 1;
	return (a->seen > b->seen) - (a->seen < b->seen);
}

static int
ref_cmp(const void *x, const void *y)
{
	const struct trail_ref *a = x, *b = y;

	if (a->art != b->art)
		return a->art < b->art ? -1 : 1;
	return (a->fig > b->fig) - (a->fig < b->fig);
}

static void
build_refs(struct trail_set *ts)
{
	size_t i, k, n = 0;

	for (i = 0; i < ts->n; i++)
		n += ts->t[i].npt;
	ts->ref = arena_alloc(&ts->mem, (n ? n : 1) * sizeof(*ts->ref));
	for (i = 0; i < ts->n; i++)
		for (k = 0; k < ts->t[i].npt; k++)
			ts->ref[ts->nref++] = (struct trail_ref){ ts->t[i].pt[k].art,
			    ts->t[i].pt[k].fig, (uint32_t)i };
	qsort(ts->ref, ts->nref, sizeof(*ts->ref), ref_cmp);
}

/* Every figure with a subject as a candidate *c, its group in *gi;
 * returns how many. */
static size_t
assign_groups(struct trail_set *ts, const struct model *m, const unsigned char *on,
	      struct group **g, size_t *ng, struct cand **c, uint32_t **gi)
{
	struct table t;
	struct buf key = BUF_INIT;
	size_t i, k, total = 0, nc = 0, cap = 0, tcap = 16;

	for (i = 0; i < m->n; i++)
		total += on == NULL || on[i] ? m->a[i].nfig : 0;
	while (tcap < total + total / 2)
		tcap *= 2;
	t.slot = xcalloc(tcap, sizeof(*t.slot));
	t.mask = tcap - 1;
	*gi = xmalloc((total ? total : 1) * sizeof(**gi));
	*c = xmalloc((total ? total : 1) * sizeof(**c));
	for (i = 0; i < m->n; i++) {
		if (on != NULL && !on[i])
			continue;
		for (k = 0; k < m->a[i].nfig; k++) {
			const struct art_figure *f = &m->a[i].fig[k];
			size_t len;

			if (!takes_part(f) || (len = strlen(f->subject)) > KEY_MAX)
				continue;
			trail_subject_key(f->subject, len, &key);
			if (key.len == 0)
				continue;
			(*gi)[nc] = (uint32_t)group_of(ts, &t, g, ng, &cap, &key, f->unit);
			(*c)[nc++] = (struct cand){ (uint32_t)i, (uint32_t)k,
			    (uint32_t)root_of(m, i), 0, f->value, m->a[i].date };
		}
	}
	buf_free(&key);
	free(t.slot);
	return nc;
}

void
trail_build(struct trail_set *ts, const struct model *m, const unsigned char *on)
{
	struct group *g = NULL;
	struct cand *c, *by;
	uint32_t *gi;
	size_t ng = 0, nc, i, k, cap = 0;

	trail_set_free(ts);
	nc = assign_groups(ts, m, on, &g, &ng, &c, &gi);
	for (i = 0; i < nc; i++)
		g[gi[i]].n++;
	for (i = 0, k = 0; i < ng; i++) {
		g[i].at = k;
		k += g[i].n;
		g[i].n = 0;
	}
	/* laid out group by group, input order inside each */
	by = xmalloc((nc ? nc : 1) * sizeof(*by));
	for (i = 0; i < nc; i++)
		by[g[gi[i]].at + g[gi[i]].n++] = c[i];
	free(c);
	free(gi);
	for (i = 0; i < ng; i++)
		make_trail(ts, m, &g[i], by + g[i].at, g[i].n, &cap);
	if (ts->n > 1)
		qsort(ts->t, ts->n, sizeof(*ts->t), trail_cmp);
	build_refs(ts);
	free(by);
	free(g);
}

static int
size_cmp(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;

	return (a > b) - (a < b);
}

void
trail_filter(struct trail_set *ts, const struct trail_set *from, const struct model *m,
	     const unsigned char *on)
{
	size_t i, k, cap = 0, *roots = NULL, rcap = 0;

	trail_set_free(ts);
	for (i = 0; i < from->n; i++) {
		const struct trail *f = &from->t[i];
		struct trail *t;
		size_t n = 0, narts = 0, j;

		for (k = 0; k < f->npt; k++)
			if (on[f->pt[k].art]) {
				roots = xgrow(roots, &rcap, n + 1, sizeof(*roots));
				roots[n++] = root_of(m, f->pt[k].art);
			}
		if (n > 1)
			qsort(roots, n, sizeof(*roots), size_cmp);
		for (j = 0; j < n; j++)
			narts += j == 0 || roots[j] != roots[j - 1];
		if (n < 2 || narts < 2)
			continue;
		ts->t = xgrow(ts->t, &cap, ts->n + 1, sizeof(*ts->t));
		t = &ts->t[ts->n];
		*t = *f;
		t->seen = ts->n++;
		t->npt = 0;
		t->narts = narts;
		t->pt = arena_alloc(&ts->mem, n * sizeof(*t->pt));
		for (k = 0; k < f->npt; k++)
			if (on[f->pt[k].art])
				t->pt[t->npt++] = f->pt[k];
	}
	free(roots);
	if (ts->n > 1)
		qsort(ts->t, ts->n, sizeof(*ts->t), trail_cmp);
	build_refs(ts);
}

void
trail_set_free(struct trail_set *ts)
{
	free(ts->t);
	arena_free(&ts->mem);
	memset(ts, 0, sizeof(*ts));
}

long
trail_of(const struct trail_set *ts, size_t art, size_t fig)
{
	size_t lo = 0, hi = ts->nref;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct trail_ref *r = &ts->ref[mid];

		if (r->art < art || (r->art == art && r->fig < fig))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < ts->nref && ts->ref[lo].art == art && ts->ref[lo].fig == fig)
		return (long)ts->ref[lo].trail;
	return -1;
}

void
trail_point_label(const struct model *m, const struct trail_point *p, struct buf *out)
{
	const struct art_figure *f = &m->a[p->art].fig[p->fig];
	size_t n = strlen(f->text), u = f->unit != NULL ? strlen(f->unit) : 0;

	buf_reset(out);
	buf_adds(out, "");
	if (u > 0 && n > u && memcmp(f->text + n - u, f->unit, u) == 0) {
		n -= u;
		while (n > 0 && f->text[n - 1] == ' ')
			n--;
	}
	buf_add(out, f->text, n);
}

void
trail_month(const char *date, char out[8])
{
	size_t i;

	out[0] = '\0';
	if (date == NULL || strlen(date) < 7 || date[4] != '-')
		return;
	for (i = 0; i < 7; i++)
		if (i != 4 && (date[i] < '0' || date[i] > '9'))
			return;
	memcpy(out, date, 7);
	out[7] = '\0';
}

void
trail_spark(const struct model *m, const struct trail *t, int ascii, struct buf *out)
{
	static const char *const block[8] = {
		"\xE2\x96\x81", "\xE2\x96\x82", "\xE2\x96\x83", "\xE2\x96\x84",
		"\xE2\x96\x85", "\xE2\x96\x86", "\xE2\x96\x87", "\xE2\x96\x88",
	};
	static const char plain[] = "_.-:=+*#";
	double lo = 0, hi = 0;
	size_t k;

	for (k = 0; k < t->npt; k++) {
		double v = m->a[t->pt[k].art].fig[t->pt[k].fig].value;

		if (k == 0 || v < lo)
			lo = v;
		if (k == 0 || v > hi)
			hi = v;
	}
	for (k = 0; k < t->npt; k++) {
		double v = m->a[t->pt[k].art].fig[t->pt[k].fig].value;
		int lvl = hi > lo ? (int)((v - lo) / (hi - lo) * 7.0 + 0.5) : 3;

		if (lvl < 0)
			lvl = 0;
		if (lvl > 7)
			lvl = 7;
		if (ascii)
			buf_addc(out, plain[lvl]);
		else
			buf_adds(out, block[lvl]);
	}
}
