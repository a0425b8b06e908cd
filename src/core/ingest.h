/*
 * ingest.h — the per-document pipeline and the parallel loader.
 *
 * ingest_document runs source → html → clean → dedup → meta → figures and
 * people on the bytes
 * of one file and copies the result into an arena; it is a pure function
 * of its input, so ingest_paths runs it on every core and then merges the
 * results, in input order, into the model.
 */
#ifndef GISA_INGEST_H
#define GISA_INGEST_H

#include <stddef.h>

#include "model.h"
#include "source.h"

struct live;

struct ingest_opts {
	int threads;		/* 0: one per online CPU */
	source_warn_fn warn;	/* problems, each naming its file */
	void *ctx;
	/* optional: files read so far and in all, updated atomically, for a
	 * progress indicator in another thread */
	size_t *done, *total;
	/* optional: when it becomes non-zero, files not yet started are left
	 * out and ingest_paths returns early, without linking or indexing */
	const int *cancel;
	/* pages larger than this are skipped with a message; 0 means
	 * SOURCE_MAX_PAGE_DEFAULT */
	size_t max_page;
	/* optional: the phase the load is in (enum ingest_phase), set
	 * atomically, for the progress screen */
	int *phase;
	/* optional: the articles published as their files are read, for a
	 * list shown while the load goes on (core/live.h) */
	struct live *live;
	/* leave the corpus-wide indexes (model_build_index: people,
	 * figures, outlets, dates, trails) to the caller, who builds them if
	 * it needs them (an export that does not: export_needs_index) */
	int no_index;
	/* optional: stream the articles instead of keeping them (for an
	 * export made of the articles alone).  Each article is linked to
	 * its near-duplicate and given away in input order, as soon as the
	 * pages before it are done, while later pages are read: a few at a
	 * time, each(each_ctx, m, first, n) gives m->a[first..first+n-1]
	 * (m->a[a.near] keeps the id of the one a links to); then they are
	 * freed, so only a few pages are ever held.  A non-zero return
	 * stops the load.  Neither live nor an index go with it, and the
	 * model stays as it was.  reload_paths does the same for one
	 * export. */
	int (*each)(void *ctx, const struct model *m, size_t first, size_t n);
	void *each_ctx;
};

/* What a load is doing after the pages are read: one pass each over the
 * whole corpus, named on the loading screen. */
enum ingest_phase { INGEST_READING, INGEST_LINKING, INGEST_INDEXING };

/* Set *o->phase to ph when the caller asked for it. */
void ingest_set_phase(const struct ingest_opts *o, enum ingest_phase ph);

/* Build one article from bytes[0..n) read from path.  Strings go to
 * arena a.  Returns 0, or -1 with a malloc'd reason in *err.  *warning is
 * set (malloc'd) when the article loaded with a problem worth telling. */
int ingest_document(const char *path, const char *bytes, size_t n,
		    struct arena *a, struct article *out, char **err,
		    char **warning);

/* The reasons[0..n) (NULL: "could not be read") told once each with how
 * many files gave it, "2 no body text ...; 1 binary ...", at most three,
 * then "…"; appended to out. */
void ingest_reasons(char *const *reasons, size_t n, struct buf *out);

/* Load every file that paths[0..n) name into m.  Problems with single
 * files are reported through o->warn and those files left out.  Returns
 * the number of paths and files that could not be loaded (missing paths,
 * symlink loops and unreadable files included). */
size_t ingest_paths(struct model *m, char *const *paths, size_t n,
		    const struct ingest_opts *o);

#endif
