/* test_hash.c — the core's hash table: lookups, growth, collisions,
 * deletion and the order of entries under one key. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "core/hash.h"
#include "core/util.h"

/* The slot key landed in (the table's own layout, to make collisions). */
static size_t
slot_of(const struct hash *h, uint64_t key)
{
	size_t i;

	for (i = 0; i <= h->mask; i++)
		if (h->slot[i].val != 0 && h->slot[i].key == key)
			return i;
	cr_assert_fail("key %llu not in the table", (unsigned long long)key);
	return 0;
}

/* n keys whose home is the last slot of a table of 16 (so their run
 * wraps to slot 0). */
static void
colliding_keys(uint64_t *out, size_t n)
{
	uint64_t k;
	size_t got = 0;

	for (k = 1; got < n; k++) {
		struct hash h;

		hash_init(&h, 1);
		cr_assert_eq(h.mask, 15);
		hash_add(&h, k, 0);
		if (slot_of(&h, k) == 15)
			out[got++] = k;
		hash_free(&h);
	}
}

/* A table of 16 holding k[0..5), all at home in its last slot, each
 * with its index as value. */
static void
colliding_table(struct hash *h, uint64_t k[5])
{
	uint32_t i;

	colliding_keys(k, 5);
	hash_init(h, 1);
	for (i = 0; i < 5; i++)
		hash_add(h, k[i], i);
}

Test(hash, empty_table_finds_nothing)
{
	struct hash h;
	struct hash_iter it;

	memset(&h, 0, sizeof(h));
	cr_assert_eq(hash_get(&h, 0), HASH_NONE);
	cr_assert_eq(hash_get(&h, 42), HASH_NONE);
	cr_assert_eq(hash_first(&h, 42, &it), HASH_NONE);
	cr_assert_eq(hash_next(&h, &it), HASH_NONE);
	cr_assert_eq(hash_del(&h, 42, 0), 0);
	hash_clear(&h);
	hash_free(&h);
	hash_init(&h, 0);
	cr_assert_eq(h.n, 0);
	cr_assert_eq(hash_get(&h, 0), HASH_NONE);
	cr_assert_eq(hash_del(&h, 0, 0), 0);
	hash_free(&h);
	cr_assert_null(h.slot);
}

Test(hash, insert_and_find)
{
	struct hash h;

	memset(&h, 0, sizeof(h));
	hash_add(&h, 0, 7);	/* key 0 and value 0 are ordinary */
	hash_add(&h, 99, 0);
	hash_add(&h, UINT64_MAX, HASH_NONE - 1);
	cr_assert_eq(h.n, 3);
	cr_assert_eq(hash_get(&h, 0), 7);
	cr_assert_eq(hash_get(&h, 99), 0);
	cr_assert_eq(hash_get(&h, UINT64_MAX), HASH_NONE - 1);
	cr_assert_eq(hash_get(&h, 98), HASH_NONE);
	hash_free(&h);
}

Test(hash, put_keeps_the_first_value)
{
	struct hash h;

	hash_init(&h, 4);
	cr_assert_eq(hash_put(&h, 5, 1), HASH_NONE);
	cr_assert_eq(hash_put(&h, 5, 2), 1);
	cr_assert_eq(hash_get(&h, 5), 1);
	cr_assert_eq(h.n, 1);
	hash_free(&h);
}

Test(hash, grows_at_half_load_keeping_every_entry)
{
	struct hash h;
	uint32_t i;

	memset(&h, 0, sizeof(h));
	for (i = 0; i < 5000; i++) {
		hash_add(&h, (uint64_t)i * 1000003u, i);
		cr_assert_leq(h.n * 2, h.mask + 1, "over half full at %u", i);
		cr_assert_eq((h.mask + 1) & h.mask, 0, "capacity not a power of two");
	}
	cr_assert_eq(h.n, 5000);
	cr_assert_eq(h.mask + 1, 16384);
	for (i = 0; i < 5000; i++)
		cr_assert_eq(hash_get(&h, (uint64_t)i * 1000003u), i);
	cr_assert_eq(hash_get(&h, 1), HASH_NONE);
	hash_free(&h);
}

Test(hash, init_sizes_for_the_expected_entries)
{
	struct hash h;
	size_t cap;
	uint32_t i;

	hash_init(&h, 1000);
	cap = h.mask + 1;
	for (i = 0; i < 1000; i++)
		hash_add(&h, i, i);
	cr_assert_eq(h.mask + 1, cap, "grew although sized for 1000");
	hash_add(&h, 1000, 1000);
	hash_add(&h, 1001, 1001);
	hash_free(&h);
}

Test(hash, colliding_keys_wrap_around_and_are_all_found)
{
	uint64_t k[5];
	struct hash h;
	size_t i;

	colliding_table(&h, k);
	cr_assert_eq(slot_of(&h, k[0]), 15);
	cr_assert_eq(slot_of(&h, k[1]), 0);	/* wrapped */
	for (i = 0; i < 5; i++)
		cr_assert_eq(hash_get(&h, k[i]), i);
	hash_free(&h);
}

Test(hash, delete_shifts_the_run_back)
{
	uint64_t k[5];
	struct hash h;
	size_t i;

	colliding_table(&h, k);
	cr_assert_eq(hash_del(&h, k[1], 0), 0, "wrong value: not deleted");
	cr_assert_eq(hash_del(&h, k[1], 1), 1);
	cr_assert_eq(hash_del(&h, k[1], 1), 0);
	cr_assert_eq(h.n, 4);
	cr_assert_eq(hash_get(&h, k[1]), HASH_NONE);
	for (i = 0; i < 5; i++)
		if (i != 1)
			cr_assert_eq(hash_get(&h, k[i]), i);
	/* no hole left: the last of the run moved back */
	cr_assert_eq(slot_of(&h, k[4]), 2);
	cr_assert_eq(h.slot[3].val, 0);
	cr_assert_eq(hash_del(&h, k[0], 0), 1);
	cr_assert_eq(slot_of(&h, k[2]), 15);
	for (i = 2; i < 5; i++)
		cr_assert_eq(hash_get(&h, k[i]), i);
	hash_free(&h);
}

Test(hash, entries_under_one_key_keep_their_order)
{
	struct hash h;
	struct hash_iter it;
	uint32_t v, want, i;

	memset(&h, 0, sizeof(h));
	for (i = 0; i < 300; i++) {
		hash_add(&h, 77, i);	/* grows several times meanwhile */
		hash_add(&h, 1000 + i, 1000 + i);
	}
	for (want = 0, v = hash_first(&h, 77, &it); v != HASH_NONE; v = hash_next(&h, &it))
		cr_assert_eq(v, want++);
	cr_assert_eq(want, 300);
	for (i = 0; i < 300; i += 3)
		cr_assert_eq(hash_del(&h, 77, i), 1);
	for (want = 1, v = hash_first(&h, 77, &it); v != HASH_NONE; v = hash_next(&h, &it)) {
		cr_assert_eq(v, want);
		want += want % 3 == 1 ? 1 : 2;
	}
	cr_assert_eq(want, 301);
	hash_free(&h);
}

Test(hash, clear_keeps_the_capacity)
{
	struct hash h;
	size_t cap;
	uint32_t i;

	memset(&h, 0, sizeof(h));
	for (i = 0; i < 100; i++)
		hash_add(&h, i, i);
	cap = h.mask + 1;
	hash_clear(&h);
	cr_assert_eq(h.n, 0);
	cr_assert_eq(h.mask + 1, cap);
	for (i = 0; i < 100; i++)
		cr_assert_eq(hash_get(&h, i), HASH_NONE);
	hash_add(&h, 3, 4);
	cr_assert_eq(hash_get(&h, 3), 4);
	hash_free(&h);
}

/* Random adds and deletes over a few keys, against a plain array. */
Test(hash, random_operations_agree_with_an_array)
{
	enum { NKEYS = 300, STEPS = 200000 };
	uint32_t ref[NKEYS];
	struct hash h;
	uint64_t r = 12345;
	size_t step, k, present = 0;

	memset(&h, 0, sizeof(h));
	for (k = 0; k < NKEYS; k++)
		ref[k] = HASH_NONE;
	for (step = 0; step < STEPS; step++) {
		uint32_t val;

		r = r * 6364136223846793005ull + 1442695040888963407ull;
		k = (size_t)(r >> 33) % NKEYS;
		val = (uint32_t)(r >> 20) & 0xffff;
		if (ref[k] == HASH_NONE) {
			cr_assert_eq(hash_put(&h, (uint64_t)k << 40, val), HASH_NONE);
			ref[k] = val;
			present++;
		} else {
			cr_assert_eq(hash_del(&h, (uint64_t)k << 40, ref[k]), 1);
			ref[k] = HASH_NONE;
			present--;
		}
		cr_assert_eq(h.n, present);
		if (step % 997 == 0)
			for (k = 0; k < NKEYS; k++)
				cr_assert_eq(hash_get(&h, (uint64_t)k << 40), ref[k],
				    "key %zu at step %zu", k, step);
	}
	for (k = 0; k < NKEYS; k++)
		cr_assert_eq(hash_get(&h, (uint64_t)k << 40), ref[k]);
	hash_free(&h);
}

Test(hash, a_million_entries)
{
	enum { N = 1 << 20 };
	struct hash h;
	uint32_t i;

	memset(&h, 0, sizeof(h));
	for (i = 0; i < N; i++)
		hash_add(&h, util_hash64(&i, sizeof(i), 0), i);
	cr_assert_eq(h.n, N);
	cr_assert_eq(h.mask + 1, (size_t)N * 2);
	for (i = 0; i < N; i++)
		cr_assert_eq(hash_get(&h, util_hash64(&i, sizeof(i), 0)), i);
	for (i = 0; i < N; i += 2)
		cr_assert_eq(hash_del(&h, util_hash64(&i, sizeof(i), 0), i), 1);
	cr_assert_eq(h.n, N / 2);
	for (i = 0; i < N; i++)
		cr_assert_eq(hash_get(&h, util_hash64(&i, sizeof(i), 0)), i % 2 ? i : HASH_NONE);
	hash_free(&h);
}
