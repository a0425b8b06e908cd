/*
 * html.c — a forgiving tag scanner that turns scraped pages into blocks.
 *
 * It is not a tree builder: it keeps a stack of open elements only to
 * know which flags the text inherits (inside a link, a caption, a nav),
 * and closes what it can match.  Anything that does not parse as a tag is
 * text, so a stray '<' in an article survives.
 */
#include "html.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"

#define STACK_MAX 256

struct elem {
	char name[12];
	unsigned flags;
	int link;
};

/* What the parser knows of a block's line, for rewrap(). */
struct line {
	unsigned indent;	/* columns of white space before its text */
	unsigned char soft;	/* the next block follows one line break */
};

struct parser {
	struct html_doc *d;
	struct line *line;	/* one per block of d */
	size_t line_cap;
	unsigned col;		/* white space columns since the line start */
	int nl, br, hard;	/* breaks since the last block ended */
	size_t nsoft;		/* blocks with line.soft set */
	struct elem stack[STACK_MAX];
	int depth;
	int in_block;		/* a block is open in d->text */
	int space;		/* a space is pending before the next text */
	unsigned flags;		/* flags of the open block */
	unsigned link_len;
	size_t start;		/* where the open block's text starts */
	int lines;		/* newlines end blocks (fragment / plain text) */
	int next_markup;	/* the next block begins at a tag */
};

static int
is_space_byte(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

static void
end_block(struct parser *p)
{
	struct html_doc *d = p->d;

	if (p->in_block) {
		struct block *b;

		p->nl = p->br = p->hard = 0;
		d->b = xgrow(d->b, &d->cap, d->n + 1, sizeof(*d->b));
		b = &d->b[d->n++];
		b->off = p->start;
		b->len = d->text.len - p->start;
		b->flags = p->flags;
		b->link_len = p->link_len;
		buf_addc(&d->text, '\0');
	}
	p->in_block = 0;
	p->space = 0;
	p->flags = 0;
	p->link_len = 0;
}

static unsigned
stack_flags(const struct parser *p)
{
	return p->depth > 0 ? p->stack[p->depth - 1].flags : 0;
}

static int
in_link(const struct parser *p)
{
	return p->depth > 0 && p->stack[p->depth - 1].link;
}

/* Append text: no white space but single spaces between words. */
static void
add_text(struct parser *p, const char *s, size_t n)
{
	struct html_doc *d = p->d;

	if (!p->in_block) {
		p->in_block = 1;
		p->start = d->text.len;
		p->flags = p->next_markup ? BLK_MARKUP : 0;
		p->link_len = 0;
		p->line = xgrow(p->line, &p->line_cap, d->n + 1, sizeof(*p->line));
		p->line[d->n].indent = p->col;
		p->line[d->n].soft = 0;
		/* one line break (a newline of a text dump, or one <br>) and
		 * nothing else since the block before: maybe a soft wrap */
		if (d->n > 0 && !p->hard && p->nl + p->br >= 1 && p->nl <= 1 && p->br <= 1) {
			p->line[d->n - 1].soft = 1;
			p->nsoft++;
		}
	} else if (p->space) {
		buf_addc(&d->text, ' ');
	}
	p->space = 0;
	p->flags |= stack_flags(p);
	if (in_link(p))
		p->link_len += (unsigned)n;
	buf_add(&d->text, s, n);
}

static void
add_space(struct parser *p)
{
	if (p->in_block)
		p->space = 1;
}

/* White space c (1 column, or a tab) before any text on the line. */
static void
lead_space(struct parser *p, int c)
{
	if (!p->in_block && p->lines)
		p->col = c == '\t' ? (p->col / 8 + 1) * 8 : p->col + 1;
	add_space(p);
}

/* Code points a reference must not bring in. */
static int
unsafe(uint32_t u)
{
	return (u < 0x20 && u != '\t' && u != '\n') || (u >= 0x7F && u <= 0x9F)
	    || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)
	    || u == 0x200E || u == 0x200F || u == 0xFEFF;
}

/* HTML5: references to 0x80-0x9F mean Windows-1252. */
static const uint16_t cp1252[32] = {
	0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
	0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
};

static void
emit(struct buf *out, uint32_t u)
{
	if (u == 0 || u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF))
		u = 0xFFFD;
	if (u >= 0x80 && u <= 0x9F)
		u = cp1252[u - 0x80];
	if (u == '\t' || u == '\n')
		u = ' ';
	if (!unsafe(u))
		buf_add_utf8(out, u);
}

/* Decode the character reference at s ('&' first) and append its text to
 * out.  Returns the bytes consumed, or 0 when s holds no reference (the
 * caller then copies the '&' as it is).  Controls and bidi overrides a
 * reference could smuggle in are dropped. */
static size_t
html_entity(const char *s, size_t n, struct buf *out)
{
	size_t i = 1;

	if (n < 3 || s[0] != '&')
		return 0;
	if (s[1] == '#') {
		int hex = i + 1 < n && (s[2] == 'x' || s[2] == 'X');
		uint32_t u = 0;
		size_t digits = 0;

		i = hex ? 3 : 2;
		for (; i < n; i++, digits++) {
			int v = hex ? hex_digit((unsigned char)s[i])
			    : (s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : -1);

			if (v < 0)
				break;
			if (u <= 0x10FFFF)
				u = u * (hex ? 16 : 10) + (uint32_t)v;
		}
		if (digits == 0)
			return 0;
		if (i < n && s[i] == ';')
			i++;
		emit(out, u);
		return i;
	} else {
		const struct lexicon *lx = lexicon_get(LEX_ENTITIES);
		const struct lex_entry *e;
		size_t len;
		const char *cp;

		e = lexicon_prefix(lx, s + 1, n - 1, &len);
		if (e == NULL || e->nf < 2)
			return 0;
		for (cp = e->f[1]; *cp != '\0';) {
			uint32_t u = 0;

			while (*cp == ' ')
				cp++;
			while (hex_digit((unsigned char)*cp) >= 0)
				u = u * 16 + (uint32_t)hex_digit((unsigned char)*cp++);
			emit(out, u);
			while (*cp != '\0' && *cp != ' ')
				cp++;
		}
		return 1 + len;
	}
}

/* ---------- tags ---------- */

struct tagdef {
	const char *name;
	unsigned flags;
	unsigned char block;	/* starts and ends a block */
	unsigned char kind;	/* 0 normal, 1 void, 2 raw text skipped */
};

enum { T_NORMAL, T_VOID, T_SKIP };

static const struct tagdef tags[] = {
	{ "a", 0, 0, T_NORMAL },
	{ "address", 0, 1, T_NORMAL },
	{ "area", 0, 0, T_VOID },
	{ "article", 0, 1, T_NORMAL },
	{ "aside", BLK_NAV, 1, T_NORMAL },
	{ "base", 0, 0, T_VOID },
	{ "blockquote", 0, 1, T_NORMAL },
	{ "body", 0, 1, T_NORMAL },
	{ "br", 0, 1, T_VOID },
	{ "button", BLK_NAV, 1, T_NORMAL },
	{ "caption", 0, 1, T_NORMAL },
	{ "center", 0, 1, T_NORMAL },
	{ "col", 0, 0, T_VOID },
	{ "dd", BLK_ITEM, 1, T_NORMAL },
	{ "details", 0, 1, T_NORMAL },
	{ "dialog", 0, 1, T_NORMAL },
	{ "div", 0, 1, T_NORMAL },
	{ "dl", 0, 1, T_NORMAL },
	{ "dt", BLK_ITEM, 1, T_NORMAL },
	{ "embed", 0, 0, T_VOID },
	{ "fieldset", 0, 1, T_NORMAL },
	{ "figcaption", BLK_CAPTION, 1, T_NORMAL },
	{ "figure", 0, 1, T_NORMAL },
	{ "footer", BLK_NAV, 1, T_NORMAL },
	{ "form", BLK_NAV, 1, T_NORMAL },
	{ "h1", BLK_HEADING, 1, T_NORMAL },
	{ "h2", BLK_HEADING, 1, T_NORMAL },
	{ "h3", BLK_HEADING, 1, T_NORMAL },
	{ "h4", BLK_HEADING, 1, T_NORMAL },
	{ "h5", BLK_HEADING, 1, T_NORMAL },
	{ "h6", BLK_HEADING, 1, T_NORMAL },
	{ "head", 0, 1, T_NORMAL },
	{ "header", 0, 1, T_NORMAL },
	{ "hgroup", 0, 1, T_NORMAL },
	{ "hr", 0, 1, T_VOID },
	{ "html", 0, 1, T_NORMAL },
	{ "iframe", 0, 1, T_SKIP },
	{ "img", 0, 0, T_VOID },
	{ "input", 0, 0, T_VOID },
	{ "li", BLK_ITEM, 1, T_NORMAL },
	{ "link", 0, 0, T_VOID },
	{ "main", 0, 1, T_NORMAL },
	{ "menu", BLK_NAV, 1, T_NORMAL },
	{ "meta", 0, 0, T_VOID },
	{ "nav", BLK_NAV, 1, T_NORMAL },
	{ "noscript", 0, 1, T_SKIP },
	{ "ol", 0, 1, T_NORMAL },
	{ "option", BLK_ITEM | BLK_NAV, 1, T_NORMAL },
	{ "p", 0, 1, T_NORMAL },
	{ "param", 0, 0, T_VOID },
	{ "pre", 0, 1, T_NORMAL },
	{ "script", 0, 1, T_SKIP },
	{ "section", 0, 1, T_NORMAL },
	{ "select", BLK_NAV, 1, T_NORMAL },
	{ "source", 0, 0, T_VOID },
	{ "style", 0, 1, T_SKIP },
	{ "summary", 0, 1, T_NORMAL },
	{ "svg", 0, 1, T_SKIP },
	{ "table", 0, 1, T_NORMAL },
	{ "tbody", 0, 1, T_NORMAL },
	{ "td", BLK_CELL, 1, T_NORMAL },
	{ "template", 0, 1, T_SKIP },
	{ "textarea", 0, 1, T_SKIP },
	{ "tfoot", 0, 1, T_NORMAL },
	{ "th", BLK_CELL, 1, T_NORMAL },
	{ "thead", 0, 1, T_NORMAL },
	{ "title", BLK_TITLE, 1, T_NORMAL },
	{ "tr", 0, 1, T_NORMAL },
	{ "track", 0, 0, T_VOID },
	{ "ul", 0, 1, T_NORMAL },
	{ "wbr", 0, 0, T_VOID },
};

static const struct tagdef *
find_tag(const char *name)
{
	size_t lo = 0, hi = sizeof(tags) / sizeof(tags[0]);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(name, tags[mid].name);

		if (c == 0)
			return &tags[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* class/id words that mark page furniture, and captions */
static const char *const hint_words[] = {
	"nav", "navi", "navigation", "menu", "gnb", "lnb", "snb", "footer",
	"comment", "comments", "cmt", "reply", "related", "relate", "share",
	"sns", "social", "banner", "ad", "ads", "advert", "advertisement",
	"copyright", "breadcrumb", "popular", "ranking", "rank", "sidebar",
	"login", "recommend", "hot", "most", "toolbar", "util", NULL,
};

static int
word_in(const char *w, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(w, *list) == 0)
			return 1;
	return 0;
}

/* "photo_desc", "img-txt", "cap": a class naming the text under an
 * image, from the words of one class name. */
static const char *const image_words[] = { "photo", "img", "image", "pic", NULL };
static const char *const text_words[] = { "desc", "txt", "text", NULL };
/* "layer_summary", "popup-summary": a portal's machine summary over the
 * article, furniture */
static const char *const layer_words[] = { "layer", "popup", NULL };

static unsigned
attr_flags(const char *v, size_t n)
{
	unsigned flags = 0;
	size_t i = 0;
	int image = 0, text = 0, layer = 0, summary = 0;

	while (i < n) {
		size_t j = i, k;
		char w[32];

		while (j < n && (v[j] == ' ' || v[j] == '_' || v[j] == '-'))
			j++;
		i = j;
		while (j < n && v[j] != ' ' && v[j] != '_' && v[j] != '-')
			j++;
		if (j - i > 0 && j - i < sizeof(w)) {
			for (k = 0; k < j - i; k++)
				w[k] = (char)(v[i + k] | ((v[i + k] >= 'A' && v[i + k] <= 'Z') ? 0x20 : 0));
			w[j - i] = '\0';
			if (strcmp(w, "caption") == 0 || strcmp(w, "figcaption") == 0
			    || strcmp(w, "cap") == 0)
				flags |= BLK_CAPTION;
			image |= word_in(w, image_words);
			text |= word_in(w, text_words);
			layer |= word_in(w, layer_words);
			summary |= strcmp(w, "summary") == 0;
			for (k = 0; hint_words[k] != NULL && !(flags & BLK_HINT); k++)
				if (w[0] == hint_words[k][0] && strcmp(w, hint_words[k]) == 0)
					flags |= BLK_HINT;
		}
		i = j;
		if (i >= n || v[i] == ' ') {	/* one class name ends */
			if (image && text)
				flags |= BLK_CAPTION;
			if (layer && summary)
				flags |= BLK_HINT;
			image = text = layer = summary = 0;
		}
	}
	return flags;
}

static int
name_char(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
	    || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

/*
 * Parse the attributes of a tag starting at s[i] (just after the name) up
 * to its '>'.  Returns the index after '>', or 0 when the tag never ends.
 */
static size_t
parse_attrs(struct parser *p, const char *s, size_t n, size_t i,
	    unsigned *flags)
{
	while (i < n) {
		size_t an, al, vs = 0, vl = 0;

		while (i < n && (is_space_byte((unsigned char)s[i]) || s[i] == '/'))
			i++;
		if (i >= n)
			return 0;
		if (s[i] == '>')
			return i + 1;
		if (s[i] == '<')
			return 0;	/* a new tag before this one closed */
		an = i;
		while (i < n && !is_space_byte((unsigned char)s[i]) && s[i] != '='
		    && s[i] != '>' && s[i] != '/')
			i++;
		al = i - an;
		while (i < n && is_space_byte((unsigned char)s[i]))
			i++;
		if (i < n && s[i] == '=') {
			i++;
			while (i < n && is_space_byte((unsigned char)s[i]))
				i++;
			if (i < n && (s[i] == '"' || s[i] == '\'')) {
				const char *q = memchr(s + i + 1, s[i], n - i - 1);

				if (q == NULL)
					return 0;
				vs = i + 1;
				vl = (size_t)(q - s) - vs;
				i = (size_t)(q - s) + 1;
			} else {
				vs = i;
				while (i < n && !is_space_byte((unsigned char)s[i]) && s[i] != '>')
					i++;
				vl = i - vs;
			}
		}
		if ((al == 5 && strncasecmp(s + an, "class", 5) == 0)
		    || (al == 2 && strncasecmp(s + an, "id", 2) == 0))
			*flags |= attr_flags(s + vs, vl);
		else if (vl > 0 && ((al == 3 && strncasecmp(s + an, "src", 3) == 0)
		    || (al == 4 && strncasecmp(s + an, "href", 4) == 0)
		    || (al > 8 && strncasecmp(s + an, "data-", 5) == 0
			&& strncasecmp(s + an + al - 3, "src", 3) == 0))) {
			size_t k;

			for (k = vs; k < vs + vl; k++)
				if (s[k] == '\n')
					break;
			if (k == vs + vl) {
				buf_add(&p->d->urls, s + vs, vl);
				buf_addc(&p->d->urls, '\n');
			}
		}
	}
	return 0;
}

/* ---------- structured metadata: <meta> and JSON-LD ---------- */

/* The value of attribute key in the attribute text a[0..n) of a tag. */
static int
attr_value(const char *a, size_t n, const char *key, size_t *vs, size_t *vl)
{
	size_t i = 0, kl = strlen(key);

	while (i < n) {
		size_t an, al;

		while (i < n && (is_space_byte((unsigned char)a[i]) || a[i] == '/'))
			i++;
		an = i;
		while (i < n && !is_space_byte((unsigned char)a[i]) && a[i] != '=' && a[i] != '>')
			i++;
		al = i - an;
		while (i < n && is_space_byte((unsigned char)a[i]))
			i++;
		*vs = *vl = 0;
		if (i < n && a[i] == '=') {
			i++;
			while (i < n && is_space_byte((unsigned char)a[i]))
				i++;
			if (i < n && (a[i] == '"' || a[i] == '\'')) {
				const char *q = memchr(a + i + 1, a[i], n - i - 1);

				if (q == NULL)
					return 0;
				*vs = i + 1;
				*vl = (size_t)(q - a) - *vs;
				i = (size_t)(q - a) + 1;
			} else {
				*vs = i;
				while (i < n && !is_space_byte((unsigned char)a[i]) && a[i] != '>')
					i++;
				*vl = i - *vs;
			}
		}
		if (al == kl && strncasecmp(a + an, key, kl) == 0)
			return 1;
		if (al == 0)
			i++;
	}
	return 0;
}

/* Append "key\tvalue\n", the value's white space folded. */
static void
prop_add(struct html_doc *d, const char *key, const char *v, size_t n)
{
	size_t i, start;
	int space = 0;

	while (n > 0 && is_space_byte((unsigned char)v[0]))
		v++, n--;
	if (n == 0 || n > 2000 || html_prop(d, key, &i) != NULL)
		return;
	buf_add(&d->props, key, strlen(key));
	buf_addc(&d->props, '\t');
	start = d->props.len;
	for (i = 0; i < n; i++) {
		if (is_space_byte((unsigned char)v[i])) {
			space = 1;
			continue;
		}
		if (space && d->props.len > start)
			buf_addc(&d->props, ' ');
		space = 0;
		buf_addc(&d->props, v[i]);
	}
	buf_addc(&d->props, '\n');
}

/* <meta property="og:title" content="...">: entities decoded. */
static void
meta_tag_props(struct html_doc *d, const char *a, size_t n)
{
	static const char *const keys[] = {
		"og:title", "og:site_name", "article:published_time", NULL,
	};
	size_t ks, kl, vs, vl, k;
	struct buf v = BUF_INIT;

	if (!attr_value(a, n, "property", &ks, &kl) && !attr_value(a, n, "name", &ks, &kl))
		return;
	for (k = 0; keys[k] != NULL; k++)
		if (strlen(keys[k]) == kl && strncasecmp(a + ks, keys[k], kl) == 0)
			break;
	if (keys[k] == NULL || !attr_value(a, n, "content", &vs, &vl))
		return;
	while (vl > 0) {
		size_t used = a[vs] == '&' ? html_entity(a + vs, vl, &v) : 0;

		if (used == 0) {
			buf_addc(&v, a[vs]);
			used = 1;
		}
		vs += used, vl -= used;
	}
	prop_add(d, keys[k], v.s, v.len);
	buf_free(&v);
}

/* Decode the JSON string whose body is s[0..n) (no quotes) into out. */
static void
json_unescape(const char *s, size_t n, struct buf *out)
{
	size_t i;

	for (i = 0; i < n; i++) {
		uint32_t u = 0;
		int k;

		if (s[i] != '\\' || i + 1 >= n) {
			buf_addc(out, s[i]);
			continue;
		}
		i++;
		switch (s[i]) {
		case 'n': case 't': case 'r': case 'b': case 'f':
			buf_addc(out, ' ');
			break;
		case 'u':
			for (k = 0; k < 4 && i + 1 < n; k++) {
				int h = hex_digit((unsigned char)s[++i]);

				u = u * 16 + (uint32_t)(h < 0 ? 0 : h);
			}
			emit(out, u >= 0xD800 && u <= 0xDFFF ? 0xFFFD : u);
			break;
		default:
			buf_addc(out, s[i]);
		}
	}
}

#define LD_DEPTH 16

/*
 * JSON-LD in <script type="application/ld+json">: headline and
 * datePublished wherever they stand, the name of the publisher object
 * and of an author object of @type Organization (a wire agency).  A
 * tolerant scan of strings, keys and braces, not a validating parser.
 */
static void
ldjson_props(struct html_doc *d, const char *s, size_t n)
{
	struct {
		int kind;	/* 0 other, 1 publisher, 2 author */
		int org;
		size_t ns, nl;	/* its "name" */
	} st[LD_DEPTH];
	int depth = 0, pending = 0;	/* the kind a '{' after a key opens */
	size_t i, ks = 0, kl = 0;
	int want_value = 0;

	for (i = 0; i < n; i++) {
		char c = s[i];

		if (c == '"') {
			size_t b = i + 1, e = b;
			struct buf v = BUF_INIT;

			while (e < n && s[e] != '"')
				e += s[e] == '\\' ? 2 : 1;
			if (e >= n)
				return;
			i = e;
			if (!want_value) {
				size_t j = e + 1;

				while (j < n && is_space_byte((unsigned char)s[j]))
					j++;
				if (j < n && s[j] == ':') {
					ks = b, kl = e - b;
					want_value = 1;
					i = j;
					pending = (kl == 9 && memcmp(s + ks, "publisher", 9) == 0) ? 1
					    : (kl == 6 && memcmp(s + ks, "author", 6) == 0) ? 2 : 0;
				}
				continue;
			}
			want_value = 0;
			json_unescape(s + b, e - b, &v);
			if (kl == 8 && memcmp(s + ks, "headline", 8) == 0)
				prop_add(d, "ld:headline", v.s, v.len);
			else if (kl == 13 && memcmp(s + ks, "datePublished", 13) == 0)
				prop_add(d, "ld:datePublished", v.s, v.len);
			else if (depth > 0 && kl == 4 && memcmp(s + ks, "name", 4) == 0) {
				st[depth - 1].ns = b;
				st[depth - 1].nl = e - b;
			} else if (depth > 0 && kl == 5 && memcmp(s + ks, "@type", 5) == 0)
				st[depth - 1].org = v.len == 12 && memcmp(v.s, "Organization", 12) == 0;
			buf_free(&v);
		} else if (c == '{') {
			if (depth < LD_DEPTH) {
				st[depth].kind = want_value || pending ? pending : (depth > 0 ? st[depth - 1].kind : 0);
				st[depth].org = 0;
				st[depth].nl = 0;
			}
			depth++;
			want_value = 0;
		} else if (c == '}') {
			if (depth > 0 && depth <= LD_DEPTH && st[depth - 1].nl > 0) {
				struct buf v = BUF_INIT;

				json_unescape(s + st[depth - 1].ns, st[depth - 1].nl, &v);
				if (st[depth - 1].kind == 1)
					prop_add(d, "ld:publisher", v.s, v.len);
				else if (st[depth - 1].kind == 2 && st[depth - 1].org)
					prop_add(d, "ld:author_org", v.s, v.len);
				buf_free(&v);
			}
			if (depth > 0)
				depth--;
			want_value = 0;
		} else if (c == ',' ) {
			want_value = 0;
			if (depth > 0 && depth <= LD_DEPTH)
				pending = 0;
		} else if (c == '[') {
			want_value = 0;	/* "author": [ {...}, {...} ] keeps pending */
		} else if (c == ']') {
			pending = 0;
		} else if (!is_space_byte((unsigned char)c)) {
			want_value = 0;	/* a number, true, null */
		}
	}
}

/* An RSS item's <pubDate> or <dc:date>: the text up to the closing tag. */
static void
feed_date_prop(struct html_doc *d, const char *s, size_t n)
{
	const char *e = memchr(s, '<', n < 80 ? n : 80);

	if (e != NULL)
		prop_add(d, "rss:pubDate", s, (size_t)(e - s));
}

const char *
html_prop(const struct html_doc *d, const char *key, size_t *len)
{
	size_t kl = strlen(key), i = 0;

	while (i < d->props.len) {
		const char *line = d->props.s + i;
		const char *nl = memchr(line, '\n', d->props.len - i);
		size_t ll = nl != NULL ? (size_t)(nl - line) : d->props.len - i;

		if (ll > kl && memcmp(line, key, kl) == 0 && line[kl] == '\t') {
			*len = ll - kl - 1;
			return line + kl + 1;
		}
		i += ll + 1;
	}
	return NULL;
}

/* Skip raw text up to </name>; returns the index after it (or n). */
static size_t
skip_raw(const char *s, size_t n, size_t i, const char *name)
{
	size_t nl = strlen(name);

	while (i < n) {
		const char *lt = memchr(s + i, '<', n - i);

		if (lt == NULL)
			return n;
		i = (size_t)(lt - s);
		if (i + 2 + nl <= n && s[i + 1] == '/'
		    && strncasecmp(s + i + 2, name, nl) == 0
		    && !name_char((unsigned char)s[i + 2 + nl])) {
			const char *gt = memchr(s + i, '>', n - i);

			return gt != NULL ? (size_t)(gt - s) + 1 : n;
		}
		i++;
	}
	return n;
}

static void
push(struct parser *p, const char *name, unsigned flags, int link)
{
	unsigned inherited = stack_flags(p);
	int parent_link = in_link(p);
	struct elem *e;
	size_t l = strlen(name);

	if (p->depth == STACK_MAX)
		return;
	e = &p->stack[p->depth++];
	if (l >= sizeof(e->name))
		l = sizeof(e->name) - 1;	/* cut as snprintf did, without it */
	memcpy(e->name, name, l);
	e->name[l] = '\0';
	e->flags = inherited | flags;
	e->link = link || parent_link;
}

static void
pop_to(struct parser *p, const char *name)
{
	int i;

	for (i = p->depth - 1; i >= 0; i--) {
		if (strcmp(p->stack[i].name, name) == 0) {
			p->depth = i;
			return;
		}
	}
}

/*
 * Try to read a tag at s[i] == '<'.  Returns the index after it, or 0 when
 * what follows is not markup.
 */
static size_t
tag(struct parser *p, const char *s, size_t n, size_t i)
{
	size_t j = i + 1, k, as;
	int closing = 0;
	char name[12];
	const struct tagdef *t;
	unsigned flags = 0;

	if (j < n && s[j] == '!') {
		if (j + 2 < n && s[j + 1] == '-' && s[j + 2] == '-') {
			const char *end = memmem(s + j + 3, n - j - 3, "-->", 3);

			return end != NULL ? (size_t)(end - s) + 3 : 0;
		}
		if (j + 1 < n && ((s[j + 1] | 0x20) >= 'a' && (s[j + 1] | 0x20) <= 'z')) {
			const char *gt = memchr(s + j, '>', n - j);

			return gt != NULL ? (size_t)(gt - s) + 1 : 0;
		}
		return 0;
	}
	if (j < n && s[j] == '/') {
		closing = 1;
		j++;
	}
	if (j >= n || !(((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z')))
		return 0;
	for (k = 0; j < n && name_char((unsigned char)s[j]); j++)
		if (k < sizeof(name) - 1)
			name[k++] = (char)(s[j] | ((s[j] >= 'A' && s[j] <= 'Z') ? 0x20 : 0));
	name[k] = '\0';
	if (j < n && !is_space_byte((unsigned char)s[j]) && s[j] != '>' && s[j] != '/')
		return 0;	/* "<a가" and the like are text */
	as = j;
	j = parse_attrs(p, s, n, j, &flags);
	if (j == 0)
		return 0;
	p->d->markup = 1;
	t = find_tag(name);
	if (!closing && strcmp(name, "meta") == 0)
		meta_tag_props(p->d, s + as, j - as);
	else if (!closing && (strcmp(name, "pubdate") == 0 || strcmp(name, "dc:date") == 0))
		feed_date_prop(p->d, s + j, n - j);
	if (closing) {
		if (t != NULL && t->block) {
			end_block(p);
			p->next_markup = 1;
			p->hard = 1;
		}
		pop_to(p, name);
		return j;
	}
	if (t != NULL && t->kind == T_SKIP) {
		size_t e = skip_raw(s, n, j, name), vs, vl;

		end_block(p);
		p->next_markup = 1;
		p->hard = 1;
		if (strcmp(name, "script") == 0 && attr_value(s + as, j - as, "type", &vs, &vl)
		    && vl == 19 && strncasecmp(s + as + vs, "application/ld+json", 19) == 0)
			ldjson_props(p->d, s + j, e - j);
		return e;
	}
	if (t != NULL && t->block) {
		end_block(p);
		p->next_markup = 1;
		if (strcmp(name, "br") == 0)
			p->br++;
		else
			p->hard = 1;
	}
	if (t == NULL || t->kind != T_VOID)
		push(p, name, (t != NULL ? t->flags : 0) | flags, strcmp(name, "a") == 0);
	else if (strcmp(name, "img") == 0)
		add_space(p);
	return j;
}

/* ---------- hard-wrapped text ---------- */

/* Columns of one code point as a text dump laid it out: wide for Hangul,
 * CJK and full-width forms, narrow for the rest (ambiguous ones too, as
 * lynx and w3m do; the user's --ambiguous-wide must not change what is
 * extracted). */
static unsigned
dump_width(uint32_t u)
{
	return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
	    || hangul_is_syllable(u) || (u >= 0xF900 && u <= 0xFAFF)
	    || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
	    || (u >= 0xFFE0 && u <= 0xFFE6) ? 2 : 1;
}

/* Columns of s[0..n), or of its first word when word is set; stops
 * counting past max. */
static unsigned
span_width(const char *s, size_t n, int word, unsigned max)
{
	size_t i = 0;
	unsigned w = 0;

	while (i < n && w <= max) {
		uint32_t u;
		int l;

		if ((unsigned char)s[i] < 0x80) {
			if (word && s[i] == ' ')
				break;
			w++;
			i++;
			continue;
		}
		l = utf8_decode(s + i, n - i, &u);
		if (l < 0) {
			w++;
			i++;
			continue;
		}
		w += dump_width(u);
		i += (size_t)l;
	}
	return w;
}

/* 1 when s[0..n) holds at least k Hangul syllables. */
static int
hangul_at_least(const char *s, size_t n, unsigned k)
{
	size_t i;
	unsigned h = 0;

	for (i = 0; i + 2 < n && h < k; i++)
		if ((unsigned char)s[i] >= 0xEA && (unsigned char)s[i] <= 0xED) {
			h += hangul_at(s, n, i) != 0;
			i += 2;
		}
	return h >= k;
}

/* Only lines of Korean prose tell the width: a list of links or a
 * References section lines up too. */
#define WRAP_HANGUL 8
#define WRAP_MIN 40		/* narrower "wrapping" is a list, not prose */
#define WRAP_MAX 240
#define WRAP_BAND 12		/* a full line ends this close to the width */
#define WRAP_SLACK 2		/* columns a dump may leave free at the edge */
#define WRAP_LINES 4		/* fewer wrapped lines prove nothing */

/* Half the words or more open with a lynx link number ("[12]정치"): a
 * row of links, which a dump lays out like a wrapped line. */
static int
link_row(const char *s, size_t n)
{
	size_t i = 0, words = 0, marks = 0;

	while (i < n) {
		size_t j = i + 1;

		words++;
		if (s[i] == '[') {
			while (j < n && s[j] >= '0' && s[j] <= '9')
				j++;
			marks += j > i + 1 && j < n && s[j] == ']';
		}
		while (i < n && s[i] != ' ')
			i++;
		while (i < n && s[i] == ' ')
			i++;
	}
	return marks * 2 >= words && marks > 0;
}

/* Line b was wrapped at wrap columns: it ends so near wrap that the
 * first word of line b + 1 (same indent, text right after it) would not
 * have fitted after it. */
static int
wrapped(const struct parser *p, size_t b, const unsigned *end, unsigned wrap)
{
	const struct html_doc *d = p->d;

	return b + 1 < d->n && p->line[b].soft && end[b] <= wrap
	    && p->line[b + 1].indent == p->line[b].indent
	    && !link_row(html_block_text(d, b), d->b[b].len)
	    && !link_row(html_block_text(d, b + 1), d->b[b + 1].len)
	    && end[b] + 1 + span_width(html_block_text(d, b + 1), d->b[b + 1].len, 1, wrap)
		+ WRAP_SLACK > wrap;
}

/*
 * A text dump (lynx, w3m, a print view, a <br> after every line) breaks
 * each paragraph into lines of at most W columns.  A line of prose
 * followed by a soft break could have been wrapped at any width from its
 * end up to where the next line's first word would have ended; W is the
 * width most such ranges hold, and every line wrapped() at W is joined
 * to the next with a space.  Pages whose lines are their paragraphs show
 * no common width, and where fewer than half the soft-broken prose lines
 * fit W the page is left alone.  The text stays where it is: the NUL
 * between two joined blocks becomes the space.
 */
static void
rewrap(struct parser *p)
{
	struct html_doc *d = p->d;
	int cover[WRAP_MAX + 2] = { 0 };
	unsigned *end;
	size_t b, w, prose = 0;
	int best = 0, in = 0;
	unsigned wrap = 0, k;

	if (d->n < 2 || p->nsoft < WRAP_LINES)
		return;
	end = xcalloc(d->n, sizeof(*end));
	for (b = 0; b + 1 < d->n; b++) {
		unsigned last;

		if (!p->line[b].soft)
			continue;
		end[b] = p->line[b].indent + span_width(html_block_text(d, b), d->b[b].len, 0, WRAP_MAX);
		if (end[b] < WRAP_MIN || end[b] > WRAP_MAX
		    || p->line[b + 1].indent != p->line[b].indent
		    || !hangul_at_least(html_block_text(d, b), d->b[b].len, WRAP_HANGUL))
			continue;
		prose++;
		last = end[b] + span_width(html_block_text(d, b + 1), d->b[b + 1].len, 1, WRAP_MAX)
		    + WRAP_SLACK;
		cover[end[b]]++;
		cover[last < WRAP_MAX ? last + 1 : WRAP_MAX + 1]--;
	}
	for (k = WRAP_MIN; k <= WRAP_MAX; k++) {
		in += cover[k];
		if (in >= best && in > 0) {
			best = in;
			wrap = k;
		}
	}
	if (best < WRAP_LINES || (size_t)best * 2 < prose) {
		free(end);
		return;
	}
	for (b = 0, w = 0; b < d->n; b++, w++) {
		d->b[w] = d->b[b];
		while (wrapped(p, b, end, wrap)
		    && d->b[b + 1].off == d->b[w].off + d->b[w].len + 1) {
			struct block *m = &d->b[w];

			d->text.s[m->off + m->len] = ' ';
			m->len += 1 + d->b[b + 1].len;
			m->flags |= d->b[b + 1].flags & ~BLK_MARKUP;
			m->link_len += d->b[b + 1].link_len;
			b++;
		}
	}
	d->n = w;
	free(end);
}

static int
is_full_document(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && is_space_byte((unsigned char)s[i]))
		i++;
	return (n - i >= 9 && strncasecmp(s + i, "<!doctype", 9) == 0)
	    || (n - i >= 5 && strncasecmp(s + i, "<html", 5) == 0);
}

/* The bytes html_parse stops at: markup ('<', '&'), controls and space,
 * and the lead bytes of NBSP (C2) and U+3000 (E3). */
static const unsigned char html_stop[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 00-0F */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 10-1F */
	1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 20-2F */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,	/* 30-3F */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 40-4F */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 50-5F */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 60-6F */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 70-7F */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 80-8F */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 90-9F */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* A0-AF */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* B0-BF */
	0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* C0-CF */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* D0-DF */
	0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* E0-EF */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* F0-FF */
};

void
html_parse(const char *s, size_t n, struct html_doc *out)
{
	struct parser p;
	size_t i = 0, run = 0;

	memset(out, 0, sizeof(*out));
	memset(&p, 0, sizeof(p));
	p.d = out;
	p.lines = !is_full_document(s, n);
	while (i < n) {
		size_t from = i;
		unsigned char c;

		/* text up to the next byte that may be markup or space */
		while (i < n && !html_stop[(unsigned char)s[i]])
			i++;
		run += i - from;
		if (i == n)
			break;
		c = (unsigned char)s[i];
		/* one space between words joins the run: add_text would put
		 * it back between the two (only a link counts its text, not
		 * its spaces) */
		if (c == ' ' && run > 0 && i + 1 < n && !html_stop[(unsigned char)s[i + 1]]
		    && !in_link(&p)) {
			run++;
			i++;
			continue;
		}
		if (run > 0) {
			add_text(&p, s + i - run, run);
			run = 0;
		}
		if (c == '<') {
			size_t j = tag(&p, s, n, i);

			if (j != 0) {
				i = j;
				continue;
			}
			add_text(&p, "<", 1);
			i++;
		} else if (c == '&') {
			struct buf t = BUF_INIT;
			size_t used = html_entity(s + i, n - i, &t);

			if (used == 0) {
				add_text(&p, "&", 1);
				i++;
			} else {
				size_t k, st = 0;

				/* a decoded space or NBSP folds like any other */
				for (k = 0; k <= t.len; k++) {
					int sp = k < t.len && (t.s[k] == ' '
					    || (k + 1 < t.len && (unsigned char)t.s[k] == 0xC2
						&& (unsigned char)t.s[k + 1] == 0xA0));

					if (k == t.len || sp) {
						if (k > st)
							add_text(&p, t.s + st, k - st);
						if (sp) {
							add_space(&p);
							if (t.s[k] != ' ')
								k++;
						}
						st = k + 1;
					}
				}
				i += used;
			}
			buf_free(&t);
		} else if (c == '\n' && p.lines) {
			end_block(&p);
			p.next_markup = 0;
			p.nl++;
			p.col = 0;
			i++;
		} else if (c < 0x21) {
			lead_space(&p, c);
			i++;
		} else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
			lead_space(&p, ' ');	/* NBSP */
			i += 2;
		} else if (c == 0xE3 && i + 2 < n && (unsigned char)s[i + 1] == 0x80
		    && (unsigned char)s[i + 2] == 0x80) {
			lead_space(&p, ' ');	/* U+3000 IDEOGRAPHIC SPACE */
			lead_space(&p, ' ');
			i += 3;
		} else {
			run++;
			i++;
		}
	}
	if (run > 0)
		add_text(&p, s + i - run, run);
	end_block(&p);
	rewrap(&p);
	free(p.line);
}

void
html_doc_free(struct html_doc *d)
{
	buf_free(&d->text);
	buf_free(&d->urls);
	buf_free(&d->props);
	free(d->b);
	memset(d, 0, sizeof(*d));
}
