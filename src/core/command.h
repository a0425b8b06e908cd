/*
 * command.h — the `:` command line: the less-common actions by name
 * (:sort outlet, :person 배경훈, :trails, :export, :messages,
 * :set ambiguous-wide, :q), parsed
 * here without a terminal, run by the UI.  Names may be shortened to any
 * prefix that is one command's alone; Tab completes them (and the names
 * of orders, options and people after :sort, :set and :person).
 */
#ifndef GISA_COMMAND_H
#define GISA_COMMAND_H

#include <stddef.h>

#include "browse.h"
#include "util.h"

enum command_kind {
	CMD_SORT, CMD_PERSON, CMD_TRAILS, CMD_EXPORT, CMD_MESSAGES, CMD_SET, CMD_HELP, CMD_QUIT,
};

/* :set options */
enum command_option { OPT_AMBIGUOUS_WIDE, OPT_NO_AMBIGUOUS_WIDE };

struct command {
	enum command_kind kind;
	enum browse_sort sort;		/* CMD_SORT */
	enum command_option option;	/* CMD_SET */
	char name[256];			/* CMD_PERSON: the name, spaces inside kept */
};

/* Parse text (without the ':'): 0, or -1 with why in err (size n). */
int command_parse(const char *text, struct command *out, char *err, size_t n);

/* Complete the word at the end of text (a command name, or an order or
 * option after sort / set, or a name of m's people after person; m may be
 * NULL): the longest text every match begins with, or the match and a
 * space when there is one; into out (reset first).  The number of
 * distinct matches; with several, their names in names (reset first,
 * separated by spaces; people: the first COMMAND_NAMES_MAX, then "…"). */
size_t command_complete(const char *text, const struct model *m, struct buf *out,
			struct buf *names);

#define COMMAND_NAMES_MAX 40

/* The commands for the help and the man page, one a line: ":sort ORDER ..." */
void command_list(struct buf *out);

#endif
