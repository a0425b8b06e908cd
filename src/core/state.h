/*
 * state.h — what the reader did that must outlive the session: tagged
 * articles and read marks, keyed by article id (so they survive the
 * corpus moving), kept in $XDG_STATE_HOME/gisa/state (default
 * ~/.local/state/gisa/state) and saved atomically.
 */
#ifndef GISA_STATE_H
#define GISA_STATE_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

struct state;

/* Open the state in dir (NULL: the XDG default; the directory is made
 * when first saved).  A missing file is an empty state.  CR LF line ends,
 * trailing blanks and blank lines are fine.  A damaged file is renamed
 * aside (state.damaged-YYYYmmdd-HHMMSS) and *warn gets a malloc'd message
 * naming both paths.  A path that is not a regular file (a FIFO, a
 * device, a link to one) or a file over 64 MiB is not read, *warn says
 * so, and the state is never saved there.  *warn is NULL otherwise.
 * Never NULL. */
struct state *state_open(const char *dir, char **warn);
void state_free(struct state *st);

int state_is_tagged(const struct state *st, uint64_t id);
int state_is_read(const struct state *st, uint64_t id);
/* Set or clear; returns 1 when that changed anything. */
int state_set_tag(struct state *st, uint64_t id, int on);
int state_set_read(struct state *st, uint64_t id, int on);
size_t state_ntagged(const struct state *st);
/* Untag everything; returns how many were tagged. */
size_t state_untag_all(struct state *st);

/* Write the state atomically when it changed since the last save,
 * merged with what other sessions saved meanwhile: under an exclusive
 * lock on DIR/state.lock the file is read again, this session's changes
 * (tags and read marks set or cleared since it was last read) applied to
 * it, and the result written and taken as this session's state.  Returns
 * 0, or -1 with a malloc'd message in *err (the old file is left as it
 * was). */
int state_save(struct state *st, char **err);

/* The path of the state file (for messages). */
const char *state_path(const struct state *st);
/* The folder of the state file (other files of the session live there). */
const char *state_dir(const struct state *st);

/* For the other files kept beside the state (the prompt history):
 * the whole of the file at path into b, when it is a regular file of at
 * most max bytes (a FIFO or device is never opened): 0, 1 when there is
 * no file, or -1 with *why set (malloc'd, without the path); */
int state_read_file(const char *path, size_t max, struct buf *b, char **why);
/* mkdir -p dir, the folders made private (0700): 0 or -1 (errno); */
int state_make_dirs(const char *dir);
/* hold the exclusive lock on dir/state.lock: its descriptor (close it to
 * let go), or -1 (errno). */
int state_lock(const char *dir);

#endif
