/* math_exp.c (runtime/libc): exponentials, logarithms, powers and roots.
 *
 * exp: x = (64k + j) ln2/64 + r with |r| <= ln2/128; e^x = 2^k 2^(j/64) e^r,
 * 2^(j/64) from a double-double table and e^r - 1 from its Taylor series to
 * r^6 (truncation below 2^-65 relative). log: x = 2^e m, m in [1, 2), and
 * with r ~ 1/m from a table, log x = e ln2 - log r + log1p(m r - 1), the
 * last by its series on |m r - 1| < 2^-7. Both carry double-doubles, so the
 * results are within about 0.5 ulp + 2^-60 relative; pow = exp(y log x) in
 * double-double inherits that. */
#include <math.h>

#include "math_private.h"
#include "math_tables.h"

/* 2^(j/64) * e^r for |r| <= ln2/128 (+ tiny), as a double-double in [1, 2.02). */
static dd_t exp_reduced(int j, dd_t r)
{
    double rh = r.hi, rl = r.lo;
    double t = rh * rh * (1.0 / 2 + rh * (1.0 / 6 + rh * (1.0 / 24 + rh * (1.0 / 120 + rh * (1.0 / 720)))));
    double th = EXP2_TABLE[j][0], tl = EXP2_TABLE[j][1];
    /* e^r - 1 = rh + [rl (1 + rh) + t]; multiply 1 + that by th + tl. */
    double small = rl + rl * rh + t;
    dd_t p = two_prod(th, rh);
    dd_t s = two_sum(th, p.hi);
    double rest = p.lo + th * small + tl * (1.0 + rh + small);
    return fast_two_sum(s.hi, s.lo + rest);
}

struct scaled_dd uc_libm_exp_dd(dd_t x)
{
    /* N = round(x * 64 / ln2); x - N ln2/64 with ln2/64 in three parts. */
    double n = rint(x.hi * (64.0 * INV_LN2_HI));
    int in = (int)n;
    dd_t r = two_sum(x.hi - n * LN2_64_1, -n * LN2_64_2); /* first difference exact */
    r = dd_add_d(r, x.lo - n * LN2_64_3);
    struct scaled_dd out;
    out.v = exp_reduced(in & 63, r);
    out.k = (in - (in & 63)) / 64;
    return out;
}

double exp(double x)
{
    if (isnan(x))
        return x + x;
    if (x > 710.0)
        return 0x1p1023 * 2.0; /* overflow: +inf */
    if (x < -746.0)
        return 0x1p-1022 * 0x1p-1022; /* underflow: +0 */
    struct scaled_dd e = uc_libm_exp_dd(dd_make(x, 0.0));
    return uc_libm_scale(e.v, e.k);
}

double exp2(double x)
{
    if (isnan(x))
        return x + x;
    if (x > 1024.5)
        return 0x1p1023 * 2.0;
    if (x < -1080.0)
        return 0x1p-1022 * 0x1p-1022;
    /* x = (64k + j)/64 + r exactly, |r| <= 1/128; 2^r = e^(r ln2). */
    double n = rint(x * 64.0);
    int in = (int)n;
    double r = x - n / 64.0;
    dd_t rl = dd_add_d(two_prod(r, LN2_HI), r * LN2_LO);
    return uc_libm_scale(exp_reduced(in & 63, rl), (in - (in & 63)) / 64);
}

double expm1(double x)
{
    if (isnan(x))
        return x + x;
    if (x > 709.0)
        return exp(x);
    if (x < -40.0)
        return -1.0 + 0x1p-100; /* e^x < 2^-57: -1 after rounding, inexact */
    double ax = fabs(x);
    if (ax < 0x1p-54)
        return x;
    if (ax <= 0x1.63p-8) { /* ln2/128: the series converges to 2^-65 relative */
        double t = x * x * (1.0 / 2 + x * (1.0 / 6 + x * (1.0 / 24 + x * (1.0 / 120 + x * (1.0 / 720 + x * (1.0 / 5040))))));
        return x + t;
    }
    struct scaled_dd e = uc_libm_exp_dd(dd_make(x, 0.0));
    /* e^x - 1 = v 2^k - 1: scaling by 2^k is exact, the subtraction is
     * carried in double-double (relative error stays near 2^-60 because
     * |e^x - 1| >= 0.0054 here). */
    dd_t v = dd_make(e.v.hi * pow2i(e.k), e.v.lo * pow2i(e.k));
    return dd_to_double(dd_add_d(v, -1.0));
}

dd_t uc_libm_log_dd(dd_t x)
{
    double h = x.hi, l = x.lo;
    int e = 0;
    if (biased_exponent(h) == 0) { /* subnormal */
        h *= 0x1p54;
        l *= 0x1p54;
        e = -54;
    }
    int be = biased_exponent(h);
    e += be - 1023;
    /* m in [1, 2) exactly; the low part scales with it. */
    double m = from_bits((to_bits(h) & MANT_MASK) | 0x3ff0000000000000UL);
    double ml = l * pow2i(-(be - 1023));
    int i = (int)((m - 1.0) * 64.0 + 0.5);
    double r = LOG_TABLE[i][0];
    /* z = m r - 1 + ml r, |z| < 2^-7. */
    dd_t p = two_prod(m, r);
    dd_t z = two_sum(p.hi - 1.0, p.lo + ml * r);
    /* log1p(z) = z - z^2/2 + z^3/3 - ...: the square in double-double,
     * the rest (below 2^-21) in double up to z^11. */
    double zh = z.hi;
    dd_t sq = two_prod(zh, zh);
    double t = zh * zh * zh * (1.0 / 3 - zh * (1.0 / 4 - zh * (1.0 / 5 - zh * (1.0 / 6 - zh * (1.0 / 7 - zh * (1.0 / 8 - zh * (1.0 / 9 - zh * (1.0 / 10 - zh * (1.0 / 11)))))))));
    dd_t log1pz = dd_add(z, dd_make(-0.5 * sq.hi, -0.5 * sq.lo - zh * z.lo + t));
    dd_t sum = dd_add(dd_add_d(two_prod((double)e, LN2_HI), (double)e * LN2_LO),
                      dd_make(LOG_TABLE[i][1], LOG_TABLE[i][2]));
    return dd_add(sum, log1pz);
}

/* The common special cases of the logarithms; returns 1 and sets *OUT if X
 * is one. */
static int log_special(double x, double *out)
{
    if (isnan(x)) {
        *out = x + x;
        return 1;
    }
    if (x == 0.0) {
        *out = -INFINITY;
        return 1;
    }
    if (x < 0.0) {
        *out = (x - x) / (x - x); /* NaN, invalid */
        return 1;
    }
    if (isinf(x)) {
        *out = x;
        return 1;
    }
    return 0;
}

double log(double x)
{
    double r;
    if (log_special(x, &r))
        return r;
    if (x == 1.0)
        return 0.0;
    return dd_to_double(uc_libm_log_dd(dd_make(x, 0.0)));
}

double log2(double x)
{
    double r;
    if (log_special(x, &r))
        return r;
    return dd_to_double(dd_mul(uc_libm_log_dd(dd_make(x, 0.0)), dd_make(INV_LN2_HI, INV_LN2_LO)));
}

double log10(double x)
{
    double r;
    if (log_special(x, &r))
        return r;
    return dd_to_double(dd_mul(uc_libm_log_dd(dd_make(x, 0.0)), dd_make(INV_LN10_HI, INV_LN10_LO)));
}

double log1p(double x)
{
    if (isnan(x))
        return x + x;
    if (x == -1.0)
        return -INFINITY;
    if (x < -1.0)
        return (x - x) / (x - x);
    if (isinf(x))
        return x;
    if (fabs(x) < 0x1p-54)
        return x;
    return dd_to_double(uc_libm_log_dd(two_sum(1.0, x)));
}

/* 0: Y is not an integer; 1: an odd integer; 2: an even integer. */
static int integer_kind(double y)
{
    if (trunc(y) != y)
        return 0;
    if (fabs(y) >= 0x1p53)
        return 2;
    return ((long)y & 1) ? 1 : 2;
}

double pow(double x, double y)
{
    if (y == 0.0 || x == 1.0)
        return 1.0;
    if (isnan(x) || isnan(y))
        return x + y;
    int kind = integer_kind(y);
    double ax = fabs(x);
    if (isinf(y)) {
        if (ax == 1.0)
            return 1.0;
        return (ax > 1.0) == (y > 0.0) ? INFINITY : 0.0;
    }
    if (x == 0.0 || isinf(x)) {
        /* 0^y and inf^y: 1/0 and inf swap roles with y's sign. */
        int big = (x == 0.0) == (y < 0.0);
        double r = big ? INFINITY : 0.0;
        if (x == 0.0 && y < 0.0)
            r = 1.0 / ax; /* +inf with the divide-by-zero flag */
        return (kind == 1 && signbit(x)) ? -r : r;
    }
    if (x < 0.0 && kind == 0)
        return (x - x) / (x - x);
    double sign = (x < 0.0 && kind == 1) ? -1.0 : 1.0;
    if (ax == 1.0)
        return sign;
    int grows = (ax > 1.0) == (y > 0.0);
    if (fabs(y) >= 0x1p64) /* |y log x| > 2^11 since |log x| >= 2^-53 */
        return grows ? sign * 0x1p1023 * 2.0 : sign * 0x1p-1022 * 0x1p-1022;
    dd_t l = uc_libm_log_dd(dd_make(ax, 0.0));
    double approx = y * l.hi;
    if (approx > 746.0)
        return sign * 0x1p1023 * 2.0;
    if (approx < -746.0)
        return sign * 0x1p-1022 * 0x1p-1022;
    dd_t w = dd_add_d(two_prod(y, l.hi), y * l.lo);
    struct scaled_dd e = uc_libm_exp_dd(w);
    return sign * uc_libm_scale(e.v, e.k);
}

double cbrt(double x)
{
    if (x == 0.0 || !isfinite(x))
        return x + x;
    double a = fabs(x);
    int shift = 0;
    if (biased_exponent(a) == 0) { /* subnormal: cbrt(2^54) = 2^18 */
        a *= 0x1p54;
        shift = -18;
    }
    /* a = m 2^(3q + rem), m in [1, 2); cbrt(a) = cbrt(m 2^rem) 2^q. */
    int e = biased_exponent(a) - 1023;
    int q = e >= 0 ? e / 3 : -((-e + 2) / 3);
    int rem = e - 3 * q;
    double m = from_bits((to_bits(a) & MANT_MASK) | 0x3ff0000000000000UL) * (double)(1 << rem);
    /* Newton's iteration y <- (2y + m/y^2)/3 from a linear first guess on
     * m in [1, 8): six steps reach double precision. */
    double y = 0.6 + 0.19 * m;
    for (int i = 0; i < 6; i++)
        y = (2.0 * y + m / (y * y)) / 3.0;
    /* One more step with the residual m - y^3 in double-double. */
    dd_t y3 = dd_mul_d(two_prod(y, y), y);
    dd_t res = dd_add_d(dd_neg(y3), m);
    dd_t root = fast_two_sum(y, res.hi / (3.0 * y * y));
    return copysign(uc_libm_scale(root, q + shift), x);
}

double hypot(double x, double y)
{
    if (isinf(x) || isinf(y))
        return INFINITY;
    if (isnan(x) || isnan(y))
        return x + y;
    double a = fabs(x), b = fabs(y);
    if (a < b) {
        double t = a;
        a = b;
        b = t;
    }
    if (b == 0.0)
        return a;
    int ea, eb;
    frexp(a, &ea);
    frexp(b, &eb);
    if (ea - eb > 28) /* (b/a)^2 / 2 < 2^-55: the result rounds to a */
        return a;
    /* Scale a into [0.5, 1), square and add exactly, then a double-double
     * square root, rounded once with the scale put back. */
    double as = scalbn(a, -ea), bs = scalbn(b, -ea);
    dd_t sum = dd_add(two_prod(as, as), two_prod(bs, bs));
    return uc_libm_scale(dd_sqrt(sum), ea);
}
