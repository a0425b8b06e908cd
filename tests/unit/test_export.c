/* test_export.c — JSON shapes, escaping, safe writing. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
		"{\"name\":\"김아름\",\"titles\":[\"기자\"],\"org\":\"이데일리\",\"mentions\":0}]",
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
