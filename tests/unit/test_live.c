/* test_live.c — the list while the corpus loads (core/live.h): rows over
 * what the loader published, in input order, the cursor, the keys kept;
 * and a real load publishing as it goes. */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/export.h"
#include "core/ingest.h"
#include "core/live.h"
#include "core/reload.h"

static struct article
art(const char *source, const char *outlet, const char *date)
{
	struct article a;

	memset(&a, 0, sizeof(a));
	a.source = source;
	a.outlet = outlet;
	a.date = date;
	a.near = -1;
	return a;
}

Test(live, rows_are_the_loaded_files_of_the_finished_prefix)
{
	struct article a[5] = {
		art("a", "뉴스1", "2025-01-02"), art("b", NULL, NULL), art("c", "한국경제", "2025-03-04"),
		art("d", "KBS", "2024-12-31"), art("e", NULL, NULL),
	};
	unsigned char ok[5] = { 1, 0, 1, 1, 1 };
	struct article packed[4];
	struct live l;
	struct live_view v;

	live_init(&l);
	live_view_init(&v);
	live_lock(&l);
	live_set(&l, a, ok, 0);
	live_view_sync(&v, &l);
	cr_assert_eq(v.nrows, 0);
	live_ready(&l, 3);	/* b failed: not a row */
	live_view_sync(&v, &l);
	cr_assert_eq(v.nrows, 2);
	cr_assert_str_eq(live_view_article(&v, &l, 0)->source, "a");
	cr_assert_str_eq(live_view_article(&v, &l, 1)->source, "c");
	cr_assert_eq(v.outlet_w, 8, "한국경제 is 8 columns wide");
	cr_assert_not(live_view_spans_years(&v), "2025 only so far");
	live_ready(&l, 4);
	live_view_sync(&v, &l);
	cr_assert_eq(v.nrows, 3);
	cr_assert(live_view_spans_years(&v), "2024 and 2025");
	/* the loader packs what loaded into the model: the same rows, moved */
	packed[0] = a[0];
	packed[1] = a[2];
	packed[2] = a[3];
	packed[3] = a[4];
	v.sc.sel = 2;
	live_set(&l, packed, NULL, 4);
	live_view_sync(&v, &l);
	cr_assert_eq(v.nrows, 4);
	cr_assert_eq(live_view_article(&v, &l, 2), &packed[2], "row 2 is the model's article 2");
	cr_assert_eq(v.sc.sel, 2, "the cursor stays on its row");
	live_unlock(&l);
	live_view_free(&v);
	live_destroy(&l);
}

/* A load done with 30 articles, their rows taken in by v. */
static void
thirty_rows(struct article a[30], struct live *l, struct live_view *v)
{
	size_t i;

	for (i = 0; i < 30; i++)
		a[i] = art("x", NULL, NULL);
	live_init(l);
	live_view_init(v);
	live_lock(l);
	live_set(l, a, NULL, 30);
	live_view_sync(v, l);
	live_unlock(l);
	cr_assert_eq(v->nrows, 30);
}

Test(live, a_count_moves_or_goes_with_the_key_it_counts)
{
	struct article a[30];
	struct live l;
	struct live_view v;

	thirty_rows(a, &l, &v);
	cr_assert_eq(live_view_key(&v, '1', REQ_NONE, '1', 0, 10), LIVE_MOVED);
	cr_assert_eq(live_view_key(&v, '2', REQ_NONE, '2', 0, 10), LIVE_MOVED);
	cr_assert_eq(live_view_key(&v, 'j', REQ_DOWN, 'j', 0, 10), LIVE_MOVED);
	cr_assert_eq(v.sc.sel, 12, "12j");
	cr_assert_eq(live_view_key(&v, '5', REQ_NONE, '5', 0, 10), LIVE_MOVED);
	cr_assert_eq(live_view_key(&v, 'G', REQ_LAST, 'G', 0, 10), LIVE_MOVED);
	cr_assert_eq(v.sc.sel, 4, "5G: the fifth row");
	cr_assert_eq(v.nkeys, 0);
	/* 3 before a key kept: kept with it, for the browser to count */
	cr_assert_eq(live_view_key(&v, '3', REQ_NONE, '3', 0, 10), LIVE_MOVED);
	cr_assert_eq(live_view_key(&v, 'J', REQ_NEXT_ARTICLE, 'J', 0, 10), LIVE_KEPT);
	cr_assert_eq(v.nkeys, 2);
	cr_assert_eq(v.keys[0].ch, '3');
	cr_assert_eq(v.keys[1].ch, 'J');
	cr_assert_eq(v.sc.sel, 4);
	live_view_free(&v);
	live_destroy(&l);
}

Test(live, moves_at_once_until_a_key_is_kept_then_keeps_every_key)
{
	struct article a[30];
	struct live l;
	struct live_view v;

	thirty_rows(a, &l, &v);
	cr_assert_eq(live_view_key(&v, 'j', REQ_DOWN, 'j', 0, 10), LIVE_MOVED);
	cr_assert_eq(live_view_key(&v, 'j', REQ_DOWN, 'j', 0, 10), LIVE_MOVED);
	cr_assert_eq(v.sc.sel, 2);
	cr_assert_eq(live_view_key(&v, 'G', REQ_LAST, 'G', 0, 10), LIVE_MOVED);
	cr_assert_eq(v.sc.sel, 29);
	cr_assert_geq(v.sc.top + 10, 30, "the last row is in the window");
	cr_assert_eq(live_view_key(&v, 'g', REQ_FIRST, 'g', 0, 10), LIVE_MOVED);
	cr_assert_eq(v.sc.sel, 0);
	/* a search typed while loading: kept, and what follows with it */
	cr_assert_eq(live_view_key(&v, '/', REQ_SEARCH, '/', 0, 10), LIVE_KEPT);
	cr_assert_eq(live_view_key(&v, 'j', REQ_DOWN, 'j', 0, 10), LIVE_KEPT, "j is text of the search now");
	cr_assert_eq(live_view_key(&v, 0x3131, REQ_NONE, 0x3131, 0, 10), LIVE_KEPT);
	cr_assert_eq(v.sc.sel, 0, "a kept j did not move");
	cr_assert_eq(v.nkeys, 3);
	cr_assert_eq(v.keys[0].ch, '/');
	cr_assert_eq(v.keys[1].ch, 'j');
	cr_assert_eq(v.keys[2].ch, 0x3131);
	cr_assert_eq(live_view_key(&v, 'Q', REQ_QUIT, 'Q', 0, 10), LIVE_QUIT, "quit is never kept");
	cr_assert_eq(live_view_key(&v, 'q', REQ_BACK, 'q', 0, 10), LIVE_QUIT);
	cr_assert_eq(v.nkeys, 3);
	while (v.nkeys < LIVE_MAX_KEYS)
		cr_assert_eq(live_view_key(&v, 'x', REQ_NONE, 'x', 0, 10), LIVE_KEPT);
	cr_assert_eq(live_view_key(&v, 'x', REQ_NONE, 'x', 0, 10), LIVE_FULL);
	cr_assert_eq(v.nkeys, LIVE_MAX_KEYS);
	live_view_free(&v);
	live_destroy(&l);
}

static void
quiet(void *ctx, const char *path, const char *reason)
{
	(void)ctx;
	(void)path;
	(void)reason;
}

struct bg {
	struct model *m;
	char **paths;
	size_t n;
	struct ingest_opts *o;
	int jsonl;
	int done;
};

static void *
load(void *arg)
{
	struct bg *g = arg;

	if (g->jsonl)
		reload_paths(g->m, g->paths, g->n, g->o);
	else
		ingest_paths(g->m, g->paths, g->n, g->o);
	__atomic_store_n(&g->done, 1, __ATOMIC_RELEASE);
	return NULL;
}

/* Load paths in a thread while the rows are taken in, again and again:
 * each time a prefix of the final list, in its order; at the end, every
 * article of the model as its row. */
static void
watch_load(struct model *m, char **paths, size_t n, int jsonl)
{
	struct live l;
	struct live_view v;
	struct ingest_opts o = { .threads = 2, .warn = quiet };
	struct bg g = { m, paths, n, &o, jsonl, 0 };
	const char **seen = NULL;
	size_t nseen = 0, cap = 0, i, polls = 0;
	pthread_t t;

	live_init(&l);
	live_view_init(&v);
	o.live = &l;
	cr_assert_eq(pthread_create(&t, NULL, load, &g), 0);
	while (!__atomic_load_n(&g.done, __ATOMIC_ACQUIRE)) {
		live_lock(&l);
		live_view_sync(&v, &l);
		cr_assert_geq(v.nrows, nseen, "rows are never taken away");
		for (i = 0; i < v.nrows; i++) {
			const char *src = live_view_article(&v, &l, i)->source;

			if (i < nseen)
				cr_assert_str_eq(src, seen[i], "row %zu changed", i);
			else
				seen = xgrow(seen, &cap, i + 1, sizeof(*seen)), seen[nseen++] = src;
		}
		live_unlock(&l);
		polls++;
		usleep(200);
	}
	pthread_join(t, NULL);
	live_lock(&l);
	live_view_sync(&v, &l);
	cr_assert_eq(v.nrows, m->n, "every article is a row (%zu polls)", polls);
	for (i = 0; i < m->n; i++) {
		cr_assert_eq(live_view_article(&v, &l, i), &m->a[i]);
		if (i < nseen)
			cr_assert_str_eq(m->a[i].source, seen[i], "row %zu is article %zu", i, i);
	}
	live_unlock(&l);
	free(seen);
	live_view_free(&v);
	live_destroy(&l);
}

Test(live, pages_published_as_they_load_in_input_order)
{
	struct model m;
	char *paths[3];

	paths[0] = xasprintf("%s/shard", FIXTURES);
	paths[1] = xasprintf("%s/broken.txt", FIXTURES);	/* fails: no row */
	paths[2] = xasprintf("%s/tree", FIXTURES);
	model_init(&m);
	watch_load(&m, paths, 3, 0);
	cr_assert_eq(m.n, 124, "120 shard pages and 4 of the tree");
	model_free(&m);
	for (int i = 0; i < 3; i++)
		free(paths[i]);
}

Test(live, a_jsonl_published_as_it_loads_back)
{
	struct model m, back;
	struct ingest_opts o = { .threads = 2, .warn = quiet };
	char *paths[1], dir[] = "/tmp/gisa-live-XXXXXX", *path;
	size_t *sel, i;
	FILE *f;

	paths[0] = xasprintf("%s/shard", FIXTURES);
	model_init(&m);
	ingest_paths(&m, paths, 1, &o);
	cr_assert_not_null(mkdtemp(dir));
	path = xasprintf("%s/c.jsonl", dir);
	f = fopen(path, "wb");
	cr_assert_not_null(f);
	sel = xcalloc(m.n, sizeof(*sel));
	for (i = 0; i < m.n; i++)
		sel[i] = i;
	cr_assert_eq(export_write(f, &m, sel, m.n, EXPORT_JSONL), 0);
	fclose(f);
	model_init(&back);
	watch_load(&back, &path, 1, 1);
	cr_assert_eq(back.n, m.n);
	model_free(&back);
	model_free(&m);
	unlink(path);
	rmdir(dir);
	free(path);
	free(sel);
	free(paths[0]);
}
