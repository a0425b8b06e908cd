/*
 * dedup.c — sentence-level de-duplication and MinHash near-duplicates.
 *
 * Sentences are compared by a key made of their letters and digits only,
 * so a repeat that differs in spacing or quotes is still a repeat.
 */
#include "dedup.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "clean.h"
#include "hash.h"

/* Sentences shorter than this (key bytes) may repeat legitimately. */
#define MIN_KEY 12
/* A cut-off copy must share at least this many key bytes. */
#define MIN_PREFIX 24

static void
make_key(const char *s, size_t n, struct buf *key)
{
	size_t i = 0, run = 0;	/* run: kept bytes just before s[i] */

	buf_reset(key);
	buf_grow(key, n);
	while (i < n) {
		size_t from = i;
		uint32_t u;
		int len;

		/* a run of Hangul syllables, kept as it is */
		while (utf8_syllable(s + i, n - i, &u) != 0)
			i += 3;
		run += i - from;
		if (i == n)
			break;
		if ((len = utf8_decode(s + i, n - i, &u)) < 0)
			len = 1;
		if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z')
		    || hangul_is_syllable(u) || (u >= 0x4E00 && u <= 0x9FFF)) {
			run += (size_t)len;
			i += (size_t)len;
			continue;
		}
		if (run > 0) {
			buf_add(key, s + i - run, run);
			run = 0;
		}
		if (u >= 'A' && u <= 'Z')
			buf_addc(key, (char)(u + 32));
		i += (size_t)len;
	}
	if (run > 0)
		buf_add(key, s + i - run, run);
}

/* The keys seen so far on a page: one buffer of text, (offset, length)
 * per key, and their hashes, each to its key (hash.h). */
struct seen {
	struct buf text;
	struct seen_key { size_t off, len; } *key;
	size_t nkeys, capkeys;
	struct hash set;
};

static uint64_t
mix64(uint64_t x)
{
	x ^= x >> 31;
	x *= 0x7fb5d329728ea185ULL;
	x ^= x >> 27;
	x *= 0x81dadef4bc2dd44dULL;
	x ^= x >> 33;
	return x;
}

/* A key's hash, eight bytes a step (the set compares hashes only: any
 * good 64-bit hash serves). */
static uint64_t
seen_hash(const char *k, size_t n)
{
	uint64_t h = 0x9E3779B97F4A7C15ULL ^ n, w;
	size_t i;

	for (i = 0; i + 8 <= n; i += 8) {
		memcpy(&w, k + i, 8);
		h = mix64(h ^ w);
	}
	if (i < n) {
		w = 0;
		memcpy(&w, k + i, n - i);
		h = mix64(h ^ w);
	}
	return h;
}

static int
seen_has(const struct seen *sn, uint64_t h)
{
	return hash_get(&sn->set, h) != HASH_NONE;
}

static void
seen_add(struct seen *sn, uint64_t h, const char *k, size_t n)
{
	if (hash_put(&sn->set, h, (uint32_t)sn->nkeys) != HASH_NONE)
		return;
	sn->key = xgrow(sn->key, &sn->capkeys, sn->nkeys + 1, sizeof(*sn->key));
	sn->key[sn->nkeys].off = sn->text.len;
	sn->key[sn->nkeys++].len = n;
	buf_add(&sn->text, k, n);
}

static int
prefix_of_seen(const struct seen *sn, const char *k, size_t n)
{
	size_t i;

	if (n < MIN_PREFIX)
		return 0;
	for (i = 0; i < sn->nkeys; i++)
		if (sn->key[i].len > n && memcmp(sn->text.s + sn->key[i].off, k, n) == 0)
			return 1;
	return 0;
}

size_t
dedup_paragraphs(struct strv *paras)
{
	struct seen sn;
	struct buf key = BUF_INIT, out = BUF_INIT;
	size_t removed = 0, p;

	memset(&sn, 0, sizeof(sn));
	hash_init(&sn.set, 32);	/* most pages have fewer sentences */
	for (p = 0; p < paras->n;) {
		const char *s = paras->v[p];
		size_t n = strlen(s), i = 0, kept = 0, dropped = 0;
		uint64_t h;

		buf_reset(&out);
		while (i < n) {
			int closed;
			size_t e = clean_next_sentence(s, n, i, &closed);

			make_key(s + i, e - i, &key);
			h = key.len >= MIN_KEY ? seen_hash(key.s, key.len) : 0;
			if (key.len == 0) {
				buf_add(&out, s + i, e - i);
			} else if ((key.len >= MIN_KEY && seen_has(&sn, h))
			    || (!closed && prefix_of_seen(&sn, key.s, key.len))) {
				dropped++;
			} else {
				if (key.len >= MIN_KEY)
					seen_add(&sn, h, key.s, key.len);
				buf_add(&out, s + i, e - i);
				kept++;
			}
			i = e;
		}
		if (kept == 0) {
			strv_remove(paras, p);
			removed += dropped > 0;
			continue;
		}
		removed += dropped;
		if (dropped > 0) {
			size_t a = 0, b = out.len;

			while (a < b && out.s[a] == ' ')
				a++;
			while (b > a && out.s[b - 1] == ' ')
				b--;
			free(paras->v[p]);
			paras->v[p] = xstrndup(out.s + a, b - a);
		}
		p++;
	}
	buf_free(&key);
	buf_free(&out);
	buf_free(&sn.text);
	free(sn.key);
	hash_free(&sn.set);
	return removed;
}

/* The K hash functions: h_k(x) = high half of (a_k * x + b_k), a_k odd. */
static uint64_t perm_ab[2 * DEDUP_K];

static void
fill_perm(void)
{
	/* fixed constants: the same signatures on every machine */
	int k;

	for (k = 0; k < DEDUP_K; k++) {
		perm_ab[2 * k] = mix64(0x9E3779B97F4A7C15ULL * (uint64_t)(k + 1)) | 1;
		perm_ab[2 * k + 1] = mix64(0xC2B2AE3D27D4EB4FULL * (uint64_t)(k + 7));
	}
}

static const uint64_t *
perm(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	/* the ingest threads come here together: fill the table once */
	pthread_once(&once, fill_perm);
	return perm_ab;
}

static int
keep_char(uint32_t u)
{
	return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
	    || hangul_is_syllable(u) || (u >= 0x4E00 && u <= 0x9FFF);
}

/* Walks the DEDUP_WORDS-word shingles of a body, one 64-bit hash each. */
struct shingler {
	const char *const *p;
	size_t n, k, i;
	size_t len;			/* of p[k], (size_t)-1 until measured */
	uint64_t win[DEDUP_WORDS];	/* hashes of the last words */
	size_t words;
};

static void
shingler_init(struct shingler *sh, const char *const *p, size_t n)
{
	memset(sh, 0, sizeof(*sh));
	sh->p = p;
	sh->n = n;
	sh->len = (size_t)-1;
}

/* The next shingle's hash into *x; 0 at the end of the body.  A word is
 * a run of letters and digits, ASCII folded to lower case; the end of a
 * paragraph ends a word, but shingles run on across paragraphs. */
static int
shingler_next(struct shingler *sh, uint64_t *x)
{
	for (; sh->k < sh->n; sh->k++, sh->i = 0, sh->len = (size_t)-1) {
		const char *s = sh->p[sh->k];
		size_t len, i = sh->i;	/* i: a local, kept in a register */

		/* once per paragraph, not per shingle: a long paragraph
		 * would cost its length squared */
		if (sh->len == (size_t)-1)
			sh->len = strlen(s);
		len = sh->len;

		while (i < len) {
			uint64_t word = 0;
			size_t start;
			int j;

			/* skip to a word, then hash it */
			while (i < len) {
				uint32_t u;
				int l = utf8_decode(s + i, len - i, &u);

				if (l > 0 && keep_char(u))
					break;
				i += l < 0 ? 1 : (size_t)l;
			}
			start = i;
			while (i < len) {
				uint32_t u;
				int l = utf8_decode(s + i, len - i, &u);

				if (l <= 0 || !keep_char(u))
					break;
				if (u >= 'A' && u <= 'Z')
					u += 32;
				word = mix64(word + u + 0x9E3779B97F4A7C15ULL);
				i += (size_t)l;
			}
			if (i == start)
				continue;
			sh->win[sh->words++ % DEDUP_WORDS] = word;
			if (sh->words < DEDUP_WORDS)
				continue;
			*x = 0x243F6A8885A308D3ULL;
			for (j = 0; j < DEDUP_WORDS; j++)
				*x = mix64(*x ^ sh->win[(sh->words + (size_t)j) % DEDUP_WORDS]);
			sh->i = i;
			return 1;
		}
	}
	return 0;
}

/* The signature loop is DEDUP_K independent multiply-and-minimum lanes:
 * on x86-64 with glibc an AVX2 clone, chosen when the program loads, does
 * four at a time (the same integers, so the same signature). */
#if defined(__x86_64__) && defined(__GLIBC__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define MINHASH_CLONES __attribute__((target_clones("avx2", "default")))
#endif
#endif
#ifndef MINHASH_CLONES
#define MINHASH_CLONES
#endif

/* dedup_minhash's body; static, so every compiler resolves the clones
 * inside this file (clang 14 names an exported clone set apart) */
static MINHASH_CLONES size_t
minhash_sign(char *const *p, size_t n, uint32_t sig[DEDUP_K])
{
	const uint64_t *ab = perm();
	uint64_t a[DEDUP_K], b[DEDUP_K];
	uint32_t m[DEDUP_K];
	uint64_t x0 = 0, x;
	struct shingler sh;
	size_t grams = 0;
	int j;

	/* local copies: stores to the minima can alias neither sig nor the
	 * shared constants, so nothing is reloaded or stored per shingle; two
	 * shingles share each load of a hash function's constants */
	for (j = 0; j < DEDUP_K; j++) {
		a[j] = ab[2 * j];
		b[j] = ab[2 * j + 1];
		m[j] = UINT32_MAX;
	}
	shingler_init(&sh, (const char *const *)p, n);
	while (shingler_next(&sh, &x)) {
		if (grams++ % 2 == 0) {
			x0 = x;	/* signed with the next one */
			continue;
		}
		for (j = 0; j < DEDUP_K; j++) {
			uint32_t v = (uint32_t)((a[j] * x0 + b[j]) >> 32);
			uint32_t w = (uint32_t)((a[j] * x + b[j]) >> 32);

			v = w < v ? w : v;
			m[j] = v < m[j] ? v : m[j];
		}
	}
	if (grams % 2 == 1) {
		for (j = 0; j < DEDUP_K; j++) {
			uint32_t v = (uint32_t)((a[j] * x0 + b[j]) >> 32);

			m[j] = v < m[j] ? v : m[j];
		}
	}
	memcpy(sig, m, sizeof(m));
	return grams;
}

size_t
dedup_minhash(char *const *p, size_t n, uint32_t sig[DEDUP_K])
{
	return minhash_sign(p, n, sig);
}

static int
u64_cmp(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

	return (a > b) - (a < b);
}

/* The distinct shingle hashes of a body, sorted, into *v (grown). */
static size_t
shingle_set(const char *const *p, size_t n, uint64_t **v, size_t *cap)
{
	struct shingler sh;
	uint64_t x;
	size_t k = 0, i, d;

	shingler_init(&sh, p, n);
	while (shingler_next(&sh, &x)) {
		*v = xgrow(*v, cap, k + 1, sizeof(**v));
		(*v)[k++] = x;
	}
	if (k == 0)
		return 0;
	qsort(*v, k, sizeof(**v), u64_cmp);
	for (i = d = 1; i < k; i++)
		if ((*v)[i] != (*v)[d - 1])
			(*v)[d++] = (*v)[i];
	return d;
}

double
dedup_jaccard(const char *const *a, size_t na, const char *const *b, size_t nb)
{
	uint64_t *x = NULL, *y = NULL;
	size_t cx = 0, cy = 0, n = shingle_set(a, na, &x, &cx), m = shingle_set(b, nb, &y, &cy);
	size_t i = 0, j = 0, both = 0;

	while (i < n && j < m) {
		if (x[i] == y[j]) {
			both++;
			i++;
			j++;
		} else if (x[i] < y[j]) {
			i++;
		} else {
			j++;
		}
	}
	free(x);
	free(y);
	return n + m > both ? (double)both / (double)(n + m - both) : 0.0;
}

double
dedup_similarity(const uint32_t *a, const uint32_t *b)
{
	int j, same = 0;

	for (j = 0; j < DEDUP_K; j++)
		same += a[j] == b[j];
	return (double)same / DEDUP_K;
}

_Static_assert(DEDUP_ROWS == 2, "band_value reads a band as two values");

/* Band `band` of signature s as one value. */
static inline uint64_t
band_value(const uint32_t *s, int band)
{
	return (uint64_t)s[band * DEDUP_ROWS] << 32 | s[band * DEDUP_ROWS + 1];
}

struct dedup_linker {
	size_t n, nb;
	uint32_t *head, *next;	/* entry + 1 (entry = article * bands + band); 0 ends */
	uint32_t *seen;		/* per article: the last article compared with it, + 1 */
	unsigned char *count;	/* per slot: originals in it, up to DEDUP_COMMON */
	size_t added;		/* the last article added, + 1 */
};

struct dedup_linker *
dedup_linker_new(size_t n)
{
	struct dedup_linker *l = xcalloc(1, sizeof(*l));

	if (n > (UINT32_MAX - 1) / DEDUP_BANDS)
		fatal("too many articles to link");
	l->n = n;
	l->nb = 1;
	while (l->nb < n * DEDUP_BANDS)
		l->nb *= 2;
	/* one table for all bands: the band number is part of the key */
	l->head = xcalloc(l->nb, sizeof(*l->head));
	l->count = xcalloc(l->nb, 1);
	l->next = xmalloc((n ? n : 1) * DEDUP_BANDS * sizeof(*l->next));
	l->seen = xcalloc(n ? n : 1, sizeof(*l->seen));
	return l;
}

void
dedup_linker_free(struct dedup_linker *l)
{
	if (l == NULL)
		return;
	free(l->head);
	free(l->count);
	free(l->next);
	free(l->seen);
	free(l);
}

/*
 * Only originals (articles linked to nothing earlier) are put in the
 * buckets: a copy links to an original, so a story re-posted ten
 * thousand times keeps chains of one.  A bucket that holds DEDUP_COMMON
 * originals is a phrase the whole beat shares, no evidence of a re-post:
 * it is neither searched nor grown, so the cost per article is bounded
 * however much the corpus repeats itself.
 */
long
dedup_linker_add(struct dedup_linker *l, const uint32_t *const *sigs, size_t i,
		 dedup_verify_fn verify, void *ctx)
{
	const uint32_t *si = sigs[i];
	size_t slot[DEDUP_BANDS], nb = l->nb;
	long near = -1;
	int band;

	if (i >= l->n || i < l->added)
		fatal("article %zu added out of order to a linker of %zu", i, l->n);
	l->added = i + 1;
	if (si == NULL)
		return -1;
	/* the slots first, fetched together: they are far apart */
	for (band = 0; band < DEDUP_BANDS; band++) {
		uint64_t v = band_value(si, band);

		slot[band] = (size_t)mix64(v + (uint64_t)band * 0x9E3779B97F4A7C15ULL) & (nb - 1);
		__builtin_prefetch(&l->head[slot[band]]);
		__builtin_prefetch(&l->count[slot[band]]);
	}
	for (band = 0; band < DEDUP_BANDS; band++) {
		uint64_t v = band_value(si, band);
		uint32_t e;
		double sim;

		if (l->count[slot[band]] >= DEDUP_COMMON)
			continue;
		for (e = l->head[slot[band]]; e != 0; e = l->next[e - 1]) {
			size_t j = (e - 1) / DEDUP_BANDS;

			if ((near >= 0 && (long)j >= near) || l->seen[j] == i + 1
			    || (e - 1) % DEDUP_BANDS != (uint32_t)band
			    || band_value(sigs[j], band) != v)
				continue;
			l->seen[j] = (uint32_t)(i + 1);
			sim = dedup_similarity(si, sigs[j]);
			if (sim >= DEDUP_MIN_SIMILARITY && (verify == NULL
			    || sim >= DEDUP_SURE_SIMILARITY || verify(ctx, i, j)))
				near = (long)j;
		}
	}
	if (near >= 0)
		return near;
	for (band = 0; band < DEDUP_BANDS; band++) {
		uint32_t e = (uint32_t)(i * DEDUP_BANDS + (size_t)band);

		if (l->count[slot[band]] >= DEDUP_COMMON)
			continue;
		l->count[slot[band]]++;
		l->next[e] = l->head[slot[band]];
		l->head[slot[band]] = e + 1;
	}
	return -1;
}

void
dedup_link_each(const uint32_t *const *sigs, size_t n, long *near,
		dedup_verify_fn verify, void *ctx)
{
	struct dedup_linker *l = dedup_linker_new(n);
	size_t i;

	for (i = 0; i < n; i++)
		near[i] = dedup_linker_add(l, sigs, i, verify, ctx);
	dedup_linker_free(l);
}

void
dedup_link(const uint32_t *sigs, const unsigned char *skip, size_t n, long *near)
{
	const uint32_t **each = xmalloc((n ? n : 1) * sizeof(*each));
	size_t i;

	for (i = 0; i < n; i++)
		each[i] = skip != NULL && skip[i] ? NULL : sigs + i * DEDUP_K;
	dedup_link_each(each, n, near, NULL, NULL);
	free(each);
}
