/*
 * tty.c — the terminal beneath curses (tty.h).  terminfo is asked here
 * only, apart from the curses drawing: its header defines names (lines,
 * columns) that other files use.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "term.h"
#ifdef HAVE_NCURSESW_CURSES_H
#include <ncursesw/term.h>
#else
#include <term.h>
#endif

#include "tty.h"

/* What the fatal handler writes: the modes and the bytes are ready
 * before any signal, the handler only calls write and tcsetattr. */
static struct {
	int armed, fd;
	struct termios modes;
	char undo[256];
	size_t undo_len;
} fat;

static volatile int *tstp_pending;

static void
fail(const char *what, const char *term)
{
	fprintf(stderr, "gisa: %s%s%s; use --export to write the articles instead\n", what,
	    term != NULL ? " " : "", term != NULL ? term : "");
}

int
tty_check(void)
{
	const char *term = getenv("TERM");
	FILE *in;
	int err = 0;
	char *cup;

	if (!isatty(STDOUT_FILENO)) {
		fail("the browser needs a terminal on standard output", NULL);
		return -1;
	}
	if ((in = tty_input()) == NULL) {
		fail("no terminal to read keys from (standard input is no terminal, /dev/tty cannot be opened)", NULL);
		return -1;
	}
	tty_close_input(in);
	if (term == NULL || *term == '\0') {
		fail("TERM is not set: the terminal cannot be driven", NULL);
		return -1;
	}
	if (setupterm(term, STDOUT_FILENO, &err) != OK) {
		char msg[160];

		snprintf(msg, sizeof(msg), err == 0 ? "unknown terminal type (TERM=%.60s): no terminfo entry"
		    : "no terminfo database to drive TERM=%.60s", term);
		fail(msg, NULL);
		return -1;
	}
	cup = tigetstr("cup");
	if (cup == NULL || cup == (char *)-1 || tigetflag("hc") > 0) {
		char msg[160];

		snprintf(msg, sizeof(msg), "TERM=%.60s cannot move the cursor: the browser cannot draw here", term);
		del_curterm(cur_term);
		fail(msg, NULL);
		return -1;
	}
	del_curterm(cur_term);
	return 0;
}

FILE *
tty_input(void)
{
	int fd;

	if (isatty(STDIN_FILENO))
		return stdin;
	if ((fd = open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY)) < 0)
		return NULL;
	return fdopen(fd, "r+");
}

void
tty_close_input(FILE *in)
{
	if (in != NULL && in != stdin)
		fclose(in);
}

static const int fatal_signals[] = { SIGQUIT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };

static void
on_fatal(int sig)
{
	int saved = errno;

	if (fat.armed) {
		fat.armed = 0;
		if (write(fat.fd, fat.undo, fat.undo_len) < 0)
			(void)0;	/* nothing more to do while dying */
		tcsetattr(fat.fd, TCSANOW, &fat.modes);
	}
	errno = saved;
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Append terminfo capability cap to the undo bytes when the terminal has it. */
static void
undo_add(const char *s)
{
	size_t n;

	if (s == NULL || s == (char *)-1)
		return;
	n = strlen(s);
	if (fat.undo_len + n < sizeof(fat.undo)) {
		memcpy(fat.undo + fat.undo_len, s, n);
		fat.undo_len += n;
	}
}

void
tty_arm_fatal(int fd)
{
	struct sigaction sa;
	size_t i;

	fat.fd = fd;
	fat.undo_len = 0;
	/* curses' shell modes: cooked, echo, as before initscr */
	def_prog_mode();
	reset_shell_mode();
	if (tcgetattr(fd, &fat.modes) != 0) {
		reset_prog_mode();
		return;
	}
	reset_prog_mode();
	/* mouse reporting off (every mode curses may have asked for),
	 * attributes off, the cursor shown, the normal screen back */
	undo_add("\033[?1000l\033[?1002l\033[?1003l\033[?1006l");
	undo_add(tigetstr("sgr0"));
	undo_add(tigetstr("cnorm"));
	undo_add(tigetstr("rmkx"));
	undo_add(tigetstr("rmcup"));
	undo_add("\r\n");
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_fatal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(fatal_signals) / sizeof(fatal_signals[0]); i++)
		sigaction(fatal_signals[i], &sa, NULL);
	fat.armed = 1;
}

void
tty_disarm_fatal(void)
{
	size_t i;

	fat.armed = 0;
	for (i = 0; i < sizeof(fatal_signals) / sizeof(fatal_signals[0]); i++)
		signal(fatal_signals[i], SIG_DFL);
}

static void
on_tstp(int sig)
{
	(void)sig;
	if (tstp_pending != NULL)
		*tstp_pending = 1;
}

void
tty_watch_tstp(volatile int *pending)
{
	struct sigaction sa;

	tstp_pending = pending;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = pending != NULL ? on_tstp : SIG_DFL;	/* no SA_RESTART */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTSTP, &sa, NULL);
}

void
tty_suspend(void)
{
	struct sigaction sa, old;

	endwin();
	fflush(stdout);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTSTP, &sa, &old);
	/* stopped as the shell expects: it says so and fg continues it */
	kill(getpid(), SIGTSTP);
	/* continued (fg): the terminal is ours again, drawn anew */
	sigaction(SIGTSTP, &old, NULL);
	refresh();
	clearok(curscr, TRUE);
}
