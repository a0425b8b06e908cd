/* test_ingest.c — the whole pipeline on files, in parallel, with bad input. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/ingest.h"

struct seen {
	int n;
	char last[512];
};

static void
warn(void *ctx, const char *path, const char *reason)
{
	struct seen *s = ctx;

	s->n++;
	snprintf(s->last, sizeof(s->last), "%s: %s", path, reason);
}

Test(ingest, fixtures_in_order_and_bad_files_reported)
{
	struct model m;
	struct seen s = { 0, "" };
	struct ingest_opts o = { .threads = 2, .warn = warn, .ctx = &s };
	char *paths[3];
	size_t failed;

	paths[0] = xasprintf("%s/tree", FIXTURES);
	paths[1] = xasprintf("%s/missing-file.txt", FIXTURES);
	paths[2] = xasprintf("%s/broken.txt", FIXTURES);
	model_init(&m);
	failed = ingest_paths(&m, paths, 3, &o);
	cr_assert_eq(failed, 1);	/* the missing path */
	cr_assert_eq(m.n, 4);
	cr_assert(strstr(m.a[0].source, "tree/a.txt") != NULL);
	cr_assert(strstr(m.a[2].source, "tree/sub/c.txt") != NULL);
	cr_assert_eq(s.n, 2, "missing file and undecodable bytes: %s", s.last);
	cr_assert(strstr(s.last, "broken.txt") != NULL);
	model_free(&m);
	free(paths[0]);
	free(paths[1]);
	free(paths[2]);
}

Test(ingest, binary_file_fails_with_its_name)
{
	struct model m;
	struct seen s = { 0, "" };
	struct ingest_opts o = { .threads = 1, .warn = warn, .ctx = &s };
	char path[] = "/tmp/gisa-bin-XXXXXX";
	char *paths[1] = { path };
	int fd = mkstemp(path);

	cr_assert_geq(fd, 0);
	cr_assert_eq(write(fd, "\x7f" "ELF\0\0\0", 7), 7);
	close(fd);
	model_init(&m);
	cr_assert_eq(ingest_paths(&m, paths, 1, &o), 1);
	cr_assert_eq(m.n, 0);
	cr_assert(strstr(s.last, path) != NULL);
	cr_assert(strstr(s.last, "binary") != NULL);
	unlink(path);
	model_free(&m);
}

Test(ingest, sample_corpus_loads_every_page)
{
	struct model m;
	struct seen s = { 0, "" };
	struct ingest_opts o = { .threads = 0, .warn = warn, .ctx = &s };
	char *paths[1];
	size_t i, with_body = 0;

	paths[0] = xasprintf("%s/../../data/sample", FIXTURES);
	model_init(&m);
	cr_assert_eq(ingest_paths(&m, paths, 1, &o), 0, "%s", s.last);
	cr_assert_geq(m.n, 12);
	for (i = 0; i < m.n; i++)
		with_body += m.a[i].npara >= 3 && m.a[i].title != NULL;
	cr_assert_eq(with_body, m.n, "every sample page has a title and a body");
	model_free(&m);
	free(paths[0]);
}

Test(ingest, progress_counts_and_cancel_stops_early)
{
	struct model m;
	struct seen s = { 0, "" };
	size_t done = 0, total = 0;
	int cancel = 0;
	struct ingest_opts o = { .threads = 2, .warn = warn, .ctx = &s, .done = &done,
		.total = &total, .cancel = &cancel };
	char *paths[1];

	paths[0] = xasprintf("%s/../../data/sample", FIXTURES);
	model_init(&m);
	ingest_paths(&m, paths, 1, &o);
	cr_assert_eq(total, m.n);
	cr_assert_eq(done, total);
	model_free(&m);
	/* cancelled before it starts: nothing loaded, nothing reported */
	cancel = 1;
	done = total = 0;
	model_init(&m);
	cr_assert_eq(ingest_paths(&m, paths, 1, &o), 0);
	cr_assert_eq(m.n, 0);
	cr_assert_eq(done, 0);
	cr_assert_eq(s.n, 0, "%s", s.last);
	model_free(&m);
	free(paths[0]);
}

Test(ingest, pages_without_a_body_never_share_an_id)
{
	static const char *const empty[] = { "", "  \n\n\t\n", "<div></div><script>x()</script>" };
	struct arena a = { NULL, 0, NULL };
	struct article x, y;
	char *err = NULL, *warning = NULL;
	size_t k;

	/* nothing at all: reported and skipped */
	for (k = 0; k < sizeof(empty) / sizeof(empty[0]); k++) {
		cr_assert_eq(ingest_document("e.txt", empty[k], strlen(empty[k]), &a, &x, &err, &warning), -1,
		    "case %zu loaded", k);
		cr_assert(strstr(err, "no body text") != NULL, "%s", err);
		free(err);
		err = NULL;
	}
	/* a title and no body: kept, said so, each with an id of its own */
	static const char t1[] = "<html><head><title>첫째 문서의 제목입니다</title></head><body><p>짧다</p></body></html>";
	static const char t2[] = "<html><head><title>둘째 문서의 제목입니다</title></head><body><p>짧다</p></body></html>";

	cr_assert_eq(ingest_document("a.html", t1, sizeof(t1) - 1, &a, &x, &err, &warning), 0, "%s", err);
	if (x.npara == 0) {
		cr_assert_not_null(warning);
		cr_assert(strstr(warning, "no body") != NULL, "%s", warning);
	}
	free(warning);
	cr_assert_eq(ingest_document("b.html", t2, sizeof(t2) - 1, &a, &y, &err, &warning), 0, "%s", err);
	free(warning);
	cr_assert_eq(x.npara, 0, "the fixture has no body");
	cr_assert_neq(x.id, 0);
	cr_assert_neq(y.id, 0);
	cr_assert_neq(x.id, y.id);
	arena_free(&a);
}

Test(ingest, a_page_past_max_page_size_is_skipped_by_name)
{
	struct model m;
	struct seen s = { 0, "" };
	struct ingest_opts o = { .threads = 1, .warn = warn, .ctx = &s, .max_page = 1 << 16 };
	char *paths[2];
	size_t failed;

	paths[0] = (char *)"/dev/zero";
	paths[1] = xasprintf("%s/tree", FIXTURES);
	model_init(&m);
	failed = ingest_paths(&m, paths, 2, &o);
	cr_assert_eq(failed, 1);
	cr_assert_eq(m.n, 3, "the rest of the corpus loads");
	cr_assert_eq(s.n, 1);
	cr_assert_str_eq(s.last, "/dev/zero: larger than the maximum page size of 64 KiB (--max-page-size), skipped");
	model_free(&m);
	free(paths[1]);
}
