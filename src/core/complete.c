/*
 * complete.c — the longest shared prefix and the list of a completion's
 * candidates (complete.h).
 */
#include <string.h>

#include "complete.h"

size_t
complete_list(const char *const *cand, size_t n, size_t typed, size_t max, struct buf *out,
	      struct buf *list)
{
	size_t i, k, distinct = 0, common = 0;

	for (i = 0; i < n; i++) {
		if (i > 0 && strcmp(cand[i], cand[i - 1]) == 0)
			continue;
		if (distinct == 0) {
			common = strlen(cand[0]);
		} else {
			for (k = 0; k < common && cand[0][k] == cand[i][k]; k++)
				;
			common = k;
		}
		if (distinct < max)
			buf_printf(list, "%s%s", distinct > 0 ? " " : "", cand[i]);
		else if (distinct == max)
			buf_adds(list, " \xE2\x80\xA6");
		distinct++;
	}
	if (distinct == 0)
		return 0;
	/* a shared prefix ends on a whole character */
	while (common > typed && utf8_is_cont(cand[0][common]))
		common--;
	if (common > typed)
		buf_add(out, cand[0] + typed, common - typed);
	return distinct;
}
