/* test_keymap.c — one key table: the bindings, the help screen (printed
 * from keymap_keys and keymap_help) and the man page's KEYS section agree. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "core/keymap.h"

static const char *
keys(enum request req)
{
	static struct buf b = BUF_INIT;

	buf_reset(&b);
	keymap_keys(req, "  ", &b);
	return b.s;
}

Test(keymap, every_request_has_keys_and_help)
{
	int r;

	for (r = REQ_NONE + 1; r < REQ_COUNT; r++) {
		cr_expect_not_null(keymap_help((enum request)r), "request %d", r);
		cr_expect_neq(keys((enum request)r)[0], '\0', "request %d has no key", r);
	}
}

Test(keymap, bindings)
{
	cr_expect_eq(keymap_request('j'), REQ_DOWN);
	cr_expect_eq(keymap_request(KS_DOWN), REQ_DOWN);
	cr_expect_eq(keymap_request(KEYMAP_CTRL('f')), REQ_PAGE_DOWN);
	cr_expect_eq(keymap_request('\r'), REQ_ENTER);
	cr_expect_eq(keymap_request('n'), REQ_NEXT_MATCH);
	cr_expect_eq(keymap_request('x'), REQ_NONE);
}

Test(keymap, help_names_every_bound_key)
{
	/* the help screen once left these out */
	cr_expect_str_eq(keys(REQ_PAGE_DOWN), "Space  PgDn  ^F");
	cr_expect_str_eq(keys(REQ_PAGE_UP), "b  PgUp  ^B");
	cr_expect_str_eq(keys(REQ_HALF_DOWN), "d  ^D");
	cr_expect_str_eq(keys(REQ_HALF_UP), "u  ^U");
	cr_expect_str_eq(keys(REQ_FIRST), "g  Home  <");
	cr_expect_str_eq(keys(REQ_LAST), "G  End  >");
	cr_expect_str_eq(keys(REQ_ENTER), "Enter", "three keys, one name");
}

Test(keymap, key_names)
{
	char tmp[8];

	cr_expect_str_eq(keymap_key_name(KEYMAP_CTRL('l'), tmp), "^L");
	cr_expect_str_eq(keymap_key_name('\t', tmp), "Tab");
	cr_expect_str_eq(keymap_key_name(KS_BTAB, tmp), "Shift-Tab");
	cr_expect_str_eq(keymap_key_name(0x3153, tmp), "\xE3\x85\x93", "a key past ASCII is its character (ㅓ)");
	cr_expect_null(keymap_key_name(0x85, tmp), "a C1 control has no name to show");
}

/* The items of the man page's KEYS list, "j , Down" each. */
static size_t
man_items(char items[][96], size_t max)
{
	FILE *f = fopen(ABS_SRCDIR "/man/gisa.1", "r");
	char line[512];
	int in = 0;
	size_t n = 0;

	cr_assert_not_null(f);
	while (fgets(line, sizeof(line), f) != NULL) {
		char *p, *o;

		line[strcspn(line, "\n")] = '\0';
		if (strcmp(line, ".Sh KEYS") == 0)
			in = 1;
		else if (in && strcmp(line, ".El") == 0)
			break;
		if (!in || strncmp(line, ".It ", 4) != 0 || n == max)
			continue;
		/* ".It Cm j , Cm Down" → "j , Down"; "\&?" → "?" */
		for (p = line + 4, o = items[n]; *p != '\0' && o < items[n] + 95;) {
			if (strncmp(p, "Cm ", 3) == 0)
				p += 3;
			else if (strncmp(p, "\\&", 2) == 0)
				p += 2;
			else
				*o++ = *p++;
		}
		*o = '\0';
		n++;
	}
	fclose(f);
	return n;
}

Test(keymap, man_page_agrees)
{
	static char items[64][96];
	size_t n = man_items(items, 64), i;
	int r;

	cr_expect_eq(n, REQ_COUNT - 1, "one KEYS item per request: %zu", n);
	for (r = REQ_NONE + 1; r < REQ_COUNT; r++) {
		struct buf b = BUF_INIT;

		keymap_keys((enum request)r, " , ", &b);
		for (i = 0; i < n && strcmp(items[i], b.s) != 0; i++)
			;
		cr_expect_lt(i, n, "the man page has no item \"%s\"", b.s);
		buf_free(&b);
	}
}

Test(keymap, counts_repeat_movement_and_G_goes_to_the_row)
{
	struct keycount c = { 0 };
	enum request req;
	int first;

	cr_assert_eq(keymap_count_digit(&c, '0'), 0, "0 alone is no count");
	cr_assert_eq(keymap_count_digit(&c, '2'), 1);
	cr_assert_eq(keymap_count_digit(&c, '0'), 1);
	cr_assert_eq(c.n, 20);
	req = REQ_LAST;
	cr_assert_eq(keymap_count_apply(&c, &req, &first), 19);
	cr_assert(first && req == REQ_DOWN);
	cr_assert_eq(c.n, 0, "the count is used up");
	req = REQ_LAST;
	cr_assert_eq(keymap_count_apply(&c, &req, &first), 1);
	cr_assert(!first && req == REQ_LAST, "G alone: the bottom");
	keymap_count_digit(&c, '5');
	req = REQ_DOWN;
	cr_assert_eq(keymap_count_apply(&c, &req, &first), 5);
	keymap_count_digit(&c, '3');
	req = REQ_NEXT_ARTICLE;
	cr_assert_eq(keymap_count_apply(&c, &req, &first), 3, "3J: three articles on");
	keymap_count_digit(&c, '3');
	req = REQ_TAG;
	cr_assert_eq(keymap_count_apply(&c, &req, &first), 1, "no count for what is no movement");
	for (int i = 0; i < 12; i++)
		keymap_count_digit(&c, '9');
	cr_assert_eq(c.n, KEYMAP_COUNT_MAX);
	cr_assert_eq(keymap_count_digit(&c, 'j'), 0);
}

Test(keymap, key_names_parse_back)
{
	int k[3];
	const char *why;
	char tmp[8];
	static const char *const names[] = {
		"j", "G", "?", "Space", "Tab", "Down", "Up", "PgDn", "PgUp", "Home", "End",
		"Shift-Tab", "F1", "^F", "^L", "\xE3\x85\x93",
	};
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		cr_assert_eq(keymap_parse_key(names[i], k, &why), 1, "%s: %s", names[i], why);
		cr_assert_str_eq(keymap_key_name(k[0], tmp), names[i], "the help's name is the one read");
	}
	cr_assert_eq(keymap_parse_key("Enter", k, &why), 3, "Enter is three keys");
	cr_assert_eq(k[0], '\n');
	cr_assert_eq(keymap_parse_key("^m", k, &why), 3, "^M is the Enter key");
	cr_assert_eq(keymap_parse_key("^f", k, &why), 1);
	cr_assert_eq(k[0], KEYMAP_CTRL('f'));
	cr_assert_eq(keymap_parse_key("PageDown", k, &why), 1);
	cr_assert_eq(k[0], KS_PGDN);
	cr_assert_eq(keymap_parse_key("0", k, &why), 0);
	cr_assert_eq(keymap_parse_key("^[", k, &why), 0, "^[ is Esc");
	cr_assert_eq(keymap_parse_key("\t", k, &why), 0, "a raw control character");
	cr_assert_eq(keymap_parse_key("\xC2\x85", k, &why), 0, "C1 control");
	cr_assert_eq(keymap_parse_key("\xFF", k, &why), 0, "not UTF-8");
	cr_assert_eq(keymap_parse_key("\xE2\x80\xAE", k, &why), 0, "U+202E would turn the help around");
	cr_assert_null(keymap_key_name(0x202E, tmp));
	cr_assert_eq(keymap_parse_key("\xCC\x81", k, &why), 0, "a combining mark alone");
	cr_assert_eq(keymap_parse_key("jk", k, &why), 0);
	cr_assert_eq(keymap_parse_key("", k, &why), 0);
}

Test(keymap, request_names_are_the_table_names)
{
	char tmp[KEYMAP_NAME_MAX];
	int r;

	cr_assert_str_eq(keymap_request_name(REQ_NEXT_ARTICLE, tmp), "next-article");
	cr_assert_str_eq(keymap_request_name(REQ_QUIT, tmp), "quit");
	cr_assert_null(keymap_request_name(REQ_NONE, tmp));
	for (r = REQ_NONE + 1; r < REQ_COUNT; r++)
		cr_assert_eq(keymap_parse_request(keymap_request_name((enum request)r, tmp)), r);
	cr_assert_eq(keymap_parse_request("REQ_QUIT"), REQ_NONE);
	cr_assert_eq(keymap_parse_request("Quit"), REQ_NONE);
}

Test(keymap, bind_unbind_reset)
{
	struct buf b = BUF_INIT;

	cr_assert_eq(keymap_bind('x', REQ_QUIT), 0);
	cr_assert_eq(keymap_request('x'), REQ_QUIT);
	keymap_keys(REQ_QUIT, " ", &b);
	cr_assert_str_eq(b.s, "Q ^C x", "a new key comes after the request's others");
	cr_assert_eq(keymap_bind('Q', REQ_HELP), 0);
	cr_assert_eq(keymap_request('Q'), REQ_HELP, "a bound key is bound again, not twice");
	keymap_unbind('q');
	cr_assert_eq(keymap_request('q'), REQ_NONE);
	buf_reset(&b);
	keymap_dump(&b);
	cr_assert_not_null(strstr(b.s, "unbind q\n"), "%s", b.s);
	cr_assert_not_null(strstr(b.s, "# back: no key\n"), "%s", b.s);
	cr_assert_eq(keymap_bind(0x3153, REQ_DOWN), 0);	/* ㅓ, two columns */
	buf_reset(&b);
	keymap_dump(&b);
	cr_assert_not_null(strstr(b.s, "bind j         down\n"), "%s", b.s);
	cr_assert_not_null(strstr(b.s, "bind \xe3\x85\x93        down\n"),
	    "the request lines up after a wide key: %s", b.s);
	keymap_reset();
	cr_assert_eq(keymap_request('q'), REQ_BACK);
	cr_assert_eq(keymap_request('x'), REQ_NONE);
	cr_assert_eq(keymap_request('Q'), REQ_QUIT);
	for (int i = 0; i < KEYMAP_BINDINGS_MAX; i++)
		keymap_bind(0x4E00 + i, REQ_DOWN);
	cr_assert_eq(keymap_bind('x', REQ_DOWN), -1, "a full table says so");
	keymap_reset();
	buf_free(&b);
}
