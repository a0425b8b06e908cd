/*
 * width.c — grapheme clusters and their columns (width.h) over
 * libunistring's properties.
 */
#include "width.h"

#include <string.h>

#include <unictype.h>
#include <unigbrk.h>
#include <uniwidth.h>

#include "width_ambiguous.h"

static int ambiguous_wide;

void
width_set_ambiguous_wide(int wide)
{
	ambiguous_wide = wide != 0;
}

int
width_ambiguous_wide(void)
{
	return ambiguous_wide;
}

int
width_is_ambiguous(uint32_t u)
{
	size_t lo = 0, hi = sizeof(width_ambiguous) / sizeof(width_ambiguous[0]);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (u < width_ambiguous[mid].lo)
			hi = mid;
		else if (u > width_ambiguous[mid].hi)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

static int
zero_width(uint32_t u)
{
	return (u >= 0xFE00 && u <= 0xFE0F) || (u >= 0xE0100 && u <= 0xE01EF)
	    || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060
	    || (u >= 0xE0020 && u <= 0xE007F)	/* emoji tag characters */
	    || (u >= 0x1160 && u <= 0x11FF)	/* conjoining medial/final jamo */
	    || uc_is_general_category(u, UC_CATEGORY_Mn)
	    || uc_is_general_category(u, UC_CATEGORY_Me);
}

static int
is_ri(uint32_t u)
{
	return u >= 0x1F1E6 && u <= 0x1F1FF;
}

/* An emoji newer than libunistring's tables: Extended_Pictographic keeps
 * the unassigned code points of the emoji blocks for them. */
static int
new_emoji(uint32_t u)
{
	return u >= 0x1F000 && u <= 0x1FAFF && uc_is_property_extended_pictographic(u)
	    && uc_is_general_category(u, UC_CATEGORY_Cn);
}

int
width_cp(uint32_t u)
{
	int w;

	if (u < 0x20 || (u >= 0x7F && u < 0xA0))
		return 0;
	if (u < 0x7F)
		return 1;
	if (zero_width(u))
		return 0;
	if (is_ri(u))
		return 1;	/* a pair makes the flag, 2 columns */
	if (u == 0x3000 || uc_is_property_emoji_presentation(u) || new_emoji(u))
		return 2;
	if (width_is_ambiguous(u))
		return ambiguous_wide ? 2 : 1;
	w = uc_width(u, "UTF-8");
	return w < 0 ? 1 : w;
}

static int
decode(const char *s, size_t n, size_t i, uint32_t *u)
{
	int len = utf8_decode(s + i, n - i, u);

	if (len <= 0) {
		*u = 0xFFFD;
		return 1;
	}
	return len;
}

static int
gbp(uint32_t u)
{
	int p = uc_graphemeclusterbreak_property(u);

	if (p == GBP_EM)
		return GBP_EXTEND;	/* emoji modifiers are Extend since Unicode 11 */
	if (p == GBP_EB || p == GBP_GAZ || p == GBP_EBG)
		return GBP_OTHER;
	return p;
}

/* Running state of a cluster for GB11 (emoji ZWJ) and GB12/13 (flags). */
struct gstate {
	int prev;	/* property of the code point before */
	int ri;		/* regional indicators just before, in a row */
	int ep;		/* Extended_Pictographic Extend* just before */
	int epz;	/* Extended_Pictographic Extend* ZWJ just before */
};

static void
gstate_push(struct gstate *g, uint32_t u, int p)
{
	g->ri = p == GBP_RI ? g->ri + 1 : 0;
	g->epz = p == GBP_ZWJ && g->ep;
	g->ep = uc_is_property_extended_pictographic(u) || (g->ep && p == GBP_EXTEND);
	g->prev = p;
}

/* 1 when no cluster boundary falls before u (UAX #29 GB3-GB13). */
static int
joins(const struct gstate *g, uint32_t u, int p)
{
	int a = g->prev;

	if (a == GBP_CR && p == GBP_LF)
		return 1;
	if (a == GBP_CONTROL || a == GBP_CR || a == GBP_LF
	    || p == GBP_CONTROL || p == GBP_CR || p == GBP_LF)
		return 0;
	if (a == GBP_L && (p == GBP_L || p == GBP_V || p == GBP_LV || p == GBP_LVT))
		return 1;
	if ((a == GBP_LV || a == GBP_V) && (p == GBP_V || p == GBP_T))
		return 1;
	if ((a == GBP_LVT || a == GBP_T) && p == GBP_T)
		return 1;
	if (p == GBP_EXTEND || p == GBP_ZWJ || p == GBP_SPACINGMARK || a == GBP_PREPEND)
		return 1;
	if (g->epz && uc_is_property_extended_pictographic(u))
		return 1;
	return a == GBP_RI && p == GBP_RI && g->ri % 2 == 1;
}

/* A Hangul syllable at i before ASCII, another syllable or the end: a
 * cluster of its own, two columns (the fast path of Korean text; a
 * syllable before a jamo, a mark or a joiner takes the long way). */
static int
syllable_alone(const char *s, size_t n, size_t i)
{
	uint32_t u;

	if (!utf8_syllable(s + i, n - i, &u))
		return 0;
	return i + 3 >= n || (unsigned char)s[i + 3] < 0x80 || utf8_syllable(s + i + 3, n - i - 3, &u);
}

size_t
width_next(const char *s, size_t n, size_t i)
{
	struct gstate g = { 0, 0, 0, 0 };
	uint32_t u;

	if (i >= n)
		return n;
	if ((unsigned char)s[i] < 0x80 && (i + 1 >= n || (unsigned char)s[i + 1] < 0x80)
	    && !(s[i] == '\r' && i + 1 < n && s[i + 1] == '\n'))
		return i + 1;	/* ASCII before ASCII: a boundary (fast path) */
	if (syllable_alone(s, n, i))
		return i + 3;
	i += (size_t)decode(s, n, i, &u);
	gstate_push(&g, u, gbp(u));
	while (i < n) {
		int len = decode(s, n, i, &u), p = gbp(u);

		if (!joins(&g, u, p))
			break;
		gstate_push(&g, u, p);
		i += (size_t)len;
	}
	return i;
}

size_t
width_floor(const char *s, size_t n, size_t off)
{
	size_t i = 0, back;

	if (off >= n)
		return n;
	/* start from a boundary a little before: one falls before every
	 * ASCII character but LF (after CR) */
	for (back = off; back > 0 && off - back < 256; back--)
		if ((unsigned char)s[back] < 0x80 && s[back] != '\n')
			break;
	if (off - back >= 256)
		back = 0;
	for (i = back; i < n;) {
		size_t e = width_next(s, n, i);

		if (e > off)
			return i;
		i = e;
	}
	return n;
}

size_t
width_ceil(const char *s, size_t n, size_t off)
{
	size_t f = width_floor(s, n, off);

	return f == off ? off : width_next(s, n, f);
}

size_t
width_cluster(const char *s, size_t n, size_t i, size_t *end)
{
	size_t e = width_next(s, n, i), k, sum = 0, nri = 0;
	uint32_t base, u;
	int vs16 = 0, joined = 0, bw;

	*end = e;
	if (e == i + 1 && (unsigned char)s[i] < 0x80)
		return (unsigned char)s[i] >= 0x20 && s[i] != 0x7F;
	if (e == i + 3 && hangul_at(s, n, i) != 0)
		return 2;
	k = i + (size_t)decode(s, n, i, &base);
	bw = width_cp(base);
	sum = (size_t)bw;
	nri = is_ri(base);
	while (k < e) {
		k += (size_t)decode(s, n, k, &u);
		vs16 |= u == 0xFE0F;
		joined |= u == 0x200D || (u >= 0x1F3FB && u <= 0x1F3FF);
		nri += is_ri(u);
		sum += (size_t)width_cp(u);
	}
	if (nri > 0)
		return nri >= 2 ? 2 : 1;
	if (uc_is_property_extended_pictographic(base) && (bw == 2 || vs16 || joined))
		return 2;
	if (vs16 && uc_is_property_emoji(base))
		return 2;	/* a keycap, #️⃣ */
	return sum;
}

size_t
width_of(const char *s, size_t n)
{
	size_t i = 0, w = 0;

	while (i < n) {
		size_t e;

		w += width_cluster(s, n, i, &e);
		i = e;
	}
	return w;
}

size_t
width_fit(const char *s, size_t n, size_t cols, size_t *width)
{
	size_t i = 0, w = 0;

	while (i < n) {
		size_t e, cw = width_cluster(s, n, i, &e);

		if (w + cw > cols)
			break;
		w += cw;
		i = e;
	}
	if (width != NULL)
		*width = w;
	return i;
}

#define ELLIPSIS "\xE2\x80\xA6"

size_t
width_truncate(const char *s, size_t n, size_t cols, struct buf *out)
{
	size_t w, len, ew;

	buf_adds(out, "");
	len = width_fit(s, n, cols, &w);
	if (len == n) {
		buf_add(out, s, len);
		return w;
	}
	ew = (size_t)width_cp(0x2026);
	if (cols < ew)
		return 0;
	len = width_fit(s, n, cols - ew, &w);
	/* no space and no ellipsis of the text's own before ours */
	for (;;) {
		if (len > 0 && s[len - 1] == ' ') {
			len--;
			w--;
		} else if (len >= 3 && memcmp(s + len - 3, ELLIPSIS, 3) == 0) {
			len -= 3;
			w -= ew;
		} else {
			break;
		}
	}
	buf_add(out, s, len);
	buf_adds(out, ELLIPSIS);
	return w + ew;
}

size_t
width_drawn(const char *s, size_t n, size_t i, size_t *keep, size_t *pad)
{
	size_t e, w = width_cluster(s, n, i, &e), k = i, sum = 0, first = 0;
	uint32_t u;

	if (e == i + 1 || (e == i + 3 && w == 2 && hangul_at(s, n, i) != 0)) {
		*keep = e - i;	/* one character: drawn as it is */
		*pad = 0;
		return e;
	}
	while (k < e) {
		int len = decode(s, n, k, &u), cw = width_cp(u);

		if (k == i)
			first = (size_t)len;
		sum += (size_t)cw;
		k += (size_t)len;
	}
	if (sum == w) {
		*keep = e - i;
		*pad = 0;
	} else {
		uint32_t b;

		decode(s, n, i, &b);
		*keep = first;
		*pad = w > (size_t)width_cp(b) ? w - (size_t)width_cp(b) : 0;
	}
	return e;
}
