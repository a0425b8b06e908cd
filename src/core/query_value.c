/*
 * query_value.c — the values of the filter language: Korean numbers
 * (1만, 35조5000억, 1,000, 1.5) and dates (2025, 2025-09, 2025-09-09 and
 * ranges of them), each date read as the first and last yyyymmdd it covers.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "meta.h"
#include "query.h"
#include "query_priv.h"

/* ---- Korean numbers ---- */

static int
utf8_at(const char *p, const char *word)
{
	return strncmp(p, word, strlen(word)) == 0;
}

int
query_parse_number(const char *s, double *v)
{
	static const struct { const char *w; double m; } big[] = {
		{ "조", 1e12 }, { "억", 1e8 }, { "만", 1e4 },
	}, small[] = {
		{ "천", 1e3 }, { "백", 1e2 }, { "십", 1e1 },
	};
	const char *p = s;
	double total = 0, section = 0, last_big = INFINITY, sign = 1;
	int any = 0;

	if (*p == '-' || *p == '+')
		sign = *p++ == '-' ? -1 : 1;
	while (*p) {
		size_t k;
		int done = 0;

		if (isdigit((unsigned char)*p) || (*p == '.' && isdigit((unsigned char)p[1]))) {
			char num[64];
			size_t len = 0;
			int dot = 0;
			double x;

			while (isdigit((unsigned char)*p) || *p == '.' ||
			    (*p == ',' && len > 0 && !dot && isdigit((unsigned char)p[1]))) {
				if (*p == '.') {
					if (dot || !isdigit((unsigned char)p[1]))
						return -1;
					dot = 1;
				}
				if (*p != ',') {
					if (len + 1 >= sizeof(num))
						return -1;
					num[len++] = *p;
				}
				p++;
			}
			num[len] = '\0';
			x = strtod(num, NULL);
			for (k = 0; k < sizeof(small) / sizeof(small[0]); k++)
				if (utf8_at(p, small[k].w)) {
					x *= small[k].m;
					p += strlen(small[k].w);
					break;
				}
			section += x;
			any = 1;
			continue;
		}
		for (k = 0; k < sizeof(small) / sizeof(small[0]) && !done; k++)
			if (utf8_at(p, small[k].w)) {
				section += small[k].m;
				p += strlen(small[k].w);
				any = done = 1;
			}
		for (k = 0; k < sizeof(big) / sizeof(big[0]) && !done; k++)
			if (utf8_at(p, big[k].w)) {
				if (big[k].m >= last_big)
					return -1;	/* 3만5억: out of order */
				total += (section > 0 ? section : 1) * big[k].m;
				section = 0;
				last_big = big[k].m;
				p += strlen(big[k].w);
				any = done = 1;
			}
		if (!done)
			return -1;
	}
	if (!any)
		return -1;
	*v = sign * (total + section);
	return 0;
}

/* ---- dates ---- */

static int
days_in(long y, long mo)
{
	static const int d[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (mo == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return d[mo - 1];
}

static int
digits(const char *s, size_t n, size_t want, long *v)
{
	size_t i;

	if (n < want)
		return -1;
	*v = 0;
	for (i = 0; i < want; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		*v = *v * 10 + (s[i] - '0');
	}
	return 0;
}

/* One or two digits of a month or day at s[*i..n), then the end or sep. */
static int
small_num(const char *s, size_t n, size_t *i, long *v)
{
	size_t k = *i;

	*v = 0;
	while (k < n && k - *i < 2 && isdigit((unsigned char)s[k]))
		*v = *v * 10 + (s[k++] - '0');
	if (k == *i)
		return -1;
	*i = k;
	return 0;
}

/* A day, month or year s[0..n) (2025, 2025-09, 2025-9-9, 2025.09.09,
 * 2025/09/09) as the first and last yyyymmdd it covers.  A day is read
 * by meta_parse_date, the reader of the pages' dates: the whole of s, a
 * four-digit year, no time, a day the month has. */
static int
parse_date_point(const char *s, size_t n, long *lo, long *hi)
{
	struct meta_date md;
	long y, mo;
	size_t i = 5;

	if (digits(s, n, 4, &y) != 0)
		return -1;
	if (n == 4) {
		*lo = y * 10000 + 101;
		*hi = y * 10000 + 1231;
		return 0;
	}
	if (meta_parse_date(s, n, &md) && md.len == n && md.h < 0 && md.y == y) {
		if (md.d > days_in(md.y, md.mo))
			return -1;
		*lo = *hi = y * 10000 + md.mo * 100L + md.d;
		return 0;
	}
	/* a month: 2025-09, 2025.9 */
	if ((s[4] != '-' && s[4] != '.') || small_num(s, n, &i, &mo) != 0 || i != n
	    || mo < 1 || mo > 12)
		return -1;
	*lo = y * 10000 + mo * 100 + 1;
	*hi = y * 10000 + mo * 100 + days_in(y, mo);
	return 0;
}

int
query_date_parse(const char *s, size_t n, long *lo, long *hi)
{
	const char *dots = NULL;
	size_t i;
	long l2, h2;

	for (i = 0; i + 1 < n; i++)
		if (s[i] == '.' && s[i + 1] == '.') {
			dots = s + i;
			break;
		}
	if (dots == NULL)
		return parse_date_point(s, n, lo, hi);
	if (dots == s && n == 2)
		return -1;
	*lo = 0;
	*hi = 99999999;
	if (dots > s && parse_date_point(s, (size_t)(dots - s), lo, &h2) != 0)
		return -1;
	if (dots + 2 < s + n && parse_date_point(dots + 2, n - (size_t)(dots + 2 - s), &l2, hi) != 0)
		return -1;
	return *lo <= *hi ? 0 : -2;
}

long
query_date_day(const char *date)
{
	long v;

	if (date == NULL || strlen(date) < 10)
		return -1;
	return parse_date_point(date, 10, &v, &v) == 0 ? v : -1;
}
