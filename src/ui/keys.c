/*
 * keys.c — curses key codes to the key table's keys (core/keymap.h).
 */
#include "keys.h"

#include "term.h"

/* The curses code of each special key of the table. */
static int
curses_code(int ks)
{
	switch (ks) {
	case KS_DOWN: return KEY_DOWN;
	case KS_UP: return KEY_UP;
	case KS_PGDN: return KEY_NPAGE;
	case KS_PGUP: return KEY_PPAGE;
	case KS_HOME: return KEY_HOME;
	case KS_END: return KEY_END;
	case KS_ENTER: return KEY_ENTER;
	case KS_BTAB: return KEY_BTAB;
	case KS_F1: return KEY_F(1);
	default: return -1;
	}
}

enum request
keys_request(int key)
{
	int ks;

	if (key >= 0 && key < KEY_MIN)
		return keymap_request(key);
	if (key > KEYS_WIDE_BASE)
		return keymap_request(key - KEYS_WIDE_BASE);
	for (ks = KS_BASE + 1; ks < KS_END_OF_LIST; ks++)
		if (curses_code(ks) == key)
			return keymap_request(ks);
	return REQ_NONE;
}
