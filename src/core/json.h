/*
 * json.h — a strict RFC 8259 parser into a small tree, for reading back
 * gisa's own exports (and nothing laxer: no comments, no trailing commas,
 * no single quotes, no NaN, UTF-8 only).
 *
 * A tree lives in a pool (struct json_pool): json_parse_in parses into a
 * pool that the caller keeps for many parses (each one ends the tree of
 * the one before); json_parse gives a tree of its own for json_free.  Strings are NUL-terminated
 * UTF-8 (\u escapes decoded, surrogate pairs joined); len counts the
 * bytes, so a decoded \u0000 is kept.
 */
#ifndef GISA_JSON_H
#define GISA_JSON_H

#include <stddef.h>

/* Containers nested deeper than this are refused (a stack guard). */
#define JSON_MAX_DEPTH 128

enum json_type {
	JSON_NULL, JSON_FALSE, JSON_TRUE, JSON_NUMBER, JSON_STRING,
	JSON_ARRAY, JSON_OBJECT
};

struct json {
	enum json_type type;
	double num;		/* JSON_NUMBER */
	char *str;		/* JSON_STRING */
	size_t len;		/* bytes of str */
	int clean;		/* JSON_STRING: every character util_char_clean
				 * (no control, escaped or not; no bidi control;
				 * NFC-stable): fit to show as it is */
	struct json *item;	/* JSON_ARRAY elements, JSON_OBJECT values */
	char **key;		/* JSON_OBJECT: key[i] names item[i] */
	size_t n;		/* elements or members */
};

/* Where and why parsing stopped: line and column count from 1, the
 * column in characters. */
struct json_error {
	size_t line, column;
	char msg[96];
};

/* Parse exactly one JSON value (white space around it allowed) from
 * s[0..n).  Returns a tree to json_free, or NULL with *e filled. */
struct json *json_parse(const char *s, size_t n, struct json_error *e);

void json_free(struct json *j);

/* Memory for trees, reused parse after parse. */
struct json_pool;
struct json_pool *json_pool_new(void);
void json_pool_free(struct json_pool *pl);

/* Like json_parse, the tree in pl: valid until the next parse in pl or
 * json_pool_free.  NULL with *e filled. */
const struct json *json_parse_in(struct json_pool *pl, const char *s, size_t n,
				 struct json_error *e);

/* The first member called key of object j, or NULL (also when j is not
 * an object). */
const struct json *json_get(const struct json *j, const char *key);

#endif
