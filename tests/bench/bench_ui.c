/*
 * bench_ui.c — time of a redraw after a keypress, the browser drawn to a
 * terminal that discards its output (newterm on /dev/null), for corpora of
 * growing size.  Run by `make bench`; the time must not grow with N.
 *
 *   bench_ui N...      N articles of made-up text each
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/model.h"
#include "ui/term.h"
#include "ui/ui.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *const para[] = {
	"정부가 인공지능(AI) 데이터센터의 수도권 쏠림을 막기 위해 비수도권으로 옮기는 사업자에게 전기요금을 깎아주는 방안을 추진한다.",
	"산업부에 따르면 지난해 말 기준 한전에 접수된 데이터센터 전력 공급 신청은 1,180건으로, 이 가운데 수도권 물량이 75%를 차지했다.",
	"업계 관계자는 \"송전망부터 깔아야 한다\"며 GPU 26만장 확보와 35조5000억원 규모의 예산이 실제 투자로 이어져야 한다고 말했다.",
};

static void
make_model(struct model *m, size_t n)
{
	struct arena *a;
	size_t i, k;

	model_init(m);
	m->arenas = xcalloc(1, sizeof(*m->arenas));
	m->narenas = 1;
	a = &m->arenas[0];
	m->a = xcalloc(n, sizeof(*m->a));
	m->n = m->cap = n;
	for (i = 0; i < n; i++) {
		struct article *art = &m->a[i];
		char tmp[160];

		snprintf(tmp, sizeof(tmp), "bench/%06zu.txt", i);
		art->source = arena_strdup(a, tmp);
		art->encoding = "UTF-8";
		snprintf(tmp, sizeof(tmp), "배경훈 부총리 \"AI 거품 없다\" 기사 %zu번", i);
		art->title = arena_strdup(a, tmp);
		art->outlet = "매일경제";
		snprintf(tmp, sizeof(tmp), "2025-%02zu-%02zu", i % 12 + 1, i % 28 + 1);
		art->date = arena_strdup(a, tmp);
		art->npara = 12;
		art->para = arena_alloc(a, art->npara * sizeof(char *));
		for (k = 0; k < art->npara; k++)
			art->para[k] = para[(i + k) % 3];
		art->near = -1;
	}
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static void
run(size_t n, FILE *out, FILE *in)
{
	static const int keys[] = { 'j', 'j', 'k', ' ', 'b', '\t', 'j', ' ', '\t', '\t', 'G', 'g', 'j', 's' };
	enum { ROUNDS = 3000 };
	struct model m;
	struct ui *ui;
	SCREEN *scr;
	double *t = xmalloc(ROUNDS * sizeof(*t)), total = 0;
	int r;

	make_model(&m, n);
	scr = newterm("xterm-256color", out, in);
	if (scr == NULL)
		fatal("newterm failed");
	set_term(scr);
	ui = ui_new(&m, NULL);
	ui_setup_screen(ui);
	ui_draw(ui);
	for (r = 0; r < ROUNDS; r++) {
		double t0 = now();
		int key = keys[r % (int)(sizeof(keys) / sizeof(keys[0]))];

		if (key == 's' && r % 100 != 13)
			key = 'j';	/* sorting is measured, but rarely */
		ui_key(ui, key);
		ui_draw(ui);
		t[r] = now() - t0;
		total += t[r];
	}
	qsort(t, ROUNDS, sizeof(*t), cmp_double);
	printf("redraw after a key, %6zu articles, 200x50: median %.3f ms, p99 %.3f ms, mean %.3f ms\n",
	    n, t[ROUNDS / 2] * 1e3, t[ROUNDS * 99 / 100] * 1e3, total / ROUNDS * 1e3);
	ui_free(ui);
	endwin();
	delscreen(scr);
	model_free(&m);
	free(t);
}

int
main(int argc, char **argv)
{
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	int i;

	setlocale(LC_ALL, "C.UTF-8");
	setenv("LINES", "50", 1);
	setenv("COLUMNS", "200", 1);
	if (out == NULL || in == NULL)
		return 1;
	for (i = 1; i < argc; i++)
		run((size_t)strtoul(argv[i], NULL, 10), out, in);
	return 0;
}
