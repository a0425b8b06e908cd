/*
 * text.c — widths and line breaking over libunistring.
 */
#include "text.h"

#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unilbrk.h>

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
	size_t count = 0, start = 0, i = 0, w = 0, last = 0;
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
		size_t e, cw;

		if (s[i] == '\n') {
			add_line(lines, cap, &count, start, i - start, s);
			start = i + 1;
			i++;
			last = 0;
			w = 0;
			continue;
		}
		if (i > start && brk[i] == UC_BREAK_POSSIBLE)
			last = i;
		cw = width_cluster(s, n, i, &e);
		if (s[i] != ' ' && w + cw > cols && i > start) {
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
			w = last = 0;
			continue;
		}
		w += cw;
		i = e;	/* a whole cluster: its marks stay with its base */
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
