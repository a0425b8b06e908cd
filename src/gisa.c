/*
 * gisa.c — the command line: options, loading the corpus, and then either
 * the browser or a headless export.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/export.h"
#include "core/ingest.h"
#include "core/model.h"
#include "core/text.h"
#include "ui/ui.h"

static void
usage(FILE *f)
{
	fprintf(f,
"Usage: gisa [OPTION]... [PATH]...\n"
"Browse a corpus of scraped Korean news pages: clean articles, their people\n"
"and figures.  PATH is a file, a directory (read recursively, hidden files\n"
"skipped) or - for standard input.  Without PATH, gisa opens its bundled\n"
"sample corpus.\n"
"\n"
"Options:\n"
"  -e, --export=FORMAT    write the articles as FORMAT (json, jsonl, txt)\n"
"                         instead of browsing\n"
"  -o, --output=FILE      write the export to FILE (default: standard\n"
"                         output; - means standard output)\n"
"  -f, --force            let --output replace an existing file\n"
"      --ambiguous-wide   draw East Asian ambiguous characters (· “ ” … ※)\n"
"                         two columns wide (also GISA_AMBIGUOUS_WIDE=1)\n"
"  -j, --threads=N        load with N threads (default: one per CPU)\n"
"  -q, --quiet            do not report files that could not be read\n"
"  -h, --help             show this help and exit\n"
"  -V, --version          show the version and exit\n"
"\n"
"Keys in the browser: j/k move, Enter open, Tab switch pane, ? help, q quit.\n"
"Exit status: 0 success, 1 error (some input could not be read, or the\n"
"export could not be written), 2 wrong usage.\n"
"\n"
"Full documentation: man gisa\n");
}

static void
version(void)
{
	printf("gisa %s\n"
	    "Copyright (C) 2026 the gisa authors.\n"
	    "This is free software; there is NO warranty.\n", PACKAGE_VERSION);
}

struct report {
	int quiet;
	size_t count;
};

static void
warn_file(void *ctx, const char *path, const char *reason)
{
	struct report *r = ctx;

	r->count++;
	if (!r->quiet)
		fprintf(stderr, "gisa: %s: %s\n", path, reason);
}

static int
is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The bundled sample corpus: beside the source tree when gisa runs from
 * it, else where `make install` put it. */
static char *
sample_dir(void)
{
	const char *env = getenv("GISA_DATADIR");
	char exe[PATH_MAX], *slash, *p = NULL;
	ssize_t n;

	if (env != NULL && *env != '\0') {
		char real[PATH_MAX];

		p = xasprintf("%s/sample", env);
		if (realpath(p, real) != NULL) {
			free(p);
			return xstrdup(real);
		}
		return p;
	}
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash != NULL) {
			*slash = '\0';
			char real[PATH_MAX];

			p = xasprintf("%s/../data/sample", exe);
			if (is_dir(p) && realpath(p, real) != NULL) {
				free(p);
				return xstrdup(real);
			}
			free(p);
			if (strcmp(exe, ABS_BUILDDIR "/src") == 0 && is_dir(ABS_SRCDIR "/data/sample"))
				return xstrdup(ABS_SRCDIR "/data/sample");
		}
	}
	return xstrdup(PKGDATADIR "/sample");
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "export", required_argument, NULL, 'e' },
		{ "output", required_argument, NULL, 'o' },
		{ "force", no_argument, NULL, 'f' },
		{ "ambiguous-wide", no_argument, NULL, 'A' },
		{ "threads", required_argument, NULL, 'j' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	enum export_format fmt = EXPORT_NONE;
	const char *output = "-", *amb = getenv("GISA_AMBIGUOUS_WIDE");
	struct ingest_opts io = { 0, warn_file, NULL };
	struct report rep = { 0, 0 };
	struct model m;
	char *sample = NULL;
	int c, force = 0, rc = 0;
	size_t failed;

	setlocale(LC_ALL, "");
	if (amb != NULL && *amb != '\0' && strcmp(amb, "0") != 0)
		text_set_ambiguous_wide(1);
	while ((c = getopt_long(argc, argv, "e:o:fj:qhV", opts, NULL)) != -1) {
		switch (c) {
		case 'e':
			fmt = export_parse_format(optarg);
			if (fmt == EXPORT_NONE) {
				fprintf(stderr, "gisa: unknown export format '%s' (json, jsonl or txt)\n", optarg);
				return 2;
			}
			break;
		case 'o':
			output = optarg;
			break;
		case 'f':
			force = 1;
			break;
		case 'A':
			text_set_ambiguous_wide(1);
			break;
		case 'j': {
			char *end;
			long v = strtol(optarg, &end, 10);

			if (*end != '\0' || v < 1 || v > 256) {
				fprintf(stderr, "gisa: --threads wants a number from 1 to 256, not '%s'\n", optarg);
				return 2;
			}
			io.threads = (int)v;
			break;
		}
		case 'q':
			rep.quiet = 1;
			break;
		case 'h':
			usage(stdout);
			return 0;
		case 'V':
			version();
			return 0;
		default:
			fprintf(stderr, "Try 'gisa --help' for more information.\n");
			return 2;
		}
	}
	if (fmt == EXPORT_NONE && strcmp(output, "-") != 0) {
		fprintf(stderr, "gisa: --output needs --export\n");
		return 2;
	}
	if (fmt != EXPORT_NONE && optind == argc) {
		fprintf(stderr, "gisa: --export needs at least one PATH\n");
		return 2;
	}
	io.ctx = &rep;
	model_init(&m);
	if (optind == argc) {
		sample = sample_dir();
		failed = ingest_paths(&m, &sample, 1, &io);
	} else {
		failed = ingest_paths(&m, argv + optind, (size_t)(argc - optind), &io);
	}
	if (failed > 0 || (m.n == 0 && rep.count > 0))
		rc = 1;
	if (fmt != EXPORT_NONE) {
		size_t *sel = xmalloc((m.n ? m.n : 1) * sizeof(*sel)), i;
		char *err = NULL;

		for (i = 0; i < m.n; i++)
			sel[i] = i;
		if (export_to_path(output, force, &m, sel, m.n, fmt, &err) != 0) {
			fprintf(stderr, "gisa: %s\n", err);
			free(err);
			rc = 1;
		}
		free(sel);
	} else if (m.n == 0) {
		fprintf(stderr, "gisa: no articles to show%s%s\n",
		    sample != NULL ? " in " : "", sample != NULL ? sample : "");
		rc = 1;
	} else {
		int urc = ui_run(&m);

		if (urc != 0)
			rc = urc;
	}
	free(sample);
	model_free(&m);
	return rc;
}
