/*
 * path.h — paths as a person reads them.
 */
#ifndef GISA_PATH_H
#define GISA_PATH_H

#include "util.h"

/* s with the home folder home written ~ where a path begins with it (as a
 * shell shows paths): at the start of s or after a space, quote, '(' or
 * '=', and followed by '/' or the end of the path.  A path that merely
 * holds home further in (/mnt/backup/home/kim with home /home/kim) stays
 * as it is; so does everything when home is NULL, "" or "/".  Into out
 * (reset first). */
void path_tilde(const char *s, const char *home, struct buf *out);

/* s expanded as a shell does: a leading "~" and "~/x" to home, "~kim/x"
 * to kim's home folder (the password database), and $NAME or ${NAME}
 * anywhere to the environment variable ($HOME/x, ${TMPDIR}/x; a $ not
 * before a name stays as it is).  Into out (reset first).  Returns 0, or
 * -1 when there is no user of that name, home is NULL or "" for a bare ~,
 * or a variable is not set (out then holds s as it is). */
int path_expand(const char *s, const char *home, struct buf *out);

/* Complete the last part of the path text (after its last '/'; a ~ at
 * its start is expanded to look but kept as typed) among the entries of
 * its folder: out (reset first) is text extended to the longest prefix
 * every match shares, then '/' when that is the one match and a folder.
 * Entries beginning with '.' match only when the typed part does; names
 * a terminal could not show as they are (controls, bytes that are not
 * UTF-8) never match.  names (reset first) gets the matches in byte
 * order, folders with a '/' after them, separated by spaces: the first
 * max, then "…".  Returns the number of matches. */
size_t path_complete(const char *text, const char *home, struct buf *out, struct buf *names,
		     size_t max);

#endif
