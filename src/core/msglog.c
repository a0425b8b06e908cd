/*
 * msglog.c — the session's messages (msglog.h).
 */
#include <stdlib.h>
#include <string.h>

#include "msglog.h"

void
msglog_init(struct msglog *log)
{
	memset(log, 0, sizeof(*log));
	pthread_mutex_init(&log->lock, NULL);
}

void
msglog_free(struct msglog *log)
{
	size_t i;

	for (i = 0; i < log->n; i++) {
		free(log->v[i].file);
		free(log->v[i].reason);
	}
	free(log->v);
	pthread_mutex_destroy(&log->lock);
	memset(log, 0, sizeof(*log));
}

void
msglog_add(struct msglog *log, enum msg_kind kind, const char *file, const char *reason)
{
	struct msg m;

	m.kind = kind;
	m.file = file != NULL ? xstrdup(file) : NULL;
	m.reason = xstrdup(reason != NULL ? reason : "");
	pthread_mutex_lock(&log->lock);
	log->v = xgrow(log->v, &log->cap, log->n + 1, sizeof(*log->v));
	log->v[log->n++] = m;
	pthread_mutex_unlock(&log->lock);
}

size_t
msglog_count(struct msglog *log, int kind)
{
	size_t i, n = 0;

	pthread_mutex_lock(&log->lock);
	if (kind < 0)
		n = log->n;
	else
		for (i = 0; i < log->n; i++)
			n += log->v[i].kind == (enum msg_kind)kind;
	pthread_mutex_unlock(&log->lock);
	return n;
}

int
msglog_line(struct msglog *log, size_t i, struct buf *out, enum msg_kind *kind)
{
	int rc = -1;

	pthread_mutex_lock(&log->lock);
	if (i < log->n) {
		const struct msg *m = &log->v[i];

		buf_adds(out, "");
		if (m->file != NULL)
			buf_printf(out, "%s: ", m->file);
		buf_adds(out, m->reason);
		if (kind != NULL)
			*kind = m->kind;
		rc = 0;
	}
	pthread_mutex_unlock(&log->lock);
	return rc;
}

const char *
msglog_kind_name(enum msg_kind kind)
{
	switch (kind) {
	case MSG_PROBLEM: return "problem";
	case MSG_WARNING: return "warning";
	case MSG_EXPORT: return "export";
	case MSG_NOTE: break;
	}
	return "note";
}
