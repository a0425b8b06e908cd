/*
 * conf.h — the config file, $XDG_CONFIG_HOME/gisa/config (default
 * ~/.config/gisa/config): one setting a line, as mutt's and newsboat's
 *
 *	# a comment (a line whose first word starts with #)
 *	set date-format yyyy-mm-dd	auto mm-dd yy-mm-dd yyyy-mm-dd
 *	set outlet-width 10		the outlet column's widest (4-40)
 *	set list-columns date outlet title
 *	set ambiguous-wide yes		or no (the command line wins)
 *	set export-format csv+bom	the export's format answer
 *	set export-folder ~/exports	where the export's file goes
 *	bind x quit			a key (as the help names it) and a request
 *	unbind q
 *	color match black yellow bold	element, fg, bg, attributes (in colour)
 *	mono match reverse		attributes without colour
 *
 * A line that cannot be taken is reported as FILE:LINE with the reason
 * and ignored; the rest of the file counts.  Key bindings and styles go
 * to their tables (core/keymap.h, core/theme.h), the columns to
 * listcol_conf, the ambiguous width to core/text.h; what is left is in
 * struct conf.  No curses (tests/unit/test_config.c).
 */
#ifndef GISA_CONF_H
#define GISA_CONF_H

#include <stddef.h>

#include "util.h"

#define CONFIG_MAX_SIZE (1u << 20)

struct conf {
	char *path;		/* the file read, or NULL */
	int ambiguous_wide;	/* 0, 1 */
	char export_format[32];	/* the export's format answer: md */
	char *export_folder;	/* as written (~/x), or NULL: the working folder */
	size_t bad;		/* lines ignored (and, for the caller, files not read) */
};

/* The defaults, everywhere: keymap, theme, listcol_conf, the ambiguous
 * width and c, which is fresh or conf_free()d (conf_init does not free). */
void conf_init(struct conf *c);
void conf_free(struct conf *c);

/* The file to read: $XDG_CONFIG_HOME/gisa/config when that is an
 * absolute path, else $HOME/.config/gisa/config; NULL without either.
 * Malloc'd. */
char *conf_default_path(void);

/* Take one line (no newline; blanks, a CR and comments are nothing):
 * 0, or -1 with the reason in why (reset first). */
int conf_line(struct conf *c, const char *line, size_t len, struct buf *why);

/* Read path line by line, each line that cannot be taken reported as
 * warn(ctx, "PATH:LINE", reason) and counted in c->bad.  Returns 0 when
 * read, 1 when there is no such file (nothing said), -1 when it cannot
 * be read (warn(ctx, PATH, reason) said why: not a regular file, too
 * large, permissions). */
int conf_read(struct conf *c, const char *path,
		void (*warn)(void *ctx, const char *where, const char *reason), void *ctx);

/* The configuration in force as a config file that gives it again:
 * every setting, binding and style, appended to out. */
void conf_dump(const struct conf *c, struct buf *out);

#endif
