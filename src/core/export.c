/*
 * export.c — JSON (one document, or one line per article) and plain text.
 */
#include "export.h"

#include <errno.h>
#include <math.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "figure.h"

enum export_format
export_parse_format(const char *name)
{
	if (strcmp(name, "json") == 0)
		return EXPORT_JSON;
	if (strcmp(name, "jsonl") == 0)
		return EXPORT_JSONL;
	if (strcmp(name, "txt") == 0)
		return EXPORT_TXT;
	return EXPORT_NONE;
}

void
export_json_string(struct buf *b, const char *s)
{
	const char *run;

	if (s == NULL) {
		buf_adds(b, "null");
		return;
	}
	buf_addc(b, '"');
	for (run = s; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		buf_add(b, run, (size_t)(s - run));
		run = s + 1;
		switch (c) {
		case '"': buf_adds(b, "\\\""); break;
		case '\\': buf_adds(b, "\\\\"); break;
		case '\n': buf_adds(b, "\\n"); break;
		case '\t': buf_adds(b, "\\t"); break;
		default: buf_printf(b, "\\u%04x", c); break;
		}
	}
	buf_add(b, run, (size_t)(s - run));
	buf_addc(b, '"');
}

static void
string_array(struct buf *b, const char *const *v, size_t n)
{
	size_t i;

	buf_addc(b, '[');
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(b, ',');
		export_json_string(b, v[i]);
	}
	buf_addc(b, ']');
}

static void
json_number(struct buf *b, double v)
{
	/* range first: casting a double past long long is undefined */
	if (!isfinite(v))
		buf_adds(b, "null");	/* JSON has no infinity */
	else if (v < 1e18 && v > -1e18 && v == (double)(long long)v)
		buf_printf(b, "%lld", (long long)v);
	else
		buf_printf(b, "%.15g", v);
}

static void
json_person(struct buf *b, const struct art_person *p)
{
	buf_adds(b, "{\"name\":");
	export_json_string(b, p->name);
	buf_adds(b, ",\"titles\":");
	string_array(b, p->titles, p->ntitles);
	buf_adds(b, ",\"org\":");
	export_json_string(b, p->org);
	buf_printf(b, ",\"mentions\":%zu}", p->mentions);
}

static void
json_figure(struct buf *b, const struct art_figure *f)
{
	buf_adds(b, "{\"text\":");
	export_json_string(b, f->text);
	buf_adds(b, ",\"value\":");
	json_number(b, f->value);
	buf_adds(b, ",\"unit\":");
	export_json_string(b, f->unit);
	buf_printf(b, ",\"kind\":\"%s\",\"subject\":", figure_kind_name(f->kind));
	export_json_string(b, f->subject);
	if (f->para == SPAN_TITLE)
		buf_adds(b, ",\"paragraph\":null}");
	else
		buf_printf(b, ",\"paragraph\":%u}", f->para);
}

void
export_json_article(struct buf *b, const struct model *m, size_t i)
{
	const struct article *a = &m->a[i];
	char hex[17];
	size_t k;

	model_id_hex(a->id, hex);
	buf_printf(b, "{\"id\":\"%s\",\"source\":", hex);
	export_json_string(b, a->source);
	buf_adds(b, ",\"encoding\":");
	export_json_string(b, a->encoding);
	buf_adds(b, ",\"title\":");
	export_json_string(b, a->title);
	buf_adds(b, ",\"outlet\":");
	export_json_string(b, a->outlet);
	buf_adds(b, ",\"date\":");
	export_json_string(b, a->date);
	buf_adds(b, ",\"reporters\":[");
	for (k = 0; k < a->nrep; k++) {
		buf_adds(b, k ? ",{\"name\":" : "{\"name\":");
		export_json_string(b, a->rep[k].name);
		buf_adds(b, ",\"email\":");
		export_json_string(b, a->rep[k].email);
		buf_addc(b, '}');
	}
	buf_adds(b, "],\"paragraphs\":");
	string_array(b, a->para, a->npara);
	buf_adds(b, ",\"captions\":");
	string_array(b, a->cap, a->ncap);
	buf_printf(b, ",\"duplicates_removed\":%zu,\"near_duplicate_of\":", a->dups);
	if (a->near >= 0) {
		model_id_hex(m->a[a->near].id, hex);
		buf_printf(b, "\"%s\"", hex);
	} else {
		buf_adds(b, "null");
	}
	buf_adds(b, ",\"people\":[");
	for (k = 0; k < a->npeople; k++) {
		if (k > 0)
			buf_addc(b, ',');
		json_person(b, &a->people[k]);
	}
	buf_adds(b, "],\"figures\":[");
	for (k = 0; k < a->nfig; k++) {
		if (k > 0)
			buf_addc(b, ',');
		json_figure(b, &a->fig[k]);
	}
	buf_adds(b, "]}");
}

static int
flush_buf(FILE *f, struct buf *b)
{
	if (b->len > 0 && fwrite(b->s, 1, b->len, f) != b->len)
		return -1;
	buf_reset(b);
	return 0;
}

/* The corpus-wide person index, over the selected articles only: ids,
 * titles and mentions come from those articles. */
static void
json_people(struct buf *b, const struct model *m, const unsigned char *on)
{
	size_t i, j, k, t, first = 1;
	const char **titles = NULL;
	size_t ntitles, cap = 0;
	char hex[17];

	for (i = 0; i < m->npeople; i++) {
		const struct corpus_person *cp = &m->people[i];
		size_t mentions = 0, nart = 0;

		ntitles = 0;
		for (j = 0; j < cp->narticles; j++) {
			const struct article *a = &m->a[cp->articles[j]];

			if (!on[cp->articles[j]])
				continue;
			nart++;
			for (k = 0; k < a->npeople; k++) {
				const struct art_person *ap = &a->people[k];

				if (ap->person != i)
					continue;
				mentions += ap->mentions;
				for (t = 0; t < ap->ntitles; t++) {
					size_t x;

					for (x = 0; x < ntitles && strcmp(titles[x], ap->titles[t]) != 0; x++)
						;
					if (x == ntitles) {
						titles = xgrow(titles, &cap, ntitles + 1, sizeof(*titles));
						titles[ntitles++] = ap->titles[t];
					}
				}
			}
		}
		if (nart == 0)
			continue;
		buf_adds(b, first ? "\n{\"name\":" : ",\n{\"name\":");
		first = 0;
		export_json_string(b, cp->name);
		buf_adds(b, ",\"titles\":");
		string_array(b, titles, ntitles);
		buf_adds(b, ",\"org\":");
		export_json_string(b, cp->org);
		buf_adds(b, ",\"articles\":[");
		for (j = 0, k = 0; j < cp->narticles; j++) {
			if (!on[cp->articles[j]])
				continue;
			model_id_hex(m->a[cp->articles[j]].id, hex);
			buf_printf(b, "%s\"%s\"", k++ ? "," : "", hex);
		}
		buf_printf(b, "],\"mentions\":%zu}", mentions);
	}
	free(titles);
}

/* The corpus-wide figure index over the selected articles. */
static void
json_figures(struct buf *b, const struct model *m, const unsigned char *on)
{
	size_t i, j, k, first = 1;
	const char **texts = NULL;
	size_t ntexts, cap = 0;
	char hex[17];

	for (i = 0; i < m->nfigures; i++) {
		const struct corpus_figure *cf = &m->figures[i];
		size_t nart = 0;

		ntexts = 0;
		for (j = 0; j < cf->narticles; j++) {
			const struct article *a = &m->a[cf->articles[j]];

			if (!on[cf->articles[j]])
				continue;
			nart++;
			for (k = 0; k < a->nfig; k++) {
				size_t x;

				if (a->fig[k].figure != i)
					continue;
				for (x = 0; x < ntexts && strcmp(texts[x], a->fig[k].text) != 0; x++)
					;
				if (x == ntexts) {
					texts = xgrow(texts, &cap, ntexts + 1, sizeof(*texts));
					texts[ntexts++] = a->fig[k].text;
				}
			}
		}
		if (nart == 0)
			continue;
		buf_adds(b, first ? "\n{\"value\":" : ",\n{\"value\":");
		first = 0;
		json_number(b, cf->value);
		buf_adds(b, ",\"unit\":");
		export_json_string(b, cf->unit);
		buf_printf(b, ",\"kind\":\"%s\",\"texts\":", figure_kind_name(cf->kind));
		string_array(b, texts, ntexts);
		buf_adds(b, ",\"articles\":[");
		for (j = 0, k = 0; j < cf->narticles; j++) {
			if (!on[cf->articles[j]])
				continue;
			model_id_hex(m->a[cf->articles[j]].id, hex);
			buf_printf(b, "%s\"%s\"", k++ ? "," : "", hex);
		}
		buf_adds(b, "]}");
	}
	free(texts);
}

int
export_write(FILE *f, const struct model *m, const size_t *sel, size_t n,
	     enum export_format fmt)
{
	struct buf b = BUF_INIT;
	size_t i, k;
	int rc = 0;

	if (fmt == EXPORT_JSON)
		buf_adds(&b, "{\"articles\":[");
	for (i = 0; i < n && rc == 0; i++) {
		const struct article *a = &m->a[sel[i]];

		switch (fmt) {
		case EXPORT_JSON:
			buf_adds(&b, i ? ",\n" : "\n");
			export_json_article(&b, m, sel[i]);
			break;
		case EXPORT_JSONL:
			export_json_article(&b, m, sel[i]);
			buf_addc(&b, '\n');
			break;
		case EXPORT_TXT:
			if (i > 0)
				buf_addc(&b, '\f');	/* page break between articles */
			if (a->title != NULL)
				buf_printf(&b, "%s\n\n", a->title);
			for (k = 0; k < a->npara; k++)
				buf_printf(&b, "%s\n\n", a->para[k]);
			break;
		case EXPORT_NONE:
			break;
		}
		if (b.len > 65536)
			rc = flush_buf(f, &b);
	}
	if (fmt == EXPORT_JSON) {
		unsigned char *on = xcalloc(m->n ? m->n : 1, 1);

		for (i = 0; i < n; i++)
			on[sel[i]] = 1;
		buf_adds(&b, "\n],\"people\":[");
		json_people(&b, m, on);
		buf_adds(&b, "\n],\"figures\":[");
		json_figures(&b, m, on);
		buf_adds(&b, "\n]}\n");
		free(on);
	}
	if (rc == 0)
		rc = flush_buf(f, &b);
	if (rc == 0 && fflush(f) != 0)
		rc = -1;
	buf_free(&b);
	return rc;
}

int
export_to_path(const char *path, int force, const struct model *m,
	       const size_t *sel, size_t n, enum export_format fmt, char **err)
{
	struct stat st;
	char *tmp;
	const char *slash;
	int fd, saved;
	FILE *f;

	if (strcmp(path, "-") == 0) {
		/* a closed pipe ends the export quietly */
		signal(SIGPIPE, SIG_DFL);
		if (export_write(stdout, m, sel, n, fmt) != 0) {
			*err = xasprintf("standard output: %s", strerror(errno));
			return -1;
		}
		return 0;
	}
	if (stat(path, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			*err = xasprintf("%s: is a directory", path);
			return -1;
		}
		if (!force) {
			*err = xasprintf("%s: file exists (use --force to replace it)", path);
			return -1;
		}
	}
	slash = strrchr(path, '/');
	tmp = slash != NULL
	    ? xasprintf("%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1)
	    : xasprintf(".%s.XXXXXX", path);
	fd = mkstemp(tmp);
	if (fd < 0) {
		saved = errno;
		*err = xasprintf("%s: %s", path, strerror(saved));
		free(tmp);
		return -1;
	}
	{
		mode_t um = umask(0);

		umask(um);
		fchmod(fd, 0666 & ~um);
	}
	f = fdopen(fd, "w");
	if (f == NULL || export_write(f, m, sel, n, fmt) != 0 || fsync(fd) != 0) {
		saved = errno;
		if (f != NULL)
			fclose(f);
		else
			close(fd);
		unlink(tmp);
		*err = xasprintf("%s: %s", path, strerror(saved));
		free(tmp);
		return -1;
	}
	if (fclose(f) != 0 || rename(tmp, path) != 0) {
		saved = errno;
		unlink(tmp);
		*err = xasprintf("%s: %s", path, strerror(saved));
		free(tmp);
		return -1;
	}
	free(tmp);
	return 0;
}
