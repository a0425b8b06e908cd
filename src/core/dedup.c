/*
 * dedup.c — sentence-level de-duplication and SimHash near-duplicates.
 *
 * Sentences are compared by a key made of their letters and digits only,
 * so a repeat that differs in spacing or quotes is still a repeat.
 */
#include "dedup.h"

#include <stdlib.h>
#include <string.h>

#include "clean.h"

/* Sentences shorter than this (key bytes) may repeat legitimately. */
#define MIN_KEY 12
/* A cut-off copy must share at least this many key bytes. */
#define MIN_PREFIX 24

static void
make_key(const char *s, size_t n, struct buf *key)
{
	size_t i = 0;

	buf_reset(key);
	while (i < n) {
		uint32_t u;
		int len = utf8_decode(s + i, n - i, &u);

		if (len < 0)
			len = 1;
		if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z')
		    || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x4E00 && u <= 0x9FFF))
			buf_add(key, s + i, (size_t)len);
		else if (u >= 'A' && u <= 'Z')
			buf_addc(key, (char)(u + 32));
		i += (size_t)len;
	}
}

struct seen {
	struct strv keys;
	uint64_t *slot;		/* hash, 0 = empty */
	size_t nslot, used;
};

static int
seen_has(struct seen *sn, const char *k, size_t n)
{
	uint64_t h = util_hash64(k, n, 7) | 1;
	size_t i;

	for (i = h & (sn->nslot - 1); sn->slot[i] != 0; i = (i + 1) & (sn->nslot - 1))
		if (sn->slot[i] == h)
			return 1;
	return 0;
}

static void
seen_add(struct seen *sn, const char *k, size_t n)
{
	uint64_t h = util_hash64(k, n, 7) | 1;
	size_t i;

	if ((sn->used + 1) * 2 > sn->nslot) {
		uint64_t *old = sn->slot;
		size_t on = sn->nslot, j;

		sn->nslot = on ? on * 2 : 64;
		sn->slot = xcalloc(sn->nslot, sizeof(*sn->slot));
		for (j = 0; j < on; j++) {
			if (old[j] == 0)
				continue;
			for (i = old[j] & (sn->nslot - 1); sn->slot[i] != 0;
			    i = (i + 1) & (sn->nslot - 1))
				;
			sn->slot[i] = old[j];
		}
		free(old);
	}
	for (i = h & (sn->nslot - 1); sn->slot[i] != 0; i = (i + 1) & (sn->nslot - 1))
		if (sn->slot[i] == h)
			return;
	sn->slot[i] = h;
	sn->used++;
	strv_add(&sn->keys, k, n);
}

static int
prefix_of_seen(const struct seen *sn, const char *k, size_t n)
{
	size_t i;

	if (n < MIN_PREFIX)
		return 0;
	for (i = 0; i < sn->keys.n; i++)
		if (strncmp(sn->keys.v[i], k, n) == 0 && strlen(sn->keys.v[i]) > n)
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
	sn.nslot = 64;
	sn.slot = xcalloc(sn.nslot, sizeof(*sn.slot));
	for (p = 0; p < paras->n;) {
		const char *s = paras->v[p];
		size_t n = strlen(s), i = 0, kept = 0, dropped = 0;

		buf_reset(&out);
		while (i < n) {
			int closed;
			size_t e = clean_next_sentence(s, n, i, &closed);

			make_key(s + i, e - i, &key);
			if (key.len == 0) {
				buf_add(&out, s + i, e - i);
			} else if ((key.len >= MIN_KEY && seen_has(&sn, key.s, key.len))
			    || (!closed && prefix_of_seen(&sn, key.s, key.len))) {
				dropped++;
			} else {
				if (key.len >= MIN_KEY)
					seen_add(&sn, key.s, key.len);
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
	strv_free(&sn.keys);
	free(sn.slot);
	return removed;
}

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

uint64_t
dedup_simhash(char *const *p, size_t n)
{
	uint32_t acc[64];
	size_t features = 0;
	uint32_t win[4];
	size_t k, i, have = 0;
	uint64_t h = 0;
	int b;

	memset(acc, 0, sizeof(acc));
	for (k = 0; k < n; k++) {
		const char *s = p[k];
		size_t len = strlen(s);

		for (i = 0; i < len;) {
			uint32_t u;
			int l = utf8_decode(s + i, len - i, &u);

			i += l < 0 ? 1 : (size_t)l;
			if (u == ' ')
				continue;
			win[have % 4] = u;
			have++;
			if (have >= 4) {
				uint64_t x = mix64(((uint64_t)win[(have) % 4] << 42)
				    ^ ((uint64_t)win[(have + 1) % 4] << 21)
				    ^ (uint64_t)win[(have + 2) % 4]
				    ^ ((uint64_t)win[(have + 3) % 4] * 0x9E3779B97F4A7C15ULL));

				for (b = 0; b < 64; b++)
					acc[b] += (uint32_t)((x >> b) & 1);
				features++;
			}
		}
	}
	for (b = 0; b < 64; b++)
		if (acc[b] * 2 > features)
			h |= (uint64_t)1 << b;
	return h;
}

/* Pigeonhole: DEDUP_MAX_DISTANCE + 1 bands of 10-11 bits; two hashes
 * within the distance agree on at least one band. */
#define BANDS (DEDUP_MAX_DISTANCE + 1)

/* Bits [lo, hi) of the 64 make band `band`. */
static uint64_t
band_key(uint64_t h, int band)
{
	int lo = band * 64 / BANDS, hi = (band + 1) * 64 / BANDS;

	return (h >> lo) & (((uint64_t)1 << (hi - lo)) - 1);
}

void
dedup_link(const uint64_t *hash, const unsigned char *skip, size_t n, long *near)
{
	size_t nb = 1, i;
	long *head[BANDS], *next[BANDS];
	int band;

	while (nb < n * 2)
		nb *= 2;
	for (band = 0; band < BANDS; band++) {
		head[band] = xmalloc(nb * sizeof(long));
		next[band] = xmalloc((n ? n : 1) * sizeof(long));
		for (i = 0; i < nb; i++)
			head[band][i] = -1;
	}
	for (i = 0; i < n; i++) {
		near[i] = -1;
		if (skip != NULL && skip[i])
			continue;
		for (band = 0; band < BANDS; band++) {
			uint64_t key = band_key(hash[i], band);
			size_t slot = (size_t)(util_hash64(&key, sizeof(key), (uint64_t)band) & (nb - 1));
			long j;

			for (j = head[band][slot]; j >= 0; j = next[band][j]) {
				if (band_key(hash[j], band) != key)
					continue;
				if (__builtin_popcountll(hash[i] ^ hash[j]) <= DEDUP_MAX_DISTANCE
				    && (near[i] < 0 || j < near[i]))
					near[i] = j;
			}
			next[band][i] = head[band][slot];
			head[band][slot] = (long)i;
		}
		/* link to the first of a chain, not to a copy of a copy */
		if (near[i] >= 0 && near[near[i]] >= 0)
			near[i] = near[near[i]];
	}
	for (band = 0; band < BANDS; band++) {
		free(head[band]);
		free(next[band]);
	}
}
