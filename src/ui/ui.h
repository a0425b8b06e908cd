/*
 * ui.h — the browser.  ui_run takes over the terminal, shows the model
 * and gives the terminal back, as it found it, on every way out.
 */
#ifndef GISA_UI_H
#define GISA_UI_H

#include "../core/model.h"

/* Browse m until the user quits.  Returns 0, or 1 when the terminal
 * could not be used. */
int ui_run(struct model *m);

#endif
