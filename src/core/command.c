/*
 * command.c — the `:` command line (command.h).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "complete.h"

static const struct {
	const char *name, *args, *help;
	enum command_kind kind;
} commands[] = {
	{ "sort", " ORDER", "sort the list (ORDER: the names Tab shows)", CMD_SORT },
	{ "person", " NAME", "one person across the shown articles, as P shows them (Tab completes the name)", CMD_PERSON },
	{ "trails", "", "the figure trails of the shown articles, as R shows them", CMD_TRAILS },
	{ "export", "", "export, as e does", CMD_EXPORT },
	{ "messages", "", "the messages of the session, as M shows them", CMD_MESSAGES },
	{ "set", " OPTION", "ambiguous-wide or noambiguous-wide: East Asian ambiguous characters two columns wide, or one", CMD_SET },
	{ "help", "", "the keys, as h shows them", CMD_HELP },
	{ "quit", "", "quit (also :q)", CMD_QUIT },
};

#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static const char *const options[] = {
	[OPT_AMBIGUOUS_WIDE] = "ambiguous-wide", [OPT_NO_AMBIGUOUS_WIDE] = "noambiguous-wide",
};

#define NOPTIONS (sizeof(options) / sizeof(options[0]))

/* The word of text from *at, up to a space; *at moves past it and the
 * spaces after it. */
static size_t
word(const char *text, size_t *at, const char **start)
{
	size_t i = *at, n;

	while (text[i] == ' ')
		i++;
	*start = text + i;
	for (n = 0; text[i + n] != '\0' && text[i + n] != ' '; n++)
		;
	*at = i + n;
	while (text[*at] == ' ')
		(*at)++;
	return n;
}

/* The command whose name w[0..n) is or begins (alone), or -1. */
static int
find_command(const char *w, size_t n)
{
	size_t i;
	int found = -1;

	for (i = 0; i < NCOMMANDS; i++) {
		if (strlen(commands[i].name) == n && strncmp(commands[i].name, w, n) == 0)
			return (int)i;
		if (n > 0 && strncmp(commands[i].name, w, n) == 0)
			found = found == -1 ? (int)i : -2;
	}
	return found >= 0 ? found : -1;
}

static int
arg_of(const char *w, size_t n, struct command *out, char *err, size_t en)
{
	char name[64];
	size_t i;

	if (n >= sizeof(name))
		n = sizeof(name) - 1;
	memcpy(name, w, n);
	name[n] = '\0';
	if (out->kind == CMD_SORT) {
		int s = n > 0 ? browse_sort_parse(name) : -1;

		if (s >= 0) {
			out->sort = (enum browse_sort)s;
			return 0;
		}
		snprintf(err, en, n == 0 ? "sort by what? (Tab lists the orders)"
		    : "no order named '%s' (Tab lists them)", name);
		return -1;
	}
	for (i = 0; i < NOPTIONS; i++)
		if (strcmp(options[i], name) == 0) {
			out->option = (enum command_option)i;
			return 0;
		}
	snprintf(err, en, n == 0 ? "set what? (ambiguous-wide, noambiguous-wide)"
	    : "no option named '%s' (ambiguous-wide, noambiguous-wide)", name);
	return -1;
}

int
command_parse(const char *text, struct command *out, char *err, size_t n)
{
	size_t at = 0, len, alen;
	const char *w, *a;
	int c;

	memset(out, 0, sizeof(*out));
	len = word(text, &at, &w);
	if (len == 0) {
		snprintf(err, n, "a command, please (Tab lists them)");
		return -1;
	}
	c = find_command(w, len);
	if (c < 0) {
		snprintf(err, n, "no command '%.*s' (Tab lists them)", (int)(len > 40 ? 40 : len), w);
		return -1;
	}
	out->kind = commands[c].kind;
	if (out->kind == CMD_PERSON) {
		size_t end = strlen(text);

		while (end > at && text[end - 1] == ' ')
			end--;
		if (end == at) {
			snprintf(err, n, "whom? (:person NAME; Tab completes names)");
			return -1;
		}
		if (end - at >= sizeof(out->name)) {
			snprintf(err, n, "no name is that long");
			return -1;
		}
		memcpy(out->name, text + at, end - at);
		out->name[end - at] = '\0';
		return 0;
	}
	alen = word(text, &at, &a);
	if (out->kind == CMD_SORT || out->kind == CMD_SET) {
		if (arg_of(a, alen, out, err, n) != 0)
			return -1;
		alen = word(text, &at, &a);
	}
	if (alen > 0) {
		snprintf(err, n, ":%s takes no more than that", commands[c].name);
		return -1;
	}
	return 0;
}

/* Complete w[0..n) among the names (nnames of them, NULL ones skipped)
 * into out after prefix[0..pn). */
static size_t
complete_among(const char *const *names, size_t nnames, size_t stride, const char *w, size_t n,
	       const char *prefix, size_t pn, struct buf *out, struct buf *list)
{
	const char **hit = xmalloc(nnames * sizeof(*hit));
	size_t i, nh = 0, matches;

	for (i = 0; i < nnames; i++) {
		const char *name = *(const char *const *)((const char *)names + i * stride);

		if (name != NULL && strncmp(name, w, n) == 0)
			hit[nh++] = name;
	}
	buf_add(out, prefix, pn);
	buf_add(out, w, n);
	matches = complete_list(hit, nh, n, SIZE_MAX, out, list);
	if (matches == 1)
		buf_addc(out, ' ');
	free(hit);
	return matches;
}

static int
cmp_str(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Complete the name w (to the end of text) among m's people: distinct
 * names, in byte order. */
static size_t
complete_person(const struct model *m, const char *text, const char *w, struct buf *out,
		struct buf *list)
{
	size_t n = strlen(w), i, matches, nm = 0;
	const char **hit;

	buf_adds(out, text);
	hit = m != NULL && m->npeople > 0 ? malloc(m->npeople * sizeof(*hit)) : NULL;
	if (hit == NULL)
		return 0;
	for (i = 0; i < m->npeople; i++)
		if (m->people[i].name != NULL && strncmp(m->people[i].name, w, n) == 0)
			hit[nm++] = m->people[i].name;
	qsort(hit, nm, sizeof(*hit), cmp_str);
	matches = complete_list(hit, nm, n, COMMAND_NAMES_MAX, out, list);
	if (matches == 1)
		buf_addc(out, ' ');
	free(hit);
	return matches;
}

size_t
command_complete(const char *text, const struct model *m, struct buf *out, struct buf *names)
{
	size_t at = 0, len, alen;
	const char *w, *a;
	int c;

	buf_reset(out);
	buf_reset(names);
	buf_adds(out, "");
	buf_adds(names, "");
	len = word(text, &at, &w);
	if (text[at] == '\0' && (at == 0 || text[at - 1] != ' '))	/* still the name */
		return complete_among(&commands[0].name, NCOMMANDS, sizeof(commands[0]), w, len,
		    text, (size_t)(w - text), out, names);
	c = find_command(w, len);
	if (c >= 0 && commands[c].kind == CMD_PERSON) {
		while (text[at] == ' ')
			at++;
		return complete_person(m, text, text + at, out, names);
	}
	alen = word(text, &at, &a);
	if (c >= 0 && commands[c].kind == CMD_SORT && text[at] == '\0') {
		const char *sorts[BROWSE_SORT_COUNT];
		size_t k;

		for (k = 0; k < BROWSE_SORT_COUNT; k++)
			sorts[k] = browse_sort_name((enum browse_sort)k);
		return complete_among(sorts, k, sizeof(sorts[0]), a, alen, text, (size_t)(a - text),
		    out, names);
	}
	if (c >= 0 && commands[c].kind == CMD_SET && text[at] == '\0')
		return complete_among(options, NOPTIONS, sizeof(options[0]), a, alen, text,
		    (size_t)(a - text), out, names);
	buf_adds(out, text);
	return 0;
}

void
command_list(struct buf *out)
{
	size_t i;

	for (i = 0; i < NCOMMANDS; i++)
		buf_printf(out, ":%s%s\t%s\n", commands[i].name, commands[i].args, commands[i].help);
}
