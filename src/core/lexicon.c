/*
 * lexicon.c — parse the compiled word lists into hash tables, once.
 */
#include "lexicon.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static struct lexicon tables[LEX_COUNT];
static pthread_once_t once[LEX_COUNT] = {
	PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT,
	PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT,
	PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT,
};

static const char *const sources[LEX_COUNT] = {
	lexicon_entities, lexicon_surnames, lexicon_titles, lexicon_orgcues,
	lexicon_outlets, lexicon_counters, lexicon_chrome, lexicon_stopnames,
};

/* The tables' hash: eight bytes a step (keys are short and looked up
 * per word); only this process ever sees its values. */
static uint64_t
lx_hash(const char *s, size_t n)
{
	uint64_t h = (uint64_t)n * 0x9E3779B97F4A7C15ULL, w;

	while (n >= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
		h ^= h >> 29;
		s += 8;
		n -= 8;
	}
	if (n > 0) {
		w = 0;
		memcpy(&w, s, n);
		h = (h ^ w) * 0x94D049BB133111EBULL;
	}
	return h ^ (h >> 31);
}

#define SEEN_BITS (1u << 16)

/* The Bloom filter's bit for a key s[0..n), n > 0. */
static inline unsigned
seen_bit(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t k = (uint32_t)n | (uint32_t)u[0] << 8 | (uint32_t)u[n - 1] << 16
	    | (uint32_t)u[n > 1 ? n - 2 : 0] << 24;

	k ^= (uint32_t)u[n > 1 ? 1 : 0] * 0x9E3779B1u;
	return (k * 0x85EBCA6Bu) >> 16;
}

static const char *
key_of(const struct lexicon *lx, uint32_t v)
{
	return lx->e[lx->key[v].entry].f[lx->key[v].field];
}

static void
insert(struct lexicon *lx, unsigned idx, int field)
{
	const char *k = lx->e[idx].f[field];
	size_t n = strlen(k);
	uint64_t h = lx_hash(k, n);
	unsigned b = seen_bit(k, n);
	struct hash_iter it;
	uint32_t v;

	lx->seen[b >> 6] |= 1ull << (b & 63);
	for (v = hash_first(&lx->keys, h, &it); v != HASH_NONE; v = hash_next(&lx->keys, &it))
		if (strcmp(key_of(lx, v), k) == 0)
			return;	/* the first entry with a key wins */
	lx->key[lx->nkeys].entry = idx;
	lx->key[lx->nkeys].field = (unsigned)field;
	lx->key[lx->nkeys].len = (unsigned)n;
	hash_add(&lx->keys, h, (uint32_t)lx->nkeys++);
	if (n > lx->maxkey)
		lx->maxkey = n;
}

static uint32_t
first_char(const char *k)
{
	uint32_t u;

	if (utf8_decode(k, strlen(k), &u) < 0)
		return 0xFFFD;
	return u;
}

/* Sort keys of the entries being indexed: first character and length,
 * computed once (the comparison runs n log n times). */
static const uint32_t *sort_fc;
static const size_t *sort_len;

static int
by_first_then_longest(const void *a, const void *b)
{
	unsigned ia = *(const unsigned *)a, ib = *(const unsigned *)b;

	if (sort_fc[ia] != sort_fc[ib])
		return sort_fc[ia] < sort_fc[ib] ? -1 : 1;
	if (sort_len[ia] != sort_len[ib])
		return sort_len[ia] > sort_len[ib] ? -1 : 1;
	return ia < ib ? -1 : ia > ib;	/* ties in list order */
}

/* The group of the keys that begin with c, made when there is none. */
static struct lex_group *
group_of(struct lexicon *lx, uint32_t c)
{
	uint32_t g = hash_get(&lx->firsts, c);

	if (g == HASH_NONE) {
		lx->group = xgrow(lx->group, &lx->capgroups, lx->ngroups + 1, sizeof(*lx->group));
		g = (uint32_t)lx->ngroups++;
		memset(&lx->group[g], 0, sizeof(lx->group[g]));
		lx->group[g].c = c;
		hash_add(&lx->firsts, c, g);
	}
	return &lx->group[g];
}

#define NEXT2_BITS (1u << 15)

/* The bit of next2 for the first character c and the two bytes after it. */
static inline unsigned
next2_bit(uint32_t c, const char *after)
{
	uint32_t k = c * 0x9E3779B1u ^ (uint32_t)(unsigned char)after[0] << 8
	    ^ (unsigned char)after[1];

	return (k * 0x85EBCA6Bu) >> 17;
}

/* Group entries by the first character of their key. */
static void
index_first(struct lexicon *lx)
{
	size_t i, *len;
	uint32_t *fc;

	static pthread_mutex_t sort_lock = PTHREAD_MUTEX_INITIALIZER;

	lx->by_first = xmalloc((lx->n ? lx->n : 1) * sizeof(*lx->by_first));
	for (i = 0; i < lx->n; i++)
		lx->by_first[i] = (unsigned)i;
	fc = xmalloc((lx->n ? lx->n : 1) * sizeof(*fc));
	len = xmalloc((lx->n ? lx->n : 1) * sizeof(*len));
	for (i = 0; i < lx->n; i++) {
		fc[i] = first_char(lx->e[i].f[0]);
		len[i] = strlen(lx->e[i].f[0]);
	}
	/* two lists may load at once in two threads: the keys are shared */
	pthread_mutex_lock(&sort_lock);
	sort_fc = fc;
	sort_len = len;
	qsort(lx->by_first, lx->n, sizeof(*lx->by_first), by_first_then_longest);
	pthread_mutex_unlock(&sort_lock);
	free(fc);
	free(len);
	hash_init(&lx->firsts, lx->n);
	lx->by_key = xmalloc((lx->n ? lx->n : 1) * sizeof(*lx->by_key));
	lx->by_len = xmalloc((lx->n ? lx->n : 1) * sizeof(*lx->by_len));
	for (i = 0; i < lx->n; i++) {
		lx->by_key[i] = lx->e[lx->by_first[i]].f[0];
		lx->by_len[i] = (unsigned)strlen(lx->by_key[i]);
	}
	lx->next2 = xcalloc(NEXT2_BITS / 64, sizeof(*lx->next2));
	for (i = 0; i < lx->n; i++) {
		const char *k = lx->e[lx->by_first[i]].f[0];
		uint32_t c = first_char(k);
		struct lex_group *g = group_of(lx, c);
		uint32_t u;
		int fl = utf8_decode(k, strlen(k), &u);

		if (g->count == 0)
			g->start = (unsigned)i;
		g->count++;
		/* longest first: the long keys come before the short ones
		 * (nlong counts only an unbroken run of them from the start) */
		if (fl > 0 && strlen(k) >= (size_t)fl + 2) {
			unsigned b = next2_bit(c, k + fl);

			lx->next2[b >> 6] |= 1ull << (b & 63);
			if (g->nlong + 1 == g->count)
				g->nlong = g->count;
		}
	}
}

static void
load(enum lex_id id)
{
	struct lexicon *lx = &tables[id];
	char *text = xstrdup(sources[id]), *line, *next;
	size_t cap = 0, keys = 0, i;
	int f;

	for (line = text; *line != '\0'; line = next) {
		struct lex_entry *e;
		char *p;

		next = strchr(line, '\n');
		*next++ = '\0';
		lx->e = xgrow(lx->e, &cap, lx->n + 1, sizeof(*lx->e));
		e = &lx->e[lx->n++];
		memset(e, 0, sizeof(*e));
		for (p = line; p != NULL && e->nf < LEX_MAXF; e->nf++) {
			e->f[e->nf] = p;
			p = strchr(p, '\t');
			if (p != NULL)
				*p++ = '\0';
		}
		keys += id == LEX_OUTLETS ? (size_t)e->nf : 1;
	}
	hash_init(&lx->keys, keys);
	lx->key = xmalloc((keys ? keys : 1) * sizeof(*lx->key));
	lx->seen = xcalloc(SEEN_BITS / 64, sizeof(*lx->seen));
	for (i = 0; i < lx->n; i++)
		for (f = 0; f < (id == LEX_OUTLETS ? lx->e[i].nf : 1); f++)
			if (lx->e[i].f[f][0] != '\0')
				insert(lx, (unsigned)i, f);
	index_first(lx);
	/* text stays allocated: the entries point into it until exit */
}

static void load_entities(void) { load(LEX_ENTITIES); }
static void load_surnames(void) { load(LEX_SURNAMES); }
static void load_titles(void) { load(LEX_TITLES); }
static void load_orgcues(void) { load(LEX_ORGCUES); }
static void load_outlets(void) { load(LEX_OUTLETS); }
static void load_counters(void) { load(LEX_COUNTERS); }
static void load_chrome(void) { load(LEX_CHROME); }
static void load_stopnames(void) { load(LEX_STOPNAMES); }

static void (*const loaders[LEX_COUNT])(void) = {
	load_entities, load_surnames, load_titles, load_orgcues,
	load_outlets, load_counters, load_chrome, load_stopnames,
};

static int ready[LEX_COUNT];	/* set (release) once a list is loaded */

const struct lexicon *
lexicon_get(enum lex_id id)
{
	/* called per block and per word: skip pthread_once once loaded */
	if (!__atomic_load_n(&ready[id], __ATOMIC_ACQUIRE)) {
		pthread_once(&once[id], loaders[id]);
		__atomic_store_n(&ready[id], 1, __ATOMIC_RELEASE);
	}
	return &tables[id];
}

const struct lex_entry *
lexicon_find(const struct lexicon *lx, const char *s, size_t n)
{
	struct hash_iter it;
	uint32_t v;
	unsigned b;

	if (lx->keys.n == 0 || n > lx->maxkey || n == 0)
		return NULL;
	b = seen_bit(s, n);
	if (!((lx->seen[b >> 6] >> (b & 63)) & 1))
		return NULL;
	for (v = hash_first(&lx->keys, lx_hash(s, n), &it); v != HASH_NONE;
	    v = hash_next(&lx->keys, &it)) {
		/* keys hold no NUL: equal length and bytes is strncmp's match */
		if (lx->key[v].len == n && memcmp(key_of(lx, v), s, n) == 0)
			return &lx->e[lx->key[v].entry];
	}
	return NULL;
}

const struct lex_entry *
lexicon_prefix(const struct lexicon *lx, const char *s, size_t n, size_t *len)
{
	const struct lex_group *g;
	uint32_t c, gi;
	unsigned i;
	int fl;

	if (n == 0 || (fl = utf8_decode(s, n, &c)) < 0
	    || (gi = hash_get(&lx->firsts, c)) == HASH_NONE)
		return NULL;
	g = &lx->group[gi];
	i = g->start;
	if (n >= (size_t)fl + 2) {
		unsigned b = next2_bit(c, s + fl);

		if (!((lx->next2[b >> 6] >> (b & 63)) & 1))
			i += g->nlong;	/* no long key begins so */
	}
	for (; i < g->start + g->count; i++) {
		const char *k = lx->by_key[i];
		size_t kl = lx->by_len[i], j;

		if (kl > n)
			continue;
		/* the first character is the group's: compare what follows,
		 * inline (keys are short, most differ at once) */
		for (j = (size_t)fl; j < kl && k[j] == s[j]; j++)
			;
		if (j == kl) {
			*len = kl;
			return &lx->e[lx->by_first[i]];
		}
	}
	return NULL;
}
