/*
 * loading.h — the screen while a corpus loads in another thread.
 */
#ifndef GISA_LOADING_H
#define GISA_LOADING_H

#include <signal.h>

#include "ui.h"

/* Show the progress until ld->finished; 0 when the user quit or a signal
 * came (*got_signal). */
int loading_wait(struct ui_load *ld, volatile sig_atomic_t *got_signal);

#endif
