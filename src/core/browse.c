/*
 * browse.c — the view-model of the browser (see browse.h): the list and
 * its order, the current row, the filter, the search and the matches of
 * the current article, tags, read marks and marks.
 *
 * Main data: b->order[0..n), model indexes of the shown articles, made by
 * a select job (query_select over every article) and then sorted
 * (browse_sort.c).
 */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "browse_priv.h"
#include "text.h"
#include "width.h"

/* Below this many candidates selecting is quicker than a thread
 * (GISA_SELECT_THREAD_AT overrides it, so tests can drive the thread). */
#define SYNC_LIMIT 20000

static size_t
sync_limit(void)
{
	const char *e = getenv("GISA_SELECT_THREAD_AT");
	char *end;
	long v;

	if (e == NULL || *e == '\0')
		return SYNC_LIMIT;
	v = strtol(e, &end, 10);
	return *end == '\0' && v >= 0 ? (size_t)v : SYNC_LIMIT;
}

struct browse_job {
	pthread_t tid;
	int threaded;
	volatile int cancel;
	int done;		/* atomic */
	const struct model *m;
	const struct query *q;
	char *pat;		/* NULL: no search narrowing */
	unsigned char *tagged;	/* has:tag, a snapshot per article */
	size_t *out, *counts;
	long n;
	char err[256];
};

static int
job_tagged(void *ctx, size_t art)
{
	const unsigned char *t = ctx;

	return t != NULL && t[art];
}

static void *
job_run(void *arg)
{
	struct browse_job *j = arg;
	struct query_env env = { job_tagged, j->tagged, 0, &j->cancel };

	j->n = query_select(j->q, j->pat, j->m, NULL, j->m->n, &env, j->out,
	    j->pat != NULL ? j->counts : NULL, j->err, sizeof(j->err));
	__atomic_store_n(&j->done, 1, __ATOMIC_RELEASE);
	return NULL;
}

static void
job_free(struct browse_job *j)
{
	free(j->pat);
	free(j->tagged);
	free(j->out);
	free(j->counts);
	free(j);
}

static size_t
current_or_none(const struct browse *b)
{
	return b->n > 0 ? browse_art(b) : (size_t)-1;
}

/* ---- order ---- */

/* Make article art current when it is in the list, else the first row;
 * cur_gen moves when the current article is not `was`. */
static void
place(struct browse *b, size_t art, size_t was)
{
	long row = art != (size_t)-1 ? browse_row_of(b, art) : -1;

	b->cur = row >= 0 ? (size_t)row : 0;
	if (current_or_none(b) != was || b->n == 0) {
		b->cur_gen++;
		b->match_for = (size_t)-1;
		b->mcur = -1;
	}
}

long
browse_row_of(const struct browse *b, size_t art)
{
	size_t i;

	for (i = 0; i < b->n; i++)
		if (b->order[i] == art)
			return (long)i;
	return -1;
}

int
browse_select(struct browse *b, size_t row)
{
	if (b->n == 0)
		return 0;
	if (row >= b->n)
		row = b->n - 1;
	if (row == b->cur)
		return 0;
	b->cur = row;
	b->cur_gen++;
	return 1;
}

/* ---- selection ---- */

static void
apply(struct browse *b, struct browse_job *j)
{
	size_t was = current_or_none(b), keep = was, i;

	if (b->want != (size_t)-1) {
		keep = b->want;
		b->want = (size_t)-1;
	}
	if (j->n == QUERY_CANCELLED)
		return;
	if (j->n == QUERY_ERROR) {
		/* the list stays as it was; the reason stays in view */
		buf_reset(&b->serr);
		buf_printf(&b->serr, "search stopped: %s", j->err);
		return;
	}
	buf_reset(&b->serr);
	b->n = (size_t)j->n;
	memcpy(b->order, j->out, b->n * sizeof(*b->order));
	b->mtotal = b->marts = 0;
	if (j->pat != NULL) {
		memset(b->mcount, 0, b->m->n * sizeof(*b->mcount));
		for (i = 0; i < b->n; i++) {
			b->mcount[b->order[i]] = j->counts[i];
			b->mtotal += j->counts[i];
		}
		b->marts = b->n;
	}
	browse_order(b);
	b->list_gen++;
	place(b, keep, was);
}

int
browse_poll(struct browse *b)
{
	struct browse_job *j = b->job;

	if (j == NULL || !__atomic_load_n(&j->done, __ATOMIC_ACQUIRE))
		return 0;
	if (j->threaded)
		pthread_join(j->tid, NULL);
	b->job = NULL;
	apply(b, j);
	job_free(j);
	return 1;
}

int
browse_busy(const struct browse *b)
{
	return b->job != NULL;
}

void
browse_cancel(struct browse *b)
{
	struct browse_job *j = b->job;

	if (j == NULL)
		return;
	j->cancel = 1;
	if (j->threaded)
		pthread_join(j->tid, NULL);
	job_free(j);
	b->job = NULL;
}

/* Select the list again from the filter and the search. */
static void
reselect(struct browse *b)
{
	const struct model *m = b->m;
	size_t room = m->n ? m->n : 1, i;
	struct browse_job *j;

	browse_cancel(b);
	j = xcalloc(1, sizeof(*j));
	j->m = m;
	j->q = b->q;
	j->pat = b->narrow && b->re != NULL ? xstrdup(b->pat.s) : NULL;
	j->out = xmalloc(room * sizeof(*j->out));
	j->counts = xmalloc(room * sizeof(*j->counts));
	if (b->ntag > 0 && query_uses_tags(b->q)) {
		/* a snapshot: the thread must not read the state as t changes it */
		j->tagged = xcalloc(room, 1);
		for (i = 0; i < m->n; i++)
			j->tagged[i] = (unsigned char)browse_is_tagged(b, i);
	}
	b->job = j;
	if (m->n > sync_limit() && pthread_create(&j->tid, NULL, job_run, j) == 0) {
		j->threaded = 1;
		return;
	}
	job_run(j);
	browse_poll(b);
}

/* ---- init ---- */

void
browse_init(struct browse *b, const struct model *m, struct state *st)
{
	size_t i, room = m->n ? m->n : 1;

	memset(b, 0, sizeof(*b));
	b->m = m;
	b->st = st;
	b->order = xmalloc(room * sizeof(*b->order));
	b->mcount = xcalloc(room, sizeof(*b->mcount));
	for (i = 0; i < m->n; i++)
		b->order[i] = i;
	b->n = m->n;
	b->cur_gen = b->list_gen = 1;
	b->want = b->saved_art = (size_t)-1;
	b->match_for = (size_t)-1;
	b->mcur = -1;
	buf_adds(&b->filter, "");
	buf_adds(&b->pat, "");
	buf_adds(&b->serr, "");
	buf_adds(&b->saved_pat, "");
	for (i = 0; st != NULL && state_ntagged(st) > 0 && i < m->n; i++)
		b->ntag += (size_t)browse_is_tagged(b, i);
}

void
browse_free(struct browse *b)
{
	browse_cancel(b);
	query_free(b->q);
	query_re_free(b->re);
	free(b->order);
	free(b->mcount);
	free(b->match);
	free(b->pmark);
	free(b->fmark);
	buf_free(&b->filter);
	buf_free(&b->pat);
	buf_free(&b->serr);
	buf_free(&b->saved_pat);
	tally_free(&b->tally);
	memset(b, 0, sizeof(*b));
}

/* ---- filter ---- */

int
browse_set_filter(struct browse *b, const char *expr, struct browse_error *err)
{
	struct query_error qe;
	struct query *q = NULL;

	while (*expr == ' ')
		expr++;
	if (*expr != '\0' && (q = query_parse(expr, &qe)) == NULL) {
		if (err != NULL) {
			snprintf(err->msg, sizeof(err->msg), "%s", qe.msg);
			err->col = (long)qe.col;
		}
		return -1;
	}
	browse_cancel(b);
	query_free(b->q);
	b->q = q;
	buf_reset(&b->filter);
	buf_adds(&b->filter, expr);
	reselect(b);
	return 0;
}

/* Does the filter have "or" as a word at its top, so that a term added
 * after it would bind to its last alternative only? */
static int
has_or(const char *s)
{
	const char *p;

	for (p = strstr(s, "or"); p != NULL; p = strstr(p + 2, "or"))
		if ((p == s || p[-1] == ' ' || p[-1] == ')') && (p[2] == ' ' || p[2] == '('))
			return 1;
	return 0;
}

/* field:value, quoted when the value holds what would end a bare word. */
static void
add_term(struct buf *t, const char *field, const char *v)
{
	const char *p;

	buf_printf(t, "%s:", field);
	if (strpbrk(v, " \"()\\") == NULL && *v != '\0') {
		buf_adds(t, v);
		return;
	}
	buf_addc(t, '"');
	for (p = v; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\')
			buf_addc(t, '\\');
		buf_addc(t, *p);
	}
	buf_addc(t, '"');
}

/* The filter with term joined to it by "and". */
static int
narrow_by(struct browse *b, const struct buf *term)
{
	struct buf e = BUF_INIT;
	int rc;

	if (b->filter.len == 0)
		buf_adds(&e, term->s);
	else if (has_or(b->filter.s))
		buf_printf(&e, "(%s) %s", b->filter.s, term->s);
	else
		buf_printf(&e, "%s %s", b->filter.s, term->s);
	rc = browse_set_filter(b, e.s, NULL);
	buf_free(&e);
	return rc;
}

int
browse_narrow_person(struct browse *b, size_t p)
{
	struct buf t = BUF_INIT;
	int rc;

	add_term(&t, "person", b->m->people[p].name);
	rc = narrow_by(b, &t);
	buf_free(&t);
	return rc;
}

int
browse_narrow_figure(struct browse *b, size_t f)
{
	const struct corpus_figure *fg = &b->m->figures[f];
	struct buf t = BUF_INIT;
	int rc;

	if (fg->unit != NULL) {
		add_term(&t, "unit", fg->unit);
		buf_addc(&t, ' ');
	}
	if (fg->value == floor(fg->value) && fabs(fg->value) < 1e15)
		buf_printf(&t, "value:%.0f", fg->value);
	else
		buf_printf(&t, "value:%.17g", fg->value);
	rc = narrow_by(b, &t);
	buf_free(&t);
	return rc;
}

int
browse_clear(struct browse *b)
{
	if (b->filter.len == 0 && !b->narrow)
		return 0;
	browse_cancel(b);
	query_free(b->q);
	b->q = NULL;
	buf_reset(&b->filter);
	buf_adds(&b->filter, "");
	b->narrow = 0;
	reselect(b);
	return 1;
}

/* ---- search ---- */

int
browse_set_search(struct browse *b, const char *pat, int narrow, struct browse_error *err)
{
	struct query_re *re = NULL;
	char msg[256];
	size_t off, n = strlen(pat);
	int was_narrow = b->narrow;

	if (n > 0 && (re = query_re_compile(pat, msg, sizeof(msg), &off)) == NULL) {
		if (err != NULL) {
			snprintf(err->msg, sizeof(err->msg), "%s", msg);
			err->col = (long)text_width(pat, off < n ? off : n);
		}
		return -1;
	}
	buf_reset(&b->serr);
	buf_adds(&b->serr, "");
	query_re_free(b->re);
	b->re = re;
	buf_reset(&b->pat);
	buf_add(&b->pat, pat, n);
	buf_adds(&b->pat, "");
	b->narrow = narrow && re != NULL;
	b->match_for = (size_t)-1;
	b->mcur = -1;
	if (b->narrow || was_narrow)
		reselect(b);
	return 0;
}

void
browse_search_begin(struct browse *b, int back)
{
	buf_reset(&b->saved_pat);
	buf_adds(&b->saved_pat, b->pat.s);
	b->saved_narrow = b->narrow;
	b->saved_back = b->back;
	b->saved_art = current_or_none(b);
	b->back = back;
}

void
browse_search_cancel(struct browse *b)
{
	char *pat = xstrdup(b->saved_pat.s);

	b->back = b->saved_back;
	b->want = b->saved_art;
	browse_set_search(b, pat, b->saved_narrow, NULL);
	free(pat);
	if (b->job == NULL && b->want != (size_t)-1) {
		/* nothing was selected again: just go back */
		place(b, b->want, current_or_none(b));
		b->want = (size_t)-1;
	}
}

const char *
browse_search_error(const struct browse *b)
{
	return b->serr.s != NULL ? b->serr.s : "";
}

/* Add the matches of b->re in s under para; -1 when a limit stopped it. */
static int
collect(struct browse *b, const char *s, uint32_t para)
{
	size_t n = strlen(s), at = 0, mo, ml;
	int r;

	while (at <= n && (r = query_re_find(b->re, s, n, at, &mo, &ml)) != 0) {
		if (r < 0) {
			buf_reset(&b->serr);
			buf_printf(&b->serr, "search stopped: %s", query_re_error(b->re));
			return -1;
		}
		if (ml > 0) {
			/* whole grapheme clusters: /👩 takes the ZWJ sequence
			 * it is part of, once */
			size_t s0 = width_floor(s, n, mo), e0 = width_ceil(s, n, mo + ml);
			struct span *last = b->nmatch > 0 ? &b->match[b->nmatch - 1] : NULL;

			if (last != NULL && last->para == para && last->off + last->len >= s0) {
				last->len = (uint32_t)(e0 - last->off);
			} else {
				b->match = xgrow(b->match, &b->match_cap, b->nmatch + 1, sizeof(*b->match));
				b->match[b->nmatch++] = (struct span){ para, (uint32_t)s0, (uint32_t)(e0 - s0) };
			}
			at = e0;
		} else {
			/* an empty match: go on after the next character */
			at = utf8_align(s, n, mo + 1);
		}
	}
	return 0;
}

const struct span *
browse_matches(struct browse *b, size_t *n)
{
	const struct article *a;
	size_t i;

	if (b->n > 0 && b->match_for != browse_art(b)) {
		b->nmatch = 0;
		b->match_for = browse_art(b);
		b->mcur = -1;
		if (b->re != NULL) {
			buf_reset(&b->serr);
			buf_adds(&b->serr, "");
			a = &b->m->a[browse_art(b)];
			if (a->title == NULL || collect(b, a->title, SPAN_TITLE) == 0) {
				for (i = 0; i < a->npara; i++)
					if (collect(b, a->para[i], (uint32_t)i) < 0)
						break;
				for (i = 0; b->serr.len == 0 && i < a->ncap; i++)
					if (collect(b, a->cap[i], BROWSE_CAP(i)) < 0)
						break;
			}
		}
	}
	if (b->n == 0)
		b->nmatch = 0;
	*n = b->nmatch;
	return b->nmatch > 0 ? b->match : NULL;
}

/* Where (para, off) comes in reading order: title, paragraphs, captions. */
static unsigned long long
pos_rank(uint32_t para, size_t off)
{
	unsigned long long r;

	if (para == SPAN_TITLE)
		r = 0;
	else if (para & BROWSE_CAP_BIT)
		r = (1ULL << 33) + (para & ~BROWSE_CAP_BIT);
	else
		r = 1ULL + para;
	return (r << 30) | (off & ((1UL << 30) - 1));
}

int
browse_pos_cmp(uint32_t pa, size_t oa, uint32_t pb, size_t ob)
{
	unsigned long long a = pos_rank(pa, oa), z = pos_rank(pb, ob);

	return (a > z) - (a < z);
}

enum browse_step
browse_first(struct browse *b, int dir, uint32_t para, size_t off)
{
	size_t n, k;

	if (b->re == NULL)
		return BROWSE_STEP_NO_SEARCH;
	browse_matches(b, &n);
	if (n == 0) {
		b->mcur = -1;
		return b->serr.len > 0 ? BROWSE_STEP_STOPPED : BROWSE_STEP_NO_MATCH;
	}
	b->mcur = dir > 0 ? 0 : (long)n - 1;
	for (k = 0; k < n; k++) {
		size_t i = dir > 0 ? k : n - 1 - k;
		int c = browse_pos_cmp(b->match[i].para, b->match[i].off, para, off);

		if (dir > 0 ? c >= 0 : c < 0) {
			b->mcur = (long)i;
			break;
		}
	}
	return BROWSE_STEP_MATCH;
}

/* The next row from the current one in direction dir whose article
 * matches, or -1. */
static long
next_article(struct browse *b, int dir)
{
	size_t i = b->cur;
	long c;

	for (;;) {
		if (dir > 0 ? i + 1 >= b->n : i == 0)
			return -1;
		i = dir > 0 ? i + 1 : i - 1;
		if (b->narrow) {
			if (b->mcount[b->order[i]] > 0)
				return (long)i;
			continue;
		}
		c = query_re_count(b->re, b->m, b->order[i]);
		if (c < 0) {
			buf_reset(&b->serr);
			buf_printf(&b->serr, "search stopped: %s", query_re_error(b->re));
			return -1;
		}
		if (c > 0)
			return (long)i;
	}
}

enum browse_step
browse_step(struct browse *b, int dir, const struct span *at)
{
	size_t n;
	long row;

	if (b->re == NULL)
		return BROWSE_STEP_NO_SEARCH;
	if (b->n == 0)
		return BROWSE_STEP_END;
	if (at != NULL) {
		browse_matches(b, &n);
		if (b->mcur < 0 && n > 0)
			return browse_first(b, dir, at->para, at->off);
		if (b->mcur + dir >= 0 && b->mcur + dir < (long)n) {
			b->mcur += dir;
			return BROWSE_STEP_MATCH;
		}
	}
	if (b->serr.len > 0)
		return BROWSE_STEP_STOPPED;
	row = next_article(b, dir);
	if (row < 0)
		return b->serr.len > 0 ? BROWSE_STEP_STOPPED : BROWSE_STEP_END;
	browse_select(b, (size_t)row);
	browse_matches(b, &n);
	if (at != NULL && n > 0)
		b->mcur = dir > 0 ? 0 : (long)n - 1;
	return BROWSE_STEP_ARTICLE;
}

const struct tally *
browse_tally(struct browse *b)
{
	if (b->tally_gen != b->list_gen) {
		tally_build(&b->tally, b->m, b->order, b->n);
		b->tally_gen = b->list_gen;
	}
	return &b->tally;
}
