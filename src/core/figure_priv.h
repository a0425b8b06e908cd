/*
 * figure_priv.h — what the number reader (figure.c) and the subject finder
 * (figure_subject.c) share: byte classes of UTF-8 text.
 */
#ifndef GISA_FIGURE_PRIV_H
#define GISA_FIGURE_PRIV_H

#include <stddef.h>
#include <stdint.h>

#include "figure.h"
#include "util.h"

static inline int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline int
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static inline int
syl_is(const char *s, size_t n, size_t i, uint32_t c)
{
	return hangul_at(s, n, i) == c;
}

/* What the figure at s[start..] counts, when the word before it says so
 * ("GPU 26만장", "AI 예산도 9조9000억원"): sets f->subj_off and subj_len
 * (0 when none).  Words before floor belong to the figure before. */
void figure_subject(const char *s, size_t floor, size_t start, struct figure *f);

#endif
