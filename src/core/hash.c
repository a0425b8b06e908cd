/*
 * hash.c — open addressing with linear probing over struct hash_slot.
 *
 * A key's home slot is the high bits of the key, folded and multiplied
 * by 2^64 / phi (Fibonacci hashing): keys that are hashes already and
 * keys that are plain numbers both spread.  Growing re-adds the entries
 * walking from an empty slot, so each run of slots is re-added in probe
 * order and entries under one key keep their order.
 */
#include "hash.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

#define MIN_CAP 16

static void
place(struct hash *h, uint64_t key, uint32_t val1)
{
	size_t i = hash_home(h, key);

	while (h->slot[i].val != 0)
		i = (i + 1) & h->mask;
	h->slot[i].key = key;
	h->slot[i].val = val1;
}

static void
resize(struct hash *h, size_t cap)
{
	struct hash_slot *old = h->slot;
	size_t ocap = old != NULL ? h->mask + 1 : 0, start = 0, k;
	unsigned bits = 0;

	while (((size_t)1 << bits) < cap)
		bits++;
	h->slot = xcalloc(cap, sizeof(*h->slot));
	h->mask = cap - 1;
	h->shift = 64 - bits;
	if (old == NULL)
		return;
	while (old[start].val != 0)	/* there is one: never full */
		start++;
	for (k = 1; k <= ocap; k++) {
		const struct hash_slot *s = &old[(start + k) & (ocap - 1)];

		if (s->val != 0)
			place(h, s->key, s->val);
	}
	free(old);
}

void
hash_init(struct hash *h, size_t expect)
{
	size_t cap = MIN_CAP;

	memset(h, 0, sizeof(*h));
	if (expect >= HASH_NONE / 2)
		fatal("too many entries for a hash table");
	while (cap < 2 * expect)
		cap *= 2;
	resize(h, cap);
}

void
hash_free(struct hash *h)
{
	free(h->slot);
	memset(h, 0, sizeof(*h));
}

void
hash_clear(struct hash *h)
{
	if (h->slot != NULL)
		memset(h->slot, 0, (h->mask + 1) * sizeof(*h->slot));
	h->n = 0;
}

/* Room for one more entry. */
static void
reserve_one(struct hash *h)
{
	if (h->slot == NULL)
		resize(h, MIN_CAP);
	else if ((h->n + 1) * 2 > h->mask + 1) {
		if (h->mask + 1 > SIZE_MAX / 2 / sizeof(*h->slot))
			fatal("too many entries for a hash table");
		resize(h, (h->mask + 1) * 2);
	}
}

void
hash_add(struct hash *h, uint64_t key, uint32_t val)
{
	if (val >= HASH_NONE)
		fatal("hash table value out of range");
	reserve_one(h);
	place(h, key, val + 1);
	h->n++;
}

uint32_t
hash_put(struct hash *h, uint64_t key, uint32_t val)
{
	size_t i;

	if (val >= HASH_NONE)
		fatal("hash table value out of range");
	reserve_one(h);
	for (i = hash_home(h, key); h->slot[i].val != 0; i = (i + 1) & h->mask)
		if (h->slot[i].key == key)
			return h->slot[i].val - 1;
	h->slot[i].key = key;
	h->slot[i].val = val + 1;
	h->n++;
	return HASH_NONE;
}

/* Empty slot i, moving back each later entry of its run whose home is
 * not between i and where it is (cyclically). */
static void
shift_back(struct hash *h, size_t i)
{
	size_t j = i;

	for (;;) {
		size_t k;

		j = (j + 1) & h->mask;
		if (h->slot[j].val == 0)
			break;
		k = hash_home(h, h->slot[j].key);
		if (((j - k) & h->mask) >= ((j - i) & h->mask)) {
			h->slot[i] = h->slot[j];
			i = j;
		}
	}
	h->slot[i].val = 0;
	h->slot[i].key = 0;
}

int
hash_del(struct hash *h, uint64_t key, uint32_t val)
{
	struct hash_iter it;
	uint32_t v;

	for (v = hash_first(h, key, &it); v != HASH_NONE; v = hash_next(h, &it))
		if (v == val) {
			shift_back(h, it.at);
			h->n--;
			return 1;
		}
	return 0;
}
