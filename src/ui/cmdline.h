/*
 * cmdline.h — the `:` command line (core/command.h parses it): asked on
 * the status line, Tab completes, each command runs what its key would.
 */
#ifndef GISA_CMDLINE_H
#define GISA_CMDLINE_H

#include "view.h"

/* Open the command line. */
void cmdline_open(struct ui *ui);

#endif
