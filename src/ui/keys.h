/*
 * keys.h — curses key codes to the requests of the key table
 * (core/keymap.h, which holds the bindings and the help texts).
 */
#ifndef GISA_KEYS_H
#define GISA_KEYS_H

#include "../core/keymap.h"

/* The request bound to key (a getch() code), or REQ_NONE. */
enum request keys_request(int key);

#endif
