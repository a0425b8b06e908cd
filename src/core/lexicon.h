/*
 * lexicon.h — the word lists of data/lexicon/, compiled into the program.
 *
 * Each list is a table of entries, one per line of its file, with TAB
 * separated fields; field 0 is the key.  A list is parsed on first use
 * (thread-safe) into a read-only hash table that lives until exit.
 */
#ifndef GISA_LEXICON_H
#define GISA_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "hash.h"

enum lex_id {
	LEX_ENTITIES,	/* HTML5 entity name → code points (hex) */
	LEX_SURNAMES,	/* surname [rare] */
	LEX_TITLES,	/* title class */
	LEX_ORGCUES,	/* organisation word or name [abbreviation] */
	LEX_OUTLETS,	/* Korean outlet name, aliases and domains */
	LEX_COUNTERS,	/* unit as written, bare unit, kind */
	LEX_CHROME,	/* phrase kind */
	LEX_STOPNAMES,	/* common words that are never names */
	LEX_COUNT
};

#define LEX_MAXF 12

struct lex_entry {
	const char *f[LEX_MAXF];	/* fields; f[0] is the key */
	int nf;
};

struct lexicon {
	struct lex_entry *e;
	size_t n;
	size_t maxkey;		/* longest key, in bytes */
	/* hash of a key → index in key: which field of which entry it is */
	struct hash keys;
	struct lex_key {
		unsigned entry, field, len;
	} *key;
	size_t nkeys;
	/* a one-hash Bloom filter over the length and the first and last
	 * two bytes of every key: most words looked up are in no list and
	 * are turned away here, without hashing the word */
	uint64_t *seen;
	/* for prefix search: entries grouped by the first character of their
	 * key, longest key first; firsts maps a character to its group;
	 * by_key and by_len are key and key length in by_first order */
	unsigned *by_first;
	const char **by_key;
	unsigned *by_len;
	struct lex_group {
		uint32_t c;
		unsigned start, count;
		unsigned nlong;	/* the first keys, with two bytes after c */
	} *group;
	size_t ngroups, capgroups;
	struct hash firsts;	/* first character → index in group */
	/* a Bloom filter over c and the two bytes after it of every long key:
	 * a word turned away here can only begin with a short one */
	uint64_t *next2;
};

/* The list `id`, parsed on first use. */
const struct lexicon *lexicon_get(enum lex_id id);

/* The entry whose key (or, for LEX_OUTLETS, any field) is s[0..n); NULL
 * when there is none. */
const struct lex_entry *lexicon_find(const struct lexicon *lx, const char *s,
				     size_t n);

/* The longest key that is a prefix of s[0..n); its length in *len. */
const struct lex_entry *lexicon_prefix(const struct lexicon *lx, const char *s,
				       size_t n, size_t *len);

/* Generated from data/lexicon/NAME.txt by build-aux/lexicon-c.sh. */
extern const char lexicon_entities[], lexicon_surnames[], lexicon_titles[],
    lexicon_orgcues[], lexicon_outlets[], lexicon_counters[],
    lexicon_chrome[], lexicon_stopnames[];

#endif
