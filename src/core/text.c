/*
 * text.c — widths and line breaking over libunistring.
 */
#include "text.h"

#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unilbrk.h>
#include <uniwidth.h>

static int ambiguous_wide;

void
text_set_ambiguous_wide(int wide)
{
	ambiguous_wide = wide != 0;
}

int
text_ambiguous_wide(void)
{
	return ambiguous_wide;
}

static int
zero_width(uint32_t u)
{
	return (u >= 0xFE00 && u <= 0xFE0F) || (u >= 0xE0100 && u <= 0xE01EF)
	    || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060
	    || (u >= 0x1160 && u <= 0x11FF)	/* conjoining medial/final jamo */
	    || uc_is_general_category(u, UC_CATEGORY_Mn)
	    || uc_is_general_category(u, UC_CATEGORY_Me);
}

int
text_char_width(uint32_t u)
{
	int w;

	if (u < 0x20 || (u >= 0x7F && u < 0xA0))
		return 0;
	if (u < 0x7F)
		return 1;
	if (zero_width(u))
		return 0;
	if (u == 0x3000 || (u >= 0x1F300 && u <= 0x1F64F)
	    || (u >= 0x1F900 && u <= 0x1F9FF))
		return 2;
	w = uc_width(u, ambiguous_wide ? "EUC-KR" : "UTF-8");
	return w < 0 ? 1 : w;
}

size_t
text_width(const char *s, size_t n)
{
	size_t i = 0, w = 0;

	while (i < n) {
		uint32_t u;
		int len;

		if ((unsigned char)s[i] < 0x80) {
			w += (unsigned char)s[i] >= 0x20 && s[i] != 0x7F;
			i++;
			continue;
		}
		len = utf8_decode(s + i, n - i, &u);
		i += len < 0 ? 1 : (size_t)len;
		w += (size_t)text_char_width(u);
	}
	return w;
}

size_t
text_fit(const char *s, size_t n, size_t cols, size_t *width)
{
	size_t i = 0, w = 0, fit = 0, fitw = 0;

	while (i < n) {
		uint32_t u;
		int len = utf8_decode(s + i, n - i, &u), cw;

		if (len < 0)
			len = 1;
		cw = text_char_width(u);
		if (cw > 0) {
			/* a new base: everything before it is a whole cluster */
			fit = i;
			fitw = w;
			if (w + (size_t)cw > cols)
				break;
		}
		w += (size_t)cw;
		i += (size_t)len;
	}
	if (i >= n) {
		fit = n;
		fitw = w;
	}
	if (width != NULL)
		*width = fitw;
	return fit;
}

size_t
text_truncate(const char *s, size_t n, size_t cols, struct buf *out)
{
	size_t w, len, ew;

	len = text_fit(s, n, cols, &w);
	if (len == n)
		goto copy;
	ew = (size_t)text_char_width(0x2026);
	if (cols < ew)
		return 0;
	len = text_fit(s, n, cols - ew, &w);
	/* do not leave a space before the ellipsis */
	while (len > 0 && s[len - 1] == ' ') {
		len--;
		w--;
	}
	buf_add(out, s, len);
	buf_adds(out, "\xE2\x80\xA6");
	return w + ew;
copy:
	buf_add(out, s, len);
	return w;
}

static int
is_hangul(uint32_t u)
{
	return hangul_is_syllable(u) || (u >= 0x1100 && u <= 0x11FF)
	    || (u >= 0x3130 && u <= 0x318F);
}

static void
add_line(struct text_line **lines, size_t *cap, size_t *count, size_t off,
	 size_t len, const char *s)
{
	struct text_line *l;

	*lines = xgrow(*lines, cap, *count + 1, sizeof(**lines));
	l = &(*lines)[(*count)++];
	l->off = off;
	l->len = len;
	l->width = text_width(s + off, len);
}

size_t
text_wrap(const char *s, size_t n, size_t cols, struct text_line **lines,
	  size_t *cap)
{
	char stackbrk[1024], *brk = n <= sizeof(stackbrk) ? stackbrk : xmalloc(n);
	size_t count = 0, start = 0, i = 0, w = 0, last = 0, lastw = 0;
	uint32_t prev = 0;

	if (cols == 0)
		cols = 1;
	u8_possible_linebreaks((const uint8_t *)s, n, "UTF-8", brk);
	/* keep-all: no break between two letters of a Korean word */
	for (i = 0; i < n;) {
		uint32_t u;
		int len = utf8_decode(s + i, n - i, &u);

		if (len < 0)
			len = 1;
		if (i > 0 && brk[i] == UC_BREAK_POSSIBLE && prev != ' '
		    && (is_hangul(prev) || is_hangul(u)) && u != ' ')
			brk[i] = UC_BREAK_PROHIBITED;
		prev = u;
		i += (size_t)len;
	}
	i = 0;
	while (i < n) {
		uint32_t u;
		int len = utf8_decode(s + i, n - i, &u), cw;

		if (len < 0)
			len = 1;
		if (s[i] == '\n') {
			add_line(lines, cap, &count, start, i - start, s);
			start = i + 1;
			i++;
			w = last = lastw = 0;
			continue;
		}
		if (i > start && brk[i] == UC_BREAK_POSSIBLE) {
			last = i;
			lastw = w;
		}
		cw = text_char_width(u);
		if (u != ' ' && w + (size_t)cw > cols && i > start) {
			size_t end;

			if (last > start) {
				end = last;
				i = last;
			} else {
				end = i;	/* a word wider than the line */
			}
			while (end > start && s[end - 1] == ' ')
				end--;
			add_line(lines, cap, &count, start, end - start, s);
			start = i;
			w = last = lastw = 0;
			(void)lastw;
			continue;
		}
		w += (size_t)cw;
		i += (size_t)len;
		/* combining marks stay with their base */
		while (i < n) {
			uint32_t c;
			int cl = utf8_decode(s + i, n - i, &c);

			if (cl < 0 || text_char_width(c) != 0 || c == '\n')
				break;
			i += (size_t)cl;
		}
	}
	if (start < n || count == 0) {
		size_t end = n;

		while (end > start && s[end - 1] == ' ')
			end--;
		add_line(lines, cap, &count, start, end - start, s);
	}
	if (brk != stackbrk)
		free(brk);
	return count;
}
