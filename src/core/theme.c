/*
 * theme.c — the style table (theme.h).
 */
#include "theme.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

#define THEME_DEFAULT(st, name, paired, fg, bg, color, mono) [st] = { paired, fg, bg, color, mono },
static const struct theme_style shipped[ST_COUNT] = { THEME_TABLE(THEME_DEFAULT) };
struct theme_style theme[ST_COUNT] = { THEME_TABLE(THEME_DEFAULT) };
#undef THEME_DEFAULT

static const char *const names[ST_COUNT] = {
#define THEME_NAME(st, name, paired, fg, bg, color, mono) [st] = name,
	THEME_TABLE(THEME_NAME)
#undef THEME_NAME
};

static const char *const colors[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"
};

static const char *const attrs[] = {
	"bold", "dim", "underline", "reverse", "italic", "blink", "standout"
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

void
theme_reset(void)
{
	memcpy(theme, shipped, sizeof(theme));
}

const char *
theme_name(enum style st)
{
	return st < ST_COUNT ? names[st] : NULL;
}

int
theme_element(const char *name)
{
	return util_name_index(names, ST_COUNT, name);
}

int
theme_parse_color(const char *name, short *out)
{
	const char *digits = name;
	size_t i;
	int bright = 0;

	if (strcmp(name, "default") == 0) {
		*out = -1;
		return 0;
	}
	if (strncmp(name, "bright-", 7) == 0) {
		bright = 8;
		name += 7;
	}
	for (i = 0; i < COUNT(colors); i++)
		if (strcmp(name, colors[i]) == 0) {
			*out = (short)(i + (size_t)bright);
			return 0;
		}
	if (bright)
		return -1;
	if (strncmp(name, "color", 5) == 0)
		digits = name + 5;
	if (*digits >= '0' && *digits <= '9' && strlen(digits) <= 3) {
		char *end;
		long v = strtol(digits, &end, 10);

		if (*end == '\0' && v <= 255 && (digits[0] != '0' || digits[1] == '\0')) {
			*out = (short)v;
			return 0;
		}
	}
	return -1;
}

int
theme_parse_attr(const char *word, unsigned *out)
{
	size_t i;

	if (strcmp(word, "normal") == 0) {
		*out = 0;
		return 0;
	}
	for (i = 0; i < COUNT(attrs); i++)
		if (strcmp(word, attrs[i]) == 0) {
			*out = 1u << i;
			return 0;
		}
	return -1;
}

static void
add_color(short c, struct buf *out)
{
	if (c < 0)
		buf_adds(out, "default");
	else if (c < 8)
		buf_adds(out, colors[c]);
	else if (c < 16)
		buf_printf(out, "bright-%s", colors[c - 8]);
	else
		buf_printf(out, "color%d", c);
}

static void
add_attrs(unsigned a, struct buf *out)
{
	size_t i;

	if (a == 0)
		buf_adds(out, " normal");
	for (i = 0; i < COUNT(attrs); i++)
		if (a & (1u << i))
			buf_printf(out, " %s", attrs[i]);
}

void
theme_dump(enum style st, struct buf *out)
{
	const struct theme_style *t = &theme[st];

	buf_printf(out, "color %-10s ", names[st]);
	add_color(t->paired ? t->fg : -1, out);
	buf_addc(out, ' ');
	add_color(t->paired ? t->bg : -1, out);
	add_attrs(t->color, out);
	buf_printf(out, "\nmono  %-10s", names[st]);
	add_attrs(t->mono, out);
	buf_addc(out, '\n');
}
