/*
 * msglog.h — the session's messages: every load problem, warning and
 * export result, with the file and the reason, kept in the order they
 * came.  The loader thread adds while the browser reads (a mutex guards
 * the list); the messages view shows them and, at exit, gisa prints the
 * load problems and warnings before its summary.
 */
#ifndef GISA_MSGLOG_H
#define GISA_MSGLOG_H

#include <pthread.h>
#include <stddef.h>

#include "util.h"

enum msg_kind {
	MSG_PROBLEM,	/* a file or path that could not be loaded */
	MSG_WARNING,	/* loaded, with something worth telling */
	MSG_EXPORT,	/* an export written, or why not */
	MSG_NOTE,	/* anything else the status line said */
};

struct msg {
	enum msg_kind kind;
	char *file;	/* the file it is about, or NULL */
	char *reason;
};

struct msglog {
	pthread_mutex_t lock;
	struct msg *v;
	size_t n, cap;
};

void msglog_init(struct msglog *log);
void msglog_free(struct msglog *log);

/* Add a message (file may be NULL); both strings are copied. */
void msglog_add(struct msglog *log, enum msg_kind kind, const char *file, const char *reason);

/* How many messages there are, and how many of kind (-1: every kind). */
size_t msglog_count(struct msglog *log, int kind);

/* Message i as one line, "file: reason" (or the reason alone), raw as it
 * was added (the caller shows it escaped), appended to out; its kind in
 * *kind when kind is not NULL.  0, or -1 when there is no message i. */
int msglog_line(struct msglog *log, size_t i, struct buf *out, enum msg_kind *kind);

/* The word for kind: "problem", "warning", "export", "note". */
const char *msglog_kind_name(enum msg_kind kind);

#endif
