/* strmap.c: a string-keyed open-addressing index (names to array indices),
 * so that cross-references stay linear in the size of the configuration. */
#include "util.h"

#include <stdlib.h>
#include <string.h>

struct util_strmap_slot {
    const char *key; /* NULL: empty */
    size_t hash;
    size_t value;
};

static size_t hash_str(const char *s)
{
    /* FNV-1a */
    uint64_t h = 1469598103934665603u;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211u;
    }
    return (size_t)h;
}

static struct util_strmap_slot *find(const struct util_strmap *m, const char *key, size_t h)
{
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        struct util_strmap_slot *s = &m->slots[i];
        if (!s->key || (s->hash == h && strcmp(s->key, key) == 0))
            return s;
    }
}

static void rehash(struct util_strmap *m, size_t cap)
{
    struct util_strmap old = *m;
    m->slots = util_calloc(cap, sizeof *m->slots);
    m->cap = cap;
    for (size_t i = 0; i < old.cap; i++)
        if (old.slots[i].key)
            *find(m, old.slots[i].key, old.slots[i].hash) = old.slots[i];
    free(old.slots);
}

bool util_strmap_put(struct util_strmap *m, const char *key, size_t value, size_t *old)
{
    if ((m->count + 1) * 2 > m->cap)
        rehash(m, m->cap ? m->cap * 2 : 16);
    size_t h = hash_str(key);
    struct util_strmap_slot *s = find(m, key, h);
    if (s->key) {
        if (old)
            *old = s->value;
        return false;
    }
    s->key = key;
    s->hash = h;
    s->value = value;
    m->count++;
    return true;
}

bool util_strmap_get(const struct util_strmap *m, const char *key, size_t *value)
{
    if (!m->cap)
        return false;
    struct util_strmap_slot *s = find(m, key, hash_str(key));
    if (!s->key)
        return false;
    *value = s->value;
    return true;
}

void util_strmap_free(struct util_strmap *m)
{
    free(m->slots);
    m->slots = NULL;
    m->cap = m->count = 0;
}
