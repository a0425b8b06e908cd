/*
 * json.c — recursive descent over RFC 8259, depth-limited.
 *
 * The parser walks s with one cursor; every error records the cursor so
 * the message can say line and column.  Containers collect their
 * elements in a growable array which becomes the node's item block.
 */
#include "json.h"

#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct parser {
	const char *s, *p, *end;
	struct json_error *e;
	int failed;
};

static void
error_at(struct parser *ps, const char *at, const char *msg)
{
	const char *q, *line_start = ps->s;
	size_t line = 1, col = 1;

	if (ps->failed)
		return;
	ps->failed = 1;
	for (q = ps->s; q < at && q < ps->end; q++)
		if (*q == '\n') {
			line++;
			line_start = q + 1;
		}
	for (q = line_start; q < at && q < ps->end; q++)
		if (!utf8_is_cont(*q))
			col++;
	ps->e->line = line;
	ps->e->column = col;
	snprintf(ps->e->msg, sizeof(ps->e->msg), "%s", msg);
}

static void
skip_space(struct parser *ps)
{
	while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t'
	    || *ps->p == '\n' || *ps->p == '\r'))
		ps->p++;
}

static int
hex4(const char *p, uint32_t *out)
{
	uint64_t v;

	if (hex_decode(p, 4, 0, &v) != 0)
		return -1;
	*out = (uint32_t)v;
	return 0;
}

/* A string literal at ps->p (the opening quote) into out; *clean as
 * struct json says. */
static int
parse_string(struct parser *ps, struct buf *out, int *clean)
{
	const char *run;

	*clean = 1;
	ps->p++;
	run = ps->p;
	for (;;) {
		unsigned char c;

		if (ps->p >= ps->end) {
			error_at(ps, ps->p, "unterminated string");
			return -1;
		}
		c = (unsigned char)*ps->p;
		if (c == '"')
			break;
		if (c < 0x20) {
			error_at(ps, ps->p, "control character in a string (must be escaped)");
			return -1;
		}
		if (c >= 0x80) {
			uint32_t u;
			int len = utf8_decode(ps->p, (size_t)(ps->end - ps->p), &u);

			if (len < 0) {
				error_at(ps, ps->p, "invalid UTF-8 in a string");
				return -1;
			}
			if (*clean && !util_char_clean(u))
				*clean = 0;
			ps->p += len;
			continue;
		}
		if (c != '\\') {
			if (c == 0x7F)
				*clean = 0;
			ps->p++;
			continue;
		}
		buf_add(out, run, (size_t)(ps->p - run));
		if (ps->p + 1 >= ps->end) {
			error_at(ps, ps->p, "unterminated string");
			return -1;
		}
		switch (ps->p[1]) {
		case '"': buf_addc(out, '"'); break;
		case '\\': buf_addc(out, '\\'); break;
		case '/': buf_addc(out, '/'); break;
		case 'b': buf_addc(out, '\b'); *clean = 0; break;
		case 'f': buf_addc(out, '\f'); *clean = 0; break;
		case 'n': buf_addc(out, '\n'); *clean = 0; break;
		case 'r': buf_addc(out, '\r'); *clean = 0; break;
		case 't': buf_addc(out, '\t'); *clean = 0; break;
		case 'u': {
			uint32_t u, lo;

			if (ps->end - ps->p < 6 || hex4(ps->p + 2, &u) != 0) {
				error_at(ps, ps->p, "bad \\u escape (four hex digits expected)");
				return -1;
			}
			if (u >= 0xDC00 && u <= 0xDFFF) {
				error_at(ps, ps->p, "lone low surrogate in \\u escape");
				return -1;
			}
			if (u >= 0xD800 && u <= 0xDBFF) {
				if (ps->end - ps->p < 12 || ps->p[6] != '\\' || ps->p[7] != 'u'
				    || hex4(ps->p + 8, &lo) != 0 || lo < 0xDC00 || lo > 0xDFFF) {
					error_at(ps, ps->p, "high surrogate without its low surrogate");
					return -1;
				}
				u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
				ps->p += 6;
			}
			if (!util_char_clean(u))
				*clean = 0;
			buf_add_utf8(out, u);
			ps->p += 4;
			break;
		}
		default:
			error_at(ps, ps->p, "unknown escape in a string");
			return -1;
		}
		ps->p += 2;
		run = ps->p;
	}
	buf_add(out, run, (size_t)(ps->p - run));
	ps->p++;
	return 0;
}

static int
is_digit(const struct parser *ps, const char *p)
{
	return p < ps->end && *p >= '0' && *p <= '9';
}

static int
parse_number(struct parser *ps, double *out)
{
	const char *start = ps->p, *p = ps->p;
	const char *dot = localeconv()->decimal_point;
	struct buf b = BUF_INIT;
	char *end;

	if (p < ps->end && *p == '-')
		p++;
	if (!is_digit(ps, p)) {
		error_at(ps, p, "a digit expected");
		return -1;
	}
	if (*p == '0') {
		p++;
		if (is_digit(ps, p)) {
			error_at(ps, p, "leading zero in a number");
			return -1;
		}
	} else {
		while (is_digit(ps, p))
			p++;
	}
	if (p < ps->end && *p == '.') {
		p++;
		if (!is_digit(ps, p)) {
			error_at(ps, p, "a digit expected after the decimal point");
			return -1;
		}
		while (is_digit(ps, p))
			p++;
	}
	if (p < ps->end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < ps->end && (*p == '+' || *p == '-'))
			p++;
		if (!is_digit(ps, p)) {
			error_at(ps, p, "a digit expected in the exponent");
			return -1;
		}
		while (is_digit(ps, p))
			p++;
	}
	/* strtod reads the locale's decimal point */
	for (; start < p; start++) {
		if (*start == '.')
			buf_adds(&b, dot);
		else
			buf_addc(&b, *start);
	}
	*out = strtod(b.s, &end);
	buf_free(&b);
	ps->p = p;
	return 0;
}

static int parse_value(struct parser *ps, struct json *out, int depth);

static int
expect_word(struct parser *ps, const char *word)
{
	size_t n = strlen(word);

	if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0) {
		error_at(ps, ps->p, "unexpected character");
		return -1;
	}
	ps->p += n;
	return 0;
}

static int
parse_container(struct parser *ps, struct json *out, int depth)
{
	int object = *ps->p == '{';
	char close = object ? '}' : ']';
	size_t cap = 0, kcap = 0;
	struct buf key = BUF_INIT;
	int key_clean;	/* names are compared, never shown */

	if (depth >= JSON_MAX_DEPTH) {
		error_at(ps, ps->p, "nested too deeply");
		return -1;
	}
	out->type = object ? JSON_OBJECT : JSON_ARRAY;
	ps->p++;
	skip_space(ps);
	if (ps->p < ps->end && *ps->p == close) {
		ps->p++;
		return 0;
	}
	for (;;) {
		skip_space(ps);
		if (object) {
			if (ps->p >= ps->end || *ps->p != '"') {
				error_at(ps, ps->p, "a member name in quotes expected");
				return -1;
			}
			buf_reset(&key);
			if (parse_string(ps, &key, &key_clean) != 0) {
				buf_free(&key);
				return -1;
			}
			out->key = xgrow(out->key, &kcap, out->n + 1, sizeof(*out->key));
			out->key[out->n] = buf_detach(&key, NULL);
			skip_space(ps);
			if (ps->p >= ps->end || *ps->p != ':') {
				error_at(ps, ps->p, "':' expected after a member name");
				out->item = xgrow(out->item, &cap, out->n + 1, sizeof(*out->item));
				memset(&out->item[out->n], 0, sizeof(*out->item));
				out->n++;
				return -1;
			}
			ps->p++;
		}
		out->item = xgrow(out->item, &cap, out->n + 1, sizeof(*out->item));
		memset(&out->item[out->n], 0, sizeof(*out->item));
		out->n++;
		if (parse_value(ps, &out->item[out->n - 1], depth + 1) != 0)
			return -1;
		skip_space(ps);
		if (ps->p < ps->end && *ps->p == ',') {
			ps->p++;
			continue;
		}
		if (ps->p < ps->end && *ps->p == close) {
			ps->p++;
			return 0;
		}
		error_at(ps, ps->p, object ? "',' or '}' expected" : "',' or ']' expected");
		return -1;
	}
}

static int
parse_value(struct parser *ps, struct json *out, int depth)
{
	struct buf b = BUF_INIT;

	skip_space(ps);
	if (ps->p >= ps->end) {
		error_at(ps, ps->p, "a value expected, found the end");
		return -1;
	}
	switch (*ps->p) {
	case '{':
	case '[':
		return parse_container(ps, out, depth);
	case '"':
		out->type = JSON_STRING;
		if (parse_string(ps, &b, &out->clean) != 0) {
			buf_free(&b);
			return -1;
		}
		out->str = buf_detach(&b, &out->len);
		return 0;
	case 't':
		out->type = JSON_TRUE;
		return expect_word(ps, "true");
	case 'f':
		out->type = JSON_FALSE;
		return expect_word(ps, "false");
	case 'n':
		out->type = JSON_NULL;
		return expect_word(ps, "null");
	default:
		if (*ps->p == '-' || (*ps->p >= '0' && *ps->p <= '9')) {
			out->type = JSON_NUMBER;
			return parse_number(ps, &out->num);
		}
		error_at(ps, ps->p, "unexpected character");
		return -1;
	}
}

static void
free_inner(struct json *j)
{
	size_t i;

	for (i = 0; i < j->n; i++) {
		free_inner(&j->item[i]);
		if (j->key != NULL)
			free(j->key[i]);
	}
	free(j->item);
	free(j->key);
	free(j->str);
}

void
json_free(struct json *j)
{
	if (j == NULL)
		return;
	free_inner(j);
	free(j);
}

struct json *
json_parse(const char *s, size_t n, struct json_error *e)
{
	struct parser ps = { s, s, s + n, e, 0 };
	struct json *j = xcalloc(1, sizeof(*j));

	if (parse_value(&ps, j, 0) == 0) {
		skip_space(&ps);
		if (ps.p < ps.end)
			error_at(&ps, ps.p, "text after the value");
	}
	if (ps.failed) {
		json_free(j);
		return NULL;
	}
	return j;
}

const struct json *
json_get(const struct json *j, const char *key)
{
	size_t i;

	if (j == NULL || j->type != JSON_OBJECT)
		return NULL;
	for (i = 0; i < j->n; i++)
		if (strcmp(j->key[i], key) == 0)
			return &j->item[i];
	return NULL;
}
