/*
 * ingest.c — run the stages on one page, and on all of them in parallel.
 *
 * Workers take file indexes from a shared counter; each owns an arena,
 * which the model adopts afterwards.  Results are stored by index and
 * warnings reported after the workers finish, in input order, so the
 * output never depends on thread timing.
 */
#include "ingest.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clean.h"
#include "dedup.h"
#include "html.h"
#include "meta.h"

/* Bodies with fewer 5-grams are never linked as near-duplicates. */
#define MIN_NEAR_GRAMS 100

static const char *
adup(struct arena *a, const char *s)
{
	return s != NULL ? arena_strdup(a, s) : NULL;
}

int
ingest_document(const char *path, const char *bytes, size_t n,
		struct arena *a, struct article *out, char **err, char **warning)
{
	struct source_text t;
	struct html_doc doc;
	struct clean_result c;
	struct meta m;
	size_t i;

	*warning = NULL;
	memset(out, 0, sizeof(*out));
	if (source_decode(bytes, n, &t, err) != 0)
		return -1;
	if (t.replaced > 0)
		*warning = xasprintf("%zu byte%s not valid in any known encoding, shown as U+FFFD",
		    t.replaced, t.replaced == 1 ? "" : "s");
	html_parse(t.text, t.len, &doc);
	clean_document(&doc, &c);
	out->dups = dedup_paragraphs(&c.paragraphs);
	meta_extract(&doc, &c, &m);

	out->source = arena_strdup(a, path);
	out->encoding = t.encoding;
	out->title = adup(a, m.title);
	out->outlet = adup(a, m.outlet);
	out->date = adup(a, m.date);
	out->nrep = m.nrep;
	out->rep = arena_alloc(a, (m.nrep ? m.nrep : 1) * sizeof(*out->rep));
	for (i = 0; i < m.nrep; i++) {
		out->rep[i].name = adup(a, m.rep[i].name);
		out->rep[i].email = adup(a, m.rep[i].email);
	}
	out->npara = c.paragraphs.n;
	out->para = arena_alloc(a, (c.paragraphs.n ? c.paragraphs.n : 1) * sizeof(char *));
	for (i = 0; i < c.paragraphs.n; i++)
		out->para[i] = arena_strdup(a, c.paragraphs.v[i]);
	out->ncap = c.captions.n;
	out->cap = arena_alloc(a, (c.captions.n ? c.captions.n : 1) * sizeof(char *));
	for (i = 0; i < c.captions.n; i++)
		out->cap[i] = arena_strdup(a, c.captions.v[i]);
	out->id = model_body_id(out->para, out->npara);
	{
		uint32_t sig[DEDUP_K];

		/* too little text to tell a re-post from a coincidence */
		if (dedup_minhash(c.paragraphs.v, c.paragraphs.n, sig) >= MIN_NEAR_GRAMS) {
			out->minhash = arena_alloc(a, sizeof(sig));
			memcpy(out->minhash, sig, sizeof(sig));
		}
	}
	out->near = -1;

	meta_free(&m);
	clean_result_free(&c);
	html_doc_free(&doc);
	source_text_free(&t);
	return 0;
}

struct job {
	char **files;
	size_t nfiles;
	struct article *out;
	char **err;		/* per file: why it failed, or NULL */
	char **warn;		/* per file: a warning, or NULL */
	unsigned char *ok;
	size_t next;
	pthread_mutex_t lock;
};

struct worker {
	struct job *job;
	struct arena arena;
	pthread_t tid;
};

static void *
work(void *arg)
{
	struct worker *w = arg;
	struct job *j = w->job;
	struct buf bytes = BUF_INIT;

	for (;;) {
		size_t i;
		char *err = NULL;

		pthread_mutex_lock(&j->lock);
		i = j->next++;
		pthread_mutex_unlock(&j->lock);
		if (i >= j->nfiles)
			break;
		buf_reset(&bytes);
		if (source_read(j->files[i], &bytes, &err) != 0
		    || ingest_document(j->files[i], bytes.s ? bytes.s : "", bytes.len,
			&w->arena, &j->out[i], &err, &j->warn[i]) != 0) {
			j->err[i] = err;
			continue;
		}
		j->ok[i] = 1;
		if (bytes.cap > (16u << 20))
			buf_free(&bytes);	/* do not hold on to one huge page */
	}
	buf_free(&bytes);
	return NULL;
}

struct counted {
	const struct ingest_opts *o;
	size_t n;
};

static void
count_warning(void *ctx, const char *path, const char *reason)
{
	struct counted *c = ctx;

	c->n++;
	c->o->warn(c->o->ctx, path, reason);
}

size_t
ingest_paths(struct model *m, char *const *paths, size_t n,
	     const struct ingest_opts *o)
{
	struct counted walk = { o, 0 };
	struct job j;
	struct worker *w;
	size_t i, failed = 0;
	int nt = o->threads, t;

	memset(&j, 0, sizeof(j));
	j.nfiles = source_expand(paths, n, &j.files, count_warning, &walk);
	j.out = xcalloc(j.nfiles ? j.nfiles : 1, sizeof(*j.out));
	j.err = xcalloc(j.nfiles ? j.nfiles : 1, sizeof(*j.err));
	j.warn = xcalloc(j.nfiles ? j.nfiles : 1, sizeof(*j.warn));
	j.ok = xcalloc(j.nfiles ? j.nfiles : 1, 1);
	pthread_mutex_init(&j.lock, NULL);
	if (nt <= 0) {
		long cpus = sysconf(_SC_NPROCESSORS_ONLN);

		nt = cpus > 0 ? (int)cpus : 1;
	}
	if ((size_t)nt > j.nfiles)
		nt = j.nfiles > 0 ? (int)j.nfiles : 1;
	w = xcalloc((size_t)nt, sizeof(*w));
	for (t = 0; t < nt; t++) {
		w[t].job = &j;
		if (t > 0 && pthread_create(&w[t].tid, NULL, work, &w[t]) != 0)
			fatal("cannot start a loader thread");
	}
	work(&w[0]);
	for (t = 1; t < nt; t++)
		pthread_join(w[t].tid, NULL);

	m->arenas = xrealloc(m->arenas, (m->narenas + (size_t)nt) * sizeof(*m->arenas));
	for (t = 0; t < nt; t++)
		m->arenas[m->narenas++] = w[t].arena;
	for (i = 0; i < j.nfiles; i++) {
		if (j.warn[i] != NULL)
			o->warn(o->ctx, j.files[i], j.warn[i]);
		if (!j.ok[i]) {
			o->warn(o->ctx, j.files[i], j.err[i] != NULL ? j.err[i] : "could not be read");
			failed++;
		} else {
			m->a = xgrow(m->a, &m->cap, m->n + 1, sizeof(*m->a));
			m->a[m->n++] = j.out[i];
		}
		free(j.err[i]);
		free(j.warn[i]);
	}
	model_link_duplicates(m);
	pthread_mutex_destroy(&j.lock);
	source_paths_free(j.files, j.nfiles);
	free(j.out);
	free(j.err);
	free(j.warn);
	free(j.ok);
	free(w);
	return failed + walk.n;
}
