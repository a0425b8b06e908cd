/*
 * json.c — recursive descent over RFC 8259, depth-limited.
 *
 * The parser walks s with one cursor; every error records the cursor so
 * the message can say line and column.  Every node, key and string of a
 * tree comes from one pool: a container's elements are parsed onto a
 * stack and copied into the pool when it closes, so a tree costs no
 * malloc of its own, and a pool parses line after line of a jsonl file
 * in the same memory.
 */
#include "json.h"

#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Bump memory for trees: one block, grown by doubling; a reset keeps
 * the block, so a pool in steady use allocates nothing.  Blocks that
 * filled up before the latest one stay on a list until the reset. */
struct json_pool {
	char *mem;
	size_t cap, used;
	char **old;		/* earlier blocks, freed by the reset */
	size_t nold, capold;
	struct json *stack;	/* elements of the open containers */
	char **keys;		/* their member names */
	size_t top, cap_stack, cap_keys;
	struct buf str;		/* a string with escapes, decoded */
};

struct parser {
	const char *s, *p, *end;
	struct json_error *e;
	struct json_pool *pool;
	int failed;
};

struct json_pool *
json_pool_new(void)
{
	return xcalloc(1, sizeof(struct json_pool));
}

static void
pool_reset(struct json_pool *pl)
{
	size_t i;

	for (i = 0; i < pl->nold; i++)
		free(pl->old[i]);
	pl->nold = 0;
	pl->used = 0;
	pl->top = 0;
}

void
json_pool_free(struct json_pool *pl)
{
	if (pl == NULL)
		return;
	pool_reset(pl);
	free(pl->old);
	free(pl->mem);
	free(pl->stack);
	free(pl->keys);
	buf_free(&pl->str);
	free(pl);
}

static void *
pool_alloc(struct json_pool *pl, size_t n)
{
	void *r;

	n = (n + 7) & ~(size_t)7;
	if (pl->cap - pl->used < n) {
		size_t cap = pl->cap ? pl->cap * 2 : 1 << 16;

		while (cap < n)
			cap *= 2;
		if (pl->mem != NULL) {
			pl->old = xgrow(pl->old, &pl->capold, pl->nold + 1, sizeof(*pl->old));
			pl->old[pl->nold++] = pl->mem;
		}
		pl->mem = xmalloc(cap);
		pl->cap = cap;
		pl->used = 0;
	}
	r = pl->mem + pl->used;
	pl->used += n;
	return r;
}

static char *
pool_str(struct json_pool *pl, const char *s, size_t n)
{
	char *r = pool_alloc(pl, n + 1);

	memcpy(r, s, n);
	r[n] = '\0';
	return r;
}

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

/* Bytes a string holds as they are, clean: printable ASCII but '"' and
 * '\\' (DEL is not clean). */
static const unsigned char str_plain[128] = {
	['\x20'] = 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
};

#if defined(__GNUC__) || defined(__clang__)
typedef unsigned char u8x16 __attribute__((vector_size(16)));
typedef signed char s8x16 __attribute__((vector_size(16)));

/*
 * Past the run at p (a character starts there) of printable ASCII and
 * Hangul syllables, 16 bytes at a time (the compiler's vectors: SSE2,
 * NEON), within [begin, end): what plain_run does a byte at a time.  A
 * byte is printable ASCII other than '"' and '\\', or a lead EA-ED, or a
 * continuation byte exactly where one of the two bytes before it is a
 * lead; EA 80-AF (not syllables), ED 9E and past (the last syllables,
 * then surrogates) are left to the byte-wise look.  The two bytes before
 * p and the one after the block are read, so blocks are taken only
 * where those exist.
 */
static const char *
syllable_blocks(const char *p, const char *begin, const char *end)
{
	const char *start = p;

	while (p - begin >= 2 && end - p >= 17) {
		u8x16 x, x1, xm1, xm2;
		s8x16 ascii, lead, cont, after, bad;
		uint64_t w[2];

		memcpy(&x, p, 16);
		memcpy(&x1, p + 1, 16);
		memcpy(&xm1, p - 1, 16);
		memcpy(&xm2, p - 2, 16);
		ascii = (x >= 0x20) & (x < 0x7F) & (x != '"') & (x != '\\');
		lead = (x >= 0xEA) & (x <= 0xED);
		cont = (x >= 0x80) & (x <= 0xBF);
		after = ((xm1 >= 0xEA) & (xm1 <= 0xED)) | ((xm2 >= 0xEA) & (xm2 <= 0xED));
		bad = ~(ascii | lead | cont) | (cont ^ after)
		    | ((x == 0xEA) & (x1 < 0xB0)) | ((x == 0xED) & (x1 >= 0x9E));
		memcpy(w, &bad, 16);
		if ((w[0] | w[1]) != 0)
			break;
		p += 16;
	}
	/* the last block taken may end with a syllable's first byte or two,
	 * its rest not yet looked at: back to that first byte */
	if (p > start) {
		unsigned char m1 = (unsigned char)p[-1], m2 = (unsigned char)p[-2];

		if (m1 >= 0xEA && m1 <= 0xED)
			p -= 1;
		else if (m2 >= 0xEA && m2 <= 0xED)
			p -= 2;
	}
	return p;
}
#else
static const char *
syllable_blocks(const char *p, const char *begin, const char *end)
{
	(void)begin;
	(void)end;
	return p;
}
#endif

/* Past the run at p (a character starts there) of what needs no second
 * look, most of a Korean text: printable ASCII and Hangul syllables,
 * each syllable's three bytes checked at once (EA B0 80..ED 9E A3, two
 * continuation bytes); a block at a time where syllable_blocks can, a
 * byte or a syllable at a time for the 16 bytes after a block it
 * refuses, then blocks again. */
static const char *
plain_run(const char *p, const char *begin, const char *end)
{
	for (;;) {
		const char *stop;

		p = syllable_blocks(p, begin, end);
		stop = end - p > 16 ? p + 16 : end;
		while (p < stop) {
			const unsigned char *q = (const unsigned char *)p;
			uint32_t b;

			if (*q < 0x80) {
				if (!str_plain[*q])
					return p;
				p++;
				continue;
			}
			if (end - p < 3 || *q < 0xEA || *q > 0xED)
				return p;
			b = (uint32_t)q[0] << 16 | (uint32_t)q[1] << 8 | q[2];
			if (b < 0xEAB080 || b > 0xED9EA3 || (b & 0xC0C0) != 0x8080)
				return p;
			p += 3;
		}
		if (p >= end)
			return p;
	}
}

/* A string literal at ps->p (the opening quote) into *str (in the pool)
 * and *len; *clean as struct json says. */
static int
parse_string(struct parser *ps, char **str, size_t *len, int *clean)
{
	struct buf *out = &ps->pool->str;
	const char *run, *start = ps->p + 1;
	int escaped = 0;

	buf_reset(out);
	*clean = 1;
	ps->p++;
	run = ps->p;
	for (;;) {
		unsigned char c;

		ps->p = plain_run(ps->p, ps->s, ps->end);
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
			int cl;

			if (utf8_syllable(ps->p, (size_t)(ps->end - ps->p), &u)) {
				ps->p += 3;	/* a Hangul syllable: clean, the most of it */
				continue;
			}
			cl = utf8_decode(ps->p, (size_t)(ps->end - ps->p), &u);

			if (cl < 0) {
				error_at(ps, ps->p, "invalid UTF-8 in a string");
				return -1;
			}
			if (*clean && !util_char_clean(u))
				*clean = 0;
			ps->p += cl;
			continue;
		}
		if (c != '\\') {
			if (c == 0x7F)
				*clean = 0;
			ps->p++;
			continue;
		}
		escaped = 1;
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
	if (escaped) {
		buf_add(out, run, (size_t)(ps->p - run));
		*str = pool_str(ps->pool, out->s != NULL ? out->s : "", out->len);
		*len = out->len;
	} else {
		*len = (size_t)(ps->p - start);
		*str = pool_str(ps->pool, start, *len);
	}
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
	const char *dot;
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
	if (p - start <= 16 && memchr(start, '.', (size_t)(p - start)) == NULL
	    && memchr(start, 'e', (size_t)(p - start)) == NULL
	    && memchr(start, 'E', (size_t)(p - start)) == NULL) {
		/* an integer of at most 15 digits is exact in a double */
		const char *d = start + (*start == '-');
		uint64_t v = 0;

		if (p - d <= 15) {
			for (; d < p; d++)
				v = v * 10 + (uint64_t)(*d - '0');
			*out = *start == '-' ? -(double)v : (double)v;
			ps->p = p;
			return 0;
		}
	}
	/* strtod reads the locale's decimal point */
	dot = localeconv()->decimal_point;
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
	struct json_pool *pl = ps->pool;
	int object = *ps->p == '{';
	char close = object ? '}' : ']';
	size_t base = pl->top, n;

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
		struct json v;
		char *key = NULL;

		skip_space(ps);
		if (object) {
			size_t klen;
			int kclean;	/* names are compared, never shown */

			if (ps->p >= ps->end || *ps->p != '"') {
				error_at(ps, ps->p, "a member name in quotes expected");
				break;
			}
			if (parse_string(ps, &key, &klen, &kclean) != 0)
				break;
			skip_space(ps);
			if (ps->p >= ps->end || *ps->p != ':') {
				error_at(ps, ps->p, "':' expected after a member name");
				break;
			}
			ps->p++;
		}
		/* parsed aside: a nested container grows the stack */
		memset(&v, 0, sizeof(v));
		if (parse_value(ps, &v, depth + 1) != 0)
			break;
		pl->stack = xgrow(pl->stack, &pl->cap_stack, pl->top + 1, sizeof(*pl->stack));
		pl->keys = xgrow(pl->keys, &pl->cap_keys, pl->top + 1, sizeof(*pl->keys));
		pl->stack[pl->top] = v;
		pl->keys[pl->top++] = key;
		skip_space(ps);
		if (ps->p < ps->end && *ps->p == ',') {
			ps->p++;
			continue;
		}
		if (ps->p < ps->end && *ps->p == close) {
			ps->p++;
			n = pl->top - base;
			out->n = n;
			out->item = pool_alloc(pl, n * sizeof(*out->item));
			memcpy(out->item, pl->stack + base, n * sizeof(*out->item));
			if (object) {
				out->key = pool_alloc(pl, n * sizeof(*out->key));
				memcpy(out->key, pl->keys + base, n * sizeof(*out->key));
			}
			pl->top = base;
			return 0;
		}
		error_at(ps, ps->p, object ? "',' or '}' expected" : "',' or ']' expected");
		break;
	}
	pl->top = base;
	return -1;
}

static int
parse_value(struct parser *ps, struct json *out, int depth)
{
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
		return parse_string(ps, &out->str, &out->len, &out->clean);
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

static const struct json *
parse_root(struct parser *ps)
{
	struct json *j;

	pool_reset(ps->pool);
	j = pool_alloc(ps->pool, sizeof(*j));
	memset(j, 0, sizeof(*j));
	if (parse_value(ps, j, 0) == 0) {
		skip_space(ps);
		if (ps->p < ps->end)
			error_at(ps, ps->p, "text after the value");
	}
	return ps->failed ? NULL : j;
}

const struct json *
json_parse_in(struct json_pool *pl, const char *s, size_t n, struct json_error *e)
{
	struct parser ps = { s, s, s + n, e, pl, 0 };

	return parse_root(&ps);
}

/* A tree of json_parse: its root, and the pool it lives in. */
struct owned {
	struct json root;	/* first: a struct json * is a struct owned * */
	struct json_pool *pool;
};

struct json *
json_parse(const char *s, size_t n, struct json_error *e)
{
	struct json_pool *pl = json_pool_new();
	const struct json *j = json_parse_in(pl, s, n, e);
	struct owned *o;

	if (j == NULL) {
		json_pool_free(pl);
		return NULL;
	}
	o = xmalloc(sizeof(*o));
	o->root = *j;
	o->pool = pl;
	return &o->root;
}

void
json_free(struct json *j)
{
	struct owned *o = (struct owned *)j;

	if (j == NULL)
		return;
	json_pool_free(o->pool);
	free(o);
}

const struct json *
json_get(const struct json *j, const char *key)
{
	size_t i;

	if (j == NULL || j->type != JSON_OBJECT)
		return NULL;
	/* the first byte first: the members of an object mostly differ there */
	for (i = 0; i < j->n; i++)
		if (j->key[i][0] == key[0] && strcmp(j->key[i], key) == 0)
			return &j->item[i];
	return NULL;
}
