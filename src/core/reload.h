/*
 * reload.h — loading gisa's own jsonl export back (extract once, browse
 * many): the articles come back as they were exported, with their people
 * and figures, without running the extraction again.
 */
#ifndef GISA_RELOAD_H
#define GISA_RELOAD_H

#include <stddef.h>

#include "ingest.h"
#include "model.h"
#include "source.h"

/* Whether path looks like a jsonl export: its name ends in ".jsonl" and
 * its first byte that is not white space is '{'. */
int export_is_jsonl(const char *path);

/* Append the articles of the jsonl export at path to m.  Each line is
 * one article object (shared/spec/export-json.md); a line that is not a
 * valid one is reported through warn as "path:line" with the reason (and
 * the column for JSON syntax errors) and skipped, the rest loads.
 * near_duplicate_of ids become indexes of earlier articles of m; mention
 * spans are found again by looking for each person's name and each
 * figure's surface form in the title and paragraphs (back-references
 * such as "배 장관" are not found again; the mention counts stay as
 * exported).  Does not rebuild the indexes: call model_build_index.
 * Returns the number of lines skipped, or -1 with a malloc'd message in
 * *err when the file cannot be read (nothing is added then). */
long export_read_jsonl(struct model *m, const char *path, source_warn_fn warn,
		       void *ctx, char **err);

/* Like ingest_paths for paths[0..n) that are all jsonl exports: loads
 * them in order, reports through o->warn, updates o->done and o->total,
 * then builds the indexes.  Returns the number of files that could not
 * be read plus the number of lines skipped. */
size_t reload_paths(struct model *m, char *const *paths, size_t n,
		    const struct ingest_opts *o);

#endif
