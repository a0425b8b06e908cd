/* test_lexicon.c — the compiled word lists and their look-ups. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/lexicon.h"

Test(lexicon, entities_table_is_complete)
{
	const struct lexicon *lx = lexicon_get(LEX_ENTITIES);

	cr_assert_eq(lx->n, 2231);
	cr_assert_not_null(lexicon_find(lx, "amp;", 4));
	cr_assert_not_null(lexicon_find(lx, "middot;", 7));
	cr_assert_not_null(lexicon_find(lx, "NotNestedGreaterGreater;", 24));
}

Test(lexicon, longest_prefix_wins)
{
	const struct lexicon *lx = lexicon_get(LEX_ENTITIES);
	size_t len = 0;
	const struct lex_entry *e = lexicon_prefix(lx, "notin;x", 7, &len);

	cr_assert_not_null(e);
	cr_assert_eq(len, 6);
	e = lexicon_prefix(lx, "notx", 4, &len);	/* legacy &not without ';' */
	cr_assert_not_null(e);
	cr_assert_eq(len, 3);
}

Test(lexicon, surnames_include_two_syllable_ones)
{
	const struct lexicon *lx = lexicon_get(LEX_SURNAMES);
	const char *two[] = { "남궁", "황보", "제갈", "선우", "독고" };
	size_t i;

	for (i = 0; i < 5; i++)
		cr_assert_not_null(lexicon_find(lx, two[i], strlen(two[i])), "%s", two[i]);
	cr_assert_not_null(lexicon_find(lx, "김", 3));
	cr_assert_gt(lx->n, 150);
}

Test(lexicon, outlets_are_found_by_alias_and_domain)
{
	const struct lexicon *lx = lexicon_get(LEX_OUTLETS);
	const struct lex_entry *e;

	e = lexicon_find(lx, "hankyung.com", 12);
	cr_assert_not_null(e);
	cr_assert_str_eq(e->f[0], "한국경제");
	e = lexicon_find(lx, "News1", 5);
	cr_assert_not_null(e);
	cr_assert_str_eq(e->f[0], "뉴스1");
	e = lexicon_find(lx, "이데일리", strlen("이데일리"));
	cr_assert_not_null(e);
}

Test(lexicon, every_list_loads)
{
	int id;

	for (id = 0; id < LEX_COUNT; id++)
		cr_assert_gt(lexicon_get((enum lex_id)id)->n, 10, "list %d", id);
}

/* The filters before the hash tables (lexicon.h: seen, next2) turn away
 * no key of any list: each is found, and is a prefix of itself. */
Test(lexicon, filters_keep_every_key)
{
	enum lex_id id;

	for (id = 0; id < LEX_COUNT; id++) {
		const struct lexicon *lx = lexicon_get(id);
		size_t i;

		for (i = 0; i < lx->n; i++) {
			const char *k = lx->e[i].f[0];
			size_t kl = strlen(k), len = 0;
			char buf[256];

			if (kl == 0 || kl + 8 > sizeof(buf))
				continue;
			cr_assert_not_null(lexicon_find(lx, k, kl), "list %d: %s", (int)id, k);
			/* followed by text, the key or a longer one is found */
			memcpy(buf, k, kl);
			memcpy(buf + kl, " \xEA\xB0\x80xyz", 7);
			cr_assert_not_null(lexicon_prefix(lx, buf, kl + 7, &len), "list %d: %s", (int)id, k);
			cr_assert_geq(len, kl, "list %d: %s", (int)id, k);
		}
	}
}

/* A group's short key is still found when no long key of the group
 * begins like the word (lexicon_prefix skips the long ones). */
Test(lexicon, prefix_short_key_after_skipped_long_ones)
{
	const struct lexicon *lx = lexicon_get(LEX_ENTITIES);
	size_t len = 0;
	const struct lex_entry *e = lexicon_prefix(lx, "notzz", 5, &len);

	cr_assert_not_null(e);
	cr_assert_eq(len, 3);	/* &not, not &notin; or &notni; */
	cr_assert_null(lexicon_find(lx, "notz", 4));
	cr_assert_null(lexicon_find(lx, "", 0));
}
