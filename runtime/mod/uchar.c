/* uchar.c: Unicode character classes for re (uchar.h), by binary search
 * in the generated tables of uchar_tables.h. */
#include "uchar.h"

#include <stddef.h>

/* A run of the lowercase mapping: the characters FIRST + k STRIDE, for
 * k < COUNT, lowercase to themselves plus DELTA. */
struct uchar_run {
    uint32_t first;
    uint16_t count;
    uint16_t stride;
    int32_t delta;
};

#include "uchar_tables.h"

static bool in_ranges(const uint32_t (*r)[2], size_t n, uint32_t c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid][0])
            hi = mid;
        else if (c > r[mid][1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

bool mod_uchar_is_word(uint32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return in_ranges(uchar_word, COUNT(uchar_word), c);
}

bool mod_uchar_is_digit(uint32_t c)
{
    if (c < 0x80)
        return c >= '0' && c <= '9';
    return in_ranges(uchar_digit, COUNT(uchar_digit), c);
}

bool mod_uchar_is_space(uint32_t c)
{
    return in_ranges(uchar_space, COUNT(uchar_space), c);
}

/* C mapped by the runs R[0..N) (sorted by first character). */
static uint32_t map_runs(const struct uchar_run *r, size_t n, uint32_t c)
{
    /* The last run starting at or before C. */
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (r[mid].first <= c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return c;
    const struct uchar_run *run = &r[lo - 1];
    uint32_t off = c - run->first;
    if (off % run->stride == 0 && off / run->stride < run->count)
        return (uint32_t)((int32_t)c + run->delta);
    return c;
}

uint32_t mod_uchar_lower(uint32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    return map_runs(uchar_lower, COUNT(uchar_lower), c);
}

uint32_t mod_uchar_upper(uint32_t c)
{
    if (c < 0x80)
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    return map_runs(uchar_upper, COUNT(uchar_upper), c);
}

size_t mod_uchar_fold_class(uint32_t canon, uint32_t *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < COUNT(uchar_fold); i++)
        if (uchar_fold[i][1] == canon && n < max)
            out[n++] = uchar_fold[i][0];
    return n;
}

uint32_t mod_uchar_fold(uint32_t c)
{
    size_t lo = 0, hi = COUNT(uchar_fold);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (uchar_fold[mid][0] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < COUNT(uchar_fold) && uchar_fold[lo][0] == c)
        return uchar_fold[lo][1];
    return mod_uchar_lower(c);
}
