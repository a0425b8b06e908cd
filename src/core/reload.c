/*
 * reload.c — a jsonl export back into the model.
 *
 * Each line is parsed (json.c) into a tree, checked against the export
 * contract and copied into one arena per file, which the model adopts.
 * An id → article index hash table (hash.h) resolves near_duplicate_of to an
 * earlier article.  Mention spans are not exported, so they are found
 * again by searching the text.
 */
#include "reload.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dedup.h"
#include "figure.h"
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
clean_dup(struct arena *a, const struct json *j)
{
	struct buf clean = BUF_INIT, nfc = BUF_INIT;
	const char *r, *s = j->str;
	size_t i, n = j->len;

	if (j->clean)	/* nearly always: the parser saw nothing to clean */
		return arena_strndup(a, s, n);
	source_sanitize(s, n, &clean);
	for (i = 0; i < clean.len; i++)	/* one line, as a page's strings are */
		if (clean.s[i] == '\n' || clean.s[i] == '\t')
			clean.s[i] = ' ';
	source_nfc(clean.s != NULL ? clean.s : "", clean.len, &nfc);
	r = arena_strndup(a, nfc.s != NULL ? nfc.s : "", nfc.len);
	buf_free(&clean);
	buf_free(&nfc);
	return r;
}

/* A string member (or null when nullable) copied into a; 0 or -1. */
static int
get_str(const struct json *obj, const char *key, int nullable, struct arena *a,
	const char **out)
{
	const struct json *j = json_get(obj, key);

	if (j != NULL && j->type == JSON_NULL && nullable) {
		*out = NULL;
		return 0;
	}
	if (j == NULL || j->type != JSON_STRING || strlen(j->str) != j->len)
		return -1;
	*out = clean_dup(a, j);
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

/* An array of strings into a; 0 or -1. */
static int
get_strings(const struct json *obj, const char *key, struct arena *a,
	    const char ***out, size_t *n)
{
	const struct json *j = json_get(obj, key);
	size_t i;

	if (j == NULL || j->type != JSON_ARRAY)
		return -1;
	*out = arena_alloc(a, (j->n ? j->n : 1) * sizeof(char *));
	*n = j->n;
	for (i = 0; i < j->n; i++) {
		if (j->item[i].type != JSON_STRING || strlen(j->item[i].str) != j->item[i].len)
			return -1;
		(*out)[i] = clean_dup(a, &j->item[i]);
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
		if (get_str(&j->item[i], "name", 0, a, &out->rep[i].name) != 0
		    || get_str(&j->item[i], "email", 1, a, &out->rep[i].email) != 0)
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
		if (get_str(&j->item[i], "name", 0, a, &p->name) != 0 || p->name[0] == '\0')
			return "a person without a name";
		if (get_strings(&j->item[i], "titles", a, &p->titles, &p->ntitles) != 0)
			return "a person's \"titles\" is not an array of strings";
		if (get_str(&j->item[i], "org", 1, a, &p->org) != 0)
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
		if (get_str(f, "text", 0, a, &af->text) != 0 || af->text[0] == '\0')
			return "a figure without its text";
		if (v == NULL || (v->type != JSON_NUMBER && v->type != JSON_NULL))
			return "a figure's \"value\" is not a number";
		af->value = v->type == JSON_NUMBER ? v->num : NAN;
		if (get_str(f, "unit", 1, a, &af->unit) != 0)
			return "a figure's \"unit\" is not a string or null";
		if (k == NULL || k->type != JSON_STRING)
			return "a figure's \"kind\" is not a string";
		af->kind = figure_kind_parse(k->str);
		if (get_str(f, "subject", 1, a, &af->subject) != 0)
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
		    || tx->len == 0 || strlen(tx->str) != tx->len)
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
	if (get_str(j, "source", 0, a, &out->source) != 0)
		return "\"source\" is not a string";
	if (get_str(j, "encoding", 0, a, &out->encoding) != 0)
		return "\"encoding\" is not a string";
	if (get_str(j, "title", 1, a, &out->title) != 0
	    || get_str(j, "outlet", 1, a, &out->outlet) != 0
	    || get_str(j, "date", 1, a, &out->date) != 0)
		return "\"title\", \"outlet\" or \"date\" is not a string or null";
	if ((why = get_reporters(j, a, out)) != NULL)
		return why;
	if (get_strings(j, "paragraphs", a, &out->para, &out->npara) != 0)
		return "\"paragraphs\" is not an array of strings";
	if (get_strings(j, "captions", a, &out->cap, &out->ncap) != 0)
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

/* ---- mentions, found again ---- */

static int
hangul_before(const char *text, const char *at)
{
	/* a Hangul syllable is 3 bytes, EA B0 80 .. ED 9E A3 */
	if (at - text < 3)
		return 0;
	{
		uint32_t u;

		if (utf8_decode(at - 3, 3, &u) != 3)
			return 0;
		return hangul_is_syllable(u);
	}
}

static int
digit_at(char c)
{
	return c >= '0' && c <= '9';
}

/* The names and figure texts of one article, indexed by their first two
 * characters (one for a one-character text): each text is scanned once,
 * and at each character only the needles that begin there are compared,
 * so finding mentions is linear in the text however many people and
 * figures the article has. */
struct needle {
	const char *s;
	size_t len, key;	/* key: bytes of the first two characters */
	uint32_t what, next;
	uint8_t type;
	uint32_t para;		/* where the last match ended, so that */
	size_t end;		/* one needle's matches never overlap */
};

struct mvec {
	struct art_mention *v;
	size_t n, cap;
	struct needle *nd;
	size_t nnd, capnd;
	uint32_t *head;		/* bucket → first needle + 1, 0 = none */
	size_t nb;
	int short_keys;		/* a needle of one character */
};

static size_t
char_len(const char *s, size_t n)
{
	uint32_t u;
	int l = utf8_decode(s, n, &u);

	return l < 1 ? 1 : (size_t)l;
}

static size_t
bucket(const struct mvec *mv, const char *s, size_t n)
{
	return (size_t)util_hash64(s, n, 0) & (mv->nb - 1);
}

static void
add_needle(struct mvec *mv, const char *s, uint8_t type, uint32_t what)
{
	struct needle *d;
	size_t len = s != NULL ? strlen(s) : 0, k;

	if (len == 0)
		return;
	mv->nd = xgrow(mv->nd, &mv->capnd, mv->nnd + 1, sizeof(*mv->nd));
	d = &mv->nd[mv->nnd++];
	d->s = s;
	d->len = len;
	k = char_len(s, len);
	if (k < len)
		k += char_len(s + k, len - k);
	else
		mv->short_keys = 1;
	d->key = k;
	d->what = what;
	d->type = type;
	d->para = UINT32_MAX - 1;
	d->end = 0;
}

static void
index_needles(struct mvec *mv)
{
	size_t i, nb = 16;

	while (nb < mv->nnd * 2)
		nb *= 2;
	if (nb > mv->nb) {
		free(mv->head);
		mv->head = xmalloc(nb * sizeof(*mv->head));
		mv->nb = nb;
	}
	memset(mv->head, 0, mv->nb * sizeof(*mv->head));
	for (i = mv->nnd; i-- > 0;) {	/* each chain in needle order */
		size_t b = bucket(mv, mv->nd[i].s, mv->nd[i].key);

		mv->nd[i].next = mv->head[b];
		mv->head[b] = (uint32_t)i + 1;
	}
}

static void
add_match(struct mvec *mv, uint32_t para, size_t off, const struct needle *d)
{
	struct art_mention *m;

	mv->v = xgrow(mv->v, &mv->cap, mv->n + 1, sizeof(*mv->v));
	m = &mv->v[mv->n++];
	m->at.para = para;
	m->at.off = (uint32_t)off;
	m->at.len = (uint32_t)d->len;
	m->what = d->what;
	m->type = d->type;
}

/* The needles whose key is text[p..p+k) and that match there. */
static void
match_key(struct mvec *mv, const char *text, size_t n, uint32_t para, size_t p, size_t k)
{
	uint32_t i;

	for (i = mv->head[bucket(mv, text + p, k)]; i != 0; i = mv->nd[i - 1].next) {
		struct needle *d = &mv->nd[i - 1];
		const char *at = text + p;
		int ok;

		if (d->key != k || d->len > n - p || memcmp(at, d->s, d->len) != 0)
			continue;
		if (d->para == para && p < d->end)
			continue;
		if (d->type == MENTION_PERSON)
			ok = !hangul_before(text, at);
		else	/* not the tail of a longer number */
			ok = (p == 0 || (!digit_at(at[-1]) && at[-1] != '.' && at[-1] != ','))
			    && !(digit_at(d->s[d->len - 1]) && digit_at(at[d->len]));
		if (!ok)
			continue;
		add_match(mv, para, p, d);
		d->para = para;
		d->end = p + d->len;
	}
}

static void
scan_text(struct mvec *mv, const char *text, uint32_t para)
{
	size_t n = strlen(text), p, k1, k2;

	for (p = 0; p < n; p += k1) {
		k1 = char_len(text + p, n - p);
		if (p + k1 < n) {
			k2 = k1 + char_len(text + p + k1, n - p - k1);
			match_key(mv, text, n, para, p, k2);
		}
		if (mv->short_keys)
			match_key(mv, text, n, para, p, k1);
	}
}

static int
mention_cmp(const void *x, const void *y)
{
	const struct art_mention *a = x, *b = y;

	if (a->at.para != b->at.para)
		return a->at.para < b->at.para ? -1 : 1;
	if (a->at.off != b->at.off)
		return a->at.off < b->at.off ? -1 : 1;
	return (a->at.len < b->at.len) - (a->at.len > b->at.len);	/* longer first */
}

static void
find_mentions(struct article *out, struct arena *a, struct mvec *mv)
{
	size_t t, k, n = 0;

	mv->n = 0;
	mv->nnd = 0;
	mv->short_keys = 0;
	for (k = 0; k < out->npeople; k++)
		add_needle(mv, out->people[k].name, MENTION_PERSON, (uint32_t)k);
	for (k = 0; k < out->nfig; k++)
		add_needle(mv, out->fig[k].text, MENTION_FIGURE, (uint32_t)k);
	index_needles(mv);
	for (t = 0; t <= out->npara; t++) {
		const char *text = t < out->npara ? out->para[t] : out->title;
		uint32_t para = t < out->npara ? (uint32_t)t : SPAN_TITLE;

		if (text != NULL)
			scan_text(mv, text, para);
	}
	if (mv->n > 1)	/* qsort(NULL, 0) is undefined */
		qsort(mv->v, mv->n, sizeof(*mv->v), mention_cmp);
	out->mention = arena_alloc(a, (mv->n ? mv->n : 1) * sizeof(*out->mention));
	for (k = 0; k < mv->n; k++) {
		const struct art_mention *m = &mv->v[k];

		/* one highlight per stretch of text: the longer one wins */
		if (n > 0 && out->mention[n - 1].at.para == m->at.para
		    && out->mention[n - 1].at.off + out->mention[n - 1].at.len > m->at.off)
			continue;
		out->mention[n++] = *m;
	}
	out->nmention = n;
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

/* A jsonl file read a line at a time through one buffer, so reading it
 * back costs the model it builds, not the file's size on top. */
struct lines {
	FILE *f;
	const char *path;
	struct buf b;		/* bytes read; the next line starts at off */
	size_t off;
	int eof;
};

/* The next line (without its newline) into *s and *n: 1, or 0 at the
 * end, or -1 on a read error (*err says why). */
static int
lines_next(struct lines *l, const char **s, size_t *n, char **err)
{
	char chunk[1 << 16];

	for (;;) {
		/* nothing read yet: no buffer to point into */
		const char *from = l->b.s != NULL ? l->b.s + l->off : NULL, *nl;
		size_t left = l->b.len - l->off, got;

		nl = left > 0 ? memchr(from, '\n', left) : NULL;
		if (nl != NULL) {
			*s = from;
			*n = (size_t)(nl - from);
			l->off += *n + 1;
			return 1;
		}
		if (l->eof) {
			if (left == 0)
				return 0;
			*s = from;
			*n = left;
			l->off = l->b.len;
			return 1;	/* a last line without newline */
		}
		if (l->off > 0) {
			/* the start of a line stays, the rest is done */
			memmove(l->b.s, from, left);
			l->b.len = left;
			l->off = 0;
		}
		got = fread(chunk, 1, sizeof(chunk), l->f);
		if (got == 0) {
			if (ferror(l->f)) {
				*err = xasprintf("%s: %s", l->path, strerror(errno));
				return -1;
			}
			l->eof = 1;
		}
		buf_add(&l->b, chunk, got);
	}
}

static long
read_file(struct model *m, const char *path, struct hash *ids,
	  source_warn_fn warn, void *ctx, char **err)
{
	struct lines ls = { NULL, path, BUF_INIT, 0, 0 };
	struct arena a = { NULL, 0, NULL };
	struct mvec mv = { NULL, 0, 0, NULL, 0, 0, NULL, 0, 0 };
	const char *p, *end;
	size_t line = 0, len;
	long bad = 0;
	int got;

	if ((ls.f = fopen(path, "rb")) == NULL) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	while ((got = lines_next(&ls, &p, &len, err)) > 0) {
		struct json_error e;
		struct json *j;
		struct article art;
		const char *why, *q;
		uint64_t near_id = 0;
		int has_near;

		line++;
		end = p + len;
		for (q = p; q < end && (*q == ' ' || *q == '\t' || *q == '\r'); q++)
			;
		if (q == end)
			continue;	/* a blank line */
		j = json_parse(p, (size_t)(end - p), &e);
		if (j == NULL) {
			char *where = xasprintf("%s:%zu", path, line), *msg = xasprintf("column %zu: %s", e.column, e.msg);

			warn(ctx, where, msg);
			free(where);
			free(msg);
			bad++;
			continue;
		}
		why = article_from(j, &a, &art, &near_id, &has_near);
		json_free(j);
		if (why != NULL) {
			char *where = xasprintf("%s:%zu", path, line), *msg = xasprintf("not an article: %s", why);

			warn(ctx, where, msg);
			free(where);
			free(msg);
			bad++;
			continue;
		}
		if (has_near) {
			uint32_t to = hash_get(ids, near_id);

			art.near = to != HASH_NONE ? (long)to : -1;
		}
		find_mentions(&art, &a, &mv);
		m->a = xgrow(m->a, &m->cap, m->n + 1, sizeof(*m->a));
		m->a[m->n] = art;
		(void)hash_put(ids, art.id, (uint32_t)m->n);	/* the earlier article keeps the id */
		m->n++;
	}
	m->arenas = xrealloc(m->arenas, (m->narenas + 1) * sizeof(*m->arenas));
	m->arenas[m->narenas++] = a;
	free(mv.v);
	free(mv.nd);
	free(mv.head);
	buf_free(&ls.b);
	fclose(ls.f);
	/* a read error ends the file: what loaded stays, the error is told */
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
 * corpus): put them in source order, sign them again and link
 * near-duplicates across all of them, as one load of the pages would.
 * A link written by a shard knows only that shard, so none is kept. */
static void
relink(struct model *m, size_t first)
{
	struct arena a = { NULL, 0, NULL };
	size_t i;

	if (m->n - first > 1)
		qsort(m->a + first, m->n - first, sizeof(*m->a), source_cmp);
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
	rc = read_file(m, path, &ids, warn, ctx, err);
	hash_free(&ids);
	return rc;
}

size_t
reload_paths(struct model *m, char *const *paths, size_t n,
	     const struct ingest_opts *o)
{
	struct hash ids;
	size_t i, failed = 0, first = m->n;

	map_model(m, &ids);
	if (o->total != NULL)
		__atomic_store_n(o->total, n, __ATOMIC_RELAXED);
	for (i = 0; i < n; i++) {
		char *err = NULL;
		long bad;

		if (o->cancel != NULL && __atomic_load_n(o->cancel, __ATOMIC_RELAXED))
			break;
		bad = read_file(m, paths[i], &ids, o->warn, o->ctx, &err);
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
		relink(m, first);
	}
	ingest_set_phase(o, INGEST_INDEXING);
	model_build_index(m);
	return failed;
}
