/* arena.c: the arena for data that lives as long as a model. */
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* Arena blocks: a header followed by the data. Large requests get a block of
 * their own so that the common small block size stays small. */
struct util_arena_block {
    struct util_arena_block *next;
    size_t used;
    size_t size;
    max_align_t data[];
};

enum { ARENA_BLOCK = 16 * 1024 };

void *util_arena_alloc(struct util_arena *a, size_t size)
{
    size_t align = sizeof(max_align_t);
    size = (size + align - 1) / align * align;
    struct util_arena_block *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t cap = size > ARENA_BLOCK / 4 ? size : ARENA_BLOCK;
        b = util_malloc(sizeof *b + cap);
        b->used = 0;
        b->size = cap;
        if (size > ARENA_BLOCK / 4 && a->head) {
            /* Keep the current small block at the head for later requests. */
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->head;
            a->head = b;
        }
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    return p;
}

char *util_arena_strndup(struct util_arena *a, const char *s, size_t len)
{
    char *p = util_arena_alloc(a, len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *util_arena_strdup(struct util_arena *a, const char *s)
{
    return util_arena_strndup(a, s, strlen(s));
}

void util_arena_free(struct util_arena *a)
{
    struct util_arena_block *b = a->head;
    while (b) {
        struct util_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}
