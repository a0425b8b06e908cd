/*
 * complete.h — what every Tab completion shares, whatever it completes
 * (command names, orders, people, file names): of the candidates that
 * match the typed word, the distinct ones listed and the longest prefix
 * they share.
 */
#ifndef GISA_COMPLETE_H
#define GISA_COMPLETE_H

#include <stddef.h>

#include "util.h"

/* Of the candidates cand[0..n), which all begin with the same typed
 * bytes (typed of them) and hold equal ones next to each other (as
 * sorting leaves them): append the distinct ones to list, separated by
 * spaces, the first max of them and then " …" when there are more; and
 * append to out what they all share after the typed bytes, cut back to
 * a whole UTF-8 character (nothing when n is 0).  Returns how many
 * distinct candidates there are. */
size_t complete_list(const char *const *cand, size_t n, size_t typed, size_t max,
		     struct buf *out, struct buf *list);

#endif
