/*
 * fuzz_query.c — libFuzzer harness: any bytes as a filter expression
 * (query_parse, then query_match on a small article) and as a search
 * pattern (query_re_compile, then every match of it in the article),
 * then both together through query_select on two threads, which must
 * select what query_match selects.
 * Build and run with
 *
 *   tests/fuzz/run [SECONDS] query
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "core/ingest.h"
#include "core/query.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char page[] =
	"<p>배경훈 과학기술정보통신부 장관은 엔비디아 GPU 26만장을 확보했다고 말했다.</p>"
	"<p>내년 예산 35조5000억원, 반도체 1,000개. 배 장관은 aaaaaaaaaaaaaaaaaaaaaaaaab 웃었다.</p>";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct model m;
	static int ready;
	char *s = malloc(size + 1), err[200];
	struct query_error qe;
	struct query *q;
	struct query_re *re;
	size_t off;
	double v;

	if (!ready) {
		char *e = NULL, *w = NULL;

		model_init(&m);
		m.arenas = xcalloc(1, sizeof(*m.arenas));
		m.narenas = 1;
		m.a = xcalloc(1, sizeof(*m.a));
		m.cap = 1;
		if (ingest_document("fuzz", page, strlen(page), &m.arenas[0], &m.a[0], &e, &w) != 0)
			abort();
		m.a[0].date = "2025-09-09";
		m.a[0].outlet = "뉴스1";
		m.n = 1;
		model_link_duplicates(&m);
		model_build_index(&m);
		free(w);
		ready = 1;
	}
	memcpy(s, data, size);
	s[size] = '\0';
	q = query_parse(s, &qe);
	if (q) {
		struct query_env env = { NULL, NULL, 2, NULL };
		size_t out[1], counts[1];
		long n;
		int one = query_match(q, &m, 0, NULL);

		n = query_select(q, NULL, &m, NULL, m.n, &env, out, counts, err, sizeof(err));
		if (one >= 0 && n != one)
			abort();
		if (size > 0 && u8_check(data, size) == NULL)
			query_select(q, s, &m, NULL, m.n, &env, out, counts, err, sizeof(err));
		query_free(q);
	} else if (qe.byte > size) {
		abort();
	}
	query_parse_number(s, &v);
	/* the search runs on valid UTF-8 only: source guarantees it */
	re = query_re_compile(s, err, sizeof(err), &off);
	if (re) {
		query_re_count(re, &m, 0);
		query_re_free(re);
	}
	free(s);
	return 0;
}
