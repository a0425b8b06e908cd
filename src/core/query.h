/*
 * query.h — PCRE2 search and the filter language.
 *
 * Search: a pattern is compiled once with PCRE2_UTF | PCRE2_UCP, JIT when
 * available, smart case (caseless unless the pattern has an upper-case
 * letter), and run under PCRE2's match and depth limits so a pathological
 * pattern stops with a message instead of hanging.  GISA_NO_JIT in the
 * environment turns JIT off (for valgrind, which cannot follow JIT code).
 *
 * Filter: the language of DESIGN.md, parsed by hand into a tree:
 *
 *   expr   := or
 *   or     := and ("or" and)*
 *   and    := unary+                  (space means and)
 *   unary  := "-" unary | atom
 *   atom   := "(" expr ")" | field ":" value | "/" regex "/" | word
 *   field  := person outlet date unit value kind has title
 *
 * The UI and the headless export both select through query_select, so
 * they pick the same articles.
 *
 * What the atoms test on an article:
 *   word, "two words"  a caseless substring (Unicode case folding) of the
 *                      title, a paragraph or a caption
 *   title:X            a caseless substring of the title
 *   /regex/            the search below over title, paragraphs and
 *                      captions (smart case); \/ is a slash
 *   person:X           a person of the article whose name, or one of
 *                      whose titles, contains X (person:부총리 works)
 *   outlet:X           substring of the outlet (ASCII letters caseless)
 *   date:D             2025, 2025-09, 2025-9-9 (or with dots or slashes), a range
 *                      A..B inclusive at each end's granularity, A.. or
 *                      ..B; an article without a date never matches
 *   unit:U value:OPN kind:K
 *                      a figure with bare unit U, value OP N (OP one of
 *                      = < <= > >=, N as query_parse_number reads it;
 *                      or a range A..B, inclusive, A.. or ..B),
 *                      kind K.  The positive ones joined by "and" at one
 *                      level must hold for one figure together:
 *                      "unit:장 value:>=1만" is a figure of at least 1만
 *                      장; negated or across "or" they are separate tests.
 *   has:figure|person|duplicate|tag
 *                      duplicate: a near-duplicate of an earlier article
 *                      (article.near >= 0); tag: env->tagged says so
 * Field names are ASCII letters before a colon ("10:30" is a word); an
 * unknown one is an error.  Error columns (query_error.col) are display
 * columns counted from 0, for a caret under the expression.
 */
#ifndef GISA_QUERY_H
#define GISA_QUERY_H

#include <stddef.h>

#include "model.h"

/* ---- search ---- */

struct query_re;

/* Compile pat.  Returns NULL on error, with PCRE2's message in err (with
 * "at column N") and the byte offset of the error in *erroff. */
struct query_re *query_re_compile(const char *pat, char *err, size_t errsz,
				  size_t *erroff);
void query_re_free(struct query_re *re);

/* The first match in s[0..n) that starts at or after byte start: returns
 * 1 and sets *mo (byte offset) and *ml (byte length; an empty match has
 * length 0), 0 when there is none, -1 when a limit stopped the match
 * (query_re_error says which).  s must be valid UTF-8 (source checks all
 * text; it is not checked again).  Not thread-safe for one re. */
int query_re_find(struct query_re *re, const char *s, size_t n, size_t start,
		  size_t *mo, size_t *ml);

/* The message of the last -1 from this re ("pattern too complex: match
 * limit exceeded"). */
const char *query_re_error(const struct query_re *re);

/* Matches of re in article i of m: title, paragraphs and captions.
 * Returns the count, or -1 when a limit stopped the match. */
long query_re_count(struct query_re *re, const struct model *m, size_t i);

/* ---- filter ---- */

struct query;

struct query_error {
	size_t byte;		/* offset of the offending token in the expression */
	size_t col;		/* its display column */
	char msg[200];
};

/* Parse expr (an empty or all-space expr matches everything).  Returns
 * NULL with *err filled when expr is wrong. */
struct query *query_parse(const char *expr, struct query_error *err);
void query_free(struct query *q);

/* Does q test has:tag (so env->tagged must be given)? */
int query_uses_tags(const struct query *q);

/* What the filter needs from outside the model. */
struct query_env {
	/* has:tag; NULL: nothing tagged.  query_select calls it from several
	 * threads at once, so it must only read. */
	int (*tagged)(void *ctx, size_t art);
	void *ctx;
	int threads;		/* 0: one per CPU */
	volatile int *cancel;	/* set to nonzero to stop query_select; may be NULL */
};

/* Does article i match q (NULL matches all)?  1 or 0, -1 when a match
 * limit stopped a /regex/.  env may be NULL.  Not thread-safe for one q
 * (query_select gives each thread its own matchers). */
int query_match(const struct query *q, const struct model *m, size_t i,
		const struct query_env *env);

#define QUERY_ERROR (-1L)
#define QUERY_CANCELLED (-2L)

/* The articles cand[0..ncand) (every article in model order when cand is
 * NULL) that match filter q (NULL: all) and, when re is given, the
 * pattern; in their order, into out (room for ncand, or m->n when cand is
 * NULL).  counts, when not NULL, gets the number of matches of re per
 * selected article.  Split across env->threads.  Returns how many were
 * selected, QUERY_ERROR with the message in err[errsz] when a match limit
 * stopped a search, or QUERY_CANCELLED.  A NULL or empty pattern is no
 * search.  An invalid pattern gives QUERY_ERROR with PCRE2's message. */
long query_select(const struct query *q, const char *pattern,
		  const struct model *m, const size_t *cand, size_t ncand,
		  const struct query_env *env, size_t *out, size_t *counts,
		  char *err, size_t errsz);

/* A Korean or plain number ("1만", "35조5000억", "2,000", "1.5") into *v.
 * Returns 0, or -1 when s is not a number. */
int query_parse_number(const char *s, double *v);

#endif
