/*
 * messages.h — the messages view: every load problem, warning and export
 * result of the session (core/msglog.h), with file and reason, covering
 * the screen as the help does.
 */
#ifndef GISA_MESSAGES_H
#define GISA_MESSAGES_H

#include "view.h"

extern const struct view_ops messages_view;

/* Put the messages up, at their end (the newest). */
void messages_open(struct ui *ui);

/* Say msg on the status line and keep it in the log as kind. */
void messages_say(struct ui *ui, int kind, const char *fmt, ...) GISA_PRINTF(3, 4);

#endif
