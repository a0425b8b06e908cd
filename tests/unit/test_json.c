/* test_json.c — the strict parser: values, escapes, errors with positions. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "core/json.h"
#include "core/util.h"

static struct json *
ok(const char *s)
{
	struct json_error e;
	struct json *j = json_parse(s, strlen(s), &e);

	cr_assert_not_null(j, "%s: %zu:%zu: %s", s, e.line, e.column, e.msg);
	return j;
}

static struct json_error
bad(const char *s)
{
	struct json_error e;
	struct json *j;

	memset(&e, 0, sizeof(e));
	j = json_parse(s, strlen(s), &e);
	cr_assert_null(j, "accepted: %s", s);
	cr_assert_neq(e.msg[0], '\0');
	return e;
}

Test(json, scalars_and_containers)
{
	struct json *j = ok(" {\"a\":[1,-2.5e3,0,true,false,null],\"b\":{},\"c\":[],\"d\":\"x\"} ");
	const struct json *a = json_get(j, "a");

	cr_assert_eq(j->type, JSON_OBJECT);
	cr_assert_eq(a->type, JSON_ARRAY);
	cr_assert_eq(a->n, 6);
	cr_assert_eq(a->item[0].num, 1);
	cr_assert_eq(a->item[1].num, -2500);
	cr_assert_eq(a->item[3].type, JSON_TRUE);
	cr_assert_eq(a->item[4].type, JSON_FALSE);
	cr_assert_eq(a->item[5].type, JSON_NULL);
	cr_assert_eq(json_get(j, "b")->type, JSON_OBJECT);
	cr_assert_eq(json_get(j, "b")->n, 0);
	cr_assert_str_eq(json_get(j, "d")->str, "x");
	cr_assert_null(json_get(j, "nope"));
	cr_assert_null(json_get(a, "a"), "not an object");
	json_free(j);
	j = ok("35500000000000");
	cr_assert_eq(j->num, 35500000000000.0);
	json_free(j);
}

Test(json, string_escapes_and_surrogate_pairs)
{
	struct json *j = ok("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u0041\\uAC00\\ud83d\\ude00 한글\"");

	cr_assert_str_eq(j->str, "a\"b\\c/d\b\f\n\r\tA가\xf0\x9f\x98\x80 한글");
	json_free(j);
	j = ok("\"\\u0000x\"");
	cr_assert_eq(j->len, 2, "a decoded NUL is kept");
	json_free(j);
}

Test(json, refuses_what_rfc_8259_refuses)
{
	static const char *const cases[] = {
		"", "   ", "{", "[1,]", "{\"a\":1,}", "{'a':1}", "{a:1}", "[01]", "[1.]", "[.5]",
		"[+1]", "[1e]", "[NaN]", "[Infinity]", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"",
		"\"\\udc00\"", "\"\\ud800\\u0041\"", "\"tab\there\"", "\"\xff\"", "\"\xc0\xaf\"",
		"[1] [2]", "tru", "nul", "[1 2]", "{\"a\" 1}", "// c\n1", "\"unterminated",
		NULL
	};
	size_t i;

	for (i = 0; cases[i] != NULL; i++)
		bad(cases[i]);
}

Test(json, errors_say_line_and_column)
{
	struct json_error e = bad("{\"a\": 1,\n  \"가나\": tru }");

	cr_assert_eq(e.line, 2);
	cr_assert_eq(e.column, 9, "counted in characters: %zu", e.column);
	e = bad("[1,\n2,\n]");
	cr_assert_eq(e.line, 3);
	cr_assert_eq(e.column, 1);
}

Test(json, depth_is_limited)
{
	struct buf b = BUF_INIT;
	struct json *j;
	struct json_error e;
	int i;

	for (i = 0; i < JSON_MAX_DEPTH; i++)
		buf_addc(&b, '[');
	for (i = 0; i < JSON_MAX_DEPTH; i++)
		buf_addc(&b, ']');
	j = ok(b.s);
	json_free(j);
	buf_reset(&b);
	for (i = 0; i < 100000; i++)
		buf_addc(&b, '[');
	j = json_parse(b.s, b.len, &e);
	cr_assert_null(j);
	cr_assert(strstr(e.msg, "deep") != NULL, "%s", e.msg);
	buf_free(&b);
}

Test(json, long_hangul_strings_are_checked_byte_for_byte)
{
	/*
	 * Long runs of syllables and ASCII are taken 16 bytes at a time: at
	 * every offset, a string that is fine stays whole and clean, and one
	 * byte that breaks it (a lone continuation byte, a surrogate, a lead
	 * without its last byte, a raw control, a quote's backslash) is
	 * still found wherever it falls.
	 */
	static const char body[] = "가나다 라마바 ABC 사아자 힣힘 한국어 “문장” 123 입니다 "
	    "차카타파하 · 거너더 러머버 서어저";	/* 가 EA, 힣 ED 9E A3 */
	static const char *const breaks[] = { "\x80", "\xED\xA0\x80", "\xEB\xB0", "\x01",
		"\\q", "\xC0\xAF" };
	char text[512], in[600];
	size_t off, b, at;

	for (off = 0; off < 40; off++) {
		struct json *j;
		struct json_error e;

		/* a prefix of off ASCII bytes shifts the blocks over the text */
		memset(text, 'x', off);
		strcpy(text + off, body);
		strcat(text, body);
		snprintf(in, sizeof(in), "[\"%s\"]", text);
		j = json_parse(in, strlen(in), &e);
		cr_assert_not_null(j, "offset %zu: %s", off, e.msg);
		cr_assert_eq(j->item[0].len, strlen(text));
		cr_assert_str_eq(j->item[0].str, text);
		cr_assert(j->item[0].clean, "offset %zu", off);
		json_free(j);
		for (at = off; at < strlen(text); at++) {
			if (((unsigned char)text[at] & 0xC0) == 0x80)
				continue;	/* at a character's start: never inside one */
			for (b = 0; b < sizeof(breaks) / sizeof(*breaks); b++) {
				snprintf(in, sizeof(in), "[\"%.*s%s%s\"]", (int)at, text, breaks[b], text + at);
				memset(&e, 0, sizeof(e));
				cr_assert_null(json_parse(in, strlen(in), &e), "offset %zu: break %zu at %zu accepted",
				    off, b, at);
				cr_assert_neq(e.msg[0], '\0');
			}
		}
	}
}
