/*
 * tty.h — the terminal beneath curses: whether TERM can be driven at all,
 * where the keys come from (standard input, or /dev/tty when the pages
 * come through a pipe, as less does), what a fatal signal must undo
 * before the process dies, and Ctrl-Z.
 */
#ifndef GISA_TTY_H
#define GISA_TTY_H

#include <stdio.h>

/* Can the browser run here?  0, or -1 with the reason printed on
 * standard error ("gisa: ...").  Checks that standard output is a
 * terminal, that keys can be read (standard input, else /dev/tty) and
 * that TERM is known and has cursor addressing. */
int tty_check(void);

/* The stream keys are read from: stdin when it is a terminal, else
 * /dev/tty opened (NULL when it cannot be). */
FILE *tty_input(void);
void tty_close_input(FILE *in);

/* After curses has started: remember the terminal's modes and what
 * gives the screen back (mouse reporting off, the normal screen, the
 * cursor), and restore them from the handler of every fatal signal
 * (SIGQUIT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT), which then dies of
 * the signal as it would have. */
void tty_arm_fatal(int fd);
void tty_disarm_fatal(void);

/* Ctrl-Z, or SIGTSTP from outside (set *pending from its handler):
 * give the terminal back, stop the process group as the shell expects,
 * and take the terminal again with a full redraw when it continues. */
void tty_watch_tstp(volatile int *pending);
void tty_suspend(void);

#endif
