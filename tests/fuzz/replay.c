/*
 * replay.c — runs a libFuzzer harness without libFuzzer: every file of
 * the folders (or files) given, and of the folder compiled in as CORPUS
 * when none is given, is passed once to LLVMFuzzerTestOneInput.  Linked
 * with each harness into tests/fuzz/replay_NAME, it is a test of make
 * check: the crashes fuzzing found (tests/fixtures/fuzz/NAME/) stay
 * fixed.  A harness aborts on a broken contract; the exit status is 0
 * when every input passed.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *p = NULL;
	size_t n = 0, cap = 0, k;

	if (f == NULL) {
		perror(path);
		return -1;
	}
	for (;;) {
		if (n == cap) {
			cap = cap ? cap * 2 : 65536;
			p = realloc(p, cap);
			if (p == NULL)
				abort();
		}
		k = fread(p + n, 1, cap - n, f);
		if (k == 0)
			break;
		n += k;
	}
	fclose(f);
	LLVMFuzzerTestOneInput((const uint8_t *)p, n);
	free(p);
	return 0;
}

static int
run_path(const char *path, size_t *count)
{
	struct stat sb;
	DIR *d;
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, i;
	int rc = 0;

	if (stat(path, &sb) != 0) {
		perror(path);
		return -1;
	}
	if (!S_ISDIR(sb.st_mode)) {
		(*count)++;
		return run_file(path);
	}
	if ((d = opendir(path)) == NULL) {
		perror(path);
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		names = realloc(names, (n + 1) * sizeof(*names));
		if (names == NULL)
			abort();
		names[n] = malloc(strlen(path) + strlen(e->d_name) + 2);
		if (names[n] == NULL)
			abort();
		sprintf(names[n++], "%s/%s", path, e->d_name);
	}
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof(*names), name_cmp);
	for (i = 0; i < n; i++) {
		if (run_path(names[i], count) != 0)
			rc = -1;
		free(names[i]);
	}
	free(names);
	return rc;
}

int
main(int argc, char **argv)
{
	size_t count = 0;
	int i, rc = 0;

	if (argc < 2) {
#ifdef CORPUS
		rc = run_path(CORPUS, &count);
#endif
	}
	for (i = 1; i < argc; i++)
		if (run_path(argv[i], &count) != 0)
			rc = 1;
	printf("%zu inputs replayed\n", count);
	return rc != 0;
}
