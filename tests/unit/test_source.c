/* test_source.c — reading, encodings, sanitising, NFC, walking paths. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/source.h"

#define BODY "과학기술정보통신부는 23일 인공지능 예산을 35조5000억원으로 늘린다고 밝혔다.\n" \
	"정부는 GPU 26만장을 확보할 계획이다.\n"

static void
decode_file(const char *name, struct source_text *t)
{
	struct buf b = BUF_INIT;
	char *path = xasprintf("%s/%s", FIXTURES, name), *err = NULL;

	cr_assert_eq(source_read(path, &b, &err), 0, "%s: %s", path, err);
	cr_assert_eq(source_decode(b.s, b.len, t, &err), 0, "%s", err);
	buf_free(&b);
	free(path);
}

static void
expect(const char *name, const char *enc)
{
	struct source_text t;

	decode_file(name, &t);
	cr_assert_str_eq(t.encoding, enc, "%s", name);
	cr_assert_str_eq(t.text, BODY, "%s", name);
	cr_assert_eq(t.replaced, 0);
	source_text_free(&t);
}

Test(source, utf8_plain_and_with_bom) { expect("utf8.txt", "UTF-8"); expect("utf8-bom.txt", "UTF-8"); }
Test(source, cp949_detected) { expect("cp949.txt", "CP949"); }
Test(source, utf16_with_bom) { expect("utf16le.txt", "UTF-16LE"); expect("utf16be.txt", "UTF-16BE"); }
Test(source, crlf_and_cr_become_lf) { expect("crlf.txt", "UTF-8"); expect("cr.txt", "UTF-8"); }
Test(source, nfd_hangul_comes_out_precomposed) { expect("nfd.txt", "UTF-8"); }

Test(source, controls_escapes_and_bidi_removed)
{
	struct source_text t;

	decode_file("controls.txt", &t);
	cr_assert_str_eq(t.text, "제목빨강 끝\n창  남음\n뒤집기 정상");
	cr_assert_null(strchr(t.text, 0x1B));
	source_text_free(&t);
}

Test(source, c1_controls_removed)
{
	struct source_text t;
	char *err = NULL;
	/* U+009B is CSI as one character: it and its parameters go */
	const char in[] = "a\xC2\x9B" "31mb\xC2\x85" "c";

	cr_assert_eq(source_decode(in, sizeof(in) - 1, &t, &err), 0);
	cr_assert_str_eq(t.text, "abc");
	source_text_free(&t);
}

Test(source, runaway_c1_string_keeps_the_text_after_it)
{
	struct source_text t;
	char *err = NULL;
	/* mojibake: U+009D (OSC) with no BEL or ST before the line ends */
	const char in[] = "\xC3\xAC\xC2\x9D\xC5\x92</div>\n<p>\xEB\xB3\xB8\xEB\xAC\xB8</p>";
	/* a terminated one still goes whole */
	const char in2[] = "a\xC2\x9D" "0;title\x07" "b";

	cr_assert_eq(source_decode(in, sizeof(in) - 1, &t, &err), 0);
	cr_assert_str_eq(t.text, "\xC3\xAC\xC5\x92</div>\n<p>\xEB\xB3\xB8\xEB\xAC\xB8</p>");
	source_text_free(&t);
	cr_assert_eq(source_decode(in2, sizeof(in2) - 1, &t, &err), 0);
	cr_assert_str_eq(t.text, "ab");
	source_text_free(&t);
}

Test(source, undecodable_bytes_replaced_and_counted)
{
	struct source_text t;

	decode_file("broken.txt", &t);
	cr_assert_gt(t.replaced, 0);
	cr_assert_not_null(strstr(t.text, "\xEF\xBF\xBD"));
	cr_assert_not_null(strstr(t.text, "정상 텍스트입니다."));
	cr_assert_not_null(strstr(t.text, "끝."));
	source_text_free(&t);
}

Test(source, binary_refused_with_reason)
{
	struct source_text t;
	char *err = NULL;

	cr_assert_eq(source_decode("ab\0cd", 5, &t, &err), -1);
	cr_assert_not_null(err);
	free(err);
}

Test(source, nfc_fast_path_keeps_text)
{
	struct buf b = BUF_INIT;
	const char *s = "한국어 “따옴표” · 3% ㉠ ①";

	source_nfc(s, strlen(s), &b);
	cr_assert_str_eq(b.s, s);
	buf_free(&b);
}

struct warned {
	int count;
	char last[512];
};

static void
warn(void *ctx, const char *path, const char *reason)
{
	struct warned *w = ctx;

	w->count++;
	snprintf(w->last, sizeof(w->last), "%s: %s", path, reason);
}

Test(source, walk_sorted_hidden_skipped)
{
	char *paths[1], **files;
	struct warned w = { 0, "" };
	size_t n;

	paths[0] = xasprintf("%s/tree", FIXTURES);
	n = source_expand(paths, 1, &files, warn, &w);
	cr_assert_eq(n, 3);
	cr_assert(strstr(files[0], "tree/a.txt") != NULL);
	cr_assert(strstr(files[1], "tree/b.txt") != NULL);
	cr_assert(strstr(files[2], "tree/sub/c.txt") != NULL);
	cr_assert_eq(w.count, 0);
	source_paths_free(files, n);
	free(paths[0]);
}

Test(source, walk_detects_symlink_loop_and_missing)
{
	char dir[] = "/tmp/gisa-walk-XXXXXX", *p, *paths[2], **files;
	struct warned w = { 0, "" };
	size_t n;
	FILE *f;

	cr_assert_not_null(mkdtemp(dir));
	p = xasprintf("%s/sub", dir);
	cr_assert_eq(mkdir(p, 0755), 0);
	free(p);
	p = xasprintf("%s/sub/page.txt", dir);
	f = fopen(p, "w");
	fputs("본문입니다.\n", f);
	fclose(f);
	free(p);
	p = xasprintf("%s/sub/loop", dir);
	cr_assert_eq(symlink("..", p), 0);
	free(p);
	paths[0] = dir;
	paths[1] = (char *)"/nonexistent/gisa/path";
	n = source_expand(paths, 2, &files, warn, &w);
	cr_assert_eq(n, 1);
	cr_assert_eq(w.count, 2);	/* the loop and the missing path */
	cr_assert(strstr(w.last, "/nonexistent/gisa/path") != NULL);
	source_paths_free(files, n);
	p = xasprintf("rm -rf '%s'", dir);
	cr_assert_eq(system(p), 0);
	free(p);
}

Test(source, lone_utf16_surrogates_cost_one_character)
{
	/* "가" D800 "나" DC00 "다" DBFF DBFF DC00(=U+10FC00 pair) "라", then an odd byte */
	static const unsigned char le[] = { 0xFF, 0xFE, 0x00, 0xAC, 0x00, 0xD8, 0x98, 0xB0,
	    0x00, 0xDC, 0xE4, 0xB2, 0xFF, 0xDB, 0xFF, 0xDB, 0x00, 0xDC, 0x7C, 0xB7, 0x41 };
	struct source_text t;
	char *err = NULL;
	unsigned char be[sizeof(le)];
	size_t i;

	cr_assert_eq(source_decode((const char *)le, sizeof(le), &t, &err), 0);
	cr_assert_str_eq(t.encoding, "UTF-16LE");
	cr_assert_str_eq(t.text, "가\xEF\xBF\xBD나\xEF\xBF\xBD다\xEF\xBF\xBD\xF4\x8F\xB0\x80라\xEF\xBF\xBD", "%s", t.text);
	cr_assert_eq(t.replaced, 4);
	source_text_free(&t);
	/* the same in big-endian */
	be[0] = 0xFE;
	be[1] = 0xFF;
	for (i = 2; i + 1 < sizeof(le); i += 2) {
		be[i] = le[i + 1];
		be[i + 1] = le[i];
	}
	be[sizeof(le) - 1] = 0x41;
	cr_assert_eq(source_decode((const char *)be, sizeof(be), &t, &err), 0);
	cr_assert_str_eq(t.encoding, "UTF-16BE");
	cr_assert_str_eq(t.text, "가\xEF\xBF\xBD나\xEF\xBF\xBD다\xEF\xBF\xBD\xF4\x8F\xB0\x80라\xEF\xBF\xBD", "%s", t.text);
	source_text_free(&t);
}

Test(source, utf8_and_cp949_lines_decoded_each_as_it_is)
{
	struct buf b = BUF_INIT, page = BUF_INIT;
	char *path = xasprintf("%s/cp949.txt", FIXTURES), *err = NULL;
	struct source_text t;

	cr_assert_eq(source_read(path, &b, &err), 0);
	buf_adds(&page, "첫 줄은 UTF-8로 쓴 머리말입니다.\n");
	buf_add(&page, b.s, b.len);	/* two CP949 lines */
	buf_adds(&page, "끝 줄도 UTF-8입니다.\n");
	cr_assert_eq(source_decode(page.s, page.len, &t, &err), 0);
	cr_assert_str_eq(t.encoding, "UTF-8+CP949");
	cr_assert_eq(t.replaced, 0);
	cr_assert_str_eq(t.text, "첫 줄은 UTF-8로 쓴 머리말입니다.\n" BODY "끝 줄도 UTF-8입니다.\n", "%s", t.text);
	source_text_free(&t);
	/* a line bad in both readings still costs only its bad bytes */
	buf_adds(&page, "깨진 \xFF 줄\n");
	cr_assert_eq(source_decode(page.s, page.len, &t, &err), 0);
	cr_assert_eq(t.replaced, 1);
	cr_assert(strstr(t.text, BODY) != NULL, "%s", t.text);
	cr_assert(strstr(t.text, "깨진 \xEF\xBF\xBD 줄") != NULL, "%s", t.text);
	source_text_free(&t);
	buf_free(&b);
	buf_free(&page);
	free(path);
}

Test(source, every_real_file_once_however_many_links)
{
	char dir[] = "/tmp/gisa-diamond-XXXXXX", *p, *q, *paths[3], **files;
	struct warned w = { 0, "" };
	size_t n, level;
	FILE *f;

	/* d0/page.txt; dK/a -> dK-1 and dK/b -> dK-1 for 23 levels: 2^23
	 * paths to one file, and a hard link beside it */
	cr_assert_not_null(mkdtemp(dir));
	p = xasprintf("%s/d0", dir);
	cr_assert_eq(mkdir(p, 0755), 0);
	free(p);
	p = xasprintf("%s/d0/page.txt", dir);
	f = fopen(p, "w");
	fputs("본문입니다.\n", f);
	fclose(f);
	q = xasprintf("%s/d0/hard.txt", dir);
	cr_assert_eq(link(p, q), 0);
	free(q);
	free(p);
	for (level = 1; level <= 23; level++) {
		p = xasprintf("%s/d%zu", dir, level);
		cr_assert_eq(mkdir(p, 0755), 0);
		free(p);
		p = xasprintf("%s/d%zu/a", dir, level);
		q = xasprintf("../d%zu", level - 1);
		cr_assert_eq(symlink(q, p), 0);
		free(p);
		p = xasprintf("%s/d%zu/b", dir, level);
		cr_assert_eq(symlink(q, p), 0);
		free(p);
		free(q);
	}
	paths[0] = xasprintf("%s/d23", dir);
	paths[1] = xasprintf("%s/d0/page.txt", dir);	/* named again */
	paths[2] = xasprintf("%s/d2/b/a/page.txt", dir);
	n = source_expand(paths, 3, &files, warn, &w);
	cr_assert_eq(n, 1, "one real file, %zu paths", n);
	cr_assert_eq(w.count, 0, "%s", w.last);
	source_paths_free(files, n);
	free(paths[0]);
	free(paths[1]);
	free(paths[2]);
	p = xasprintf("rm -rf '%s'", dir);
	cr_assert_eq(system(p), 0);
	free(p);
}

Test(source, an_empty_directory_walks_to_nothing_and_says_so)
{
	char dir[] = "/tmp/gisa-empty-XXXXXX", *paths[1], **files, *p;
	struct warned w = { 0, "" };
	size_t n;

	cr_assert_not_null(mkdtemp(dir));
	paths[0] = dir;
	n = source_expand(paths, 1, &files, warn, &w);
	cr_assert_eq(n, 0);
	cr_assert_eq(w.count, 1);
	cr_assert(strstr(w.last, "no pages found") != NULL, "%s", w.last);
	source_paths_free(files, n);
	p = xasprintf("rmdir '%s'", dir);
	cr_assert_eq(system(p), 0);
	free(p);
}

Test(source, pages_past_the_maximum_are_refused_unread)
{
	char dir[] = "/tmp/gisa-max-XXXXXX", *path, *err = NULL, *cmd;
	struct buf b = BUF_INIT;
	FILE *f;
	size_t i;

	/* a regular file: refused by its size */
	cr_assert_not_null(mkdtemp(dir));
	path = xasprintf("%s/big.txt", dir);
	f = fopen(path, "w");
	for (i = 0; i < 5000; i++)
		fputc('a', f);
	fclose(f);
	cr_assert_eq(source_read_max(path, &b, 4096, &err), -1);
	cr_assert_str_eq(err, "larger than the maximum page size of 4 KiB (--max-page-size), skipped");
	cr_assert_eq(b.len, 0);
	free(err);
	cr_assert_eq(source_read_max(path, &b, 5000, &err), 0, "exactly the maximum is fine");
	cr_assert_eq(b.len, 5000);
	buf_reset(&b);
	/* a device without an end: stops at max + 1 bytes */
	cr_assert_eq(source_read_max("/dev/zero", &b, (size_t)1 << 20, &err), -1);
	cr_assert(strstr(err, "1 MiB") != NULL, "%s", err);
	cr_assert_eq(b.len, 0);
	free(err);
	cr_assert_eq(source_read_max("/dev/urandom", &b, 70000, &err), -1);
	free(err);
	buf_free(&b);
	free(path);
	cmd = xasprintf("rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
	free(cmd);
}

Test(source, a_device_as_a_path_goes_through_the_walk)
{
	char *paths[1] = { (char *)"/dev/zero" }, **files;
	struct warned w = { 0, "" };
	size_t n = source_expand(paths, 1, &files, warn, &w);

	/* named on the command line it is read (bounded by source_read_max) */
	cr_assert_eq(n, 1);
	source_paths_free(files, n);
}
