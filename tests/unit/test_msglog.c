/* test_msglog.c — the session's messages, kept in order, from threads. */
#include <criterion/criterion.h>
#include <pthread.h>
#include <string.h>

#include "core/msglog.h"

Test(msglog, lines_name_the_file_and_keep_the_order)
{
	struct msglog log;
	struct buf b = BUF_INIT;
	enum msg_kind k;

	msglog_init(&log);
	msglog_add(&log, MSG_PROBLEM, "a.html", "empty (0 bytes), skipped");
	msglog_add(&log, MSG_EXPORT, NULL, "wrote 3 articles to x.md");
	cr_assert_eq(msglog_count(&log, -1), 2);
	cr_assert_eq(msglog_count(&log, MSG_PROBLEM), 1);
	cr_assert_eq(msglog_count(&log, MSG_WARNING), 0);
	cr_assert_eq(msglog_line(&log, 0, &b, &k), 0);
	cr_assert_str_eq(b.s, "a.html: empty (0 bytes), skipped");
	cr_assert_eq(k, MSG_PROBLEM);
	buf_reset(&b);
	cr_assert_eq(msglog_line(&log, 1, &b, NULL), 0);
	cr_assert_str_eq(b.s, "wrote 3 articles to x.md");
	cr_assert_eq(msglog_line(&log, 2, &b, NULL), -1);
	cr_assert_str_eq(msglog_kind_name(MSG_EXPORT), "export");
	msglog_free(&log);
	buf_free(&b);
}

static void *
adder(void *arg)
{
	int i;

	for (i = 0; i < 500; i++)
		msglog_add(arg, MSG_PROBLEM, "f", "r");
	return NULL;
}

Test(msglog, threads_add_while_one_reads)
{
	struct msglog log;
	pthread_t t[2];
	struct buf b = BUF_INIT;
	size_t i;

	msglog_init(&log);
	pthread_create(&t[0], NULL, adder, &log);
	pthread_create(&t[1], NULL, adder, &log);
	for (i = 0; i < 200; i++) {
		buf_reset(&b);
		if (msglog_line(&log, i, &b, NULL) == 0)
			cr_assert_str_eq(b.s, "f: r");
	}
	pthread_join(t[0], NULL);
	pthread_join(t[1], NULL);
	cr_assert_eq(msglog_count(&log, -1), 1000);
	msglog_free(&log);
	buf_free(&b);
}
