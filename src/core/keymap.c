/*
 * keymap.c — the key table (keymap.h): bindings in help order.
 */
#include <string.h>
#include <strings.h>

#include "keymap.h"
#include "width.h"

struct binding {
	int key;
	enum request req;
};

#define SHIPPED_BINDINGS \
	{ 'j', REQ_DOWN }, { KS_DOWN, REQ_DOWN }, \
	{ 'k', REQ_UP }, { KS_UP, REQ_UP }, \
	{ ' ', REQ_PAGE_DOWN }, { KS_PGDN, REQ_PAGE_DOWN }, { KEYMAP_CTRL('f'), REQ_PAGE_DOWN }, \
	{ 'b', REQ_PAGE_UP }, { KS_PGUP, REQ_PAGE_UP }, { KEYMAP_CTRL('b'), REQ_PAGE_UP }, \
	{ 'd', REQ_HALF_DOWN }, { KEYMAP_CTRL('d'), REQ_HALF_DOWN }, \
	{ 'u', REQ_HALF_UP }, { KEYMAP_CTRL('u'), REQ_HALF_UP }, \
	{ 'g', REQ_FIRST }, { KS_HOME, REQ_FIRST }, { '<', REQ_FIRST }, \
	{ 'G', REQ_LAST }, { KS_END, REQ_LAST }, { '>', REQ_LAST }, \
	{ '\n', REQ_ENTER }, { '\r', REQ_ENTER }, { KS_ENTER, REQ_ENTER }, \
	{ 'J', REQ_NEXT_ARTICLE }, { ']', REQ_NEXT_ARTICLE }, \
	{ 'K', REQ_PREV_ARTICLE }, { '[', REQ_PREV_ARTICLE }, \
	{ '.', REQ_NEXT_UNREAD }, \
	{ 'P', REQ_PERSON }, { 'R', REQ_TRAILS }, { '=', REQ_NARROW }, \
	{ 's', REQ_SORT }, { 'S', REQ_SORT_REVERSE }, \
	{ 'c', REQ_CORPUS }, \
	{ '/', REQ_SEARCH }, { '?', REQ_SEARCH_BACK }, \
	{ 'n', REQ_NEXT_MATCH }, { 'N', REQ_PREV_MATCH }, \
	{ 'f', REQ_FILTER }, \
	{ 'F', REQ_CLEAR_FILTER }, \
	{ 't', REQ_TAG }, { 'T', REQ_TAG_ALL }, { 'U', REQ_UNTAG_ALL }, \
	{ 'r', REQ_READ }, { 'e', REQ_EXPORT }, \
	{ 'M', REQ_MESSAGES }, { ':', REQ_COMMAND }, \
	{ '\t', REQ_FOCUS_NEXT }, { KS_BTAB, REQ_FOCUS_PREV }, \
	{ 'h', REQ_HELP }, { KS_F1, REQ_HELP }, \
	{ KEYMAP_CTRL('l'), REQ_REDRAW }, \
	{ KEYMAP_CTRL('z'), REQ_SUSPEND }, \
	{ 'q', REQ_BACK }, \
	{ 'Q', REQ_QUIT }, { KEYMAP_CTRL('c'), REQ_QUIT },

static const struct binding shipped[] = { SHIPPED_BINDINGS };

/* the table in force: the shipped one, then what the config file bound */
static struct binding bindings[KEYMAP_BINDINGS_MAX] = { SHIPPED_BINDINGS };
static size_t nbindings = sizeof(shipped) / sizeof(shipped[0]);

/* REQ_NEXT_ARTICLE: the config file's next-article */
static const char *const ids[REQ_COUNT] = {
#define REQ_ID(r, h) [r] = #r,
	REQUEST_TABLE(REQ_ID)
#undef REQ_ID
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

	for (i = 0; i < nbindings; i++)
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
	if (key >= 0xA0 && key < 0x110000 && util_char_clean((uint32_t)key)) {
		struct buf b = BUF_INIT;

		buf_add_utf8(&b, (uint32_t)key);
		memcpy(tmp, b.s, b.len + 1);	/* at most 4 bytes and the NUL */
		buf_free(&b);
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
	for (i = 0; i < nbindings; i++) {
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

void
keymap_reset(void)
{
	memcpy(bindings, shipped, sizeof(shipped));
	nbindings = sizeof(shipped) / sizeof(shipped[0]);
}

int
keymap_bind(int key, enum request req)
{
	size_t i;

	for (i = 0; i < nbindings; i++)
		if (bindings[i].key == key) {
			bindings[i].req = req;
			return 0;
		}
	if (nbindings == KEYMAP_BINDINGS_MAX)
		return -1;
	bindings[nbindings].key = key;
	bindings[nbindings++].req = req;
	return 0;
}

void
keymap_unbind(int key)
{
	size_t i;

	for (i = 0; i < nbindings; i++)
		if (bindings[i].key == key) {
			memmove(bindings + i, bindings + i + 1, (nbindings - i - 1) * sizeof(bindings[0]));
			nbindings--;
			return;
		}
}

const char *
keymap_request_name(enum request req, char tmp[KEYMAP_NAME_MAX])
{
	const char *id;
	size_t i;

	if (req <= REQ_NONE || req >= REQ_COUNT)
		return NULL;
	id = ids[req] + 4;	/* after REQ_ */
	for (i = 0; id[i] != '\0' && i + 1 < KEYMAP_NAME_MAX; i++)
		tmp[i] = id[i] == '_' ? '-' : (char)(id[i] | 0x20);
	tmp[i] = '\0';
	return tmp;
}

enum request
keymap_parse_request(const char *name)
{
	char tmp[KEYMAP_NAME_MAX];
	int r;

	for (r = REQ_NONE + 1; r < REQ_COUNT; r++)
		if (strcmp(keymap_request_name((enum request)r, tmp), name) == 0)
			return (enum request)r;
	return REQ_NONE;
}

/* The code point of name when it is one whole UTF-8 character, or -1. */
static int
one_char(const char *name)
{
	size_t n = strlen(name);
	uint32_t u;

	if (n == 0 || utf8_decode(name, n, &u) != (int)n)
		return -1;
	return (int)u;
}

int
keymap_parse_key(const char *name, int keys[3], const char **why)
{
	static const struct {
		const char *name;
		int key;
	} named[] = {
		{ "Down", KS_DOWN }, { "Up", KS_UP }, { "PgDn", KS_PGDN }, { "PageDown", KS_PGDN },
		{ "PgUp", KS_PGUP }, { "PageUp", KS_PGUP }, { "Home", KS_HOME }, { "End", KS_END },
		{ "Shift-Tab", KS_BTAB }, { "BTab", KS_BTAB }, { "F1", KS_F1 },
		{ "Space", ' ' }, { "Tab", '\t' },
	};
	size_t i;
	int c;

	*why = NULL;
	if (strcmp(name, "Esc") == 0 || strcmp(name, "Escape") == 0) {
		*why = "Esc closes the help, the views and the prompts";
		return 0;
	}
	if (strcmp(name, "Enter") == 0 || strcmp(name, "Return") == 0
	    || strcasecmp(name, "^M") == 0 || strcasecmp(name, "^J") == 0) {
		/* the terminal sends either for the one key */
		keys[0] = '\n';
		keys[1] = '\r';
		keys[2] = KS_ENTER;
		return 3;
	}
	for (i = 0; i < sizeof(named) / sizeof(named[0]); i++)
		if (strcmp(name, named[i].name) == 0) {
			keys[0] = named[i].key;
			return 1;
		}
	if (name[0] == '^' && name[1] != '\0' && name[2] == '\0') {
		c = (unsigned char)name[1];
		if (c >= 'a' && c <= 'z')
			c -= 0x20;
		if (c < '@' || c > '_') {
			*why = "a control key is ^ and a letter: ^F";
			return 0;
		}
		keys[0] = c - '@';
	} else if ((c = one_char(name)) < 0) {
		*why = "not a key (a character, ^X, Space, Tab, Enter, Down, Up, PgDn, PgUp, Home, End, Shift-Tab, F1)";
		return 0;
	} else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
		*why = "a control character: write it ^X";
		return 0;
	} else if (!util_char_clean((uint32_t)c)) {
		*why = "a character the help could not show (a bidi control, a combining mark)";
		return 0;
	} else {
		keys[0] = c;
	}
	if (keys[0] >= '0' && keys[0] <= '9') {
		*why = "digits are counts (5j)";
		return 0;
	}
	if (keys[0] == 27) {
		*why = "Esc closes the help, the views and the prompts";
		return 0;
	}
	return 1;
}

void
keymap_dump(struct buf *out)
{
	char tmp[KEYMAP_NAME_MAX], prev[8];
	size_t i;
	int r;

	for (r = REQ_NONE + 1; r < REQ_COUNT; r++) {
		struct buf keys = BUF_INIT;
		const char *name = keymap_request_name((enum request)r, tmp), *k, *sp;

		keymap_keys((enum request)r, " ", &keys);
		if (keys.len == 0)
			buf_printf(out, "# %s: no key\n", name);
		for (k = keys.s; keys.len > 0 && *k != '\0'; k = *sp ? sp + 1 : sp) {
			sp = strchr(k, ' ');
			if (sp == NULL)
				sp = k + strlen(k);
			size_t w = width_of(k, (size_t)(sp - k));

			/* padded by columns, so a Hangul key lines up too */
			buf_printf(out, "bind %.*s%*s %s\n", (int)(sp - k), k,
			    w < 9 ? (int)(9 - w) : 0, "", name);
		}
		buf_free(&keys);
	}
	for (i = 0; i < sizeof(shipped) / sizeof(shipped[0]); i++) {
		const char *name = keymap_key_name(shipped[i].key, tmp);

		/* a key of gisa's that does nothing now (Enter once) */
		if (keymap_request(shipped[i].key) == REQ_NONE && name != NULL
		    && (i == 0 || strcmp(keymap_key_name(shipped[i - 1].key, prev), name) != 0))
			buf_printf(out, "unbind %s\n", name);
	}
}
