/*
 * html.h — from scraped text with HTML in it to a list of text blocks.
 *
 * Tags become block boundaries (p, div, br, li, h1-h6, figure, ...);
 * script, style, noscript, template and comments are dropped; entities are
 * decoded from the full HTML5 table.  A full document (one that starts
 * with a doctype or <html>) folds its newlines like a browser; a fragment
 * or plain text keeps each line as a block, because that is how scrapers
 * save pages; lines of a hard-wrapped dump (lynx, w3m, a print view, one
 * <br> a line) are joined back into their paragraph when the page shows
 * a common wrap width.  Every block is white-space folded and trimmed, and carries
 * what the markup said about it (heading, caption, list item, inside a
 * link or a navigation element) for the cleaner to weigh.
 */
#ifndef GISA_HTML_H
#define GISA_HTML_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

enum block_flag {
	BLK_HEADING = 1 << 0,	/* h1-h6 */
	BLK_CAPTION = 1 << 1,	/* figcaption, or class *caption* */
	BLK_TITLE = 1 << 2,	/* the <title> element */
	BLK_ITEM = 1 << 3,	/* li, option, dt, dd */
	BLK_NAV = 1 << 4,	/* inside nav, footer, aside, form, select */
	BLK_HINT = 1 << 5,	/* class or id says menu, share, comment, ad ... */
	BLK_MARKUP = 1 << 6,	/* began at a tag, not at a line start */
	BLK_CELL = 1 << 7,	/* td, th */
};

struct block {
	size_t off;		/* into html_doc.text */
	size_t len;		/* bytes, no NUL */
	unsigned flags;
	unsigned link_len;	/* bytes of the text that sat inside <a> */
};

struct html_doc {
	struct buf text;	/* block texts, each followed by a NUL */
	struct block *b;
	size_t n, cap;
	struct buf urls;	/* src/href values, one per line */
	struct buf props;	/* structured metadata, "key\tvalue\n" each:
				 * og:title, og:site_name,
				 * article:published_time (from <meta>),
				 * ld:headline, ld:datePublished, ld:publisher,
				 * ld:author_org (from JSON-LD), rss:pubDate
				 * (<pubDate>, <dc:date> of a feed); values
				 * decoded, white space folded, no tab or
				 * newline inside */
	int markup;		/* the input had tags */
};

/* Split UTF-8 text s[0..n) into blocks.  Never fails: broken markup is
 * read as text.  out is overwritten; free it with html_doc_free. */
void html_parse(const char *s, size_t n, struct html_doc *out);
void html_doc_free(struct html_doc *d);

/* The text of block i. */
static inline const char *
html_block_text(const struct html_doc *d, size_t i)
{
	return d->text.s + d->b[i].off;
}

/* The value of structured metadata key (see html_doc.props), or NULL;
 * its length in *len.  The first value given for a key wins. */
const char *html_prop(const struct html_doc *d, const char *key, size_t *len);

#endif
