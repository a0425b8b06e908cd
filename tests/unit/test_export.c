/* test_export.c — every format read back, escaping, safe writing. */
#include <criterion/criterion.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/export.h"
#include "core/ingest.h"
#include "core/source.h"

Test(export, json_string_escapes)
{
	struct buf b = BUF_INIT;

	export_json_string(&b, "a\"b\\c\nd\te\x01 한글");
	cr_assert_str_eq(b.s, "\"a\\\"b\\\\c\\nd\\te\\u0001 한글\"");
	buf_reset(&b);
	export_json_string(&b, NULL);
	cr_assert_str_eq(b.s, "null");
	/* syllables next to escapes, and a syllable cut short at the end (read
	 * no further than its NUL: ASan) */
	buf_reset(&b);
	export_json_string(&b, "가\"나\\다\x7f라");
	cr_assert_str_eq(b.s, "\"가\\\"나\\\\다\\u007f라\"");
	buf_reset(&b);
	export_json_string(&b, "한\xED");
	cr_assert_eq(strncmp(b.s, "\"한", strlen("\"한")), 0, "%s", b.s);
	buf_reset(&b);
	export_json_string(&b, "\xEA\xB0");
	cr_assert_eq(b.s[0], '"');
	buf_free(&b);
}

Test(export, paragraphs_apart_or_back_to_back_are_written_alike)
{
	/* paragraphs back to back (model_body_span: lengths known from
	 * where the next begins) and apart (measured), and none at all */
	static const char body[] = "첫 문단 \"인용\"\0둘째 문단 …\0셋";
	static const char gaps[] = "첫 문단 \"인용\"\0-둘째 문단 …\0-셋";	/* a byte between */
	const char *joint[3] = { body, body + strlen(body) + 1, NULL };
	const char *apart[3] = { gaps, gaps + strlen(gaps) + 2, NULL };
	const char *want = "\"paragraphs\":[\"첫 문단 \\\"인용\\\"\",\"둘째 문단 …\",\"셋\"]";
	struct article a[3];
	struct model m;
	struct buf b = BUF_INIT;
	size_t k;

	joint[2] = joint[1] + strlen(joint[1]) + 1;
	apart[2] = apart[1] + strlen(apart[1]) + 2;
	memset(a, 0, sizeof(a));
	for (k = 0; k < 3; k++) {
		a[k].source = "x";
		a[k].encoding = "UTF-8";
		a[k].near = -1;
	}
	a[0].para = joint;
	a[0].npara = 3;
	model_body_span(&a[0]);
	cr_assert_gt(a[0].body_len, 0);
	a[1].para = apart;
	a[1].npara = 3;
	model_body_span(&a[1]);
	cr_assert_eq(a[1].body_len, 0);
	a[2].para = apart;	/* none */
	model_init(&m);
	m.a = a;
	m.n = 3;
	for (k = 0; k < 3; k++) {
		buf_reset(&b);
		export_json_article(&b, &m, k);
		cr_assert(strstr(b.s, k < 2 ? want : "\"paragraphs\":[]") != NULL, "article %zu: %s", k, b.s);
	}
	buf_free(&b);
}

static void
one_article(struct model *m)
{
	static const char page[] = "[이데일리 김아름 기자] 정부는 23일 인공지능 반도체 산업을 키우기 위해 내년 예산을 크게 늘리겠다고 밝혔다. "
	    "과학기술정보통신부는 이날 서울에서 열린 간담회에서 기업들의 의견을 들었다고 설명했다. "
	    "유상임 과학기술정보통신부 장관은 GPU 3만장을 확보하겠다고 말했다. 유 장관은 AI 예산도 9조9000억원을 확보했다고 말했다.\n";
	char *err = NULL, *warn = NULL;

	model_init(m);
	m->arenas = xcalloc(1, sizeof(*m->arenas));
	m->narenas = 1;
	m->a = xgrow(m->a, &m->cap, 1, sizeof(*m->a));
	cr_assert_eq(ingest_document("dir/page.txt", page, sizeof(page) - 1, &m->arenas[0], &m->a[0], &err, &warn), 0);
	m->n = 1;
	model_build_index(m);
}

Test(export, jsonl_has_every_contract_field)
{
	struct model m;
	struct buf b = BUF_INIT;
	const char *fields[] = { "\"id\":\"", "\"source\":\"dir/page.txt\"", "\"encoding\":\"UTF-8\"",
		"\"title\":", "\"outlet\":\"이데일리\"", "\"date\":null", "\"reporters\":[{\"name\":\"김아름\",\"email\":null}]",
		"\"paragraphs\":[", "\"captions\":[]", "\"duplicates_removed\":0", "\"near_duplicate_of\":null",
		"\"people\":[{\"name\":\"유상임\",\"titles\":[\"장관\"],\"org\":\"과학기술정보통신부\",\"mentions\":2},"
		"{\"name\":\"김아름\",\"titles\":[\"기자\"],\"org\":\"이데일리\",\"mentions\":1}]",
		"\"figures\":[{\"text\":\"23일\",\"value\":23,\"unit\":\"일\",\"kind\":\"date\",\"subject\":null,\"paragraph\":0},",
		"{\"text\":\"3만장\",\"value\":30000,\"unit\":\"장\",\"kind\":\"count\",\"subject\":\"GPU\",\"paragraph\":0}",
		"{\"text\":\"9조9000억원\",\"value\":9900000000000,\"unit\":\"원\",\"kind\":\"money\",\"subject\":\"AI 예산\",\"paragraph\":0}",
		NULL };
	size_t i;

	one_article(&m);
	export_json_article(&b, &m, 0);
	for (i = 0; fields[i] != NULL; i++)
		cr_assert(strstr(b.s, fields[i]) != NULL, "missing %s in %s", fields[i], b.s);
	cr_assert_eq(b.s[0], '{');
	cr_assert_eq(b.s[b.len - 1], '}');
	buf_free(&b);
	model_free(&m);
}

static char *
slurp(const char *path)
{
	struct buf b = BUF_INIT;
	FILE *f = fopen(path, "r");
	char tmp[4096];
	size_t n;

	cr_assert_not_null(f, "%s", path);
	while ((n = fread(tmp, 1, sizeof(tmp), f)) > 0)
		buf_add(&b, tmp, n);
	fclose(f);
	return buf_detach(&b, NULL);
}

Test(export, file_written_atomically_and_never_clobbered)
{
	struct model m;
	char dir[] = "/tmp/gisa-exp-XXXXXX", *path, *err = NULL, *text, *cmd;
	size_t sel[1] = { 0 };

	one_article(&m);
	cr_assert_not_null(mkdtemp(dir));
	path = xasprintf("%s/out.json", dir);
	cr_assert_eq(export_to_path(path, 0, &m, sel, 1, EXPORT_JSON, &err), 0, "%s", err);
	text = slurp(path);
	cr_assert(strncmp(text, "{\"articles\":[", 13) == 0);
	cr_assert(strstr(text, "\"people\":[") != NULL);
	cr_assert(strstr(text, "\n],\"figures\":[\n{\"value\":23,\"unit\":\"일\",\"kind\":\"date\",\"texts\":[\"23일\"],\"articles\":[\"") != NULL, "%s", text);
	cr_assert(strstr(text, "{\"name\":\"유상임\",\"titles\":[\"장관\"],\"org\":\"과학기술정보통신부\",\"articles\":[\"") != NULL);
	free(text);
	/* an existing file stays as it was without force */
	cr_assert_eq(export_to_path(path, 0, &m, sel, 1, EXPORT_TXT, &err), -1);
	cr_assert(strstr(err, "exists") != NULL);
	free(err);
	text = slurp(path);
	cr_assert_eq(text[0], '{');
	free(text);
	cr_assert_eq(export_to_path(path, 1, &m, sel, 1, EXPORT_TXT, &err), 0);
	text = slurp(path);
	cr_assert_neq(text[0], '{');
	free(text);
	/* a directory, and a missing directory, fail cleanly */
	cr_assert_eq(export_to_path(dir, 1, &m, sel, 1, EXPORT_JSON, &err), -1);
	free(err);
	free(path);
	path = xasprintf("%s/no/such/dir/x.json", dir);
	cr_assert_eq(export_to_path(path, 0, &m, sel, 1, EXPORT_JSON, &err), -1);
	cr_assert(strstr(err, "No such file") != NULL, "%s", err);
	free(err);
	free(path);
	cmd = xasprintf("test $(ls -A '%s' | wc -l) -eq 1 && rm -rf '%s'", dir, dir);
	cr_assert_eq(system(cmd), 0, "no temporary file left behind");
	free(cmd);
	model_free(&m);
}

Test(export, full_disk_leaves_no_partial_file)
{
	struct model m;
	char *err = NULL;
	size_t sel[1] = { 0 };
	struct stat st;

	if (stat("/dev/full", &st) != 0)
		cr_skip_test("no /dev/full");
	one_article(&m);
	/* writing to /dev/full fails with ENOSPC: the error is reported */
	{
		FILE *f = fopen("/dev/full", "w");

		cr_assert_not_null(f);
		cr_assert_eq(export_write(f, &m, sel, 1, EXPORT_JSONL), -1);
		fclose(f);
	}
	(void)err;
	model_free(&m);
}

Test(export, absurd_numbers_stay_valid_json)
{
	/* found by tests/fuzz: a 90-digit "figure" once overflowed a cast */
	struct model m;
	struct buf b = BUF_INIT, bytes = BUF_INIT;
	char *err = NULL, *warn = NULL, *path = xasprintf("%s/fuzz/huge-number.txt", FIXTURES);

	cr_assert_eq(source_read(path, &bytes, &err), 0);
	model_init(&m);
	m.arenas = xcalloc(1, sizeof(*m.arenas));
	m.narenas = 1;
	m.a = xcalloc(1, sizeof(*m.a));
	m.cap = 1;
	cr_assert_eq(ingest_document(path, bytes.s, bytes.len, &m.arenas[0], &m.a[0], &err, &warn), 0);
	m.n = 1;
	model_build_index(&m);
	export_json_article(&b, &m, 0);
	cr_assert_null(strstr(b.s, "inf"));
	cr_assert_null(strstr(b.s, "nan"));
	buf_free(&b);
	buf_free(&bytes);
	free(warn);
	free(path);
	model_free(&m);
}

/* ---- every format, on the bundled sample corpus ---- */

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

static size_t *
all_of(const struct model *m)
{
	size_t *sel = xmalloc((m->n ? m->n : 1) * sizeof(*sel)), i;

	for (i = 0; i < m->n; i++)
		sel[i] = i;
	return sel;
}

/* The bytes of path, the file a test wrote in dir; dir is removed. */
static char *
take_file(const char *dir, char *path, size_t *len)
{
	struct buf b = BUF_INIT;
	char tmp[4096], *text, *cmd;
	FILE *f = fopen(path, "rb");
	size_t k;

	cr_assert_not_null(f);
	while ((k = fread(tmp, 1, sizeof(tmp), f)) > 0)
		buf_add(&b, tmp, k);
	fclose(f);
	text = buf_detach(&b, len);
	cmd = xasprintf("rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
	free(cmd);
	free(path);
	return text;
}

static char *
export_string(const struct model *m, const size_t *sel, size_t n,
	      const struct export_opts *o, size_t *len)
{
	char dir[] = "/tmp/gisa-exp-XXXXXX", *path, *err = NULL;

	cr_assert_not_null(mkdtemp(dir));
	path = xasprintf("%s/out", dir);
	cr_assert_eq(export_save(path, 0, m, sel, n, o, &err), EXPORT_OK, "%s", err);
	return take_file(dir, path, len);
}

/* A tiny RFC 4180 reader: rows of fields, CRLF line ends required. */
struct csv {
	struct strv *rows;
	size_t n;
};

static void
csv_parse(const char *s, size_t len, struct csv *out)
{
	const char *end = s + len;
	struct buf field = BUF_INIT;
	struct strv row = STRV_INIT;

	out->rows = NULL;
	out->n = 0;
	while (s < end) {
		buf_reset(&field);
		if (*s == '"') {
			for (s++;; s++) {
				cr_assert_lt(s, end, "unterminated quoted field");
				if (*s == '"') {
					if (s + 1 < end && s[1] == '"') {
						buf_addc(&field, '"');
						s++;
						continue;
					}
					s++;
					break;
				}
				buf_addc(&field, *s);
			}
		} else {
			while (s < end && *s != ',' && *s != '\r' && *s != '\n') {
				cr_assert_neq(*s, '"', "a bare quote in an unquoted field");
				buf_addc(&field, *s++);
			}
		}
		strv_add(&row, field.s != NULL ? field.s : "", field.len);
		cr_assert_lt(s, end, "the last row must end with CRLF");
		if (*s == ',') {
			s++;
			continue;
		}
		cr_assert(s + 1 < end && s[0] == '\r' && s[1] == '\n', "rows end with CRLF");
		s += 2;
		out->rows = xrealloc(out->rows, (out->n + 1) * sizeof(*out->rows));
		out->rows[out->n++] = row;
		memset(&row, 0, sizeof(row));
	}
	buf_free(&field);
}

static void
csv_free(struct csv *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		strv_free(&c->rows[i]);
	free(c->rows);
}

static void
assert_field(const struct strv *row, size_t k, const char *want)
{
	cr_assert_lt(k, row->n);
	cr_assert_str_eq(row->v[k], want != NULL ? want : "");
}

Test(export, csv_people_round_trip)
{
	struct model m;
	struct export_opts o = { EXPORT_CSV, 1, CSV_PEOPLE, NULL, NULL };
	size_t *sel, len, i, k, t, r = 1;
	char *text, hex[17];
	struct csv c;
	struct buf titles = BUF_INIT;

	sample_corpus(&m);
	sel = all_of(&m);
	text = export_string(&m, sel, m.n, &o, &len);
	cr_assert(memcmp(text, "\xef\xbb\xbfid,date,outlet,title,name,titles,org,mentions\r\n", 50) == 0);
	csv_parse(text + 3, len - 3, &c);
	for (i = 0; i < m.n; i++) {
		const struct article *a = &m.a[i];

		model_id_hex(a->id, hex);
		for (k = 0; k < a->npeople; k++, r++) {
			const struct art_person *p = &a->people[k];

			cr_assert_lt(r, c.n);
			cr_assert_eq(c.rows[r].n, 8);
			assert_field(&c.rows[r], 0, hex);
			assert_field(&c.rows[r], 1, a->date);
			assert_field(&c.rows[r], 2, a->outlet);
			assert_field(&c.rows[r], 3, a->title);
			assert_field(&c.rows[r], 4, p->name);
			buf_reset(&titles);
			for (t = 0; t < p->ntitles; t++)
				buf_printf(&titles, "%s%s", t ? "·" : "", p->titles[t]);
			assert_field(&c.rows[r], 5, titles.s ? titles.s : "");
			assert_field(&c.rows[r], 6, p->org);
			cr_assert_eq(strtoul(c.rows[r].v[7], NULL, 10), p->mentions);
		}
	}
	cr_assert_eq(r, c.n, "one row per (article, person)");
	buf_free(&titles);
	csv_free(&c);
	free(text);
	free(sel);
	model_free(&m);
}

Test(export, csv_figures_round_trip_and_marks)
{
	struct model m;
	struct export_opts o = { EXPORT_CSV, 0, CSV_FIGURES, NULL, NULL };
	size_t *sel, len, i, k, r = 1, marked = 0;
	char *text, hex[17];
	unsigned char *mark;
	struct csv c;

	sample_corpus(&m);
	sel = all_of(&m);
	text = export_string(&m, sel, m.n, &o, &len);
	cr_assert(strncmp(text, "id,date,outlet,title,text,value,unit,kind,subject\r\n", 51) == 0);
	csv_parse(text, len, &c);
	for (i = 0; i < m.n; i++) {
		const struct article *a = &m.a[i];

		model_id_hex(a->id, hex);
		for (k = 0; k < a->nfig; k++, r++) {
			const struct art_figure *f = &a->fig[k];

			cr_assert_lt(r, c.n);
			cr_assert_eq(c.rows[r].n, 9);
			assert_field(&c.rows[r], 0, hex);
			assert_field(&c.rows[r], 3, a->title);
			assert_field(&c.rows[r], 4, f->text);
			cr_assert_null(strpbrk(c.rows[r].v[5], "eE+"), "no exponent: %s", c.rows[r].v[5]);
			{
				char g[64];

				snprintf(g, sizeof(g), "%.15g", f->value);
				cr_assert_eq(strtod(c.rows[r].v[5], NULL), strtod(g, NULL), "%s", c.rows[r].v[5]);
			}
			assert_field(&c.rows[r], 6, f->unit);
			assert_field(&c.rows[r], 8, f->subject);
		}
	}
	cr_assert_eq(r, c.n);
	csv_free(&c);
	free(text);
	/* only the marked figures: every other one */
	mark = xcalloc(m.nfigures, 1);
	for (i = 0; i < m.nfigures; i += 2)
		mark[i] = 1;
	for (i = 0; i < m.n; i++)
		for (k = 0; k < m.a[i].nfig; k++)
			marked += mark[m.a[i].fig[k].figure];
	o.mark_figures = mark;
	text = export_string(&m, sel, m.n, &o, &len);
	csv_parse(text, len, &c);
	cr_assert_eq(c.n, marked + 1);
	csv_free(&c);
	free(text);
	free(mark);
	free(sel);
	model_free(&m);
}

Test(export, csv_quoting)
{
	struct model m;
	struct export_opts o = { EXPORT_CSV, 0, CSV_PEOPLE, NULL, NULL };
	struct buf b = BUF_INIT;

	one_article(&m);
	m.a[0].title = "a \"quoted\", title\nwith a line";
	export_csv_rows(&b, &m, 0, &o);
	cr_assert(strstr(b.s, ",\"a \"\"quoted\"\", title\nwith a line\",유상임,") != NULL, "%s", b.s);
	cr_assert_eq(b.s[b.len - 2], '\r');
	buf_free(&b);
	model_free(&m);
}

/* Markdown without its backslash escapes. */
static char *
md_unescape(const char *s)
{
	struct buf b = BUF_INIT;

	for (; *s != '\0'; s++) {
		if (*s == '\\' && s[1] != '\0' && strchr("\\`*_[]<>#|-+=.)", s[1]) != NULL)
			s++;
		buf_addc(&b, *s);
	}
	return buf_detach(&b, NULL);
}

Test(export, md_round_trip)
{
	struct model m;
	struct export_opts o = { EXPORT_MD, 0, CSV_PEOPLE, NULL, NULL };
	size_t *sel, len, i, k, rows = 0, want = 0, heads = 0;
	char *text, *plain, *line, *save = NULL;

	sample_corpus(&m);
	sel = all_of(&m);
	text = export_string(&m, sel, m.n, &o, &len);
	plain = md_unescape(text);
	for (i = 0; i < m.n; i++) {
		const struct article *a = &m.a[i];
		char *head = xasprintf("# %s\n\n", a->title);

		cr_assert(strstr(plain, head) != NULL, "%s", head);
		free(head);
		for (k = 0; k < a->npara; k++) {
			char *p = xasprintf("\n%s\n\n", a->para[k]);

			cr_assert(strstr(plain, p) != NULL, "paragraph %zu of %zu", k, i);
			free(p);
		}
		for (k = 0; k < a->npeople; k++) {
			char *row = xasprintf("\n| %s | ", a->people[k].name);

			cr_assert(strstr(plain, row) != NULL, "%s", row);
			free(row);
		}
		want += a->npeople + a->nfig + a->nquote;
	}
	for (line = strtok_r(text, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		if (strncmp(line, "# ", 2) == 0)
			heads++;
		if (line[0] == '|' && strncmp(line, "|---", 4) != 0
		    && strncmp(line, "| name |", 8) != 0 && strncmp(line, "| text |", 8) != 0
		    && strncmp(line, "| speaker |", 11) != 0)
			rows++;
	}
	cr_assert_eq(heads, m.n);
	cr_assert_eq(rows, want, "a table row per person, per figure and per quote");
	free(plain);
	free(text);
	free(sel);
	model_free(&m);
}

Test(export, md_escapes_markup_and_pipes)
{
	struct model m;
	struct export_opts o = { EXPORT_MD, 0, CSV_PEOPLE, NULL, NULL };
	struct buf b = BUF_INIT;
	const char *para[1] = { "# not a heading | *not bold*" };

	one_article(&m);
	m.a[0].para = para;
	m.a[0].npara = 1;
	m.a[0].people[0].org = "A|B";
	export_md_article(&b, &m, 0, &o);
	cr_assert(strstr(b.s, "\n\\# not a heading | \\*not bold\\*\n") != NULL, "%s", b.s);
	cr_assert(strstr(b.s, "| A\\|B |") != NULL, "%s", b.s);
	buf_free(&b);
	model_free(&m);
}

Test(export, txt_round_trip)
{
	struct model m;
	struct export_opts o = { EXPORT_TXT, 0, CSV_PEOPLE, NULL, NULL };
	size_t *sel, len, i = 0, k;
	char *text, *page, *save = NULL;

	sample_corpus(&m);
	sel = all_of(&m);
	text = export_string(&m, sel, m.n, &o, &len);
	for (page = strtok_r(text, "\f", &save); page != NULL; page = strtok_r(NULL, "\f", &save), i++) {
		struct buf want = BUF_INIT;
		const struct article *a = &m.a[i];

		cr_assert_lt(i, m.n);
		if (a->title != NULL)
			buf_printf(&want, "%s\n\n", a->title);
		for (k = 0; k < a->npara; k++)
			buf_printf(&want, "%s\n\n", a->para[k]);
		cr_assert_str_eq(page, want.s);
		buf_free(&want);
	}
	cr_assert_eq(i, m.n);
	free(text);
	free(sel);
	model_free(&m);
}

static size_t budget;

static ssize_t
write_until_full(int fd, const void *p, size_t n)
{
	if (budget == 0) {
		errno = ENOSPC;
		return -1;
	}
	if (n > budget)
		n = budget;
	budget -= n;
	return write(fd, p, n);
}

static size_t
count_entries(const char *dir)
{
	char *cmd = xasprintf("ls -A '%s' | wc -l", dir);
	FILE *p = popen(cmd, "r");
	unsigned long n = 0;

	cr_assert_not_null(p);
	cr_assert_eq(fscanf(p, "%lu", &n), 1);
	pclose(p);
	free(cmd);
	return n;
}

Test(export, full_disk_keeps_the_old_export)
{
	struct model m;
	struct export_opts o = { EXPORT_JSONL, 0, CSV_PEOPLE, NULL, NULL };
	char dir[] = "/tmp/gisa-exp-XXXXXX", *path, *err = NULL, *text, *cmd;
	size_t *sel, i;
	int streamed;
	FILE *f;

	sample_corpus(&m);
	sel = all_of(&m);
	cr_assert_not_null(mkdtemp(dir));
	path = xasprintf("%s/out.jsonl", dir);
	f = fopen(path, "w");
	fputs("old export\n", f);
	fclose(f);
	/* saved at once, then written while the articles arrive */
	for (streamed = 0; streamed < 2; streamed++) {
		struct export_stream *s;

		budget = 5000;
		atomic_write_hook = write_until_full;
		if (streamed) {
			cr_assert_eq(export_stream_begin(&s, path, 1, &o, &err), EXPORT_OK, "%s", err);
			for (i = 0; i < m.n; i++)
				(void)export_stream_articles(s, &m, i, 1);
			cr_assert_eq(export_stream_end(s, &err), EXPORT_FAILED);
		} else {
			cr_assert_eq(export_save(path, 1, &m, sel, m.n, &o, &err), EXPORT_FAILED);
		}
		atomic_write_hook = NULL;
		cr_assert(strstr(err, "no space left on device") != NULL, "%s", err);
		cr_assert(strstr(err, path) != NULL, "%s", err);
		free(err);
		text = slurp(path);
		cr_assert_str_eq(text, "old export\n");
		free(text);
		cr_assert_eq(count_entries(dir), 1, "no temporary file left");
	}
	cmd = xasprintf("rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
	free(cmd);
	free(path);
	free(sel);
	model_free(&m);
}

static int stop_fd = -1;
static size_t written;

static ssize_t
write_then_stop(int fd, const void *p, size_t n)
{
	if (written >= 100000) {
		(void)write(stop_fd, "!", 1);
		for (;;)
			pause();
	}
	if (n > 4096)
		n = 4096;
	written += n;
	return write(fd, p, n);
}

Test(export, kill_9_in_the_middle_keeps_the_old_export)
{
	struct model m;
	struct export_opts o = { EXPORT_JSONL, 0, CSV_PEOPLE, NULL, NULL };
	char dir[] = "/tmp/gisa-exp-XXXXXX", *path, *err = NULL, *text, *cmd, c;
	size_t *sel, i, n = 0;
	int fds[2], status;
	pid_t pid;
	FILE *f;

	sample_corpus(&m);
	/* a big export: the corpus twenty times over */
	sel = xmalloc(20 * m.n * sizeof(*sel));
	for (i = 0; i < 20 * m.n; i++)
		sel[n++] = i % m.n;
	cr_assert_not_null(mkdtemp(dir));
	path = xasprintf("%s/out.jsonl", dir);
	f = fopen(path, "w");
	fputs("old export\n", f);
	fclose(f);
	cr_assert_eq(pipe(fds), 0);
	pid = fork();
	cr_assert_neq(pid, -1);
	if (pid == 0) {
		close(fds[0]);
		stop_fd = fds[1];
		atomic_write_hook = write_then_stop;
		export_save(path, 1, &m, sel, n, &o, &err);
		_exit(0);
	}
	close(fds[1]);
	cr_assert_eq(read(fds[0], &c, 1), 1, "the child is half way through");
	cr_assert_eq(kill(pid, SIGKILL), 0);
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	cr_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
	close(fds[0]);
	text = slurp(path);
	cr_assert_str_eq(text, "old export\n");
	free(text);
	cmd = xasprintf("rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
	free(cmd);
	free(path);
	free(sel);
	model_free(&m);
}

Test(export, closed_pipe_stops_quietly)
{
	struct model m;
	struct export_opts o = { EXPORT_JSONL, 0, CSV_PEOPLE, NULL, NULL };
	char *err = NULL;
	size_t *sel;
	int fds[2];

	signal(SIGPIPE, SIG_IGN);
	sample_corpus(&m);
	sel = all_of(&m);
	cr_assert_eq(pipe(fds), 0);
	close(fds[0]);
	cr_assert_eq(export_to_fd(fds[1], &m, sel, m.n, &o, &err), EXPORT_CLOSED);
	cr_assert_null(err);
	close(fds[1]);
	free(sel);
	model_free(&m);
}

Test(export, every_format_by_name)
{
	cr_assert_eq(export_parse_format("json"), EXPORT_JSON);
	cr_assert_eq(export_parse_format("jsonl"), EXPORT_JSONL);
	cr_assert_eq(export_parse_format("md"), EXPORT_MD);
	cr_assert_eq(export_parse_format("csv"), EXPORT_CSV);
	cr_assert_eq(export_parse_format("txt"), EXPORT_TXT);
	cr_assert_eq(export_parse_format("xml"), EXPORT_NONE);
}

Test(export, plain_numbers)
{
	struct buf b = BUF_INIT;

	export_plain_number(&b, 35500000000000.0);
	cr_assert_str_eq(b.s, "35500000000000");
	buf_reset(&b);
	export_plain_number(&b, 1e22);
	cr_assert_str_eq(b.s, "10000000000000000000000");
	buf_reset(&b);
	export_plain_number(&b, 3.5);
	cr_assert_str_eq(b.s, "3.5");
	buf_reset(&b);
	export_plain_number(&b, -0.25);
	cr_assert_str_eq(b.s, "-0.25");
	buf_reset(&b);
	export_plain_number(&b, 0.1 + 0.38);
	cr_assert_str_eq(b.s, "0.48");
	buf_free(&b);
}

Test(export, json_escapes_c1_and_bidi_controls)
{
	struct buf b = BUF_INIT;

	export_json_string(&b, "a\xC2\x9B" "b\xE2\x80\xAE" "c\xE2\x81\xA6" "d\x7F" "e\xE2\x80\xA8 한·");
	cr_assert_str_eq(b.s, "\"a\\u009bb\\u202ec\\u2066d\\u007fe\\u2028 한·\"", "%s", b.s);
	buf_free(&b);
}

Test(export, csv_formulas_are_neutralised)
{
	struct model m;
	struct export_opts o = { EXPORT_CSV, 0, CSV_PEOPLE, NULL, NULL };
	struct buf b = BUF_INIT;
	static const char *const bad[] = { "=HYPERLINK(A1)", "+1", "-2+3", "@SUM(A1)", "\tx", "\ry" };
	size_t k;

	one_article(&m);
	for (k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
		char *want;

		m.a[0].title = bad[k];
		m.a[0].people[0].org = "=cmd|' /C calc'!A0";
		buf_reset(&b);
		o.table = CSV_PEOPLE;
		export_csv_rows(&b, &m, 0, &o);
		want = strpbrk(bad[k], ",\"\r\n") != NULL ? xasprintf(",\"'%s\",", bad[k] + 0)
		    : xasprintf(",'%s,", bad[k]);
		cr_assert(strstr(b.s, want) != NULL, "people: %s", b.s);
		cr_assert(strstr(b.s, ",'=cmd|' /C calc'!A0,") != NULL, "org: %s", b.s);
		buf_reset(&b);
		o.table = CSV_FIGURES;
		export_csv_rows(&b, &m, 0, &o);
		cr_assert(strstr(b.s, want) != NULL, "figures: %s", b.s);
		free(want);
	}
	/* a number gisa wrote stays a number */
	m.a[0].fig[0].value = -5;
	m.a[0].fig[0].subject = "-떨어진 값";
	buf_reset(&b);
	export_csv_rows(&b, &m, 0, &o);
	cr_assert(strstr(b.s, ",-5,") != NULL, "%s", b.s);
	cr_assert(strstr(b.s, ",'-떨어진 값") != NULL, "%s", b.s);
	buf_free(&b);
	model_free(&m);
}

static void
quoted_article(struct model *m, const char *body)
{
	char *err = NULL, *warn = NULL;

	model_init(m);
	m->arenas = xcalloc(1, sizeof(*m->arenas));
	m->narenas = 1;
	m->a = xgrow(m->a, &m->cap, 1, sizeof(*m->a));
	cr_assert_eq(ingest_document("q.txt", body, strlen(body), &m->arenas[0], &m->a[0], &err, &warn), 0);
	m->n = 1;
	model_build_index(m);
}

Test(export, quotes_in_json_md_and_csv)
{
	struct model m;
	struct buf b = BUF_INIT;
	struct export_opts o = { EXPORT_CSV, 0, CSV_QUOTES, NULL, NULL };

	quoted_article(&m, "유상임 과학기술정보통신부 장관은 23일 “AI 예산을 늘리겠다”며 “=SUM(A1), 그리고 \"더\" 하겠다”고 말했다.\n"
	    "업계 관계자는 “쉽지 않다”고 말했다.\n");
	cr_assert_eq(m.a[0].nquote, 2);
	export_json_article(&b, &m, 0);
	cr_assert(strstr(b.s, "\"quotes\":[{\"speaker\":\"유상임\",\"text\":\"AI 예산을 늘리겠다\",\"paragraph\":0},"
	    "{\"speaker\":\"유상임\",\"text\":\"=SUM(A1), 그리고 \\\"더\\\" 하겠다\",\"paragraph\":0}]}") != NULL, "%s", b.s);
	buf_reset(&b);
	export_csv_header(&b, &o);
	cr_assert_str_eq(b.s, "id,date,outlet,title,speaker,text,paragraph\r\n");
	buf_reset(&b);
	export_csv_rows(&b, &m, 0, &o);
	cr_assert(strstr(b.s, ",유상임,AI 예산을 늘리겠다,0\r\n") != NULL, "%s", b.s);
	cr_assert(strstr(b.s, ",유상임,\"'=SUM(A1), 그리고 \"\"더\"\" 하겠다\",0\r\n") != NULL, "%s", b.s);
	buf_reset(&b);
	export_md_article(&b, &m, 0, &o);
	cr_assert(strstr(b.s, "| speaker | quote | paragraph |\n|---|---|---:|\n| 유상임 | AI 예산을 늘리겠다 | 0 |\n") != NULL,
	    "%s", b.s);
	buf_free(&b);
	model_free(&m);
}

Test(export, no_quotes_is_an_empty_list)
{
	struct model m;
	struct buf b = BUF_INIT;

	one_article(&m);
	export_json_article(&b, &m, 0);
	cr_assert(strstr(b.s, ",\"quotes\":[]}") != NULL, "%s", b.s);
	buf_free(&b);
	model_free(&m);
}

/* ---- the articles formatted in chunks on every CPU, sunk in order ---- */

struct sunk {
	struct buf b;
	size_t calls, fail_at;	/* fail_at: the call that fails, 0 never */
};

static int
sink_to_buf(void *ctx, const void *p, size_t n)
{
	struct sunk *s = ctx;

	cr_assert(s->fail_at == 0 || s->calls < s->fail_at, "a write after a failed one");
	if (++s->calls == s->fail_at)
		return -1;
	buf_add(&s->b, p, n);
	return 0;
}

Test(export, many_articles_come_out_in_selection_order)
{
	struct model m;
	struct export_opts o = { EXPORT_JSONL, 0, CSV_PEOPLE, NULL, NULL };
	struct sunk s = { BUF_INIT, 0, 0 };
	struct buf want = BUF_INIT;
	size_t n = 1000, *sel = xmalloc(n * sizeof(*sel)), i;

	sample_corpus(&m);
	/* every article many times, in an order of its own (7 is prime to m.n
	 * unless m.n is a multiple of 7) */
	for (i = 0; i < n; i++) {
		sel[i] = (i * 7 + i / m.n) % m.n;
		export_json_article(&want, &m, sel[i]);
		buf_addc(&want, '\n');
	}
	cr_assert_eq(export_emit(sink_to_buf, &s, &m, sel, n, &o), 0);
	cr_assert_eq(s.b.len, want.len);
	cr_assert(memcmp(s.b.s, want.s, want.len) == 0);
	cr_assert_gt(s.calls, 1, "written in chunks, not in one piece");
	/* a failed write ends the export: nothing is written after it */
	buf_reset(&s.b);
	s.calls = 0;
	s.fail_at = 3;
	cr_assert_neq(export_emit(sink_to_buf, &s, &m, sel, n, &o), 0);
	cr_assert_eq(s.calls, 3);
	buf_free(&s.b);
	buf_free(&want);
	free(sel);
	model_free(&m);
}

static int
sink_buf(void *ctx, const void *p, size_t n)
{
	buf_add(ctx, p, n);
	return 0;
}

/* Figure trails: one csv row per point, the json trails array, both
 * over the exported articles only. */
Test(export, trails_in_csv_and_json)
{
	struct model m;
	struct ingest_opts io;
	struct export_opts o = { EXPORT_CSV, 0, CSV_TRAILS, NULL, NULL };
	struct buf b = BUF_INIT;
	char path_s[] = ABS_SRCDIR "/tests/fixtures/trails";
	char *path = path_s;
	size_t sel[8], i, n = 0;

	memset(&io, 0, sizeof(io));
	io.threads = 1;
	model_init(&m);
	cr_assert_eq(ingest_paths(&m, &path, 1, &io), 0);
	cr_assert_eq(m.n, 6);
	for (i = 0; i < m.n; i++)
		sel[n++] = i;
	cr_assert_eq(export_emit(sink_buf, &b, &m, sel, n, &o), 0);
	cr_assert(strncmp(b.s, "trail,subject,unit,kind,point,id,date,outlet,text,value,people,paragraph\r\n", 74) == 0);
	cr_assert(strstr(b.s, ",2024-12-02T09:10,한국경제,3만장,30000,배경훈,0\r\n") != NULL, "%s", b.s);
	cr_assert(strstr(b.s, "1,GPU,장,count,3,") != NULL, "%s", b.s);
	/* the re-post is no point; 매출 of two companies is no trail */
	cr_assert(strstr(b.s, "1,GPU,장,count,4,") == NULL, "%s", b.s);
	cr_assert(strstr(b.s, "매출") == NULL, "%s", b.s);
	buf_reset(&b);
	o.fmt = EXPORT_JSON;
	cr_assert_eq(export_emit(sink_buf, &b, &m, sel, n, &o), 0);
	cr_assert(strstr(b.s, "\n],\"trails\":[\n{\"subject\":\"GPU\",\"unit\":\"장\",\"kind\":\"count\",\"articles\":3,"
	    "\"points\":[{\"article\":\"") != NULL, "%s", b.s);
	cr_assert(strstr(b.s, "\"date\":\"2025-12-10T08:00\",\"outlet\":\"매일경제\",\"text\":\"26만장\",\"value\":260000,"
	    "\"paragraph\":0,\"people\":[\"배경훈\"]}]}\n]}\n") != NULL, "%s", b.s);
	/* a selection without the first article: two points left */
	buf_reset(&b);
	o.fmt = EXPORT_CSV;
	cr_assert_eq(export_emit(sink_buf, &b, &m, sel + 1, n - 1, &o), 0);
	cr_assert(strstr(b.s, "1,GPU,장,count,2,") != NULL && strstr(b.s, "1,GPU,장,count,3,") == NULL, "%s", b.s);
	/* two articles in one story no more: none */
	buf_reset(&b);
	cr_assert_eq(export_emit(sink_buf, &b, &m, sel + 3, 3, &o), 0);
	cr_assert(strstr(b.s, "GPU") == NULL, "%s", b.s);
	buf_free(&b);
	model_free(&m);
}

Test(export, articles_alone_need_no_corpus_index)
{
	const enum export_format fmts[] = { EXPORT_JSONL, EXPORT_TXT, EXPORT_MD, EXPORT_CSV,
		EXPORT_CSV, EXPORT_CSV };
	const enum export_table tables[] = { CSV_PEOPLE, CSV_PEOPLE, CSV_PEOPLE, CSV_PEOPLE,
		CSV_FIGURES, CSV_QUOTES };
	char *path = xasprintf("%s/../../data/sample", FIXTURES);
	struct ingest_opts io = { 1, ignore_warning, NULL, NULL, NULL, NULL, 0, NULL, NULL, 1, NULL, NULL };
	struct export_opts o = { EXPORT_JSON, 0, CSV_PEOPLE, NULL, NULL };
	unsigned char mark = 1;
	struct model with, without;
	size_t *sel, k;

	cr_assert(export_needs_index(&o), "json holds the corpus's people and figures");
	o.fmt = EXPORT_CSV;
	o.table = CSV_TRAILS;
	cr_assert(export_needs_index(&o));
	o.table = CSV_PEOPLE;
	cr_assert_not(export_needs_index(&o));
	o.mark_people = &mark;
	cr_assert(export_needs_index(&o), "marks name corpus entries");
	o.mark_people = NULL;
	sample_corpus(&with);
	model_init(&without);
	cr_assert_eq(ingest_paths(&without, &path, 1, &io), 0);
	cr_assert_eq(without.npeople, 0, "no index built");
	cr_assert_eq(with.n, without.n);
	sel = all_of(&with);
	for (k = 0; k < sizeof(fmts) / sizeof(*fmts); k++) {
		size_t l1, l2;
		char *a, *b;

		o.fmt = fmts[k];
		o.table = tables[k];
		cr_assert_not(export_needs_index(&o));
		a = export_string(&with, sel, with.n, &o, &l1);
		b = export_string(&without, sel, without.n, &o, &l2);
		cr_assert(l1 == l2 && memcmp(a, b, l1) == 0, "format %zu differs without the index", k);
		free(a);
		free(b);
	}
	free(sel);
	free(path);
	model_free(&with);
	model_free(&without);
}

/* The bytes export_stream writes, article by article, into dir/out. */
static char *
stream_string(const struct model *m, const struct export_opts *o, size_t *len)
{
	char dir[] = "/tmp/gisa-exp-XXXXXX", *path, *err = NULL;
	struct export_stream *s;
	size_t i;

	cr_assert_not_null(mkdtemp(dir));
	path = xasprintf("%s/out", dir);
	cr_assert_eq(export_stream_begin(&s, path, 0, o, &err), EXPORT_OK, "%s", err);
	/* one at a time, then the rest at once (on every core when they are
	 * many: the model holds the articles several times over) */
	for (i = 0; i < 3; i++) {
		cr_assert_eq(export_stream_articles(s, m, i, 1), 0);
		cr_assert_eq(access(path, F_OK), -1, "the file appears whole or not at all");
	}
	cr_assert_eq(export_stream_articles(s, m, 3, m->n - 3), 0);
	cr_assert_eq(export_stream_end(s, &err), EXPORT_OK, "%s", err);
	return take_file(dir, path, len);
}

Test(export, a_stream_writes_what_export_save_writes)
{
	const enum export_format fmts[] = { EXPORT_JSONL, EXPORT_TXT, EXPORT_MD, EXPORT_CSV,
		EXPORT_CSV, EXPORT_CSV };
	const enum export_table tables[] = { CSV_PEOPLE, CSV_PEOPLE, CSV_PEOPLE, CSV_PEOPLE,
		CSV_FIGURES, CSV_QUOTES };
	struct export_opts o = { EXPORT_JSON, 0, CSV_PEOPLE, NULL, NULL };
	struct model m;
	size_t *sel, k;

	cr_assert_not(export_streams(&o), "json ends with the corpus's people and figures");
	o.fmt = EXPORT_CSV;
	o.table = CSV_TRAILS;
	cr_assert_not(export_streams(&o));
	sample_corpus(&m);
	{
		/* the sample twenty times over: enough to be formatted on
		 * every core (copies of the records, the text shared) */
		size_t n = m.n, c;

		m.a = xrealloc(m.a, 20 * n * sizeof(*m.a));
		for (c = 1; c < 20; c++)
			memcpy(m.a + c * n, m.a, n * sizeof(*m.a));
		m.n = m.cap = 20 * n;
	}
	sel = all_of(&m);
	for (k = 0; k < sizeof(fmts) / sizeof(*fmts); k++) {
		size_t l1, l2;
		char *a, *b;

		o.fmt = fmts[k];
		o.table = tables[k];
		o.bom = k == 3;
		cr_assert(export_streams(&o));
		a = export_string(&m, sel, m.n, &o, &l1);
		b = stream_string(&m, &o, &l2);
		cr_assert(l1 > 100 && l1 == l2 && memcmp(a, b, l1) == 0,
		    "format %zu: %zu bytes saved, %zu streamed", k, l1, l2);
		free(a);
		free(b);
	}
	free(sel);
	model_free(&m);
}
