/* util.c: allocation that cannot fail, and small string predicates. */
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Noreturn void util_oom(void)
{
    fputs("uniconf: out of memory\n", stderr);
    exit(70);
}

void *util_malloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        util_oom();
    return p;
}

void *util_realloc(void *p, size_t size)
{
    void *q = realloc(p, size ? size : 1);
    if (!q)
        util_oom();
    return q;
}

void *util_calloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        util_oom();
    return p;
}

char *util_strndup(const char *s, size_t len)
{
    char *p = util_malloc(len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *util_strdup(const char *s)
{
    return util_strndup(s, strlen(s));
}

void util_grow(void *array, size_t *cap, size_t need, size_t elem)
{
    void **p = array;
    if (need <= *cap)
        return;
    size_t n = *cap ? *cap : 8;
    while (n < need) {
        if (n > SIZE_MAX / 2 / elem)
            util_oom();
        n *= 2;
    }
    *p = util_realloc(*p, n * elem);
    *cap = n;
}

bool util_is_identifier(const char *s)
{
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_'))
        return false;
    for (s++; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
              *s == '_'))
            return false;
    return true;
}
