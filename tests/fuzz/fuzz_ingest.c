/*
 * fuzz_ingest.c — libFuzzer harness: any bytes through the whole
 * per-page pipeline (source → html → clean → dedup → meta → figures and
 * people), then the JSON export of the result.  Build and run with
 *
 *   tests/fuzz/run [SECONDS]
 *
 * which compiles the core with clang -fsanitize=fuzzer,address,undefined.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "core/export.h"
#include "core/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct model m;
	struct buf json = BUF_INIT;
	char *err = NULL, *warn = NULL;

	model_init(&m);
	m.arenas = xcalloc(1, sizeof(*m.arenas));
	m.narenas = 1;
	m.a = xcalloc(1, sizeof(*m.a));
	m.cap = 1;
	if (ingest_document("fuzz", (const char *)data, size, &m.arenas[0], &m.a[0], &err, &warn) == 0) {
		m.n = 1;
		model_link_duplicates(&m);
		model_build_index(&m);
		export_json_article(&json, &m, 0);
	}
	free(err);
	free(warn);
	buf_free(&json);
	model_free(&m);
	return 0;
}
