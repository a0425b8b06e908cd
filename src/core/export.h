/*
 * export.h — writing the corpus out: json, jsonl, md, csv and txt.
 *
 * The JSON shapes are the contract of shared/spec/export-json.md.  Files
 * are written through atomic.h: to a temporary file in the same directory,
 * flushed, fsync'd and moved into place, so a crash or a full disk never
 * leaves a half-written export; an existing file is replaced only when
 * the caller says so.
 */
#ifndef GISA_EXPORT_H
#define GISA_EXPORT_H

#include <stdio.h>

#include "model.h"
#include "util.h"

enum export_format {
	EXPORT_JSON, EXPORT_JSONL, EXPORT_TXT, EXPORT_MD, EXPORT_CSV,
	EXPORT_NONE = -1
};

/* Which table a csv export holds. */
enum export_table { CSV_PEOPLE, CSV_FIGURES, CSV_QUOTES, CSV_TRAILS };

struct export_opts {
	enum export_format fmt;
	int bom;		/* csv: start with a UTF-8 byte order mark */
	enum export_table table;	/* csv: people (default) or figures */
	/* When not NULL, the csv rows and md tables hold only the people
	 * (figures) whose corpus entry is marked: mark_people[i] for
	 * model.people[i], mark_figures[i] for model.figures[i]. */
	const unsigned char *mark_people, *mark_figures;
};

/* Whether an export of o needs the corpus-wide indexes (model_build_index):
 * json (its people, figures and trails), the csv table of trails, and
 * marks.  jsonl, txt, md and the other csv tables are made of the
 * articles alone. */
int export_needs_index(const struct export_opts *o);

/* Results of export_save and export_to_fd. */
#define EXPORT_OK 0
#define EXPORT_FAILED (-1)	/* *err says why */
#define EXPORT_CLOSED (-2)	/* the reader of a pipe went away: stop quietly */

/* The format called name ("json", "jsonl", "md", "csv", "txt"), or
 * EXPORT_NONE. */
enum export_format export_parse_format(const char *name);

/* The browser's format answer, as the config file's export-format too:
 * md json jsonl txt, or csv with its table (csv = csv-people,
 * csv-figures) and +bom: o's fmt, table and bom set; 0, or -1 when it is
 * none of these. */
int export_parse_answer(const char *text, struct export_opts *o);

/* Append s as a JSON string literal (quotes included); NULL as null. */
void export_json_string(struct buf *b, const char *s);

struct article;
struct art_quote;
/* The text of quotation q of article a, NUL-terminated in *tmp (grown to
 * *cap as needed; the caller frees it). */
const char *export_quote_text(const struct article *a, const struct art_quote *q,
			      char **tmp, size_t *cap);

/* Append one article object. */
void export_json_article(struct buf *b, const struct model *m, size_t i);

/* Append article i as Markdown: "# title", a line "outlet · date ·
 * reporters", the paragraphs, the captions in italics, then a table of
 * its people (name | titles | organisation | mentions) and one of its
 * figures (text | value | unit | kind | subject), each left out when
 * empty.  Needs model_build_index (for the marks). */
void export_md_article(struct buf *b, const struct model *m, size_t i,
		       const struct export_opts *o);

/* Append the csv header row of table o->table (CRLF ended). */
void export_csv_header(struct buf *b, const struct export_opts *o);

/* Append the csv rows of article i: one per person or per figure. */
void export_csv_rows(struct buf *b, const struct model *m, size_t i,
		     const struct export_opts *o);

/* Append one csv cell s (NULL: empty), quoted when needed, then a comma
 * or (last) CRLF; a text cell (text != 0) that a spreadsheet would read
 * as a formula gets a leading '. */
void export_csv_cell(struct buf *b, const char *s, int last, int text);

/* The figure trails of sel[0..n) (trail.h): as csv rows of the table
 * trails, one per point (trail, subject, unit, kind, point, id, date,
 * outlet, text, value, people, paragraph), or as the objects of the json
 * export's "trails" array ({subject, unit, kind, articles, points:
 * [{article, date, outlet, text, value, paragraph, people}]}). */
void export_csv_trails(struct buf *b, const struct model *m, const size_t *sel, size_t n);
void export_json_trails(struct buf *b, const struct model *m, const size_t *sel, size_t n);

/* Append v without exponent: integers as plain digits, others to 15
 * significant digits (at most 20 decimals) without trailing zeros, the
 * precision of the JSON export; nothing when not finite. */
void export_plain_number(struct buf *b, double v);

/* Where the bytes go: returns 0, or -1 with errno set. */
typedef int (*export_sink_fn)(void *ctx, const void *p, size_t n);

/* Produce the export of sel[0..n) in o->fmt, handing it to sink in
 * chunks.  Returns 0, or -1 with errno set by the sink. */
int export_emit(export_sink_fn sink, void *ctx, const struct model *m,
		const size_t *sel, size_t n, const struct export_opts *o);

/* Export to path ("-" is standard output), atomically; refuses to replace
 * an existing file unless force.  Returns EXPORT_OK, EXPORT_FAILED with a
 * malloc'd "PATH: reason" in *err, or EXPORT_CLOSED when standard output
 * is a pipe nobody reads any more (the caller should ignore SIGPIPE, or
 * it never gets that far). */
int export_save(const char *path, int force, const struct model *m,
		const size_t *sel, size_t n, const struct export_opts *o,
		char **err);

/* Export to the open descriptor fd (a pipe, a terminal), as above. */
int export_to_fd(int fd, const struct model *m, const size_t *sel, size_t n,
		 const struct export_opts *o, char **err);

/* Write sel[0..n) of m to f in format fmt (default options).  Returns 0,
 * or -1 with errno set when writing failed. */
int export_write(FILE *f, const struct model *m, const size_t *sel, size_t n,
		 enum export_format fmt);

/* export_save with default options for fmt; a closed standard output
 * counts as success.  Returns 0, or -1 with a malloc'd message in *err. */
int export_to_path(const char *path, int force, const struct model *m,
		   const size_t *sel, size_t n, enum export_format fmt, char **err);

/*
 * An export written while the articles arrive, in the order given, so
 * that no more than a few of them are ever held: for the formats made of
 * the articles alone (export_streams).  The bytes are those export_save
 * writes for the same articles.  path "-" is standard output, anything
 * else is written as export_save does (a new file appears whole, at
 * export_stream_end, or not at all).
 */
struct export_stream;

/* Whether an export of o can be written as the articles arrive. */
int export_streams(const struct export_opts *o);

/* EXPORT_OK and *s, or EXPORT_FAILED and a malloc'd message in *err. */
int export_stream_begin(struct export_stream **s, const char *path, int force,
			const struct export_opts *o, char **err);

/* Articles first..first+n-1 of m, the next to be written: 0, or -1
 * once a write has failed (the caller stops; export_stream_end says
 * why).  They are formatted on the calling thread: the pages or lines
 * that follow are read on the others meanwhile. */
int export_stream_articles(struct export_stream *s, const struct model *m,
			   size_t first, size_t n);

/* The rest written, the file in place; s is freed.  EXPORT_OK,
 * EXPORT_CLOSED (the reader went away) or EXPORT_FAILED with *err. */
int export_stream_end(struct export_stream *s, char **err);

#endif
