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
