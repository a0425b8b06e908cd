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
	cr_expect_null(keymap_key_name(0x1F600, tmp));
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
