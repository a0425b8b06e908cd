/*
 * command.h — the `:` command line: the less-common actions by name
 * (:sort outlet, :export, :messages, :set ambiguous-wide, :q), parsed
 * here without a terminal, run by the UI.  Names may be shortened to any
 * prefix that is one command's alone; Tab completes them (and the names
 * of orders and options after :sort and :set).
 */
#ifndef GISA_COMMAND_H
#define GISA_COMMAND_H

#include <stddef.h>

#include "browse.h"
#include "util.h"

enum command_kind {
	CMD_SORT, CMD_EXPORT, CMD_MESSAGES, CMD_SET, CMD_HELP, CMD_QUIT,
};

/* :set options */
enum command_option { OPT_AMBIGUOUS_WIDE, OPT_NO_AMBIGUOUS_WIDE };

struct command {
	enum command_kind kind;
	enum browse_sort sort;		/* CMD_SORT */
	enum command_option option;	/* CMD_SET */
};

/* Parse text (without the ':'): 0, or -1 with why in err (size n). */
int command_parse(const char *text, struct command *out, char *err, size_t n);

/* Complete the word at the end of text (a command name, or an order or
 * option after sort / set): the longest text every match begins with, or
 * the match and a space when there is one; into out (reset first).  The
 * number of matches; with several, their names in names (reset first,
 * separated by spaces). */
size_t command_complete(const char *text, struct buf *out, struct buf *names);

/* The commands for the help and the man page, one a line: ":sort ORDER ..." */
void command_list(struct buf *out);

#endif
