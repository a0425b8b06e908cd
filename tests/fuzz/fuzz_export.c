/*
 * fuzz_export.c — libFuzzer harness for the export writers: the input is
 * cut into up to four pages at each "\f\f", written as files of a folder
 * and loaded as gisa loads a corpus (ingest_paths); the model's
 * every article is written in every format (json, jsonl, txt, md, csv of
 * people and of figures, with a BOM, with only some entries marked) and
 * each output checked: valid UTF-8 without ESC, C1 or a control other
 * than the format's own line ends; JSON and every jsonl line parse; every
 * csv row has its table's columns and no text cell starts like a formula.
 * The jsonl export is also saved atomically into a file (export_save),
 * which must then hold exactly those bytes; and every paragraph is
 * wrapped and truncated as the reader draws it (text.h), the lines giving
 * the paragraph back, none wider than the column.
 *
 *   tests/fuzz/run [SECONDS] export
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unistr.h>

#include "core/export.h"
#include "core/ingest.h"
#include "core/json.h"
#include "core/source.h"
#include "core/text.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_PAGES 4

/* The reader's view of paragraph s at cols columns. */
static void
check_wrap(const char *s, size_t cols)
{
	struct text_line *lines = NULL;
	struct buf t = BUF_INIT;
	size_t cap = 0, n = strlen(s), k, i, w;

	k = text_wrap(s, n, cols, &lines, &cap);
	for (i = 0; i < k; i++) {
		if (lines[i].off + lines[i].len > n || (i > 0 && lines[i].off < lines[i - 1].off + lines[i - 1].len))
			abort();
		if (lines[i].width > cols || text_width(s + lines[i].off, lines[i].len) != lines[i].width)
			abort();
	}
	if (n > 0 && (k == 0 || lines[0].off != 0))
		abort();
	w = text_truncate(s, n, cols, &t);
	if (w > cols || text_width(t.s != NULL ? t.s : "", t.len) != w)
		abort();
	free(lines);
	buf_free(&t);
}

static int
read_back(const char *path, const struct buf *want)
{
	struct buf got = BUF_INIT;
	char *err = NULL;
	int same;

	if (source_read(path, &got, &err) != 0)
		abort();
	same = got.len == want->len && (got.len == 0 || memcmp(got.s, want->s, got.len) == 0);
	buf_free(&got);
	return same;
}

static void
check_bytes(const struct buf *b, enum export_format fmt)
{
	size_t i;

	if (b->len > 0 && u8_check((const uint8_t *)b->s, b->len) != NULL)
		abort();
	for (i = 0; i < b->len; i++) {
		unsigned char c = (unsigned char)b->s[i];

		if (c == '\n' || (c == '\r' && fmt == EXPORT_CSV) || (c == '\f' && fmt == EXPORT_TXT))
			continue;
		if (c < 0x20 || c == 0x7f)
			abort();
		if (c == 0xc2 && i + 1 < b->len && (unsigned char)b->s[i + 1] >= 0x80
		    && (unsigned char)b->s[i + 1] <= 0x9f)
			abort();	/* a C1 control */
	}
}

static void
check_json(const char *s, size_t n)
{
	struct json_error e;
	struct json *j = json_parse(s, n, &e);

	if (j == NULL)
		abort();
	json_free(j);
}

static void
check_jsonl(const struct buf *b, size_t narticles)
{
	const char *p = b->s, *end = b->s + b->len, *nl;
	size_t lines = 0;

	for (; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			abort();	/* every line ends */
		check_json(p, (size_t)(nl - p));
		lines++;
	}
	if (lines != narticles)
		abort();
}

/* Rows of a csv export: each with ncols cells, no text cell (every cell
 * but the number in column numcol) starting with = + - @ tab or CR. */
static size_t
check_csv(const struct buf *b, size_t ncols, size_t numcol, int bom)
{
	const char *p = b->s, *end = b->s + b->len;
	size_t rows = 0, col = 0;

	if (bom) {
		if (b->len < 3 || memcmp(p, "\xef\xbb\xbf", 3) != 0)
			abort();
		p += 3;
	}
	while (p < end) {
		const char *cell = p;
		size_t len;

		if (*p == '"') {
			cell = ++p;
			for (;; p++) {
				if (p >= end)
					abort();	/* an unclosed quote */
				if (*p == '"') {
					if (p + 1 < end && p[1] == '"') {
						p++;
						continue;
					}
					break;
				}
			}
			len = (size_t)(p - cell);
			p++;
		} else {
			while (p < end && *p != ',' && *p != '\r' && *p != '\n' && *p != '"')
				p++;
			len = (size_t)(p - cell);
		}
		if (col != numcol && len > 0 && memchr("=+-@\t\r", *cell, 6) != NULL)
			abort();
		col++;
		if (p < end && *p == ',') {
			p++;
			continue;
		}
		if (p + 2 <= end && p[0] == '\r' && p[1] == '\n') {
			if (col != ncols)
				abort();
			rows++;
			col = 0;
			p += 2;
			continue;
		}
		abort();	/* a cell runs into something else */
	}
	if (col != 0)
		abort();	/* the last row ends with CR LF */
	return rows;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum export_format fmts[] = { EXPORT_JSON, EXPORT_JSONL, EXPORT_TXT, EXPORT_MD, EXPORT_CSV };
	const char *s = (const char *)data, *end = s + size;
	struct model m;
	struct ingest_opts io;
	struct buf out = BUF_INIT;
	struct export_opts o;
	char *dir, *path, *err = NULL;
	unsigned char *mp, *mf;
	size_t i, k, people = 0, figures = 0, rows;
	int pass;

	model_init(&m);
	dir = xasprintf("%s/pages", fuzz_scratch());
	mkdir(dir, 0700);
	for (k = 0; k < MAX_PAGES; k++) {
		char *p = xasprintf("%s/%zu.txt", dir, k);

		unlink(p);
		free(p);
	}
	for (k = 0; k < MAX_PAGES && s <= end; k++) {
		const char *cut = k + 1 < MAX_PAGES ? memmem(s, (size_t)(end - s), "\f\f", 2) : NULL;
		const char *stop = cut != NULL ? cut : end;
		char *p = xasprintf("%s/%zu.txt", dir, k);

		fuzz_write(p, s, (size_t)(stop - s));
		free(p);
		if (cut == NULL)
			break;
		s = cut + 2;
	}
	memset(&io, 0, sizeof(io));
	io.threads = 2;
	io.warn = fuzz_no_warn;
	ingest_paths(&m, &dir, 1, &io);
	/* marks from the input's bytes: some entries in, some out */
	mp = xcalloc(m.npeople + 1, 1);
	mf = xcalloc(m.nfigures + 1, 1);
	for (i = 0; i < m.npeople; i++)
		mp[i] = size > 0 && (data[i % size] & 1);
	for (i = 0; i < m.nfigures; i++)
		mf[i] = size > 0 && (data[i % size] & 2);
	for (pass = 0; pass < 2; pass++) {
		for (k = 0; k < sizeof(fmts) / sizeof(fmts[0]); k++) {
			memset(&o, 0, sizeof(o));
			o.fmt = fmts[k];
			o.bom = pass;
			if (pass) {
				o.mark_people = mp;
				o.mark_figures = mf;
			}
			for (o.table = CSV_PEOPLE; ; o.table = CSV_FIGURES) {
				fuzz_export(&out, &m, &o);
				check_bytes(&out, o.fmt);
				if (o.fmt == EXPORT_JSON)
					check_json(out.s, out.len);
				if (o.fmt == EXPORT_JSONL)
					check_jsonl(&out, m.n);
				if (o.fmt != EXPORT_CSV)
					break;
				rows = o.table == CSV_PEOPLE ? check_csv(&out, 8, 7, o.bom)
				    : check_csv(&out, 9, 5, o.bom);
				for (people = figures = 0, i = 0; i < m.n; i++) {
					size_t j;

					for (j = 0; j < m.a[i].npeople; j++)
						people += !pass || mp[m.a[i].people[j].person];
					for (j = 0; j < m.a[i].nfig; j++)
						figures += !pass || mf[m.a[i].fig[j].figure];
				}
				if (rows != 1 + (o.table == CSV_PEOPLE ? people : figures))
					abort();
				if (o.table == CSV_FIGURES)
					break;
			}
		}
	}
	/* the same bytes through a file, atomically */
	memset(&o, 0, sizeof(o));
	o.fmt = EXPORT_JSONL;
	fuzz_export(&out, &m, &o);
	path = xasprintf("%s/out.jsonl", fuzz_scratch());
	{
		size_t *sel = xmalloc((m.n ? m.n : 1) * sizeof(*sel));

		for (i = 0; i < m.n; i++)
			sel[i] = i;
		if (export_save(path, 1, &m, sel, m.n, &o, &err) != EXPORT_OK || !read_back(path, &out))
			abort();
		free(sel);
	}
	for (i = 0; i < m.n; i++) {
		size_t cols = 8 + (size > 0 ? data[i % size] % 72 : 0);

		if (m.a[i].title != NULL)
			check_wrap(m.a[i].title, cols);
		for (k = 0; k < m.a[i].npara; k++)
			check_wrap(m.a[i].para[k], cols);
	}
	free(path);
	free(dir);
	free(mp);
	free(mf);
	buf_free(&out);
	model_free(&m);
	return 0;
}
