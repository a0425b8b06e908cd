/*
 * keymap.h — the one key table: every request, its help text and the
 * keys bound to it (after tig's request.h).  The UI binds from it, the
 * help screen is printed from it, and tests/unit/test_keymap.c checks the
 * man page's KEYS section against it, so the three cannot disagree.
 *
 * No curses here: a key is a Unicode code point (a letter, ' ', '\t'),
 * a control key KEYMAP_CTRL('f'), or one of the special keys KS_*, which
 * the UI maps to curses key codes.
 */
#ifndef GISA_KEYMAP_H
#define GISA_KEYMAP_H

#include <stddef.h>

#include "util.h"

/* X(request, what it does) in help order */
#define REQUEST_TABLE(X) \
	X(REQ_DOWN, "next article; in the reader or the panel, scroll down a line") \
	X(REQ_UP, "previous article; in the reader or the panel, scroll up a line") \
	X(REQ_PAGE_DOWN, "one page down; at the end of an article, the next article") \
	X(REQ_PAGE_UP, "one page up") \
	X(REQ_HALF_DOWN, "half a page down") \
	X(REQ_HALF_UP, "half a page up") \
	X(REQ_FIRST, "go to the top") \
	X(REQ_LAST, "go to the bottom") \
	X(REQ_ENTER, "open the article; panel: mention, person or trail; in a view: the article there") \
	X(REQ_NEXT_ARTICLE, "open the next article of the list (from the reader too)") \
	X(REQ_PREV_ARTICLE, "open the previous article of the list") \
	X(REQ_NEXT_UNREAD, "open the next unread article, round the end of the list") \
	X(REQ_PERSON, "the person view: the person chosen in the panel, else the article's first person") \
	X(REQ_TRAILS, "the trails view: figure trails across the shown articles") \
	X(REQ_NARROW, "list, reader: the original of a re-post; panel, person view: narrow the list by it") \
	X(REQ_SORT, "sort by the next key: date, outlet, title, matches, input order") \
	X(REQ_SORT_REVERSE, "reverse the order of the list") \
	X(REQ_CORPUS, "panel: the people and figures of the article, or of all shown") \
	X(REQ_SEARCH, "search (PCRE2): in the reader, forward; in the list, narrow it to the matches") \
	X(REQ_SEARCH_BACK, "in the reader, search backward (elsewhere ? is help)") \
	X(REQ_NEXT_MATCH, "next match, on into the next article that matches") \
	X(REQ_PREV_MATCH, "previous match, back into the previous article that matches") \
	X(REQ_FILTER, "edit the filter: person: outlet: date: unit: value: kind: has: title: /re/ ...") \
	X(REQ_CLEAR_FILTER, "show every article: clear the filter and any narrowing") \
	X(REQ_TAG, "tag or untag the article; in the panel, mark the person or figure") \
	X(REQ_TAG_ALL, "tag every article the list shows") \
	X(REQ_UNTAG_ALL, "untag every article of the corpus and unmark the panel (asks first)") \
	X(REQ_READ, "mark the article read or unread (opening it marks it read)") \
	X(REQ_EXPORT, "export the tagged (else the current) articles, or the marked entries") \
	X(REQ_MESSAGES, "the messages of the session: load problems, warnings, exports") \
	X(REQ_COMMAND, "command line (Tab completes): sort ORDER, person NAME, trails, export, messages, set ambiguous-wide, q") \
	X(REQ_FOCUS_NEXT, "focus the next pane") \
	X(REQ_FOCUS_PREV, "focus the previous pane") \
	X(REQ_HELP, "show this help (as ? does outside the reader)") \
	X(REQ_REDRAW, "redraw the screen") \
	X(REQ_SUSPEND, "suspend gisa (fg in the shell brings it back)") \
	X(REQ_BACK, "back to the list; in the list, quit") \
	X(REQ_QUIT, "quit at once")

enum request {
	REQ_NONE,
#define REQ_ENUM(r, h) r,
	REQUEST_TABLE(REQ_ENUM)
#undef REQ_ENUM
	REQ_COUNT
};

#define KEYMAP_CTRL(c) ((c) & 0x1F)

/* Keys that are no characters. */
enum key_special {
	KS_BASE = 0x110000,
	KS_DOWN, KS_UP, KS_PGDN, KS_PGUP, KS_HOME, KS_END, KS_ENTER, KS_BTAB, KS_F1,
	KS_END_OF_LIST
};

/* A count typed before a key, as in less and vi: 5j moves five down,
 * 20G goes to the 20th row (of the list, of the article). */
struct keycount {
	unsigned long n;	/* 0: none typed */
};

#define KEYMAP_COUNT_MAX 1000000UL

/* Take key as the next digit of the count (a first digit 1-9, then 0-9);
 * 1 when it was one, 0 when key is no digit of a count. */
int keymap_count_digit(struct keycount *c, int key);

/* What a request does with the count typed before it (then none is):
 * *req is run the returned number of times, after REQ_FIRST when
 * *first is set.  Movement repeats; G with a count goes to that row
 * (first, then count - 1 down); any other request runs once. */
unsigned long keymap_count_apply(struct keycount *c, enum request *req, int *first);

/* The request bound to key, or REQ_NONE. */
enum request keymap_request(int key);

/* The help text of req (req in 1..REQ_COUNT-1). */
const char *keymap_help(enum request req);

/* The keys of req as the help screen and the man page name them, in
 * table order, a name once ("Enter" is three keys): appended to out,
 * separated by sep. */
void keymap_keys(enum request req, const char *sep, struct buf *out);

/* The name of one key ("j", "Down", "^F", "Space", "ㅓ"), or NULL. */
const char *keymap_key_name(int key, char tmp[8]);

/* ---- the config file's bindings (core/config.h) ---- */

#define KEYMAP_BINDINGS_MAX 256
#define KEYMAP_NAME_MAX 32

/* Bind key to req, in place of what it did (a new key comes after the
 * request's others in the help); 0, or -1 when the table is full. */
int keymap_bind(int key, enum request req);

/* The key does nothing any more. */
void keymap_unbind(int key);

/* The bindings as gisa ships them. */
void keymap_reset(void);

/* The config file's name of req, REQ_NEXT_ARTICLE's "next-article", into
 * tmp; and the request of such a name, or REQ_NONE. */
const char *keymap_request_name(enum request req, char tmp[KEYMAP_NAME_MAX]);
enum request keymap_parse_request(const char *name);

/* The keys of a key's name as the help names it (a character: j, ㅓ;
 * ^X; Space, Tab, Enter, Down, Up, PgDn, PgUp, Home, End, Shift-Tab,
 * F1): their number (Enter is three keys), or 0 with the reason in *why
 * (digits are counts, Esc closes views, unknown names). */
int keymap_parse_key(const char *name, int keys[3], const char **why);

/* The bindings in force as config lines, "bind KEY REQUEST", in help
 * order; a request without a key as a comment. */
void keymap_dump(struct buf *out);

#endif
