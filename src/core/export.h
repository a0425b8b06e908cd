/*
 * export.h — writing the corpus out: json, jsonl and txt.
 *
 * The JSON shapes are the contract of shared/spec/export-json.md.  Files
 * are written safely: to a temporary file in the same directory, flushed,
 * fsync'd and renamed over the target, so a crash or a full disk never
 * leaves a half-written export; an existing file is replaced only when
 * the caller says so.
 */
#ifndef GISA_EXPORT_H
#define GISA_EXPORT_H

#include <stdio.h>

#include "model.h"
#include "util.h"

enum export_format { EXPORT_JSON, EXPORT_JSONL, EXPORT_TXT, EXPORT_NONE = -1 };

/* The format called name ("json", "jsonl", "txt"), or EXPORT_NONE. */
enum export_format export_parse_format(const char *name);

/* Append s as a JSON string literal (quotes included); NULL as null. */
void export_json_string(struct buf *b, const char *s);

/* Append one article object. */
void export_json_article(struct buf *b, const struct model *m, size_t i);

/* Write the articles sel[0..n) of m to f in format fmt.  Returns 0, or -1
 * with errno set when writing failed. */
int export_write(FILE *f, const struct model *m, const size_t *sel, size_t n,
		 enum export_format fmt);

/* Export to path ("-" is standard output) as above, atomically.  Refuses
 * to replace an existing file unless force.  Returns 0, or -1 with a
 * malloc'd message in *err. */
int export_to_path(const char *path, int force, const struct model *m,
		   const size_t *sel, size_t n, enum export_format fmt, char **err);

#endif
