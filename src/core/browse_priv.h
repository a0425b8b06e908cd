/*
 * browse_priv.h — what the files of the browse module share and nobody
 * else calls.
 */
#ifndef GISA_BROWSE_PRIV_H
#define GISA_BROWSE_PRIV_H

#include "browse.h"

/* Rewrite b->order (the same articles) in the order b->sort and
 * b->reverse ask (browse_sort.c). */
void browse_order(struct browse *b);

#endif
