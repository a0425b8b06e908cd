/*
 * keys.c — the key bindings.
 */
#include "keys.h"

#include "term.h"

#define CTRL(c) ((c) & 0x1F)

static const struct {
	int key;
	enum request req;
} bindings[] = {
	{ 'j', REQ_DOWN }, { KEY_DOWN, REQ_DOWN },
	{ 'k', REQ_UP }, { KEY_UP, REQ_UP },
	{ ' ', REQ_PAGE_DOWN }, { KEY_NPAGE, REQ_PAGE_DOWN }, { CTRL('f'), REQ_PAGE_DOWN },
	{ 'b', REQ_PAGE_UP }, { KEY_PPAGE, REQ_PAGE_UP }, { CTRL('b'), REQ_PAGE_UP },
	{ 'd', REQ_HALF_DOWN }, { CTRL('d'), REQ_HALF_DOWN },
	{ 'u', REQ_HALF_UP }, { CTRL('u'), REQ_HALF_UP },
	{ 'g', REQ_FIRST }, { KEY_HOME, REQ_FIRST }, { '<', REQ_FIRST },
	{ 'G', REQ_LAST }, { KEY_END, REQ_LAST }, { '>', REQ_LAST },
	{ '\n', REQ_ENTER }, { '\r', REQ_ENTER }, { KEY_ENTER, REQ_ENTER },
	{ '\t', REQ_FOCUS_NEXT }, { KEY_BTAB, REQ_FOCUS_PREV },
	{ 's', REQ_SORT },
	{ 'c', REQ_CORPUS },
	{ 'F', REQ_CLEAR_FILTER },
	{ '/', REQ_SEARCH }, { '?', REQ_SEARCH_BACK },
	{ 'n', REQ_NEXT_MATCH }, { 'N', REQ_PREV_MATCH },
	{ 'f', REQ_FILTER },
	{ 't', REQ_TAG }, { 'T', REQ_TAG_ALL }, { 'U', REQ_UNTAG_ALL },
	{ 'r', REQ_READ }, { 'e', REQ_EXPORT },
	{ 'h', REQ_HELP }, { KEY_F(1), REQ_HELP },
	{ CTRL('l'), REQ_REDRAW },
	{ 'q', REQ_BACK },
	{ 'Q', REQ_QUIT }, { CTRL('c'), REQ_QUIT },
};

static const struct request_info table[] = {
#define REQ_INFO(r, k, h) { r, k, h },
	REQUEST_TABLE(REQ_INFO)
#undef REQ_INFO
};

enum request
keys_request(int key)
{
	size_t i;

	for (i = 0; i < sizeof(bindings) / sizeof(bindings[0]); i++)
		if (bindings[i].key == key)
			return bindings[i].req;
	return REQ_NONE;
}

const struct request_info *
keys_table(void)
{
	return table;
}
