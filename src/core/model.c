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

void
model_link_duplicates(struct model *m)
{
	uint32_t *sigs = xcalloc(m->n ? m->n : 1, DEDUP_K * sizeof(*sigs));
	unsigned char *skip = xcalloc(m->n ? m->n : 1, 1);
	long *near = xmalloc((m->n ? m->n : 1) * sizeof(*near));
	size_t i;

	for (i = 0; i < m->n; i++) {
		if (m->a[i].minhash != NULL)
			memcpy(sigs + i * DEDUP_K, m->a[i].minhash, DEDUP_K * sizeof(*sigs));
		skip[i] = m->a[i].minhash == NULL;
	}
	dedup_link(sigs, skip, m->n, near);
	for (i = 0; i < m->n; i++)
		m->a[i].near = near[i];
	free(sigs);
	free(skip);
	free(near);
}
