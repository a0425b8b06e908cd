/*
 * keymap.c — the key table (keymap.h): bindings in help order.
 */
#include <string.h>

#include "keymap.h"

static const struct {
	int key;
	enum request req;
} bindings[] = {
	{ 'j', REQ_DOWN }, { KS_DOWN, REQ_DOWN },
	{ 'k', REQ_UP }, { KS_UP, REQ_UP },
	{ ' ', REQ_PAGE_DOWN }, { KS_PGDN, REQ_PAGE_DOWN }, { KEYMAP_CTRL('f'), REQ_PAGE_DOWN },
	{ 'b', REQ_PAGE_UP }, { KS_PGUP, REQ_PAGE_UP }, { KEYMAP_CTRL('b'), REQ_PAGE_UP },
	{ 'd', REQ_HALF_DOWN }, { KEYMAP_CTRL('d'), REQ_HALF_DOWN },
	{ 'u', REQ_HALF_UP }, { KEYMAP_CTRL('u'), REQ_HALF_UP },
	{ 'g', REQ_FIRST }, { KS_HOME, REQ_FIRST }, { '<', REQ_FIRST },
	{ 'G', REQ_LAST }, { KS_END, REQ_LAST }, { '>', REQ_LAST },
	{ '\n', REQ_ENTER }, { '\r', REQ_ENTER }, { KS_ENTER, REQ_ENTER },
	{ 'J', REQ_NEXT_ARTICLE }, { ']', REQ_NEXT_ARTICLE },
	{ 'K', REQ_PREV_ARTICLE }, { '[', REQ_PREV_ARTICLE },
	{ '.', REQ_NEXT_UNREAD },
	{ 'P', REQ_PERSON }, { 'R', REQ_TRAILS }, { '=', REQ_NARROW },
	{ 's', REQ_SORT }, { 'S', REQ_SORT_REVERSE },
	{ 'c', REQ_CORPUS },
	{ '/', REQ_SEARCH }, { '?', REQ_SEARCH_BACK },
	{ 'n', REQ_NEXT_MATCH }, { 'N', REQ_PREV_MATCH },
	{ 'f', REQ_FILTER },
	{ 'F', REQ_CLEAR_FILTER },
	{ 't', REQ_TAG }, { 'T', REQ_TAG_ALL }, { 'U', REQ_UNTAG_ALL },
	{ 'r', REQ_READ }, { 'e', REQ_EXPORT },
	{ 'M', REQ_MESSAGES }, { ':', REQ_COMMAND },
	{ '\t', REQ_FOCUS_NEXT }, { KS_BTAB, REQ_FOCUS_PREV },
	{ 'h', REQ_HELP }, { KS_F1, REQ_HELP },
	{ KEYMAP_CTRL('l'), REQ_REDRAW },
	{ KEYMAP_CTRL('z'), REQ_SUSPEND },
	{ 'q', REQ_BACK },
	{ 'Q', REQ_QUIT }, { KEYMAP_CTRL('c'), REQ_QUIT },
};

static const char *const help[REQ_COUNT] = {
#define REQ_HELP_TEXT(r, h) [r] = h,
	REQUEST_TABLE(REQ_HELP_TEXT)
#undef REQ_HELP_TEXT
};

int
keymap_count_digit(struct keycount *c, int key)
{
	if (key < '0' || key > '9' || (key == '0' && c->n == 0))
		return 0;
	c->n = c->n * 10 + (unsigned long)(key - '0');
	if (c->n > KEYMAP_COUNT_MAX)
		c->n = KEYMAP_COUNT_MAX;
	return 1;
}

unsigned long
keymap_count_apply(struct keycount *c, enum request *req, int *first)
{
	unsigned long n = c->n;

	c->n = 0;
	*first = 0;
	if (n == 0)
		return 1;
	switch (*req) {
	case REQ_LAST:
		*first = 1;
		*req = REQ_DOWN;
		return n - 1;
	case REQ_DOWN: case REQ_UP: case REQ_PAGE_DOWN: case REQ_PAGE_UP:
	case REQ_HALF_DOWN: case REQ_HALF_UP: case REQ_NEXT_MATCH: case REQ_PREV_MATCH:
	case REQ_NEXT_ARTICLE: case REQ_PREV_ARTICLE: case REQ_NEXT_UNREAD:
		return n;
	default:
		return 1;
	}
}

enum request
keymap_request(int key)
{
	size_t i;

	for (i = 0; i < sizeof(bindings) / sizeof(bindings[0]); i++)
		if (bindings[i].key == key)
			return bindings[i].req;
	return REQ_NONE;
}

const char *
keymap_help(enum request req)
{
	return req > REQ_NONE && req < REQ_COUNT ? help[req] : NULL;
}

const char *
keymap_key_name(int key, char tmp[8])
{
	static const char *const special[] = {
		[KS_DOWN - KS_BASE] = "Down", [KS_UP - KS_BASE] = "Up",
		[KS_PGDN - KS_BASE] = "PgDn", [KS_PGUP - KS_BASE] = "PgUp",
		[KS_HOME - KS_BASE] = "Home", [KS_END - KS_BASE] = "End",
		[KS_ENTER - KS_BASE] = "Enter", [KS_BTAB - KS_BASE] = "Shift-Tab",
		[KS_F1 - KS_BASE] = "F1",
	};

	if (key > KS_BASE && key < KS_END_OF_LIST)
		return special[key - KS_BASE];
	switch (key) {
	case ' ': return "Space";
	case '\t': return "Tab";
	case '\n': case '\r': return "Enter";
	default: break;
	}
	if (key > 0 && key < 0x20) {
		tmp[0] = '^';
		tmp[1] = (char)(key + '@');
		tmp[2] = '\0';
		return tmp;
	}
	if (key > 0x20 && key < 0x7F) {
		tmp[0] = (char)key;
		tmp[1] = '\0';
		return tmp;
	}
	return NULL;
}

void
keymap_keys(enum request req, const char *sep, struct buf *out)
{
	size_t i, start = out->len;
	char tmp[8];

	buf_adds(out, "");
	for (i = 0; i < sizeof(bindings) / sizeof(bindings[0]); i++) {
		const char *name;

		if (bindings[i].req != req || (name = keymap_key_name(bindings[i].key, tmp)) == NULL)
			continue;
		if (strcmp(name, "Enter") == 0 && strstr(out->s + start, "Enter") != NULL)
			continue;	/* three keys, one name */
		if (out->len > start)
			buf_adds(out, sep);
		buf_adds(out, name);
	}
}
