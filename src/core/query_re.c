/*
 * query_re.c — PCRE2 search: compile with UTF, UCP, smart case and JIT,
 * and find or count matches under match, depth and JIT stack limits.
 *
 * struct query_re holds the compiled code and the state one matching
 * thread needs (match data, match context, JIT stack).  query_re_clone
 * gives another thread its own state over the same code; only the
 * original owns (and frees) the code.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>

#include "query.h"
#include "query_priv.h"
#include "text.h"

/* Enough for any sane search of a paragraph, small enough that a
 * catastrophic pattern gives up in well under a second. */
#define RE_MATCH_LIMIT 1000000u
#define RE_DEPTH_LIMIT 5000u
#define RE_JIT_STACK_MIN (32u << 10)
#define RE_JIT_STACK_MAX (1u << 20)

struct query_re {
	pcre2_code *code;
	int owner;			/* frees code */
	int jit;			/* JIT-compiled */
	int plain;			/* matches only its own characters, never
					 * a NUL: an article's back-to-back
					 * paragraphs may be searched as one text */
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *stack;
	char err[160];
};

/* Does the pattern ask for case?  An upper-case letter written as itself
 * does; escapes (\W \S \D \B \p{Lu} \x{41}) do not.  Hangul has no case. */
static int
has_upper(const char *pat)
{
	size_t n = strlen(pat), i = 0;

	while (i < n) {
		uint32_t u;
		int k;

		if (pat[i] == '\\') {
			i++;
			if (i >= n)
				break;
			if (strchr("pPxgkNou", pat[i]) && i + 1 < n && pat[i + 1] == '{') {
				const char *close = memchr(pat + i, '}', n - i);

				i = close ? (size_t)(close - pat) + 1 : n;
				continue;
			}
			k = utf8_decode(pat + i, n - i, &u);
			i += (size_t)(k > 0 ? k : 1);
			continue;
		}
		k = utf8_decode(pat + i, n - i, &u);
		if (k < 0)
			k = 1;
		else if (uc_is_property_uppercase(u) || uc_is_general_category(u, UC_CATEGORY_Lt))
			return 1;
		i += (size_t)k;
	}
	return 0;
}

/* Whether pat[0..len) matches only its own characters (a literal, or a
 * pattern without any character special to PCRE2) and never a NUL. */
static int
plain_pattern(const char *pat, size_t len, int flags)
{
	size_t i;

	if (len == 0 || memchr(pat, '\0', len) != NULL)
		return 0;
	if (flags & QRE_LITERAL)
		return 1;
	for (i = 0; i < len; i++)
		if (strchr("\\^$.|?*+()[]{}", pat[i]) != NULL)
			return 0;
	return 1;
}

static void
re_setup(struct query_re *re)
{
	re->md = pcre2_match_data_create(1, NULL);
	re->mctx = pcre2_match_context_create(NULL);
	if (re->md == NULL || re->mctx == NULL)
		fatal("out of memory");
	pcre2_set_match_limit(re->mctx, RE_MATCH_LIMIT);
	pcre2_set_depth_limit(re->mctx, RE_DEPTH_LIMIT);
	if (re->jit) {
		re->stack = pcre2_jit_stack_create(RE_JIT_STACK_MIN, RE_JIT_STACK_MAX, NULL);
		if (re->stack == NULL)
			fatal("out of memory");
		pcre2_jit_stack_assign(re->mctx, NULL, re->stack);
	}
}

struct query_re *
query_re_compile_opts(const char *pat, size_t len, int flags, char *err, size_t errsz,
		      size_t *erroff)
{
	uint32_t opts = PCRE2_UTF;
	struct query_re *re;
	pcre2_code *code;
	int ec;
	PCRE2_SIZE off = 0;

	/* PCRE2_LITERAL refuses UCP; UTF alone already folds case the
	 * Unicode way */
	if (flags & QRE_LITERAL)
		opts |= PCRE2_LITERAL | PCRE2_CASELESS;
	else
		opts |= PCRE2_UCP | (has_upper(pat) ? 0 : PCRE2_CASELESS);
	code = pcre2_compile((PCRE2_SPTR)pat, len, opts, &ec, &off, NULL);
	if (code == NULL) {
		PCRE2_UCHAR msg[120];

		if (pcre2_get_error_message(ec, msg, sizeof(msg)) < 0)
			snprintf((char *)msg, sizeof(msg), "error %d", ec);
		if (off > len)
			off = len;
		if (err && errsz && (flags & QRE_NOCOLUMN))
			snprintf(err, errsz, "%s", (const char *)msg);
		else if (err && errsz)
			snprintf(err, errsz, "%s at column %zu", (const char *)msg,
			    text_width(pat, off) + 1);
		if (erroff)
			*erroff = off;
		return NULL;
	}
	re = xcalloc(1, sizeof(*re));
	re->code = code;
	re->owner = 1;
	re->plain = plain_pattern(pat, len, flags);
	/* GISA_NO_JIT: valgrind cannot follow JIT code and reports noise */
	re->jit = getenv("GISA_NO_JIT") == NULL && pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
	re_setup(re);
	return re;
}

struct query_re *
query_re_compile(const char *pat, char *err, size_t errsz, size_t *erroff)
{
	return query_re_compile_opts(pat, strlen(pat), 0, err, errsz, erroff);
}

struct query_re *
query_re_clone(const struct query_re *re)
{
	struct query_re *c = xcalloc(1, sizeof(*c));

	c->code = re->code;
	c->jit = re->jit;
	c->plain = re->plain;
	re_setup(c);
	return c;
}

void
query_re_free(struct query_re *re)
{
	if (re == NULL)
		return;
	pcre2_match_data_free(re->md);
	pcre2_match_context_free(re->mctx);
	pcre2_jit_stack_free(re->stack);
	if (re->owner)
		pcre2_code_free(re->code);
	free(re);
}

const char *
query_re_error(const struct query_re *re)
{
	return re->err;
}

/* The text is UTF-8 that source already checked (or that the caller
 * promises), so PCRE2 does not check it again on every call: that would
 * make iterating over the matches of a long paragraph quadratic. */
int
query_re_find(struct query_re *re, const char *s, size_t n, size_t start,
	      size_t *mo, size_t *ml)
{
	PCRE2_SIZE *ov;
	int rc;

	/* never start inside a character: PCRE2 does not check it */
	start = utf8_align(s, n, start);
	if (start > n)
		return 0;
	if (re->jit)	/* the fast path: no option checks, no UTF check */
		rc = pcre2_jit_match(re->code, (PCRE2_SPTR)s, n, start, 0, re->md, re->mctx);
	else
		rc = pcre2_match(re->code, (PCRE2_SPTR)s, n, start, PCRE2_NO_UTF_CHECK, re->md, re->mctx);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0) {
		switch (rc) {
		case PCRE2_ERROR_MATCHLIMIT:
			snprintf(re->err, sizeof(re->err), "pattern too complex: match limit exceeded");
			break;
		case PCRE2_ERROR_DEPTHLIMIT:
		case PCRE2_ERROR_HEAPLIMIT:
			snprintf(re->err, sizeof(re->err), "pattern too complex: depth limit exceeded");
			break;
		case PCRE2_ERROR_JIT_STACKLIMIT:
			snprintf(re->err, sizeof(re->err), "pattern too complex: JIT stack exhausted");
			break;
		default: {
			PCRE2_UCHAR msg[120];

			if (pcre2_get_error_message(rc, msg, sizeof(msg)) < 0)
				snprintf((char *)msg, sizeof(msg), "error %d", rc);
			snprintf(re->err, sizeof(re->err), "search failed: %s", (const char *)msg);
		}
		}
		return -1;
	}
	ov = pcre2_get_ovector_pointer(re->md);
	*mo = ov[0];
	*ml = ov[1] > ov[0] ? ov[1] - ov[0] : 0;
	return 1;
}

/* Past an empty match at off: one UTF-8 character further. */
static size_t
next_char(const char *s, size_t n, size_t off)
{
	uint32_t u;
	int k;

	if (off >= n)
		return n + 1;
	k = utf8_decode(s + off, n - off, &u);
	return off + (size_t)(k > 0 ? k : 1);
}

long
query_re_count_text(struct query_re *re, const char *s, size_t n, long max)
{
	size_t start = 0, mo, ml;
	long c = 0;
	int rc;

	while ((rc = query_re_find(re, s, n, start, &mo, &ml)) == 1) {
		c++;
		if (max > 0 && c >= max)
			break;
		start = ml > 0 ? mo + ml : next_char(s, n, mo);
	}
	return rc < 0 ? -1 : c;
}

/* Matches in the title, paragraphs and captions of article i; stops at
 * the first when max is 1. */
long
query_re_count_max(struct query_re *re, const struct model *m, size_t i, long max)
{
	const struct article *a = &m->a[i];
	long total = 0, c;
	size_t k;

	if (a->title) {
		if ((c = query_re_count_text(re, a->title, strlen(a->title), max)) < 0)
			return -1;
		if ((total += c) > 0 && max == 1)
			return total;
	}
	if (re->plain && a->body_len > 0) {
		/* one pass over the whole body: a match of a plain pattern
		 * cannot cross the NUL between two paragraphs */
		if ((c = query_re_count_text(re, a->para[0], a->body_len, max)) < 0)
			return -1;
		if ((total += c) > 0 && max == 1)
			return total;
	} else {
		for (k = 0; k < a->npara; k++) {
			if ((c = query_re_count_text(re, a->para[k], strlen(a->para[k]), max)) < 0)
				return -1;
			if ((total += c) > 0 && max == 1)
				return total;
		}
	}
	for (k = 0; k < a->ncap; k++) {
		if ((c = query_re_count_text(re, a->cap[k], strlen(a->cap[k]), max)) < 0)
			return -1;
		if ((total += c) > 0 && max == 1)
			return total;
	}
	return total;
}

long
query_re_count(struct query_re *re, const struct model *m, size_t i)
{
	return query_re_count_max(re, m, i, 0);
}
