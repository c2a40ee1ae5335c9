/* math_hyp.c (runtime/libc): the hyperbolic functions and their inverses,
 * from the double-double exponential and logarithm of math_exp.c: the
 * formulas (e^x - e^-x)/2, log(x + sqrt(x^2 + 1)) and so on lose nothing
 * to cancellation when every intermediate carries about 106 bits; only
 * sinh near 0 needs its series instead. */
#include <math.h>

#include "math_private.h"
#include "math_tables.h"

/* e^y - 1 as a double-double with relative error about 2^-60. */
static dd_t expm1_dd(double y)
{
    if (fabs(y) <= 0x1.63p-8) {
        double t = y * y * (1.0 / 2 + y * (1.0 / 6 + y * (1.0 / 24 + y * (1.0 / 120 + y * (1.0 / 720 + y * (1.0 / 5040))))));
        return fast_two_sum(y, t);
    }
    struct scaled_dd e = uc_libm_exp_dd(dd_make(y, 0.0));
    return dd_add_d(dd_make(e.v.hi * pow2i(e.k), e.v.lo * pow2i(e.k)), -1.0);
}

/* (e^a + SIGN e^-a) / 2 for a >= 2^-27: SIGN -1 gives sinh, +1 cosh. */
static double exp_pair(double a, double sign)
{
    if (a > 711.0)
        return 0x1p1023 * 2.0;
    struct scaled_dd e = uc_libm_exp_dd(dd_make(a, 0.0));
    /* e^-a = (1/v) 2^-k: relative to v 2^k it is scaled by 2^-2k. */
    dd_t inv = dd_div(dd_make(1.0, 0.0), e.v);
    double s = e.k < 500 ? sign * pow2i(-2 * e.k) : 0.0;
    dd_t sum = dd_add(e.v, dd_make(inv.hi * s, inv.lo * s));
    return uc_libm_scale(sum, e.k - 1);
}

double sinh(double x)
{
    double a = fabs(x);
    if (!isfinite(x))
        return x + x;
    if (a < 0x1p-27)
        return x;
    if (a < 1.0) {
        /* x + x^3/3! (double-double) + x^5/5! + ... + x^19/19! */
        double x2 = x * x;
        dd_t t1 = dd_div(dd_mul_d(two_prod(x, x), x), dd_make(6.0, 0.0));
        t1.lo += x * x2 * x2 * (1.0 / 120 + x2 * (1.0 / 5040 + x2 * (1.0 / 362880 + x2 * (1.0 / 39916800 + x2 * (1.0 / 6227020800.0 + x2 * (1.0 / 1307674368000.0 + x2 * (1.0 / 355687428096000.0 + x2 * (1.0 / 121645100408832000.0))))))));
        return dd_to_double(dd_add(dd_make(x, 0.0), t1));
    }
    return copysign(exp_pair(a, -1.0), x);
}

double cosh(double x)
{
    double a = fabs(x);
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return a;
    if (a < 0x1p-27)
        return 1.0;
    return exp_pair(a, 1.0);
}

double tanh(double x)
{
    double a = fabs(x);
    if (isnan(x))
        return x + x;
    if (a < 0x1p-27)
        return x;
    if (a > 22.0) /* 1 - tanh(22) < 2^-62 */
        return copysign(1.0, x);
    /* tanh a = (e^2a - 1) / (e^2a - 1 + 2) */
    dd_t m = expm1_dd(2.0 * a);
    return copysign(dd_to_double(dd_div(m, dd_add_d(m, 2.0))), x);
}

double asinh(double x)
{
    double a = fabs(x);
    if (!isfinite(x))
        return x + x;
    if (a < 0x1p-27)
        return x;
    dd_t r;
    if (a > 0x1p28) { /* sqrt(a^2 + 1) = a to 2^-57: log(2a) */
        r = dd_add(uc_libm_log_dd(dd_make(a, 0.0)), dd_make(LN2_HI, LN2_LO));
    } else {
        dd_t s = dd_sqrt(dd_add_d(two_prod(a, a), 1.0));
        r = uc_libm_log_dd(dd_add_d(s, a));
    }
    return copysign(dd_to_double(r), x);
}

double acosh(double x)
{
    if (isnan(x))
        return x + x;
    if (x < 1.0)
        return (x - x) / (x - x);
    if (x == 1.0)
        return 0.0;
    if (isinf(x))
        return x;
    if (x > 0x1p28)
        return dd_to_double(dd_add(uc_libm_log_dd(dd_make(x, 0.0)), dd_make(LN2_HI, LN2_LO)));
    /* x^2 - 1 exactly as a double-double (the subtraction is exact). */
    dd_t s = dd_sqrt(dd_add_d(two_prod(x, x), -1.0));
    return dd_to_double(uc_libm_log_dd(dd_add_d(s, x)));
}

double atanh(double x)
{
    double a = fabs(x);
    if (isnan(x))
        return x + x;
    if (a > 1.0)
        return (x - x) / (x - x);
    if (a == 1.0)
        return copysign(INFINITY, x);
    if (a < 0x1p-27)
        return x;
    /* atanh a = log((1 + a) / (1 - a)) / 2 */
    dd_t q = dd_div(two_sum(1.0, a), two_sum(1.0, -a));
    dd_t l = uc_libm_log_dd(q);
    return copysign(0.5 * dd_to_double(l), x);
}
