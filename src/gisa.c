/*
 * gisa.c — the command line: options, loading the corpus, and then either
 * the browser or a headless export.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <pthread.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/conf.h"
#include "core/export.h"
#include "core/ingest.h"
#include "core/live.h"
#include "core/model.h"
#include "core/msglog.h"
#include "core/reload.h"
#include "core/query.h"
#include "core/state.h"
#include "core/text.h"
#include "ui/ui.h"

static void
usage(FILE *f)
{
	fprintf(f,
"Usage: gisa [OPTION]... [PATH]...\n"
"Browse a corpus of scraped Korean news pages: clean articles, their people\n"
"and figures.  PATH is a file, a directory (read recursively, hidden files\n"
"skipped) or - for standard input; a .jsonl file that gisa exported is\n"
"loaded back as it was.  Without PATH, gisa opens its bundled sample corpus.\n"
"\n"
"Options:\n"
"  -e, --export=FORMAT    write the articles as FORMAT instead of browsing:\n"
"                         json, jsonl (shared/spec/export-json.md), md (a\n"
"                         readable digest), csv (a table), txt (clean text)\n"
"  -o, --output=FILE      write the export to FILE (default: standard\n"
"                         output; - means standard output); written to a\n"
"                         temporary file first, never left half-written\n"
"  -f, --force            let --output replace an existing regular file\n"
"                         (a device, terminal or FIFO is written into,\n"
"                         never replaced; a dangling symlink is refused)\n"
"      --table=TABLE      csv: people (default), figures, quotes or trails\n"
"      --bom              csv: start with a UTF-8 byte order mark, so\n"
"                         spreadsheet programs read Hangul right\n"
"      --filter=EXPR      show or export only the articles EXPR selects\n"
"                         (person:NAME outlet:NAME date:2025-09..2025-12\n"
"                         unit:장 value:>=1만 kind:money has:figure|person|\n"
"                         duplicate|tag title:WORD said:NAME quote:WORD\n"
"                         quote:/REGEX/ /REGEX/ WORD, - for not,\n"
"                         or, parentheses; space means and)\n"
"      --search=REGEX     only the articles whose title or text match the\n"
"                         PCRE2 pattern (case-insensitive unless it has an\n"
"                         upper-case letter)\n"
"      --ambiguous-wide   draw East Asian Ambiguous characters (· “ ” … ※)\n"
"                         two columns wide (also GISA_AMBIGUOUS_WIDE=1);\n"
"                         gisa's own markers (▸) stay one column\n"
"      --config=FILE      read the config file FILE, not\n"
"                         $XDG_CONFIG_HOME/gisa/config (~/.config/gisa/config)\n"
"      --no-config        read no config file: gisa's defaults\n"
"      --dump-config      print the configuration in force (settings, keys,\n"
"                         styles) as a config file, and exit\n"
"  -j, --threads=N        load with N threads (default: one per CPU)\n"
"      --max-page-size=SIZE\n"
"                         skip, with a message, a page larger than SIZE\n"
"                         (bytes, or with K, M, G; default 8M); a device\n"
"                         or pipe given as PATH is read no further\n"
"  -q, --quiet            do not report files that could not be read\n"
"  -h, --help             show this help and exit\n"
"  -V, --version          show the version and exit\n"
"\n"
"Keys in the browser: j/k move, Enter open, Space page (at the end of an\n"
"article, the next one), J/K next/previous article, . next unread,\n"
"s sort (date, outlet, title, matches, input), S reverse, = original of a\n"
"re-post (in the panel: narrow the list), P person view, R figure trails,\n"
"Tab switch pane, / search, f filter, t tag, e export, M messages,\n"
": commands (:sort date, :person 배경훈), ^Z suspend, h help, q quit; a\n"
"count repeats a movement (5j, 20G).  Standard input may be the pages\n"
"(cat page | gisa -): keys then come from /dev/tty.  While a corpus\n"
"loads, the list of the pages read so far moves at once, q quits at once,\n"
"and every other key is kept and acted on when it is loaded.\n"
"Tags and read marks are kept in $XDG_STATE_HOME/gisa/state\n"
"(default ~/.local/state/gisa/state).\n"
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

/* "gisa: MESSAGE\n", malloc'd, with everything in it that came from
 * outside (file names, strings of pages and exports, state lines, PCRE2
 * messages, arguments) shown escaped: nothing raw reaches the terminal. */
static char *
message(const char *fmt, va_list ap)
{
	struct buf raw = BUF_INIT, out = BUF_INIT;

	buf_vprintf(&raw, fmt, ap);
	buf_adds(&out, "gisa: ");
	buf_add_shown(&out, raw.s != NULL ? raw.s : "", raw.len);
	buf_addc(&out, '\n');
	buf_free(&raw);
	return buf_detach(&out, NULL);
}

/* A message on standard error, as message() makes it. */
static void tell(const char *fmt, ...) GISA_PRINTF(1, 2);

static void
tell(const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = message(fmt, ap);
	va_end(ap);
	fputs(msg, stderr);
	free(msg);
}

struct report {
	int quiet;
	size_t count;
	int held;		/* the browser owns the terminal: keep them */
	struct msglog log;	/* every message, printed when it ends */
};

static void
warn_file(void *ctx, const char *path, const char *reason)
{
	struct report *r = ctx;

	r->count++;
	msglog_add(&r->log, MSG_PROBLEM, path, reason);
	if (r->quiet || r->held)
		return;
	tell("%s: %s", path, reason);
}

/* After the browser: the load problems (unless --quiet) and warnings of
 * the log, in the order they came, before any summary. */
static void
print_kept(struct report *r)
{
	struct buf line = BUF_INIT;
	enum msg_kind kind;
	size_t i;

	for (i = 0; buf_reset(&line), msglog_line(&r->log, i, &line, &kind) == 0; i++)
		if (kind == MSG_WARNING || (kind == MSG_PROBLEM && !r->quiet))
			tell("%s", line.s);
	buf_free(&line);
}

/* A line of the config file not taken: in the messages, and on standard
 * error at once unless the browser is to start (it says so, and gisa
 * prints the messages when it ends). */
static void
config_warn(void *ctx, const char *where, const char *reason)
{
	struct report *r = ctx;

	msglog_add(&r->log, MSG_WARNING, where, reason);
	if (!r->held)
		tell("%s: %s", where, reason);
}

static void
read_config(struct conf *conf, int none, const char *path, struct report *rep)
{
	char *def = NULL;

	conf_init(conf);
	if (none)
		return;
	if (path == NULL)
		path = def = conf_default_path();
	switch (path != NULL ? conf_read(conf, path, config_warn, rep) : 0) {
	case 1:
		if (def != NULL)
			break;	/* none of one's own: the defaults */
		config_warn(rep, path, "no such file (--config)");
		/* fall through */
	case -1:
		conf->bad++;	/* said, and gisa ends with 1 */
		break;
	default:
		break;
	}
	free(def);
}

struct loader {
	struct model *m;
	const struct ui_opts *uo;
	char *const *paths;
	size_t n;
	struct ingest_opts io;
	struct ui_load *ld;
	size_t failed;
	int jsonl;		/* every path is a jsonl export: load it back */
};

static void *
load_thread(void *arg)
{
	struct loader *l = arg;

	l->failed = l->jsonl ? reload_paths(l->m, l->paths, l->n, &l->io)
	    : ingest_paths(l->m, l->paths, l->n, &l->io);
	l->ld->problems = ((struct report *)l->io.ctx)->count;
	__atomic_store_n(&l->ld->finished, 1, __ATOMIC_RELEASE);
	return NULL;
}

/* Whether paths[0..n) are all jsonl exports of gisa (loaded back as they
 * are, not extracted again). */
static int
all_jsonl(char *const *paths, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!export_is_jsonl(paths[i]))
			return 0;
	return n > 0;
}

/* Whether the loader has finished, waiting for it a moment (10 ms) */
static int
loader_stopped(const struct ui_load *ld)
{
	const struct timespec tick = { 0, 1000000 };
	int i;

	for (i = 0; i < 10; i++) {
		if (__atomic_load_n(&ld->finished, __ATOMIC_ACQUIRE))
			return 1;
		nanosleep(&tick, NULL);
	}
	return __atomic_load_n(&ld->finished, __ATOMIC_ACQUIRE);
}

/* Load in a thread while the browser shows the progress, then browse. */
static int
browse(struct model *m, char *const *paths, size_t n, struct ingest_opts io,
       struct report *rep, struct ui_opts *uo)
{
	struct ui_load ld;
	struct loader l;
	struct live live;
	pthread_t tid;
	int rc;

	/* before the load: a terminal that cannot be driven is said at once */
	if (ui_can_run() != 0)
		return 1;
	memset(&ld, 0, sizeof(ld));
	io.done = &ld.done;
	io.total = &ld.total;
	io.cancel = &ld.cancel;
	io.phase = &ld.phase;
	live_init(&live);
	io.live = ld.live = &live;
	l.m = m;
	l.paths = paths;
	l.n = n;
	l.io = io;
	l.ld = &ld;
	l.failed = 0;
	l.jsonl = ld.jsonl = all_jsonl(paths, n);
	rep->held = 1;
	{
		/* before the loader starts: it adds to rep->lines too */
		char *warn = NULL;

		uo->st = state_open(NULL, &warn);
		if (warn != NULL) {
			msglog_add(&rep->log, MSG_WARNING, NULL, warn);
			free((char *)uo->notice);	/* the state's comes first */
			uo->notice = warn;	/* freed below */
		}
	}
	uo->log = &rep->log;
	if (pthread_create(&tid, NULL, load_thread, &l) != 0)
		fatal("cannot start the loader thread");
	rc = ui_run(m, &ld, uo);
	/* a signal while the state is saved removes its temporary file */
	atomic_remove_temps_on_signals();
	{
		char *err = NULL;

		if (state_save(uo->st, &err) != 0) {
			tell("%s", err);
			free(err);
			rc = 1;
		}
		state_free(uo->st);
		free((char *)uo->notice);
		uo->notice = NULL;
	}
	if (!loader_stopped(&ld)) {
		/* quit while loading: the loader leaves files not yet started,
		 * but a page it is reading (a FIFO with no writer, a slow
		 * device) may hold it for ever; the state is saved, nothing is
		 * being written: end now, without it */
		fputs("gisa: quit before every page was loaded\n", stderr);
		fflush(NULL);
		_exit(rc);
	}
	pthread_join(tid, NULL);
	live_destroy(&live);
	print_kept(rep);
	rep->held = 0;
	if (rc == UI_EMPTY) {
		/* after the reasons, which say why */
		tell("no articles to show");
		return 1;
	}
	return rc != 0 ? rc : l.failed > 0 ? 1 : 0;
}

/* Refuse a wrong --filter or --search before loading anything. */
static int
check_query(const struct ui_opts *uo)
{
	struct query_error qe;
	struct query *q;
	char msg[200];
	size_t off;

	if (uo->filter != NULL) {
		if ((q = query_parse(uo->filter, &qe)) == NULL) {
			char *shown = util_shown(uo->filter);

			tell("--filter: %s", qe.msg);
			fprintf(stderr, "  %s\n  %*s^\n", shown, (int)qe.col, "");
			free(shown);
			return -1;
		}
		query_free(q);
	}
	if (uo->search != NULL) {
		struct query_re *re = query_re_compile(uo->search, msg, sizeof(msg), &off);

		if (re == NULL) {
			tell("--search: %s", msg);
			return -1;
		}
		query_re_free(re);
	}
	return 0;
}

/* Does the (already checked) --filter test has:tag? */
static int
filter_uses_tags(const char *expr)
{
	struct query_error qe;
	struct query *q;
	int uses;

	if (expr == NULL || (q = query_parse(expr, &qe)) == NULL)
		return 0;
	uses = query_uses_tags(q);
	query_free(q);
	return uses;
}

struct tag_ctx {
	const struct model *m;
	const struct state *st;
};

static int
is_tagged(void *ctx, size_t art)
{
	const struct tag_ctx *t = ctx;

	return state_is_tagged(t->st, t->m->a[art].id);
}

/* The articles of m that --filter and --search select, as the browser
 * would show them (input order); has:tag reads the browser's tags. */
static int
select_articles(const struct model *m, const struct ui_opts *uo, size_t *sel, size_t *n)
{
	struct query_error qe;
	struct query *q = NULL;
	struct tag_ctx tc = { m, uo->st };
	struct query_env env = { uo->st != NULL ? is_tagged : NULL, &tc, 0, NULL };
	char err[256];
	long got;

	if (uo->filter != NULL && (q = query_parse(uo->filter, &qe)) == NULL)
		return -1;	/* checked before loading */
	got = query_select(q, uo->search, m, NULL, m->n, &env, sel, NULL, err, sizeof(err));
	query_free(q);
	if (got < 0) {
		tell("--search: %s", err);
		return -1;
	}
	*n = (size_t)got;
	return 0;
}

/* The outcome r of an export told (err freed): -1 when it failed. */
static int
export_told(int r, char *err)
{
	if (r != EXPORT_FAILED)
		return 0;	/* written, or the reader had all it wanted */
	tell("%s", err);
	free(err);
	return -1;
}

struct streamed {
	struct export_stream *s;
	size_t n;		/* articles given */
};

static int
give_articles(void *ctx, const struct model *m, size_t first, size_t n)
{
	struct streamed *st = ctx;

	st->n += n;
	return export_stream_articles(st->s, m, first, n);
}

/* An export of every page, in a format made of the articles alone,
 * written while the pages are read: the corpus is never held whole.
 * Returns the exit status. */
static int
export_while_reading(const char *output, int force, char *const *paths, size_t n,
		     int jsonl, struct ingest_opts io, const struct export_opts *eo,
		     const struct report *rep)
{
	size_t failed;
	struct streamed st = { NULL, 0 };
	struct model m;
	char *err = NULL;
	int rc = 0;

	if (export_stream_begin(&st.s, output, force, eo, &err) != EXPORT_OK) {
		tell("%s", err);
		free(err);
		return 1;
	}
	io.each = give_articles;
	io.each_ctx = &st;
	model_init(&m);
	failed = jsonl ? reload_paths(&m, paths, n, &io) : ingest_paths(&m, paths, n, &io);
	if (failed > 0 || (st.n == 0 && rep->count > 0))
		rc = 1;
	if (export_told(export_stream_end(st.s, &err), err) != 0)
		rc = 1;
	model_free(&m);
	return rc;
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
		{ "table", required_argument, NULL, 'T' },
		{ "bom", no_argument, NULL, 'B' },
		{ "filter", required_argument, NULL, 'L' },
		{ "search", required_argument, NULL, 'S' },
		{ "ambiguous-wide", no_argument, NULL, 'A' },
		{ "config", required_argument, NULL, 'C' },
		{ "no-config", no_argument, NULL, 'N' },
		{ "dump-config", no_argument, NULL, 'D' },
		{ "threads", required_argument, NULL, 'j' },
		{ "max-page-size", required_argument, NULL, 'M' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	enum export_format fmt = EXPORT_NONE;
	struct export_opts eo = { EXPORT_NONE, 0, CSV_PEOPLE, NULL, NULL };
	int table_given = 0;
	const char *output = "-", *amb = getenv("GISA_AMBIGUOUS_WIDE");
	struct ingest_opts io = { 0, warn_file, NULL, NULL, NULL, NULL, 0, NULL, NULL, 0, NULL, NULL };
	struct report rep;
	struct model m;
	struct ui_opts uo = { NULL, NULL, NULL, NULL, NULL, NULL };
	struct conf conf;
	const char *conf_path = NULL;
	char *sample = NULL;
	int c, force = 0, rc = 0, amb_wide = 0, no_config = 0, dump = 0, jsonl;
	size_t failed;

	setlocale(LC_ALL, "");
	memset(&rep, 0, sizeof(rep));
	msglog_init(&rep.log);
	while ((c = getopt_long(argc, argv, "e:o:fj:qhV", opts, NULL)) != -1) {
		switch (c) {
		case 'e':
			fmt = export_parse_format(optarg);
			if (fmt == EXPORT_NONE) {
				tell("unknown export format '%s' (json, jsonl, md, csv or txt)", optarg);
				return 2;
			}
			break;
		case 'o':
			output = optarg;
			break;
		case 'f':
			force = 1;
			break;
		case 'T':
			if (strcmp(optarg, "people") == 0) {
				eo.table = CSV_PEOPLE;
			} else if (strcmp(optarg, "figures") == 0) {
				eo.table = CSV_FIGURES;
			} else if (strcmp(optarg, "quotes") == 0) {
				eo.table = CSV_QUOTES;
			} else if (strcmp(optarg, "trails") == 0) {
				eo.table = CSV_TRAILS;
			} else {
				tell("unknown table '%s' (people, figures, quotes or trails)", optarg);
				return 2;
			}
			table_given = 1;
			break;
		case 'B':
			eo.bom = 1;
			break;
		case 'A':
			amb_wide = 1;
			break;
		case 'C':
			conf_path = optarg;
			break;
		case 'N':
			no_config = 1;
			break;
		case 'D':
			dump = 1;
			break;
		case 'L':
			uo.filter = optarg;
			break;
		case 'S':
			uo.search = optarg;
			break;
		case 'j': {
			char *end;
			long v = strtol(optarg, &end, 10);

			if (*end != '\0' || v < 1 || v > 256) {
				tell("--threads wants a number from 1 to 256, not '%s'", optarg);
				return 2;
			}
			io.threads = (int)v;
			break;
		}
		case 'M':
			if (util_parse_size(optarg, &io.max_page) != 0 || io.max_page < 1024) {
				tell("--max-page-size wants a size of at least 1K (8M, 512K, 20000000), not '%s'", optarg);
				return 2;
			}
			break;
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
		tell("--output needs --export");
		return 2;
	}
	if ((eo.bom || table_given) && fmt != EXPORT_CSV) {
		tell("--bom and --table go with --export=csv");
		return 2;
	}
	if (check_query(&uo) != 0)
		return 2;
	/* the config file, then what the environment and the command line say */
	rep.held = fmt == EXPORT_NONE && !dump;
	read_config(&conf, no_config, conf_path, &rep);
	if (amb != NULL && *amb != '\0')
		text_set_ambiguous_wide(strcmp(amb, "0") != 0);
	if (amb_wide)
		text_set_ambiguous_wide(1);
	if (dump) {
		struct buf out = BUF_INIT;

		conf_dump(&conf, &out);
		fwrite(out.s, 1, out.len, stdout);
		buf_free(&out);
		rc = conf.bad > 0 ? 1 : 0;
		conf_free(&conf);
		msglog_free(&rep.log);
		return fflush(stdout) != 0 ? 1 : rc;
	}
	uo.conf = &conf;
	if (rep.held && conf.bad > 0)
		uo.notice = xstrdup("the config file was not all taken: M says why");
	if (fmt != EXPORT_NONE && optind == argc) {
		tell("--export needs at least one PATH");
		return 2;
	}
	io.ctx = &rep;
	model_init(&m);
	if (optind == argc)
		sample = sample_dir();
	if (fmt == EXPORT_NONE) {
		rc = sample != NULL ? browse(&m, &sample, 1, io, &rep, &uo)
		    : browse(&m, argv + optind, (size_t)(argc - optind), io, &rep, &uo);
		free(sample);
		model_free(&m);
		conf_free(&conf);
		msglog_free(&rep.log);
		return rc;
	}
	/* a closed pipe must end the export with EPIPE, quietly, not kill it */
	signal(SIGPIPE, SIG_IGN);
	/* a signal during the export removes its temporary file */
	atomic_remove_temps_on_signals();
	if (strcmp(output, "-") != 0) {
		char *msg = NULL;

		/* say so before a long load, not after */
		if (atomic_check(output, force, &msg) != 0) {
			tell("%s", msg);
			free(msg);
			model_free(&m);
			return 1;
		}
	}
	eo.fmt = fmt;
	io.no_index = !export_needs_index(&eo);
	jsonl = all_jsonl(argv + optind, (size_t)(argc - optind));
	/* shards of jsonl are put in source order and linked again: whole */
	if (export_streams(&eo) && uo.filter == NULL && uo.search == NULL
	    && (!jsonl || argc - optind == 1)) {
		rc = export_while_reading(output, force, argv + optind,
		    (size_t)(argc - optind), jsonl, io, &eo, &rep);
		free(sample);
		model_free(&m);
		conf_free(&conf);
		msglog_free(&rep.log);
		return rc;
	}
	if (jsonl)
		failed = reload_paths(&m, argv + optind, (size_t)(argc - optind), &io);
	else
		failed = ingest_paths(&m, argv + optind, (size_t)(argc - optind), &io);
	if (failed > 0 || (m.n == 0 && rep.count > 0))
		rc = 1;
	{
		size_t *sel = xmalloc((m.n ? m.n : 1) * sizeof(*sel)), nsel;
		char *err = NULL;

		if (filter_uses_tags(uo.filter)) {
			char *warn = NULL;

			uo.st = state_open(NULL, &warn);
			if (warn != NULL) {
				tell("%s", warn);
				free(warn);
			}
		}
		if (select_articles(&m, &uo, sel, &nsel) != 0) {
			rc = 1;
		} else {
			if (export_told(export_save(output, force, &m, sel, nsel, &eo, &err), err) != 0)
				rc = 1;
		}
		free(sel);
		if (uo.st != NULL)
			state_free(uo.st);
	}
	free(sample);
	model_free(&m);
	conf_free(&conf);
	msglog_free(&rep.log);
	return rc;
}
