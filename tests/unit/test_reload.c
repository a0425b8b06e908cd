/* test_reload.c — jsonl exports loaded back: byte-identical round trips,
 * bad lines reported and skipped, mentions found again. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/export.h"
#include "core/ingest.h"
#include "core/json.h"
#include "core/mention.h"
#include "core/reload.h"
#include "given.h"

static void
ignore_warning(void *ctx, const char *path, const char *reason)
{
	(void)ctx;
	(void)path;
	(void)reason;
}

static void
sample_corpus(struct model *m)
{
	char *path = xasprintf("%s/../../data/sample", FIXTURES);
	struct ingest_opts io = { 1, ignore_warning, NULL, NULL, NULL, NULL, 0, NULL, NULL, 0, NULL, NULL };

	model_init(m);
	cr_assert_eq(ingest_paths(m, &path, 1, &io), 0);
	cr_assert_gt(m->n, 5);
	free(path);
}

/* The whole export of m in format fmt, in memory. */
static char *
export_mem(const struct model *m, enum export_format fmt, size_t *len)
{
	size_t *sel = xmalloc((m->n ? m->n : 1) * sizeof(*sel)), i;
	char *s = NULL;
	FILE *f = open_memstream(&s, len);

	for (i = 0; i < m->n; i++)
		sel[i] = i;
	cr_assert_not_null(f);
	cr_assert_eq(export_write(f, m, sel, m->n, fmt), 0);
	fclose(f);
	free(sel);
	return s;
}

static char *
write_temp(const char *name, const char *text, size_t len, char **dir)
{
	char *d = xstrdup("/tmp/gisa-reload-XXXXXX"), *path;
	FILE *f;

	cr_assert_not_null(mkdtemp(d));
	path = xasprintf("%s/%s", d, name);
	f = fopen(path, "wb");
	cr_assert_not_null(f);
	cr_assert_eq(fwrite(text, 1, len, f), len);
	fclose(f);
	*dir = d;
	return path;
}

static void
remove_dir(char *dir)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);

	cr_assert_eq(system(cmd), 0);
	free(cmd);
	free(dir);
}

struct seen {
	size_t n;
	char last[512];
};

static void
note_warning(void *ctx, const char *path, const char *reason)
{
	struct seen *s = ctx;

	s->n++;
	snprintf(s->last, sizeof(s->last), "%s: %s", path, reason);
}

Test(reload, jsonl_round_trip_is_byte_identical)
{
	struct model m, back;
	struct ingest_opts io = { 1, ignore_warning, NULL, NULL, NULL, NULL, 0, NULL, NULL, 0, NULL, NULL };
	char *first, *second, *json1, *json2, *dir, *path;
	size_t len1, len2, jl1, jl2, i;

	sample_corpus(&m);
	first = export_mem(&m, EXPORT_JSONL, &len1);
	path = write_temp("corpus.jsonl", first, len1, &dir);
	cr_assert(export_is_jsonl(path));
	model_init(&back);
	cr_assert_eq(reload_paths(&back, &path, 1, &io), 0);
	cr_assert_eq(back.n, m.n);
	second = export_mem(&back, EXPORT_JSONL, &len2);
	cr_assert_eq(len1, len2);
	cr_assert(memcmp(first, second, len1) == 0, "jsonl → load → jsonl changed the bytes");
	/* the corpus-wide indexes come back the same too */
	json1 = export_mem(&m, EXPORT_JSON, &jl1);
	json2 = export_mem(&back, EXPORT_JSON, &jl2);
	cr_assert_eq(jl1, jl2);
	cr_assert(memcmp(json1, json2, jl1) == 0);
	cr_assert_eq(back.npeople, m.npeople);
	cr_assert_eq(back.nfigures, m.nfigures);
	for (i = 0; i < m.n; i++)
		cr_assert_eq(back.a[i].near, m.a[i].near, "re-post link of article %zu", i);
	free(first);
	free(second);
	free(json1);
	free(json2);
	free(path);
	remove_dir(dir);
	model_free(&back);
	model_free(&m);
}

/* An article comes back without its mention spans, and they are found
 * again in its text when asked for. */
Test(reload, mentions_are_found_again)
{
	struct model m, back;
	struct ingest_opts io = { 1, ignore_warning, NULL, NULL, NULL, NULL, 0, NULL, NULL, 0, NULL, NULL };
	struct mention_finder *mf = mention_finder_new();
	char *text, *dir, *path;
	size_t len, i, k, persons = 0, figures = 0;

	sample_corpus(&m);
	text = export_mem(&m, EXPORT_JSONL, &len);
	path = write_temp("c.jsonl", text, len, &dir);
	model_init(&back);
	cr_assert_eq(reload_paths(&back, &path, 1, &io), 0);
	for (i = 0; i < back.n; i++) {
		const struct article *a = &back.a[i];
		const struct art_mention *men;
		size_t nmen;

		cr_assert_null(a->mention, "not exported, not found before it is needed");
		men = article_mentions(a, mf, &nmen);
		for (k = 0; k < nmen; k++) {
			const struct art_mention *mn = &men[k];
			const char *t = mn->at.para == SPAN_TITLE ? a->title : a->para[mn->at.para];
			const char *want = mn->type == MENTION_PERSON ? a->people[mn->what].name
			    : a->fig[mn->what].text;

			cr_assert(strncmp(t + mn->at.off, want, mn->at.len) == 0);
			cr_assert_eq(strlen(want), mn->at.len);
			if (k > 0)
				cr_assert(men[k - 1].at.para < mn->at.para
				    || (men[k - 1].at.para == mn->at.para
				    && men[k - 1].at.off + men[k - 1].at.len <= mn->at.off),
				    "sorted, not overlapping");
			persons += mn->type == MENTION_PERSON;
			figures += mn->type == MENTION_FIGURE;
		}
	}
	cr_assert_gt(persons, 10);
	cr_assert_gt(figures, 10);
	mention_finder_free(mf);
	free(text);
	free(path);
	remove_dir(dir);
	model_free(&back);
	model_free(&m);
}

Test(reload, bad_lines_are_reported_and_skipped)
{
	struct model m, back;
	struct buf b = BUF_INIT;
	struct seen seen = { 0, "" };
	char *text, *dir, *path, *err = NULL, *nl;
	size_t len;
	long bad;

	sample_corpus(&m);
	text = export_mem(&m, EXPORT_JSONL, &len);
	nl = strchr(text, '\n');
	buf_add(&b, text, (size_t)(nl - text + 1));	/* line 1: good */
	buf_adds(&b, "{\"id\":\"nothex\"}\n");		/* line 2: not an article */
	buf_adds(&b, "\n");					/* line 3: blank, fine */
	{
		/* line 4: a NUL in a string (no C string holds it) */
		char *at = strstr(text, "\"encoding\":\"");

		cr_assert(at != NULL && at < nl);
		at += strlen("\"encoding\":\"");
		buf_add(&b, text, (size_t)(at - text));
		buf_adds(&b, "\\u0000");
		buf_add(&b, at, (size_t)(nl - at + 1));
	}
	buf_adds(&b, "{\"id\": tru}\n");			/* line 5: not JSON */
	buf_add(&b, nl + 1, len - (size_t)(nl + 1 - text));	/* the rest: good */
	path = write_temp("c.jsonl", b.s, b.len, &dir);
	model_init(&back);
	bad = export_read_jsonl(&back, path, note_warning, &seen, &err);
	cr_assert_eq(bad, 3);
	cr_assert_eq(seen.n, 3);
	cr_assert_eq(back.n, m.n, "every good line loaded");
	{
		char *want = xasprintf("%s:5: column 8: ", path);

		cr_assert(strncmp(seen.last, want, strlen(want)) == 0, "%s", seen.last);
		free(want);
	}
	model_build_index(&back);
	cr_assert_eq(back.npeople, m.npeople);
	free(path);
	path = xasprintf("%s/missing.jsonl", dir);
	cr_assert_eq(export_read_jsonl(&back, path, note_warning, &seen, &err), -1);
	cr_assert(strstr(err, "missing.jsonl") != NULL);
	free(err);
	free(path);
	free(text);
	buf_free(&b);
	remove_dir(dir);
	model_free(&back);
	model_free(&m);
}

Test(reload, what_counts_as_a_jsonl_export)
{
	char *dir, *path, *other;

	path = write_temp("a.jsonl", "\n  {\"id\":1}\n", 12, &dir);
	cr_assert(export_is_jsonl(path));
	other = xasprintf("%s/b.jsonl", dir);
	rename(path, other);
	cr_assert(!export_is_jsonl(path), "missing");
	free(path);
	path = xasprintf("%s/b.txt", dir);
	rename(other, path);
	cr_assert(!export_is_jsonl(path), "wrong extension");
	free(path);
	free(other);
	remove_dir(dir);
	path = write_temp("a.jsonl", "[1]\n", 4, &dir);
	cr_assert(!export_is_jsonl(path), "not an object");
	free(path);
	remove_dir(dir);
}

/* The json document read back with the parser holds the model. */
Test(reload, json_document_through_the_parser)
{
	struct model m;
	struct json_error e;
	struct json *j;
	const struct json *arts;
	char *text, hex[17];
	size_t len, i, k;

	sample_corpus(&m);
	text = export_mem(&m, EXPORT_JSON, &len);
	j = json_parse(text, len, &e);
	cr_assert_not_null(j, "%zu:%zu: %s", e.line, e.column, e.msg);
	arts = json_get(j, "articles");
	cr_assert_eq(arts->n, m.n);
	for (i = 0; i < m.n; i++) {
		const struct json *a = &arts->item[i], *p = json_get(a, "paragraphs");

		model_id_hex(m.a[i].id, hex);
		cr_assert_str_eq(json_get(a, "id")->str, hex);
		cr_assert_eq(p->n, m.a[i].npara);
		for (k = 0; k < p->n; k++)
			cr_assert_str_eq(p->item[k].str, m.a[i].para[k]);
		cr_assert_eq(json_get(a, "people")->n, m.a[i].npeople);
		cr_assert_eq(json_get(a, "figures")->n, m.a[i].nfig);
		for (k = 0; k < m.a[i].nfig; k++) {
			const struct json *f = &json_get(a, "figures")->item[k];

			cr_assert_str_eq(json_get(f, "text")->str, m.a[i].fig[k].text);
		}
	}
	cr_assert_eq(json_get(j, "people")->n, m.npeople);
	cr_assert_eq(json_get(j, "figures")->n, m.nfigures);
	json_free(j);
	free(text);
	model_free(&m);
}

/* The jsonl of m's articles [from, to), in memory. */
static char *
export_range(const struct model *m, size_t from, size_t to, size_t *len)
{
	size_t *sel = xmalloc((to > from ? to - from : 1) * sizeof(*sel)), i;
	char *s = NULL;
	FILE *f = open_memstream(&s, len);

	for (i = from; i < to; i++)
		sel[i - from] = i;
	cr_assert_not_null(f);
	cr_assert_eq(export_write(f, m, sel, to - from, EXPORT_JSONL), 0);
	fclose(f);
	free(sel);
	return s;
}

Test(reload, shards_merged_equal_the_whole_corpus)
{
	struct model m, back;
	struct ingest_opts io = { 1, ignore_warning, NULL, NULL, NULL, NULL, 0, NULL, NULL, 0, NULL, NULL };
	char *path = xasprintf("%s/shard", FIXTURES), *whole, *merged, *part[3], *paths[3], *dirs[3];
	char *json1, *json2, name[16];
	size_t len, mlen, plen, jl1, jl2, third, i, crossing = 0;

	model_init(&m);
	cr_assert_eq(ingest_paths(&m, &path, 1, &io), 0);
	cr_assert_eq(m.n, 120);
	third = m.n / 3;
	whole = export_mem(&m, EXPORT_JSONL, &len);
	/* the last shard first: the merge restores the order of the sources */
	for (i = 0; i < 3; i++) {
		part[i] = export_range(&m, (2 - i) * third, (3 - i) * third, &plen);
		snprintf(name, sizeof(name), "%zu.jsonl", i);
		paths[i] = write_temp(name, part[i], plen, &dirs[i]);
	}
	model_init(&back);
	cr_assert_eq(reload_paths(&back, paths, 3, &io), 0);
	cr_assert_eq(back.n, m.n);
	merged = export_mem(&back, EXPORT_JSONL, &mlen);
	cr_assert_eq(mlen, len);
	cr_assert(memcmp(whole, merged, len) == 0, "the merged shards differ from the whole corpus");
	json1 = export_mem(&m, EXPORT_JSON, &jl1);
	json2 = export_mem(&back, EXPORT_JSON, &jl2);
	cr_assert_eq(jl1, jl2);
	cr_assert(memcmp(json1, json2, jl1) == 0, "the corpus indexes of the merge differ");
	for (i = 0; i < m.n; i++) {
		cr_assert_eq(back.a[i].near, m.a[i].near, "re-post link of article %zu", i);
		crossing += m.a[i].near >= 0 && (size_t)m.a[i].near / third != i / third;
	}
	cr_assert_geq(crossing, 3, "the fixture must have re-posts across the shards");
	for (i = 0; i < 3; i++) {
		free(part[i]);
		free(paths[i]);
		remove_dir(dirs[i]);
	}
	free(whole);
	free(merged);
	free(json1);
	free(json2);
	free(path);
	model_free(&back);
	model_free(&m);
}

/* line with its "source" value replaced by src */
static char *
with_source(const char *line, size_t n, const char *src)
{
	const char *k = strstr(line, "\"source\":\""), *v, *e;

	cr_assert_not_null(k);
	v = k + strlen("\"source\":\"");
	e = strchr(v, '"');
	cr_assert(e != NULL && e < line + n);
	return xasprintf("%.*s%s%.*s", (int)(v - line), line, src, (int)(line + n - e), e);
}

Test(reload, shards_merge_in_the_order_of_a_folder_walk)
{
	struct model m, back;
	struct ingest_opts io = { 1, ignore_warning, NULL, NULL, NULL, NULL, 0, NULL, NULL, 0, NULL, NULL };
	char *all, *nl, *lines[2], *paths[2], *dirs[2];
	size_t len, i;

	sample_corpus(&m);
	all = export_mem(&m, EXPORT_JSONL, &len);
	nl = strchr(all, '\n');
	cr_assert_not_null(nl);
	/* a folder d holding a file a.txt and a folder a: a walk reads
	 * d/a/x.txt first ("a" sorts before "a.txt"), though '.' < '/' */
	lines[0] = with_source(all, (size_t)(nl + 1 - all), "d/a.txt");
	lines[1] = with_source(nl + 1, strlen(nl + 1), "d/a/x.txt");
	*strchr(lines[1], '\n') = '\0';
	paths[0] = write_temp("1.jsonl", lines[0], strlen(lines[0]), &dirs[0]);
	paths[1] = write_temp("2.jsonl", lines[1], strlen(lines[1]), &dirs[1]);
	model_init(&back);
	cr_assert_eq(reload_paths(&back, paths, 2, &io), 0);
	cr_assert_eq(back.n, 2);
	cr_assert_str_eq(back.a[0].source, "d/a/x.txt");
	cr_assert_str_eq(back.a[1].source, "d/a.txt");
	for (i = 0; i < 2; i++) {
		free(lines[i]);
		free(paths[i]);
		remove_dir(dirs[i]);
	}
	free(all);
	model_free(&back);
	model_free(&m);
}

/* line 1 of text with every "title":"... replaced by "title":"INJECT... */
static char *
with_title_prefix(const char *text, const char *inject)
{
	const char *nl = strchr(text, '\n'), *at = strstr(text, "\"title\":\"");
	struct buf b = BUF_INIT;

	cr_assert(at != NULL && at < nl);
	at += strlen("\"title\":\"");
	buf_add(&b, text, (size_t)(at - text));
	buf_adds(&b, inject);
	buf_add(&b, at, (size_t)(nl + 1 - at));
	return buf_detach(&b, NULL);
}

Test(reload, strings_are_sanitised_like_pages)
{
	struct model m, back;
	char *text, *line, *dir, *path, *err = NULL;
	const unsigned char *p;
	size_t len;

	sample_corpus(&m);
	text = export_mem(&m, EXPORT_JSONL, &len);
	line = with_title_prefix(text,
	    "\\u001b]0;pwned\\u0007A\\u009b2JB\\u202eC\\r\\bD\\u001b[31mE");
	path = write_temp("s.jsonl", line, strlen(line), &dir);
	model_init(&back);
	cr_assert_eq(export_read_jsonl(&back, path, ignore_warning, NULL, &err), 0);
	cr_assert_eq(back.n, 1);
	cr_assert(strncmp(back.a[0].title, "AB", 2) == 0, "%s", back.a[0].title);
	for (p = (const unsigned char *)back.a[0].title; *p != '\0'; p++) {
		cr_assert(*p >= 0x20 && *p != 0x7F, "control byte %02x in the title", *p);
		cr_assert(!(p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F), "C1 control");
		cr_assert(!(p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0xAE), "U+202E");
	}
	cr_assert(strstr(back.a[0].title, "C D") != NULL, "%s", back.a[0].title);
	free(line);
	free(text);
	free(path);
	remove_dir(dir);
	model_free(&back);
	model_free(&m);
}

Test(reload, an_empty_article_loads)
{
	static const char line[] = "{\"id\":\"0123456789abcdef\",\"source\":\"x\",\"encoding\":\"UTF-8\","
	    "\"title\":null,\"outlet\":null,\"date\":null,\"reporters\":[],\"paragraphs\":[],"
	    "\"captions\":[],\"people\":[],\"figures\":[],\"duplicates_removed\":0,"
	    "\"near_duplicate_of\":null}\n";
	struct model back;
	struct seen seen = { 0, "" };
	char *dir, *path, *err = NULL;

	path = write_temp("e.jsonl", line, sizeof(line) - 1, &dir);
	model_init(&back);
	cr_assert_eq(export_read_jsonl(&back, path, note_warning, &seen, &err), 0, "%s", seen.last);
	cr_assert_eq(back.n, 1);
	cr_assert_eq(back.a[0].nmention, 0);
	{
		/* no mention to sort: no qsort(NULL, 0) (UBSan would end the run) */
		struct mention_finder *mf = mention_finder_new();
		size_t nmen = 1;

		article_mentions(&back.a[0], mf, &nmen);
		cr_assert_eq(nmen, 0);
		mention_finder_free(mf);
	}
	free(path);
	remove_dir(dir);
	model_free(&back);
}

Test(reload, quotes_come_back_and_bad_ones_are_reported)
{
	struct model m, back;
	struct seen seen = { 0, "" };
	char *text, *dir, *path, *err = NULL;
	size_t len, i, nq = 0, nq_back = 0;
	const char *good = "{\"id\":\"00000000000000aa\",\"source\":\"x\",\"encoding\":\"UTF-8\",\"title\":null,"
	    "\"outlet\":null,\"date\":null,\"reporters\":[],\"paragraphs\":[\"배경훈 장관은 “거품은 없다”고 말했다.\"],"
	    "\"captions\":[],\"duplicates_removed\":0,\"near_duplicate_of\":null,"
	    "\"people\":[{\"name\":\"배경훈\",\"titles\":[\"장관\"],\"org\":null,\"mentions\":1}],\"figures\":[],"
	    "\"quotes\":[{\"speaker\":\"배경훈\",\"text\":\"거품은 없다\",\"paragraph\":0}]}\n";
	struct buf b = BUF_INIT;

	sample_corpus(&m);
	for (i = 0; i < m.n; i++)
		nq += m.a[i].nquote;
	cr_assert_gt(nq, 0, "the sample corpus quotes someone");
	text = export_mem(&m, EXPORT_JSONL, &len);
	buf_add(&b, text, len);
	buf_adds(&b, good);
	/* a speaker who is not a person of the article, a text not in its
	 * paragraph, a paragraph out of range */
	{
		char *bad1 = xstrdup(good), *bad2 = xstrdup(good), *bad3 = xstrdup(good);

		memcpy(strstr(bad1, "\"speaker\":\"배경훈") + 11, "김", 3);
		memcpy(strstr(bad2, "\"text\":\"거품") + 8, "XYZ", 3);
		*(strstr(bad3, "\"paragraph\":0") + 12) = '7';
		buf_adds(&b, bad1);
		buf_adds(&b, bad2);
		buf_adds(&b, bad3);
		free(bad1);
		free(bad2);
		free(bad3);
	}
	path = write_temp("q.jsonl", b.s, b.len, &dir);
	model_init(&back);
	cr_assert_eq(export_read_jsonl(&back, path, note_warning, &seen, &err), 3);
	cr_assert(strstr(seen.last, "paragraph") != NULL, "%s", seen.last);
	cr_assert_eq(back.n, m.n + 1);
	for (i = 0; i < back.n; i++)
		nq_back += back.a[i].nquote;
	cr_assert_eq(nq_back, nq + 1);
	{
		const struct article *a = &back.a[back.n - 1];
		const struct art_quote *q = &a->quote[0];

		cr_assert_eq(q->speaker, 0);
		cr_assert(strncmp(a->para[0] + q->at.off, "거품은 없다", q->at.len) == 0);
	}
	free(path);
	free(text);
	buf_free(&b);
	remove_dir(dir);
	model_free(&back);
	model_free(&m);
}

/* An empty file (or one of blank lines) loads nothing and says nothing
 * (reading it through the line buffer touches no buffer that is not
 * there: the fuzzer's empty input under UBSan). */
Test(reload, an_empty_file_loads_nothing)
{
	static const char *const texts[] = { "", "\n\n  \n" };
	struct model back;
	size_t k;

	for (k = 0; k < 2; k++) {
		struct seen seen = { 0, "" };
		char *dir, *path, *err = NULL;

		path = write_temp("e.jsonl", texts[k], strlen(texts[k]), &dir);
		model_init(&back);
		cr_assert_eq(export_read_jsonl(&back, path, note_warning, &seen, &err), 0, "%s", seen.last);
		cr_assert_eq(back.n, 0);
		cr_assert_eq(seen.n, 0);
		free(path);
		remove_dir(dir);
		model_free(&back);
	}
}

Test(reload, a_streamed_reopen_gives_what_a_reopen_keeps)
{
	/* the shard corpus's export six times over (blocks enough for
	 * both sets of arenas to be reused), with a bad line and a blank
	 * one in the middle */
	struct model m, back, untouched;
	struct seen s1 = { 0, "" }, s2 = { 0, "" };
	struct ingest_opts o = { .threads = 2, .warn = note_warning, .ctx = &s1, .no_index = 1 };
	struct buf b = BUF_INIT;
	struct given g;
	char *shard = xasprintf("%s/shard", FIXTURES), *text, *dir, *path;
	size_t len, i, k, links = 0;

	model_init(&m);
	cr_assert_eq(ingest_paths(&m, &shard, 1, &o), 0);
	text = export_mem(&m, EXPORT_JSONL, &len);
	for (k = 0; k < 6; k++) {
		buf_add(&b, text, len);
		if (k == 2)
			buf_adds(&b, "{\"id\": tru}\n\n");
	}
	cr_assert_gt(b.len, (size_t)5 << 20);
	path = write_temp("six.jsonl", b.s, b.len, &dir);
	model_init(&back);
	cr_assert_eq(reload_paths(&back, &path, 1, &o), 1, "the bad line: %s", s1.last);
	cr_assert_eq(back.n, 6 * m.n);
	given_init(&g, back.n);
	o.ctx = &s2;
	o.each = give;
	o.each_ctx = &g;
	model_init(&untouched);
	cr_assert_eq(reload_paths(&untouched, &path, 1, &o), 1);
	cr_assert_eq(untouched.n, 0, "the model stays as it was");
	cr_assert_eq(s2.n, s1.n);
	cr_assert_str_eq(s2.last, s1.last);
	cr_assert_not(g.bad, "given in order, whole, linked to earlier ones");
	cr_assert_eq(g.n, back.n);
	for (i = 0; i < back.n; i++) {
		const struct article *a = &back.a[i];

		cr_assert_eq(g.id[i], a->id, "article %zu", i);
		cr_assert_eq(g.near_id[i], a->near >= 0 ? back.a[a->near].id : 0, "link of %zu", i);
		cr_assert_eq(g.npara[i], a->npara);
		cr_assert_eq(g.npeople[i], a->npeople);
		links += a->near >= 0;
	}
	cr_assert_geq(links, 5);
	/* a non-zero answer stops it */
	given_again(&g, 50);
	reload_paths(&untouched, &path, 1, &o);
	cr_assert_eq(g.n, 50, "given no more once told to stop");
	given_free(&g);
	free(path);
	free(shard);
	free(text);
	buf_free(&b);
	remove_dir(dir);
	model_free(&m);
	model_free(&back);
	model_free(&untouched);
}
