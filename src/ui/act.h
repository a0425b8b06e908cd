/*
 * act.h — what the reader selects and keeps: tags, read marks and the
 * export of tagged, current, shown or marked articles (its questions on
 * the status line).
 */
#ifndef GISA_ACT_H
#define GISA_ACT_H

#include "view.h"

/* T, U, r, e and (outside list and panel) t. */
void act_key(struct ui *ui, enum request req);
/* t on the current article; 1 when it could be tagged or untagged. */
int act_tag(struct ui *ui);
/* The current article was opened in the reader: read (saved in a batch). */
void act_opened(struct ui *ui);
/* Save the state now; a failure goes to the status line. */
void act_save(struct ui *ui);
void act_free(void);

#endif
