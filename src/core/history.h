/*
 * history.h — what was typed at the prompts (searches, filters, file
 * names, commands), kept between sessions in the state folder
 * (DIR/history) as bash keeps ~/.bash_history with histappend: each
 * session adds what it typed to the file as it is when the session ends,
 * so two sessions open side by side lose nothing of each other's.
 *
 * The file is text, one entry a line, newest last: the kind, a tab and
 * the text, with \ written \\ and a tab, CR or LF \t \r \n.  Each kind
 * keeps its HISTORY_MAX newest entries, an entry once (typing it again
 * moves it to the end).  A file that is not gisa's history (a line that
 * does not parse) is read for what parses but never written over.
 */
#ifndef GISA_HISTORY_H
#define GISA_HISTORY_H

#include <stddef.h>

#include "util.h"

enum history_kind { HIST_SEARCH, HIST_FILTER, HIST_PATH, HIST_COMMAND, HIST_KINDS };

#define HISTORY_MAX 100
#define HISTORY_MAX_FILE ((size_t)4 << 20)

struct history {
	struct strv v[HIST_KINDS];	/* what the prompts offer, oldest first */
	struct strv added[HIST_KINDS];	/* typed in this session, to save */
	char *dir;			/* NULL: kept in memory only */
	char *path;
	int readonly;			/* the file is not ours: never written */
};

/* Read dir/history (dir NULL: no file).  A missing file is an empty
 * history; one that cannot be read, or is not gisa's, gives *warn a
 * malloc'd message naming it (NULL otherwise) and is never written. */
void history_open(struct history *h, const char *dir, char **warn);
void history_free(struct history *h);

/* Add text (not empty) to kind's history and to what this session saves. */
void history_add(struct history *h, enum history_kind k, const char *text);

/* Write what this session added into the file as it is now, atomically,
 * under the state folder's lock.  0 (also when there is nothing to save),
 * or -1 with a malloc'd message in *err. */
int history_save(struct history *h, char **err);

/* Parse the text of a history file into h's lists (for history_open and
 * tests); the number of lines that did not parse. */
size_t history_parse(struct history *h, const char *s, size_t n);
/* The file's text for h's lists. */
void history_format(const struct history *h, struct buf *out);

#endif
