/*
 * hash.h — the core's one hash table: 64-bit keys to 32-bit values
 * (usually indexes into the caller's own array of entries).
 *
 * Open addressing, linear probing, a power-of-two capacity that doubles
 * before the table is more than half full.  A key is either the thing
 * itself (an article id) or, where entries are compared some other way
 * (strings, a value and a unit), the caller's hash of it: the table then
 * keeps several entries under one key and the caller walks them
 * (hash_first, hash_next) and compares what they stand for.
 *
 * Entries under one key are walked in the order they were added; growing
 * and deleting keep that order, so a caller whose equality is not
 * transitive (the first entry that agrees wins) gets the same answer
 * however large the table grew.  Deleting shifts the entries after it
 * back (no tombstones), so a table never fills with dead slots.
 *
 * A zeroed struct hash is an empty table; nothing is allocated until the
 * first entry is added.
 */
#ifndef GISA_HASH_H
#define GISA_HASH_H

#include <stddef.h>
#include <stdint.h>

/* No value: what a lookup returns when the key is not there.  Values
 * are below it. */
#define HASH_NONE UINT32_MAX

struct hash_slot {
	uint64_t key;
	uint32_t val;	/* value + 1; 0: an empty slot */
};

struct hash {
	struct hash_slot *slot;	/* NULL until the first entry */
	size_t mask;		/* capacity - 1 */
	size_t n;		/* entries */
	unsigned shift;		/* 64 - log2(capacity) */
};

/* Where hash_first left off, for hash_next. */
struct hash_iter {
	uint64_t key;
	size_t at;
};

/* An empty table with room for `expect` entries before it grows. */
void hash_init(struct hash *h, size_t expect);
/* Free the slots; the table is empty (and zeroed) again. */
void hash_free(struct hash *h);
/* Remove every entry, keeping the capacity. */
void hash_clear(struct hash *h);

/* The slot where key's probe starts (internal to the table). */
static inline size_t
hash_home(const struct hash *h, uint64_t key)
{
	return (size_t)(((key ^ (key >> 32)) * 0x9E3779B97F4A7C15ull) >> h->shift);
}

/* The first entry with key (HASH_NONE: none); hash_next gives the
 * following ones, in the order they were added, then HASH_NONE.  The
 * table must not change in between.  (Inline: lookups are per word.) */
static inline uint32_t
hash_first(const struct hash *h, uint64_t key, struct hash_iter *it)
{
	size_t i;

	it->key = key;
	it->at = 0;
	if (h->slot == NULL)
		return HASH_NONE;
	for (i = hash_home(h, key); h->slot[i].val != 0; i = (i + 1) & h->mask)
		if (h->slot[i].key == key) {
			it->at = i;
			return h->slot[i].val - 1;
		}
	it->at = i;
	return HASH_NONE;
}

static inline uint32_t
hash_next(const struct hash *h, struct hash_iter *it)
{
	size_t i = it->at;

	if (h->slot == NULL || h->slot[i].val == 0)
		return HASH_NONE;
	for (i = (i + 1) & h->mask; h->slot[i].val != 0; i = (i + 1) & h->mask)
		if (h->slot[i].key == it->key) {
			it->at = i;
			return h->slot[i].val - 1;
		}
	it->at = i;
	return HASH_NONE;
}

/* The value of the first entry with key, or HASH_NONE. */
static inline uint32_t
hash_get(const struct hash *h, uint64_t key)
{
	struct hash_iter it;

	return hash_first(h, key, &it);
}

/* Add an entry (another one when key is there already).  val < HASH_NONE. */
void hash_add(struct hash *h, uint64_t key, uint32_t val);
/* Add (key, val) unless key is there: returns the value there, or
 * HASH_NONE when it was added. */
uint32_t hash_put(struct hash *h, uint64_t key, uint32_t val);
/* Remove the entry (key, val); returns 1, or 0 when there is none. */
int hash_del(struct hash *h, uint64_t key, uint32_t val);

#endif
