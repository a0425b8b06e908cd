/*
 * model.h — the corpus in memory.
 *
 * An article's strings all live in arenas owned by the model (one per
 * ingest thread), so a corpus of 100k pages costs a few large allocations,
 * not one per paragraph.  Articles are kept in input order; near_dup links
 * point to earlier ones.  The UI only reads the model.
 */
#ifndef GISA_MODEL_H
#define GISA_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

struct art_reporter {
	const char *name;
	const char *email;	/* NULL when unknown */
};

/* Where a mention is: byte offset and length in paragraph para of its
 * article, or in the title when para is SPAN_TITLE. */
#define SPAN_TITLE UINT32_MAX
struct span {
	uint32_t para;
	uint32_t off, len;
};

/* A person of one article (by-line reporters included, title 기자). */
struct art_person {
	const char *name;
	const char **titles;	/* as written (제2차관, 무역투자실장), then bare (실장) */
	size_t ntitles;
	const char *org;	/* NULL when none */
	size_t mentions;	/* in the paragraphs, back-references included */
	size_t person;		/* index into model.people (after model_build_index) */
};

/* A figure of one article, listed once per (value, unit). */
struct art_figure {
	const char *text;	/* surface form at the first occurrence */
	double value;
	const char *unit;	/* bare unit (static string), NULL when none */
	const char *subject;	/* NULL when the sentence does not say */
	size_t figure;		/* index into model.figures (after model_build_index) */
	int kind;		/* enum figure_kind (figure.h) */
	uint32_t para;		/* first paragraph, SPAN_TITLE when only in the title */
};

/* A direct quotation: its text (without marks) is bytes at.off..+at.len
 * of paragraph at.para; speaker indexes the article's people. */
struct art_quote {
	struct span at;
	uint32_t speaker;
};

enum mention_type { MENTION_PERSON, MENTION_FIGURE };

/* Every occurrence, for highlighting: what indexes art_person or
 * art_figure of the same article, by type. */
struct art_mention {
	struct span at;
	uint32_t what;
	uint8_t type;		/* enum mention_type */
};

struct article {
	uint64_t id;		/* model_article_id: body, headline, date */
	const char *source;	/* path as given, "-" for standard input */
	const char *encoding;	/* static string */
	const char *title;	/* NULL when unknown */
	const char *outlet;
	const char *date;
	struct art_reporter *rep;
	size_t nrep;
	const char **para;
	size_t npara;
	const char **cap;
	size_t ncap;
	size_t dups;		/* repeats removed */
	long near;		/* index of an earlier near-duplicate, or -1 */
	uint32_t *minhash;	/* DEDUP_K values, NULL when too short */
	struct art_person *people;	/* in order of first mention */
	size_t npeople;
	struct art_figure *fig;		/* in order of first occurrence */
	size_t nfig;
	struct art_mention *mention;	/* sorted by (para, off); title last */
	size_t nmention;
	struct art_quote *quote;	/* in order of occurrence */
	size_t nquote;
	/* model_body_span: when the paragraphs lie back to back in memory,
	 * each after the NUL of the one before, the bytes from para[0] to
	 * the end of the last; 0 when they do not (or there are none) */
	size_t body_len;
};

/* One person across the corpus: merged by name, and by organisation when
 * two people share a name (an entry without organisation joins the first
 * of its name). */
struct corpus_person {
	const char *name;
	const char **titles;	/* every title seen, first seen first */
	size_t ntitles;
	const char *org;
	size_t *articles;	/* indexes into model.a, ascending */
	size_t narticles;
	size_t mentions;
};

/* One (value, unit) across the corpus. */
struct corpus_figure {
	double value;
	const char *unit;	/* NULL: a bare number */
	int kind;
	const char **texts;	/* distinct surface forms */
	size_t ntexts;
	size_t *articles;	/* ascending */
	size_t narticles;
};

struct trail_set;

struct outlet_index {
	const char *outlet;
	size_t *articles;	/* ascending */
	size_t narticles;
};

struct model {
	struct article *a;
	size_t n, cap;
	struct arena *arenas;
	size_t narenas;
	/* corpus-wide indexes, built by model_build_index in arena idx;
	 * the people and figures arrays themselves are malloc'd (grown while
	 * building, then shrunk in place: never held twice) */
	struct corpus_person *people;	/* first seen first */
	size_t npeople;
	struct corpus_figure *figures;	/* first seen first */
	size_t nfigures;
	struct outlet_index *outlets;	/* sorted by outlet name (bytes) */
	size_t noutlets;
	size_t *by_date;	/* all articles by date, then input order; undated last */
	struct trail_set *trails;	/* figure trails of the corpus (trail.h) */
	struct arena idx;
};

void model_init(struct model *m);
void model_free(struct model *m);

/* Find near-duplicates among all articles (sets every article's near). */
void model_link_duplicates(struct model *m);

/* An article given away (an export written as it is read): what it
 * points to is let go with its arena; its id and link stay, for the
 * articles that link to it. */
void model_forget_article(struct article *a);

/* Whether a, whose signature is like b's, re-posts b: their word
 * shingles are alike enough (dedup_jaccard), not only their signatures. */
int model_reposts(const struct article *a, const struct article *b);

/* (Re)build the corpus-wide indexes: people, figures, outlets, dates,
 * trails;
 * sets art_person.person and art_figure.figure.  Near-linear time. */
void model_build_index(struct model *m);

/* The corpus figure for (value, unit), or -1. */
long model_find_figure(const struct model *m, double value, const char *unit);

/* The id as 16 lower-case hex digits into out[17]. */
void model_id_hex(uint64_t id, char out[17]);

/* Id of an article: of its body paragraphs p[0..n), its headline and
 * its date (either may be NULL).  The same article gives the same id on
 * every machine; a re-post that keeps the body under a new headline or
 * date (an update, "(종합)") is an article of its own, with its own id. */
uint64_t model_article_id(const char *title, const char *date, const char *const *p, size_t n);

/* Set a->body_len (see struct article) once its paragraphs are final:
 * a search for a literal then reads the body as one text. */
void model_body_span(struct article *a);

#endif
