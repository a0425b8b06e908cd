/*
 * person.c — names, titles, organisations and back-references.
 *
 * The article is cut into tokens at white space (struct ptok, one array
 * for all its texts, reused between articles).  Pass 1 finds full names
 * followed by a title, perhaps with an organisation in between or before
 * (배경훈 과학기술정보통신부 장관, KOSA 조준희 회장), and foreign names
 * marked the same way.  Pass 2 counts every mention: the full name, and
 * a surname (or a foreign last name) followed by a title, resolved to
 * the person of the article it belongs to.
 *
 * Nothing here compares a token with every person: names, surnames and
 * "word before a title" pairs live in hash tables (struct pindex) kept in
 * struct pscratch, so both passes are linear in the article.
 */
#include "person.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "person_priv.h"
#include "util.h"

struct ptok {
	const char *text;	/* the whole text the token is in */
	uint32_t para;		/* UINT32_MAX: the title */
	uint32_t cs, ce;	/* the core: the token without punctuation */
	uint8_t open, close;	/* punctuation before / after the core */
	uint8_t dot;		/* a middle dot joins it to the next: 김선민·황명필 */
	uint8_t join;		/* joined to the next token (see joined) */
	int8_t title;		/* title_at on the core: -1 not yet asked, 0, 1 */
	int8_t brk;		/* breaks_phrase on the core: -1 not yet asked */
	uint8_t nsyl;		/* pword_hangul on the core, at most 255 */
	uint8_t particle;	/* bytes of particle after the title */
	struct tmatch tm;	/* the title when title is 1 */
};

/* ---- a hash table of spans ---- */

#define PNONE UINT32_MAX
#define SSI "\xEC\x94\xA8"	/* 씨 */

/* Chained: head[hash & (nb - 1)] is the newest entry of a bucket, next
 * the one before it.  A key is a span and an aux word (0, or a pointer
 * that must also be equal); val is the caller's. */
struct pent {
	const char *s;
	uint32_t len, next, val, hash;
	uintptr_t aux;
};

struct pindex {
	uint32_t *head;
	size_t nb;
	struct pent *e;
	size_t n, cap;
};

static uint32_t
pindex_hash(const char *s, size_t n, uintptr_t aux)
{
	return (uint32_t)util_hash64(s, n, 0x9E3779B97F4A7C15ull ^ (uint64_t)aux);
}

static void
pindex_rehash(struct pindex *h, size_t nb)
{
	size_t i;

	free(h->head);
	h->head = xmalloc(nb * sizeof(*h->head));
	h->nb = nb;
	for (i = 0; i < nb; i++)
		h->head[i] = PNONE;
	for (i = 0; i < h->n; i++) {
		uint32_t b = h->e[i].hash & (uint32_t)(nb - 1);

		h->e[i].next = h->head[b];
		h->head[b] = (uint32_t)i;
	}
}

/* Empty the table, with room for about `want` entries. */
static void
pindex_reset(struct pindex *h, size_t want)
{
	size_t nb = 64;

	while (nb < want * 2)
		nb *= 2;
	h->n = 0;
	if (h->nb != nb || h->head == NULL)
		pindex_rehash(h, nb);
	else
		memset(h->head, 0xFF, nb * sizeof(*h->head));
}

static void
pindex_add(struct pindex *h, const char *s, size_t n, uintptr_t aux, uint32_t val)
{
	struct pent *e;
	uint32_t b;

	if ((h->n + 1) * 4 > h->nb * 3)
		pindex_rehash(h, h->nb * 2);
	h->e = xgrow(h->e, &h->cap, h->n + 1, sizeof(*h->e));
	e = &h->e[h->n];
	e->s = s;
	e->len = (uint32_t)n;
	e->aux = aux;
	e->val = val;
	e->hash = pindex_hash(s, n, aux);
	b = e->hash & (uint32_t)(h->nb - 1);
	e->next = h->head[b];
	h->head[b] = (uint32_t)h->n++;
}

/* The entry after `from` (PNONE: the first) with key (s, n, aux), or PNONE. */
static uint32_t
pindex_next(const struct pindex *h, uint32_t from, const char *s, size_t n, uintptr_t aux)
{
	uint32_t i;

	if (from == PNONE) {
		if (h->nb == 0)
			return PNONE;
		i = h->head[pindex_hash(s, n, aux) & (uint32_t)(h->nb - 1)];
	} else {
		i = h->e[from].next;
	}
	for (; i != PNONE; i = h->e[i].next)
		if (h->e[i].aux == aux && pword_eq(h->e[i].s, h->e[i].len, s, n))
			return i;
	return PNONE;
}

static void
pindex_free(struct pindex *h)
{
	free(h->head);
	free(h->e);
	memset(h, 0, sizeof(*h));
}

/* What a person found in pass 1 needs to be kept: nothing; an
 * organisation, a back-reference or a second mention (손흥민 선수,
 * then 손흥민은); an organisation or a back-reference (서강대 교수 is no
 * person unless 서 교수 follows); or a back-reference. */
enum need {
	NEED_NOTHING, NEED_SECOND_MENTION, NEED_ORG_OR_BACKREF, NEED_BACKREF,
	NEED_NEVER		/* seen to be an organisation */
};

/* Persons of one surname examined for a back-reference, at most: a page
 * naming more 김s than this is a list, and no title tells them apart. */
#define SAME_SURNAME_MAX 32

struct pscratch {
	struct pindex byname;	/* full name → person */
	struct pindex first;	/* first word of a foreign name → person */
	struct pindex sur;	/* surname, foreign last name → person */
	struct pindex before;	/* (token, title entry after it) → token */
	int before_built;	/* before is filled on first use */
	uint64_t first_syl[16];	/* bits of the first characters of names and
				 * surnames: most tokens begin with none */
	uint64_t one_syl[16];	/* bits of the one-syllable tokens (조 대표) */
	struct pindex defs;	/* "word(ABBR)": ABBR → index into def */
	struct pspan *def;
	size_t ndef, capdef;
	long *last;		/* per person: token of the latest mention */
	size_t caplast;
	uint8_t *need;		/* per person: enum need */
	uint8_t *ssi;		/* per person: named with 씨 (김재훈씨) */
	size_t capssi;
	uint32_t *backrefs;	/* per person: back-references counted */
	size_t capneed, capback;
	signed char *abbr_in;	/* per abbreviation: full name in the article? */
	size_t capabbr;
};

static unsigned
first_bit(const char *s, size_t n)
{
	uint32_t u;

	/* a Hangul syllable, the common case, decoded here */
	if ((u = hangul_at(s, n, 0)) == 0 && n > 0)
		utf8_decode(s, n, &u);
	return (unsigned)(u * 2654435761u) >> 22;	/* 0 .. 1023 */
}

static void
mark_first(struct pscratch *x, const char *s, size_t n)
{
	unsigned b = first_bit(s, n);

	x->first_syl[b >> 6] |= 1ull << (b & 63);
}

/* ---- tokens ---- */

/* The first middle dot (· ㆍ ・) in s[from..to) between two Hangul
 * syllables, or to. */
static size_t
middle_dot(const char *s, size_t from, size_t to)
{
	size_t i;

	for (i = from + 3; i + 2 < to; i++) {
		size_t l;

		if ((unsigned char)s[i] != 0xC2 && (unsigned char)s[i] != 0xE3)
			continue;
		l = (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xB7 ? 2
		    : (unsigned char)s[i] == 0xE3 && ((unsigned char)s[i + 1] == 0x86
		    && (unsigned char)s[i + 2] == 0x8D) ? 3
		    : (unsigned char)s[i] == 0xE3 && ((unsigned char)s[i + 1] == 0x83
		    && (unsigned char)s[i + 2] == 0xBB) ? 3 : 0;

		if (l > 0 && hangul_at(s, i, i - 3) != 0 && hangul_at(s, to, i + l) != 0)
			return i;
	}
	return to;
}

static inline void
push_tok(struct person_result *r, const char *s, uint32_t para, size_t cs, size_t ce,
	 int open, int close, int dot)
{
	struct ptok *t;

	if (r->ntok == r->captok)
		r->tok = xgrow(r->tok, &r->captok, r->ntok + 1, sizeof(*r->tok));
	t = &r->tok[r->ntok++];
	t->text = s;
	t->para = para;
	t->cs = (uint32_t)cs;
	t->ce = (uint32_t)ce;
	t->open = (uint8_t)open;
	t->close = (uint8_t)close;
	t->dot = (uint8_t)dot;
	t->title = -1;
	t->brk = -1;
	{
		size_t ns = pword_hangul(s + cs, ce - cs);

		t->nsyl = (uint8_t)(ns < 255 ? ns : 255);
	}
	if (t->nsyl == 1) {
		unsigned b = first_bit(s + cs, 3);

		r->x->one_syl[b >> 6] |= 1ull << (b & 63);
	}
}

/* Bytes for tokenize: white space (1); the lead bytes of the middle
 * dots · ㆍ ・ (2), without which a word needs no middle_dot; parentheses
 * (4), without which it needs no search for them. */
static const unsigned char tok_byte[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, [0xC2] = 2, [0xE3] = 2,
	['('] = 4, [')'] = 4, ['='] = 8,
};

/* A dialogue line's = before a quotation (김 의원=“…”) ends the word. */
static int
dialogue_eq(const char *s, size_t i, size_t n)
{
	return s[i] == '=' && i + 1 < n && (s[i + 1] == '"' || (i + 3 < n && memcmp(s + i + 1, "\xE2\x80\x9C", 3) == 0));
}

static void
tokenize(struct person_result *r, const char *s, uint32_t para)
{
	size_t n = strlen(s), i = 0;

	while (i < n) {
		size_t ts, te, cs, ce, l;
		unsigned char k, seen = 0;

		while (i < n && pword_space(s[i]))
			i++;
		if (i >= n)
			break;
		ts = i;
		while (i < n && !((k = tok_byte[(unsigned char)s[i]]) & 1)) {
			seen |= k;
			i++;
		}
		if (seen & 8) {
			/* the word ends at a dialogue line's = */
			const char *eq = memchr(s + ts + 1, '=', i - ts - 1);

			while (eq != NULL && !dialogue_eq(s, (size_t)(eq - s), n))
				eq = memchr(eq + 1, '=', i - (size_t)(eq + 1 - s));
			if (eq != NULL)
				i = (size_t)(eq - s);
		}
		te = i;
		cs = ts;
		while (cs < te && (l = pword_punct_at(s, te, cs)) > 0)
			cs += l;
		ce = te;
		while (ce > cs && (l = pword_punct_before(s, cs, ce)) > 0)
			ce -= l;
		if (seen & 4) {
			/* 정보통신산업진흥원(NIPA): the word before the parenthesis */
			const char *lp = memchr(s + cs, '(', ce - cs);
			const char *rp = lp != NULL ? memchr(lp, ')', te - (size_t)(lp - s)) : NULL;

			if (lp != NULL && rp != NULL && (size_t)(lp - s) > cs) {
				size_t b = (size_t)(lp - s);
				struct pscratch *x = r->x;

				/* the article spells out ABBR: "한국인공지능·
				 * 소프트웨어산업협회(KOSA)" */
				while (b > ts && !pword_space(s[b - 1]) && pword_punct_before(s, 0, b) == 0)
					b--;
				if ((size_t)(lp - s) - b >= 6 && rp > lp + 1) {
					x->def = xgrow(x->def, &x->capdef, x->ndef + 1, sizeof(*x->def));
					x->def[x->ndef].s = s + b;
					x->def[x->ndef].len = (uint32_t)((size_t)(lp - s) - b);
					pindex_add(&x->defs, lp + 1, (size_t)(rp - lp - 1), 0, (uint32_t)x->ndef++);
				}
				ce = (size_t)(lp - s);
				te = (size_t)(rp - s) + 1 == te ? ce : te;
			} else if (lp != NULL && rp == NULL && (size_t)(lp - s) > cs) {
				/* 넥슨(대표 이정헌): 넥슨 and 대표 */
				push_tok(r, s, para, cs, (size_t)(lp - s), cs > ts, 1, 0);
				cs = (size_t)(lp - s) + 1;
				ts = cs - 1;
			} else if (lp == NULL && (rp = memchr(s + cs, ')', ce - cs)) != NULL
			    && (size_t)(rp - s) > cs) {
				ce = (size_t)(rp - s);	/* 이정헌)은 */
			}
		}
		for (;;) {
			size_t d = (seen & 2) ? middle_dot(s, cs, ce) : ce,
			    dl = d < ce ? (s[d] == '\xC2' ? 2 : 3) : 0;

			push_tok(r, s, para, cs, d, cs > ts, d < te, d < ce);
			if (d >= ce)
				break;
			cs = d + dl;
		}
	}
}

static const char *
core(const struct person_result *r, size_t i, size_t *n)
{
	*n = r->tok[i].ce - r->tok[i].cs;
	return r->tok[i].text + r->tok[i].cs;
}

/* Ask title_at of token t once; the answer is kept in it. */
static void
ask_title(struct ptok *t)
{
	size_t p = 0;

	t->title = (int8_t)pword_title_at(t->text + t->cs, t->ce - t->cs, &t->tm, &p);
	t->particle = (uint8_t)p;
}

/* title_at on token i, asked once per token (inline: most of the time it
 * was asked, and is no title). */
static inline int
tok_title(struct person_result *r, size_t i, struct tmatch *m, size_t *pl)
{
	struct ptok *t = &r->tok[i];

	if (t->title < 0)
		ask_title(t);
	if (t->title) {
		*m = t->tm;
		*pl = t->particle;
	}
	return t->title;
}

/* Tokens i and i+1 are one phrase: same text, no punctuation between
 * (asked again and again: set once for all tokens by mark_joins). */
static int
joined(const struct person_result *r, size_t i)
{
	return i < r->ntok && r->tok[i].join;
}

static void
mark_joins(struct person_result *r)
{
	size_t i;

	for (i = 0; i < r->ntok; i++)
		r->tok[i].join = i + 1 < r->ntok && r->tok[i].text == r->tok[i + 1].text
		    && !r->tok[i].close && !r->tok[i + 1].open;
}

/* What may follow a name in its token: a particle (은, 에게서), 씨 with
 * or without one, or a title (김승규기자); not 혁신당 (조국혁신당). */
static int
name_tail(const char *s, size_t n)
{
	struct tmatch m;
	size_t pl;

	if (n == 0 || pword_particle(s, n))
		return 1;
	if (n >= 3 && memcmp(s, "\xEC\x94\xA8", 3) == 0)	/* 씨 */
		return n == 3 || pword_particle(s + 3, n - 3);
	return pword_title_at(s, n, &m, &pl);
}

/* Index every word that stands before a title: back_reference asks. */
static void
index_before_titles(struct person_result *r)
{
	size_t i, cn, pl;
	struct tmatch m;

	for (i = 0; i + 1 < r->ntok; i++) {
		const char *c;

		if (!joined(r, i) || !tok_title(r, i + 1, &m, &pl))
			continue;
		c = core(r, i, &cn);
		pindex_add(&r->x->before, c, cn, (uintptr_t)m.e, (uint32_t)i);
	}
}

/* ---- people ---- */

static void
add_title(struct person *p, const char *s, size_t n)
{
	size_t i;

	if (s == NULL || n == 0)
		return;
	for (i = 0; i < p->ntitles; i++)
		if (pword_eq(p->title[i].s, p->title[i].len, s, n))
			return;
	if (p->ntitles < PERSON_MAXTITLES) {
		p->title[p->ntitles].s = s;
		p->title[p->ntitles++].len = (uint32_t)n;
	}
}

static void
add_tmatch(struct person *p, const struct tmatch *m)
{
	add_title(p, m->whole.s, m->whole.len);
	add_title(p, m->bare.s, m->bare.len);
}

/* Index person k under its surname (or, foreign, its last word) and its
 * first word, for pass 2. */
/* Can a name, a surname or a foreign last name begin token c[0..cn)? */
static int
may_begin_name(const struct pscratch *x, const char *c, size_t cn)
{
	unsigned b = first_bit(c, cn);

	return (x->first_syl[b >> 6] >> (b & 63)) & 1;
}

static void
index_person(struct person_result *r, size_t k)
{
	const struct person *p = &r->p[k];
	struct pscratch *x = r->x;

	mark_first(x, p->name.s, p->name.len);
	if (p->surname > 0)
		mark_first(x, p->name.s + p->surname, p->name.len - p->surname);

	if (p->surname > 0) {
		const char *sp = memchr(p->name.s, ' ', p->name.len);

		pindex_add(&x->first, p->name.s, sp != NULL ? (size_t)(sp - p->name.s) : p->surname - 1,
		    0, (uint32_t)k);
		pindex_add(&x->sur, p->name.s + p->surname, p->name.len - p->surname, 0, (uint32_t)k);
		return;
	}
	if (p->name.len > 3 && pword_surname(p->name.s, 3) != NULL)
		pindex_add(&x->sur, p->name.s, 3, 0, (uint32_t)k);
	if (p->name.len > 6 && pword_surname(p->name.s, 6) != NULL)
		pindex_add(&x->sur, p->name.s, 6, 0, (uint32_t)k);
}

static struct person *
person_get(struct person_result *r, const char *s, size_t n, uint32_t surname)
{
	uint32_t i = pindex_next(&r->x->byname, PNONE, s, n, 0);
	struct person *p;

	if (i != PNONE)
		return &r->p[r->x->byname.e[i].val];
	r->p = xgrow(r->p, &r->cap, r->n + 1, sizeof(*r->p));
	p = &r->p[r->n];
	memset(p, 0, sizeof(*p));
	p->name.s = s;
	p->name.len = (uint32_t)n;
	p->surname = surname;
	pindex_add(&r->x->byname, s, n, 0, (uint32_t)r->n);
	index_person(r, r->n);
	r->x->need = xgrow(r->x->need, &r->x->capneed, r->n + 1, 1);
	r->x->need[r->n] = NEED_BACKREF;
	r->x->ssi = xgrow(r->x->ssi, &r->x->capssi, r->n + 1, 1);
	r->x->ssi[r->n] = 0;
	r->n++;
	return p;
}

/* Person p is found by evidence that needs at most `need`. */
static void
person_needs(struct person_result *r, const struct person *p, enum need need)
{
	size_t k = (size_t)(p - r->p);

	if (need < r->x->need[k])
		r->x->need[k] = (uint8_t)need;
}

/* The texts of the article, for spelling out abbreviations. */
struct article_text {
	const char *title;
	const char *const *para;
	size_t npara;
};

static int
article_has(const struct article_text *a, const char *s, size_t n)
{
	size_t i;

	if (a->title != NULL && memmem(a->title, strlen(a->title), s, n) != NULL)
		return 1;
	for (i = 0; i < a->npara; i++)
		if (memmem(a->para[i], strlen(a->para[i]), s, n) != NULL)
			return 1;
	return 0;
}

static void
set_org(struct person_result *r, struct person *p, const struct article_text *a,
	const char *s, size_t n)
{
	struct pscratch *x = r->x;
	long k;

	if (p->org.s != NULL || s == NULL || n == 0)
		return;
	p->org.s = s;
	p->org.len = (uint32_t)n;
	if ((k = pword_abbr_find(s, n)) >= 0) {
		/* spelled out only when the article spells it out; each
		 * full name is looked for once per article */
		for (; (size_t)k < pword_nabbrs() && strncmp(pword_abbr((size_t)k)->abbr, s, n) == 0
		    && pword_abbr((size_t)k)->abbr[n] == '\0'; k++) {
			const char *full = pword_abbr((size_t)k)->full;

			if (x->abbr_in[k] < 0)
				x->abbr_in[k] = (signed char)article_has(a, full, strlen(full));
			if (x->abbr_in[k]) {
				p->org.s = full;
				p->org.len = (uint32_t)strlen(full);
				return;
			}
		}
	}
	if (pword_acronym(s, n)) {
		uint32_t d = pindex_next(&x->defs, PNONE, s, n, 0);

		if (d != PNONE)
			p->org = x->def[x->defs.e[d].val];
	}
}

/* A word between a name and its title that ends the phrase instead. */
static int
breaks_phrase(const char *s, size_t n)
{
	if (pword_eq(s, n, "씨", 3) || pword_eq(s, n, "겸", 3))
		return 1;
	switch (pword_last_syl(s, n)) {
	case 0xC740: case 0xB294: case 0xC744: case 0xB97C: case 0xC5D0: case 0xC640:
	case 0xB3C4: case 0xBA70: case 0xC11C: case 0xB85C: case 0xB2E4: case 0xD574:
	case 0xACE0: case 0xBA74: case 0xB41C: case 0xB358: case 0xD55C: case 0xC774:
	case 0xAC00:
		/* 은 는 을 를 에 와 도 며 서 로 다 해 고 면 된 던 한 이 가: the
		 * phrase ends here, unless the word is an organisation */
		return !pword_org_like(s, n);
	default:
		return 0;
	}
}

static int
modifier(const char *s, size_t n)
{
	return pword_eq(s, n, "전", 3) || pword_eq(s, n, "현", 3) || pword_eq(s, n, "신임", 6)
	    || pword_eq(s, n, "초대", 6) || pword_eq(s, n, "前", 3) || pword_eq(s, n, "당시", 6);
}

/* The title after the name at token k, within three words: its token
 * index, or -1.  *org0, *org1: the tokens between (maybe none). */
static long
title_after(struct person_result *r, size_t k, struct tmatch *m, size_t *org0,
	    size_t *org1)
{
	size_t j, cn, pl;
	const char *c;

	*org0 = k + 1;
	for (j = k + 1; j <= k + 4 && joined(r, j - 1); j++) {
		c = core(r, j, &cn);
		if (tok_title(r, j, m, &pl)) {
			struct tmatch m2;
			size_t pl2;

			/* 한국자동차연구원 선임연구원: the first is the organisation */
			if (pl == 0 && !r->tok[j].close && joined(r, j)) {
				if (tok_title(r, j + 1, &m2, &pl2) && pword_org_like(c, cn))
					goto between;
			}
			if (j > k + 1 && pword_noun_title(m))
				return -1;
			*org1 = j;
			return (long)j;
		}
between:
		if (j == k + 4)
			return -1;
		/* asked of one word for each of the names before it: once */
		if (r->tok[j].brk < 0)
			r->tok[j].brk = (int8_t)breaks_phrase(c, cn);
		if (r->tok[j].brk)
			return -1;
		if (modifier(c, cn) && *org0 == j)
			*org0 = j + 1;
	}
	return -1;
}

/* The organisation among tokens [a, b): the leading organisation-like
 * words, or a single unknown word. */
static int
org_between(const struct person_result *r, size_t a, size_t b, struct pspan *org)
{
	size_t j = a, cn;
	const char *c;

	org->s = NULL;
	if (a >= b)
		return 0;
	while (j < b) {
		c = core(r, j, &cn);
		if (!pword_org_like(c, cn))
			break;
		j++;
	}
	if (j == a) {
		c = core(r, b - 1, &cn);
		/* 이화여대 약학대학: the last word is an organisation */
		if (b - a != 1 && !pword_org_like(c, cn))
			return 0;
		j = b - a == 1 ? a + 1 : b;
	}
	org->s = r->tok[a].text + r->tok[a].cs;
	org->len = r->tok[j - 1].ce - r->tok[a].cs;
	return 1;
}

/* The organisation just before the name at token k: "KOSA 조준희",
 * "딥웨이브의 한송이". */
static int
org_before(const struct person_result *r, size_t k, struct pspan *org)
{
	size_t cn, a;
	const char *c;

	org->s = NULL;
	if (k == 0 || !joined(r, k - 1))
		return 0;
	c = core(r, k - 1, &cn);
	if (cn > 3 && memcmp(c + cn - 3, "\xEC\x9D\x98", 3) == 0) {	/* 의 */
		cn -= 3;
		if (pword_stopname(c, cn) || cn < 6)
			return 0;
		org->s = c;
		org->len = (uint32_t)cn;
		return 1;
	}
	if (!pword_org_like(c, cn))
		return 0;
	a = k - 1;
	if (a > 0 && joined(r, a - 1)) {
		size_t pn;
		const char *pc = core(r, a - 1, &pn);

		if (pword_acronym(pc, pn) && (pword_acronym(c, cn)
		    || lexicon_find(lexicon_get(LEX_ORGCUES), pc, (size_t)(c + cn - pc)) != NULL))
			a--;
	}
	org->s = r->tok[a].text + r->tok[a].cs;
	org->len = (uint32_t)(c + cn - org->s);
	return 1;
}

/* Is c[0..cn) the surname or the name of a Korean person found so far? */
static int
korean_surname(const struct person_result *r, const char *c, size_t cn)
{
	uint32_t i;

	for (i = pindex_next(&r->x->byname, PNONE, c, cn, 0); i != PNONE;
	    i = pindex_next(&r->x->byname, i, c, cn, 0))
		if (r->p[r->x->byname.e[i].val].surname == 0)
			return 1;
	for (i = pindex_next(&r->x->sur, PNONE, c, cn, 0); i != PNONE;
	    i = pindex_next(&r->x->sur, i, c, cn, 0))
		if (r->p[r->x->sur.e[i].val].surname == 0)
			return 1;
	return 0;
}

static int
foreign_word(const struct person_result *r, size_t i)
{
	size_t cn, nsyl;
	const char *c = core(r, i, &cn);

	nsyl = r->tok[i].nsyl;
	if (nsyl == 0 || nsyl > 6 || r->tok[i].open || r->tok[i].close)
		return 0;
	if (pword_stopname(c, cn) || pword_org_like(c, cn) || pword_title_entry(c, cn) != NULL)
		return 0;
	if (korean_surname(r, c, cn))	/* 배 장관: a back-reference */
		return 0;
	switch (pword_last_syl(c, cn)) {
	case 0xB300: case 0xCCAD: case 0xCC98: case 0xBD80: case 0xB2F9:
		return 0;	/* 대 청 처 부 당: 이화여대, an organisation */
	default:
		break;
	}
	switch (pword_last_syl(c, cn)) {
	case 0xC740: case 0xB294: case 0xC744: case 0xB97C: case 0xC758: case 0xC5D0:
	case 0xAC00: case 0xC640: case 0xACFC: case 0xB3C4: case 0xB85C:
	case 0xACE0: case 0xD55C: case 0xB41C: case 0xC801: case 0xC778: case 0xBA74:
	case 0xBA70: case 0xC11C: case 0xB358: case 0xD574: case 0xC57C:
		/* 은 는 을 를 의 에 가 와 과 도 로 고 한 된 적 인 면 며 서 던 해 야:
		 * 따르면 트럼프; not 다, which ends 우에다 and 혼다 (a verb in 다
		 * ends a sentence, and its full stop ends the phrase) */
		return 0;
	default:
		return 1;
	}
}

/* Particles of Arabic, Dutch, German, Spanish ... names in Hangul: 빈 in
 * 타밈 빈 하마드 알사니, 반 in 빈센트 반 고흐, 폰 in 우르줄라 폰 데어
 * 라이엔. */
static int
connector(const struct person_result *r, size_t i)
{
	static const char *const w[] = {
		"빈", "반", "폰", "데", "데어", "드", "디", "델", "벤", "이븐", "엘", "르", "라",
		"다", "알", "판", "오", "도스", "두",
	};
	size_t cn, j;
	const char *c = core(r, i, &cn);

	if (cn != 3 && cn != 6)
		return 0;	/* every connector is one or two syllables */
	for (j = 0; j < sizeof(w) / sizeof(w[0]); j++)
		if (c[0] == w[j][0] && c[2] == w[j][2] && pword_eq(c, cn, w[j], strlen(w[j])))
			return 1;
	return 0;
}

/* Is c[0..cn) 씨, perhaps with a particle? */
static int
is_ssi(const char *c, size_t cn)
{
	return cn >= 3 && memcmp(c, SSI, 3) == 0 && (cn == 3 || pword_particle(c + 3, cn - 3));
}

/* Pass 1 at a name with 씨 in token k: 김재훈씨는, 김재훈 씨는,
 * 김재훈(45)씨; not the anonymised 김모씨, A씨, 김모(45)씨. */
static void
ssi_name(struct person_result *r, size_t k)
{
	const struct ptok *t = &r->tok[k];
	size_t cn, l, nn;
	const char *c = core(r, k, &cn), *n;
	struct person *p;
	int rare;

	if (joined(r, k) && (n = core(r, k + 1, &nn)) != NULL && is_ssi(n, nn)) {
		l = cn;
	} else if (t->close && t->text[t->ce] == '(') {
		const char *rp = strchr(t->text + t->ce, ')');

		if (rp == NULL || memcmp(rp + 1 + (rp[1] == ' '), SSI, 3) != 0)
			return;
		l = cn;
	} else {
		for (l = 9; l <= 12 && l + 3 <= cn; l += 3)
			if (is_ssi(c + l, cn - l))
				break;
		if (l > 12 || l + 3 > cn)
			return;
	}
	if (!pword_korean_name(c, l, &rare) || rare)
		return;
	if (pword_eq(c + l - 3, 3, "\xEB\xAA\xA8", 3))	/* 남궁모씨 */
		return;
	p = person_get(r, c, l, 0);
	person_needs(r, p, NEED_NOTHING);
	r->x->ssi[p - r->p] = 1;
}

/* The names joined by middle dots before the name at token k share its
 * title: 김선민·황명필 후보, 홍길동·김철수 의원. */
static void
dotted_list(struct person_result *r, size_t k, const struct tmatch *m, enum need need)
{
	while (k > 0 && r->tok[k - 1].dot && r->tok[k - 1].text == r->tok[k].text) {
		size_t cn;
		const char *c = core(r, --k, &cn);
		struct person *p;
		int rare;

		if (!pword_korean_name(c, cn, &rare) || rare)
			return;
		p = person_get(r, c, cn, 0);
		person_needs(r, p, need);
		add_tmatch(p, m);
	}
}

/* Pass 1 at a two-syllable name in token k, "조국 후보", "조국
 * 조국혁신당 대표": kept only if a back-reference (조 대표) follows. */
static void
two_syllable_name(struct person_result *r, size_t k, const struct article_text *a)
{
	size_t cn, o0, o1;
	const char *c = core(r, k, &cn);
	struct tmatch m;
	struct pspan org;
	struct person *p;
	long t;

	{
		/* no token is the surname alone: no back-reference, no name */
		unsigned b = first_bit(c, 3);

		if (!((r->x->one_syl[b >> 6] >> (b & 63)) & 1))
			return;
	}
	t = title_after(r, k, &m, &o0, &o1);
	if (t < 0 || pword_noun_title(&m))
		return;
	if (!pword_two_syllable_name(c, cn) || (k > 0 && joined(r, k - 1) && connector(r, k - 1)))
		return;
	if (o0 < (size_t)t && !org_between(r, o0, (size_t)t, &org))
		return;
	p = person_get(r, c, cn, 0);
	person_needs(r, p, NEED_BACKREF);
	add_tmatch(p, &m);
	if (o0 < (size_t)t)
		set_org(r, p, a, org.s, org.len);
}

/* Pass 1 at a name before a word for a government it led: 윤석열 정권,
 * 문재인 정부. */
static void
regime_name(struct person_result *r, size_t k)
{
	static const char *const w[] = { "정권", "정부", "행정부" };
	size_t cn, nn, j, l;
	const char *c = core(r, k, &cn), *n;
	struct person *p;
	int rare;

	if (!joined(r, k) || r->tok[k].nsyl != 3)
		return;
	n = core(r, k + 1, &nn);
	for (j = 0; j < sizeof(w) / sizeof(w[0]); j++) {
		/* (each word is two syllables or more: the first tells most) */
		if (nn < 6 || n[0] != w[j][0] || n[1] != w[j][1] || n[2] != w[j][2])
			continue;
		l = strlen(w[j]);
		if (nn >= l && memcmp(n, w[j], l) == 0 && (nn == l || pword_particle(n + l, nn - l)))
			break;
	}
	if (j == sizeof(w) / sizeof(w[0]) || !pword_korean_name(c, cn, &rare) || rare)
		return;
	switch (pword_last_syl(c, cn)) {
	case 0xB3FC: case 0xB410: case 0xD574: case 0xD588: case 0xC838: case 0xBA70:
		return;	/* 돼 됐 해 했 져 며: a verb (예산이 배정돼 정부 부처) */
	default:
		break;
	}
	p = person_get(r, c, cn, 0);
	person_needs(r, p, NEED_NOTHING);
}

/* Is m a player's role in a team (투수, 외야수, 골키퍼), which stands
 * before the name as often as after it? */
static int
sports_role(const struct tmatch *m)
{
	static const char *const w[] = {
		"투수", "포수", "내야수", "외야수", "타자", "지명타자", "공격수", "수비수",
		"골키퍼", "미드필더", "스트라이커", "선수",
	};
	size_t i;

	for (i = 0; i < sizeof(w) / sizeof(w[0]); i++)
		if (strcmp(m->e->f[0], w[i]) == 0)
			return 1;
	return 0;
}

/* Pass 1 at a title in token t followed by a name: "(대표 이정헌)",
 * "한국인터넷진흥원 원장 권진봉은".  In parentheses or after an
 * organisation it is believed; otherwise it needs a back-reference. */
static void
name_after_title(struct person_result *r, size_t t, const struct article_text *a)
{
	size_t cn, pl, l, k = t + 1, on = 0;
	const char *c, *o = NULL;
	struct tmatch m;
	struct person *p;
	enum need need = NEED_BACKREF;
	int rare;

	if (!joined(r, t))
		return;
	c = core(r, k, &cn);
	if (cn < 9 || hangul_at(c, cn, 0) == 0)
		return;
	if (!tok_title(r, t, &m, &pl) || pl != 0 || pword_noun_title(&m))
		return;
	for (l = 9; l <= 12 && l <= cn; l += 3)
		if (name_tail(c + l, cn - l) && pword_korean_name(c, l, &rare) && !rare)
			break;
	if (l > 12 || l > cn)
		return;
	if (r->tok[t].open && r->tok[t].text[r->tok[t].cs - 1] == '('
	    && r->tok[k].close && c[cn] == ')')
		need = NEED_NOTHING;
	if (t > 0 && joined(r, t - 1)) {
		o = core(r, t - 1, &on);
		if (pword_org_like(o, on))
			need = NEED_NOTHING;
		else
			o = NULL;
	}
	/* 외야수 정민혁(29)과 ... 정민혁은: a player named again */
	if (need == NEED_BACKREF && sports_role(&m))
		need = NEED_SECOND_MENTION;
	p = person_get(r, c, l, 0);
	person_needs(r, p, need);
	add_tmatch(p, &m);
	if (o != NULL)
		set_org(r, p, a, o, on);
}

/* Pass 1 at a Korean full name in token k. */
static void
full_name(struct person_result *r, size_t k, const struct article_text *a)
{
	size_t cn, o0 = 0, o1 = 0;
	const char *c = core(r, k, &cn);
	struct tmatch m;
	struct pspan org, left = { NULL, 0 };
	struct person *p;
	long t;
	int rare, weak = 0;

	if (r->tok[k].close || r->tok[k].nsyl < 2 || cn > 12 || !joined(r, k))
		return;
	if (k > 0 && r->tok[k - 1].dot) {
		size_t pn;
		const char *pc = core(r, k - 1, &pn);
		int prare;

		/* the last of a list of names, not of places: 중·영도구 */
		if (!pword_korean_name(pc, pn, &prare))
			return;
	}
	if (cn == 6) {
		two_syllable_name(r, k, a);
		return;
	}
	t = title_after(r, k, &m, &o0, &o1);
	if (t < 0)
		return;
	if (!pword_korean_name(c, cn, &rare)) {
		size_t on;
		const char *o = o0 + 1 == (size_t)t ? core(r, o0, &on) : NULL;

		/* 손정의 소프트뱅크 회장 */
		if (o == NULL || hangul_at(c, cn, cn - 3) != 0xC758 || !pword_name_in_ui(c, cn)
		    || !pword_known_org(o, on))
			return;
		rare = 0;
	}
	/* a foreign name: 타밈 빈 하마드 알사니 국왕, 우에다 가즈오 총재 */
	if (k > 0 && joined(r, k - 1) && (connector(r, k - 1) || (rare && foreign_word(r, k - 1))))
		return;
	/* words between the name and its title are its organisation, or it
	 * is no name (도널드 트럼프 미국 대통령); a surname alone between is
	 * a back-reference (not 차지한 김 의원) */
	if (o0 < (size_t)t && !org_between(r, o0, (size_t)t, &org))
		return;
	{
		size_t j;

		for (j = o0; j < (size_t)t; j++)
			if (r->tok[j].nsyl == 1)
				return;
	}
	org_between(r, o0, (size_t)t, &org);
	if (org.s == NULL)
		org_before(r, k, &left);
	else
		left.s = NULL;
	if (rare && pword_noun_title(&m))
		return;
	switch (pword_last_syl(c, cn)) {
	case 0xB2F9:	/* 당: 혁신당 */
		return;
	case 0xB300: case 0xCCAD: case 0xCC98: case 0xBD80:
		/* 대 청 처 부 end organisations: 서강대, 조달청 */
		weak = 1;
		break;
	case 0xD55C:
		/* 한 ends verbs before a title as often as names: 주도한 대표,
		 * 강조한 회장, but 이승한 대표 */
		weak = 1;
		break;
	default:
		break;
	}
	if ((rare || pword_noun_title(&m)) && !weak)
		weak = strcmp(m.e->f[0], "\xEC\x8B\x9C\xEC\x9E\xA5") == 0 ? 1 : 2;	/* 시장 */
	p = person_get(r, c, cn, 0);
	person_needs(r, p, !weak || org.s != NULL || left.s != NULL ? NEED_NOTHING
	    : weak == 2 ? NEED_SECOND_MENTION : NEED_ORG_OR_BACKREF);
	add_tmatch(p, &m);
	dotted_list(r, k, &m, weak ? NEED_ORG_OR_BACKREF : NEED_NOTHING);
	set_org(r, p, a, org.s != NULL ? org.s : left.s, org.s != NULL ? org.len : left.len);
	/* 오영주 장관 후보자, 김민석 국무총리 후보자: the two as one title */
	{
		struct tmatch m2;
		size_t pl0, pl2;
		const struct ptok *a0 = &r->tok[t];

		if (tok_title(r, (size_t)t, &m2, &pl0) && pl0 == 0 && joined(r, (size_t)t)
		    && tok_title(r, (size_t)t + 1, &m2, &pl2)
		    && r->tok[t + 1].cs == a0->ce + 1)
		{
			add_title(p, a0->text + a0->cs, r->tok[t + 1].ce - pl2 - a0->cs);
			add_tmatch(p, &m2);
		}
	}
	/* 배경훈 부총리 겸 과학기술정보통신부 장관 */
	if (!r->tok[t].close && joined(r, (size_t)t)) {
		size_t gn;
		const char *g = core(r, (size_t)t + 1, &gn);

		if (pword_eq(g, gn, "\xEA\xB2\xB8", 3)) {	/* 겸 */
			t = title_after(r, (size_t)t + 1, &m, &o0, &o1);
			if (t >= 0) {
				add_tmatch(p, &m);
				if (org_between(r, o0, (size_t)t, &org))
					set_org(r, p, a, org.s, org.len);
			}
		}
	}
}

/* Does "last title" occur at another place than token skip? */
static int
back_reference(struct person_result *r, size_t last, const struct tmatch *m)
{
	const struct pindex *h = &r->x->before;
	size_t ln;
	const char *l = core(r, last, &ln);
	uint32_t i;

	if (!r->x->before_built) {	/* most articles never ask */
		index_before_titles(r);
		r->x->before_built = 1;
	}

	for (i = pindex_next(h, PNONE, l, ln, (uintptr_t)m->e); i != PNONE;
	    i = pindex_next(h, i, l, ln, (uintptr_t)m->e))
		if (h->e[i].val != last)
			return 1;
	return 0;
}

/* A word of Hangul and Latin letters (오픈AI, 네이버클라우드X): an
 * organisation, not part of a name. */
static int
mixed_script(const char *s, size_t n)
{
	size_t i, latin = 0;

	for (i = 0; i < n; i++)
		latin += (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z');
	return latin > 0 && latin < n && hangul_at(s, n, 0) != 0;
}

/* The words of a foreign name that ends at token last: at least two,
 * more only across a connector (타밈 빈 하마드 알사니), at most five.  Its
 * first token, or -1; *conn: a connector is inside. */
static long
foreign_words(const struct person_result *r, size_t last, int *conn)
{
	size_t j = last, k = 1;

	*conn = 0;
	if (!foreign_word(r, last))
		return -1;
	while (j > 0 && k < 5 && joined(r, j - 1)) {
		int c = connector(r, j - 1);

		if (k >= 2 && !c && !connector(r, j))
			break;
		if (!c && !foreign_word(r, j - 1))
			break;
		*conn |= c;
		j--;
		k++;
	}
	while (j < last && connector(r, j))
		j++;
	return j < last ? (long)j : -1;
}

/* At a title in token t: a foreign name, its organisation and a word of
 * a title of two words, "마르틴 슈나이더 폴크라인 구매총괄 부사장", told
 * by the back-reference (슈나이더 부사장).  Found? */
static int
foreign_org_title(struct person_result *r, size_t t, const struct tmatch *m,
		  const struct article_text *a)
{
	size_t cn, fn;
	const char *f, *o;
	struct person *p;
	long first;
	int conn, rare;

	if (t < 4 || !joined(r, t - 4) || !joined(r, t - 3) || !joined(r, t - 2)
	    || !back_reference(r, t - 3, m) || (first = foreign_words(r, t - 3, &conn)) < 0)
		return 0;
	f = core(r, (size_t)first, &fn);
	if (!conn && pword_korean_name(f, fn, &rare) && !rare)
		return 0;
	p = person_get(r, f, (size_t)(r->tok[t - 3].ce - r->tok[first].cs),
	    (uint32_t)(r->tok[t - 3].cs - r->tok[first].cs));
	person_needs(r, p, NEED_NOTHING);
	o = core(r, t - 1, &cn);
	add_title(p, o, (size_t)(m->whole.s + m->whole.len - o));
	add_tmatch(p, m);
	o = core(r, t - 2, &cn);
	set_org(r, p, a, o, cn);
	return 1;
}

/* Pass 1 at a title in token t with no Korean name before it: a foreign
 * name in Hangul, "젠슨 황 엔비디아 CEO", "라이언 포터 테라코어 CEO",
 * "도널드 트럼프 미국 대통령", "타밈 빈 하마드 알사니 국왕". */
static void
foreign_name(struct person_result *r, size_t t, const struct article_text *a)
{
	size_t cn, pl, last = 0, orgt = 0;
	struct tmatch m;
	struct person *p;
	long first = -1;
	int with_org = 0, conn = 0, office;
	size_t n;

	if (t < 2 || r->tok[t].open || !joined(r, t - 1))
		return;
	{
		size_t xn;
		const char *x = core(r, t - 1, &xn);

		if (hangul_at(x, xn, 0) == 0 && !pword_acronym(x, xn))
			return;
	}
	if (!tok_title(r, t, &m, &pl))
		return;
	office = m.bare.s == NULL && (strcmp(m.e->f[1], "corp") == 0 || strcmp(m.e->f[1], "gov") == 0);
	for (n = 1; n <= 2 && first < 0 && t >= n + 1 && joined(r, t - n - 1); n++) {
		size_t on;
		const char *o = core(r, t - n, &on);

		/* one or two words of organisation between: known, mixed
		 * script (오픈AI), or told by "포터 CEO"; 제롬 파월 미국
		 * 연방준비제도 의장 */
		int known = pword_org_like(o, on) || mixed_script(o, on);

		if (!known && n == 2)
			break;
		if (n == 2) {
			size_t o2n;
			const char *o2 = core(r, t - 1, &o2n);

			if (!pword_org_like(o2, o2n))
				break;
		}
		if ((first = foreign_words(r, t - n - 1, &conn)) >= 0
		    && !known && !back_reference(r, t - 2, &m))
			first = -1;
		if (first >= 0) {
			last = t - n - 1;
			orgt = t - n;
			with_org = 1;
		}
	}
	if (first < 0 && foreign_org_title(r, t, &m, a))
		return;
	if (!office && !with_org)
		return;
	if (first < 0 && (first = foreign_words(r, t - 1, &conn)) >= 0) {
		last = t - 1;
		if (!conn && !back_reference(r, t - 1, &m))
			first = -1;
	}
	if (first < 0)
		return;
	if (!conn) {
		size_t fn;
		const char *f = core(r, (size_t)first, &fn);
		int rare;

		/* 강태섭 이화여대 약학대학 교수: a Korean name first */
		if (pword_korean_name(f, fn, &rare) && !rare)
			return;
	}
	{
		const char *ns = r->tok[first].text + r->tok[first].cs;
		size_t nl = r->tok[last].ce - r->tok[first].cs;

		p = person_get(r, ns, nl, (uint32_t)(r->tok[last].cs - r->tok[first].cs));
		person_needs(r, p, NEED_NOTHING);
		add_tmatch(p, &m);
		if (with_org) {
			const char *o = core(r, orgt, &cn);

			set_org(r, p, a, o, (size_t)(r->tok[t - 1].ce - r->tok[orgt].cs));
		}
	}
}

/* Pass 1 at a player's role in token t before a foreign name of two
 * words, the last with a particle: "외국인 투수 케빈 모랄레스와도".
 * After 외국인 or 용병 it is believed; otherwise it needs a
 * back-reference (모랄레스 투수). */
static void
foreign_after_role(struct person_result *r, size_t t)
{
	size_t pl, ln, fn, l, on;
	const char *c, *f;
	struct tmatch m;
	struct person *p;
	enum need need = NEED_BACKREF;
	int rare;

	if (!joined(r, t) || !joined(r, t + 1) || r->tok[t + 2].close || !tok_title(r, t, &m, &pl)
	    || pl != 0 || !sports_role(&m) || !foreign_word(r, t + 1))
		return;
	f = core(r, t + 1, &fn);
	if (pword_korean_name(f, fn, &rare) && !rare)
		return;
	c = core(r, t + 2, &ln);
	/* the shortest stem of two syllables or more before a particle */
	for (l = 6; l < ln && l <= 15; l += 3)
		if (hangul_at(c, ln, l - 3) != 0 && pword_particle(c + l, ln - l))
			break;
	if (l >= ln || l > 15 || pword_hangul(c, l) * 3 != l || pword_stopname(c, l)
	    || pword_org_like(c, l) || pword_title_entry(c, l) != NULL)
		return;
	if (t > 0 && joined(r, t - 1)) {
		const char *o = core(r, t - 1, &on);

		if (pword_eq(o, on, "\xEC\x99\xB8\xEA\xB5\xAD\xEC\x9D\xB8", 9)	/* 외국인 */
		    || pword_eq(o, on, "\xEC\x9A\xA9\xEB\xB3\x91", 6))		/* 용병 */
			need = NEED_NOTHING;
	}
	p = person_get(r, f, (size_t)(c + l - f), (uint32_t)(c - f));
	person_needs(r, p, need);
	add_tmatch(p, &m);
}

/* ---- pass 2: mentions ---- */

static void
add_mention(struct person_result *r, uint32_t para, size_t off, size_t len, size_t who)
{
	struct person_mention *m;

	r->m = xgrow(r->m, &r->capm, r->nm + 1, sizeof(*r->m));
	m = &r->m[r->nm++];
	m->para = para;
	m->off = (uint32_t)off;
	m->len = (uint32_t)len;
	m->who = (uint32_t)who;
	if (para != UINT32_MAX)
		r->p[who].mentions++;
}

/* The Korean person whose full name begins token c[0..cn), the rest
 * being name_tail, or -1. */
static long
korean_at(const struct person_result *r, const char *c, size_t cn)
{
	size_t l;

	if (r->x->byname.n == 0)
		return -1;
	/* a Korean name is two to four syllables; a reporter's name may be
	 * anything, and then it is the whole token */
	for (l = cn <= 30 ? cn : 12; l >= 6; l = l > 12 ? 12 : l - 3) {
		uint32_t e;

		if (l < cn && hangul_at(c, cn, l - 3) == 0)
			continue;
		for (e = pindex_next(&r->x->byname, PNONE, c, l, 0); e != PNONE;
		    e = pindex_next(&r->x->byname, e, c, l, 0))
			if (r->p[r->x->byname.e[e].val].surname == 0 && name_tail(c + l, cn - l))
				return (long)r->x->byname.e[e].val;
	}
	return -1;
}

/* The foreign person whose name is tokens i, i+1 ... (the last word
 * perhaps with a particle), or -1; *ntok: how many tokens. */
static long
foreign_at(const struct person_result *r, size_t i, size_t *ntok)
{
	size_t cn;
	const char *c;
	uint32_t e;

	if (r->x->first.n == 0)
		return -1;
	c = core(r, i, &cn);
	for (e = pindex_next(&r->x->first, PNONE, c, cn, 0); e != PNONE;
	    e = pindex_next(&r->x->first, e, c, cn, 0)) {
		const struct person *p = &r->p[r->x->first.e[e].val];
		const char *w = p->name.s + cn + 1, *end = p->name.s + p->name.len;
		size_t j = i;

		/* each further word is the next token; the last may go on */
		while (w < end && joined(r, j)) {
			const char *sp = memchr(w, ' ', (size_t)(end - w));
			size_t wl = sp != NULL ? (size_t)(sp - w) : (size_t)(end - w), ln;
			const char *l = core(r, ++j, &ln);

			if (sp != NULL ? !pword_eq(l, ln, w, wl) : ln < wl || memcmp(l, w, wl) != 0
			    || !name_tail(l + wl, ln - wl))
				break;
			w += wl + 1;
		}
		if (w >= end) {
			*ntok = j - i + 1;
			return (long)r->x->first.e[e].val;
		}
	}
	return -1;
}

/* Does p have a title that m is: the same, or one ends the other
 * (정책실장 and 실장)? */
static int
has_title(const struct person *p, const struct tmatch *m)
{
	size_t j;

	for (j = 0; j < p->ntitles; j++) {
		const struct pspan *t = &p->title[j];
		size_t l = t->len < m->whole.len ? t->len : m->whole.len,
		    rest = t->len + m->whole.len - 2 * l;

		/* 정책실장 and 실장, not 부사장 and 사장 */
		if ((rest == 0 || rest >= 6)
		    && memcmp(t->s + t->len - l, m->whole.s + m->whole.len - l, l) == 0)
			return 1;
		if (m->bare.s && pword_eq(t->s, t->len, m->bare.s, m->bare.len))
			return 1;
	}
	return 0;
}

/* The person a back-reference c[0..cn) with title m refers to: among
 * those of that surname, the one with this title, else the latest
 * mentioned; -1 if none. */
static long
resolve(const struct person_result *r, const char *c, size_t cn, const struct tmatch *m)
{
	const struct pindex *h = &r->x->sur;
	const long *last = r->x->last;
	long best = -1, with = -1;
	uint32_t e;
	size_t seen = 0;

	for (e = pindex_next(h, PNONE, c, cn, 0); e != PNONE && seen < SAME_SURNAME_MAX;
	    e = pindex_next(h, e, c, cn, 0), seen++) {
		long k = (long)h->e[e].val;

		/* the chain runs newest first: on a tie the first found wins */
		if (has_title(&r->p[k], m)) {
			if (with < 0 || k < with)
				with = k;
		} else if (best < 0 || last[k] > last[best] || (last[k] == last[best] && k < best)) {
			best = k;
		}
	}
	if (with >= 0)
		return with;
	return best;
}

/* A back-reference with 씨 at token i (김 씨는, 김씨는) to a person named
 * with 씨 of that surname, the latest mentioned; or -1. */
static long
ssi_backref(const struct person_result *r, size_t i)
{
	const struct pindex *h = &r->x->sur;
	size_t cn, sn, nn;
	const char *c = core(r, i, &cn), *n;
	long best = -1;
	uint32_t e;

	if (joined(r, i) && (n = core(r, i + 1, &nn)) != NULL && is_ssi(n, nn))
		sn = cn;
	else if (cn > 3 && is_ssi(c + 3, cn - 3) && pword_surname(c, 3) != NULL)
		sn = 3;
	else
		return -1;
	for (e = pindex_next(h, PNONE, c, sn, 0); e != PNONE; e = pindex_next(h, e, c, sn, 0)) {
		long k = (long)h->e[e].val;

		if (r->x->ssi[k] && (best < 0 || r->x->last[k] > r->x->last[best]))
			best = k;
	}
	return best;
}

/* Is token i a title and 단, a body of such office-holders (회장단,
 * 임원단과), so that the word before it is an organisation? */
static int
title_group(const struct person_result *r, size_t i)
{
	size_t cn, q;
	const char *c = core(r, i, &cn);

	for (q = 6; q + 3 <= cn && q <= 18; q += 3)
		if (memcmp(c + q, "\xEB\x8B\xA8", 3) == 0 && pword_title_entry(c, q) != NULL)	/* 단 */
			return q + 3 == cn || pword_particle(c + q + 3, cn - q - 3);
	return 0;
}

static void
mentions(struct person_result *r)
{
	struct pscratch *x = r->x;
	size_t i, k, cn;

	x->last = xgrow(x->last, &x->caplast, r->n ? r->n : 1, sizeof(*x->last));
	x->backrefs = xgrow(x->backrefs, &x->capback, r->n ? r->n : 1, sizeof(*x->backrefs));
	for (k = 0; k < r->n; k++) {
		x->last[k] = -1;
		x->backrefs[k] = 0;
	}
	for (i = 0; i < r->ntok; i++) {
		const char *c = core(r, i, &cn);
		const struct ptok *t = &r->tok[i];
		struct tmatch m;
		size_t pl, nt = 0, mn, skip;
		long who;

		if (cn == 0 || !may_begin_name(x, c, cn))
			continue;
		if ((who = korean_at(r, c, cn)) >= 0) {
			if (r->p[who].name.len == cn && joined(r, i) && title_group(r, i + 1))
				x->need[who] = NEED_NEVER;	/* 소공연 회장단 */
			add_mention(r, t->para, t->cs, r->p[who].name.len, (size_t)who);
			x->last[who] = (long)i;
			continue;
		}
		if ((who = foreign_at(r, i, &nt)) >= 0) {
			add_mention(r, t->para, t->cs, r->p[who].name.len, (size_t)who);
			x->last[who] = (long)i;
			i += nt - 1;
			continue;
		}
		/* 김 씨, 김씨는: a person named with 씨 */
		if ((who = ssi_backref(r, i)) >= 0) {
			size_t end = joined(r, i) ? r->tok[i + 1].cs + 3 : t->cs + cn;

			x->backrefs[who] += t->para != UINT32_MAX;
			add_mention(r, t->para, t->cs, end - t->cs, (size_t)who);
			x->last[who] = (long)i;
			i += joined(r, i) && r->tok[i + 1].cs + 3 <= r->tok[i + 1].ce;
			continue;
		}
		/* 배 장관, 남궁 차관, 포터 CEO, 윤 전 대통령 */
		skip = 0;
		if (joined(r, i) && joined(r, i + 1)) {
			const char *mc = core(r, i + 1, &mn);

			skip = (size_t)modifier(mc, mn);
		}
		if (!joined(r, i) || cn > 15 || !tok_title(r, i + 1 + skip, &m, &pl))
			continue;
		if ((who = resolve(r, c, cn, &m)) < 0)
			continue;
		add_tmatch(&r->p[who], &m);
		x->backrefs[who] += t->para != UINT32_MAX;
		add_mention(r, t->para, t->cs, (size_t)(m.whole.s + m.whole.len - (t->text + t->cs)),
		    (size_t)who);
		x->last[who] = (long)i;
		i += 1 + skip;
	}
}

/* Is person k kept: named in the body (a reporter always), with the
 * evidence it needs, and not the organisation of another person or an
 * abbreviation the article defines (손우목 전삼노 노조위원장,
 * 전국삼성전자노동조합(전삼노))? */
static int
keep(const struct person_result *r, size_t k, const struct pindex *orgs)
{
	const struct person *p = &r->p[k];
	const struct pscratch *x = r->x;
	uint32_t e;
	int seen = 0;

	if (p->reporter)
		return 1;
	if (p->mentions == 0 || (p->surname == 0 && pword_place(p->name.s, p->name.len)))
		return 0;
	if (x->need[k] == NEED_NEVER || (x->need[k] == NEED_BACKREF && x->backrefs[k] == 0))
		return 0;
	if (x->need[k] == NEED_ORG_OR_BACKREF && x->backrefs[k] == 0 && p->org.s == NULL)
		return 0;
	if (x->need[k] == NEED_SECOND_MENTION && x->backrefs[k] == 0 && p->org.s == NULL
	    && p->mentions < 2)
		return 0;
	if (p->surname == 0 && pindex_next(&x->defs, PNONE, p->name.s, p->name.len, 0) != PNONE)
		return 0;
	/* "오세희 소공연 회장" reads as well "진원팜 김찬화 전무" (an
	 * organisation, then the name): one such reading tells nothing, two
	 * persons of one organisation do */
	for (e = pindex_next(orgs, PNONE, p->name.s, p->name.len, 0); e != PNONE;
	    e = pindex_next(orgs, e, p->name.s, p->name.len, 0))
		if (++seen >= 2)
			return 0;
	return 1;
}

/* Drop the persons not kept, and their mentions; a reporter named only
 * in the by-line has that one mention. */
static void
prune(struct person_result *r)
{
	struct pindex *orgs = &r->x->before;	/* done with: reused */
	uint32_t *to = r->x->backrefs;		/* read by keep, then reused */
	size_t k, n = 0, i, nm = 0;

	pindex_reset(orgs, r->n);
	for (k = 0; k < r->n; k++)
		if (r->p[k].org.s != NULL)
			pindex_add(orgs, r->p[k].org.s, r->p[k].org.len, 0, (uint32_t)k);
	for (k = 0; k < r->n; k++) {
		int kept = keep(r, k, orgs);

		if (kept) {
			r->p[n] = r->p[k];
			if (r->p[n].reporter && r->p[n].mentions == 0)
				r->p[n].mentions = 1;
		}
		to[k] = kept ? (uint32_t)n++ : PNONE;
	}
	for (i = 0; i < r->nm; i++)
		if (to[r->m[i].who] != PNONE) {
			r->m[nm] = r->m[i];
			r->m[nm++].who = to[r->m[i].who];
		}
	r->n = n;
	r->nm = nm;
}

void
person_extract(const char *title, const char *const *para, size_t npara,
	       const char *const *rep, size_t nrep, const char *outlet,
	       struct person_result *r)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	struct article_text a = { title, para, npara };
	struct pscratch *x;
	size_t i, cn, k;

	pthread_once(&once, pword_init);
	if (r->x == NULL)
		r->x = xcalloc(1, sizeof(*r->x));
	x = r->x;
	r->n = r->nm = r->ntok = 0;
	x->ndef = 0;
	memset(x->one_syl, 0, sizeof(x->one_syl));
	pindex_reset(&x->defs, 16);
	for (i = 0; i < npara; i++)
		tokenize(r, para[i], (uint32_t)i);
	if (title != NULL)
		tokenize(r, title, UINT32_MAX);
	mark_joins(r);
	pindex_reset(&x->byname, 64);
	pindex_reset(&x->first, 16);
	pindex_reset(&x->sur, 64);
	pindex_reset(&x->before, r->ntok / 4);
	x->abbr_in = xgrow(x->abbr_in, &x->capabbr, pword_nabbrs() + 1, 1);
	memset(x->abbr_in, -1, pword_nabbrs() + 1);
	x->before_built = 0;
	memset(x->first_syl, 0, sizeof(x->first_syl));
	for (i = 0; i < r->ntok; i++) {
		size_t before = r->n;
		const char *c = core(r, i, &cn);
		int hangul = hangul_at(c, cn, 0) != 0;

		if (hangul)
			full_name(r, i, &a);
		if (r->n == before && hangul)
			ssi_name(r, i);
		if (r->n == before && hangul)
			regime_name(r, i);
		if (r->n == before)
			name_after_title(r, i, &a);
		if (r->n == before)
			foreign_name(r, i, &a);
		if (r->n == before)
			foreign_after_role(r, i);
	}
	for (k = 0; k < nrep; k++) {
		struct person *p = person_get(r, rep[k], strlen(rep[k]), 0);

		p->reporter = 1;
		person_needs(r, p, NEED_NOTHING);
		add_title(p, "\xEA\xB8\xB0\xEC\x9E\x90", 6);	/* 기자 */
		if (outlet != NULL)
			set_org(r, p, &a, outlet, strlen(outlet));
	}
	mentions(r);
	prune(r);
}

void
person_result_free(struct person_result *r)
{
	free(r->p);
	free(r->m);
	free(r->tok);
	if (r->x != NULL) {
		pindex_free(&r->x->byname);
		pindex_free(&r->x->first);
		pindex_free(&r->x->sur);
		pindex_free(&r->x->before);
		pindex_free(&r->x->defs);
		free(r->x->def);
		free(r->x->last);
		free(r->x->abbr_in);
		free(r->x->need);
		free(r->x->ssi);
		free(r->x->backrefs);
		free(r->x);
	}
	memset(r, 0, sizeof(*r));
}
