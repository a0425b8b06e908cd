/*
 * quote.c — direct quotations and their speakers (see quote.h).
 *
 * One pass over each paragraph outside quotation marks keeps the start of
 * the current sentence; each quotation found is checked for an
 * attribution after its closing mark, then given the speaker of its
 * sentence.  One cursor walks the person mentions in step with the text:
 * mentions inside a quotation are marked so they never speak.
 */
#include <stdlib.h>
#include <string.h>

#include "quote.h"
#include "util.h"

/* A word of a list, with its length. */
struct word {
	const char *s;
	size_t n;
};
#define W(x) { x, sizeof(x) - 1 }

enum mark { MARK_NONE, MARK_DQ, MARK_SQ, MARK_LDQ, MARK_LSQ };

/* The opening mark at s[i], its length in *n. */
static enum mark
open_mark(const char *s, size_t i, size_t len, size_t *n)
{
	const unsigned char *u = (const unsigned char *)s + i;

	if (u[0] == '"') {
		*n = 1;
		return MARK_DQ;
	}
	if (u[0] == '\'') {
		*n = 1;
		return MARK_SQ;
	}
	if (i + 2 < len && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x9C || u[2] == 0x98)) {
		*n = 3;
		return u[2] == 0x9C ? MARK_LDQ : MARK_LSQ;
	}
	return MARK_NONE;
}

/* Offset of the mark closing m at or after i, or len when none.  *none
 * (per mark, reset per paragraph) is where a search found none: a later
 * search cannot find one either, so unbalanced marks cost no rescan. */
static size_t
close_mark(const char *s, size_t i, size_t len, enum mark m, size_t *n, size_t *none)
{
	const char *c = m == MARK_DQ ? "\"" : m == MARK_SQ ? "'" : m == MARK_LDQ ? "\xE2\x80\x9D" : "\xE2\x80\x99";
	size_t cl = m == MARK_DQ || m == MARK_SQ ? 1 : 3, from = i;
	const char *at;

	if (i >= none[m])
		return len;
	while (i + cl <= len && (at = memchr(s + i, c[0], len - i)) != NULL) {
		i = (size_t)(at - s);
		if (i + cl <= len && memcmp(at, c, cl) == 0) {
			*n = cl;
			return i;
		}
		i++;
	}
	none[m] = from;
	/* mixed marks of scraped text: "…” and “…" */
	if (m == MARK_DQ || m == MARK_LDQ) {
		const char *o = m == MARK_DQ ? "\xE2\x80\x9D" : "\"";
		const char *hit = from < len ? strstr(s + from, o) : NULL;

		if (hit != NULL && (size_t)(hit - s) < len) {
			*n = strlen(o);
			return (size_t)(hit - s);
		}
	}
	return len;
}


static int
has_prefix(const char *s, size_t i, size_t len, const char *p)
{
	size_t n = strlen(p);

	return i + n <= len && memcmp(s + i, p, n) == 0;
}

/* Whether s[a..b) holds w. */
static int
holds(const char *s, size_t a, size_t b, const char *w)
{
	return b > a && memmem(s + a, b - a, w, strlen(w)) != NULL;
}

static int
ends_with(const char *s, size_t a, size_t b, const char *w)
{
	size_t n = strlen(w);

	return b - a >= n && memcmp(s + b - n, w, n) == 0;
}

/* End of the sentence that goes on at i: after its . ? ! (not a decimal
 * point), before the next opening mark when stop_at_quote, or len. */
static size_t
sentence_end(const char *s, size_t i, size_t len, int stop_at_quote)
{
	size_t n;

	for (; i < len; i++) {
		char c = s[i];

		if ((c == '.' || c == '?' || c == '!') &&
		    !(c == '.' && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9'))
			return i + 1;
		if (stop_at_quote && open_mark(s, i, len, &n) != MARK_NONE)
			return i;
	}
	return len;
}


enum attr { ATTR_NONE, ATTR_SAID, ATTR_CONT, ATTR_STANCE, ATTR_NEXT };

/* The attribution after a quotation closing at k (next byte). */
static enum attr
attribution(const char *s, size_t k, size_t len)
{
	static const char *const said[] = { "이라고", "라고", "고", "이라 ", "라 ", NULL };
	static const char *const cont[] = { "이라며", "라며", "이라면서", "라면서", "면서", "며", NULL };
	size_t i, e;

	for (i = 0; cont[i] != NULL; i++)
		if (has_prefix(s, k, len, cont[i]))
			return ATTR_CONT;
	for (i = 0; said[i] != NULL; i++)
		if (has_prefix(s, k, len, said[i])) {
			/* any verb but one of naming: '…'이라고 불리는 */
			static const char *const naming[] = {
				"불리", "불린", "부르", "부른", "불렀", "칭하", "칭한", "일컫", "이름", NULL
			};
			size_t v, j = k + strlen(said[i]);

			while (j < len && s[j] != ' ')
				j++;
			while (j < len && s[j] == ' ')
				j++;
			e = sentence_end(s, j, len, 1);
			for (v = 0; naming[v] != NULL; v++)
				if (has_prefix(s, j, len, naming[v]))
					return ATTR_NONE;
			if (j >= e && j < len)
				return ATTR_NONE;
			return ATTR_SAID;
		}
	if (has_prefix(s, k, len, "는 말") || has_prefix(s, k, len, "라는 말"))
		return ATTR_SAID;
	if (has_prefix(s, k, len, "이라는") || has_prefix(s, k, len, "라는")) {
		size_t j = k + (has_prefix(s, k, len, "이라는") ? 9 : 6);

		if (j < len && s[j] == ' ')
			j++;
		if (has_prefix(s, j, len, "입장"))
			return ATTR_STANCE;
	}
	return ATTR_NONE;
}

/* Whether the quoted text s[a..b) reads as speech, not a term in marks. */
static int
speechlike(const char *s, size_t a, size_t b)
{
	static const char *const endings[] = { "다", "요", "죠", "까", ".", "!", "?", "라", "자", "네", NULL };
	size_t i;

	if (memchr(s + a, ' ', b - a) != NULL)
		return 1;
	for (i = 0; endings[i] != NULL; i++)
		if (ends_with(s, a, b, endings[i]))
			return 1;
	return 0;
}

/* Whether the quoted text s[a..b) ends as a sentence does. */
static int
sentence_final(const char *s, size_t a, size_t b)
{
	static const char *const endings[] = { "다", "요", "죠", "까", ".", "!", "?", NULL };
	size_t i;

	while (b > a && s[b - 1] == ' ')
		b--;
	for (i = 0; endings[i] != NULL; i++)
		if (ends_with(s, a, b, endings[i]))
			return 1;
	return 0;
}

/* A word s[a..b) ending in the topic particle 은/는 that names a subject
 * (not 에서는, 하는, …). */
static int
topic_word(const char *s, size_t a, size_t b)
{
	static const struct word not_subject[] = {
		W("에서는"), W("에는"), W("로는"), W("서는"), W("하는"), W("있는"), W("없는"), W("되는"), W("라는"),
		W("이는"), W("오는"), W("가는"), W("다는"), W("에선"), W("인"), W("앞으로는"), W("때는"), W("한편으로는"),
		W("냐는"), W("하자는"), W("묻는"), W("보는"), W("않는"), W("받는"), W("나오는"), W("맞는"), W("드는"),
		W("내는"), W("같은"), W("많은"), W("높은"), W("낮은"), W("받은"), W("관련해서는"), W("대해서는"), W("두고는"),
		W("으로는"),
	};
	size_t i;

	while (b > a && (s[b - 1] == ',' || s[b - 1] == ' '))
		b--;
	if (!ends_with(s, a, b, "은") && !ends_with(s, a, b, "는"))
		return 0;
	for (i = 0; i < sizeof(not_subject) / sizeof(not_subject[0]); i++)
		if (b - a >= not_subject[i].n &&
		    memcmp(s + b - not_subject[i].n, not_subject[i].s, not_subject[i].n) == 0)
			return 0;
	return 1;
}

static int
pronoun_word(const char *s, size_t a, size_t b)
{
	static const char *const pron[] = { "그는", "그녀는", "그가", "그녀가", "그도", "그녀도", "그러면서 그는", NULL };
	size_t i;

	while (b > a && (s[b - 1] == ',' || s[b - 1] == ' '))
		b--;
	for (i = 0; pron[i] != NULL; i++)
		if (b - a == strlen(pron[i]) && memcmp(s + a, pron[i], b - a) == 0)
			return 1;
	return 0;
}

/* Words that end a subject phrase: a particle of subject or topic. */
static int
subject_end(const char *s, size_t a, size_t b)
{
	while (b > a && (s[b - 1] == ',' || s[b - 1] == ' '))
		b--;
	return ends_with(s, a, b, "은") || ends_with(s, a, b, "는") ||
	       ends_with(s, a, b, "이") || ends_with(s, a, b, "가");
}

static int
unnamed_word(const char *s, size_t a, size_t b)
{
	return holds(s, a, b, "관계자") || holds(s, a, b, "측은") || holds(s, a, b, "측이") ||
	       holds(s, a, b, "씨는") || holds(s, a, b, "씨가");
}

struct qstate {
	const struct person_result *r;
	unsigned char *inside;	/* per mention: inside a quotation */
	size_t cur;		/* mentions before cur are behind the text */
	long last_person;	/* most recent mention outside quotes, or -1 */
	uint32_t last_person_para;
	long last_speaker;
	uint32_t last_speaker_para;
	size_t last_speaker_end;	/* where its quotation closed */
	size_t qo[8], qc[8];	/* the quotations of the sentence so far */
	size_t nq;
};

static int
usable(const struct qstate *st, size_t k)
{
	return !st->inside[k] && !st->r->p[st->r->m[k].who].reporter;
}

/* The speaker of a quotation s[o..c) (marks included) in the sentence
 * that starts at sent, or -1. */
static long
speaker(struct qstate *st, const char *s, size_t len, uint32_t para,
	size_t sent, size_t o, size_t c, enum attr at)
{
	const struct person_result *r = st->r;
	long pm = -1;
	size_t k, steps, tw_a = 0, tw_b = 0, a, b, lim;
	int have_topic = 0, pronoun = 0;

	/* the last subject word of [sent, o) */
	for (b = o; b > sent;) {
		size_t j;

		while (b > sent && s[b - 1] == ' ')
			b--;
		/* an earlier quotation of the sentence is no subject */
		for (j = st->nq; j > 0; j--)
			if (b > st->qo[j - 1] && b <= st->qc[j - 1]) {
				b = st->qo[j - 1];
				break;
			}
		while (b > sent && s[b - 1] == ' ')
			b--;
		if (b == sent)
			break;
		a = b;
		while (a > sent && s[a - 1] != ' ')
			a--;
		if (a == b)
			break;
		/* every pronoun and topic word ends in 은 는 가 도 (EC/EB/EA/EB
		 * lead bytes); most words do not: no list to compare */
		if (b - a < 3 || !(ends_with(s, a, b, "은") || ends_with(s, a, b, "는") ||
		    ends_with(s, a, b, "가") || ends_with(s, a, b, "도") || s[b - 1] == ',')) {
			b = a;
			continue;
		}
		if (pronoun_word(s, a, b)) {
			pronoun = 1;
			tw_a = a;
			tw_b = b;
			break;
		}
		if (topic_word(s, a, b)) {
			have_topic = 1;
			tw_a = a;
			tw_b = b;
			break;
		}
		b = a;
	}
	if (pronoun) {
		/* the person named before this sentence and since the last
		 * quotation, else its speaker */
		long lp = -1;

		for (k = st->cur, steps = 0; k > 0 && steps < 24; k--, steps++) {
			const struct person_mention *m = &r->m[k - 1];

			if (m->para == UINT32_MAX || (m->para == para && m->off >= sent) || !usable(st, k - 1))
				continue;
			lp = (long)(k - 1);
			break;
		}
		if (lp >= 0 && (st->last_speaker < 0 || r->m[lp].para > st->last_speaker_para ||
		    (r->m[lp].para == st->last_speaker_para && r->m[lp].off > st->last_speaker_end)))
			return (long)r->m[lp].who;
		if (st->last_speaker >= 0 && st->last_speaker_para + 3 >= para)
			return st->last_speaker;
		return st->last_person >= 0 ? (long)r->m[st->last_person].who : -1;
	}
	/* the subject: the last usable mention before the topic word (or
	 * before the quotation when there is none) */
	lim = have_topic ? tw_a : o;
	for (k = st->cur, steps = 0; k > 0 && steps < 24; k--, steps++) {
		const struct person_mention *m = &r->m[k - 1];

		if (m->para != para || m->off < sent)
			break;
		if (m->off < lim && usable(st, k - 1)) {
			pm = (long)(k - 1);
			break;
		}
	}
	if (pm >= 0) {
		const struct person_mention *m = &r->m[pm];
		size_t e = m->off + m->len, words = 0, x;

		if (have_topic) {
			if (unnamed_word(s, tw_a, tw_b))
				return -1;
			/* the topic is the person's only when no other
			 * subject comes between: 배 장관이 … 산업부는 "…" */
			for (x = e; x < tw_a;) {
				size_t y;

				while (x < tw_a && s[x] == ' ')
					x++;
				y = x;
				while (y < tw_a && s[y] != ' ')
					y++;
				if (y > x) {
					words++;
					/* the person's own topic (최태원 회장은 … 내놓은
					 * 신년사에서): a later 은/는 word is no subject */
					if (topic_word(s, x, y) && words <= 5)
						return (long)m->who;
					if (subject_end(s, x, y) && x != e)
						return -1;
				}
				x = y;
			}
			if (words > 5)
				return -1;
		}
		return (long)m->who;
	}
	if (have_topic)
		return -1;
	/* after the quotation: "…"라고 배 장관은 말했다 */
	{
		size_t end = sentence_end(s, c, len, 1);

		for (k = st->cur; k < r->nm && r->m[k].para == para && r->m[k].off < end; k++)
			if (usable(st, k) && r->m[k].off >= c)
				return (long)r->m[k].who;
	}
	(void)at;
	if (st->last_speaker >= 0 && st->last_speaker_para + 2 >= para)
		return st->last_speaker;
	if (st->last_person >= 0 && st->last_person_para + 1 >= para)
		return (long)r->m[st->last_person].who;
	return -1;
}

/* A line of dialogue, 김 의원=“…” or 김 실장: "…": the person named
 * just before the = or : that precedes the quotation at o, or -1. */
static long
dialogue(const struct qstate *st, const char *s, uint32_t para, size_t sent, size_t o)
{
	const struct person_result *r = st->r;
	size_t b = o, k;

	while (b > sent && s[b - 1] == ' ')
		b--;
	if (b == sent || (s[b - 1] != '=' && s[b - 1] != ':'))
		return -1;
	b--;
	while (b > sent && s[b - 1] == ' ')
		b--;
	for (k = st->cur; k > 0; k--) {
		const struct person_mention *m = &r->m[k - 1];

		if (m->para != para || m->off < sent)
			return -1;
		if (m->off >= o)
			continue;
		/* the mention may take a title after it: 김 실장= */
		if (m->off + m->len <= b && b - (m->off + m->len) <= 13)
			return usable(st, k - 1) ? (long)m->who : -1;
		return -1;
	}
	return -1;
}

/* Move the cursor to the mentions at or after (para, off), noting the
 * last one outside quotations. */
static void
advance(struct qstate *st, uint32_t para, size_t off, int in_quote)
{
	const struct person_result *r = st->r;

	while (st->cur < r->nm && (r->m[st->cur].para < para ||
	       (r->m[st->cur].para == para && r->m[st->cur].off < off))) {
		if (in_quote && r->m[st->cur].para == para)
			st->inside[st->cur] = 1;
		else if (r->m[st->cur].para != UINT32_MAX && usable(st, st->cur)) {
			st->last_person = (long)st->cur;
			st->last_person_para = r->m[st->cur].para;
		}
		st->cur++;
	}
}

static void
push(struct quote_result *out, uint32_t para, size_t a, size_t b, long who, const char *s)
{
	while (a < b && s[a] == ' ')
		a++;
	while (b > a && s[b - 1] == ' ')
		b--;
	if (a == b)
		return;
	if (out->n == out->cap) {
		out->cap = out->cap ? out->cap * 2 : 16;
		out->q = xrealloc(out->q, out->cap * sizeof(*out->q));
	}
	out->q[out->n].para = para;
	out->q[out->n].off = (uint32_t)a;
	out->q[out->n].len = (uint32_t)(b - a);
	out->q[out->n].who = (uint32_t)who;
	out->n++;
}

/* Whether the text after a quotation closing at c (this paragraph, or
 * the next when c ends it) attributes it: "…" 배 장관은 이렇게 말했다. */
static int
attributed_next(const char *const *para, size_t npara, uint32_t p, size_t c,
		uint32_t *np, size_t *na, size_t *nb)
{
	const char *s = para[p];
	size_t len = strlen(s), e;

	while (c < len && (s[c] == ' ' || s[c] == '.'))
		c++;
	if (c >= len) {
		if (p + 1 >= npara)
			return 0;
		s = para[++p];
		len = strlen(s);
		c = 0;
	}
	e = sentence_end(s, c, len, 1);
	*np = p;
	*na = c;
	*nb = e;
	return holds(s, c, e, "이렇게") || holds(s, c, e, "이같이") || holds(s, c, e, "이와 같이");
}

/* Whether paragraph s is an interviewer's question: ―…, Q. …, 문) … */
static int
question_para(const char *s)
{
	static const char *const marks[] = {
		"\xE2\x80\x95", "\xE2\x80\x94", "\xE2\x80\x93", "- ", "Q.", "Q:", "Q)", "Q ", "문)", "문 ", "▲", NULL
	};
	size_t i;

	while (*s == ' ')
		s++;
	for (i = 0; marks[i] != NULL; i++)
		if (strncmp(s, marks[i], strlen(marks[i])) == 0)
			return 1;
	return 0;
}

/* An answer of a Q&A interview: a paragraph that opens with a quotation
 * mark after a question.  Its quotation runs to the closing mark, or to
 * the paragraph's end when the answer goes on in the next paragraph; the
 * speaker is the one of the earlier answers, else the person named last
 * before (the lead: 지대섭 회장에게 … 물었다).  Returns where the scan goes
 * on, 0 when it is no answer. */
static size_t
qa_answer(struct qstate *st, const char *const *para, uint32_t p, size_t len,
	  struct quote_result *out)
{
	const char *s = para[p];
	size_t i = 0, ol, cl, c, none[5] = { len + 1, len + 1, len + 1, len + 1, len + 1 };
	enum mark m;
	long who;

	if (p == 0 || !question_para(para[p - 1]))
		return 0;
	while (i < len && s[i] == ' ')
		i++;
	if ((m = open_mark(s, i, len, &ol)) == MARK_NONE)
		return 0;
	c = close_mark(s, i + ol, len, m, &cl, none);
	if (c >= len)
		cl = 0;
	advance(st, p, i, 0);
	who = st->last_speaker >= 0 ? st->last_speaker
	    : st->last_person >= 0 ? (long)st->r->m[st->last_person].who : -1;
	advance(st, p, c, 1);
	if (who < 0 || !speechlike(s, i + ol, c))
		return 0;
	push(out, p, i + ol, c, who, s);
	st->last_speaker = who;
	st->last_speaker_para = p;
	st->last_speaker_end = c + cl;
	return c + cl;
}

void
quote_extract(const char *const *para, size_t npara,
	      const struct person_result *r, struct quote_result *out)
{
	struct qstate st;
	uint32_t p;

	out->n = 0;
	memset(&st, 0, sizeof(st));
	st.r = r;
	if (out->capin < r->nm + 1) {
		out->capin = r->nm + 1;
		out->inside = xrealloc(out->inside, out->capin);
	}
	memset(out->inside, 0, r->nm + 1);
	st.inside = out->inside;
	st.last_person = st.last_speaker = -1;
	for (p = 0; p < npara; p++) {
		const char *s = para[p];
		size_t len = strlen(s), i = 0, sent = 0, ol, cl;
		size_t none[5] = { len + 1, len + 1, len + 1, len + 1, len + 1 };

		/* most paragraphs quote nobody: skip them at library speed */
		if (strpbrk(s, "\"'") == NULL && strstr(s, "\xE2\x80\x9C") == NULL
		    && strstr(s, "\xE2\x80\x98") == NULL)
			continue;
		i = qa_answer(&st, para, p, len, out);

		while (i < len) {
			enum mark m;

			i += strcspn(s + i, "\"'.?!\xE2");
			if (i >= len)
				break;
			m = open_mark(s, i, len, &ol);
			char ch = s[i];
			size_t c, na = 0, nb = 0, nbefore;
			int mixed;
			uint32_t nextp = p;
			enum attr at;
			long who;

			if (m == MARK_NONE) {
				if ((ch == '.' || ch == '?' || ch == '!') &&
				    !(ch == '.' && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9')) {
					sent = i + 1;
					while (sent < len && s[sent] == ' ')
						sent++;
					st.nq = 0;
				}
				i++;
				continue;
			}
			c = close_mark(s, i + ol, len, m, &cl, none);
			if (c >= len) {
				/* unbalanced: not a quotation */
				i += ol;
				continue;
			}
			mixed = (m == MARK_DQ) != (s[c] == '"');
			nbefore = out->n;
			advance(&st, p, i, 0);
			advance(&st, p, c, 1);
			at = attribution(s, c + cl, len);
			if (at == ATTR_NONE) {
				/* only words that end a sentence: a term in
				 * marks before 이같이 말했다 is no quotation */
				if (attributed_next(para, npara, p, c + cl, &nextp, &na, &nb)
				    && sentence_final(s, i + ol, c))
					at = ATTR_NEXT;
			}
			who = at == ATTR_NONE ? dialogue(&st, s, p, sent, i) : -1;
			if (who >= 0) {
				push(out, p, i + ol, c, who, s);
				st.last_speaker = who;
				st.last_speaker_para = p;
				st.last_speaker_end = c + cl;
			} else if (at != ATTR_NONE && speechlike(s, i + ol, c)) {
				who = -1;
				if (at == ATTR_NEXT) {
					/* the speaker named in the next sentence */
					size_t k;

					for (k = st.cur; k < r->nm && k < st.cur + 16; k++) {
						const struct person_mention *pm = &r->m[k];

						if (pm->para != nextp || pm->off >= nb)
							break;
						if (pm->off >= na && usable(&st, k)) {
							who = (long)pm->who;
							break;
						}
					}
				}
				if (who < 0)
					who = speaker(&st, s, len, p, sent, i, c + cl, at);
				if (who >= 0) {
					push(out, p, i + ol, c, who, s);
					st.last_speaker = who;
					st.last_speaker_para = p;
					st.last_speaker_end = c + cl;
				}
			}
			if (mixed && out->n == nbefore) {
				/* “… " that quotes nobody: the " may open the next */
				i += ol;
				continue;
			}
			if (st.nq < 8) {
				st.qo[st.nq] = i;
				st.qc[st.nq] = c + cl;
				st.nq++;
			}
			i = c + cl;
		}
		st.nq = 0;
	}
}

void
quote_result_free(struct quote_result *out)
{
	free(out->q);
	free(out->inside);
	memset(out, 0, sizeof(*out));
}
