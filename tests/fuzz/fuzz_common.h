/*
 * fuzz_common.h — what the harnesses share: a scratch folder of their
 * own, writing a file there, and an export into memory.
 */
#ifndef GISA_FUZZ_COMMON_H
#define GISA_FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/export.h"
#include "core/util.h"

/* A private folder for this process, made once, removed at exit. */
static char fuzz_dir[64];

static inline void
fuzz_rmdir(void)
{
	char cmd[96];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fuzz_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", fuzz_dir);
}

static inline const char *
fuzz_scratch(void)
{
	if (fuzz_dir[0] == '\0') {
		const char *t = getenv("TMPDIR");

		snprintf(fuzz_dir, sizeof(fuzz_dir), "%s/gisa-fuzz-XXXXXX",
		    t != NULL && strlen(t) < 40 ? t : "/tmp");
		if (mkdtemp(fuzz_dir) == NULL)
			abort();
		atexit(fuzz_rmdir);
	}
	return fuzz_dir;
}

/* Write p[0..n) to path, replacing it; aborts when it cannot. */
static inline void
fuzz_write(const char *path, const void *p, size_t n)
{
	FILE *f = fopen(path, "wb");

	/* an empty input may come as a null pointer: no fwrite of it */
	if (f == NULL || (n > 0 && fwrite(p, 1, n, f) != n) || fclose(f) != 0)
		abort();
}

static inline int
fuzz_sink(void *ctx, const void *p, size_t n)
{
	buf_add(ctx, p, n);
	return 0;
}

/* The export of every article of m in fmt, into b (reset first). */
static inline void
fuzz_export(struct buf *b, const struct model *m, const struct export_opts *o)
{
	size_t *sel = xmalloc((m->n ? m->n : 1) * sizeof(*sel)), i;

	for (i = 0; i < m->n; i++)
		sel[i] = i;
	buf_reset(b);
	if (export_emit(fuzz_sink, b, m, sel, m->n, o) != 0)
		abort();
	free(sel);
}

static inline void
fuzz_no_warn(void *ctx, const char *path, const char *reason)
{
	(void)ctx;
	(void)path;
	(void)reason;
}

#endif
