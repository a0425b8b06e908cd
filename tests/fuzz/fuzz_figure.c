/*
 * fuzz_figure.c — libFuzzer harness: any bytes through the figure parser
 * alone (figure_scan), with its contract checked: every surface form and
 * subject inside the text, in text order, the value finite, below 1e20
 * and never -0, the kind a known one.
 *
 *   tests/fuzz/run [SECONDS] figure
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/figure.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct figure_vec v = { NULL, 0, 0 };
	/* a copy of exactly size bytes: a read past the end is ASan's */
	char *s = malloc(size ? size : 1);
	size_t i;

	memcpy(s, data, size);
	figure_scan(s, size, &v);
	for (i = 0; i < v.n; i++) {
		const struct figure *f = &v.v[i];

		if (f->len == 0 || (size_t)f->off + f->len > size)
			abort();
		if (i > 0 && f->off < v.v[i - 1].off)
			abort();
		if (!isfinite(f->value) || fabs(f->value) >= 1e20 || (f->value == 0 && signbit(f->value)))
			abort();
		if (f->kind < 0 || f->kind >= FIG_NKINDS)
			abort();
		if (f->subj_len > 0 && (size_t)f->subj_off + f->subj_len > size)
			abort();
		if (strcmp(figure_kind_name(f->kind), "other") != 0
		    && figure_kind_parse(figure_kind_name(f->kind)) != f->kind)
			abort();
	}
	figure_vec_free(&v);
	free(s);
	return 0;
}
