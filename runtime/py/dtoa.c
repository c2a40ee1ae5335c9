/* dtoa.c (runtime/py): double to decimal text (dtoa.h).
 *
 * Digits come from exact integer arithmetic (bignum.h). A double is
 * m 2^e with m < 2^53; its exact decimal expansion is the integer m 2^e, or
 * m 5^-e with the point moved -e places: at most 767 significant digits.
 * Fixed-precision digits round that expansion (half to even). The shortest
 * digits are Steele and White's / Burger and Dybvig's free-format
 * algorithm on the exact bounds of the rounding interval, with ties
 * between the last two candidates going to the even digit, as David Gay's
 * dtoa mode 0 that CPython uses. The text layout follows CPython's
 * format_float_short (Python/pystrtod.c) rule for rule. */
#include "dtoa.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <uniconf/errors.h>

#include "bignum.h"
#include "strtod.h"

/* x = m 2^e exactly, m < 2^53, for finite x > 0. */
static void decompose(double x, uint64_t *m, int *e)
{
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int be = (int)((bits >> 52) & 0x7ff);
    uint64_t frac = bits & ((1UL << 52) - 1);
    if (be == 0) {
        *m = frac;
        *e = -1074;
    } else {
        *m = frac | (1UL << 52);
        *e = be - 1075;
    }
}

/* R = R * 10^K (K >= 0). R has room for the result. */
static size_t mul_pow10(uint32_t *r, size_t n, int k)
{
    for (; k >= 9; k -= 9)
        n = py_bignum_mul_limb(r, r, n, 1000000000u, 0);
    static const uint32_t small[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    return k > 0 ? py_bignum_mul_limb(r, r, n, small[k], 0) : n;
}

/* R = R * 5^K (K >= 0). */
static size_t mul_pow5(uint32_t *r, size_t n, int k)
{
    for (; k >= 13; k -= 13)
        n = py_bignum_mul_limb(r, r, n, 1220703125u, 0); /* 5^13 */
    uint32_t p = 1;
    while (k-- > 0)
        p *= 5;
    return py_bignum_mul_limb(r, r, n, p, 0);
}

/* The exact decimal expansion of finite x > 0: DIGITS (no trailing zeros),
 * *N of them, value 0.DIGITS x 10^DECPT. */
static void exact_digits(double x, char *digits, int *n, int *decpt)
{
    uint64_t m;
    int e;
    decompose(x, &m, &e);
    /* m 5^1074 < 2^2547: 80 limbs; m 2^971 < 2^1024: 33 limbs. */
    uint32_t v[84], scratch[84];
    size_t nv = py_bignum_from_u64(v, m);
    int shift = 0; /* the power of ten the integer is to be multiplied by */
    if (e >= 0) {
        nv = py_bignum_shl(v, v, nv, (size_t)e);
    } else {
        nv = mul_pow5(v, nv, -e);
        shift = e;
    }
    size_t len = py_bignum_to_str(digits, v, nv, 10, scratch);
    while (len > 1 && digits[len - 1] == '0') {
        len--;
        shift++;
    }
    *n = (int)len;
    *decpt = (int)len + shift;
}

/* Rounds DIGITS (N of them, 0.DIGITS x 10^DECPT, exact) to its first KEEP
 * digits, half to even, dropping trailing zeros; KEEP may be <= 0. */
static void round_digits(char *digits, int *n, int *decpt, int keep)
{
    if (keep >= *n)
        return;
    bool up;
    if (keep < 0) {
        up = false;
    } else {
        char d = digits[keep];
        bool rest = false;
        for (int i = keep + 1; i < *n; i++)
            rest = rest || digits[i] != '0';
        up = d > '5' || (d == '5' && (rest || (keep > 0 && (digits[keep - 1] - '0') % 2 == 1)));
    }
    if (keep <= 0) {
        /* Nothing kept: the value becomes 0 or one unit at the cut. */
        if (up) {
            digits[0] = '1';
            *n = 1;
            *decpt += 1 - keep;
        } else {
            *n = 0;
        }
        return;
    }
    *n = keep;
    if (up) {
        int i = keep - 1;
        while (i >= 0 && digits[i] == '9')
            i--;
        if (i < 0) { /* 999 -> 1000 */
            digits[0] = '1';
            *n = 1;
            (*decpt)++;
            return;
        }
        digits[i]++;
        *n = i + 1;
    }
    while (*n > 0 && digits[*n - 1] == '0')
        (*n)--;
}

void py_dtoa_fixed(double x, char mode, int ndigits, char *digits, int *n, int *decpt)
{
    exact_digits(x, digits, n, decpt);
    int keep = mode == 'e' ? ndigits : *decpt + ndigits;
    if (mode != 'e' && keep < 0) {
        *n = 0;
        *decpt = -ndigits;
        return;
    }
    round_digits(digits, n, decpt, keep);
    if (*n == 0 && mode != 'e')
        *decpt = -ndigits;
}

/* ---- shortest digits (exact method) ---- */

#define SHORT_LIMBS 48 /* values below 2^1500 */

struct num {
    uint32_t d[SHORT_LIMBS];
    size_t n;
};

static void num_mul_small(struct num *a, uint32_t m)
{
    a->n = py_bignum_mul_limb(a->d, a->d, a->n, m, 0);
}

static void shortest_exact(double x, char *digits, int *n, int *decpt)
{
    uint64_t m;
    int e;
    decompose(x, &m, &e);
    bool even = (m & 1) == 0;
    /* v = r/s; the rounding interval is (r - mm)/s .. (r + mp)/s, half the
     * gaps to the neighbours (the lower gap is half as wide at a power of
     * two, except at the bottom of the exponent range). */
    bool lower_closer = m == (1UL << 52) && e > -1074;
    struct num r, s, mp, mm;
    if (e >= 0) {
        r.n = py_bignum_from_u64(r.d, m);
        r.n = py_bignum_shl(r.d, r.d, r.n, (size_t)e + 1 + lower_closer);
        s.n = py_bignum_from_u64(s.d, lower_closer ? 4 : 2);
        mp.n = py_bignum_from_u64(mp.d, 1);
        mp.n = py_bignum_shl(mp.d, mp.d, mp.n, (size_t)e + lower_closer);
        mm.n = py_bignum_from_u64(mm.d, 1);
        mm.n = py_bignum_shl(mm.d, mm.d, mm.n, (size_t)e);
    } else {
        r.n = py_bignum_from_u64(r.d, m << (1 + lower_closer));
        s.n = py_bignum_from_u64(s.d, 1);
        s.n = py_bignum_shl(s.d, s.d, s.n, (size_t)(1 - e + lower_closer));
        mp.n = py_bignum_from_u64(mp.d, lower_closer ? 2 : 1);
        mm.n = py_bignum_from_u64(mm.d, 1);
    }
    /* k = the decimal exponent of the interval's top, estimated low by at
     * most one from log10(x), then fixed up. */
    int k = (int)ceil((e + 52) * 0.30102999566398119521 - 1e-10);
    if (k >= 0) {
        s.n = mul_pow10(s.d, s.n, k);
    } else {
        r.n = mul_pow10(r.d, r.n, -k);
        mp.n = mul_pow10(mp.d, mp.n, -k);
        mm.n = mul_pow10(mm.d, mm.n, -k);
    }
    struct num t;
    /* Make r + mp < s (or <= when the top is excluded): then the first
     * digit is below 10. */
    for (;;) {
        t.n = py_bignum_add(t.d, r.d, r.n, mp.d, mp.n);
        int c = py_bignum_cmp(t.d, t.n, s.d, s.n);
        if (c > 0 || (c == 0 && even)) {
            num_mul_small(&s, 10);
            k++;
        } else {
            break;
        }
    }
    /* And not too small: the estimate may be one too high. */
    for (;;) {
        num_mul_small(&r, 10);
        num_mul_small(&mp, 10);
        num_mul_small(&mm, 10);
        t.n = py_bignum_add(t.d, r.d, r.n, mp.d, mp.n);
        int c = py_bignum_cmp(t.d, t.n, s.d, s.n);
        if (c > 0 || (c == 0 && even) || k < -400)
            break;
        k--; /* the first digit would be 0: start again one place lower */
    }
    *decpt = k;
    int len = 0;
    for (;;) {
        /* d = floor(r / s), r = r mod s (r < 10 s). */
        int d = 0;
        while (py_bignum_cmp(r.d, r.n, s.d, s.n) >= 0) {
            r.n = py_bignum_sub(r.d, r.d, r.n, s.d, s.n);
            d++;
        }
        int c1 = py_bignum_cmp(r.d, r.n, mm.d, mm.n);
        bool low = c1 < 0 || (c1 == 0 && even);
        t.n = py_bignum_add(t.d, r.d, r.n, mp.d, mp.n);
        int c2 = py_bignum_cmp(t.d, t.n, s.d, s.n);
        bool high = c2 > 0 || (c2 == 0 && even);
        if (!low && !high) {
            digits[len++] = (char)('0' + d);
            num_mul_small(&r, 10);
            num_mul_small(&mp, 10);
            num_mul_small(&mm, 10);
            continue;
        }
        if (low && high) {
            /* Both d and d + 1 are in the interval: the closer, ties even. */
            t.n = py_bignum_shl(t.d, r.d, r.n, 1);
            int c = py_bignum_cmp(t.d, t.n, s.d, s.n);
            if (c > 0 || (c == 0 && (d & 1)))
                d++;
        } else if (high) {
            d++;
        }
        digits[len++] = (char)('0' + d);
        break;
    }
    /* A final digit 10 (from 9 + 1) cannot happen: r + mp would have
     * reached s at the previous digit. Drop trailing zeros. */
    while (len > 1 && digits[len - 1] == '0')
        len--;
    *n = len;
}

void py_dtoa_shortest(double x, char *digits, int *n, int *decpt)
{
    shortest_exact(x, digits, n, decpt);
}

/* ---- layout ---- */

/* Writes the number (sign decided by the caller) as CPython's
 * format_float_short does for TYPE ('e', 'f', 'g', 'r'), from DIGITS. */
static size_t layout(char *p, const char *digits, int n, int decpt, char type, int precision,
                     bool add_dot_0, bool alt, bool upper)
{
    char *start = p;
    bool use_exp = false;
    int vend = n, exp = 0;
    switch (type) {
    case 'e':
        use_exp = true;
        vend = precision;
        break;
    case 'f':
        vend = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
            use_exp = true;
        if (alt)
            vend = precision;
        break;
    default: /* 'r' */
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vend = vend > decpt ? vend : decpt + 1;
    else
        vend = vend > decpt ? vend : decpt;
    if (vend < n)
        vend = n;
    if (decpt <= 0) {
        memset(p, '0', (size_t)(decpt - vstart));
        p += decpt - vstart;
        *p++ = '.';
        memset(p, '0', (size_t)-decpt);
        p += -decpt;
    } else {
        memset(p, '0', (size_t)-vstart);
        p += -vstart;
    }
    if (decpt > 0 && decpt <= n) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(n - decpt));
        p += n - decpt;
    } else {
        memcpy(p, digits, (size_t)n);
        p += n;
    }
    if (n < decpt) {
        memset(p, '0', (size_t)(decpt - n));
        p += decpt - n;
        *p++ = '.';
        memset(p, '0', (size_t)(vend - decpt));
        p += vend - decpt;
    } else {
        memset(p, '0', (size_t)(vend - n));
        p += vend - n;
    }
    if (p[-1] == '.' && !alt)
        p--;
    if (use_exp) {
        *p++ = upper ? 'E' : 'e';
        *p++ = exp < 0 ? '-' : '+';
        int a = exp < 0 ? -exp : exp;
        if (a >= 100)
            *p++ = (char)('0' + a / 100);
        *p++ = (char)('0' + a / 10 % 10);
        *p++ = (char)('0' + a % 10);
    }
    return (size_t)(p - start);
}

/* The whole conversion: special values, sign, digits, layout. */
static size_t convert(double x, char type, int precision, unsigned flags, bool add_dot_0,
                      bool upper, char *buf)
{
    char *p = buf;
    bool negative = signbit(x) != 0;
    if (isnan(x))
        negative = false; /* CPython ignores the sign of a nan */
    char digits[PY_DTOA_DIGITS_SIZE] = "0";
    int n = 1, decpt = 1; /* zero is "0" at 1, as Gay's dtoa gives it */
    if (isfinite(x) && x != 0.0) {
        double a = fabs(x);
        if (type == 'r')
            py_dtoa_shortest(a, digits, &n, &decpt);
        else if (type == 'f')
            py_dtoa_fixed(a, 'f', precision, digits, &n, &decpt);
        else
            py_dtoa_fixed(a, 'e', type == 'e' ? precision + 1 : (precision == 0 ? 1 : precision),
                          digits, &n, &decpt);
    }
    if ((flags & PY_DTOA_NO_NEG_0) && (n == 0 || x == 0.0) && isfinite(x))
        negative = false; /* 'z': the value rounded to zero */
    if (negative)
        *p++ = '-';
    else if (flags & PY_DTOA_SIGN_PLUS)
        *p++ = '+';
    else if (flags & PY_DTOA_SIGN_SPACE)
        *p++ = ' ';
    if (!isfinite(x)) {
        memcpy(p, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        p += 3;
    } else {
        int prec = type == 'e' ? precision + 1 : (type == 'g' && precision == 0) ? 1 : precision;
        p += layout(p, digits, n, decpt, type, prec, add_dot_0, (flags & PY_DTOA_ALT) != 0, upper);
    }
    *p = '\0';
    return (size_t)(p - buf);
}

size_t py_dtoa_repr(double x, char *buf, size_t size)
{
    char tmp[PY_DTOA_FORMAT_SIZE(0)];
    size_t n = convert(x, 'r', 0, 0, true, false, tmp);
    if (n >= size)
        n = size - 1;
    memcpy(buf, tmp, n);
    buf[n] = '\0';
    return n;
}

int py_dtoa_format(double x, char type, int precision, unsigned flags, char *buf, size_t size)
{
    bool add_dot_0 = false, percent = false;
    if (precision > 100000000)
        return UC_ENOBUFS;
    if (size < PY_DTOA_FORMAT_SIZE(precision < 0 ? 6 : precision))
        return UC_ENOBUFS;
    switch (type) {
    case 0:
        /* str(x) without a precision; 'g' with one, keeping a ".0". */
        add_dot_0 = true;
        type = precision < 0 ? 'r' : 'g';
        break;
    case '%':
        percent = true;
        x *= 100.0; /* in double, as CPython */
        type = 'f';
        break;
    case 'n':
        type = 'g';
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        break;
    default:
        return UC_EINVAL;
    }
    bool upper = type >= 'A' && type <= 'Z';
    type = (char)(upper ? type - 'A' + 'a' : type);
    if (precision < 0)
        precision = type == 'r' ? 0 : 6;
    size_t n = convert(x, type, precision, flags, add_dot_0, upper, buf);
    if (percent) {
        buf[n++] = '%';
        buf[n] = '\0';
    }
    return (int)n;
}

int py_dtoa_round(double x, int ndigits, double *out)
{
    /* CPython's bounds: beyond them x rounds to itself or to +-0. */
    if (!isfinite(x) || ndigits > 323 || x == 0.0) {
        *out = x;
        return 0;
    }
    if (ndigits < -308) {
        *out = 0.0 * x;
        return 0;
    }
    char digits[PY_DTOA_DIGITS_SIZE + 16];
    int n, decpt;
    py_dtoa_fixed(fabs(x), 'f', ndigits, digits, &n, &decpt);
    /* Read back "0.DIGITSe<decpt>" exactly. */
    char text[PY_DTOA_DIGITS_SIZE + 32];
    size_t len = 0;
    text[len++] = '.';
    if (n == 0)
        text[len++] = '0';
    memcpy(text + len, digits, (size_t)n);
    len += (size_t)n;
    text[len++] = 'e';
    int e = decpt;
    if (e < 0) {
        text[len++] = '-';
        e = -e;
    }
    char tmp[12];
    int t = 0;
    do {
        tmp[t++] = (char)('0' + e % 10);
        e /= 10;
    } while (e > 0);
    while (t > 0)
        text[len++] = tmp[--t];
    double v;
    size_t used;
    py_strtod_parse(text, len, 0, &v, &used);
    if (isinf(v))
        return UC_ERANGE;
    *out = copysign(v, x);
    return 0;
}
