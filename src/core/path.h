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

#endif
