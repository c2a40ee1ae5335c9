/* unicode.c: character properties and case mappings for all of Unicode, from
 * the tables gen_unicode.py writes into unicode_db.h (runs and ranges
 * searched by bisection; ASCII answered without a search). The properties
 * mean what CPython's str methods mean: see gen_unicode.py. */
#include "core.h"

#include "unicode_db.h"

/* The last index I in [0, N) with KEYS[I] <= X, or -1. Keys are packed with
 * their code point in the high bits, so X is a code point shifted likewise. */
static intptr_t bisect32(const uint32_t *keys, size_t n, uint32_t x)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (keys[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (intptr_t)lo - 1;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static unsigned lookup_props(uint32_t c)
{
    intptr_t i = bisect32(uni_prop_runs, COUNT(uni_prop_runs), c << 4 | 15);
    return uni_prop_values[uni_prop_runs[i] & 15];
}

static unsigned lookup_case(uint32_t c)
{
    intptr_t i = bisect32(uni_case_runs, COUNT(uni_case_runs), c << 8 | 255);
    uint32_t r = uni_case_runs[i];
    return ((c - (r >> 8)) & 1) ? (r & 15) : ((r >> 4) & 15);
}

unsigned py_unicode_flags(uint32_t c)
{
    if (c < 128)
        return uni_ascii_flags[c];
    if (c >= 0x110000)
        return 0;
    return lookup_props(c) | lookup_case(c) << 8;
}

int py_unicode_decimal(uint32_t c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c < 128 || !(py_unicode_flags(c) & PY_UNI_DECIMAL))
        return -1;
    intptr_t i = bisect32(uni_decimal_zeros, COUNT(uni_decimal_zeros), c);
    return (int)(c - uni_decimal_zeros[i]);
}

bool py_unicode_linebreak(uint32_t c)
{
    for (size_t i = 0; i < COUNT(uni_linebreaks); i++)
        if (uni_linebreaks[i] == c)
            return true;
    return false;
}

/* The one-code-point mapping of C in RANGES, or -1. */
static int64_t mapped(const int32_t (*ranges)[2], size_t n, uint32_t c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((uint32_t)ranges[mid][0] >> 11 <= c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return -1;
    uint32_t w = (uint32_t)ranges[lo - 1][0];
    uint32_t start = w >> 11, count = (w >> 1) & 1023, stride = (w & 1) + 1;
    uint32_t off = c - start;
    if (off >= count * stride || off % stride)
        return -1;
    return (int64_t)c + ranges[lo - 1][1];
}

/* Copies the exception of kind K for C into OUT; returns its length or 0. */
static int exception(uint32_t c, int k, uint32_t out[3])
{
    uint32_t key = c << 2 | (uint32_t)k;
    intptr_t i = bisect32(uni_exc_keys, COUNT(uni_exc_keys), key);
    if (i < 0 || uni_exc_keys[i] != key)
        return 0;
    unsigned info = uni_exc_info[i];
    int n = (int)(info & 3) + 1;
    for (int j = 0; j < n; j++)
        out[j] = uni_exc_pool[(info >> 2) + (unsigned)j];
    return n;
}

int py_unicode_map(uint32_t c, int kind, uint32_t out[3])
{
    if (c < 128) {
        out[0] = c;
        if (kind == PY_UNI_MAP_LOWER || kind == PY_UNI_MAP_FOLD) {
            if (c >= 'A' && c <= 'Z')
                out[0] = c + 32;
        } else if (c >= 'a' && c <= 'z')
            out[0] = c - 32;
        return 1;
    }
    int n = exception(c, kind, out);
    if (n)
        return n;
    int64_t m;
    switch (kind) {
    case PY_UNI_MAP_TITLE: return py_unicode_map(c, PY_UNI_MAP_UPPER, out);
    case PY_UNI_MAP_FOLD:
        m = mapped(uni_fold_ranges, COUNT(uni_fold_ranges), c);
        if (m >= 0) {
            out[0] = (uint32_t)m;
            return 1;
        }
        return py_unicode_map(c, PY_UNI_MAP_LOWER, out);
    case PY_UNI_MAP_UPPER: m = mapped(uni_upper_ranges, COUNT(uni_upper_ranges), c); break;
    default: m = mapped(uni_lower_ranges, COUNT(uni_lower_ranges), c); break;
    }
    out[0] = m >= 0 ? (uint32_t)m : c;
    return 1;
}

static void each_in_ranges(const int32_t (*ranges)[2], size_t n,
                           void (*fn)(uint32_t c, void *ctx), void *ctx)
{
    for (size_t i = 0; i < n; i++) {
        uint32_t w = (uint32_t)ranges[i][0];
        uint32_t start = w >> 11, count = (w >> 1) & 1023, stride = (w & 1) + 1;
        for (uint32_t k = 0; k < count; k++)
            fn(start + k * stride, ctx);
    }
}

void py_unicode_each_cased(void (*fn)(uint32_t c, void *ctx), void *ctx)
{
    for (uint32_t c = 'A'; c <= 'z'; c++)
        if (c <= 'Z' || c >= 'a')
            fn(c, ctx);
    each_in_ranges(uni_upper_ranges, COUNT(uni_upper_ranges), fn, ctx);
    each_in_ranges(uni_lower_ranges, COUNT(uni_lower_ranges), fn, ctx);
    /* Multi-character mappings (and titlecase, case folding) are the
     * exceptions. */
    for (size_t i = 0; i < COUNT(uni_exc_keys); i++)
        fn(uni_exc_keys[i] >> 2, ctx);
}

int py_unicode_hex_digit(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 32;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

py_val py_unicode_to_ascii(py_val s)
{
    if (OBJ(s)->aux & STR_ASCII)
        return s;
    py_builder b;
    py_builder_init(&b, py_strp(s)->len);
    const char *p = py_strp(s)->data, *e = p + py_strp(s)->len;
    while (p < e) {
        uint32_t c = py_utf8_decode(&p);
        int d;
        if (c < 128)
            py_builder_addc(&b, (char)c);
        else if (py_unicode_flags(c) & PY_UNI_SPACE)
            py_builder_addc(&b, ' ');
        else if ((d = py_unicode_decimal(c)) >= 0)
            py_builder_addc(&b, (char)('0' + d));
        else
            py_builder_addc(&b, '?');
    }
    return py_builder_str(&b);
}
