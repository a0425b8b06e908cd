/*
 * util.c — allocation wrappers, struct buf and the chunked arena.
 */
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static fatal_hook_fn fatal_hook;

void
util_set_fatal_hook(fatal_hook_fn hook)
{
	fatal_hook = hook;
}

void
fatal(const char *fmt, ...)
{
	va_list ap;

	if (fatal_hook != NULL) {
		fatal_hook_fn hook = fatal_hook;

		fatal_hook = NULL;	/* a failing hook must not recurse */
		hook();
	}
	fputs("gisa: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		fatal("out of memory allocating %zu bytes", n);
	return p;
}

void *
xcalloc(size_t count, size_t n)
{
	void *p = calloc(count ? count : 1, n ? n : 1);

	if (p == NULL)
		fatal("out of memory allocating %zu x %zu bytes", count, n);
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (q == NULL)
		fatal("out of memory allocating %zu bytes", n);
	return q;
}

void *
xgrow(void *p, size_t *cap, size_t need, size_t size)
{
	size_t c = *cap;

	if (need <= c)
		return p;
	if (c < 8)
		c = 8;
	while (c < need) {
		if (c > SIZE_MAX / 2 / size)
			fatal("array too large");
		c *= 2;
	}
	*cap = c;
	return xrealloc(p, c * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return buf_detach(&b, NULL);
}

void
buf_grow(struct buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;

	if (need < b->len)
		fatal("buffer too large");
	if (b->s == NULL) {
		b->s = xgrow(NULL, &b->cap, need, 1);
		b->s[0] = '\0';
	} else {
		b->s = xgrow(b->s, &b->cap, need, 1);
	}
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list aq;
	int n;

	size_t room = b->cap - b->len;

	/* straight into the room left, formatting a second time only when
	 * it was too small */
	va_copy(aq, ap);
	n = vsnprintf(room > 0 ? b->s + b->len : NULL, room, fmt, aq);
	va_end(aq);
	if (n < 0)
		fatal("bad format string");
	if ((size_t)n >= room) {
		buf_grow(b, (size_t)n);
		vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	}
	b->len += (size_t)n;
}

void
buf_add_u64(struct buf *b, uint64_t v)
{
	char d[20];
	size_t k = sizeof(d);

	do {
		d[--k] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	buf_add(b, d + k, sizeof(d) - k);
}

void
buf_add_grouped(struct buf *b, uint64_t v)
{
	char d[32];
	int len = snprintf(d, sizeof(d), "%llu", (unsigned long long)v), i;

	for (i = 0; i < len; i++) {
		if (i > 0 && (len - i) % 3 == 0)
			buf_addc(b, ',');
		buf_addc(b, d[i]);
	}
}

void
buf_add_i64(struct buf *b, int64_t v)
{
	if (v < 0) {
		buf_addc(b, '-');
		buf_add_u64(b, 0 - (uint64_t)v);
	} else {
		buf_add_u64(b, (uint64_t)v);
	}
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void
buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->s != NULL)
		b->s[0] = '\0';
}

void
buf_truncate(struct buf *b, size_t len)
{
	if (len < b->len) {
		b->len = len;
		b->s[len] = '\0';
	}
}

char *
buf_detach(struct buf *b, size_t *len)
{
	char *s;

	if (b->s == NULL)
		buf_grow(b, 0);
	s = b->s;
	if (len != NULL)
		*len = b->len;
	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

void
buf_free(struct buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

void
buf_add_shown(struct buf *b, const char *s, size_t n)
{
	static const char letter[] = "\\a\\b\\t\\n\\v\\f\\r";	/* 7..13 */
	size_t i = 0, run = 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		uint32_t u;
		int len;

		if (c >= 0x20 && c < 0x7F) {
			run++;
			i++;
			continue;
		}
		if (c >= 0x80) {
			len = utf8_decode(s + i, n - i, &u);
			if (len > 0 && u > 0x9F && !util_is_bidi_control(u)
			    && u != 0x2028 && u != 0x2029) {
				run += (size_t)len;
				i += (size_t)len;
				continue;
			}
		} else {
			len = 1;
		}
		buf_add(b, s + i - run, run);
		run = 0;
		if (c < 0x80) {
			if (c >= 7 && c <= 13)
				buf_add(b, letter + 2 * (c - 7), 2);
			else
				buf_printf(b, "\\%03o", c);
		} else if (len < 0) {
			buf_printf(b, "\\%03o", c);
			len = 1;
		} else {
			buf_printf(b, "\\u%04x", (unsigned)u);
		}
		i += (size_t)len;
	}
	buf_add(b, s + i - run, run);
}

int
util_name_index(const char *const *names, int n, const char *name)
{
	int i;

	for (i = 0; i < n; i++)
		if (names[i] && strcmp(names[i], name) == 0)
			return i;
	return -1;
}

int
util_parse_size(const char *s, size_t *out)
{
	size_t v = 0, mul = 1;

	if (*s < '0' || *s > '9')
		return -1;
	for (; *s >= '0' && *s <= '9'; s++) {
		if (v > (SIZE_MAX - 9) / 10)
			return -1;
		v = v * 10 + (size_t)(*s - '0');
	}
	switch (*s) {
	case 'k': case 'K': mul = (size_t)1 << 10; s++; break;
	case 'm': case 'M': mul = (size_t)1 << 20; s++; break;
	case 'g': case 'G': mul = (size_t)1 << 30; s++; break;
	default: break;
	}
	if (mul > 1 && (s[0] == 'i' || s[0] == 'I') && (s[1] == 'b' || s[1] == 'B'))
		s += 2;
	else if (s[0] == 'b' || s[0] == 'B')
		s++;
	if (*s != '\0' || (v != 0 && mul > SIZE_MAX / v))
		return -1;
	*out = v * mul;
	return 0;
}

char *
util_shown(const char *s)
{
	struct buf b = BUF_INIT;

	buf_add_shown(&b, s, strlen(s));
	return buf_detach(&b, NULL);
}

void
buf_add_utf8(struct buf *b, uint32_t u)
{
	char t[4];
	size_t n;

	if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF))
		u = 0xFFFD;
	if (u < 0x80) {
		t[0] = (char)u;
		n = 1;
	} else if (u < 0x800) {
		t[0] = (char)(0xC0 | (u >> 6));
		t[1] = (char)(0x80 | (u & 0x3F));
		n = 2;
	} else if (u < 0x10000) {
		t[0] = (char)(0xE0 | (u >> 12));
		t[1] = (char)(0x80 | ((u >> 6) & 0x3F));
		t[2] = (char)(0x80 | (u & 0x3F));
		n = 3;
	} else {
		t[0] = (char)(0xF0 | (u >> 18));
		t[1] = (char)(0x80 | ((u >> 12) & 0x3F));
		t[2] = (char)(0x80 | ((u >> 6) & 0x3F));
		t[3] = (char)(0x80 | (u & 0x3F));
		n = 4;
	}
	buf_add(b, t, n);
}

/* Chunks are at least ARENA_CHUNK bytes; larger requests get their own.
 * An arena that fills its first chunk is a big one (a corpus's text):
 * its later chunks are ARENA_BIG, aligned to and advised for huge pages,
 * so filling them takes a page fault per 2 MiB instead of per 4 KiB. */
#define ARENA_CHUNK ((size_t)1 << 20)
#define ARENA_BIG ((size_t)2 << 20)
#define HUGE_PAGE ((size_t)2 << 20)

static struct arena_chunk *
chunk_new(size_t size, int big)
{
	void *p = NULL;

#ifdef MADV_HUGEPAGE
	if (big && posix_memalign(&p, HUGE_PAGE, size) == 0) {
		(void)madvise(p, size, MADV_HUGEPAGE);	/* a hint: may be refused */
		return p;
	}
#else
	(void)big;
#endif
	p = xmalloc(size);
	return p;
}

struct arena_chunk {
	struct arena_chunk *next;
	size_t size;
	size_t off;
	max_align_t data[];
};

/* n bytes at a multiple of align (a power of two, at most max_align_t's
 * size) from the current chunk, or from a new one. */
static void *
arena_take(struct arena *a, size_t n, size_t align)
{
	struct arena_chunk *c = a->head;
	size_t start = c != NULL ? (c->off + align - 1) & ~(align - 1) : 0;

	if (c == NULL || start > c->size || c->size - start < n) {
		size_t chunk = c != NULL ? ARENA_BIG : ARENA_CHUNK;
		size_t size = n > chunk ? n : chunk - sizeof(*c);

		c = chunk_new(sizeof(*c) + size, chunk == ARENA_BIG && n <= size);
		c->size = size;
		c->off = 0;
		start = 0;
		if (a->head != NULL && n > chunk - sizeof(*c)) {
			/* keep the current chunk on top: it still has room */
			c->next = a->head->next;
			a->head->next = c;
		} else {
			c->next = a->head;
			a->head = c;
		}
	}
	a->used += start + n - c->off;
	c->off = start + n;
	return (char *)c->data + start;
}

void *
arena_alloc(struct arena *a, size_t n)
{
	/* An object's size is a multiple of its alignment, a power of two:
	 * n's lowest set bit (at most max_align_t's) serves any object of n
	 * bytes, as C2x asks of malloc.  Arrays of pointers and of 4-byte
	 * structures are not padded to 16 bytes. */
	size_t align = sizeof(max_align_t), low = n & (~n + 1);

	if (low != 0 && low < align)
		align = low;
	return arena_take(a, n ? n : 1, align);
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_take(a, n + 1, 1);	/* text needs no alignment */

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

/* The cache of shared strings: direct-mapped, a newer string evicts the
 * one in its slot.  Only short strings are worth it.  (A cache that
 * forgets, of fixed size, not a table of everything added: hence not the
 * core hash table, hash.h, which keeps every entry and grows.) */
#define SHARED_SLOTS 32768
#define SHARED_MAX 64

struct arena_shared {
	const char *s[SHARED_SLOTS];
	uint8_t len[SHARED_SLOTS];
};

const char *
arena_strndup_shared(struct arena *a, const char *s, size_t n)
{
	size_t h;
	char *p;

	if (n > SHARED_MAX || a->unshared)
		return arena_strndup(a, s, n);
	if (a->shared == NULL)
		a->shared = xcalloc(1, sizeof(*a->shared));
	h = (size_t)util_hash64(s, n, 0) & (SHARED_SLOTS - 1);
	if (a->shared->s[h] != NULL && a->shared->len[h] == n
	    && memcmp(a->shared->s[h], s, n) == 0)
		return a->shared->s[h];
	p = arena_strndup(a, s, n);
	a->shared->s[h] = p;
	a->shared->len[h] = (uint8_t)n;
	return p;
}

void
arena_forget_shared(struct arena *a)
{
	free(a->shared);
	a->shared = NULL;
}

void
arena_reset(struct arena *a)
{
	struct arena_chunk *c, *next, *keep = NULL;

	arena_forget_shared(a);
	for (c = a->head; c != NULL; c = c->next)
		if (keep == NULL || c->size > keep->size)
			keep = c;
	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		if (c != keep)
			free(c);
	}
	if (keep != NULL) {
		keep->next = NULL;
		keep->off = 0;
	}
	a->head = keep;
	a->used = 0;
}

void
arena_free(struct arena *a)
{
	struct arena_chunk *c = a->head, *next;

	arena_forget_shared(a);

	for (; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	a->head = NULL;
	a->used = 0;
}

uint64_t
util_hash64(const void *p, size_t n, uint64_t seed)
{
	const unsigned char *s = p;
	uint64_t h = 0xcbf29ce484222325ULL ^ seed;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

void
strv_add(struct strv *sv, const char *s, size_t n)
{
	sv->v = xgrow(sv->v, &sv->cap, sv->n + 1, sizeof(*sv->v));
	sv->v[sv->n++] = xstrndup(s, n);
}

void
strv_remove(struct strv *sv, size_t i)
{
	free(sv->v[i]);
	memmove(sv->v + i, sv->v + i + 1, (sv->n - i - 1) * sizeof(*sv->v));
	sv->n--;
}

void
strv_free(struct strv *sv)
{
	size_t i;

	for (i = 0; i < sv->n; i++)
		free(sv->v[i]);
	free(sv->v);
	memset(sv, 0, sizeof(*sv));
}
