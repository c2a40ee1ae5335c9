/* math_trig.c (runtime/libc): the circular functions and their inverses.
 *
 * sin, cos, tan reduce x by pi/2 to |r| <= pi/4 exactly enough for every
 * double: Cody and Waite's subtraction of pi/2 in four parts below 2^19,
 * Payne and Hanek's multiplication by the bits of 2/pi above. The reduced r
 * is a double-double, and the Taylor series of sin and cos (to r^19 and
 * r^20) are summed with their first terms in double-double.
 *
 * atan reduces to |v| <= 1/32 with a table of atan(i/16) and
 * atan(u) = atan(c) + atan((u - c) / (1 + u c)); asin and acos go through
 * atan, with the half-angle forms near +-1 to keep their precision. */
#include <math.h>

#include "math_private.h"
#include "math_tables.h"

/* ---- reduction ---- */

/* The bits of M * (2/pi) around the binary point for x = M 2^E, E >= -33:
 * returns the nearest integer to x 2/pi mod 4 and sets *F to x 2/pi minus
 * that integer, as a double-double in [-0.5, 0.5]. */
static int payne_hanek(uint64_t m, int e, dd_t *f)
{
    /* Words of 2/pi that make multiples of 4 are skipped: bit b (weight
     * 2^-b) times M 2^E is a multiple of 4 when b <= E - 2. */
    int i0 = e - 2 > 0 ? (e - 2) / 32 : 0;
    uint32_t w[7];
    for (int i = 0; i < 7; i++)
        w[6 - i] = TWO_OVER_PI_BITS[i0 + i]; /* little-endian limbs */
    uint32_t p[9] = {0};
    uint32_t mv[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
    for (int i = 0; i < 2; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < 7; j++) {
            uint64_t t = (uint64_t)mv[i] * w[j] + p[i + j] + carry;
            p[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        p[i + 7] = (uint32_t)carry;
    }
    /* P = M W has S = 32 (i0 + 7) - E bits after the binary point. */
    int s = 32 * (i0 + 7) - e;
#define BIT_WORD(pos) ((pos) >= 0 && (pos) / 32 < 9 ? p[(pos) / 32] : 0u)
    /* 64 bits of P starting at bit POS. */
#define BITS64(pos)                                                            \
    (((uint64_t)BIT_WORD((pos) + 32) << 32 | BIT_WORD(pos)) >> ((pos) % 32) |  \
     ((pos) % 32 ? (uint64_t)BIT_WORD((pos) + 64) << (64 - (pos) % 32) : 0))
    unsigned quadrant = (unsigned)(BITS64(s) & 3);
    uint64_t hi = BITS64(s - 64), lo = BITS64(s - 128);
#undef BITS64
#undef BIT_WORD
    int negate = hi >> 63; /* fraction >= 0.5: round the integer up */
    if (negate) {
        quadrant++;
        hi = ~hi;
        lo = ~lo + 1;
        if (lo == 0)
            hi++;
    }
    /* fraction = hi 2^-64 + lo 2^-128, as a double-double. */
    double a = (double)(hi >> 11); /* exact: 53 bits */
    double rest = ((double)(hi & 0x7ff) + (double)(lo >> 11) * 0x1p-53) * 0x1p-64;
    dd_t fr = fast_two_sum(a * 0x1p-53, rest);
    *f = negate ? dd_neg(fr) : fr;
    return (int)(quadrant & 3);
}

/* Reduces x by pi/2: returns n mod 4 and *R = x - n pi/2, |R| <= pi/4. */
static int reduce(double x, dd_t *r)
{
    double ax = fabs(x);
    if (ax <= PI_4_HI) {
        *r = dd_make(x, 0.0);
        return 0;
    }
    if (ax < 0x1p19) {
        double n = rint(x * (2.0 / PI_HI));
        /* n PIO2_i is exact for |n| < 2^20, and so is the first difference. */
        dd_t t = two_sum(x - n * PIO2_1, -n * PIO2_2);
        t = dd_add(t, two_sum(-n * PIO2_3, -n * PIO2_4));
        *r = t;
        return (int)((long)n & 3);
    }
    int e = biased_exponent(ax) - 1075;
    uint64_t m = (to_bits(ax) & MANT_MASK) | (1UL << 52);
    dd_t f;
    int n = payne_hanek(m, e, &f);
    dd_t rr = dd_mul(f, dd_make(PI_2_HI, PI_2_LO));
    if (x < 0.0) {
        rr = dd_neg(rr);
        n = -n;
    }
    *r = rr;
    return n & 3;
}

/* ---- kernels on |r| <= pi/4 + tiny, as double-doubles ---- */

static dd_t sin_kernel(dd_t r)
{
    double rh = r.hi, r2 = rh * rh;
    /* -r^3/3! and r^5/5! in double-double; r^7/7! ... r^19/19! in double
     * (below 2^-13.5, so their rounding stays under 2^-66 relative). */
    dd_t sq = two_prod(rh, rh);
    dd_t r3 = dd_mul_d(sq, rh);
    dd_t t = dd_add(dd_div(r3, dd_make(-6.0, 0.0)), dd_div(dd_mul(r3, sq), dd_make(120.0, 0.0)));
    t.lo += rh * r2 * r2 * r2 * (-1.0 / 5040 + r2 * (1.0 / 362880 + r2 * (-1.0 / 39916800 + r2 * (1.0 / 6227020800.0 + r2 * (-1.0 / 1307674368000.0 + r2 * (1.0 / 355687428096000.0 + r2 * (-1.0 / 121645100408832000.0)))))));
    /* sin(rh + rl) = sin rh + rl cos rh, cos rh to r^4 (rl <= 2^-53 rh). */
    t.lo += r.lo * (1.0 - 0.5 * r2 + r2 * r2 * (1.0 / 24));
    return dd_add(dd_make(rh, 0.0), t);
}

static dd_t cos_kernel(dd_t r)
{
    double rh = r.hi, r2 = rh * rh;
    /* -r^2/2 (with the terms of r.lo) and r^4/4! in double-double,
     * then r^6/6! ... r^20/20! in double (below 2^-11.8). */
    dd_t sq = two_prod(rh, rh);
    /* cos(rh + rl) = cos rh - rl sin rh, sin rh to r^5 (rl <= 2^-53 rh). */
    dd_t t = dd_make(-0.5 * sq.hi, -0.5 * sq.lo - r.lo * rh * (1.0 - r2 * (1.0 / 6 - r2 * (1.0 / 120))));
    t = dd_add(t, dd_div(dd_mul(sq, sq), dd_make(24.0, 0.0)));
    t.lo += r2 * r2 * r2 * (-1.0 / 720 + r2 * (1.0 / 40320 + r2 * (-1.0 / 3628800 + r2 * (1.0 / 479001600.0 + r2 * (-1.0 / 87178291200.0 + r2 * (1.0 / 20922789888000.0 + r2 * (-1.0 / 6402373705728000.0 + r2 * (1.0 / 2432902008176640000.0))))))));
    return dd_add(dd_make(1.0, 0.0), t);
}

double sin(double x)
{
    if (!isfinite(x))
        return x - x;
    if (fabs(x) < 0x1p-27)
        return x;
    dd_t r;
    int n = reduce(x, &r);
    dd_t v = (n & 1) ? cos_kernel(r) : sin_kernel(r);
    return (n & 2) ? -dd_to_double(v) : dd_to_double(v);
}

double cos(double x)
{
    if (!isfinite(x))
        return x - x;
    if (fabs(x) < 0x1p-27)
        return 1.0;
    dd_t r;
    int n = reduce(x, &r);
    dd_t v = (n & 1) ? sin_kernel(r) : cos_kernel(r);
    return ((n + 1) & 2) ? -dd_to_double(v) : dd_to_double(v);
}

double tan(double x)
{
    if (!isfinite(x))
        return x - x;
    if (fabs(x) < 0x1p-27)
        return x;
    dd_t r;
    int n = reduce(x, &r);
    dd_t s = sin_kernel(r), c = cos_kernel(r);
    return (n & 1) ? -dd_to_double(dd_div(c, s)) : dd_to_double(dd_div(s, c));
}

dd_t uc_libm_sinpi_dd(double x)
{
    /* x = 2k + f exactly with |f| <= 1; then fold to |g| <= 1/2. */
    if (fabs(x) >= 0x1p52)
        return dd_make(copysign(0.0, x), 0.0);
    double f = x - 2.0 * rint(0.5 * x);
    double g = fabs(f) > 0.5 ? copysign(1.0 - fabs(f), f) : f;
    dd_t v;
    if (fabs(g) <= 0.25) {
        v = sin_kernel(dd_add_d(two_prod(g, PI_HI), g * PI_LO));
    } else {
        double h = 0.5 - fabs(g); /* exact */
        v = cos_kernel(dd_add_d(two_prod(h, PI_HI), h * PI_LO));
        if (g < 0.0)
            v = dd_neg(v);
    }
    return v;
}

/* ---- inverse functions ---- */

/* atan(u) for 0 <= u <= 1 (+ tiny). */
static dd_t atan_unit(dd_t u)
{
    int i = (int)(u.hi * 16.0 + 0.5);
    dd_t v = u;
    if (i > 0) {
        double c = i / 16.0;
        dd_t num = dd_add_d(u, -c);
        dd_t den = dd_add_d(dd_mul_d(u, c), 1.0);
        v = dd_div(num, den);
    }
    /* atan(v) = v - v^3/3 + ... + v^15/15 for |v| <= 1/32 (< 2^-89 left). */
    double vh = v.hi, v2 = vh * vh;
    double t = -vh * v2 * (1.0 / 3 - v2 * (1.0 / 5 - v2 * (1.0 / 7 - v2 * (1.0 / 9 - v2 * (1.0 / 11 - v2 * (1.0 / 13 - v2 * (1.0 / 15)))))));
    dd_t res = dd_add(dd_make(ATAN_TABLE[i][0], ATAN_TABLE[i][1]), v);
    return dd_add_d(res, t - v.lo * v2);
}

dd_t uc_libm_atan_dd(dd_t x)
{
    int neg = x.hi < 0.0;
    dd_t a = neg ? dd_neg(x) : x;
    dd_t res;
    if (a.hi > 0x1p100) {
        res = dd_add_d(dd_make(PI_2_HI, PI_2_LO), -1.0 / a.hi);
    } else if (a.hi > 1.0) {
        res = dd_add(dd_make(PI_2_HI, PI_2_LO), dd_neg(atan_unit(dd_div(dd_make(1.0, 0.0), a))));
    } else {
        res = atan_unit(a);
    }
    return neg ? dd_neg(res) : res;
}

double atan(double x)
{
    if (isnan(x))
        return x + x;
    if (fabs(x) < 0x1p-27)
        return x;
    return dd_to_double(uc_libm_atan_dd(dd_make(x, 0.0)));
}

double atan2(double y, double x)
{
    if (isnan(x) || isnan(y))
        return x + y;
    double pi = copysign(PI_HI, y), half = copysign(PI_2_HI, y);
    if (y == 0.0)
        return signbit(x) ? pi : y;
    if (x == 0.0)
        return half;
    if (isinf(y)) {
        if (isinf(x))
            return copysign(x > 0.0 ? PI_4_HI : dd_to_double(dd_mul_d(dd_make(PI_HI, PI_LO), 0.75)), y);
        return half;
    }
    if (isinf(x))
        return x > 0.0 ? copysign(0.0, y) : pi;
    int ey, ex;
    frexp(y, &ey);
    frexp(x, &ex);
    dd_t a;
    if (ey - ex > 60) {
        a = dd_add_d(dd_make(PI_2_HI, PI_2_LO), -fabs(x / y));
    } else if (ey - ex < -60) {
        if (x > 0.0)
            return y / x; /* atan(t) = t to within 2^-120 relative */
        a = dd_make(fabs(y / x), 0.0);
    } else {
        double ys = scalbn(fabs(y), -ex), xs = scalbn(fabs(x), -ex);
        a = uc_libm_atan_dd(dd_div(dd_make(ys, 0.0), dd_make(xs, 0.0)));
    }
    if (x < 0.0)
        a = dd_add(dd_make(PI_HI, PI_LO), dd_neg(a));
    return copysign(dd_to_double(a), y);
}

/* asin(s) for |s| <= 0.71, as atan(s / sqrt(1 - s^2)). */
static dd_t asin_dd(dd_t s)
{
    dd_t c = dd_sqrt(dd_add(dd_make(1.0, 0.0), dd_neg(dd_mul(s, s))));
    return uc_libm_atan_dd(dd_div(s, c));
}

/* sqrt((1 - a) / 2) for 0.5 <= a <= 1, as a double-double (1 - a exact). */
static dd_t half_angle(double a)
{
    return dd_sqrt(dd_make(0.5 * (1.0 - a), 0.0));
}

double asin(double x)
{
    double a = fabs(x);
    if (isnan(x))
        return x + x;
    if (a > 1.0)
        return (x - x) / (x - x);
    if (a < 0x1p-27)
        return x;
    if (a <= 0.5)
        return dd_to_double(asin_dd(dd_make(x, 0.0)));
    /* asin(a) = pi/2 - 2 asin(sqrt((1 - a)/2)) */
    dd_t h = asin_dd(half_angle(a));
    dd_t r = dd_add(dd_make(PI_2_HI, PI_2_LO), dd_make(-2.0 * h.hi, -2.0 * h.lo));
    return copysign(dd_to_double(r), x);
}

double acos(double x)
{
    double a = fabs(x);
    if (isnan(x))
        return x + x;
    if (a > 1.0)
        return (x - x) / (x - x);
    if (a <= 0.5) {
        dd_t s = asin_dd(dd_make(x, 0.0));
        return dd_to_double(dd_add(dd_make(PI_2_HI, PI_2_LO), dd_neg(s)));
    }
    /* acos(a) = 2 asin(sqrt((1 - a)/2)); acos(-a) = pi - acos(a). */
    dd_t h = asin_dd(half_angle(a));
    dd_t r = dd_make(2.0 * h.hi, 2.0 * h.lo);
    if (x < 0.0)
        r = dd_add(dd_make(PI_HI, PI_LO), dd_neg(r));
    return dd_to_double(r);
}
