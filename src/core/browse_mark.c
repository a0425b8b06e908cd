/*
 * browse_mark.c — what the reader keeps of the browse module (browse.h):
 * tags and read marks through the state, keyed by article id, and the
 * marked people and figures of the corpus (one byte per model person or
 * figure, made when the first is marked).
 */
#include <stdlib.h>
#include <string.h>

#include "browse.h"

int
browse_is_tagged(const struct browse *b, size_t art)
{
	return b->st != NULL && state_is_tagged(b->st, b->m->a[art].id);
}

int
browse_is_read(const struct browse *b, size_t art)
{
	return b->st != NULL && state_is_read(b->st, b->m->a[art].id);
}

int
browse_tag(struct browse *b, size_t art, int on)
{
	if (b->st == NULL || !state_set_tag(b->st, b->m->a[art].id, on))
		return 0;
	if (on)
		b->ntag++;
	else if (b->ntag > 0)
		b->ntag--;
	return 1;
}

size_t
browse_tag_shown(struct browse *b)
{
	size_t i, n = 0;

	for (i = 0; i < b->n; i++)
		n += (size_t)browse_tag(b, b->order[i], 1);
	return n;
}

size_t
browse_untag_all(struct browse *b)
{
	size_t i, n = 0;

	for (i = 0; b->st != NULL && i < b->m->n; i++)
		n += (size_t)state_set_tag(b->st, b->m->a[i].id, 0);
	b->ntag = 0;
	if (b->pmark != NULL)
		memset(b->pmark, 0, b->m->npeople);
	if (b->fmark != NULL)
		memset(b->fmark, 0, b->m->nfigures);
	b->npmark = b->nfmark = 0;
	return n;
}

void
browse_opened(struct browse *b)
{
	if (b->st != NULL && b->n > 0 && state_set_read(b->st, b->m->a[browse_art(b)].id, 1)) {
		b->unsaved = 1;
		b->read_gen++;
	}
}

void
browse_toggle_read(struct browse *b)
{
	if (b->st == NULL || b->n == 0)
		return;
	state_set_read(b->st, b->m->a[browse_art(b)].id, !browse_is_read(b, browse_art(b)));
	b->unsaved = 1;
	b->read_gen++;
}

size_t
browse_unread(struct browse *b)
{
	size_t i;

	if (b->unread_list_gen == b->list_gen + 1 && b->unread_read_gen == b->read_gen)
		return b->unread;
	b->unread = 0;
	for (i = 0; i < b->n; i++)
		b->unread += !browse_is_read(b, b->order[i]);
	b->unread_list_gen = b->list_gen + 1;	/* + 1: never equal before the first count */
	b->unread_read_gen = b->read_gen;
	return b->unread;
}

long
browse_next_unread(const struct browse *b, int dir, int *wrapped)
{
	size_t k, row;

	*wrapped = 0;
	for (k = 1; k < b->n; k++) {
		row = dir > 0 ? (b->cur + k) % b->n : (b->cur + b->n - k) % b->n;
		if (!browse_is_read(b, b->order[row])) {
			*wrapped = dir > 0 ? row < b->cur : row > b->cur;
			return (long)row;
		}
	}
	return -1;
}

int
browse_flush(struct browse *b, char **err)
{
	if (b->st == NULL)
		return 0;
	if (state_save(b->st, err) != 0)
		return -1;
	b->unsaved = 0;
	return 0;
}

static void
mark(unsigned char **v, size_t *count, size_t n, size_t i)
{
	if (*v == NULL)
		*v = xcalloc(n ? n : 1, 1);
	(*v)[i] = !(*v)[i];
	if ((*v)[i])
		++*count;
	else
		--*count;
}

void
browse_mark_person(struct browse *b, size_t p)
{
	mark(&b->pmark, &b->npmark, b->m->npeople, p);
}

void
browse_mark_figure(struct browse *b, size_t f)
{
	mark(&b->fmark, &b->nfmark, b->m->nfigures, f);
}

int
browse_person_marked(const struct browse *b, size_t p)
{
	return b->pmark != NULL && b->pmark[p];
}

int
browse_figure_marked(const struct browse *b, size_t f)
{
	return b->fmark != NULL && b->fmark[f];
}

size_t
browse_marked_articles(const struct browse *b, size_t *out)
{
	const struct model *m = b->m;
	unsigned char *on = xcalloc(m->n ? m->n : 1, 1);
	size_t i, k, n = 0;

	for (i = 0; b->pmark != NULL && i < m->npeople; i++)
		if (b->pmark[i])
			for (k = 0; k < m->people[i].narticles; k++)
				on[m->people[i].articles[k]] = 1;
	for (i = 0; b->fmark != NULL && i < m->nfigures; i++)
		if (b->fmark[i])
			for (k = 0; k < m->figures[i].narticles; k++)
				on[m->figures[i].articles[k]] = 1;
	for (i = 0; i < m->n; i++)
		if (on[i])
			out[n++] = i;
	free(on);
	return n;
}

size_t
browse_tagged_articles(const struct browse *b, size_t *out)
{
	size_t i, n = 0;

	for (i = 0; b->ntag > 0 && i < b->m->n; i++)
		if (browse_is_tagged(b, i))
			out[n++] = i;
	return n;
}

