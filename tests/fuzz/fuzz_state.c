/*
 * fuzz_state.c — libFuzzer harness for the state file: the input is
 * written as the state file and opened; one tag is added and the state
 * saved (a merge with the file under the lock), then opened again: every
 * id the input names has the same tag and read mark in both, the new tag
 * included, and nothing else is tagged.  A damaged file is set aside
 * and its good lines kept, so the same holds.
 *
 *   tests/fuzz/run [SECONDS] state
 */
#include <dirent.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/state.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The id of the harness's own tag (untagged first when the input has
 * it already). */
#define NEW_ID 0x5eed5eed5eed5eedULL

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Every run of 16 lower-case hex digits in the input: the ids it may
 * name (more than it names; that does no harm). */
static size_t
ids_of(const uint8_t *d, size_t n, uint64_t **out)
{
	size_t i, k = 0, run = 0, cap = 0;

	*out = NULL;
	for (i = 0; i < n; i++) {
		run = hexval(d[i]) >= 0 ? run + 1 : 0;
		if (run >= 16) {
			uint64_t id = 0;
			size_t j;

			for (j = i + 1 - 16; j <= i; j++)
				id = id << 4 | (uint64_t)hexval(d[j]);
			*out = xgrow(*out, &cap, k + 1, sizeof(**out));
			(*out)[k++] = id;
		}
	}
	return k;
}

static void
empty_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (d == NULL)
		abort();
	while ((e = readdir(d)) != NULL) {
		char *p;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		p = xasprintf("%s/%s", dir, e->d_name);
		unlink(p);
		free(p);
	}
	closedir(d);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *dir = fuzz_scratch();
	char *path = xasprintf("%s/state", dir), *warn = NULL, *err = NULL;
	struct state *a, *b;
	uint64_t *ids;
	size_t n = ids_of(data, size, &ids), i, tagged;

	empty_dir(dir);
	fuzz_write(path, data, size);
	a = state_open(dir, &warn);
	free(warn);
	tagged = state_ntagged(a);
	if (state_is_tagged(a, NEW_ID)) {
		state_set_tag(a, NEW_ID, 0);
		tagged--;
	}
	if (!state_set_tag(a, NEW_ID, 1))
		abort();
	if (state_save(a, &err) != 0)
		abort();	/* a regular file in a folder of ours: it saves */
	b = state_open(dir, &warn);
	if (warn != NULL)
		abort();	/* what gisa wrote it reads without complaint */
	if (state_ntagged(b) != tagged + 1 || state_ntagged(a) != tagged + 1)
		abort();
	if (!state_is_tagged(b, NEW_ID))
		abort();
	for (i = 0; i < n; i++)
		if (state_is_tagged(a, ids[i]) != state_is_tagged(b, ids[i])
		    || state_is_read(a, ids[i]) != state_is_read(b, ids[i]))
			abort();
	state_free(a);
	state_free(b);
	free(ids);
	free(path);
	return 0;
}
