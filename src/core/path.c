/*
 * path.c — paths as a person reads them (path.h).
 */
#include <string.h>

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
