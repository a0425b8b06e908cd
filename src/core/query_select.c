/*
 * query_select.c — run a filter and a search over many articles on every
 * core, keeping their order.
 *
 * Threads take blocks of candidates from a shared counter and mark each
 * candidate in hit[] (and its match count in cnt[]); the caller then
 * packs the marked ones in candidate order.  Every thread has its own
 * clones of the matchers: PCRE2 match data and JIT stacks are per thread.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "query.h"
#include "query_priv.h"

#define BLOCK 64

struct job {
	const struct query *q;
	const struct query_re *pat;	/* NULL: no search */
	const struct model *m;
	const size_t *cand;
	size_t ncand;
	const struct query_env *env;
	unsigned char *hit;
	long *cnt;			/* NULL: counts not wanted */
	atomic_size_t next;
	atomic_int stop;		/* 1: error, 2: cancelled */
	pthread_mutex_t lock;
	char err[200];
};

static void
job_fail(struct job *j, int why, const char *msg)
{
	int none = 0;

	pthread_mutex_lock(&j->lock);
	if (atomic_compare_exchange_strong(&j->stop, &none, why) && msg)
		snprintf(j->err, sizeof(j->err), "%s", msg);
	pthread_mutex_unlock(&j->lock);
}

static void *
worker(void *arg)
{
	struct job *j = arg;
	size_t nres, b, k;
	struct query_re **res = query_res_clone(j->q, &nres);
	struct query_re *pat = j->pat ? query_re_clone(j->pat) : NULL;

	while (atomic_load(&j->stop) == 0 &&
	    (b = atomic_fetch_add(&j->next, BLOCK)) < j->ncand) {
		size_t end = b + BLOCK < j->ncand ? b + BLOCK : j->ncand;

		for (k = b; k < end; k++) {
			size_t i = j->cand ? j->cand[k] : k;
			const char *emsg = NULL;
			int r;

			if (j->env && j->env->cancel && *j->env->cancel) {
				job_fail(j, 2, NULL);
				break;
			}
			r = query_eval(j->q, j->m, i, j->env, res, &emsg);
			if (r == 1 && pat) {
				long c = query_re_count_max(pat, j->m, i, j->cnt ? 0 : 1);

				if (c < 0)
					emsg = query_re_error(pat), r = -1;
				else if (j->cnt)
					j->cnt[k] = c;
				if (c == 0)
					r = 0;
			}
			if (r < 0) {
				job_fail(j, 1, emsg ? emsg : "search failed");
				break;
			}
			j->hit[k] = (unsigned char)r;
		}
	}
	query_re_free(pat);
	query_res_free(res, nres);
	return NULL;
}

long
query_select(const struct query *q, const char *pattern,
	     const struct model *m, const size_t *cand, size_t ncand,
	     const struct query_env *env, size_t *out, size_t *counts,
	     char *err, size_t errsz)
{
	struct job j;
	struct query_re *pat = NULL;
	long nthreads = env && env->threads > 0 ? env->threads : sysconf(_SC_NPROCESSORS_ONLN);
	pthread_t *tid;
	long t, started = 0, sel = 0;
	size_t k;
	int stop;

	if (cand == NULL)
		ncand = m->n;
	if (pattern && *pattern) {
		size_t off;

		pat = query_re_compile(pattern, err, errsz, &off);
		if (pat == NULL)
			return QUERY_ERROR;
	}
	memset(&j, 0, sizeof(j));
	j.q = q;
	j.pat = pat;
	j.m = m;
	j.cand = cand;
	j.ncand = ncand;
	j.env = env;
	j.hit = xcalloc(ncand ? ncand : 1, 1);
	j.cnt = counts && pat ? xcalloc(ncand ? ncand : 1, sizeof(*j.cnt)) : NULL;
	atomic_init(&j.next, 0);
	atomic_init(&j.stop, 0);
	pthread_mutex_init(&j.lock, NULL);

	if (nthreads < 1)
		nthreads = 1;
	if ((size_t)nthreads > (ncand + BLOCK - 1) / BLOCK)
		nthreads = (long)((ncand + BLOCK - 1) / BLOCK);
	tid = xcalloc(nthreads > 1 ? (size_t)nthreads : 1, sizeof(*tid));
	/* the calling thread works too */
	for (t = 1; t < nthreads; t++)
		if (pthread_create(&tid[t], NULL, worker, &j) == 0)
			started++, tid[started] = tid[t];
	worker(&j);
	for (t = 1; t <= started; t++)
		pthread_join(tid[t], NULL);
	free(tid);

	stop = atomic_load(&j.stop);
	if (stop == 0) {
		for (k = 0; k < ncand; k++)
			if (j.hit[k]) {
				if (counts)
					counts[sel] = j.cnt ? (size_t)j.cnt[k] : 0;
				out[sel++] = cand ? cand[k] : k;
			}
	} else if (stop == 1) {
		if (err && errsz)
			snprintf(err, errsz, "%s", j.err);
		sel = QUERY_ERROR;
	} else {
		if (err && errsz)
			snprintf(err, errsz, "cancelled");
		sel = QUERY_CANCELLED;
	}
	pthread_mutex_destroy(&j.lock);
	free(j.hit);
	free(j.cnt);
	query_re_free(pat);
	return sel;
}
