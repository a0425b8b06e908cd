/*
 * util.h — allocation that never fails quietly, a growable byte buffer
 * (struct buf, after git's strbuf) and a bump arena for corpus text.
 *
 * The core never talks to the terminal: when an allocation fails it calls
 * the fatal hook, which the UI sets so the terminal is restored before the
 * message is printed (tig's die_callback).
 */
#ifndef GISA_UTIL_H
#define GISA_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__GNUC__)
#define GISA_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define GISA_NORETURN __attribute__((noreturn))
#else
#define GISA_PRINTF(a, b)
#define GISA_NORETURN
#endif

/* Called by fatal() before the message is written; may be NULL. */
typedef void (*fatal_hook_fn)(void);
void util_set_fatal_hook(fatal_hook_fn hook);

/* Print "gisa: MESSAGE" to stderr after running the hook, exit 1. */
void fatal(const char *fmt, ...) GISA_PRINTF(1, 2) GISA_NORETURN;

/* Allocators: never return NULL; call fatal() when memory runs out. */
void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t n);
void *xrealloc(void *p, size_t n);
/* Grow an array to hold at least `need` elements of `size` bytes. */
void *xgrow(void *p, size_t *cap, size_t need, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) GISA_PRINTF(1, 2);

/*
 * struct buf: a growable byte string.
 * Invariant: s is NULL only when cap is 0; otherwise s[len] == '\0'.
 * A zeroed struct is an empty buffer.  buf_detach hands s to the caller
 * (never NULL) and leaves the buffer empty.
 */
struct buf {
	char *s;
	size_t len;
	size_t cap;
};

#define BUF_INIT { NULL, 0, 0 }

void buf_grow(struct buf *b, size_t extra);
static inline void buf_add(struct buf *b, const void *p, size_t n);
void buf_adds(struct buf *b, const char *s);
static inline void buf_addc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...) GISA_PRINTF(2, 3);
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);
/* Append v in decimal, as printf's %llu and %lld would. */
void buf_add_u64(struct buf *b, uint64_t v);
/* Append v in decimal with a comma every three digits: 37,000. */
void buf_add_grouped(struct buf *b, uint64_t v);
void buf_add_i64(struct buf *b, int64_t v);
void buf_reset(struct buf *b);
void buf_truncate(struct buf *b, size_t len);
char *buf_detach(struct buf *b, size_t *len);
void buf_free(struct buf *b);
/* Append code point u as UTF-8. */
void buf_add_utf8(struct buf *b, uint32_t u);

/*
 * struct arena: a bump allocator made of chunks.  Everything allocated in
 * an arena is freed at once by arena_free; nothing is freed singly.
 * Pointers stay valid until arena_free.
 */
struct arena_chunk;
struct arena_shared;
struct arena {
	struct arena_chunk *head;
	size_t used;	/* bytes handed out, for statistics */
	struct arena_shared *shared;	/* arena_strndup_shared's cache, or NULL */
	int unshared;	/* set: arena_strndup_shared copies, keeps no cache
			 * (a small arena, soon freed: the cache would be
			 * larger than what it saves) */
};

/* n bytes aligned for any object of n bytes (for anything when n is a
 * multiple of sizeof(max_align_t)). */
void *arena_alloc(struct arena *a, size_t n);
/* A NUL-terminated copy, packed with no alignment padding. */
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_strdup(struct arena *a, const char *s);
/* A copy of s[0..n) that may be shared with an equal string copied
 * earlier in this arena (names, titles, units, dates repeat across a
 * corpus): read-only.  The recent ones are remembered in a fixed-size
 * cache (a few hundred KB), freed by arena_forget_shared or arena_free. */
const char *arena_strndup_shared(struct arena *a, const char *s, size_t n);
/* Free the cache of arena_strndup_shared; the strings stay. */
void arena_forget_shared(struct arena *a);
/* Everything allocated in a freed at once, but its largest chunk kept
 * for what comes next (no new memory to fault in and clear). */
void arena_reset(struct arena *a);
void arena_free(struct arena *a);

/* Whether u is a bidi control (embeddings, overrides, isolates, the
 * directional marks) or the zero-width no-break space / BOM. */
static inline int util_is_bidi_control(uint32_t u);

/* Code points that NFC leaves alone whatever follows them, and that can
 * not combine with what precedes them: the common case of Korean news. */
static inline int util_nfc_stable(uint32_t u);

/* Whether code point u may stand as it is in clean text on one line: not
 * a control (C0, DEL, C1; tab and newline included), not a bidi control
 * nor U+2028/2029, and NFC-stable. */
static inline int util_char_clean(uint32_t u);

/*
 * s[0..n) as it may be shown on a terminal, appended to b: outside text
 * (file names, strings of a jsonl, state lines, PCRE2 messages) goes
 * through here before any message carries it.  Printable ASCII and
 * printable UTF-8 are kept; C0 controls and DEL are escaped the way GNU
 * ls -b does (\t \n \r \a \b \f \v, else octal: \033), C1 controls,
 * bidi controls and U+2028/2029 as \u009b, \u202e, and bytes that are
 * not UTF-8 as octal (\377).  The result holds no control byte.
 */
void buf_add_shown(struct buf *b, const char *s, size_t n);
/* buf_add_shown of a NUL-terminated string, malloc'd. */
char *util_shown(const char *s);

/* A size as a user writes it: digits, then optionally K, M or G (powers
 * of 1024, case-insensitive, an optional "iB" or "B" after them).
 * Returns 0 with *out set, or -1 for anything else (empty, negative,
 * junk, overflow). */
int util_parse_size(const char *s, size_t *out);

/* The index of name in a table of n names (NULL entries skipped), or
 * -1: how a word the user typed becomes an enum. */
int util_name_index(const char *const *names, int n, const char *name);

/* 64-bit FNV-1a over n bytes. */
uint64_t util_hash64(const void *p, size_t n, uint64_t seed);

/* Decode one UTF-8 sequence at s (n bytes left) into *u; returns its
 * length (1..4), or -1 for an invalid sequence (then *u = U+FFFD and one
 * byte should be skipped).  Never reads past n. */
static inline int utf8_decode(const char *s, size_t n, uint32_t *u);
/* A precomposed Hangul syllable (U+AC00-D7A3) at s (n bytes left):
 * returns 3 with *u set, as utf8_decode would, else 0 (then ask
 * utf8_decode).  The fast path of loops over Korean text. */
static inline int utf8_syllable(const char *s, size_t n, uint32_t *u);



/*
 * struct strv: a growable vector of malloc'd strings.  A zeroed struct is
 * empty; strv_free frees the strings and the vector.
 */
struct strv {
	char **v;
	size_t n, cap;
};

#define STRV_INIT { NULL, 0, 0 }

void strv_add(struct strv *sv, const char *s, size_t n);
void strv_remove(struct strv *sv, size_t i);
void strv_free(struct strv *sv);

/* ---- inline bodies: called once per byte or character in the pipeline ---- */

static inline void
buf_add(struct buf *b, const void *p, size_t n)
{
	if (b->cap - b->len <= n)
		buf_grow(b, n);
	memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static inline void
buf_addc(struct buf *b, char c)
{
	if (b->cap - b->len <= 1)
		buf_grow(b, 1);
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}

/* Whether byte c continues a UTF-8 character (10xxxxxx). */
static inline int
utf8_is_cont(char c)
{
	return ((unsigned char)c & 0xC0) == 0x80;
}

/* Byte i of s[0..n) if a character starts there, else the next start
 * (n at the end; i past n stays). */
static inline size_t
utf8_align(const char *s, size_t n, size_t i)
{
	while (i < n && utf8_is_cont(s[i]))
		i++;
	return i;
}

/* The start of the character after the one at byte i of s[0..n) (n at
 * the end). */
static inline size_t
utf8_next(const char *s, size_t n, size_t i)
{
	return i < n ? utf8_align(s, n, i + 1) : n;
}

/* The start of the character before byte i of s (0 at the start). */
static inline size_t
utf8_prev(const char *s, size_t i)
{
	while (i > 0 && utf8_is_cont(s[--i]))
		;
	return i;
}

/* Whether u is a precomposed Hangul syllable (U+AC00..U+D7A3). */
static inline int
hangul_is_syllable(uint32_t u)
{
	return u >= 0xAC00 && u <= 0xD7A3;
}

/* The final consonant of syllable u: 0 for none, 1 ㄱ .. 27 ㅎ. */
static inline unsigned
hangul_final(uint32_t u)
{
	return (u - 0xAC00) % 28;
}

/* The vowel of syllable u: 0 ㅏ .. 20 ㅣ. */
static inline unsigned
hangul_vowel(uint32_t u)
{
	return (u - 0xAC00) / 28 % 21;
}

/* The Hangul syllable s[0..n) starts with: its length (3) with *u set,
 * or 0.  The one decoder of syllables (hangul_at below wraps it). */
static inline int
utf8_syllable(const char *s, size_t n, uint32_t *u)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t b;

	if (n < 3 || p[0] < 0xEA || p[0] > 0xED)
		return 0;
	/* the three bytes as one number: UTF-8 keeps the order of the code
	 * points, so U+AC00..U+D7A3 are EA B0 80..ED 9E A3, given two
	 * continuation bytes (10xxxxxx) */
	b = (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
	if (b < 0xEAB080 || b > 0xED9EA3 || (b & 0xC0C0) != 0x8080)
		return 0;
	*u = ((b >> 4) & 0xF000) | ((b >> 2) & 0x0FC0) | (b & 0x3F);
	return 3;
}

/* The Hangul syllable at byte i of s[0..n), or 0. */
static inline uint32_t
hangul_at(const char *s, size_t n, size_t i)
{
	uint32_t u;

	return i < n && utf8_syllable(s + i, n - i, &u) ? u : 0;
}

static inline int
utf8_decode(const char *s, size_t n, uint32_t *u)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t c;

	if (n == 0) {
		*u = 0xFFFD;
		return -1;
	}
	c = p[0];
	if (c < 0x80) {
		*u = c;
		return 1;
	}
	if (c >= 0xE0 && c <= 0xEF) {	/* Hangul and CJK: the common case */
		uint32_t t;

		if (n < 3)
			goto bad;
		t = (uint32_t)p[1] << 8 | p[2];	/* both continuation bytes? */
		if ((t & 0xC0C0) != 0x8080)
			goto bad;
		c = ((c & 0x0F) << 12) | ((t >> 2) & 0x0FC0) | (t & 0x3F);
		if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
			goto bad;
		*u = c;
		return 3;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		if (n < 2 || (p[1] & 0xC0) != 0x80)
			goto bad;
		*u = ((c & 0x1F) << 6) | (p[1] & 0x3F);
		return 2;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80
		    || (p[3] & 0xC0) != 0x80)
			goto bad;
		c = ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12)
		    | ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
		if (c < 0x10000 || c > 0x10FFFF)
			goto bad;
		*u = c;
		return 4;
	}
bad:
	*u = 0xFFFD;
	return -1;
}

static inline int
util_is_bidi_control(uint32_t u)
{
	return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)
	    || u == 0x200E || u == 0x200F || u == 0x061C || u == 0xFEFF;
}

static inline int
util_nfc_stable(uint32_t u)
{
	return u < 0x300 || hangul_is_syllable(u)
	    || (u >= 0x2010 && u <= 0x206F) || (u >= 0x2190 && u <= 0x21FF)
	    || (u >= 0x2460 && u <= 0x24FF) || (u >= 0x2500 && u <= 0x27BF)
	    || (u >= 0x3000 && u <= 0x303F) || (u >= 0x3130 && u <= 0x318F)
	    || (u >= 0x3200 && u <= 0x33FF)	/* ㈜ ㎡ ㎞: compatibility only */
	    || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xFF00 && u <= 0xFFEF)
	    || u == 0xFFFD;
}

static inline int
util_char_clean(uint32_t u)
{
	if (u < 0x80)
		return u >= 0x20 && u != 0x7F;
	if (hangul_is_syllable(u))
		return 1;
	return u > 0x9F && !util_is_bidi_control(u) && u != 0x2028 && u != 0x2029
	    && util_nfc_stable(u);
}

/* The value of hex digit c (either case), or -1: the one hex decoder. */
static inline int
hex_digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* s[0..n) (n <= 16 digits) as a hex number into *out: 0, or -1 when a
 * byte is no hex digit, or (lower set) an upper-case one, as in the
 * article ids gisa writes (model_id_hex). */
static inline int
hex_decode(const char *s, size_t n, int lower, uint64_t *out)
{
	uint64_t v = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		int d = hex_digit((unsigned char)s[i]);

		if (d < 0 || (lower && s[i] >= 'A' && s[i] <= 'F'))
			return -1;
		v = v << 4 | (uint64_t)d;
	}
	*out = v;
	return 0;
}

#endif
