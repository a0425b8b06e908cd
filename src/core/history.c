/*
 * history.c — the prompts' history between sessions (history.h).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomic.h"
#include "history.h"
#include "state.h"

static const char *const kinds[HIST_KINDS] = {
	[HIST_SEARCH] = "search", [HIST_FILTER] = "filter", [HIST_PATH] = "path",
	[HIST_COMMAND] = "command",
};

/* Append text to v: once, at the end, at most HISTORY_MAX of them. */
static void
push(struct strv *v, const char *text, size_t n)
{
	size_t i;

	for (i = v->n; i-- > 0;)
		if (strlen(v->v[i]) == n && memcmp(v->v[i], text, n) == 0) {
			strv_remove(v, i);
			break;
		}
	strv_add(v, text, n);
	if (v->n > HISTORY_MAX)
		strv_remove(v, 0);
}

void
history_add(struct history *h, enum history_kind k, const char *text)
{
	size_t n = strlen(text);

	if (n == 0)
		return;
	push(&h->v[k], text, n);
	push(&h->added[k], text, n);
}

/* One line s[0..n) without its newline into h; 0, or -1 when it is not
 * an entry. */
static int
parse_line(struct history *h, const char *s, size_t n)
{
	const char *tab = memchr(s, '\t', n);
	struct buf t = BUF_INIT;
	size_t k, i;

	if (n > 0 && s[n - 1] == '\r')
		n--;
	if (tab == NULL)
		return -1;
	for (k = 0; k < HIST_KINDS; k++)
		if (strlen(kinds[k]) == (size_t)(tab - s) && memcmp(kinds[k], s, (size_t)(tab - s)) == 0)
			break;
	if (k == HIST_KINDS)
		return -1;
	for (i = (size_t)(tab - s) + 1; i < n; i++) {
		char c = s[i];

		if (c == '\t')
			break;	/* a tab is always written \t */
		if (c != '\\') {
			buf_addc(&t, c);
			continue;
		}
		if (++i == n)
			break;
		switch (s[i]) {
		case '\\': buf_addc(&t, '\\'); continue;
		case 't': buf_addc(&t, '\t'); continue;
		case 'r': buf_addc(&t, '\r'); continue;
		case 'n': buf_addc(&t, '\n'); continue;
		default: break;
		}
		break;
	}
	if (i < n || t.len == 0 || memchr(t.s, '\0', t.len) != NULL) {
		buf_free(&t);
		return -1;
	}
	push(&h->v[k], t.s, t.len);
	buf_free(&t);
	return 0;
}

size_t
history_parse(struct history *h, const char *s, size_t n)
{
	size_t bad = 0;
	const char *end = s + n;

	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		size_t len = nl != NULL ? (size_t)(nl - s) : (size_t)(end - s);

		if (len > 0 && !(len == 1 && s[0] == '\r') && parse_line(h, s, len) != 0)
			bad++;
		s += len + (nl != NULL);
	}
	return bad;
}

void
history_format(const struct history *h, struct buf *out)
{
	size_t k, i;
	const char *p;

	buf_adds(out, "");
	for (k = 0; k < HIST_KINDS; k++)
		for (i = 0; i < h->v[k].n; i++) {
			buf_printf(out, "%s\t", kinds[k]);
			for (p = h->v[k].v[i]; *p != '\0'; p++)
				switch (*p) {
				case '\\': buf_adds(out, "\\\\"); break;
				case '\t': buf_adds(out, "\\t"); break;
				case '\r': buf_adds(out, "\\r"); break;
				case '\n': buf_adds(out, "\\n"); break;
				default: buf_addc(out, *p);
				}
			buf_addc(out, '\n');
		}
}

/* The file at path into h's lists (a missing one adds nothing): 0, or -1
 * with *why (malloc'd) when it could not be read or is not a history. */
static int
load(struct history *h, const char *path, char **why)
{
	struct buf b = BUF_INIT;
	int rc = state_read_file(path, HISTORY_MAX_FILE, &b, why);
	size_t bad;

	if (rc != 0) {
		buf_free(&b);
		return rc > 0 ? 0 : -1;
	}
	bad = history_parse(h, b.s != NULL ? b.s : "", b.len);
	buf_free(&b);
	if (bad > 0) {
		*why = xasprintf("%zu line%s that %s not gisa's", bad, bad == 1 ? "" : "s",
		    bad == 1 ? "is" : "are");
		return -1;
	}
	return 0;
}

void
history_open(struct history *h, const char *dir, char **warn)
{
	char *why = NULL;

	memset(h, 0, sizeof(*h));
	*warn = NULL;
	if (dir == NULL)
		return;
	h->dir = xstrdup(dir);
	h->path = xasprintf("%s/history", dir);
	if (load(h, h->path, &why) != 0) {
		char *shown = util_shown(h->path);

		h->readonly = 1;
		*warn = xasprintf("%s: %s; the prompts' history is not saved there", shown, why);
		free(shown);
		free(why);
	}
}

void
history_free(struct history *h)
{
	size_t k;

	for (k = 0; k < HIST_KINDS; k++) {
		strv_free(&h->v[k]);
		strv_free(&h->added[k]);
	}
	free(h->dir);
	free(h->path);
	memset(h, 0, sizeof(*h));
}

int
history_save(struct history *h, char **err)
{
	struct history disk;
	struct buf b = BUF_INIT;
	size_t k, i, n = 0;
	char *why = NULL;
	int lock, rc;

	for (k = 0; k < HIST_KINDS; k++)
		n += h->added[k].n;
	if (h->path == NULL || h->readonly || n == 0)
		return 0;
	if (state_make_dirs(h->dir) != 0) {
		*err = xasprintf("%s: cannot make the directory: %s", h->dir, strerror(errno));
		return -1;
	}
	if ((lock = state_lock(h->dir)) < 0) {
		*err = xasprintf("%s/state.lock: cannot lock: %s", h->dir, strerror(errno));
		return -1;
	}
	/* what other sessions saved since this one read the file */
	memset(&disk, 0, sizeof(disk));
	if (load(&disk, h->path, &why) != 0) {
		char *shown = util_shown(h->path);

		*err = xasprintf("%s: not saved: %s", shown, why);
		free(shown);
		free(why);
		history_free(&disk);
		close(lock);
		return -1;
	}
	for (k = 0; k < HIST_KINDS; k++)
		for (i = 0; i < h->added[k].n; i++)
			push(&disk.v[k], h->added[k].v[i], strlen(h->added[k].v[i]));
	history_format(&disk, &b);
	rc = atomic_save(h->path, 1, b.s, b.len, err);
	if (rc == 0)
		for (k = 0; k < HIST_KINDS; k++)
			strv_free(&h->added[k]);
	history_free(&disk);
	buf_free(&b);
	close(lock);
	return rc;
}
