/*
 * keys.h — curses key codes to the requests of the key table
 * (core/keymap.h, which holds the bindings and the help texts).
 */
#ifndef GISA_KEYS_H
#define GISA_KEYS_H

#include "../core/keymap.h"

/* A character past ASCII as a key of ui_key: above every curses code and
 * every code point, so ㅓ (U+3153) is not taken for a function key. */
#define KEYS_WIDE_BASE 0x200000
#define KEYS_WIDE(cp) (KEYS_WIDE_BASE + (int)(cp))

/* The request bound to key (a getch() code, or KEYS_WIDE of a
 * character), or REQ_NONE. */
enum request keys_request(int key);

#endif
