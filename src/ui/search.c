/*
 * search.c — the filter and the search in the browser.
 *
 * The list is base (every article, or what the panel narrowed to) passed
 * through the filter and, when the search was typed in the list, through
 * the pattern.  Selecting runs query_select, the same function as the
 * headless export, so both pick the same articles.  On a large corpus it
 * runs in a thread while the loop keeps reading keys: a key that changes
 * the pattern cancels the selection under way and starts the next, so
 * typing never waits for the corpus.  In the reader the pattern is matched
 * against the current article only, which is instant.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "uipriv.h"

/* Below this many candidates selecting is quicker than a thread
 * (GISA_SELECT_THREAD_AT overrides it, so tests can drive the thread). */
#define SYNC_LIMIT 20000

static size_t
sync_limit(void)
{
	static long limit = -1;

	if (limit < 0) {
		const char *e = getenv("GISA_SELECT_THREAD_AT");
		char *end;

		limit = SYNC_LIMIT;
		if (e != NULL && *e != '\0') {
			long v = strtol(e, &end, 10);

			if (*end == '\0' && v >= 0)
				limit = v;
		}
	}
	return (size_t)limit;
}

struct select_job {
	pthread_t tid;
	int threaded;
	volatile int cancel;
	int done;		/* atomic */
	const struct model *m;
	const struct query *q;
	char *pat;		/* NULL: no search narrowing */
	size_t *cand, ncand;
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
	struct select_job *j = arg;
	struct query_env env = { job_tagged, j->tagged, 0, &j->cancel };

	j->n = query_select(j->q, j->pat, j->m, j->cand, j->ncand, &env, j->out,
	    j->pat != NULL ? j->counts : NULL, j->err, sizeof(j->err));
	__atomic_store_n(&j->done, 1, __ATOMIC_RELEASE);
	return NULL;
}

static void
job_free(struct select_job *j)
{
	free(j->pat);
	free(j->cand);
	free(j->tagged);
	free(j->out);
	free(j->counts);
	free(j);
}

void
search_cancel(struct ui *ui)
{
	struct select_job *j = ui->job;

	if (j == NULL)
		return;
	j->cancel = 1;
	if (j->threaded)
		pthread_join(j->tid, NULL);
	job_free(j);
	ui->job = NULL;
}

int
search_busy(const struct ui *ui)
{
	return ui->job != NULL;
}

/* Put the job's result in the list, keeping the current article when it
 * is still there. */
static void
apply(struct ui *ui, struct select_job *j)
{
	size_t keep = ui->norder ? ui_art(ui) : (size_t)-1, i;

	if (ui->want_art != (size_t)-1) {
		keep = ui->want_art;
		ui->want_art = (size_t)-1;
	}
	if (j->n == QUERY_CANCELLED)
		return;
	if (j->n == QUERY_ERROR) {
		/* the list stays as it was; the reason stays in view */
		snprintf(ui->serr, sizeof(ui->serr), "search stopped: %.200s", j->err);
		if (ui->ask == ASK_SEARCH || ui->ask == ASK_SEARCH_BACK)
			snprintf(ui->pr.msg, sizeof(ui->pr.msg), "search stopped: %.200s", j->err);
		return;
	}
	ui->serr[0] = '\0';
	ui->norder = (size_t)j->n;
	memcpy(ui->order, j->out, ui->norder * sizeof(*ui->order));
	ui->mtotal = ui->marts = 0;
	if (j->pat != NULL) {
		memset(ui->mcount, 0, ui->m->n * sizeof(*ui->mcount));
		for (i = 0; i < ui->norder; i++) {
			ui->mcount[ui->order[i]] = j->counts[i];
			ui->mtotal += j->counts[i];
		}
		ui->marts = ui->norder;
	}
	ui->corpus_stale = 1;
	list_show(ui, keep);
}

int
search_poll(struct ui *ui)
{
	struct select_job *j = ui->job;

	if (j == NULL || !__atomic_load_n(&j->done, __ATOMIC_ACQUIRE))
		return 0;
	if (j->threaded)
		pthread_join(j->tid, NULL);
	ui->job = NULL;
	apply(ui, j);
	job_free(j);
	return 1;
}

void
search_reselect(struct ui *ui)
{
	struct select_job *j;
	size_t i;

	search_cancel(ui);
	j = xcalloc(1, sizeof(*j));
	j->m = ui->m;
	j->q = ui->q;
	j->pat = ui->snarrow && ui->re != NULL ? xstrdup(ui->spat) : NULL;
	j->ncand = ui->nbase;
	j->cand = xmalloc((j->ncand ? j->ncand : 1) * sizeof(*j->cand));
	memcpy(j->cand, ui->base, j->ncand * sizeof(*j->cand));
	j->out = xmalloc((j->ncand ? j->ncand : 1) * sizeof(*j->out));
	j->counts = xmalloc((j->ncand ? j->ncand : 1) * sizeof(*j->counts));
	if (ui->ntag > 0 && query_uses_tags(ui->q)) {
		/* a snapshot: the thread must not read the state as t changes it */
		j->tagged = xcalloc(ui->m->n ? ui->m->n : 1, 1);
		for (i = 0; i < ui->m->n; i++)
			j->tagged[i] = (unsigned char)act_is_tagged(ui, i);
	}
	ui->job = j;
	if (j->ncand > sync_limit() && pthread_create(&j->tid, NULL, job_run, j) == 0) {
		j->threaded = 1;
		return;
	}
	job_run(j);
	search_poll(ui);
}

int
search_set_filter(struct ui *ui, const char *expr)
{
	struct query_error err;
	struct query *q;

	while (*expr == ' ')
		expr++;
	if (*expr == '\0') {
		q = NULL;
	} else if ((q = query_parse(expr, &err)) == NULL) {
		snprintf(ui->pr.msg, sizeof(ui->pr.msg), "%s", err.msg);
		ui->pr.err_col = (long)err.col;
		return -1;
	}
	search_cancel(ui);
	query_free(ui->q);
	ui->q = q;
	snprintf(ui->fexpr, sizeof(ui->fexpr), "%s", expr);
	search_reselect(ui);
	return 0;
}

int
search_set_pattern(struct ui *ui, const char *pat, int narrow)
{
	struct query_re *re = NULL;
	char msg[200];
	size_t off;
	int was_narrow = ui->snarrow;

	if (*pat != '\0' && (re = query_re_compile(pat, msg, sizeof(msg), &off)) == NULL) {
		snprintf(ui->pr.msg, sizeof(ui->pr.msg), "%s", msg);
		ui->pr.err_col = (long)text_width(pat, off < strlen(pat) ? off : strlen(pat));
		return -1;
	}
	ui->pr.msg[0] = '\0';
	ui->pr.err_col = -1;
	ui->serr[0] = '\0';
	query_re_free(ui->re);
	ui->re = re;
	snprintf(ui->spat, sizeof(ui->spat), "%s", pat);
	ui->snarrow = narrow && re != NULL;
	ui->match_for = (size_t)-1;
	ui->mcur = -1;
	if (ui->snarrow || was_narrow)
		search_reselect(ui);
	return 0;
}

/* Add the matches of ui->re in s under para. */
static int
collect(struct ui *ui, const char *s, uint32_t para)
{
	size_t n = strlen(s), at = 0, mo, ml;
	int r;

	while (at <= n && (r = query_re_find(ui->re, s, n, at, &mo, &ml)) != 0) {
		if (r < 0) {
			snprintf(ui->serr, sizeof(ui->serr), "search stopped: %s", query_re_error(ui->re));
			return -1;
		}
		if (ml > 0) {
			ui->match = xgrow(ui->match, &ui->match_cap, ui->nmatch + 1, sizeof(*ui->match));
			ui->match[ui->nmatch++] = (struct span){ para, (uint32_t)mo, (uint32_t)ml };
			at = mo + ml;
		} else {
			/* an empty match: go on after the next character */
			at = mo + 1;
			while (at < n && ((unsigned char)s[at] & 0xC0) == 0x80)
				at++;
		}
	}
	return 0;
}

void
search_article_matches(struct ui *ui)
{
	const struct article *a;
	size_t i;

	if (ui->norder == 0 || ui->match_for == ui_art(ui))
		return;
	ui->nmatch = 0;
	ui->match_for = ui_art(ui);
	ui->mcur = -1;
	if (ui->re == NULL)
		return;
	ui->serr[0] = '\0';
	a = &ui->m->a[ui_art(ui)];
	if (a->title != NULL && collect(ui, a->title, SPAN_TITLE) < 0)
		return;
	for (i = 0; i < a->npara; i++)
		if (collect(ui, a->para[i], (uint32_t)i) < 0)
			return;
	for (i = 0; i < a->ncap; i++)
		if (collect(ui, a->cap[i], LINE_CAP(i)) < 0)
			return;
}

static void
show_match(struct ui *ui)
{
	const struct span *s = &ui->match[ui->mcur];

	reader_show(ui, s->para, s->off);	/* the status line counts it */
}

/* The next list row from ui->cur in direction dir whose article matches,
 * or -1. */
static long
next_article(struct ui *ui, int dir)
{
	size_t i = ui->cur;
	long c;

	for (;;) {
		if (dir > 0 ? i + 1 >= ui->norder : i == 0)
			return -1;
		i = dir > 0 ? i + 1 : i - 1;
		if (ui->snarrow) {
			if (ui->mcount[ui->order[i]] > 0)
				return (long)i;
			continue;
		}
		c = query_re_count(ui->re, ui->m, ui->order[i]);
		if (c < 0) {
			snprintf(ui->serr, sizeof(ui->serr), "search stopped: %s", query_re_error(ui->re));
			return -1;
		}
		if (c > 0)
			return (long)i;
	}
}

void
search_first(struct ui *ui, int dir)
{
	size_t top = ui->rtop, k;
	uint32_t para;
	size_t off;

	search_article_matches(ui);
	if (ui->nmatch == 0) {
		ui->mcur = -1;
		if (ui->re != NULL)
			ui_say(ui, "no match in this article: n looks further");
		return;
	}
	reader_line_pos(ui, top, &para, &off);
	ui->mcur = dir > 0 ? 0 : (long)ui->nmatch - 1;
	for (k = 0; k < ui->nmatch; k++) {
		size_t i = dir > 0 ? k : ui->nmatch - 1 - k;

		if (dir > 0 ? reader_pos_cmp(ui->match[i].para, ui->match[i].off, para, off) >= 0
		    : reader_pos_cmp(ui->match[i].para, ui->match[i].off, para, off) < 0) {
			ui->mcur = (long)i;
			break;
		}
	}
	show_match(ui);
}

void
search_step(struct ui *ui, int dir)
{
	long row;

	if (ui->re == NULL) {
		ui_say(ui, "no search yet: / searches");
		return;
	}
	if (ui->norder == 0)
		return;
	if (ui->focus == PANE_READER) {
		search_article_matches(ui);
		if (ui->mcur < 0 && ui->nmatch > 0) {
			search_first(ui, dir);
			return;
		}
		if (ui->mcur + dir >= 0 && ui->mcur + dir < (long)ui->nmatch) {
			ui->mcur += dir;
			show_match(ui);
			return;
		}
	}
	if (ui->serr[0] != '\0')
		return;		/* the status line says why */
	row = next_article(ui, dir);
	if (row < 0) {
		if (ui->serr[0] == '\0')
			ui_say(ui, "no more matches %s",
			    dir > 0 ? "below: last one" : "above: first one");
		return;
	}
	list_select(ui, (size_t)row);
	if (ui->focus == PANE_READER) {
		reader_layout(ui, ui->pane[PANE_READER].w > 0 ? ui->pane[PANE_READER].w : 40);
		search_article_matches(ui);
		if (ui->nmatch > 0) {
			ui->mcur = dir > 0 ? 0 : (long)ui->nmatch - 1;
			show_match(ui);
		}
	} else {
		search_article_matches(ui);
	}
}

void
search_free(struct ui *ui)
{
	search_cancel(ui);
	query_free(ui->q);
	query_re_free(ui->re);
	free(ui->match);
	free(ui->mcount);
	free(ui->base);
	strv_free(&ui->shist);
	strv_free(&ui->fhist);
	strv_free(&ui->phist);
	prompt_close(&ui->pr);
}
