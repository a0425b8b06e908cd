/*
 * loading.c — the screen shown while the corpus loads: files so far of
 * how many, as a bar, then the corpus-wide phases by name; q quits.
 */
#include <stdio.h>
#include <string.h>

#include "../core/ingest.h"
#include "keys.h"
#include "loading.h"
#include "view.h"

/* The loading screen: how many files of how many, as a bar. */
static void
draw_loading(const struct ui_load *ld)
{
	size_t done = __atomic_load_n(&ld->done, __ATOMIC_RELAXED);
	size_t total = __atomic_load_n(&ld->total, __ATOMIC_RELAXED);
	int phase = __atomic_load_n(&ld->phase, __ATOMIC_RELAXED);
	int rows, cols, bw, fill, y;
	char line[128];
	struct buf bar = BUF_INIT;

	getmaxyx(stdscr, rows, cols);
	erase();
	y = rows / 2 - 1;
	if (phase == INGEST_LINKING)
		snprintf(line, sizeof(line), "gisa: %zu pages read, linking near-duplicates", total);
	else if (phase == INGEST_INDEXING)
		snprintf(line, sizeof(line), "gisa: %zu pages read, indexing people and figures", total);
	else if (total > 0)
		snprintf(line, sizeof(line), "gisa: loading %zu of %zu pages", done, total);
	else
		snprintf(line, sizeof(line), "gisa: looking for pages");
	ui_put(y, 2, cols - 4, line, strlen(line), style_attr(0, ST_HEADING));
	bw = cols - 4 > 60 ? 60 : cols - 4;
	fill = total > 0 ? (int)((double)bw * (double)done / (double)total) : 0;
	for (int i = 0; i < bw; i++)
		buf_addc(&bar, i < fill ? '#' : '.');
	if (bw > 0 && y + 1 < rows)
		ui_put(y + 1, 2, bw, bar.s, bar.len, A_NORMAL);
	if (y + 3 < rows)
		ui_put(y + 3, 2, cols - 4, "q quits", 7, style_attr(0, ST_DIM));
	buf_free(&bar);
	refresh();
}

int
loading_wait(struct ui_load *ld, volatile sig_atomic_t *got_signal)
{
	timeout(100);
	while (!__atomic_load_n(&ld->finished, __ATOMIC_ACQUIRE) && !*got_signal) {
		enum request req;

		draw_loading(ld);
		req = keys_request(getch());
		if (req == REQ_BACK || req == REQ_QUIT) {
			__atomic_store_n(&ld->cancel, 1, __ATOMIC_RELAXED);
			timeout(-1);
			return 0;
		}
	}
	timeout(-1);
	return !*got_signal;
}

