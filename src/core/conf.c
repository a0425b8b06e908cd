/*
 * conf.c — the config file (config.h).
 */
#include "conf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "export.h"
#include "keymap.h"
#include "listcol.h"
#include "path.h"
#include "state.h"
#include "text.h"
#include "theme.h"

#define WORDS_MAX 12

/* A line cut into blank-separated words, and where each begins. */
struct words {
	char *w[WORDS_MAX];
	const char *at[WORDS_MAX];	/* in the line: for the rest of it */
	size_t n;
	char *copy;
};

static int
blank(char ch)
{
	return ch == ' ' || ch == '\t';
}

/* -1 when there are more than WORDS_MAX words. */
static int
split(const char *line, size_t len, struct words *w)
{
	size_t i = 0;
	char *p;

	w->n = 0;
	w->copy = xmalloc(len + 1);
	memcpy(w->copy, line, len);
	w->copy[len] = '\0';
	p = w->copy;
	while (p[i] != '\0') {
		while (blank(p[i]))
			p[i++] = '\0';
		if (p[i] == '\0')
			break;
		if (w->n == WORDS_MAX)
			return -1;
		w->w[w->n] = p + i;
		w->at[w->n++] = line + i;
		while (p[i] != '\0' && !blank(p[i]))
			i++;
	}
	return 0;
}

/* The text from word k to the end of the line, blanks at its end cut. */
static void
rest(const struct words *w, size_t k, const char *line, size_t len, struct buf *out)
{
	size_t n = len - (size_t)(w->at[k] - line);

	while (n > 0 && blank(w->at[k][n - 1]))
		n--;
	buf_reset(out);
	buf_add(out, w->at[k], n);
}

static int
yes_no(const char *v, int *out)
{
	static const char *const yes[] = { "yes", "on", "true", "1" };
	static const char *const no[] = { "no", "off", "false", "0" };
	size_t i;

	for (i = 0; i < 4; i++) {
		if (strcmp(v, yes[i]) == 0)
			return *out = 1, 0;
		if (strcmp(v, no[i]) == 0)
			return *out = 0, 0;
	}
	return -1;
}

static int
set_folder(struct conf *c, const char *v, struct buf *why)
{
	struct buf path = BUF_INIT;
	struct stat sb;
	int rc = 0;

	if (path_expand(v, getenv("HOME"), &path) != 0) {
		buf_adds(why, "a ~USER or $VARIABLE there is not known (unset variables are not taken as empty)");
		rc = -1;
	} else if (stat(path.s, &sb) != 0) {
		buf_printf(why, "%s: %s", v, strerror(errno));
		rc = -1;
	} else if (!S_ISDIR(sb.st_mode)) {
		buf_printf(why, "%s: not a folder", v);
		rc = -1;
	} else {
		free(c->export_folder);
		c->export_folder = xstrdup(v);
	}
	buf_free(&path);
	return rc;
}

/* set NAME VALUE */
static int
set(struct conf *c, const char *name, const char *v, struct buf *why)
{
	enum listcol_date d;
	const char *reason;
	int on;

	if (strcmp(name, "noambiguous-wide") == 0 && *v == '\0') {
		c->ambiguous_wide = 0;
	} else if (strcmp(name, "ambiguous-wide") == 0) {
		if (*v == '\0')
			v = "yes";
		if (yes_no(v, &on) != 0) {
			buf_adds(why, "ambiguous-wide is yes or no");
			return -1;
		}
		c->ambiguous_wide = on;
	} else if (*v == '\0') {
		buf_printf(why, "set %s to what?", name);
		return -1;
	} else if (strcmp(name, "date-format") == 0) {
		if (listcol_parse_date(v, &d) != 0) {
			buf_adds(why, "the date formats are auto, mm-dd, yy-mm-dd and yyyy-mm-dd");
			return -1;
		}
		listcol_conf.date = d;
	} else if (strcmp(name, "outlet-width") == 0) {
		char *end;
		long n = strtol(v, &end, 10);

		if (*end != '\0' || n < 4 || n > 40) {
			buf_adds(why, "outlet-width is a number of columns from 4 to 40");
			return -1;
		}
		listcol_conf.outlet_max = (size_t)n;
	} else if (strcmp(name, "list-columns") == 0) {
		if (listcol_parse_cols(v, &listcol_conf, &reason) != 0) {
			buf_adds(why, reason);
			return -1;
		}
	} else if (strcmp(name, "export-format") == 0) {
		struct export_opts o;

		if (strlen(v) >= sizeof(c->export_format) || export_parse_answer(v, &o) != 0) {
			buf_adds(why, "the export formats are md, json, jsonl, txt, csv, csv-figures (csv may end in +bom)");
			return -1;
		}
		snprintf(c->export_format, sizeof(c->export_format), "%s", v);
	} else if (strcmp(name, "export-folder") == 0) {
		return set_folder(c, v, why);
	} else {
		buf_printf(why, "no setting named '%s' (date-format, outlet-width, list-columns, "
		    "ambiguous-wide, export-format, export-folder)", name);
		return -1;
	}
	if (strcmp(name, "ambiguous-wide") == 0 || strcmp(name, "noambiguous-wide") == 0)
		text_set_ambiguous_wide(c->ambiguous_wide);
	return 0;
}

/* bind KEY REQUEST, unbind KEY */
static int
bind(const struct words *w, struct buf *why)
{
	int keys[3], n, k, un = strcmp(w->w[0], "unbind") == 0;
	enum request req = REQ_NONE;
	const char *reason;

	if (w->n != (un ? 2u : 3u)) {
		buf_adds(why, un ? "unbind takes one key: unbind q" : "bind takes a key and a request: bind x quit");
		return -1;
	}
	if ((n = keymap_parse_key(w->w[1], keys, &reason)) == 0) {
		buf_printf(why, "%s: %s", w->w[1], reason);
		return -1;
	}
	if (!un && (req = keymap_parse_request(w->w[2])) == REQ_NONE) {
		buf_printf(why, "no request named '%s' (gisa --dump-config lists them)", w->w[2]);
		return -1;
	}
	for (k = 0; k < n; k++) {
		if (un) {
			keymap_unbind(keys[k]);
		} else if (keymap_bind(keys[k], req) != 0) {
			buf_printf(why, "more than %d keys bound", KEYMAP_BINDINGS_MAX);
			return -1;
		}
	}
	return 0;
}

/* color ELEMENT FG BG [ATTR...], mono ELEMENT ATTR... */
static int
style(const struct words *w, struct buf *why)
{
	int mono = strcmp(w->w[0], "mono") == 0, st;
	size_t first = mono ? 2 : 4, i;
	unsigned attrs = 0, a;
	short fg = -1, bg = -1;

	if (w->n < (mono ? 3u : 4u)) {
		buf_adds(why, mono ? "mono takes an element and attributes: mono match reverse"
		    : "color takes an element, a foreground and a background: color match black yellow");
		return -1;
	}
	if ((st = theme_element(w->w[1])) < 0) {
		buf_printf(why, "no element named '%s' (gisa --dump-config lists them)", w->w[1]);
		return -1;
	}
	if (!mono && (theme_parse_color(w->w[2], &fg) != 0 || theme_parse_color(w->w[3], &bg) != 0)) {
		buf_printf(why, "'%s' is no colour (default, black, red, green, yellow, blue, magenta, "
		    "cyan, white, bright-NAME, color0-color255)",
		    theme_parse_color(w->w[2], &fg) != 0 ? w->w[2] : w->w[3]);
		return -1;
	}
	for (i = first; i < w->n; i++) {
		if (theme_parse_attr(w->w[i], &a) != 0) {
			buf_printf(why, "'%s' is no attribute (normal, bold, dim, underline, reverse, "
			    "italic, blink, standout)", w->w[i]);
			return -1;
		}
		attrs |= a;
	}
	if (mono) {
		theme[st].mono = attrs;
	} else {
		theme[st].paired = 1;
		theme[st].fg = fg;
		theme[st].bg = bg;
		theme[st].color = attrs;
	}
	return 0;
}

void
conf_init(struct conf *c)
{
	memset(c, 0, sizeof(*c));
	snprintf(c->export_format, sizeof(c->export_format), "md");
	keymap_reset();
	theme_reset();
	listcol_conf.date = LISTCOL_DATE_AUTO;
	listcol_conf.outlet_max = 12;
	listcol_parse_cols("date outlet title", &listcol_conf, &(const char *){ NULL });
	text_set_ambiguous_wide(0);
}

void
conf_free(struct conf *c)
{
	free(c->path);
	free(c->export_folder);
	memset(c, 0, sizeof(*c));
}

char *
conf_default_path(void)
{
	const char *x = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");

	if (x != NULL && x[0] == '/')
		return xasprintf("%s/gisa/config", x);
	if (home != NULL && home[0] != '\0')
		return xasprintf("%s/.config/gisa/config", home);
	return NULL;
}

int
conf_line(struct conf *c, const char *line, size_t len, struct buf *why)
{
	struct words w;
	struct buf value = BUF_INIT;
	int rc = -1;

	buf_reset(why);
	while (len > 0 && (line[len - 1] == '\r' || blank(line[len - 1])))
		len--;
	if (memchr(line, '\0', len) != NULL) {
		buf_adds(why, "a NUL byte in the line");
		return -1;
	}
	if (split(line, len, &w) != 0) {
		buf_printf(why, "more than %d words", WORDS_MAX);
	} else if (w.n == 0 || w.w[0][0] == '#') {
		rc = 0;
	} else if (strcmp(w.w[0], "set") == 0) {
		if (w.n < 2) {
			buf_adds(why, "set what? (set date-format yyyy-mm-dd)");
		} else {
			if (w.n > 2)
				rest(&w, 2, line, len, &value);
			rc = set(c, w.w[1], w.n > 2 ? value.s : "", why);
		}
	} else if (strcmp(w.w[0], "bind") == 0 || strcmp(w.w[0], "unbind") == 0) {
		rc = bind(&w, why);
	} else if (strcmp(w.w[0], "color") == 0 || strcmp(w.w[0], "mono") == 0) {
		rc = style(&w, why);
	} else {
		buf_printf(why, "'%s' is no command of the config file (set, bind, unbind, color, mono)",
		    w.w[0]);
	}
	free(w.copy);
	buf_free(&value);
	return rc;
}

int
conf_read(struct conf *c, const char *path,
	    void (*warn)(void *ctx, const char *where, const char *reason), void *ctx)
{
	struct buf b = BUF_INIT, why = BUF_INIT;
	char *reason = NULL;
	size_t at = 0, lineno = 0;
	int rc = state_read_file(path, CONFIG_MAX_SIZE, &b, &reason);

	if (rc != 0) {
		if (rc < 0)
			warn(ctx, path, reason);
		free(reason);
		buf_free(&b);
		return rc;
	}
	free(c->path);
	c->path = xstrdup(path);
	if (b.len >= 3 && memcmp(b.s, "\xEF\xBB\xBF", 3) == 0)
		at = 3;		/* a byte order mark some editors write */
	while (at < b.len) {
		const char *nl = memchr(b.s + at, '\n', b.len - at);
		size_t len = nl != NULL ? (size_t)(nl - (b.s + at)) : b.len - at;

		lineno++;
		if (conf_line(c, b.s + at, len, &why) != 0) {
			char *where = xasprintf("%s:%zu", path, lineno);

			c->bad++;
			warn(ctx, where, why.s);
			free(where);
		}
		at += len + 1;
	}
	buf_free(&why);
	buf_free(&b);
	return 0;
}

void
conf_dump(const struct conf *c, struct buf *out)
{
	size_t i;
	int st;

	buf_printf(out, "# gisa %s: the configuration in force%s%s\n", PACKAGE_VERSION,
	    c->path != NULL ? ", from " : " (no config file: the defaults)",
	    c->path != NULL ? c->path : "");
	buf_printf(out, "set date-format %s\n", listcol_date_name(listcol_conf.date));
	buf_printf(out, "set outlet-width %zu\n", listcol_conf.outlet_max);
	buf_adds(out, "set list-columns");
	for (i = 0; i < listcol_conf.ncols; i++)
		buf_printf(out, " %s", listcol_col_name(listcol_conf.cols[i]));
	buf_printf(out, "\nset ambiguous-wide %s\n", text_ambiguous_wide() ? "yes" : "no");
	buf_printf(out, "set export-format %s\n", c->export_format);
	if (c->export_folder != NULL)
		buf_printf(out, "set export-folder %s\n", c->export_folder);
	else
		buf_adds(out, "# set export-folder ~/exports (now: the working folder)\n");
	buf_adds(out, "\n# keys: bind KEY REQUEST, unbind KEY\n");
	keymap_dump(out);
	buf_adds(out, "\n# styles: color ELEMENT FG BG ATTR..., mono ELEMENT ATTR...\n");
	for (st = 0; st < ST_COUNT; st++)
		theme_dump((enum style)st, out);
}
