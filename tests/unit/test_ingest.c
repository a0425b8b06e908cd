/* test_ingest.c — the whole pipeline on files, in parallel, with bad input. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/dedup.h"
#include "core/ingest.h"
#include "given.h"

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

/* One page through ingest_document into a zeroed arena. */
static void
ingest_one(const char *page, struct arena *a, struct article *art)
{
	char *err = NULL, *warn = NULL;

	memset(a, 0, sizeof(*a));
	cr_assert_eq(ingest_document("page.html", page, strlen(page), a, art, &err, &warn), 0, "%s", err);
	free(warn);
}

static const struct art_figure *
listed(const struct article *art, double value, const char *unit)
{
	size_t k;

	for (k = 0; k < art->nfig; k++)
		if (art->fig[k].value == value && art->fig[k].unit != NULL && strcmp(art->fig[k].unit, unit) == 0)
			return &art->fig[k];
	return NULL;
}

Test(ingest, figures_come_from_the_body_only)
{
	const char *page =
	    "<html><head><title>정부, 반도체에 300억원 투입…수출 7% 늘어</title></head><body>"
	    "<h1>정부, 반도체에 300억원 투입…수출 7% 늘어</h1>"
	    "<p>정부가 반도체 산업 지원을 늘리기로 했다. 산업통상자원부는 올해 수출이 지난해보다 7% 늘었다고 "
	    "14일 밝혔다. 업계는 지원 확대를 반기고 있으며 설비 투자도 함께 늘어날 것으로 보고 있다.</p>"
	    "<p>정부는 내년까지 연구 인력 1만2000명을 새로 키우고 생산 거점 5곳을 지정한다. "
	    "관계자는 지원 규모를 계속 늘려 나가겠다고 설명했다.</p>"
	    "</body></html>";
	struct arena a;
	struct article art;
	size_t k, title_mentions = 0;

	ingest_one(page, &a, &art);
	cr_assert_not_null(art.title);
	cr_expect_not_null(listed(&art, 7, "%"), "a figure of body and headline is listed");
	cr_expect_not_null(listed(&art, 12000, "명"));
	cr_expect_not_null(listed(&art, 5, "곳"));
	cr_expect_null(listed(&art, 3e10, "원"), "a figure only in the headline is not listed");
	for (k = 0; k < art.nfig; k++)
		cr_expect_neq(art.fig[k].para, SPAN_TITLE, "%s listed from the title", art.fig[k].text);
	for (k = 0; k < art.nmention; k++) {
		const struct art_mention *m = &art.mention[k];

		if (m->type != MENTION_FIGURE)
			continue;
		cr_assert_lt(m->what, art.nfig);
		if (m->at.para == SPAN_TITLE) {
			title_mentions++;
			cr_expect_eq(art.fig[m->what].value, 7, "the headline highlights only body figures");
		}
	}
	cr_expect_eq(title_mentions, 1);
	arena_free(&a);
}

Test(ingest, many_distinct_figures_list_once_each)
{
	enum { N = 20000 };
	struct buf b = BUF_INIT;
	struct arena a;
	struct article art;
	size_t k, nm = 0;

	buf_adds(&b, "<html><body><p>");
	for (k = 1; k <= N; k++)
		buf_printf(&b, "창고 %zu곳에 물건 %zu개를 두었다. ", k, k);
	/* every figure again: mentions, not new entries */
	for (k = 1; k <= N; k += 7)
		buf_printf(&b, "다시 %zu개를 셌다. ", k);
	buf_adds(&b, "</p></body></html>");
	ingest_one(b.s, &a, &art);
	cr_assert_eq(art.nfig, 2 * N, "listed %zu", art.nfig);
	for (k = 0; k < art.nfig; k++) {
		const struct art_figure *f = &art.fig[k];

		cr_assert_eq(f->value, (double)(k / 2 + 1), "entry %zu: %s", k, f->text);
		cr_assert_str_eq(f->unit, k % 2 == 0 ? "곳" : "개");
	}
	for (k = 0; k < art.nmention; k++) {
		const struct art_mention *m = &art.mention[k];

		if (m->type != MENTION_FIGURE)
			continue;
		cr_assert_lt(m->what, art.nfig);
		cr_assert_eq(strtod(art.para[m->at.para] + m->at.off, NULL), art.fig[m->what].value);
		nm++;
	}
	cr_assert_eq(nm, 2 * N + (N + 6) / 7);
	arena_free(&a);
	buf_free(&b);
}

Test(ingest, pages_without_a_body_are_reported_and_skipped)
{
	static const char *const empty[] = { "", "  \n\n\t\n", "<div></div><script>x()</script>",
		"<html><head><title>첫째 문서의 제목입니다</title></head><body><p>짧다</p></body></html>" };
	struct arena a = { NULL, 0, NULL, 0 };
	struct article x;
	char *err = NULL, *warning = NULL;
	size_t k;

	/* nothing at all, or a headline alone: reported and skipped, so no
	 * two such pages share the id of an empty body */
	for (k = 0; k < sizeof(empty) / sizeof(empty[0]); k++) {
		cr_assert_eq(ingest_document("e.html", empty[k], strlen(empty[k]), &a, &x, &err, &warning), -1,
		    "case %zu loaded", k);
		cr_assert(strstr(err, k == 0 ? "empty (0 bytes)" : k == 1 ? "white space"
		    : "no body text") != NULL, "%s", err);
		cr_assert(strstr(err, "skipped") != NULL, "%s", err);
		free(err);
		err = NULL;
		free(warning);
		warning = NULL;
	}
	cr_assert(ingest_document("e.html", empty[3], strlen(empty[3]), &a, &x, &err, &warning) == -1
	    && strstr(err, "headline") != NULL, "%s", err);
	free(err);
	free(warning);
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

static void
keep_all(void *ctx, const char *path, const char *reason)
{
	struct buf *b = ctx;

	buf_printf(b, "%s: %s\n", path, reason);
}

Test(ingest, empty_folder_and_empty_pages_are_said_never_loaded)
{
	char dir[] = "/tmp/gisa-empty-XXXXXX";
	struct buf said = BUF_INIT;
	struct ingest_opts o = { .threads = 2, .warn = keep_all, .ctx = &said };
	struct model m;
	char *paths[1] = { dir }, *f;
	FILE *fp;

	cr_assert(mkdtemp(dir) != NULL);
	model_init(&m);
	cr_assert_eq(ingest_paths(&m, paths, 1, &o), 1);	/* a problem: exit status 1 */
	cr_assert_eq(m.n, 0);
	cr_assert(strstr(said.s, "no pages found") != NULL, "%s", said.s);
	/* two empty pages and a blank one: three files, none an article */
	buf_reset(&said);
	f = xasprintf("%s/a.html", dir);
	fclose(fopen(f, "w"));
	free(f);
	f = xasprintf("%s/b.html", dir);
	fclose(fopen(f, "w"));
	free(f);
	f = xasprintf("%s/c.html", dir);
	fp = fopen(f, "w");
	fputs(" \n\t\n", fp);
	fclose(fp);
	free(f);
	cr_assert_eq(ingest_paths(&m, paths, 1, &o), 3);
	cr_assert_eq(m.n, 0);
	cr_assert(strstr(said.s, "a.html: empty (0 bytes), skipped") != NULL, "%s", said.s);
	cr_assert(strstr(said.s, "c.html: nothing but white space, skipped") != NULL, "%s", said.s);
	cr_assert(strstr(said.s, "has 3 files, none readable: 2 empty (0 bytes), skipped; "
	    "1 nothing but white space, skipped") != NULL, "%s", said.s);
	model_free(&m);
	f = xasprintf("rm -r '%s'", dir);
	cr_assert_eq(system(f), 0);
	free(f);
	buf_free(&said);
}

Test(ingest, reasons_are_counted_once_each_and_cut_after_three)
{
	char x[] = "x", y[] = "y", z[] = "z", w[] = "w";
	char *r[] = { x, y, x, NULL, z, w };
	struct buf b = BUF_INIT;

	ingest_reasons(r, 3, &b);
	cr_assert_str_eq(b.s, "2 x; 1 y");
	buf_reset(&b);
	ingest_reasons(r, 6, &b);
	cr_assert_str_eq(b.s, "2 x; 1 y; 1 could not be read; \xE2\x80\xA6");
	buf_free(&b);
}

Test(ingest, a_streamed_load_gives_what_a_load_keeps)
{
	/* the 120-page shard corpus ten times over (the copies re-post
	 * it), then a missing file: more batches than are read ahead, so
	 * arenas are reused, and links confirmed by reading a page again */
	enum { COPIES = 10, N = COPIES * 120 };
	struct model m, untouched;
	struct seen s1 = { 0, "" }, s2 = { 0, "" };
	struct ingest_opts o = { .threads = 2, .warn = warn, .ctx = &s1, .no_index = 1 };
	struct given g;
	char *paths[COPIES + 1], dir[] = "/tmp/gisa-stream-XXXXXX", *cmd;
	size_t i, links = 0;

	cr_assert_not_null(mkdtemp(dir));
	for (i = 0; i < COPIES; i++) {
		paths[i] = xasprintf("%s/%zu", dir, i);
		cmd = xasprintf("cp -r '%s/shard' '%s'", FIXTURES, paths[i]);
		cr_assert_eq(system(cmd), 0);
		free(cmd);
	}
	paths[COPIES] = xasprintf("%s/missing-file.txt", FIXTURES);
	model_init(&m);
	cr_assert_eq(ingest_paths(&m, paths, COPIES + 1, &o), 1);
	cr_assert_eq(m.n, N);
	given_init(&g, N);
	o.ctx = &s2;
	o.each = give;
	o.each_ctx = &g;
	model_init(&untouched);
	cr_assert_eq(ingest_paths(&untouched, paths, COPIES + 1, &o), 1);
	cr_assert_eq(untouched.n, 0, "the model stays as it was");
	cr_assert_eq(s2.n, s1.n);
	cr_assert_str_eq(s2.last, s1.last);
	cr_assert_not(g.bad, "given in order, whole, linked to earlier ones");
	cr_assert_eq(g.n, N);
	for (i = 0; i < N; i++) {
		const struct article *a = &m.a[i];

		cr_assert_eq(g.id[i], a->id, "article %zu", i);
		cr_assert_eq(g.near_id[i], a->near >= 0 ? m.a[a->near].id : 0, "link of %zu", i);
		cr_assert_eq(g.npara[i], a->npara);
		cr_assert_eq(g.nfig[i], a->nfig);
		links += a->near >= 0 && i < 120;
	}
	cr_assert_geq(links, 5, "the shard corpus has re-posts of its own");
	/* a non-zero answer stops the load */
	given_again(&g, 100);
	ingest_paths(&untouched, paths, COPIES + 1, &o);
	cr_assert_eq(g.n, 100);
	for (i = 0; i < COPIES + 1; i++)
		free(paths[i]);
	cmd = xasprintf("rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
	free(cmd);
	given_free(&g);
	model_free(&m);
	model_free(&untouched);
}


Test(ingest, a_streamed_load_keeps_the_text_of_a_page_it_cannot_read_again)
{
	/* a re-post whose link the signatures alone do not settle, of a
	 * page read from a FIFO: its text cannot be read again, it is kept */
	struct model m;
	struct seen s = { 0, "" };
	struct ingest_opts o = { .threads = 2, .warn = warn, .ctx = &s, .no_index = 1 };
	struct given g;
	char *path = xasprintf("%s/shard", FIXTURES), dir[] = "/tmp/gisa-fifo-XXXXXX";
	char *paths[2], *fifo;
	size_t i;
	long j = -1;
	pid_t pid;
	int status;

	model_init(&m);
	cr_assert_eq(ingest_paths(&m, &path, 1, &o), 0);
	for (i = 0; i < m.n; i++)
		if (m.a[i].near >= 0
		    && dedup_similarity(m.a[i].minhash, m.a[m.a[i].near].minhash) < DEDUP_SURE_SIMILARITY) {
			j = m.a[i].near;	/* i re-posts j */
			break;
		}
	cr_assert_geq(j, 0, "the shard corpus has a re-post that needs its text checked");
	cr_assert_not_null(mkdtemp(dir));
	fifo = xasprintf("%s/page", dir);
	cr_assert_eq(mkfifo(fifo, 0600), 0);
	pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		struct buf b = BUF_INIT;
		char *err = NULL;
		FILE *f;

		if (source_read(m.a[j].source, &b, &err) != 0 || (f = fopen(fifo, "w")) == NULL)
			_exit(1);
		fwrite(b.s, 1, b.len, f);
		_exit(fclose(f) == 0 ? 0 : 1);
	}
	paths[0] = fifo;
	paths[1] = (char *)m.a[i].source;
	given_init(&g, 2);
	o.each = give;
	o.each_ctx = &g;
	cr_assert_eq(ingest_paths(&m, paths, 2, &o), 0, "%s", s.last);
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	cr_assert_eq(g.n, 2);
	cr_assert_not(g.bad);
	cr_assert_eq(g.id[0], m.a[j].id);
	cr_assert_eq(g.near_id[1], m.a[j].id, "the re-post is linked to the page of the FIFO");
	given_free(&g);
	unlink(fifo);
	rmdir(dir);
	free(fifo);
	free(path);
	model_free(&m);
}
