/*
 * bench.c — benchmarks of the core, run by `make bench` (never by make
 * check: timings are measured here, not asserted in tests).
 *
 *   bench gen DIR N SAMPLE_DIR   write N pages made from the sample pages,
 *                                each with its numbers and a salt changed,
 *                                so no two bodies are the same
 *   bench pipeline SAMPLE_DIR    MB/s of the per-page pipeline on one core
 *   bench load DIR               whole-corpus load on every core: seconds,
 *                                pages/s, MB/s, peak memory against size
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "core/ingest.h"
#include "core/source.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
quiet(void *ctx, const char *path, const char *reason)
{
	(*(size_t *)ctx)++;
	(void)path;
	(void)reason;
}

struct pages {
	struct buf *b;
	size_t n;
};

static void
read_sample(const char *dir, struct pages *p)
{
	char *paths[1] = { (char *)dir }, **files;
	size_t warned = 0, n = source_expand(paths, 1, &files, quiet, &warned), i;

	p->b = xcalloc(n ? n : 1, sizeof(*p->b));
	p->n = n;
	for (i = 0; i < n; i++) {
		char *err = NULL;

		if (source_read(files[i], &p->b[i], &err) != 0)
			fatal("%s: %s", files[i], err);
	}
	source_paths_free(files, n);
	if (n == 0)
		fatal("%s: no pages", dir);
}

/* Page i of a generated corpus: sample page i % n with its digits turned
 * and a salt paragraph, so every body (and id) differs. */
static void
make_page(const struct pages *p, size_t i, struct buf *out)
{
	const struct buf *src = &p->b[i % p->n];
	size_t k;
	unsigned turn = (unsigned)(i / p->n);

	buf_reset(out);
	for (k = 0; k < src->len; k++) {
		char c = src->s[k];

		if (c >= '0' && c <= '9' && turn > 0)
			c = (char)('0' + (c - '0' + turn) % 10);
		buf_addc(out, c);
	}
	buf_printf(out, "\n문서 번호 %zu번의 본문은 벤치마크를 위해 만들어졌다고 설명했다.\n", i);
}

static int
gen(const char *dir, size_t n, const char *sample)
{
	struct pages p;
	struct buf page = BUF_INIT;
	size_t i, bytes = 0;

	read_sample(sample, &p);
	mkdir(dir, 0755);
	for (i = 0; i < n; i++) {
		char path[4096];
		FILE *f;

		if (i % 1000 == 0) {
			snprintf(path, sizeof(path), "%s/%04zu", dir, i / 1000);
			mkdir(path, 0755);
		}
		snprintf(path, sizeof(path), "%s/%04zu/%06zu.txt", dir, i / 1000, i);
		make_page(&p, i, &page);
		f = fopen(path, "w");
		if (f == NULL || fwrite(page.s, 1, page.len, f) != page.len || fclose(f) != 0)
			fatal("%s: cannot write", path);
		bytes += page.len;
	}
	printf("generated %zu pages, %.1f MB in %s\n", n, (double)bytes / 1e6, dir);
	buf_free(&page);
	return 0;
}

static int
pipeline(const char *sample)
{
	struct pages p;
	struct arena a = { 0 };
	double t0, t;
	size_t bytes = 0, docs = 0, i = 0;

	read_sample(sample, &p);
	t0 = now();
	do {
		struct article art;
		char *err = NULL, *warn = NULL;
		const struct buf *b = &p.b[i++ % p.n];

		if (ingest_document("bench", b->s, b->len, &a, &art, &err, &warn) != 0)
			fatal("pipeline failed: %s", err);
		free(warn);
		bytes += b->len;
		docs++;
		if (a.used > (64u << 20))
			arena_free(&a);
		t = now() - t0;
	} while (t < 3.0);
	printf("pipeline (one core): %.1f MB/s, %.0f pages/s (%zu pages, %.1f MB in %.2f s)\n",
	    (double)bytes / 1e6 / t, (double)docs / t, docs, (double)bytes / 1e6, t);
	arena_free(&a);
	return 0;
}

static size_t
tree_bytes(const char *dir)
{
	char *paths[1] = { (char *)dir }, **files;
	size_t warned = 0, n = source_expand(paths, 1, &files, quiet, &warned), i, total = 0;

	for (i = 0; i < n; i++) {
		struct stat st;

		if (stat(files[i], &st) == 0)
			total += (size_t)st.st_size;
	}
	source_paths_free(files, n);
	return total;
}

static int
load(const char *dir)
{
	struct model m;
	size_t warned = 0, bytes = tree_bytes(dir);
	struct ingest_opts o = { .threads = 0, .warn = quiet, .ctx = &warned };
	char *paths[1] = { (char *)dir };
	struct rusage ru;
	double t0 = now(), t;

	model_init(&m);
	ingest_paths(&m, paths, 1, &o);
	t = now() - t0;
	getrusage(RUSAGE_SELF, &ru);
	printf("load (all cores): %zu pages, %.1f MB in %.2f s: %.0f pages/s, %.1f MB/s; "
	    "peak memory %.1f MB = %.2fx the corpus\n",
	    m.n, (double)bytes / 1e6, t, (double)m.n / t, (double)bytes / 1e6 / t,
	    (double)ru.ru_maxrss / 1024.0, (double)ru.ru_maxrss * 1024.0 / (double)(bytes ? bytes : 1));
	model_free(&m);
	return 0;
}

int
main(int argc, char **argv)
{
	if (argc == 5 && strcmp(argv[1], "gen") == 0)
		return gen(argv[2], (size_t)strtoul(argv[3], NULL, 10), argv[4]);
	if (argc == 3 && strcmp(argv[1], "pipeline") == 0)
		return pipeline(argv[2]);
	if (argc == 3 && strcmp(argv[1], "load") == 0)
		return load(argv[2]);
	fprintf(stderr, "usage: bench gen DIR N SAMPLE_DIR | pipeline SAMPLE_DIR | load DIR\n");
	return 2;
}
