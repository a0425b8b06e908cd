/*
 * bench.c — benchmarks of the core, run by `make bench` (never by make
 * check: timings are measured here, not asserted in tests).
 *
 *   bench gen DIR N SAMPLE_DIR   write N pages made from the sample pages,
 *                                each with its numbers and a salt changed,
 *                                so no two bodies are the same
 *   bench pipeline SAMPLE_DIR    MB/s of the per-page pipeline on one core
 *   bench stages DIR MB          MB/s of each per-page stage on one core, over
 *                                the first MB megabytes of pages under DIR
 *   bench load DIR               whole-corpus load on every core: seconds,
 *                                pages/s, MB/s, peak memory against size
 *   bench search DIR PATTERN...  load DIR, then the median time of
 *                                query_select with each pattern (counts on)
 *   bench filter DIR EXPR...     the same with each filter expression
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "core/clean.h"
#include "core/dedup.h"
#include "core/html.h"
#include "core/ingest.h"
#include "core/meta.h"
#include "core/query.h"
#include "core/text.h"
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

static double
cpu_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

enum { ST_SOURCE, ST_HTML, ST_CLEAN, ST_DEDUP, ST_META, ST_MINHASH, ST_REST, ST_N };

/* Each stage of ingest_document timed alone (thread CPU time), over the
 * first `mb` megabytes of the pages under dir, read into memory first.
 * "figures, people, id" is the whole document's time less the stages. */
static int
stages(const char *dir, double mb)
{
	static const char *const name[ST_N] = { "decode (source)", "html", "clean",
		"dedup (paragraphs)", "meta", "minhash", "figures, people, id" };
	char *paths[1] = { (char *)dir }, **files;
	size_t warned = 0, n = source_expand(paths, 1, &files, quiet, &warned), i, k, bytes = 0;
	struct buf *b = xcalloc(n ? n : 1, sizeof(*b));
	double t[ST_N] = { 0 }, whole = 0, limit = mb * 1e6;
	size_t used = 0;

	for (i = 0; i < n && (double)bytes < limit; i++) {
		char *err = NULL;

		if (source_read(files[i], &b[used], &err) != 0) {
			free(err);
			continue;
		}
		bytes += b[used++].len;
	}
	for (k = 0; k < used; k++) {
		struct arena a = { 0 };
		struct article art;
		char *err = NULL, *warn = NULL;
		double t0 = cpu_now();

		if (ingest_document("bench", b[k].s, b[k].len, &a, &art, &err, &warn) != 0) {
			free(err);
			arena_free(&a);
			continue;
		}
		whole += cpu_now() - t0;
		free(warn);
		arena_free(&a);
	}
	for (k = 0; k < used; k++) {
		struct source_text st;
		struct html_doc doc;
		struct clean_result c;
		struct meta m;
		uint32_t sig[DEDUP_K];
		char *err = NULL;
		double t0 = cpu_now(), t1;

		if (source_decode(b[k].s, b[k].len, &st, &err) != 0) {
			free(err);
			continue;
		}
		t1 = cpu_now();
		t[ST_SOURCE] += t1 - t0;
		html_parse(st.text, st.len, &doc);
		t0 = cpu_now();
		t[ST_HTML] += t0 - t1;
		clean_document(&doc, &c);
		t1 = cpu_now();
		t[ST_CLEAN] += t1 - t0;
		dedup_paragraphs(&c.paragraphs);
		t0 = cpu_now();
		t[ST_DEDUP] += t0 - t1;
		meta_extract(&doc, &c, &m);
		t1 = cpu_now();
		t[ST_META] += t1 - t0;
		dedup_minhash(c.paragraphs.v, c.paragraphs.n, sig);
		t[ST_MINHASH] += cpu_now() - t1;
		meta_free(&m);
		clean_result_free(&c);
		html_doc_free(&doc);
		source_text_free(&st);
	}
	t[ST_REST] = whole;
	for (k = 0; k < ST_REST; k++)
		t[ST_REST] -= t[k];
	if (t[ST_REST] < 0)
		t[ST_REST] = 0;
	printf("stages (one core, %zu pages, %.1f MB): whole page %.1f MB/s\n",
	    used, (double)bytes / 1e6, (double)bytes / 1e6 / (whole > 0 ? whole : 1e-9));
	for (k = 0; k < ST_N; k++)
		printf("  %-22s %7.1f MB/s  %5.1f%%\n", name[k],
		    t[k] > 0 ? (double)bytes / 1e6 / t[k] : 0.0, whole > 0 ? 100 * t[k] / whole : 0.0);
	for (k = 0; k < used; k++)
		buf_free(&b[k]);
	free(b);
	source_paths_free(files, n);
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

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

#define RUNS 7

/* query_select over the whole of DIR for each argument, as a search
 * pattern (filter 0) or a filter expression (filter 1). */
static int
select_bench(const char *dir, char **args, int nargs, int filter)
{
	struct model m;
	size_t warned = 0, *out, *counts, bytes = 0, i, k;
	struct ingest_opts o = { .threads = 0, .warn = quiet, .ctx = &warned };
	struct query_env env = { .threads = 0 };
	char *paths[1] = { (char *)dir }, err[256];
	double t0 = now();
	int a, r;

	model_init(&m);
	ingest_paths(&m, paths, 1, &o);
	for (i = 0; i < m.n; i++) {
		const struct article *art = &m.a[i];

		bytes += art->title ? strlen(art->title) : 0;
		for (k = 0; k < art->npara; k++)
			bytes += strlen(art->para[k]);
		for (k = 0; k < art->ncap; k++)
			bytes += strlen(art->cap[k]);
	}
	printf("loaded %zu articles (%.1f MB of text) in %.2f s\n", m.n, (double)bytes / 1e6, now() - t0);
	out = xcalloc(m.n ? m.n : 1, sizeof(*out));
	counts = xcalloc(m.n ? m.n : 1, sizeof(*counts));
	for (a = 0; a < nargs; a++) {
		struct query_error qe;
		struct query *q = NULL;
		double t[RUNS];
		long sel = 0;
		size_t total = 0, w;

		if (filter && (q = query_parse(args[a], &qe)) == NULL)
			fatal("%s: column %zu: %s", args[a], qe.col + 1, qe.msg);
		for (r = 0; r < RUNS; r++) {
			double s0 = now();

			sel = query_select(q, filter ? NULL : args[a], &m, NULL, 0, &env, out,
			    filter ? NULL : counts, err, sizeof(err));
			t[r] = now() - s0;
			if (sel < 0) {
				printf("%s: %s after %.1f ms\n", args[a], err, t[r] * 1e3);
				break;
			}
		}
		if (sel < 0) {
			query_free(q);
			continue;
		}
		for (i = 0; !filter && i < (size_t)sel; i++)
			total += counts[i];
		qsort(t, RUNS, sizeof(t[0]), cmp_double);
		w = text_width(args[a], strlen(args[a]));
		if (filter)
			printf("filter %s%*s %7ld articles  median %7.1f ms (min %.1f, max %.1f)\n",
			    args[a], w < 40 ? (int)(40 - w) : 0, "", sel,
			    t[RUNS / 2] * 1e3, t[0] * 1e3, t[RUNS - 1] * 1e3);
		else
			printf("search %s%*s %7ld articles %8zu matches  median %7.1f ms (min %.1f, max %.1f)\n",
			    args[a], w < 40 ? (int)(40 - w) : 0, "", sel, total,
			    t[RUNS / 2] * 1e3, t[0] * 1e3, t[RUNS - 1] * 1e3);
		query_free(q);
	}
	free(out);
	free(counts);
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
	if (argc == 4 && strcmp(argv[1], "stages") == 0)
		return stages(argv[2], strtod(argv[3], NULL));
	if (argc == 3 && strcmp(argv[1], "load") == 0)
		return load(argv[2]);
	if (argc >= 4 && strcmp(argv[1], "search") == 0)
		return select_bench(argv[2], argv + 3, argc - 3, 0);
	if (argc >= 4 && strcmp(argv[1], "filter") == 0)
		return select_bench(argv[2], argv + 3, argc - 3, 1);
	fprintf(stderr, "usage: bench gen DIR N SAMPLE_DIR | pipeline SAMPLE_DIR | stages DIR MB | load DIR\n"
	    "       bench search DIR PATTERN... | filter DIR EXPR...\n");
	return 2;
}
