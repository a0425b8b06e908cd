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
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clean.h"
#include "dedup.h"
#include "figure.h"
#include "hash.h"
#include "html.h"
#include "live.h"
#include "meta.h"
#include "person.h"
#include "quote.h"

static const char *
adup(struct arena *a, const char *s)
{
	return s != NULL ? arena_strdup(a, s) : NULL;
}

/* A short string that likely repeats across the corpus (an outlet, a
 * date, a name, a title, a unit): shared with an equal earlier copy. */
static const char *
sdup(struct arena *a, const char *s)
{
	return s != NULL ? arena_strndup_shared(a, s, strlen(s)) : NULL;
}

/* Growable arrays reused by every document a thread reads, freed when the
 * thread ends (the main thread's stay reachable until exit). */
struct scratch {
	struct person_result people;
	struct quote_result quotes;
	struct figure_vec fig;
	uint32_t *fig_para;	/* per fig.v: paragraph, SPAN_TITLE */
	size_t fig_para_cap;
	uint32_t *fig_what;	/* per fig.v: index among the listed figures */
	size_t fig_what_cap;
	struct art_figure *listed;	/* built here, copied to the arena at its size */
	size_t listed_cap;
	struct hash figs;	/* (value, unit) → index in listed */
	struct art_mention *men;
	size_t men_cap;
};

static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;

static void
scratch_free(void *p)
{
	struct scratch *s = p;

	person_result_free(&s->people);
	quote_result_free(&s->quotes);
	figure_vec_free(&s->fig);
	free(s->fig_para);
	free(s->fig_what);
	free(s->listed);
	hash_free(&s->figs);
	free(s->men);
	free(s);
}

static void
scratch_init(void)
{
	if (pthread_key_create(&scratch_key, scratch_free) != 0)
		fatal("cannot create a thread key");
}

static struct scratch *
scratch_get(void)
{
	struct scratch *s;

	pthread_once(&scratch_once, scratch_init);
	s = pthread_getspecific(scratch_key);
	if (s == NULL) {
		s = xcalloc(1, sizeof(*s));
		pthread_setspecific(scratch_key, s);
	}
	return s;
}

static const char *
span_dup(struct arena *a, const char *s, size_t n)
{
	return s != NULL ? arena_strndup_shared(a, s, n) : NULL;
}

/* The listed figure with (value, unit), or HASH_NONE; *key gets the
 * key of (value, unit) in sc->figs. */
static uint32_t
fig_find(const struct scratch *sc, double value, const char *unit, uint64_t *key)
{
	uint64_t h = util_hash64(&value, sizeof(value), 0x9e3779b97f4a7c15ull);
	struct hash_iter it;
	uint32_t k;

	if (unit != NULL)
		h = util_hash64(unit, strlen(unit), h);
	*key = h;
	for (k = hash_first(&sc->figs, h, &it); k != HASH_NONE; k = hash_next(&sc->figs, &it)) {
		const struct art_figure *f = &sc->listed[k];

		if (f->value == value && (f->unit == unit
		    || (f->unit != NULL && unit != NULL && strcmp(f->unit, unit) == 0)))
			return k;
	}
	return HASH_NONE;
}

/* Figures of the body: listed once per (value, unit), first occurrence
 * first; every occurrence a mention.  The headline is the page's summary,
 * not its text (RULES.md): a figure only there is not listed, and one
 * also in the body is highlighted there too. */
static size_t
extract_figures(struct article *out, struct arena *a, struct scratch *sc)
{
	size_t i, k, nlisted = 0, t, nm = 0;

	sc->fig.n = 0;
	for (t = 0; t <= out->npara; t++) {
		const char *text = t < out->npara ? out->para[t] : out->title;
		size_t before = sc->fig.n;

		if (text == NULL)
			continue;
		figure_scan(text, strlen(text), &sc->fig);
		sc->fig_para = xgrow(sc->fig_para, &sc->fig_para_cap, sc->fig.n, sizeof(uint32_t));
		for (k = before; k < sc->fig.n; k++)
			sc->fig_para[k] = t < out->npara ? (uint32_t)t : SPAN_TITLE;
	}
	sc->fig_what = xgrow(sc->fig_what, &sc->fig_what_cap, sc->fig.n + 1, sizeof(uint32_t));
	sc->listed = xgrow(sc->listed, &sc->listed_cap, sc->fig.n + 1, sizeof(*sc->listed));
	hash_clear(&sc->figs);
	for (i = 0; i < sc->fig.n; i++) {
		const struct figure *f = &sc->fig.v[i];
		int in_title = sc->fig_para[i] == SPAN_TITLE;
		const char *text = in_title ? out->title : out->para[sc->fig_para[i]];
		struct art_figure *lf;
		uint64_t key;
		uint32_t found = fig_find(sc, f->value, f->unit, &key);

		if (found != HASH_NONE) {
			k = found;
			lf = &sc->listed[k];
			if (lf->subject == NULL && f->subj_len > 0 && !in_title)
				lf->subject = span_dup(a, text + f->subj_off, f->subj_len);
		} else if (in_title) {
			continue;	/* only in the headline: not listed, no mention */
		} else {
			k = nlisted++;
			hash_add(&sc->figs, key, (uint32_t)k);
			lf = &sc->listed[k];
			lf->text = span_dup(a, text + f->off, f->len);
			lf->value = f->value;
			lf->unit = f->unit;
			lf->kind = f->kind;
			lf->subject = f->subj_len > 0 ? span_dup(a, text + f->subj_off, f->subj_len) : NULL;
			lf->para = sc->fig_para[i];
			lf->figure = 0;
		}
		/* the mentions, packed in place: nm never passes i */
		sc->fig.v[nm] = *f;
		sc->fig_para[nm] = sc->fig_para[i];
		sc->fig_what[nm] = (uint32_t)k;
		nm++;
	}
	sc->fig.n = nm;
	out->nfig = nlisted;
	out->fig = arena_alloc(a, (nlisted ? nlisted : 1) * sizeof(*out->fig));
	memcpy(out->fig, sc->listed, nlisted * sizeof(*out->fig));
	return nm;
}

static void
extract_people(struct article *out, struct arena *a, struct scratch *sc)
{
	struct person_result *r = &sc->people;
	const char **rep = arena_alloc(a, (out->nrep ? out->nrep : 1) * sizeof(char *));
	size_t i, k;

	for (i = 0; i < out->nrep; i++)
		rep[i] = out->rep[i].name;
	person_extract(out->title, out->para, out->npara, rep, out->nrep, out->outlet, r);
	out->npeople = r->n;
	out->people = arena_alloc(a, (r->n ? r->n : 1) * sizeof(*out->people));
	for (i = 0; i < r->n; i++) {
		const struct person *p = &r->p[i];
		struct art_person *ap = &out->people[i];

		ap->name = span_dup(a, p->name.s, p->name.len);
		ap->ntitles = p->ntitles;
		ap->titles = arena_alloc(a, (p->ntitles ? p->ntitles : 1) * sizeof(char *));
		for (k = 0; k < p->ntitles; k++)
			ap->titles[k] = span_dup(a, p->title[k].s, p->title[k].len);
		ap->org = span_dup(a, p->org.s, p->org.len);
		ap->mentions = p->mentions;
		ap->person = 0;
	}
}

/* The quotations, once the people are known. */
static void
extract_quotes(struct article *out, struct arena *a, struct scratch *sc)
{
	struct quote_result *q = &sc->quotes;
	size_t i;

	quote_extract(out->para, out->npara, &sc->people, q);
	out->nquote = q->n;
	out->quote = arena_alloc(a, (q->n ? q->n : 1) * sizeof(*out->quote));
	for (i = 0; i < q->n; i++) {
		out->quote[i].at.para = q->q[i].para;
		out->quote[i].at.off = q->q[i].off;
		out->quote[i].at.len = q->q[i].len;
		out->quote[i].speaker = q->q[i].who;
	}
}

static int
mention_before(const struct art_mention *x, const struct art_mention *y)
{
	return x->at.para < y->at.para || (x->at.para == y->at.para && x->at.off < y->at.off);
}

/* Both mention lists are in (para, off) order, the title last: merge. */
static void
merge_mentions(struct article *out, struct arena *a, struct scratch *sc, size_t nfigm)
{
	const struct person_result *r = &sc->people;
	size_t i = 0, j = 0, n = 0, total = r->nm + nfigm;

	out->mention = arena_alloc(a, (total ? total : 1) * sizeof(*out->mention));
	while (i < r->nm || j < nfigm) {
		struct art_mention pm = { { 0, 0, 0 }, 0, 0 }, fm = pm;

		if (i < r->nm) {
			pm.at.para = r->m[i].para;
			pm.at.off = r->m[i].off;
			pm.at.len = r->m[i].len;
			pm.what = r->m[i].who;
			pm.type = MENTION_PERSON;
		}
		if (j < nfigm) {
			fm.at.para = sc->fig_para[j];
			fm.at.off = sc->fig.v[j].off;
			fm.at.len = sc->fig.v[j].len;
			fm.what = sc->fig_what[j];
			fm.type = MENTION_FIGURE;
		}
		if (j >= nfigm || (i < r->nm && mention_before(&pm, &fm))) {
			out->mention[n++] = pm;
			i++;
		} else {
			out->mention[n++] = fm;
			j++;
		}
	}
	out->nmention = n;
}

/* Nothing but ASCII white space in bytes[0..n) (n may be 0)? */
static int
all_blank(const char *bytes, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strchr(" \t\r\n\f\v", bytes[i]) == NULL || bytes[i] == '\0')
			return 0;
	return 1;
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
	if (all_blank(bytes, n)) {
		/* no article with the id of nothing */
		*err = xstrdup(n == 0 ? "empty (0 bytes), skipped" : "nothing but white space, skipped");
		return -1;
	}
	if (source_decode(bytes, n, &t, err) != 0)
		return -1;
	if (t.replaced > 0)
		*warning = xasprintf("%zu byte%s not valid in any known encoding, shown as U+FFFD",
		    t.replaced, t.replaced == 1 ? "" : "s");
	html_parse(t.text, t.len, &doc);
	clean_document(&doc, &c);
	out->dups = dedup_paragraphs(&c.paragraphs);
	meta_extract(&doc, &c, &m);
	if (c.paragraphs.n == 0) {
		/* nothing to read (empty, nothing but menus, or a headline
		 * alone): no article, and no id that every such page shares */
		*err = xstrdup(m.title != NULL && m.title[0] != '\0'
		    ? "no body text found (only a headline), skipped"
		    : "no body text and no title found, skipped");
		free(*warning);
		*warning = NULL;
		meta_free(&m);
		clean_result_free(&c);
		html_doc_free(&doc);
		source_text_free(&t);
		return -1;
	}
	out->source = arena_strdup(a, path);
	out->encoding = t.encoding;
	out->title = adup(a, m.title);
	out->outlet = sdup(a, m.outlet);
	out->date = sdup(a, m.date);
	out->nrep = m.nrep;
	out->rep = arena_alloc(a, (m.nrep ? m.nrep : 1) * sizeof(*out->rep));
	for (i = 0; i < m.nrep; i++) {
		out->rep[i].name = sdup(a, m.rep[i].name);
		out->rep[i].email = sdup(a, m.rep[i].email);
	}
	out->npara = c.paragraphs.n;
	out->para = arena_alloc(a, (c.paragraphs.n ? c.paragraphs.n : 1) * sizeof(char *));
	for (i = 0; i < c.paragraphs.n; i++)
		out->para[i] = arena_strdup(a, c.paragraphs.v[i]);
	out->ncap = c.captions.n;
	out->cap = arena_alloc(a, (c.captions.n ? c.captions.n : 1) * sizeof(char *));
	for (i = 0; i < c.captions.n; i++)
		out->cap[i] = arena_strdup(a, c.captions.v[i]);
	out->id = model_article_id(out->title, out->date, out->para, out->npara);
	model_body_span(out);
	{
		uint32_t sig[DEDUP_K];

		/* too little text to tell a re-post from a coincidence */
		if (dedup_minhash(c.paragraphs.v, c.paragraphs.n, sig) >= DEDUP_MIN_SHINGLES) {
			out->minhash = arena_alloc(a, sizeof(sig));
			memcpy(out->minhash, sig, sizeof(sig));
		}
	}
	out->near = -1;
	{
		struct scratch *sc = scratch_get();
		size_t nfigm = extract_figures(out, a, sc);

		extract_people(out, a, sc);
		extract_quotes(out, a, sc);
		merge_mentions(out, a, sc, nfigm);
	}

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
	unsigned char *fin;	/* per file: done with, loaded or not (o->live) */
	size_t next;
	size_t front;		/* files [0, front) all done with (o->live, o->each) */
	pthread_mutex_t lock;
	const struct ingest_opts *o;
	/* o->each: files are taken STREAM_BATCH at a time, batch b's
	 * articles in arena batch[b % STREAM_AHEAD], reset once they are
	 * all given (and batch b + STREAM_AHEAD may start) */
	struct arena *batch;
	unsigned char *regular;	/* per file: a regular file, that can be read again */
	size_t nbatch, next_batch;
	size_t given;		/* files [0, given) given to o->each (or failed) */
	int running;		/* workers not yet ended */
	int stop;		/* o->each said stop */
	pthread_cond_t cv;	/* front, given, running or stop moved */
};

struct worker {
	struct job *job;
	struct arena arena;
	pthread_t tid;
};

void
ingest_set_phase(const struct ingest_opts *o, enum ingest_phase ph)
{
	if (o->phase != NULL)
		__atomic_store_n(o->phase, (int)ph, __ATOMIC_RELAXED);
}

/* File i is done with: count it, publish the finished prefix of the
 * files. */
static void
finished(struct job *j, size_t i)
{
	if (j->o->done != NULL)
		__atomic_add_fetch(j->o->done, 1, __ATOMIC_RELAXED);
	if (j->fin == NULL)
		return;
	pthread_mutex_lock(&j->lock);
	j->fin[i] = 1;
	while (j->front < j->nfiles && j->fin[j->front])
		j->front++;
	if (j->o->live != NULL)
		live_ready(j->o->live, j->front);
	if (j->o->each != NULL)
		pthread_cond_broadcast(&j->cv);
	pthread_mutex_unlock(&j->lock);
}

static int
cancelled(const struct job *j)
{
	return j->o->cancel != NULL && __atomic_load_n(j->o->cancel, __ATOMIC_RELAXED);
}

/* File i read into arena a: j->out[i] and j->ok[i], or j->err[i]. */
static void
read_one(struct job *j, size_t i, struct arena *a, struct buf *bytes)
{
	char *err = NULL;

	if (j->regular != NULL) {
		struct stat st;

		j->regular[i] = strcmp(j->files[i], "-") != 0 && stat(j->files[i], &st) == 0
		    && S_ISREG(st.st_mode);
	}
	buf_reset(bytes);
	if (source_read_max(j->files[i], bytes, j->o->max_page != 0 ? j->o->max_page
		: SOURCE_MAX_PAGE_DEFAULT, &err) != 0
	    || ingest_document(j->files[i], bytes->s ? bytes->s : "", bytes->len,
		a, &j->out[i], &err, &j->warn[i]) != 0)
		j->err[i] = err;
	else
		j->ok[i] = 1;
	finished(j, i);
	if (bytes->cap > (16u << 20))
		buf_free(bytes);	/* do not hold on to one huge page */
}

static void *
work(void *arg)
{
	struct worker *w = arg;
	struct job *j = w->job;
	struct buf bytes = BUF_INIT;

	for (;;) {
		size_t i;

		if (cancelled(j))
			break;
		pthread_mutex_lock(&j->lock);
		i = j->next++;
		pthread_mutex_unlock(&j->lock);
		if (i >= j->nfiles)
			break;
		read_one(j, i, &w->arena, &bytes);
	}
	buf_free(&bytes);
	return NULL;
}

/* ---- a load given away as it goes (o->each) ---- */

/* Files a worker takes at a time: their articles share an arena. */
#define STREAM_BATCH 64
/* Batches read ahead of the first not yet given away, at most: what
 * bounds the memory held when the writing is slower than the reading. */
#define STREAM_AHEAD 16

static void *
stream_work(void *arg)
{
	struct worker *w = arg;
	struct job *j = w->job;
	struct buf bytes = BUF_INIT;

	pthread_mutex_lock(&j->lock);
	for (;;) {
		size_t b, i, end;

		while (!j->stop && !cancelled(j) && j->next_batch < j->nbatch
		       && j->next_batch >= j->given / STREAM_BATCH + STREAM_AHEAD)
			pthread_cond_wait(&j->cv, &j->lock);
		if (j->stop || cancelled(j) || j->next_batch >= j->nbatch)
			break;
		b = j->next_batch++;
		j->next = (b + 1) * STREAM_BATCH < j->nfiles ? (b + 1) * STREAM_BATCH : j->nfiles;
		pthread_mutex_unlock(&j->lock);
		end = (b + 1) * STREAM_BATCH < j->nfiles ? (b + 1) * STREAM_BATCH : j->nfiles;
		for (i = b * STREAM_BATCH; i < end; i++)
			read_one(j, i, &j->batch[b % STREAM_AHEAD], &bytes);
		pthread_mutex_lock(&j->lock);
	}
	j->running--;
	pthread_cond_broadcast(&j->cv);
	pthread_mutex_unlock(&j->lock);
	buf_free(&bytes);
	return NULL;
}

struct stream_verify {
	const struct job *j;
	/* per file, when some are kept: the paragraphs of an original whose
	 * file cannot be read again (standard input, a FIFO), in keep */
	struct article **kept;
	struct arena keep;
};

/* Article i, an original, was read from a file that cannot be read
 * again: its paragraphs stay, for the re-posts that may follow. */
static void
keep_text(struct stream_verify *v, size_t i, const struct article *a)
{
	struct article *k;
	size_t p;

	if (v->kept == NULL)
		v->kept = xcalloc(v->j->nfiles, sizeof(*v->kept));
	k = arena_alloc(&v->keep, sizeof(*k));
	memset(k, 0, sizeof(*k));
	k->npara = a->npara;
	k->para = arena_alloc(&v->keep, (a->npara ? a->npara : 1) * sizeof(*k->para));
	for (p = 0; p < a->npara; p++)
		k->para[p] = arena_strdup(&v->keep, a->para[p]);
	v->kept[i] = k;
}

/* dedup_verify_fn: article i re-posts article j, given away before it,
 * whose text is gone: it is read again (a few hundred times in 100,000
 * pages; the same bytes give the same article), or was kept. */
static int
stream_reposts(void *ctx, size_t i, size_t j)
{
	const struct stream_verify *v = ctx;
	const struct job *jb = v->j;
	struct arena a;
	struct article again;
	struct buf bytes = BUF_INIT;
	char *err = NULL, *warn = NULL;
	int yes = 0;

	if (v->kept != NULL && v->kept[j] != NULL)
		return model_reposts(&jb->out[i], v->kept[j]);
	if (!jb->regular[j])
		return 0;	/* never an original: it would be kept */
	memset(&a, 0, sizeof(a));
	a.unshared = 1;
	if (source_read_max(jb->files[j], &bytes, jb->o->max_page != 0 ? jb->o->max_page
		: SOURCE_MAX_PAGE_DEFAULT, &err) == 0
	    && ingest_document(jb->files[j], bytes.s ? bytes.s : "", bytes.len, &a,
		&again, &err, &warn) == 0)
		yes = model_reposts(&jb->out[i], &again);
	free(err);
	free(warn);
	buf_free(&bytes);
	arena_free(&a);
	return yes;
}

/* The loaded articles from..to-1 given to o->each at once (unless it
 * said stop), then let go. */
static void
give_run(struct job *j, struct model *view, size_t from, size_t to, int *stop)
{
	size_t k;

	if (from < to && !*stop && j->o->each(j->o->each_ctx, view, from, to - from) != 0)
		*stop = 1;
	for (k = from; k < to; k++)
		model_forget_article(&j->out[k]);
}

/* The caller's part of a streamed load: link and give away each file's
 * article as soon as the files before it are done, free each batch once
 * all of it is given.  Returns the files that failed. */
static size_t
stream_give(struct job *j)
{
	const struct ingest_opts *o = j->o;
	struct dedup_linker *lk = dedup_linker_new(j->nfiles);
	const uint32_t **sigs = xcalloc(j->nfiles ? j->nfiles : 1, sizeof(*sigs));
	uint32_t *kept = xmalloc((j->nfiles ? j->nfiles : 1) * DEDUP_K * sizeof(*kept));
	struct stream_verify v = { j, NULL, { NULL, 0, NULL, 0 } };
	struct model view;
	size_t i = 0, failed = 0, freed = 0;
	int stop = 0;

	memset(&view, 0, sizeof(view));
	view.a = j->out;
	view.n = j->nfiles;
	pthread_mutex_lock(&j->lock);
	for (;;) {
		size_t front, run;

		while (j->front <= i && j->running > 0)
			pthread_cond_wait(&j->cv, &j->lock);
		front = j->front;
		if (front <= i)
			break;	/* every worker ended: nothing more comes */
		pthread_mutex_unlock(&j->lock);
		for (run = i; i < front; i++) {
			struct article *a = &j->out[i];

			if (j->warn[i] != NULL)
				o->warn(o->ctx, j->files[i], j->warn[i]);
			free(j->warn[i]);
			j->warn[i] = NULL;
			if (!j->ok[i]) {
				o->warn(o->ctx, j->files[i], j->err[i] != NULL ? j->err[i] : "could not be read");
				failed++;
				give_run(j, &view, run, i, &stop);
				run = i + 1;
				continue;
			}
			if (a->minhash != NULL) {
				memcpy(kept + i * DEDUP_K, a->minhash, DEDUP_K * sizeof(*kept));
				sigs[i] = kept + i * DEDUP_K;
			}
			a->near = dedup_linker_add(lk, sigs, i, stream_reposts, &v);
			if (a->near < 0 && a->minhash != NULL && !j->regular[i])
				keep_text(&v, i, a);
		}
		give_run(j, &view, run, i, &stop);
		pthread_mutex_lock(&j->lock);
		j->stop = stop;
		j->given = i;
		/* a batch wholly given: its arena is free for another */
		for (; freed < j->nbatch && (freed + 1) * STREAM_BATCH <= i; freed++)
			arena_reset(&j->batch[freed % STREAM_AHEAD]);
		pthread_cond_broadcast(&j->cv);
		if (j->stop)
			break;
	}
	pthread_mutex_unlock(&j->lock);
	dedup_linker_free(lk);
	free(sigs);
	free(kept);
	free(v.kept);
	arena_free(&v.keep);
	return failed;
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

void
ingest_reasons(char *const *reasons, size_t n, struct buf *out)
{
	size_t i, k, shown = 0;

	buf_adds(out, "");
	for (i = 0; i < n; i++) {
		size_t same = 0;
		const char *r = reasons[i] != NULL ? reasons[i] : "could not be read";

		for (k = 0; k < i; k++)
			if (strcmp(reasons[k] != NULL ? reasons[k] : "could not be read", r) == 0)
				break;
		if (k < i)
			continue;	/* counted with its first */
		for (k = i; k < n; k++)
			same += strcmp(reasons[k] != NULL ? reasons[k] : "could not be read", r) == 0;
		if (shown++ == 3) {
			buf_adds(out, "; \xE2\x80\xA6");
			return;
		}
		buf_printf(out, "%s%zu %s", shown > 1 ? "; " : "", same, r);
	}
}

/* Each folder of paths whose files all failed is said once more as a
 * whole: "DIR has N files, none readable: 2 ..., 1 ..." (err: the reason
 * of each file, in the order of files; counts: files per path). */
static void
report_unreadable_dirs(char *const *paths, size_t n, const size_t *counts,
		       char *const *files_err, const unsigned char *ok, size_t started,
		       const struct ingest_opts *o)
{
	size_t i, at = 0;

	for (i = 0; i < n; at += counts[i], i++) {
		struct stat st;
		struct buf msg = BUF_INIT, why = BUF_INIT;
		size_t k;

		if (counts[i] == 0 || at + counts[i] > started || stat(paths[i], &st) != 0
		    || !S_ISDIR(st.st_mode))
			continue;
		for (k = at; k < at + counts[i] && !ok[k]; k++)
			;
		if (k < at + counts[i])
			continue;	/* one loaded at least */
		ingest_reasons(files_err + at, counts[i], &why);
		buf_printf(&msg, "has %zu file%s, none readable: %s", counts[i],
		    counts[i] == 1 ? "" : "s", why.s);
		o->warn(o->ctx, paths[i], msg.s);
		buf_free(&msg);
		buf_free(&why);
	}
}

size_t
ingest_paths(struct model *m, char *const *paths, size_t n,
	     const struct ingest_opts *o)
{
	struct counted walk = { o, 0 };
	struct job j;
	struct worker *w;
	size_t i, k, failed = 0, *counts;
	int nt = o->threads, t;

	memset(&j, 0, sizeof(j));
	counts = xcalloc(n ? n : 1, sizeof(*counts));
	j.nfiles = source_expand_counted(paths, n, &j.files, counts, count_warning, &walk);
	j.o = o;
	if (o->total != NULL)
		__atomic_store_n(o->total, j.nfiles, __ATOMIC_RELAXED);
	j.out = xcalloc(j.nfiles ? j.nfiles : 1, sizeof(*j.out));
	j.err = xcalloc(j.nfiles ? j.nfiles : 1, sizeof(*j.err));
	j.warn = xcalloc(j.nfiles ? j.nfiles : 1, sizeof(*j.warn));
	j.ok = xcalloc(j.nfiles ? j.nfiles : 1, 1);
	pthread_mutex_init(&j.lock, NULL);
	if (o->live != NULL) {
		j.fin = xcalloc(j.nfiles ? j.nfiles : 1, 1);
		live_lock(o->live);
		live_set(o->live, j.out, j.ok, 0);
		live_unlock(o->live);
	}
	if (nt <= 0) {
		long cpus = sysconf(_SC_NPROCESSORS_ONLN);

		nt = cpus > 0 ? (int)cpus : 1;
	}
	if ((size_t)nt > j.nfiles)
		nt = j.nfiles > 0 ? (int)j.nfiles : 1;
	w = xcalloc((size_t)nt, sizeof(*w));
	if (o->each != NULL) {
		/* streamed: every worker on a thread, this one gives away */
		if (o->live != NULL)
			fatal("a streamed load cannot be shown while it loads");
		j.fin = xcalloc(j.nfiles ? j.nfiles : 1, 1);
		j.regular = xcalloc(j.nfiles ? j.nfiles : 1, 1);
		j.nbatch = (j.nfiles + STREAM_BATCH - 1) / STREAM_BATCH;
		j.batch = xcalloc(STREAM_AHEAD, sizeof(*j.batch));
		for (i = 0; i < STREAM_AHEAD; i++)
			j.batch[i].unshared = 1;
		pthread_cond_init(&j.cv, NULL);
		j.running = nt;
		for (t = 0; t < nt; t++) {
			w[t].job = &j;
			if (pthread_create(&w[t].tid, NULL, stream_work, &w[t]) != 0)
				fatal("cannot start a loader thread");
		}
		failed = stream_give(&j);
		for (t = 0; t < nt; t++)
			pthread_join(w[t].tid, NULL);
		for (i = 0; i < STREAM_AHEAD; i++)
			arena_free(&j.batch[i]);
		for (i = j.given; i < j.nfiles; i++)
			free(j.warn[i]);	/* never given: the export stopped */
		report_unreadable_dirs(paths, n, counts, j.err, j.ok,
		    j.next < j.nfiles ? j.next : j.nfiles, o);
		pthread_cond_destroy(&j.cv);
		free(j.batch);
		free(j.regular);
		goto out;
	}
	for (t = 0; t < nt; t++) {
		w[t].job = &j;
		if (t > 0 && pthread_create(&w[t].tid, NULL, work, &w[t]) != 0)
			fatal("cannot start a loader thread");
	}
	work(&w[0]);
	for (t = 1; t < nt; t++)
		pthread_join(w[t].tid, NULL);

	m->arenas = xrealloc(m->arenas, (m->narenas + (size_t)nt) * sizeof(*m->arenas));
	for (t = 0; t < nt; t++) {
		arena_forget_shared(&w[t].arena);
		m->arenas[m->narenas++] = w[t].arena;
	}
	/* the loaded articles, packed in j.out (i never passes k), while the
	 * browser does not look */
	if (o->live != NULL)
		live_lock(o->live);
	for (i = 0, k = 0; i < j.nfiles; i++) {
		if (i >= j.next)
			break;	/* cancelled: never started */
		if (j.warn[i] != NULL)
			o->warn(o->ctx, j.files[i], j.warn[i]);
		if (!j.ok[i]) {
			o->warn(o->ctx, j.files[i], j.err[i] != NULL ? j.err[i] : "could not be read");
			failed++;
		} else {
			j.out[k++] = j.out[i];
		}
		free(j.warn[i]);
	}
	report_unreadable_dirs(paths, n, counts, j.err, j.ok, j.next < j.nfiles ? j.next : j.nfiles, o);
	if (m->a == NULL) {
		/* a first load: the model adopts the array, no second copy */
		m->a = xrealloc(j.out, (k ? k : 1) * sizeof(*m->a));
		m->n = k;
		m->cap = k ? k : 1;
		j.out = NULL;
	} else {
		m->a = xgrow(m->a, &m->cap, m->n + k, sizeof(*m->a));
		memcpy(m->a + m->n, j.out, k * sizeof(*m->a));
		m->n += k;
	}
	if (o->live != NULL) {
		live_set(o->live, m->a, NULL, m->n);
		live_unlock(o->live);
	}
	/* cancelled: the caller is ending, the corpus-wide passes would be
	 * for nothing (the articles read so far stay in the model) */
	if (o->cancel == NULL || !__atomic_load_n(o->cancel, __ATOMIC_RELAXED)) {
		ingest_set_phase(o, INGEST_LINKING);
		model_link_duplicates(m);
		if (!o->no_index) {
			ingest_set_phase(o, INGEST_INDEXING);
			model_build_index(m);
		}
	}
out:
	for (i = 0; i < j.nfiles; i++)
		free(j.err[i]);
	free(counts);
	pthread_mutex_destroy(&j.lock);
	source_paths_free(j.files, j.nfiles);
	free(j.out);
	free(j.err);
	free(j.warn);
	free(j.ok);
	free(j.fin);
	free(w);
	return failed + walk.n;
}
