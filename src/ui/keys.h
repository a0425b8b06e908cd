/*
 * keys.h — requests and the keys bound to them, in one table that the
 * key handler and the help screen both read (after tig's request.h).
 */
#ifndef GISA_KEYS_H
#define GISA_KEYS_H

/* X(request, keys as shown in help, what it does) */
#define REQUEST_TABLE(X) \
	X(REQ_DOWN, "j  Down", "next article; in the reader, scroll down a line") \
	X(REQ_UP, "k  Up", "previous article; in the reader, scroll up a line") \
	X(REQ_PAGE_DOWN, "Space  PgDn", "one page down") \
	X(REQ_PAGE_UP, "b  PgUp", "one page up") \
	X(REQ_HALF_DOWN, "d", "half a page down") \
	X(REQ_HALF_UP, "u", "half a page up") \
	X(REQ_FIRST, "g  Home", "go to the top") \
	X(REQ_LAST, "G  End", "go to the bottom") \
	X(REQ_ENTER, "Enter", "open the article; in the panel, jump to a mention or narrow the list") \
	X(REQ_SORT, "s", "sort the list by date (newest first) or input order") \
	X(REQ_CORPUS, "c", "panel: the people and figures of the article, or of all shown") \
	X(REQ_SEARCH, "/", "search (PCRE2): in the reader, forward; in the list, narrow it to the matches") \
	X(REQ_SEARCH_BACK, "?", "in the reader, search backward (elsewhere ? is help)") \
	X(REQ_NEXT_MATCH, "n", "next match, on into the next article that matches") \
	X(REQ_PREV_MATCH, "N", "previous match, back into the previous article that matches") \
	X(REQ_FILTER, "f", "edit the filter: person: outlet: date: unit: value: kind: has: title: /re/ ...") \
	X(REQ_CLEAR_FILTER, "F", "show every article: clear the filter and any narrowing") \
	X(REQ_TAG, "t", "tag or untag the article; in the panel, mark the person or figure") \
	X(REQ_TAG_ALL, "T", "tag every article the list shows") \
	X(REQ_UNTAG_ALL, "U", "untag every article of the corpus and unmark the panel (asks first)") \
	X(REQ_READ, "r", "mark the article read or unread (opening it marks it read)") \
	X(REQ_EXPORT, "e", "export the tagged (else the current) articles, or the marked entries") \
	X(REQ_FOCUS_NEXT, "Tab", "focus the next pane") \
	X(REQ_FOCUS_PREV, "Shift-Tab", "focus the previous pane") \
	X(REQ_HELP, "h  F1  ?", "show this help (? outside the reader)") \
	X(REQ_REDRAW, "Ctrl-L", "redraw the screen") \
	X(REQ_BACK, "q", "back to the list; in the list, quit") \
	X(REQ_QUIT, "Q  Ctrl-C", "quit at once") \
	X(REQ_MOUSE, "mouse", "wheel scrolls the pane under it; click selects, double click opens")

enum request {
	REQ_NONE,
#define REQ_ENUM(r, k, h) r,
	REQUEST_TABLE(REQ_ENUM)
#undef REQ_ENUM
	REQ_COUNT
};

struct request_info {
	enum request req;
	const char *keys;
	const char *help;
};

/* The request bound to key (a curses key code), or REQ_NONE. */
enum request keys_request(int key);

/* The table of requests, REQ_COUNT - 1 entries, in help order. */
const struct request_info *keys_table(void);

#endif
