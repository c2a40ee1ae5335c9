/* memory.c: the set-up allocator over the runtime's region (uniconf/memory.h). */
#include <uniconf/memory.h>

#include <stdint.h>
#include <string.h>

static char *next, *end;

void rt_memory_init(void *base, size_t size)
{
    next = base;
    end = next + size;
}

void *rt_memory_take(size_t size)
{
    char *p = (char *)(((uintptr_t)next + 15) & ~(uintptr_t)15);
    if (!p || size > (size_t)(end - p))
        return NULL;
    next = p + size;
    memset(p, 0, size);
    return p;
}

void rt_memory_rest(void **base, size_t *size)
{
    char *p = (char *)(((uintptr_t)next + 4095) & ~(uintptr_t)4095);
    if (!next || p > end)
        p = end;
    *base = p;
    *size = (size_t)(end - p);
    next = end = NULL;
}
