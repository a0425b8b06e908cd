/*
 * export.c — JSON (one document, or one line per article), plain text, and
 * the one loop that hands any format to a sink: a FILE, a descriptor or an
 * atomic file.  Markdown and CSV rows are in export_table.c.
 */
#include "export.h"

#include <errno.h>
#include <math.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic.h"
#include "figure.h"
#include "tally.h"

enum export_format
export_parse_format(const char *name)
{
	if (strcmp(name, "json") == 0)
		return EXPORT_JSON;
	if (strcmp(name, "jsonl") == 0)
		return EXPORT_JSONL;
	if (strcmp(name, "txt") == 0)
		return EXPORT_TXT;
	if (strcmp(name, "md") == 0)
		return EXPORT_MD;
	if (strcmp(name, "csv") == 0)
		return EXPORT_CSV;
	return EXPORT_NONE;
}

int
export_parse_answer(const char *text, struct export_opts *o)
{
	char name[32];
	const char *plus = strstr(text, "+bom");
	size_t n = plus != NULL ? (size_t)(plus - text) : strlen(text);

	if (n >= sizeof(name) || (plus != NULL && plus[4] != '\0'))
		return -1;
	memcpy(name, text, n);
	name[n] = '\0';
	o->bom = plus != NULL;
	o->table = CSV_PEOPLE;
	if (strcmp(name, "csv-figures") == 0) {
		o->table = CSV_FIGURES;
		snprintf(name, sizeof(name), "csv");
	} else if (strcmp(name, "csv-people") == 0) {
		snprintf(name, sizeof(name), "csv");
	}
	o->fmt = export_parse_format(name);
	if (o->fmt == EXPORT_NONE || (o->bom && o->fmt != EXPORT_CSV))
		return -1;
	return 0;
}

/* The length of the character at s when JSON output escapes it though
 * JSON allows it raw (C1 controls, bidi controls, U+2028/2029: whoever
 * prints the output would obey them), *u set; else 0.  Only the lead
 * bytes C2, D8, E2 and EF start such a character: the rest is skipped at
 * the cost of one comparison. */
static int
unsafe_char(const char *s, uint32_t *u)
{
	unsigned char c = (unsigned char)*s;
	size_t left = 1;
	int len;

	if (c != 0xC2 && c != 0xD8 && c != 0xE2 && c != 0xEF)
		return 0;
	while (left < 4 && s[left] != '\0')
		left++;
	len = utf8_decode(s, left, u);
	if (len > 1 && ((*u >= 0x80 && *u <= 0x9F) || util_is_bidi_control(*u)
	    || *u == 0x2028 || *u == 0x2029))
		return len;
	return 0;
}

/* The bytes export_json_string copies without a look: all but NUL, the
 * controls, '"', '\\', DEL and unsafe_char's lead bytes. */
static const unsigned char json_plain[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 00-0F */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 10-1F */
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 20-2F */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 30-3F */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 40-4F */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,	/* 50-5F */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 60-6F */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,	/* 70-7F */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 80-8F */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 90-9F */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* A0-AF */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* B0-BF */
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* C0-CF */
	1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1,	/* D0-DF */
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,	/* E0-EF */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* F0-FF */
};

#if defined(__GNUC__) || defined(__clang__)
typedef unsigned char u8x16 __attribute__((vector_size(16)));

/* How many bytes from s (n in all) json_plain passes, counted 16 at a
 * time (SSE2 on x86-64, NEON on arm64: the compiler's vectors): a
 * multiple of 16, what is left is looked at byte by byte. */
static size_t
plain_blocks(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 16 <= n; i += 16) {
		u8x16 x, odd;
		uint64_t w[2];

		memcpy(&x, s + i, 16);
		odd = (u8x16)((x < 0x20) | (x == '"') | (x == '\\') | (x == 0x7F)
		    | (x == 0xC2) | (x == 0xD8) | (x == 0xE2) | (x == 0xEF));
		memcpy(w, &odd, 16);
		if ((w[0] | w[1]) != 0)
			break;
	}
	return i;
}
#else
static size_t
plain_blocks(const char *s, size_t n)
{
	(void)s;
	(void)n;
	return 0;
}
#endif

/* s[0..n) (s[n] is its NUL) as a JSON string literal. */
static void
json_string_n(struct buf *b, const char *s, size_t n)
{
	const char *run, *end = s + n;

	buf_addc(b, '"');
	for (run = s; ; s++) {
		unsigned char c;

		s += plain_blocks(s, (size_t)(end - s));
		while (json_plain[(unsigned char)*s])
			s++;
		if ((c = (unsigned char)*s) == '\0')
			break;
		if (c >= 0x80) {
			uint32_t u;
			int len = unsafe_char(s, &u);

			if (len > 0) {
				buf_add(b, run, (size_t)(s - run));
				buf_printf(b, "\\u%04x", (unsigned)u);
				s += len - 1;
				run = s + 1;
			}
			continue;
		}
		if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F)
			continue;
		buf_add(b, run, (size_t)(s - run));
		run = s + 1;
		switch (c) {
		case '"': buf_adds(b, "\\\""); break;
		case '\\': buf_adds(b, "\\\\"); break;
		case '\n': buf_adds(b, "\\n"); break;
		case '\t': buf_adds(b, "\\t"); break;
		default: buf_printf(b, "\\u%04x", c); break;
		}
	}
	buf_add(b, run, (size_t)(s - run));
	buf_addc(b, '"');
}

void
export_json_string(struct buf *b, const char *s)
{
	if (s == NULL)
		buf_adds(b, "null");
	else
		json_string_n(b, s, strlen(s));
}

static void
string_array(struct buf *b, const char *const *v, size_t n)
{
	size_t i;

	buf_addc(b, '[');
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(b, ',');
		export_json_string(b, v[i]);
	}
	buf_addc(b, ']');
}

/* The paragraphs of a: when they lie back to back (model_body_span),
 * each ends where the next begins, no length to measure. */
static void
json_paragraphs(struct buf *b, const struct article *a)
{
	size_t i;

	if (a->body_len == 0) {
		string_array(b, a->para, a->npara);
		return;
	}
	buf_addc(b, '[');
	for (i = 0; i < a->npara; i++) {
		const char *end = i + 1 < a->npara ? a->para[i + 1] - 1 : a->para[0] + a->body_len;

		if (i > 0)
			buf_addc(b, ',');
		json_string_n(b, a->para[i], (size_t)(end - a->para[i]));
	}
	buf_addc(b, ']');
}

static void
json_number(struct buf *b, double v)
{
	/* range first: casting a double past long long is undefined */
	if (!isfinite(v))
		buf_adds(b, "null");	/* JSON has no infinity */
	else if (v < 1e18 && v > -1e18 && v == (double)(long long)v)
		buf_add_i64(b, (long long)v);
	else
		buf_printf(b, "%.15g", v);
}

static void
json_person(struct buf *b, const struct art_person *p)
{
	buf_adds(b, "{\"name\":");
	export_json_string(b, p->name);
	buf_adds(b, ",\"titles\":");
	string_array(b, p->titles, p->ntitles);
	buf_adds(b, ",\"org\":");
	export_json_string(b, p->org);
	buf_adds(b, ",\"mentions\":");
	buf_add_u64(b, p->mentions);
	buf_addc(b, '}');
}

static void
json_figure(struct buf *b, const struct art_figure *f)
{
	buf_adds(b, "{\"text\":");
	export_json_string(b, f->text);
	buf_adds(b, ",\"value\":");
	json_number(b, f->value);
	buf_adds(b, ",\"unit\":");
	export_json_string(b, f->unit);
	buf_adds(b, ",\"kind\":\"");
	buf_adds(b, figure_kind_name(f->kind));
	buf_adds(b, "\",\"subject\":");
	export_json_string(b, f->subject);
	if (f->para == SPAN_TITLE) {
		buf_adds(b, ",\"paragraph\":null}");
	} else {
		buf_adds(b, ",\"paragraph\":");
		buf_add_u64(b, f->para);
		buf_addc(b, '}');
	}
}

/* The text of a quotation, NUL-terminated in a buffer of the caller's
 * (*tmp, grown as needed; free it when done). */
const char *
export_quote_text(const struct article *a, const struct art_quote *q, char **tmp, size_t *cap)
{
	if (*cap < (size_t)q->at.len + 1) {
		*cap = (size_t)q->at.len + 1;
		*tmp = xrealloc(*tmp, *cap);
	}
	memcpy(*tmp, a->para[q->at.para] + q->at.off, q->at.len);
	(*tmp)[q->at.len] = '\0';
	return *tmp;
}

static void
json_quote(struct buf *b, const struct article *a, const struct art_quote *q)
{
	char *tmp = NULL;
	size_t cap = 0;

	buf_adds(b, "{\"speaker\":");
	export_json_string(b, a->people[q->speaker].name);
	buf_adds(b, ",\"text\":");
	export_json_string(b, export_quote_text(a, q, &tmp, &cap));
	buf_adds(b, ",\"paragraph\":");
	buf_add_u64(b, q->at.para);
	buf_addc(b, '}');
	free(tmp);
}

void
export_json_article(struct buf *b, const struct model *m, size_t i)
{
	const struct article *a = &m->a[i];
	char hex[17];
	size_t k;

	model_id_hex(a->id, hex);
	buf_adds(b, "{\"id\":\"");
	buf_adds(b, hex);
	buf_adds(b, "\",\"source\":");
	export_json_string(b, a->source);
	buf_adds(b, ",\"encoding\":");
	export_json_string(b, a->encoding);
	buf_adds(b, ",\"title\":");
	export_json_string(b, a->title);
	buf_adds(b, ",\"outlet\":");
	export_json_string(b, a->outlet);
	buf_adds(b, ",\"date\":");
	export_json_string(b, a->date);
	buf_adds(b, ",\"reporters\":[");
	for (k = 0; k < a->nrep; k++) {
		buf_adds(b, k ? ",{\"name\":" : "{\"name\":");
		export_json_string(b, a->rep[k].name);
		buf_adds(b, ",\"email\":");
		export_json_string(b, a->rep[k].email);
		buf_addc(b, '}');
	}
	buf_adds(b, "],\"paragraphs\":");
	json_paragraphs(b, a);
	buf_adds(b, ",\"captions\":");
	string_array(b, a->cap, a->ncap);
	buf_adds(b, ",\"duplicates_removed\":");
	buf_add_u64(b, a->dups);
	buf_adds(b, ",\"near_duplicate_of\":");
	if (a->near >= 0) {
		model_id_hex(m->a[a->near].id, hex);
		buf_printf(b, "\"%s\"", hex);
	} else {
		buf_adds(b, "null");
	}
	buf_adds(b, ",\"people\":[");
	for (k = 0; k < a->npeople; k++) {
		if (k > 0)
			buf_addc(b, ',');
		json_person(b, &a->people[k]);
	}
	buf_adds(b, "],\"figures\":[");
	for (k = 0; k < a->nfig; k++) {
		if (k > 0)
			buf_addc(b, ',');
		json_figure(b, &a->fig[k]);
	}
	buf_adds(b, "],\"quotes\":[");
	for (k = 0; k < a->nquote; k++) {
		if (k > 0)
			buf_addc(b, ',');
		json_quote(b, a, &a->quote[k]);
	}
	buf_adds(b, "]}");
}

/* The article ids of list[0..n) that are in the set, as a JSON array. */
static void
json_ids(struct buf *b, const struct model *m, const struct tally *t,
	 const size_t *list, size_t n)
{
	size_t j, k = 0;
	char hex[17];

	buf_addc(b, '[');
	for (j = 0; j < n; j++) {
		if (!tally_has(t, list[j]))
			continue;
		model_id_hex(m->a[list[j]].id, hex);
		buf_printf(b, "%s\"%s\"", k++ ? "," : "", hex);
	}
	buf_addc(b, ']');
}

/* The corpus-wide person index, over the selected articles only (the
 * tally t of them): ids, titles and mentions come from those articles. */
static void
json_people(struct buf *b, const struct model *m, const struct tally *t)
{
	size_t i, first = 1;
	const char **titles = NULL;
	size_t ntitles, cap = 0;

	for (i = 0; i < m->npeople; i++) {
		const struct corpus_person *cp = &m->people[i];

		if (t->pcount[i] == 0)
			continue;
		ntitles = tally_titles(t, m, i, &titles, &cap);
		buf_adds(b, first ? "\n{\"name\":" : ",\n{\"name\":");
		first = 0;
		export_json_string(b, cp->name);
		buf_adds(b, ",\"titles\":");
		string_array(b, titles, ntitles);
		buf_adds(b, ",\"org\":");
		export_json_string(b, cp->org);
		buf_adds(b, ",\"articles\":");
		json_ids(b, m, t, cp->articles, cp->narticles);
		buf_printf(b, ",\"mentions\":%zu}", t->pmentions[i]);
	}
	free(titles);
}

/* The corpus-wide figure index over the selected articles. */
static void
json_figures(struct buf *b, const struct model *m, const struct tally *t)
{
	size_t i, first = 1;
	const char **texts = NULL;
	size_t ntexts, cap = 0;

	for (i = 0; i < m->nfigures; i++) {
		const struct corpus_figure *cf = &m->figures[i];

		if (t->fcount[i] == 0)
			continue;
		ntexts = tally_texts(t, m, i, &texts, &cap);
		buf_adds(b, first ? "\n{\"value\":" : ",\n{\"value\":");
		first = 0;
		json_number(b, cf->value);
		buf_adds(b, ",\"unit\":");
		export_json_string(b, cf->unit);
		buf_printf(b, ",\"kind\":\"%s\",\"texts\":", figure_kind_name(cf->kind));
		string_array(b, texts, ntexts);
		buf_adds(b, ",\"articles\":");
		json_ids(b, m, t, cf->articles, cf->narticles);
		buf_addc(b, '}');
	}
	free(texts);
}

/* Article art, the i-th written, with what comes before it in the
 * format, appended to b. */
static void
emit_article(struct buf *b, const struct model *m, size_t art, size_t i,
	     const struct export_opts *o)
{
	const struct article *a = &m->a[art];
	size_t k;

	switch (o->fmt) {
	case EXPORT_JSON:
		buf_adds(b, i ? ",\n" : "\n");
		export_json_article(b, m, art);
		break;
	case EXPORT_JSONL:
		export_json_article(b, m, art);
		buf_addc(b, '\n');
		break;
	case EXPORT_TXT:
		if (i > 0)
			buf_addc(b, '\f');	/* page break between articles */
		if (a->title != NULL)
			buf_printf(b, "%s\n\n", a->title);
		for (k = 0; k < a->npara; k++)
			buf_printf(b, "%s\n\n", a->para[k]);
		break;
	case EXPORT_MD:
		if (i > 0)
			buf_adds(b, "---\n\n");
		export_md_article(b, m, art, o);
		break;
	case EXPORT_CSV:
		if (o->table != CSV_TRAILS)	/* rows of trails, not of articles */
			export_csv_rows(b, m, art, o);
		break;
	case EXPORT_NONE:
		break;
	}
}

/*
 * The articles are written in chunks of CHUNK_ARTICLES: one thread per
 * CPU formats chunks (at most CHUNKS_AHEAD a thread before the one the
 * sink takes next, so a big corpus never sits in memory twice), and the
 * calling thread hands them to the sink in order.  The bytes are those
 * of one thread formatting everything.
 */
#define CHUNK_ARTICLES 64
#define CHUNKS_AHEAD 4

struct chunks {
	const struct model *m;
	const size_t *sel;
	size_t n;
	const struct export_opts *o;
	size_t nchunks, next, written;	/* chunks in all, claimed, sunk */
	struct buf *slot;		/* chunk c in slot[c % nslot] */
	unsigned char *ready;
	size_t nslot;
	int stop;
	pthread_mutex_t lock;
	pthread_cond_t cv;
};

static void
format_chunk(const struct chunks *c, size_t k, struct buf *b)
{
	size_t i, end = (k + 1) * CHUNK_ARTICLES < c->n ? (k + 1) * CHUNK_ARTICLES : c->n;

	for (i = k * CHUNK_ARTICLES; i < end; i++)
		emit_article(b, c->m, c->sel[i], i, c->o);
}

static void *
chunk_worker(void *arg)
{
	struct chunks *c = arg;

	pthread_mutex_lock(&c->lock);
	for (;;) {
		size_t k;

		while (!c->stop && c->next < c->nchunks && c->next >= c->written + c->nslot)
			pthread_cond_wait(&c->cv, &c->lock);
		if (c->stop || c->next >= c->nchunks)
			break;
		k = c->next++;
		pthread_mutex_unlock(&c->lock);
		format_chunk(c, k, &c->slot[k % c->nslot]);
		pthread_mutex_lock(&c->lock);
		c->ready[k % c->nslot] = 1;
		pthread_cond_broadcast(&c->cv);
	}
	pthread_mutex_unlock(&c->lock);
	return NULL;
}

/* Chunk k, formatted by a worker, to the sink; then its slot is free. */
static int
sink_chunk(struct chunks *c, size_t k, export_sink_fn sink, void *ctx)
{
	struct buf *b = &c->slot[k % c->nslot];
	int rc;

	pthread_mutex_lock(&c->lock);
	while (!c->ready[k % c->nslot])
		pthread_cond_wait(&c->cv, &c->lock);
	pthread_mutex_unlock(&c->lock);
	rc = b->len > 0 ? sink(ctx, b->s, b->len) : 0;
	buf_reset(b);
	pthread_mutex_lock(&c->lock);
	c->ready[k % c->nslot] = 0;
	c->written = k + 1;
	c->stop = rc != 0;
	pthread_cond_broadcast(&c->cv);
	pthread_mutex_unlock(&c->lock);
	return rc;
}

/* The articles sel[0..n) to the sink, chunk by chunk. */
static int
emit_articles(export_sink_fn sink, void *ctx, const struct model *m,
	      const size_t *sel, size_t n, const struct export_opts *o)
{
	struct chunks c;
	pthread_t *tid;
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	size_t nt = cpus > 1 ? (size_t)cpus : 1, t, started = 0, k;
	int rc = 0;

	memset(&c, 0, sizeof(c));
	c.m = m;
	c.sel = sel;
	c.n = n;
	c.o = o;
	c.nchunks = (n + CHUNK_ARTICLES - 1) / CHUNK_ARTICLES;
	if (nt > c.nchunks)
		nt = c.nchunks > 0 ? c.nchunks : 1;
	c.nslot = nt * CHUNKS_AHEAD;
	c.slot = xcalloc(c.nslot, sizeof(*c.slot));
	c.ready = xcalloc(c.nslot, 1);
	pthread_mutex_init(&c.lock, NULL);
	pthread_cond_init(&c.cv, NULL);
	tid = xcalloc(nt, sizeof(*tid));
	for (t = 0; t < nt && nt > 1; t++)
		if (pthread_create(&tid[t], NULL, chunk_worker, &c) == 0)
			started++;
	for (k = 0; k < c.nchunks && rc == 0; k++) {
		if (started == 0) {	/* one CPU, or no thread could start */
			format_chunk(&c, k, &c.slot[0]);
			rc = c.slot[0].len > 0 ? sink(ctx, c.slot[0].s, c.slot[0].len) : 0;
			buf_reset(&c.slot[0]);
		} else {
			rc = sink_chunk(&c, k, sink, ctx);
		}
	}
	pthread_mutex_lock(&c.lock);
	c.stop = 1;
	pthread_cond_broadcast(&c.cv);
	pthread_mutex_unlock(&c.lock);
	for (t = 0; t < started; t++)
		pthread_join(tid[t], NULL);
	for (t = 0; t < c.nslot; t++)
		buf_free(&c.slot[t]);
	free(c.slot);
	free(c.ready);
	free(tid);
	pthread_cond_destroy(&c.cv);
	pthread_mutex_destroy(&c.lock);
	return rc;
}

/* What the format puts before the first article. */
static void
emit_head(struct buf *b, const struct export_opts *o)
{
	if (o->fmt == EXPORT_JSON)
		buf_adds(b, "{\"articles\":[");
	if (o->fmt == EXPORT_CSV) {
		if (o->bom)
			buf_adds(b, "\xef\xbb\xbf");
		export_csv_header(b, o);
	}
}

int
export_emit(export_sink_fn sink, void *ctx, const struct model *m,
	    const size_t *sel, size_t n, const struct export_opts *o)
{
	struct buf b = BUF_INIT;
	int rc = 0;

	emit_head(&b, o);
	if (b.len > 0)
		rc = sink(ctx, b.s, b.len);
	buf_reset(&b);
	if (rc == 0)
		rc = emit_articles(sink, ctx, m, sel, n, o);
	if (o->fmt == EXPORT_JSON && rc == 0) {
		struct tally t;

		memset(&t, 0, sizeof(t));
		tally_build(&t, m, sel, n);
		buf_adds(&b, "\n],\"people\":[");
		json_people(&b, m, &t);
		buf_adds(&b, "\n],\"figures\":[");
		json_figures(&b, m, &t);
		buf_adds(&b, "\n],\"trails\":[");
		export_json_trails(&b, m, sel, n);
		buf_adds(&b, "\n]}\n");
		tally_free(&t);
	}
	if (o->fmt == EXPORT_CSV && o->table == CSV_TRAILS && rc == 0)
		export_csv_trails(&b, m, sel, n);
	if (rc == 0 && b.len > 0)
		rc = sink(ctx, b.s, b.len);
	buf_free(&b);
	return rc;
}

static int
sink_file(void *ctx, const void *p, size_t n)
{
	return fwrite(p, 1, n, ctx) == n ? 0 : -1;
}

static int
sink_fd(void *ctx, const void *p, size_t n)
{
	const char *s = p;
	int fd = *(int *)ctx;

	while (n > 0) {
		ssize_t w = write(fd, s, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

static int
sink_atomic(void *ctx, const void *p, size_t n)
{
	return atomic_write(ctx, p, n);
}

static void
default_opts(struct export_opts *o, enum export_format fmt)
{
	memset(o, 0, sizeof(*o));
	o->fmt = fmt;
	o->table = CSV_PEOPLE;
}

int
export_write(FILE *f, const struct model *m, const size_t *sel, size_t n,
	     enum export_format fmt)
{
	struct export_opts o;

	default_opts(&o, fmt);
	if (export_emit(sink_file, f, m, sel, n, &o) != 0)
		return -1;
	return fflush(f) != 0 ? -1 : 0;
}

int
export_to_fd(int fd, const struct model *m, const size_t *sel, size_t n,
	     const struct export_opts *o, char **err)
{
	const char *name = fd == STDOUT_FILENO ? "standard output" : "output";

	if (export_emit(sink_fd, &fd, m, sel, n, o) != 0) {
		if (errno == EPIPE)
			return EXPORT_CLOSED;
		*err = atomic_message(name, errno);
		return EXPORT_FAILED;
	}
	return EXPORT_OK;
}

int
export_save(const char *path, int force, const struct model *m,
	    const size_t *sel, size_t n, const struct export_opts *o, char **err)
{
	struct atomic_file af;

	if (strcmp(path, "-") == 0)
		return export_to_fd(STDOUT_FILENO, m, sel, n, o, err);
	if (atomic_begin(&af, path, force, err) != 0)
		return EXPORT_FAILED;
	/* a failed write is remembered in af and reported by the commit */
	(void)export_emit(sink_atomic, &af, m, sel, n, o);
	if (af.direct && af.failed == EPIPE) {
		atomic_abort(&af);	/* a FIFO's reader has all it wanted */
		return EXPORT_CLOSED;
	}
	return atomic_commit(&af, err) == 0 ? EXPORT_OK : EXPORT_FAILED;
}

int
export_to_path(const char *path, int force, const struct model *m,
	       const size_t *sel, size_t n, enum export_format fmt, char **err)
{
	struct export_opts o;

	default_opts(&o, fmt);
	return export_save(path, force, m, sel, n, &o, err) == EXPORT_FAILED ? -1 : 0;
}

int
export_needs_index(const struct export_opts *o)
{
	return o->fmt == EXPORT_JSON || (o->fmt == EXPORT_CSV && o->table == CSV_TRAILS)
	    || o->mark_people != NULL || o->mark_figures != NULL;
}

/* ---- an export written while the articles arrive ---- */

/* Bytes formatted before they go to the file: large writes, little held. */
#define STREAM_FLUSH ((size_t)1 << 20)

struct export_stream {
	struct export_opts o;
	struct atomic_file af;
	int to_stdout;
	int fd;			/* STDOUT_FILENO when to_stdout */
	int failed;		/* errno of the first failed write, 0 when none */
	size_t written;		/* articles */
	struct buf b;
};

int
export_streams(const struct export_opts *o)
{
	return o->fmt != EXPORT_NONE && !export_needs_index(o);
}

static int
stream_flush(struct export_stream *s)
{
	int rc = 0;

	if (s->b.len == 0 || s->failed != 0)
		return s->failed != 0 ? -1 : 0;
	if (s->to_stdout) {
		if (sink_fd(&s->fd, s->b.s, s->b.len) != 0) {
			s->failed = errno != 0 ? errno : EIO;
			rc = -1;
		}
	} else if (atomic_write(&s->af, s->b.s, s->b.len) != 0) {
		s->failed = s->af.failed != 0 ? s->af.failed : EIO;
		rc = -1;
	}
	buf_reset(&s->b);
	return rc;
}

int
export_stream_begin(struct export_stream **out, const char *path, int force,
		    const struct export_opts *o, char **err)
{
	struct export_stream *s;

	if (!export_streams(o))
		fatal("an export of this format cannot be streamed");
	s = xcalloc(1, sizeof(*s));
	s->o = *o;
	s->to_stdout = strcmp(path, "-") == 0;
	s->fd = STDOUT_FILENO;
	if (!s->to_stdout && atomic_begin(&s->af, path, force, err) != 0) {
		free(s);
		return EXPORT_FAILED;
	}
	emit_head(&s->b, &s->o);
	*out = s;
	return EXPORT_OK;
}

int
export_stream_articles(struct export_stream *s, const struct model *m, size_t first, size_t n)
{
	size_t i;

	if (s->failed != 0)
		return -1;
	for (i = first; i < first + n; i++)
		emit_article(&s->b, m, i, s->written++, &s->o);
	return s->b.len >= STREAM_FLUSH ? stream_flush(s) : 0;
}

int
export_stream_end(struct export_stream *s, char **err)
{
	int rc = EXPORT_OK;

	(void)stream_flush(s);
	if (s->to_stdout) {
		if (s->failed == EPIPE)
			rc = EXPORT_CLOSED;
		else if (s->failed != 0) {
			*err = atomic_message("standard output", s->failed);
			rc = EXPORT_FAILED;
		}
	} else if (s->af.direct && s->af.failed == EPIPE) {
		atomic_abort(&s->af);	/* a FIFO's reader has all it wanted */
		rc = EXPORT_CLOSED;
	} else {
		rc = atomic_commit(&s->af, err) == 0 ? EXPORT_OK : EXPORT_FAILED;
	}
	buf_free(&s->b);
	free(s);
	return rc;
}
