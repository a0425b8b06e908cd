/*
 * source.h — turning what a scraper saved into clean UTF-8.
 *
 * source_expand walks the PATHs of the command line into a list of files
 * (directories recursively, names in byte order, hidden entries skipped,
 * symlink loops detected).  source_decode turns the bytes of one file into
 * text every later stage can trust: UTF-8, NFC, LF line ends, and no C0/C1
 * controls, escape sequences or bidi overrides.
 */
#ifndef GISA_SOURCE_H
#define GISA_SOURCE_H

#include <stddef.h>

#include "util.h"

/* Reports a problem with one path; the walk goes on. */
typedef void (*source_warn_fn)(void *ctx, const char *path, const char *reason);

/* The files named by paths[0..n), expanded.  "-" stays "-" (standard
 * input).  Returns the count; *out is a malloc'd array of malloc'd paths
 * (free with source_paths_free).  Unreadable or missing paths are reported
 * through warn and left out. */
size_t source_expand(char *const *paths, size_t n, char ***out,
		     source_warn_fn warn, void *ctx);
/* source_expand, with the number of files each path gave in counts[i]
 * (counts may be NULL).  A directory that gives no file is reported
 * ("no pages found"). */
size_t source_expand_counted(char *const *paths, size_t n, char ***out, size_t *counts,
			     source_warn_fn warn, void *ctx);
void source_paths_free(char **paths, size_t n);

/* The largest page read by default (--max-page-size): a page is a few
 * KB of text; a bigger file is no page, and /dev/zero has no end. */
#define SOURCE_MAX_PAGE_DEFAULT ((size_t)8 << 20)

/* Read a whole file ("-" is standard input) into bytes (appended).
 * Returns 0, or -1 with a malloc'd reason in *err. */
int source_read(const char *path, struct buf *bytes, char **err);

/* source_read, but never more than max bytes: a regular file larger than
 * max is refused before it is read, anything else (a device, a FIFO,
 * standard input) when its max + 1st byte arrives.  The reason names the
 * limit; bytes is left as it was. */
int source_read_max(const char *path, struct buf *bytes, size_t max, char **err);

struct source_text {
	char *text;		/* UTF-8, NFC, clean; malloc'd, NUL-terminated */
	size_t len;
	const char *encoding;	/* static: "UTF-8", "CP949", "UTF-16LE" ... */
	size_t replaced;	/* bytes that could not be decoded (U+FFFD) */
};

/* Decode bytes[0..n) into out.  Always succeeds for any input: bytes
 * that fit no encoding become U+FFFD and are counted in out->replaced,
 * which the caller turns into a warning naming the file.  Returns 0, or
 * -1 with *err set when the input is not text at all (NUL bytes in a
 * file that is not UTF-16). */
int source_decode(const char *bytes, size_t n, struct source_text *out,
		  char **err);
void source_text_free(struct source_text *t);

/* Remove controls, escape sequences and bidi overrides from UTF-8 text
 * and turn CR LF and lone CR into LF; appends the result to out.  Invalid
 * UTF-8 becomes U+FFFD.  Returns how many bytes were invalid. */
size_t source_sanitize(const char *s, size_t n, struct buf *out);

/* NFC of UTF-8 text s[0..n), appended to out. */
void source_nfc(const char *s, size_t n, struct buf *out);

#endif
