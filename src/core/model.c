/*
 * model.c — the corpus: article storage and corpus-wide links.
 */
#include "model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dedup.h"

void
model_init(struct model *m)
{
	memset(m, 0, sizeof(*m));
}

void
model_free(struct model *m)
{
	size_t i;

	for (i = 0; i < m->narenas; i++)
		arena_free(&m->arenas[i]);
	free(m->arenas);
	free(m->a);
	memset(m, 0, sizeof(*m));
}

void
model_id_hex(uint64_t id, char out[17])
{
	snprintf(out, 17, "%016llx", (unsigned long long)id);
}

uint64_t
model_body_id(const char *const *p, size_t n)
{
	uint64_t h = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		h = util_hash64(p[i], strlen(p[i]), h);
		h = util_hash64("\n", 1, h);
	}
	return h;
}

/* Too little text to tell a re-post from a coincidence. */
#define MIN_NEAR_BYTES 200

void
model_link_duplicates(struct model *m)
{
	uint64_t *h = xmalloc((m->n ? m->n : 1) * sizeof(*h));
	unsigned char *skip = xcalloc(m->n ? m->n : 1, 1);
	long *near = xmalloc((m->n ? m->n : 1) * sizeof(*near));
	size_t i, k;

	for (i = 0; i < m->n; i++) {
		size_t bytes = 0;

		for (k = 0; k < m->a[i].npara; k++)
			bytes += strlen(m->a[i].para[k]);
		h[i] = m->a[i].simhash;
		skip[i] = bytes < MIN_NEAR_BYTES;
	}
	dedup_link(h, skip, m->n, near);
	for (i = 0; i < m->n; i++)
		m->a[i].near = near[i];
	free(h);
	free(skip);
	free(near);
}
