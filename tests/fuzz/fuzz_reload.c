/*
 * fuzz_reload.c — libFuzzer harness for the jsonl re-loader: the input is
 * a jsonl export (when it starts with '{') or a page (then ingested as
 * one article); the model is exported to jsonl, the export loaded back
 * and exported again, and the two exports must be byte for byte the same.
 * The export is then cut in two shards and the shards loaded together
 * (reload_paths: sorted by source, near-duplicates linked again): every
 * article comes back.
 *
 *   tests/fuzz/run [SECONDS] reload
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/export.h"
#include "core/ingest.h"
#include "core/reload.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
load(struct model *m, const char *path, const uint8_t *data, size_t size)
{
	char *err = NULL;

	fuzz_write(path, data, size);
	if (export_read_jsonl(m, path, fuzz_no_warn, NULL, &err) < 0)
		abort();	/* the file is there: it can be read */
	model_build_index(m);
}

static void
shards(const struct buf *e, size_t n)
{
	struct model m;
	struct ingest_opts io;
	char *paths[2];
	const char *mid = e->s != NULL ? memchr(e->s + e->len / 2, '\n', e->len - e->len / 2) : NULL;
	size_t cut = mid != NULL ? (size_t)(mid + 1 - e->s) : e->len;

	paths[0] = xasprintf("%s/a.jsonl", fuzz_scratch());
	paths[1] = xasprintf("%s/b.jsonl", fuzz_scratch());
	fuzz_write(paths[0], e->s != NULL ? e->s : "", cut);
	fuzz_write(paths[1], e->s != NULL ? e->s + cut : "", e->len - cut);
	memset(&io, 0, sizeof(io));
	io.warn = fuzz_no_warn;
	model_init(&m);
	if (reload_paths(&m, paths, 2, &io) != 0 || m.n != n)
		abort();
	model_free(&m);
	free(paths[0]);
	free(paths[1]);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct model m1, m2;
	struct buf e1 = BUF_INIT, e2 = BUF_INIT;
	struct export_opts o = { EXPORT_JSONL, 0, CSV_PEOPLE, NULL, NULL };
	char *path = xasprintf("%s/in.jsonl", fuzz_scratch());
	size_t i;

	model_init(&m1);
	model_init(&m2);
	for (i = 0; i < size && (data[i] == ' ' || data[i] == '\n' || data[i] == '\t' || data[i] == '\r'); i++)
		;
	if (i < size && data[i] == '{') {
		load(&m1, path, data, size);
	} else {
		char *err = NULL, *warn = NULL;

		m1.arenas = xcalloc(1, sizeof(*m1.arenas));
		m1.narenas = 1;
		m1.a = xcalloc(1, sizeof(*m1.a));
		m1.cap = 1;
		if (ingest_document("fuzz", (const char *)data, size, &m1.arenas[0], &m1.a[0], &err, &warn) == 0) {
			m1.n = 1;
			model_link_duplicates(&m1);
			model_build_index(&m1);
		}
		free(err);
		free(warn);
	}
	fuzz_export(&e1, &m1, &o);
	load(&m2, path, (const uint8_t *)e1.s, e1.len);
	if (m2.n != m1.n)
		abort();	/* every article exported comes back */
	fuzz_export(&e2, &m2, &o);
	if (e1.len != e2.len || (e1.len > 0 && memcmp(e1.s, e2.s, e1.len) != 0))
		abort();	/* export → reload → export is the identity */
	if (m1.n > 0 && !export_is_jsonl(path))
		abort();
	shards(&e1, m1.n);
	buf_free(&e1);
	buf_free(&e2);
	model_free(&m1);
	model_free(&m2);
	free(path);
	return 0;
}
