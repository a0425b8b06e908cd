/*
 * prompt.c — the status-line editor.
 */
#include "prompt.h"

#include <string.h>

#include "../core/text.h"
#include "style.h"
#include "term.h"

#define CTRL(c) ((c) & 0x1F)

void
prompt_open(struct prompt *p, const char *label, const char *text, struct strv *history)
{
	memset(p, 0, sizeof(*p));
	p->label = label;
	if (text != NULL)
		buf_adds(&p->text, text);
	else
		buf_grow(&p->text, 0);
	p->cursor = p->text.len;
	p->history = history;
	p->hpos = history != NULL ? history->n : 0;
	p->err_col = -1;
}

void
prompt_close(struct prompt *p)
{
	buf_free(&p->text);
}

static void
cut(struct prompt *p, size_t from, size_t to)
{
	memmove(p->text.s + from, p->text.s + to, p->text.len - to + 1);
	p->text.len -= to - from;
	p->cursor = from;
}

void
prompt_set_text(struct prompt *p, const char *s)
{
	buf_reset(&p->text);
	buf_adds(&p->text, s);
	p->cursor = p->text.len;
}

/* Put character u in at the cursor. */
static void
insert(struct prompt *p, uint32_t u)
{
	struct buf c = BUF_INIT;

	buf_add_utf8(&c, u);
	buf_grow(&p->text, c.len);
	memmove(p->text.s + p->cursor + c.len, p->text.s + p->cursor, p->text.len - p->cursor + 1);
	memcpy(p->text.s + p->cursor, c.s, c.len);
	p->text.len += c.len;
	p->cursor += c.len;
	buf_free(&c);
}

/* A curses function key (KEY_LEFT ...). */
static enum prompt_result
function_key(struct prompt *p, wint_t ch)
{
	p->selected = 0;
	switch (ch) {
	case KEY_LEFT: p->cursor = utf8_prev(p->text.s, p->cursor); break;
	case KEY_RIGHT: p->cursor = utf8_next(p->text.s, p->text.len, p->cursor); break;
	case KEY_HOME: p->cursor = 0; break;
	case KEY_END: p->cursor = p->text.len; break;
	case KEY_BACKSPACE:
		if (p->cursor == 0 && p->text.len == 0)
			return PROMPT_CANCEL;
		if (p->cursor > 0)
			cut(p, utf8_prev(p->text.s, p->cursor), p->cursor);
		return PROMPT_CHANGED;
	case KEY_DC:
		if (p->cursor < p->text.len)
			cut(p, p->cursor, utf8_next(p->text.s, p->text.len, p->cursor));
		return PROMPT_CHANGED;
	case KEY_UP:
		if (p->history != NULL && p->hpos > 0) {
			prompt_set_text(p, p->history->v[--p->hpos]);
			return PROMPT_CHANGED;
		}
		break;
	case KEY_DOWN:
		if (p->history != NULL && p->hpos < p->history->n) {
			p->hpos++;
			prompt_set_text(p, p->hpos < p->history->n ? p->history->v[p->hpos] : "");
			return PROMPT_CHANGED;
		}
		break;
	case KEY_ENTER: return PROMPT_DONE;
	default: break;
	}
	return PROMPT_EDITING;
}

enum prompt_result
prompt_input(struct prompt *p, wint_t ch, int fkey)
{
	size_t old = p->text.len;

	if (fkey)
		return function_key(p, ch);
	if (ch != '\r' && ch != '\n' && p->selected) {
		/* the text offered is selected: typing replaces it, an
		 * editing key keeps it */
		p->selected = 0;
		if (ch >= 0x20 && ch != 0x7F && ch <= 0x10FFFF) {
			buf_reset(&p->text);
			buf_adds(&p->text, "");
			p->cursor = 0;
		}
	}
	switch (ch) {
	case '\r': case '\n': return PROMPT_DONE;
	case '\t': return PROMPT_TAB;
	case 27: case CTRL('c'): case CTRL('g'): return PROMPT_CANCEL;
	case 127: case CTRL('h'):
		return prompt_input(p, KEY_BACKSPACE, 1);
	case CTRL('a'): p->cursor = 0; return PROMPT_EDITING;
	case CTRL('e'): p->cursor = p->text.len; return PROMPT_EDITING;
	case CTRL('b'): return prompt_input(p, KEY_LEFT, 1);
	case CTRL('f'): return prompt_input(p, KEY_RIGHT, 1);
	case CTRL('p'): return prompt_input(p, KEY_UP, 1);
	case CTRL('n'): return prompt_input(p, KEY_DOWN, 1);
	case CTRL('u'):
		cut(p, 0, p->cursor);
		return PROMPT_CHANGED;
	case CTRL('w'): {
		size_t i = p->cursor;

		while (i > 0 && p->text.s[i - 1] == ' ')
			i--;
		while (i > 0 && p->text.s[i - 1] != ' ')
			i--;
		cut(p, i, p->cursor);
		return PROMPT_CHANGED;
	}
	default:
		break;
	}
	if (ch < 0x20 || (ch >= 0x7F && ch < 0xA0) || ch > 0x10FFFF)
		return PROMPT_EDITING;	/* no controls in a pattern */
	insert(p, (uint32_t)ch);
	return p->text.len != old ? PROMPT_CHANGED : PROMPT_EDITING;
}

void
prompt_draw(const struct prompt *p, int y, int w)
{
	size_t lw = text_width(p->label, strlen(p->label));
	size_t before = text_width(p->text.s, p->cursor);
	size_t skip = 0, skipped = 0, room, x;
	struct buf line = BUF_INIT;

	if (w <= (int)lw + 2)
		return;
	room = (size_t)w - lw - 1;
	/* keep the cursor on screen: scroll the text left when needed (the
	 * width skipped is summed as it goes: a long text costs its length) */
	while (before - skipped >= room) {
		size_t next = utf8_next(p->text.s, p->text.len, skip);

		skipped += text_width(p->text.s + skip, next - skip);
		skip = next;
	}
	buf_adds(&line, p->label);
	text_truncate(p->text.s + skip, p->text.len - skip, room, &line);
	if (p->msg[0] != '\0') {
		buf_adds(&line, "   ");
		buf_add_shown(&line, p->msg, strlen(p->msg));	/* PCRE2's words */
	}
	move(y, 0);
	clrtoeol();
	attrset(A_NORMAL);
	{
		struct buf cut_line = BUF_INIT;

		text_truncate(line.s, line.len, (size_t)w, &cut_line);
		mvaddnstr(y, 0, cut_line.s, (int)cut_line.len);
		buf_free(&cut_line);
	}
	if (p->selected && p->text.len > 0 && skip == 0) {
		size_t tw = text_width(p->text.s, p->text.len);

		mvchgat(y, (int)lw, (int)(tw < room ? tw : room), A_REVERSE, 0, NULL);
	}
	x = lw + before - skipped;
	if (p->err_col >= 0 && skip == 0 && y > 0) {
		/* a caret under the offending column, on the row above */
		size_t ex = lw + (size_t)p->err_col;

		if ((int)ex < w) {
			attrset(style_attr(0, ST_CARET));
			mvaddstr(y - 1, (int)ex, "^");
			attrset(A_NORMAL);
		}
	}
	move(y, (int)x);
	buf_free(&line);
}
