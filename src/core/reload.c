/*
 * reload.c — a jsonl export back into the model.
 *
 * Each line is parsed (json.c) into a tree, checked against the export
 * contract and copied into one arena per file, which the model adopts.
 * An id → article index hash table (hash.h) resolves near_duplicate_of to an
 * earlier article.  Mention spans are not exported: an article comes
 * back without them (mention NULL), and article_mentions (mention.h)
 * finds them in its text when it is shown.
 */
#include "reload.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dedup.h"
#include "figure.h"
#include "live.h"
#include "hash.h"
#include "json.h"
#include "source.h"

/* ---- checking and copying one article ---- */

static int
hex_id(const struct json *j, uint64_t *out)
{
	if (j == NULL || j->type != JSON_STRING || j->len != 16)
		return -1;
	return hex_decode(j->str, 16, 1, out);
}

/* The string j into a, cleaned the way source cleans a page (controls,
 * escape sequences and bidi controls dropped, NFC) and on one line (CR,
 * LF and tab become spaces): an export that comes back is outside text
 * like any other. */
static const char *
clean_dup(struct arena *a, const struct json *j, int share)
{
	struct buf clean = BUF_INIT, nfc = BUF_INIT;
	const char *r, *s = j->str;
	size_t i, n = j->len;

	if (j->clean)	/* nearly always: the parser saw nothing to clean */
		return share ? arena_strndup_shared(a, s, n) : arena_strndup(a, s, n);
	source_sanitize(s, n, &clean);
	for (i = 0; i < clean.len; i++)	/* one line, as a page's strings are */
		if (clean.s[i] == '\n' || clean.s[i] == '\t')
			clean.s[i] = ' ';
	source_nfc(clean.s != NULL ? clean.s : "", clean.len, &nfc);
	r = share ? arena_strndup_shared(a, nfc.s != NULL ? nfc.s : "", nfc.len)
	    : arena_strndup(a, nfc.s != NULL ? nfc.s : "", nfc.len);
	buf_free(&clean);
	buf_free(&nfc);
	return r;
}

/* Whether string j holds a NUL (a \u0000 escape): no C string then.  A
 * clean string has no control character, so none. */
static int
has_nul(const struct json *j)
{
	return !j->clean && strlen(j->str) != j->len;
}

/* A string member (or null when nullable) copied into a, shared with an
 * equal earlier copy when share (a name, a unit, a date: the short
 * strings that repeat across a corpus, as ingest shares them); 0 or -1. */
static int
get_str(const struct json *obj, const char *key, int nullable, int share, struct arena *a,
	const char **out)
{
	const struct json *j = json_get(obj, key);

	if (j != NULL && j->type == JSON_NULL && nullable) {
		*out = NULL;
		return 0;
	}
	if (j == NULL || j->type != JSON_STRING || has_nul(j))
		return -1;
	*out = clean_dup(a, j, share);
	return 0;
}

static int
get_count(const struct json *obj, const char *key, size_t *out)
{
	const struct json *j = json_get(obj, key);

	if (j == NULL || j->type != JSON_NUMBER || !(j->num >= 0) || j->num > 1e15
	    || j->num != floor(j->num))
		return -1;
	*out = (size_t)j->num;
	return 0;
}

/* An array of strings into a (shared as get_str does when share); 0 or -1. */
static int
get_strings(const struct json *obj, const char *key, int share, struct arena *a,
	    const char ***out, size_t *n)
{
	const struct json *j = json_get(obj, key);
	size_t i;

	if (j == NULL || j->type != JSON_ARRAY)
		return -1;
	*out = arena_alloc(a, (j->n ? j->n : 1) * sizeof(char *));
	*n = j->n;
	for (i = 0; i < j->n; i++) {
		if (j->item[i].type != JSON_STRING || has_nul(&j->item[i]))
			return -1;
		(*out)[i] = clean_dup(a, &j->item[i], share);
	}
	return 0;
}

static const char *
get_reporters(const struct json *obj, struct arena *a, struct article *out)
{
	const struct json *j = json_get(obj, "reporters");
	size_t i;

	if (j == NULL || j->type != JSON_ARRAY)
		return "\"reporters\" is not an array";
	out->nrep = j->n;
	out->rep = arena_alloc(a, (j->n ? j->n : 1) * sizeof(*out->rep));
	for (i = 0; i < j->n; i++)
		if (get_str(&j->item[i], "name", 0, 1, a, &out->rep[i].name) != 0
		    || get_str(&j->item[i], "email", 1, 1, a, &out->rep[i].email) != 0)
			return "a reporter without a name or with a bad email";
	return NULL;
}

static const char *
get_people(const struct json *obj, struct arena *a, struct article *out)
{
	const struct json *j = json_get(obj, "people");
	size_t i;

	if (j == NULL || j->type != JSON_ARRAY)
		return "\"people\" is not an array";
	out->npeople = j->n;
	out->people = arena_alloc(a, (j->n ? j->n : 1) * sizeof(*out->people));
	for (i = 0; i < j->n; i++) {
		struct art_person *p = &out->people[i];

		memset(p, 0, sizeof(*p));
		if (get_str(&j->item[i], "name", 0, 1, a, &p->name) != 0 || p->name[0] == '\0')
			return "a person without a name";
		if (get_strings(&j->item[i], "titles", 1, a, &p->titles, &p->ntitles) != 0)
			return "a person's \"titles\" is not an array of strings";
		if (get_str(&j->item[i], "org", 1, 1, a, &p->org) != 0)
			return "a person's \"org\" is not a string or null";
		if (get_count(&j->item[i], "mentions", &p->mentions) != 0)
			return "a person's \"mentions\" is not a count";
	}
	return NULL;
}

static const char *
get_figures(const struct json *obj, struct arena *a, struct article *out)
{
	const struct json *j = json_get(obj, "figures");
	size_t i;

	if (j == NULL || j->type != JSON_ARRAY)
		return "\"figures\" is not an array";
	out->nfig = j->n;
	out->fig = arena_alloc(a, (j->n ? j->n : 1) * sizeof(*out->fig));
	for (i = 0; i < j->n; i++) {
		const struct json *f = &j->item[i], *v = json_get(f, "value"),
		    *k = json_get(f, "kind"), *p = json_get(f, "paragraph");
		struct art_figure *af = &out->fig[i];
		size_t para;

		memset(af, 0, sizeof(*af));
		if (get_str(f, "text", 0, 1, a, &af->text) != 0 || af->text[0] == '\0')
			return "a figure without its text";
		if (v == NULL || (v->type != JSON_NUMBER && v->type != JSON_NULL))
			return "a figure's \"value\" is not a number";
		af->value = v->type == JSON_NUMBER ? v->num : NAN;
		if (get_str(f, "unit", 1, 1, a, &af->unit) != 0)
			return "a figure's \"unit\" is not a string or null";
		if (k == NULL || k->type != JSON_STRING)
			return "a figure's \"kind\" is not a string";
		af->kind = figure_kind_parse(k->str);
		if (get_str(f, "subject", 1, 1, a, &af->subject) != 0)
			return "a figure's \"subject\" is not a string or null";
		if (p != NULL && p->type == JSON_NULL)
			af->para = SPAN_TITLE;
		else if (get_count(f, "paragraph", &para) == 0 && para < out->npara)
			af->para = (uint32_t)para;
		else
			return "a figure's \"paragraph\" is not an index of \"paragraphs\"";
	}
	return NULL;
}

/* The quotations (an export without them has none): each speaker is a
 * person of the article, each text is found again in its paragraph. */
static const char *
get_quotes(const struct json *obj, struct arena *a, struct article *out)
{
	const struct json *j = json_get(obj, "quotes");
	size_t i, k;

	out->nquote = 0;
	out->quote = NULL;
	if (j == NULL)
		return NULL;
	if (j->type != JSON_ARRAY)
		return "\"quotes\" is not an array";
	out->quote = arena_alloc(a, (j->n ? j->n : 1) * sizeof(*out->quote));
	for (i = 0; i < j->n; i++) {
		const struct json *q = &j->item[i], *sp = json_get(q, "speaker"),
		    *tx = json_get(q, "text");
		struct art_quote *aq = &out->quote[i];
		const char *at;
		size_t para;

		if (sp == NULL || sp->type != JSON_STRING || tx == NULL || tx->type != JSON_STRING
		    || tx->len == 0 || has_nul(tx))
			return "a quote without its speaker or text";
		if (get_count(q, "paragraph", &para) != 0 || para >= out->npara)
			return "a quote's \"paragraph\" is not an index of \"paragraphs\"";
		for (k = 0; k < out->npeople; k++)
			if (strcmp(out->people[k].name, sp->str) == 0)
				break;
		if (k == out->npeople)
			return "a quote's \"speaker\" is not one of the article's people";
		if ((at = strstr(out->para[para], tx->str)) == NULL)
			return "a quote's \"text\" is not in its paragraph";
		aq->at.para = (uint32_t)para;
		aq->at.off = (uint32_t)(at - out->para[para]);
		aq->at.len = (uint32_t)tx->len;
		aq->speaker = (uint32_t)k;
	}
	out->nquote = j->n;
	return NULL;
}

/* out from one parsed line; NULL, or why not. */
static const char *
article_from(const struct json *j, struct arena *a, struct article *out,
	     uint64_t *near_id, int *has_near)
{
	const struct json *near;
	const char *why;

	memset(out, 0, sizeof(*out));
	out->near = -1;
	*has_near = 0;
	if (j->type != JSON_OBJECT)
		return "not a JSON object";
	if (hex_id(json_get(j, "id"), &out->id) != 0)
		return "\"id\" is not 16 lower-case hex digits";
	if (get_str(j, "source", 0, 0, a, &out->source) != 0)
		return "\"source\" is not a string";
	if (get_str(j, "encoding", 0, 1, a, &out->encoding) != 0)
		return "\"encoding\" is not a string";
	if (get_str(j, "title", 1, 0, a, &out->title) != 0
	    || get_str(j, "outlet", 1, 1, a, &out->outlet) != 0
	    || get_str(j, "date", 1, 1, a, &out->date) != 0)
		return "\"title\", \"outlet\" or \"date\" is not a string or null";
	if ((why = get_reporters(j, a, out)) != NULL)
		return why;
	if (get_strings(j, "paragraphs", 0, a, &out->para, &out->npara) != 0)
		return "\"paragraphs\" is not an array of strings";
	if (get_strings(j, "captions", 0, a, &out->cap, &out->ncap) != 0)
		return "\"captions\" is not an array of strings";
	if (get_count(j, "duplicates_removed", &out->dups) != 0)
		return "\"duplicates_removed\" is not a count";
	near = json_get(j, "near_duplicate_of");
	if (near == NULL || (near->type != JSON_NULL && hex_id(near, near_id) != 0))
		return "\"near_duplicate_of\" is not an id or null";
	*has_near = near->type != JSON_NULL;
	if ((why = get_people(j, a, out)) != NULL)
		return why;
	if ((why = get_figures(j, a, out)) != NULL)
		return why;
	return get_quotes(j, a, out);
}

/* ---- files ---- */

int
export_is_jsonl(const char *path)
{
	size_t len = strlen(path), n, i;
	char chunk[4096];
	FILE *f;
	int found = 0;

	if (len < 6 || strcmp(path + len - 6, ".jsonl") != 0)
		return 0;
	f = fopen(path, "rb");
	if (f == NULL)
		return 0;
	while (!found && (n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		for (i = 0; i < n; i++) {
			if (chunk[i] == ' ' || chunk[i] == '\t' || chunk[i] == '\n' || chunk[i] == '\r')
				continue;
			found = chunk[i] == '{' ? 1 : -1;
			break;
		}
	}
	fclose(f);
	return found == 1;
}

/* A jsonl file read a block of whole lines at a time through one
 * buffer, so reading it back costs the model it builds, not the file's
 * size on top; the lines of a block are parsed on every core. */
#define BLOCK_BYTES ((size_t)1 << 20)

struct lines {
	FILE *f;
	const char *path;
	struct buf b;		/* bytes read; whole lines end at cut */
	size_t cut;
	int eof;
};

/* Read until lines->b holds a block of whole lines (or the rest of the
 * file): 1, or 0 at the end, or -1 on a read error (*err says why). */
static int
block_next(struct lines *l, char **err)
{
	size_t left = l->b.len - l->cut;

	if (l->cut > 0) {	/* the start of a line stays, the rest is done */
		memmove(l->b.s, l->b.s + l->cut, left);
		l->b.len = left;
		l->cut = 0;
	}
	for (;;) {
		const char *nl = NULL;
		size_t got;

		if (l->b.len >= BLOCK_BYTES || l->eof) {
			for (got = l->b.len; got > 0 && nl == NULL; got--)
				if (l->b.s[got - 1] == '\n')
					nl = l->b.s + got - 1;
			if (nl != NULL || l->eof) {
				/* at the end a last line without newline */
				l->cut = nl != NULL && !l->eof ? (size_t)(nl - l->b.s) + 1 : l->b.len;
				return l->cut > 0;
			}
		}
		buf_grow(&l->b, (size_t)1 << 20);
		got = fread(l->b.s + l->b.len, 1, l->b.cap - l->b.len - 1, l->f);
		if (got == 0) {
			if (ferror(l->f)) {
				*err = xasprintf("%s: %s", l->path, strerror(errno));
				return -1;
			}
			l->eof = 1;
		}
		l->b.len += got;
	}
}

/* One line of a block, and what became of it. */
enum line_state { LINE_BLANK, LINE_ARTICLE, LINE_NOT_JSON, LINE_NOT_ARTICLE };

struct rline {
	const char *s;
	size_t len, no;		/* no: its line number in the file */
	enum line_state state;
	struct json_error e;	/* LINE_NOT_JSON */
	const char *why;	/* LINE_NOT_ARTICLE */
	struct article art;	/* LINE_ARTICLE */
	uint64_t near_id;
	int has_near;
};

struct rblock {
	struct rline *line;
	size_t n, cap, next;
};

struct rworker {
	struct rblock *blk;
	struct arena arena;
	struct json_pool *pool;
	pthread_t tid;
};

static void
parse_line(struct rworker *w, struct rline *l)
{
	const char *q, *end = l->s + l->len;
	const struct json *j;

	for (q = l->s; q < end && (*q == ' ' || *q == '\t' || *q == '\r'); q++)
		;
	if (q == end) {
		l->state = LINE_BLANK;
		return;
	}
	j = json_parse_in(w->pool, l->s, l->len, &l->e);
	if (j == NULL) {
		l->state = LINE_NOT_JSON;
		return;
	}
	l->near_id = 0;
	l->why = article_from(j, &w->arena, &l->art, &l->near_id, &l->has_near);
	if (l->why != NULL) {
		l->state = LINE_NOT_ARTICLE;
		return;
	}
	model_body_span(&l->art);
	l->state = LINE_ARTICLE;	/* its mentions are found when shown */
}

static void *
parse_lines(void *arg)
{
	struct rworker *w = arg;
	size_t i;

	while ((i = __atomic_fetch_add(&w->blk->next, 1, __ATOMIC_RELAXED)) < w->blk->n)
		parse_line(w, &w->blk->line[i]);
	return NULL;
}

/* The lines of ls's block into blk, numbered on from *lineno. */
static void
split_block(const struct lines *ls, struct rblock *blk, size_t *lineno)
{
	const char *p = ls->b.s, *end = ls->b.s + ls->cut;

	blk->n = 0;
	blk->next = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		struct rline *l;

		blk->line = xgrow(blk->line, &blk->cap, blk->n + 1, sizeof(*blk->line));
		l = &blk->line[blk->n++];
		l->s = p;
		l->len = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);
		l->no = ++*lineno;
		p += l->len + 1;
	}
}

static void
run_workers(struct rworker *w, int nt)
{
	int t, started;

	for (t = 1, started = 1; t < nt; t++, started++)
		if (pthread_create(&w[t].tid, NULL, parse_lines, &w[t]) != 0)
			break;	/* fewer threads: the rest is parsed here */
	parse_lines(&w[0]);
	for (t = 1; t < started; t++)
		pthread_join(w[t].tid, NULL);
}

/* The parsed lines of blk into m in their order: bad ones told,
 * near-duplicate links resolved to earlier articles.  Returns the bad. */
static long
adopt_block(struct model *m, const char *path, struct rblock *blk, struct hash *ids,
	    source_warn_fn warn, void *ctx)
{
	size_t i;
	long bad = 0;

	for (i = 0; i < blk->n; i++) {
		struct rline *l = &blk->line[i];
		char *where, *msg;

		if (l->state == LINE_BLANK)
			continue;
		if (l->state != LINE_ARTICLE) {
			where = xasprintf("%s:%zu", path, l->no);
			msg = l->state == LINE_NOT_JSON
			    ? xasprintf("column %zu: %s", l->e.column, l->e.msg)
			    : xasprintf("not an article: %s", l->why);
			warn(ctx, where, msg);
			free(where);
			free(msg);
			bad++;
			continue;
		}
		if (l->has_near) {
			uint32_t to = hash_get(ids, l->near_id);

			l->art.near = to != HASH_NONE ? (long)to : -1;
		}
		m->a = xgrow(m->a, &m->cap, m->n + 1, sizeof(*m->a));
		m->a[m->n] = l->art;
		(void)hash_put(ids, l->art.id, (uint32_t)m->n);	/* the earlier article keeps the id */
		m->n++;
	}
	return bad;
}

static int
thread_count(int want)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);

	if (want > 0)
		return want;
	return cpus > 1 ? (int)(cpus < 64 ? cpus : 64) : 1;
}

static long
read_file(struct model *m, const char *path, struct hash *ids, int threads,
	  struct live *live, source_warn_fn warn, void *ctx, char **err)
{
	struct lines ls = { NULL, path, BUF_INIT, 0, 0 };
	struct rblock blk = { NULL, 0, 0, 0 };
	struct rworker *w;
	size_t lineno = 0;
	long bad = 0;
	int got, nt = thread_count(threads), t;

	if ((ls.f = fopen(path, "rb")) == NULL) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	w = xcalloc((size_t)nt, sizeof(*w));
	for (t = 0; t < nt; t++) {
		w[t].blk = &blk;
		w[t].pool = json_pool_new();
	}
	while ((got = block_next(&ls, err)) > 0) {
		split_block(&ls, &blk, &lineno);
		run_workers(w, blk.n > 1 ? nt : 1);
		if (live != NULL)
			live_lock(live);	/* m->a may move */
		bad += adopt_block(m, path, &blk, ids, warn, ctx);
		if (live != NULL) {
			live_set(live, m->a, NULL, m->n);
			live_unlock(live);
		}
	}
	m->arenas = xrealloc(m->arenas, (m->narenas + (size_t)nt) * sizeof(*m->arenas));
	for (t = 0; t < nt; t++) {
		arena_forget_shared(&w[t].arena);
		m->arenas[m->narenas++] = w[t].arena;
		json_pool_free(w[t].pool);
	}
	free(w);
	free(blk.line);
	buf_free(&ls.b);
	fclose(ls.f);
	/* a read error ends the file: what loaded stays, the error is told */
	return got < 0 ? -1 : bad;
}

/* ---- one export given away as it is read (o->each) ---- */

static void *
parse_all(void *arg)
{
	struct rworker *w = arg;

	parse_lines(w);
	return NULL;
}

/* Start the workers on blk, each on a thread of its own; 0 when none
 * could start (the caller then parses it itself). */
static int
parse_start(struct rworker *w, int nt)
{
	int t;

	for (t = 0; t < nt; t++)
		if (pthread_create(&w[t].tid, NULL, parse_all, &w[t]) != 0)
			break;
	return t;
}

static void
parse_join(struct rworker *w, int started)
{
	int t;

	for (t = 0; t < started; t++)
		pthread_join(w[t].tid, NULL);
}

/*
 * The articles of the export at path given to o->each in order, a
 * block at a time, while the next block is parsed: the workers parse
 * block k + 1 into one set of arenas while this thread gives away the
 * articles of block k, which live in the other set, then helps them
 * (it is worker nt).  Only the article records stay (their ids, for
 * the links), in view.
 */
static long
stream_file(const char *path, const struct ingest_opts *o, char **err)
{
	struct lines ls = { NULL, path, BUF_INIT, 0, 0 };
	struct rblock blk = { NULL, 0, 0, 0 };
	struct rworker *w;
	struct arena *sets;	/* nt arenas a set, two sets */
	struct model view;
	struct hash ids;
	size_t lineno = 0, i;
	long bad = 0;
	int got, nt = thread_count(o->threads), nw = nt + 1, t, cur = 0, started = 0, stop = 0;

	if ((ls.f = fopen(path, "rb")) == NULL) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	model_init(&view);
	hash_init(&ids, 0);
	w = xcalloc((size_t)nw, sizeof(*w));
	sets = xcalloc(2 * (size_t)nw, sizeof(*sets));
	for (t = 0; t < 2 * nw; t++)
		sets[t].unshared = 1;	/* a cache per block would cost more than it saves */
	for (t = 0; t < nw; t++) {
		w[t].blk = &blk;
		w[t].pool = json_pool_new();
	}
	if ((got = block_next(&ls, err)) > 0) {
		split_block(&ls, &blk, &lineno);
		for (t = 0; t < nw; t++)
			w[t].arena = sets[t];
		run_workers(w, blk.n > 1 ? nt : 1);
	}
	while (got > 0) {
		size_t first = view.n;

		bad += adopt_block(&view, path, &blk, &ids, o->warn, o->ctx);
		for (t = 0; t < nw; t++)
			sets[cur * nw + t] = w[t].arena;	/* block k's articles */
		/* block k + 1 parsed into the other set meanwhile */
		started = 0;
		if ((got = block_next(&ls, err)) > 0) {
			split_block(&ls, &blk, &lineno);
			for (t = 0; t < nw; t++) {
				arena_reset(&sets[(1 - cur) * nw + t]);
				w[t].arena = sets[(1 - cur) * nw + t];
			}
			started = parse_start(w, nt);
		}
		if (view.n > first && o->each(o->each_ctx, &view, first, view.n - first) != 0)
			stop = 1;
		for (i = first; i < view.n; i++)
			model_forget_article(&view.a[i]);
		if (got > 0)
			parse_lines(&w[nt]);	/* what the workers have not taken yet */
		parse_join(w, started);
		cur = 1 - cur;
		if (stop) {
			/* the reader has all it wants, or a write failed */
			if (got > 0)	/* block k + 1 was parsed all the same */
				for (t = 0; t < nw; t++)
					sets[cur * nw + t] = w[t].arena;
			break;
		}
	}
	for (t = 0; t < nw; t++)
		json_pool_free(w[t].pool);
	for (t = 0; t < 2 * nw; t++)
		arena_free(&sets[t]);
	free(sets);
	free(w);
	free(blk.line);
	buf_free(&ls.b);
	fclose(ls.f);
	hash_free(&ids);
	free(view.a);
	/* a read error ends the file: what was given stays given */
	return got < 0 ? -1 : bad;
}

static void
map_model(const struct model *m, struct hash *ids)
{
	size_t i;

	hash_init(ids, m->n);
	for (i = 0; i < m->n; i++)
		(void)hash_put(ids, m->a[i].id, (uint32_t)i);
}

/* ---- shards merged: one corpus again ---- */

/* Source paths in the order a walk of the folders reads them: component
 * by component, so "a/x" comes before "a.txt" as "a" did before "a.txt"
 * in the folder listing. */
static int
source_cmp(const void *x, const void *y)
{
	const unsigned char *a = (const unsigned char *)((const struct article *)x)->source;
	const unsigned char *b = (const unsigned char *)((const struct article *)y)->source;

	for (; *a != '\0' && *a == *b; a++, b++)
		;
	if (*a == *b)
		return 0;
	if (*a == '/' || *b == '/')
		return *a == '/' ? -1 : 1;
	return *a < *b ? -1 : 1;
}

/* Articles [first, m->n) came from several exports (shards of one
 * corpus) and are in source order now: sign them again and link
 * near-duplicates across all of them, as one load of the pages would.
 * A link written by a shard knows only that shard, so none is kept. */
static void
relink(struct model *m, size_t first)
{
	struct arena a = { NULL, 0, NULL, 0 };
	size_t i;

	for (i = first; i < m->n; i++) {
		struct article *art = &m->a[i];
		uint32_t sig[DEDUP_K];

		/* the paragraphs are not written through the signature */
		if (art->minhash == NULL
		    && dedup_minhash((char *const *)art->para, art->npara, sig) >= DEDUP_MIN_SHINGLES) {
			art->minhash = arena_alloc(&a, sizeof(sig));
			memcpy(art->minhash, sig, sizeof(sig));
		}
	}
	m->arenas = xrealloc(m->arenas, (m->narenas + 1) * sizeof(*m->arenas));
	m->arenas[m->narenas++] = a;
	model_link_duplicates(m);
}

long
export_read_jsonl(struct model *m, const char *path, source_warn_fn warn,
		  void *ctx, char **err)
{
	struct hash ids;
	long rc;

	map_model(m, &ids);
	rc = read_file(m, path, &ids, 0, NULL, warn, ctx, err);
	hash_free(&ids);
	return rc;
}

size_t
reload_paths(struct model *m, char *const *paths, size_t n,
	     const struct ingest_opts *o)
{
	struct hash ids;
	size_t i, failed = 0, first = m->n;

	if (o->each != NULL) {
		char *err = NULL;
		long bad;

		if (n != 1 || o->live != NULL)
			fatal("only one export, not shown, can be given away as it is read");
		if (o->total != NULL)
			__atomic_store_n(o->total, n, __ATOMIC_RELAXED);
		if ((bad = stream_file(paths[0], o, &err)) < 0) {
			o->warn(o->ctx, paths[0], err + strlen(paths[0]) + 2);
			free(err);
			return 1;
		}
		if (o->done != NULL)
			__atomic_add_fetch(o->done, 1, __ATOMIC_RELAXED);
		return (size_t)bad;
	}
	map_model(m, &ids);
	if (o->total != NULL)
		__atomic_store_n(o->total, n, __ATOMIC_RELAXED);
	for (i = 0; i < n; i++) {
		char *err = NULL;
		long bad;

		if (o->cancel != NULL && __atomic_load_n(o->cancel, __ATOMIC_RELAXED))
			break;
		bad = read_file(m, paths[i], &ids, o->threads, o->live, o->warn, o->ctx, &err);
		if (bad < 0) {
			o->warn(o->ctx, paths[i], err + strlen(paths[i]) + 2);
			free(err);
			failed++;
		} else {
			failed += (size_t)bad;
		}
		if (o->done != NULL)
			__atomic_add_fetch(o->done, 1, __ATOMIC_RELAXED);
	}
	hash_free(&ids);
	if (n > 1) {
		ingest_set_phase(o, INGEST_LINKING);
		if (o->live != NULL)
			live_lock(o->live);	/* the rows are put in another order */
		if (m->n - first > 1)
			qsort(m->a + first, m->n - first, sizeof(*m->a), source_cmp);
		if (o->live != NULL) {
			live_moved(o->live);
			live_unlock(o->live);
		}
		relink(m, first);
	}
	if (!o->no_index) {
		ingest_set_phase(o, INGEST_INDEXING);
		model_build_index(m);
	}
	return failed;
}
