/*
 * query.c — the filter language: a recursive-descent parser into a tree
 * of struct node, its evaluation on one article, and Korean numbers.
 *
 * The tree holds and/or/not nodes over atoms.  Atoms that search text
 * (bare words, title:, /regex/) refer by slot to a struct query_re in
 * query.re, so query_select can give every thread its own matchers.
 * Positive unit:, value: and kind: atoms joined by "and" at one level
 * are merged into one figure test that a single figure must pass.
 * Numbers and dates are read in query_value.c.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "figure.h"
#include "query.h"
#include "query_priv.h"
#include "text.h"

#define MAX_DEPTH 100

enum node_type {
	N_AND, N_OR, N_NOT,
	N_TEXT,		/* word: title, paragraphs, captions (re slot) */
	N_TITLE,	/* title: (re slot) */
	N_RE,		/* /regex/ (re slot) */
	N_PERSON, N_OUTLET, N_DATE, N_FIG, N_HAS,
	N_SAID,		/* said: (str) a quotation's speaker */
	N_QUOTE		/* quote: (re slot) the words of a quotation */
};

enum has_what { HAS_FIGURE, HAS_PERSON, HAS_DUPLICATE, HAS_TAG };

enum fig_cond_type { FC_UNIT, FC_VALUE, FC_KIND };
enum value_op { OP_EQ, OP_LT, OP_LE, OP_GT, OP_GE };

struct fig_cond {
	int type;	/* enum fig_cond_type */
	int op;		/* enum value_op, or the kind */
	double v;
	char *unit;
};

struct node {
	int type;
	struct node **kid;
	size_t nkid, capkid;
	size_t slot;		/* N_TEXT N_TITLE N_RE N_QUOTE */
	char *str;		/* N_PERSON N_OUTLET N_SAID */
	long lo, hi;		/* N_DATE: yyyymmdd, inclusive */
	int has;		/* N_HAS */
	struct fig_cond *fc;	/* N_FIG: all must hold for one figure */
	size_t nfc, capfc;
};

struct query {
	struct node *root;	/* NULL: everything */
	struct query_re **re;
	size_t nre, capre;
};

/* ---- the tree ---- */

static struct node *
node_new(int type)
{
	struct node *n = xcalloc(1, sizeof(*n));

	n->type = type;
	return n;
}

static void
node_add(struct node *n, struct node *kid)
{
	n->kid = xgrow(n->kid, &n->capkid, n->nkid + 1, sizeof(*n->kid));
	n->kid[n->nkid++] = kid;
}

static void
node_free(struct node *n)
{
	size_t i;

	if (n == NULL)
		return;
	for (i = 0; i < n->nkid; i++)
		node_free(n->kid[i]);
	for (i = 0; i < n->nfc; i++)
		free(n->fc[i].unit);
	free(n->fc);
	free(n->kid);
	free(n->str);
	free(n);
}

static struct fig_cond *
fc_add(struct node *n)
{
	n->fc = xgrow(n->fc, &n->capfc, n->nfc + 1, sizeof(*n->fc));
	memset(&n->fc[n->nfc], 0, sizeof(n->fc[0]));
	return &n->fc[n->nfc++];
}

void
query_free(struct query *q)
{
	if (q == NULL)
		return;
	node_free(q->root);
	query_res_free(q->re, q->nre);
	free(q);
}

/* ---- the parser ---- */

struct parser {
	const char *s;
	size_t n, pos;
	int depth;
	struct query *q;
	struct query_error *err;
};

static int
perror_at(struct parser *p, size_t at, const char *fmt, ...) GISA_PRINTF(3, 4);

static int
perror_at(struct parser *p, size_t at, const char *fmt, ...)
{
	va_list ap;

	if (p->err) {
		p->err->byte = at;
		p->err->col = text_width(p->s, at);
		va_start(ap, fmt);
		vsnprintf(p->err->msg, sizeof(p->err->msg), fmt, ap);
		va_end(ap);
	}
	return -1;
}

/* Length of the space at s (ASCII blanks and U+3000), 0 when none. */
static size_t
space_len(const char *s, size_t n)
{
	if (n >= 1 && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
		return 1;
	if (n >= 3 && memcmp(s, "\xe3\x80\x80", 3) == 0)
		return 3;
	return 0;
}

static void
skip_space(struct parser *p)
{
	size_t k;

	while ((k = space_len(p->s + p->pos, p->n - p->pos)) > 0)
		p->pos += k;
}

/* Does a word end at s[i]? */
static int
word_end(const struct parser *p, size_t i)
{
	return i >= p->n || p->s[i] == '(' || p->s[i] == ')' || space_len(p->s + i, p->n - i) > 0;
}

static int
at_or(const struct parser *p)
{
	return p->n - p->pos >= 2 && memcmp(p->s + p->pos, "or", 2) == 0 && word_end(p, p->pos + 2);
}

static size_t
add_re(struct query *q, struct query_re *re)
{
	q->re = xgrow(q->re, &q->capre, q->nre + 1, sizeof(*q->re));
	q->re[q->nre] = re;
	return q->nre++;
}

/* A literal, caseless text atom of type N_TEXT or N_TITLE for s[0..n),
 * which starts at byte at of the expression. */
static int
text_node(struct parser *p, int type, const char *s, size_t n, size_t at, struct node **out)
{
	char msg[160];
	size_t off = 0;
	struct query_re *re = query_re_compile_opts(s, n, QRE_LITERAL | QRE_NOCOLUMN,
	    msg, sizeof(msg), &off);

	if (re == NULL)		/* only invalid UTF-8 gets here */
		return perror_at(p, at, "%s", msg);
	*out = node_new(type);
	(*out)->slot = add_re(p->q, re);
	return 0;
}

/* "..." at p->pos (the quote): its content into *out (malloc'd). */
static int
parse_quoted(struct parser *p, char **out, size_t *outlen)
{
	size_t start = p->pos, i = p->pos + 1;
	struct buf b = BUF_INIT;

	while (i < p->n && p->s[i] != '"') {
		if (p->s[i] == '\\' && i + 1 < p->n && (p->s[i + 1] == '"' || p->s[i + 1] == '\\'))
			i++;
		buf_addc(&b, p->s[i++]);
	}
	if (i >= p->n) {
		buf_free(&b);
		return perror_at(p, start, "unterminated quote: no closing '\"'");
	}
	p->pos = i + 1;
	*outlen = b.len;
	*out = buf_detach(&b, NULL);
	return 0;
}

static int
parse_regex(struct parser *p, struct node **out)
{
	size_t start = p->pos, i = p->pos + 1, *map = NULL, cap = 0, off = 0;
	struct buf b = BUF_INIT;
	struct query_re *re;
	char msg[160];

	for (;;) {
		if (i >= p->n) {
			buf_free(&b);
			free(map);
			return perror_at(p, start, "unterminated /regex/: no closing '/'");
		}
		if (p->s[i] == '/')
			break;
		map = xgrow(map, &cap, b.len + 2, sizeof(*map));
		map[b.len] = i;
		if (p->s[i] == '\\' && i + 1 < p->n && p->s[i + 1] == '/') {
			buf_addc(&b, '/');
			i += 2;
			continue;
		}
		if (p->s[i] == '\\' && i + 1 < p->n) {
			map[b.len + 1] = i + 1;
			buf_add(&b, p->s + i, 2);
			i += 2;
			continue;
		}
		buf_addc(&b, p->s[i++]);
	}
	map = xgrow(map, &cap, b.len + 1, sizeof(*map));
	map[b.len] = i;
	if (b.len == 0) {
		free(map);
		buf_free(&b);
		return perror_at(p, start, "empty /regex/");
	}
	re = query_re_compile_opts(b.s ? b.s : "", b.len, QRE_NOCOLUMN, msg, sizeof(msg), &off);
	if (re == NULL) {
		size_t at = map[off < b.len ? off : b.len];

		free(map);
		buf_free(&b);
		return perror_at(p, at, "invalid /regex/: %s", msg);
	}
	free(map);
	buf_free(&b);
	p->pos = i + 1;
	*out = node_new(N_RE);
	(*out)->slot = add_re(p->q, re);
	return 0;
}

static const char *const fields[] = {
	"person", "outlet", "date", "unit", "value", "kind", "has", "title", "said", "quote"
};

static int
parse_value_cond(struct parser *p, size_t at, const char *v, struct node *nd)
{
	struct fig_cond *fc;
	const char *dots = strstr(v, "..");
	size_t skip = 0;

	if (dots) {	/* A..B: A <= value <= B, either end open */
		char *a = xstrndup(v, (size_t)(dots - v));
		int rc = 0;

		if (*a == '\0' && dots[2] == '\0')
			rc = perror_at(p, at, "value: range with no ends");
		if (rc == 0 && *a) {
			fc = fc_add(nd);
			fc->type = FC_VALUE;
			fc->op = OP_GE;
			if (query_parse_number(a, &fc->v) != 0)
				rc = perror_at(p, at, "bad number '%s' (write 100000, 1,000, 1.5, "
				    "10만, 35조5000억)", a);
		}
		if (rc == 0 && dots[2]) {
			fc = fc_add(nd);
			fc->type = FC_VALUE;
			fc->op = OP_LE;
			if (query_parse_number(dots + 2, &fc->v) != 0)
				rc = perror_at(p, at + (size_t)(dots + 2 - v), "bad number '%s' (write "
				    "100000, 1,000, 1.5, 10만, 35조5000억)", dots + 2);
		}
		free(a);
		return rc;
	}
	fc = fc_add(nd);

	fc->type = FC_VALUE;
	fc->op = OP_EQ;
	if (strncmp(v, ">=", 2) == 0)
		fc->op = OP_GE, skip = 2;
	else if (strncmp(v, "<=", 2) == 0)
		fc->op = OP_LE, skip = 2;
	else if (strncmp(v, "==", 2) == 0)
		skip = 2;
	else if (*v == '>')
		fc->op = OP_GT, skip = 1;
	else if (*v == '<')
		fc->op = OP_LT, skip = 1;
	else if (*v == '=')
		skip = 1;
	if (v[skip] == '\0')
		return perror_at(p, at, "value: needs a number after '%.*s'", (int)skip, v);
	if (query_parse_number(v + skip, &fc->v) != 0)
		return perror_at(p, at + skip, "bad number '%s' (write 100000, 1,000, 1.5, 10만, 35조5000억)",
		    v + skip);
	return 0;
}

/* field:value, with the field already known; vat is where the value starts. */
static int
parse_field(struct parser *p, const char *field, size_t fat, const char *v, size_t vlen,
	    size_t vat, struct node **out)
{
	struct node *nd = NULL;
	size_t k;

	if (vlen == 0)
		return perror_at(p, fat, "empty value for %s:", field);
	if (strcmp(field, "person") == 0 || strcmp(field, "outlet") == 0) {
		nd = node_new(field[0] == 'p' ? N_PERSON : N_OUTLET);
		nd->str = xstrndup(v, vlen);
	} else if (strcmp(field, "title") == 0) {
		if (text_node(p, N_TITLE, v, vlen, vat, &nd) != 0)
			return -1;
	} else if (strcmp(field, "said") == 0) {
		nd = node_new(N_SAID);
		nd->str = xstrndup(v, vlen);
	} else if (strcmp(field, "quote") == 0) {
		if (text_node(p, N_QUOTE, v, vlen, vat, &nd) != 0)
			return -1;
	} else if (strcmp(field, "date") == 0) {
		long lo, hi;
		int rc = query_date_parse(v, vlen, &lo, &hi);

		if (rc == -2)
			return perror_at(p, vat, "date range ends before it starts: %.*s", (int)vlen, v);
		if (rc != 0)
			return perror_at(p, vat, "bad date '%.*s' (write 2025, 2025-09, 2025-09-09, "
			    "2025-09..2025-12, 2025-09.. or ..2025-12)", (int)vlen, v);
		nd = node_new(N_DATE);
		nd->lo = lo;
		nd->hi = hi;
	} else if (strcmp(field, "unit") == 0) {
		struct fig_cond *fc;

		nd = node_new(N_FIG);
		fc = fc_add(nd);
		fc->type = FC_UNIT;
		fc->unit = xstrndup(v, vlen);
	} else if (strcmp(field, "value") == 0) {
		char *s = xstrndup(v, vlen);
		int rc;

		nd = node_new(N_FIG);
		rc = parse_value_cond(p, vat, s, nd);
		free(s);
		if (rc != 0) {
			node_free(nd);
			return -1;
		}
	} else if (strcmp(field, "kind") == 0) {
		struct fig_cond *fc;

		for (k = 0; k < FIG_NKINDS; k++)
			if (strlen(figure_kind_name((int)k)) == vlen &&
			    memcmp(figure_kind_name((int)k), v, vlen) == 0)
				break;
		if (k == FIG_NKINDS)
			return perror_at(p, vat, "unknown kind '%.*s' (money, count, percent, ratio, "
			    "rank, year, date or other)", (int)vlen, v);
		nd = node_new(N_FIG);
		fc = fc_add(nd);
		fc->type = FC_KIND;
		fc->op = (int)k;
	} else {	/* has */
		static const char *const what[] = { "figure", "person", "duplicate", "tag" };

		for (k = 0; k < 4; k++)
			if (strlen(what[k]) == vlen && memcmp(what[k], v, vlen) == 0)
				break;
		if (k == 4)
			return perror_at(p, vat, "unknown has:%.*s (figure, person, duplicate or tag)",
			    (int)vlen, v);
		nd = node_new(N_HAS);
		nd->has = (int)k;
	}
	*out = nd;
	return 0;
}

static int parse_or(struct parser *p, struct node **out);

static int
parse_atom(struct parser *p, struct node **out)
{
	size_t start = p->pos, i, k;
	char c = p->s[p->pos];

	if (c == '(') {
		struct node *inner = NULL;

		p->pos++;
		if (parse_or(p, &inner) != 0)
			return -1;
		skip_space(p);
		if (p->pos >= p->n || p->s[p->pos] != ')') {
			node_free(inner);
			return perror_at(p, start, "unbalanced parenthesis: this '(' is never closed");
		}
		p->pos++;
		if (inner == NULL)
			return perror_at(p, start, "empty parentheses");
		*out = inner;
		return 0;
	}
	if (c == '/')
		return parse_regex(p, out);
	if (c == '"') {
		char *w;
		size_t len;
		int rc;

		if (parse_quoted(p, &w, &len) != 0)
			return -1;
		if (len == 0) {
			free(w);
			return perror_at(p, start, "empty quotes");
		}
		rc = text_node(p, N_TEXT, w, len, start, out);
		free(w);
		return rc;
	}
	/* a field is ASCII letters and a colon */
	for (i = p->pos; i < p->n && isalpha((unsigned char)p->s[i]); i++)
		;
	if (i > p->pos && i < p->n && p->s[i] == ':') {
		char name[16];
		size_t flen = i - p->pos, vat = i + 1;
		int rc;

		for (k = 0; k < sizeof(fields) / sizeof(fields[0]); k++)
			if (strlen(fields[k]) == flen && strncasecmp(fields[k], p->s + p->pos, flen) == 0)
				break;
		if (k == sizeof(fields) / sizeof(fields[0]))
			return perror_at(p, start, "unknown field '%.*s:' (person, outlet, date, unit, "
			    "value, kind, has, title, said, quote)", (int)flen, p->s + p->pos);
		snprintf(name, sizeof(name), "%s", fields[k]);
		p->pos = vat;
		if (strcmp(name, "quote") == 0 && p->pos < p->n && p->s[p->pos] == '/') {
			/* quote:/regex/ over the words of the quotations */
			if (parse_regex(p, out) != 0)
				return -1;
			(*out)->type = N_QUOTE;
			return 0;
		}
		if (p->pos < p->n && p->s[p->pos] == '"') {
			char *v;
			size_t vlen;

			if (parse_quoted(p, &v, &vlen) != 0)
				return -1;
			rc = parse_field(p, name, start, v, vlen, vat, out);
			free(v);
			return rc;
		}
		for (i = p->pos; !word_end(p, i); i++)
			;
		p->pos = i;
		return parse_field(p, name, start, p->s + vat, i - vat, vat, out);
	}
	for (i = p->pos; !word_end(p, i); i++)
		;
	p->pos = i;
	return text_node(p, N_TEXT, p->s + start, i - start, start, out);
}

static int
parse_unary(struct parser *p, struct node **out)
{
	size_t start = p->pos;
	struct node *kid = NULL;
	int rc;

	if (++p->depth > MAX_DEPTH)
		return perror_at(p, start, "expression nested too deeply");
	if (p->s[p->pos] == '-') {
		p->pos++;
		if (word_end(p, p->pos) && (p->pos >= p->n || p->s[p->pos] != '('))
			return perror_at(p, start, "'-' with nothing to negate");
		if (parse_unary(p, &kid) != 0)
			return -1;
		*out = node_new(N_NOT);
		node_add(*out, kid);
		p->depth--;
		return 0;
	}
	rc = parse_atom(p, out);
	p->depth--;
	return rc;
}

/* Positive figure tests of one "and" pass on one figure together. */
static void
merge_figures(struct node *and)
{
	struct node *first = NULL;
	size_t i, j;

	for (i = 0, j = 0; i < and->nkid; i++) {
		struct node *k = and->kid[i];

		if (k->type == N_FIG && first != NULL) {
			size_t c;

			for (c = 0; c < k->nfc; c++) {
				*fc_add(first) = k->fc[c];
				k->fc[c].unit = NULL;
			}
			node_free(k);
			continue;
		}
		if (k->type == N_FIG)
			first = k;
		and->kid[j++] = k;
	}
	and->nkid = j;
}

static int
parse_and(struct parser *p, struct node **out)
{
	struct node *and = node_new(N_AND), *kid;

	for (;;) {
		skip_space(p);
		if (p->pos >= p->n || p->s[p->pos] == ')' || at_or(p))
			break;
		if (parse_unary(p, &kid) != 0) {
			node_free(and);
			return -1;
		}
		node_add(and, kid);
	}
	merge_figures(and);
	if (and->nkid <= 1) {
		*out = and->nkid ? and->kid[0] : NULL;
		and->nkid = 0;
		node_free(and);
	} else {
		*out = and;
	}
	return 0;
}

static int
parse_or(struct parser *p, struct node **out)
{
	struct node *left = NULL, *right = NULL, *or = NULL;

	if (++p->depth > MAX_DEPTH)
		return perror_at(p, p->pos, "expression nested too deeply");
	if (parse_and(p, &left) != 0)
		return -1;
	while (at_or(p)) {
		size_t at = p->pos;

		if (left == NULL) {
			node_free(or);
			return perror_at(p, at, "'or' with nothing before it");
		}
		p->pos += 2;
		if (parse_and(p, &right) != 0) {
			node_free(or ? or : left);
			return -1;
		}
		if (right == NULL) {
			node_free(or ? or : left);
			return perror_at(p, at, "'or' with nothing after it");
		}
		if (or == NULL) {
			or = node_new(N_OR);
			node_add(or, left);
		}
		node_add(or, right);
	}
	p->depth--;
	*out = or ? or : left;
	return 0;
}

static int
node_uses_tags(const struct node *n)
{
	size_t i;

	if (n == NULL)
		return 0;
	if (n->type == N_HAS && n->has == HAS_TAG)
		return 1;
	for (i = 0; i < n->nkid; i++)
		if (node_uses_tags(n->kid[i]))
			return 1;
	return 0;
}

int
query_uses_tags(const struct query *q)
{
	return q != NULL && node_uses_tags(q->root);
}

struct query *
query_parse(const char *expr, struct query_error *err)
{
	struct parser p = { 0 };
	struct query *q = xcalloc(1, sizeof(*q));

	p.s = expr ? expr : "";
	p.n = strlen(p.s);
	p.q = q;
	p.err = err;
	if (parse_or(&p, &q->root) != 0) {
		query_free(q);
		return NULL;
	}
	skip_space(&p);
	if (p.pos < p.n) {	/* only a ')' stops parse_or early */
		perror_at(&p, p.pos, "unbalanced parenthesis: ')' without '('");
		query_free(q);
		return NULL;
	}
	return q;
}

/* ---- evaluation ---- */

/* Does hay contain needle, ASCII letters compared without case? */
static int
contains_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle), i;

	if (hay == NULL)
		return 0;
	for (; *hay; hay++) {
		for (i = 0; i < n && hay[i]; i++)
			if (tolower((unsigned char)hay[i]) != tolower((unsigned char)needle[i]))
				break;
		if (i == n)
			return 1;
	}
	return n == 0;
}

static int
value_ok(const struct fig_cond *c, double v)
{
	double eps = fabs(c->v) * 1e-9 + 1e-9;

	switch (c->op) {
	case OP_LT: return v < c->v - eps;
	case OP_LE: return v <= c->v + eps;
	case OP_GT: return v > c->v + eps;
	case OP_GE: return v >= c->v - eps;
	default: return fabs(v - c->v) <= eps;
	}
}

static int
figure_ok(const struct node *n, const struct art_figure *f)
{
	size_t i;

	for (i = 0; i < n->nfc; i++) {
		const struct fig_cond *c = &n->fc[i];

		if (c->type == FC_UNIT && (f->unit == NULL || strcmp(f->unit, c->unit) != 0))
			return 0;
		if (c->type == FC_KIND && f->kind != c->op)
			return 0;
		if (c->type == FC_VALUE && !value_ok(c, f->value))
			return 0;
	}
	return 1;
}

static int
person_ok(const struct article *a, const char *x)
{
	size_t i, k;

	for (i = 0; i < a->npeople; i++) {
		if (contains_ci(a->people[i].name, x))
			return 1;
		for (k = 0; k < a->people[i].ntitles; k++)
			if (contains_ci(a->people[i].titles[k], x))
				return 1;
	}
	return 0;
}

static int
eval(const struct node *n, const struct model *m, size_t i, const struct query_env *env,
     struct query_re **res, const char **emsg)
{
	const struct article *a = &m->a[i];
	size_t k;
	long c;
	int r;

	switch (n->type) {
	case N_AND:
		for (k = 0; k < n->nkid; k++)
			if ((r = eval(n->kid[k], m, i, env, res, emsg)) != 1)
				return r;
		return 1;
	case N_OR:
		for (k = 0; k < n->nkid; k++)
			if ((r = eval(n->kid[k], m, i, env, res, emsg)) != 0)
				return r;
		return 0;
	case N_NOT:
		r = eval(n->kid[0], m, i, env, res, emsg);
		return r < 0 ? r : !r;
	case N_TEXT:
	case N_RE:
		c = query_re_count_max(res[n->slot], m, i, 1);
		break;
	case N_TITLE:
		c = a->title ? query_re_count_text(res[n->slot], a->title, strlen(a->title), 1) : 0;
		break;
	case N_PERSON:
		return person_ok(a, n->str);
	case N_SAID:
		for (k = 0; k < a->nquote; k++)
			if (contains_ci(a->people[a->quote[k].speaker].name, n->str))
				return 1;
		return 0;
	case N_QUOTE:
		for (k = 0, c = 0; k < a->nquote && c == 0; k++) {
			const struct art_quote *qt = &a->quote[k];

			c = query_re_count_text(res[n->slot], a->para[qt->at.para] + qt->at.off, qt->at.len, 1);
		}
		break;
	case N_OUTLET:
		return contains_ci(a->outlet, n->str);
	case N_DATE: {
		long d = query_date_day(a->date);

		return d >= 0 && d >= n->lo && d <= n->hi;
	}
	case N_FIG:
		for (k = 0; k < a->nfig; k++)
			if (figure_ok(n, &a->fig[k]))
				return 1;
		return 0;
	case N_HAS:
		switch (n->has) {
		case HAS_FIGURE: return a->nfig > 0;
		case HAS_PERSON: return a->npeople > 0;
		case HAS_DUPLICATE: return a->near >= 0;
		default: return env && env->tagged && env->tagged(env->ctx, i) != 0;
		}
	default:
		return 0;
	}
	if (c < 0) {
		*emsg = query_re_error(res[n->slot]);
		return -1;
	}
	return c > 0;
}

int
query_eval(const struct query *q, const struct model *m, size_t i,
	   const struct query_env *env, struct query_re **res, const char **emsg)
{
	if (q == NULL || q->root == NULL)
		return 1;
	return eval(q->root, m, i, env, res, emsg);
}

int
query_match(const struct query *q, const struct model *m, size_t i,
	    const struct query_env *env)
{
	const char *emsg = NULL;

	return query_eval(q, m, i, env, q ? q->re : NULL, &emsg);
}

struct query_re **
query_res_clone(const struct query *q, size_t *n)
{
	struct query_re **res;
	size_t i;

	*n = q ? q->nre : 0;
	if (*n == 0)
		return NULL;
	res = xcalloc(*n, sizeof(*res));
	for (i = 0; i < *n; i++)
		res[i] = query_re_clone(q->re[i]);
	return res;
}

void
query_res_free(struct query_re **res, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		query_re_free(res[i]);
	free(res);
}
