/*
 * model.h — the corpus in memory.
 *
 * An article's strings all live in arenas owned by the model (one per
 * ingest thread), so a corpus of 100k pages costs a few large allocations,
 * not one per paragraph.  Articles are kept in input order; near_dup links
 * point to earlier ones.  The UI only reads the model.
 */
#ifndef GISA_MODEL_H
#define GISA_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

struct art_reporter {
	const char *name;
	const char *email;	/* NULL when unknown */
};

struct article {
	uint64_t id;		/* FNV-1a of the cleaned body */
	const char *source;	/* path as given, "-" for standard input */
	const char *encoding;	/* static string */
	const char *title;	/* NULL when unknown */
	const char *outlet;
	const char *date;
	struct art_reporter *rep;
	size_t nrep;
	const char **para;
	size_t npara;
	const char **cap;
	size_t ncap;
	size_t dups;		/* repeats removed */
	long near;		/* index of an earlier near-duplicate, or -1 */
	uint32_t *minhash;	/* DEDUP_K values, NULL when too short */
};

struct model {
	struct article *a;
	size_t n, cap;
	struct arena *arenas;
	size_t narenas;
};

void model_init(struct model *m);
void model_free(struct model *m);

/* Find near-duplicates among all articles (sets every article's near). */
void model_link_duplicates(struct model *m);

/* The id as 16 lower-case hex digits into out[17]. */
void model_id_hex(uint64_t id, char out[17]);

/* Id of the body paragraphs p[0..n): the same text gives the same id. */
uint64_t model_body_id(const char *const *p, size_t n);

#endif
