/*
 * path.c — paths as a person reads them (path.h).
 */
#include <dirent.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "complete.h"
#include "path.h"

/* Can a path begin right after c? */
static int
path_starts_after(char c)
{
	return c == ' ' || c == '\'' || c == '"' || c == '(' || c == '=' || c == '\t';
}

/* Can a path end right before c? */
static int
path_ends_before(char c)
{
	return c == '\0' || c == '/' || c == ' ' || c == ':' || c == '\'' || c == '"' || c == ')'
	    || c == ',' || c == '\t';
}

void
path_tilde(const char *s, const char *home, struct buf *out)
{
	size_t hn = home != NULL ? strlen(home) : 0, i = 0, from = 0;

	while (hn > 1 && home[hn - 1] == '/')
		hn--;	/* "/home/kim/" is /home/kim */
	buf_reset(out);
	buf_adds(out, "");
	if (hn <= 1) {
		buf_adds(out, s);
		return;
	}
	while (s[i] != '\0') {
		if ((i == 0 || path_starts_after(s[i - 1])) && strncmp(s + i, home, hn) == 0
		    && path_ends_before(s[i + hn])) {
			buf_add(out, s + from, i - from);
			buf_addc(out, '~');
			i += hn;
			from = i;
			continue;
		}
		i++;
	}
	buf_adds(out, s + from);
}

static int
name_char(char c, int first)
{
	return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
	    || (!first && c >= '0' && c <= '9');
}

/* $NAME and ${NAME} of s into out: 0, or -1 for one not set. */
static int
expand_vars(const char *s, struct buf *out)
{
	size_t i = 0;

	while (s[i] != '\0') {
		size_t at = i + 1, n;
		int brace;
		char *name;
		const char *v;

		if (s[i] != '$') {
			buf_addc(out, s[i++]);
			continue;
		}
		brace = s[at] == '{';
		at += (size_t)brace;
		for (n = 0; name_char(s[at + n], n == 0); n++)
			;
		if (n == 0 || (brace && s[at + n] != '}')) {
			buf_addc(out, s[i++]);	/* no name: a $ of the file name */
			continue;
		}
		name = xstrndup(s + at, n);
		v = getenv(name);
		free(name);
		if (v == NULL)
			return -1;
		buf_adds(out, v);
		i = at + n + (size_t)brace;
	}
	return 0;
}

int
path_expand(const char *s, const char *home, struct buf *out)
{
	size_t n;

	buf_reset(out);
	buf_adds(out, "");
	if (s[0] != '~') {
		if (expand_vars(s, out) != 0) {
			buf_reset(out);
			buf_adds(out, s);
			return -1;
		}
		return 0;
	}
	for (n = 1; s[n] != '\0' && s[n] != '/'; n++)
		;
	if (n == 1) {
		if (home == NULL || home[0] == '\0') {
			buf_adds(out, s);
			return -1;
		}
		buf_adds(out, home);
	} else {
		char *user = xstrndup(s + 1, n - 1);
		struct passwd *pw = getpwnam(user);

		free(user);
		if (pw == NULL || pw->pw_dir == NULL) {
			buf_adds(out, s);
			return -1;
		}
		buf_adds(out, pw->pw_dir);
	}
	/* "~/x" under home "/" is "/x", not "//x" */
	if (out->len > 0 && out->s[out->len - 1] == '/' && s[n] == '/')
		n++;
	if (expand_vars(s + n, out) != 0) {
		buf_reset(out);
		buf_adds(out, s);
		return -1;
	}
	return 0;
}

static int
cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Can a terminal show the name as it is? */
static int
showable(const char *name)
{
	char *shown = util_shown(name);
	int same = strcmp(shown, name) == 0;

	free(shown);
	return same;
}

size_t
path_complete(const char *text, const char *home, struct buf *out, struct buf *names,
	      size_t max)
{
	const char *slash = strrchr(text, '/'), *part = slash != NULL ? slash + 1 : text;
	size_t plen = strlen(part), nm = 0, cap = 0, i;
	struct buf dir = BUF_INIT, folder = BUF_INIT;
	char **hit = NULL;
	DIR *d;
	struct dirent *e;

	buf_reset(out);
	buf_adds(out, text);
	buf_reset(names);
	buf_adds(names, "");
	if (slash == NULL && text[0] == '~') {
		/* "~ki": the users are not listed; "~" alone is the home */
		if (text[1] == '\0' && home != NULL && home[0] != '\0') {
			buf_addc(out, '/');
			return 1;
		}
		return 0;
	}
	if (slash != NULL) {
		char *head = xstrndup(text, (size_t)(slash - text) + 1);

		path_expand(head, home, &dir);
		free(head);
	} else {
		buf_adds(&dir, "./");
	}
	if ((d = opendir(dir.s)) == NULL) {
		buf_free(&dir);
		return 0;
	}
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (strncmp(e->d_name, part, plen) != 0 || (e->d_name[0] == '.' && part[0] != '.'))
			continue;
		if (!showable(e->d_name))
			continue;
		hit = xgrow(hit, &cap, nm + 1, sizeof(*hit));
		hit[nm++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (nm > 1)
		qsort(hit, nm, sizeof(*hit), cmp_name);
	/* a folder is listed, and completed when it is the one match, with its '/' */
	for (i = 0; i < nm; i++) {
		struct stat st;

		buf_reset(&folder);
		buf_printf(&folder, "%s%s", dir.s, hit[i]);
		if (stat(folder.s, &st) == 0 && S_ISDIR(st.st_mode)) {
			char *slashed = xasprintf("%s/", hit[i]);

			free(hit[i]);
			hit[i] = slashed;
		}
	}
	complete_list((const char *const *)hit, nm, plen, max, out, names);
	for (i = 0; i < nm; i++)
		free(hit[i]);
	free(hit);
	buf_free(&dir);
	buf_free(&folder);
	return nm;
}
