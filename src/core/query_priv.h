/*
 * query_priv.h — what query.c and query_re.c share and nobody else needs.
 */
#ifndef GISA_QUERY_PRIV_H
#define GISA_QUERY_PRIV_H

#include <stddef.h>

#include "model.h"

struct query_re;

/* pat[0..len) as written (QRE_LITERAL: a literal, always caseless). */
#define QRE_LITERAL 1
/* err gets PCRE2's message alone, without "at column N" */
#define QRE_NOCOLUMN 2
struct query_re *query_re_compile_opts(const char *pat, size_t len, int flags,
				       char *err, size_t errsz, size_t *erroff);

/* Another matcher over the same code, for another thread; freed with
 * query_re_free, which leaves the code to the original. */
struct query_re *query_re_clone(const struct query_re *re);

/* Matches in s[0..n), at most max (0: all); -1 when a limit stopped. */
long query_re_count_text(struct query_re *re, const char *s, size_t n, long max);

/* query_re_count, stopping at max matches (0: all). */
long query_re_count_max(struct query_re *re, const struct model *m, size_t i, long max);

/* The matchers of q's /regex/, word and title: atoms, cloned for one
 * thread; *n gets how many.  Free with query_res_free. */
struct query;
struct query_env;
struct query_re **query_res_clone(const struct query *q, size_t *n);
void query_res_free(struct query_re **res, size_t n);

/* query_match with the matchers res (q's own or a clone): 1, 0, or -1
 * with the message of the limit that stopped a match in *emsg. */
int query_eval(const struct query *q, const struct model *m, size_t i,
	       const struct query_env *env, struct query_re **res, const char **emsg);

/* date:VALUE s[0..n) — a day, month or year, or a range a..b with either
 * end open — as the first and last yyyymmdd it covers.  Returns 0, -1
 * when it is not a date, -2 when the range ends before it starts. */
int query_date_parse(const char *s, size_t n, long *lo, long *hi);

/* An article's date ("YYYY-MM-DD..." or NULL) as yyyymmdd, or -1. */
long query_date_day(const char *date);

#endif
