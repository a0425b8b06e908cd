/* test_util.c — struct buf, the arena, strv, UTF-8 decoding. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "core/util.h"

Test(util, buf_grows_and_stays_terminated)
{
	struct buf b = BUF_INIT;
	int i;

	for (i = 0; i < 1000; i++)
		buf_printf(&b, "%d,", i);
	cr_assert_eq(b.s[b.len], '\0');
	cr_assert(strncmp(b.s, "0,1,2,", 6) == 0);
	buf_truncate(&b, 2);
	cr_assert_str_eq(b.s, "0,");
	buf_free(&b);
	cr_assert_null(b.s);
}

Test(util, buf_detach_empty_is_not_null)
{
	struct buf b = BUF_INIT;
	size_t len = 99;
	char *s = buf_detach(&b, &len);

	cr_assert_not_null(s);
	cr_assert_eq(len, 0);
	cr_assert_str_eq(s, "");
	free(s);
}

Test(util, utf8_encode_decode_roundtrip)
{
	uint32_t cps[] = { 0x41, 0xE9, 0xD55C, 0x1F600, 0x3000 };
	size_t i;

	for (i = 0; i < sizeof(cps) / sizeof(cps[0]); i++) {
		struct buf b = BUF_INIT;
		uint32_t u;
		int len;

		buf_add_utf8(&b, cps[i]);
		len = utf8_decode(b.s, b.len, &u);
		cr_assert_eq((size_t)len, b.len);
		cr_assert_eq(u, cps[i]);
		buf_free(&b);
	}
}

Test(util, utf8_rejects_overlong_surrogate_truncated)
{
	uint32_t u;

	cr_assert_eq(utf8_decode("\xC0\xAF", 2, &u), -1);
	cr_assert_eq(utf8_decode("\xED\xA0\x80", 3, &u), -1);
	cr_assert_eq(utf8_decode("\xED\x95", 2, &u), -1);
	cr_assert_eq(u, 0xFFFD);
}

Test(util, arena_keeps_everything_until_freed)
{
	struct arena a = { 0 };
	char *p[5000];
	int i;

	for (i = 0; i < 5000; i++) {
		char tmp[32];

		snprintf(tmp, sizeof(tmp), "s%d", i);
		p[i] = arena_strdup(&a, tmp);
	}
	p[0] = arena_alloc(&a, 3u << 20);	/* larger than a chunk */
	memset(p[0], 'x', 3u << 20);
	for (i = 1; i < 5000; i++) {
		char tmp[32];

		snprintf(tmp, sizeof(tmp), "s%d", i);
		cr_assert_str_eq(p[i], tmp);
	}
	arena_free(&a);
}

Test(util, arena_reset_keeps_its_largest_chunk)
{
	struct arena a = { 0 };
	char *p;
	int i;

	for (i = 0; i < 3000; i++)
		(void)arena_strdup(&a, "a string that fills more than one chunk of the arena ........"
		    "............................................................................"
		    "............................................................................"
		    "............................................................................"
		    "............................................................................");
	cr_assert_gt(a.used, (size_t)1 << 20);
	arena_reset(&a);
	cr_assert_eq(a.used, 0);
	cr_assert_not_null(a.head);
	p = arena_alloc(&a, 16);	/* from the kept chunk, from its start */
	memset(p, 'y', 16);
	cr_assert_eq(a.used, 16);
	arena_free(&a);
	cr_assert_null(a.head);
}

Test(util, an_unshared_arena_copies_every_string)
{
	struct arena a = { 0 }, u = { 0 };
	const char *x, *y;

	x = arena_strndup_shared(&a, "배경훈", strlen("배경훈"));
	y = arena_strndup_shared(&a, "배경훈", strlen("배경훈"));
	cr_assert_eq(x, y, "shared");
	u.unshared = 1;
	x = arena_strndup_shared(&u, "배경훈", strlen("배경훈"));
	y = arena_strndup_shared(&u, "배경훈", strlen("배경훈"));
	cr_assert_neq(x, y);
	cr_assert_str_eq(x, y);
	cr_assert_null(u.shared, "no cache");
	arena_free(&a);
	arena_free(&u);
}

Test(util, strv_add_remove)
{
	struct strv sv = STRV_INIT;

	strv_add(&sv, "abc", 3);
	strv_add(&sv, "defg", 2);
	strv_add(&sv, "x", 1);
	strv_remove(&sv, 1);
	cr_assert_eq(sv.n, 2);
	cr_assert_str_eq(sv.v[0], "abc");
	cr_assert_str_eq(sv.v[1], "x");
	strv_free(&sv);
}

Test(util, shown_escapes_what_a_terminal_would_obey)
{
	char *s;

	s = util_shown("\x1b]0;pwned\x07.txt");
	cr_assert_str_eq(s, "\\033]0;pwned\\a.txt");
	free(s);
	s = util_shown("a\tb\nc\rd\x7f" "e\x01");
	cr_assert_str_eq(s, "a\\tb\\nc\\rd\\177e\\001");
	free(s);
	s = util_shown("\xC2\x9B" "2J \xE2\x80\xAE" "txt.exe \xE2\x81\xA6");
	cr_assert_str_eq(s, "\\u009b2J \\u202etxt.exe \\u2066");
	free(s);
	s = util_shown("bad \xff\xc3 한글·“인용” \\ ok");
	cr_assert_str_eq(s, "bad \\377\\303 한글·“인용” \\ ok");
	free(s);
}

Test(util, parse_size_with_units)
{
	size_t v = 0;

	cr_assert_eq(util_parse_size("8M", &v), 0);
	cr_assert_eq(v, (size_t)8 << 20);
	cr_assert_eq(util_parse_size("512k", &v), 0);
	cr_assert_eq(v, (size_t)512 << 10);
	cr_assert_eq(util_parse_size("2GiB", &v), 0);
	cr_assert_eq(v, (size_t)2 << 30);
	cr_assert_eq(util_parse_size("20000000", &v), 0);
	cr_assert_eq(v, 20000000);
	cr_assert_eq(util_parse_size("100B", &v), 0);
	cr_assert_eq(v, 100);
	cr_assert_eq(util_parse_size("", &v), -1);
	cr_assert_eq(util_parse_size("-1", &v), -1);
	cr_assert_eq(util_parse_size("8 M", &v), -1);
	cr_assert_eq(util_parse_size("3x", &v), -1);
	cr_assert_eq(util_parse_size("99999999999999999999999", &v), -1);
	cr_assert_eq(util_parse_size("99999999999999G", &v), -1);
}

Test(util, utf8_syllable_agrees_with_decode)
{
	/* every 3-byte sequence led by EA-ED, and the edges of the block */
	char s[3];
	unsigned a, b, c;
	uint32_t u = 0, v = 0;

	for (a = 0xEA; a <= 0xED; a++)
		for (b = 0x7F; b <= 0xC0; b++)
			for (c = 0x7F; c <= 0xC0; c++) {
				int l, m;

				s[0] = (char)a, s[1] = (char)b, s[2] = (char)c;
				l = utf8_syllable(s, 3, &u);
				m = utf8_decode(s, 3, &v);
				if (l != 0)
					cr_assert(m == 3 && u == v && u >= 0xAC00 && u <= 0xD7A3);
				else
					cr_assert(m != 3 || v < 0xAC00 || v > 0xD7A3);
			}
	cr_assert_eq(utf8_syllable("\xEA\xB0\x80", 2, &u), 0);	/* cut short */
	cr_assert_eq(utf8_syllable("A", 1, &u), 0);
}

Test(util, buf_add_u64_i64_print_as_printf)
{
	struct buf b = BUF_INIT;

	buf_add_u64(&b, 0);
	buf_addc(&b, ' ');
	buf_add_u64(&b, UINT64_MAX);
	buf_addc(&b, ' ');
	buf_add_i64(&b, INT64_MIN);
	buf_addc(&b, ' ');
	buf_add_i64(&b, -42);
	cr_assert_str_eq(b.s, "0 18446744073709551615 -9223372036854775808 -42");
	buf_free(&b);
}

Test(util, buf_add_grouped_puts_a_comma_every_three_digits)
{
	struct buf b = BUF_INIT;
	const uint64_t v[] = { 0, 7, 999, 1000, 37000, 100000, 1234567 };
	size_t i;

	for (i = 0; i < sizeof(v) / sizeof(*v); i++) {
		buf_add_grouped(&b, v[i]);
		buf_addc(&b, ' ');
	}
	cr_assert_str_eq(b.s, "0 7 999 1,000 37,000 100,000 1,234,567 ");
	buf_free(&b);
}

Test(util, buf_printf_fills_the_room_then_grows)
{
	struct buf b = BUF_INIT;
	char big[300];

	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	buf_adds(&b, "ab");
	buf_printf(&b, "%s|%d", big, 7);	/* more than the room */
	buf_printf(&b, "%c", 'z');		/* fits */
	cr_assert_eq(b.len, 2 + 299 + 2 + 1);
	cr_assert_eq(b.s[b.len], '\0');
	cr_assert_eq(b.s[2 + 299], '|');
	cr_assert_eq(b.s[b.len - 1], 'z');
	buf_free(&b);
}

Test(util, hangul_at_is_the_one_syllable_helper)
{
	const char *s = "A가\xEA\xB0" "힣";	/* 가 at 1, a cut 가 at 4, 힣 at 6 */
	size_t n = strlen(s);

	cr_expect_eq(hangul_at(s, n, 0), 0);
	cr_expect_eq(hangul_at(s, n, 1), 0xAC00);
	cr_expect_eq(hangul_at(s, n, 2), 0, "not at a character start");
	cr_expect_eq(hangul_at(s, n, 4), 0, "EA B0 then ED: no continuation byte");
	cr_expect_eq(hangul_at(s, n, 6), 0xD7A3);
	cr_expect_eq(hangul_at(s, n, 7), 0);
	cr_expect_eq(hangul_at(s, n, n), 0);
	cr_expect_eq(hangul_at(s, n, (size_t)-3), 0, "before the start");
	cr_expect_eq(hangul_at(s, 8, 6), 0, "cut short by n");
	cr_expect(hangul_is_syllable(0xAC00) && hangul_is_syllable(0xD7A3));
	cr_expect(!hangul_is_syllable(0xABFF) && !hangul_is_syllable(0xD7A4));
	cr_expect(!hangul_is_syllable(0x3131), "a compatibility jamo is no syllable");
	cr_expect_eq(hangul_final(0xAC00), 0);	/* 가 */
	cr_expect_eq(hangul_final(0xAC11), 17);	/* 갑: ㅂ */
	cr_expect_eq(hangul_final(0xD7A3), 27);	/* 힣: ㅎ */
	cr_expect_eq(hangul_vowel(0xAC00), 0);	/* 가: ㅏ */
	cr_expect_eq(hangul_vowel(0xB974), 18);	/* 르: ㅡ */
	cr_expect_eq(hangul_vowel(0xD7A3), 20);	/* 힣: ㅣ */
}

Test(util, utf8_next_prev_align_step_by_character)
{
	const char *s = "a가😀b";	/* a at 0, 가 at 1, the emoji at 4, b at 8 */
	size_t n = strlen(s);

	cr_expect_eq(utf8_next(s, n, 0), 1);
	cr_expect_eq(utf8_next(s, n, 1), 4);
	cr_expect_eq(utf8_next(s, n, 4), 8);
	cr_expect_eq(utf8_next(s, n, 8), 9);
	cr_expect_eq(utf8_next(s, n, n), n, "stays at the end");
	cr_expect_eq(utf8_next(s, n, 2), 4, "from inside a character");
	cr_expect_eq(utf8_prev(s, n), 8);
	cr_expect_eq(utf8_prev(s, 8), 4);
	cr_expect_eq(utf8_prev(s, 4), 1);
	cr_expect_eq(utf8_prev(s, 1), 0);
	cr_expect_eq(utf8_prev(s, 0), 0, "stays at the start");
	cr_expect_eq(utf8_prev(s, 3), 1, "from inside a character");
	cr_expect_eq(utf8_align(s, n, 2), 4);
	cr_expect_eq(utf8_align(s, n, 4), 4);
	cr_expect_eq(utf8_align(s, n, n + 1), n + 1, "past the end stays");
	cr_expect(utf8_is_cont(s[2]) && !utf8_is_cont(s[1]) && !utf8_is_cont(s[0]));
	cr_expect_eq(utf8_prev("\x80\x80", 2), 0, "no start at all");
}

Test(util, hex_decode_is_the_one_hex_decoder)
{
	uint64_t v = 7;

	cr_expect_eq(hex_digit('0'), 0);
	cr_expect_eq(hex_digit('9'), 9);
	cr_expect_eq(hex_digit('a'), 10);
	cr_expect_eq(hex_digit('F'), 15);
	cr_expect_eq(hex_digit('g'), -1);
	cr_expect_eq(hex_digit('G'), -1);
	cr_expect_eq(hex_digit(0x10), -1, "0x10 | 0x20 is '0' but no digit");
	cr_expect_eq(hex_digit('@'), -1);
	cr_assert_eq(hex_decode("00ff00ff00ff00ff", 16, 1, &v), 0);
	cr_expect_eq(v, 0x00ff00ff00ff00ffull);
	cr_assert_eq(hex_decode("D7a3", 4, 0, &v), 0);
	cr_expect_eq(v, 0xD7A3);
	v = 7;
	cr_expect_eq(hex_decode("D7a3", 4, 1, &v), -1, "ids are lower case");
	cr_expect_eq(hex_decode("12x4", 4, 0, &v), -1);
	cr_expect_eq(v, 7, "untouched on failure");
}

Test(util, name_index_finds_the_word_or_says_no)
{
	static const char *const names[] = { "date", NULL, "outlet", "title" };

	cr_expect_eq(util_name_index(names, 4, "date"), 0);
	cr_expect_eq(util_name_index(names, 4, "outlet"), 2);
	cr_expect_eq(util_name_index(names, 4, "title"), 3);
	cr_expect_eq(util_name_index(names, 3, "title"), -1);
	cr_expect_eq(util_name_index(names, 4, "Date"), -1);
	cr_expect_eq(util_name_index(names, 4, ""), -1);
}
