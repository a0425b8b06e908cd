/*
 * fuzz_state.c — libFuzzer harness for the state file: the input is
 * written as the state file and opened; marks are changed (the marks of
 * the ids the input names flipped as their low bits say, all untagged
 * when the input starts with 'U', then one tag and a hundred more added),
 * another session saves a tag of its own into the file meanwhile, and the
 * state is saved (a merge with the file under the lock), then opened
 * again: every id has the same tag and read mark in both, the other
 * session's tag is kept, and the tag counts agree.  A damaged file is set
 * aside and its good lines kept, so the same holds.
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
/* The tag the other session saves. */
#define OTHER_ID 0x0123012301230123ULL
#define MORE 100

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

static uint64_t
more_id(size_t i)
{
	return 0x9e3779b97f4a7c15ULL * (i + 1);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *dir = fuzz_scratch();
	char *path = xasprintf("%s/state", dir), *warn = NULL, *err = NULL;
	struct state *a, *b;
	uint64_t *ids;
	size_t n = ids_of(data, size, &ids), i;

	empty_dir(dir);
	fuzz_write(path, data, size);
	a = state_open(dir, &warn);
	free(warn);
	for (i = 0; i < n; i++) {
		if (ids[i] == NEW_ID || ids[i] == OTHER_ID)
			continue;
		if (ids[i] & 1)
			state_set_tag(a, ids[i], !state_is_tagged(a, ids[i]));
		if (ids[i] & 2)
			state_set_read(a, ids[i], !state_is_read(a, ids[i]));
	}
	if (size > 0 && data[0] == 'U') {
		state_untag_all(a);
		if (state_ntagged(a) != 0)
			abort();
	}
	state_set_tag(a, NEW_ID, 0);
	if (!state_set_tag(a, NEW_ID, 1))
		abort();
	for (i = 0; i < MORE; i++)
		state_set_tag(a, more_id(i), 1);
	/* another session saved meanwhile (over a damaged file set aside,
	 * or over the input when it was good) */
	{
		struct state *o = state_open(dir, &warn);

		free(warn);
		warn = NULL;
		state_set_tag(o, OTHER_ID, 1);
		if (state_save(o, &err) != 0)
			abort();
		state_free(o);
	}
	if (state_save(a, &err) != 0)
		abort();	/* a regular file in a folder of ours: it saves */
	b = state_open(dir, &warn);
	if (warn != NULL)
		abort();	/* what gisa wrote it reads without complaint */
	if (!state_is_tagged(b, OTHER_ID) || !state_is_tagged(a, OTHER_ID))
		abort();	/* the other session's tag is not lost */
	if (!state_is_tagged(b, NEW_ID) || state_ntagged(b) != state_ntagged(a))
		abort();
	for (i = 0; i < n; i++)
		if (state_is_tagged(a, ids[i]) != state_is_tagged(b, ids[i])
		    || state_is_read(a, ids[i]) != state_is_read(b, ids[i]))
			abort();
	for (i = 0; i < MORE; i++)
		if (!state_is_tagged(b, more_id(i)))
			abort();
	if (strcmp(state_path(b), path) != 0)
		abort();
	state_free(a);
	state_free(b);
	free(ids);
	free(path);
	return 0;
}
