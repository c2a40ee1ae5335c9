/* math_special.c (runtime/libc): the error function and the gamma function.
 *
 * erf(x) for |x| < 1 is 2/sqrt(pi) e^-x^2 times the series
 * sum 2^n x^(2n+1) / (1 3 5 ... (2n+1)), whose terms are all positive, in
 * double-double. erfc(x) for x >= 1 is e^-x^2 / sqrt(pi) times Laplace's
 * continued fraction 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), summed
 * backwards; the other cases are 1 - erf, 1 - erfc or 2 - erfc, which
 * cancel nothing that matters in double-double.
 *
 * lgamma is Stirling's series for x >= 12 (12 terms: truncation below
 * 2^-75), the recurrence Gamma(x) = Gamma(x + n) / (x (x+1) ... (x+n-1))
 * below, the Taylor series at 1 and 2 (coefficients zeta(k)) near the zeros
 * of lgamma there, and the reflection formula for x < 0. tgamma is
 * exp(lgamma) in double-double, divided by the same product. */
#include <math.h>

#include "math_private.h"
#include "math_tables.h"

static dd_t dd_div_d(dd_t a, double b)
{
    return dd_div(a, dd_make(b, 0.0));
}

/* ---- erf ---- */

/* erf(a) for 0 <= a < 1 (no underflow concerns below 2^-28 here). */
static dd_t erf_series(double a)
{
    dd_t a2x2 = two_prod(a, a);
    a2x2 = dd_make(2.0 * a2x2.hi, 2.0 * a2x2.lo);
    dd_t term = dd_make(a, 0.0), sum = term;
    for (int n = 0; n < 60 && term.hi > 0x1p-64 * sum.hi; n++) {
        term = dd_div_d(dd_mul(term, a2x2), 2.0 * n + 3.0);
        sum = dd_add(sum, term);
    }
    dd_t ma2 = two_prod(-a, a);
    struct scaled_dd e = uc_libm_exp_dd(ma2);
    dd_t v = dd_mul(dd_mul(e.v, sum), dd_make(TWO_OVER_SQRT_PI_HI, TWO_OVER_SQRT_PI_LO));
    return dd_make(v.hi * pow2i(e.k), v.lo * pow2i(e.k));
}

/* erfc(a) for a >= 1 as (hi + lo) 2^k, by the continued fraction. */
static struct scaled_dd erfc_fraction(double a)
{
    /* Enough terms for 2^-64 at a = 1, fewer as a grows. */
    int n = 12 + (int)(240.0 / (a * a));
    double f = a;
    for (; n > 1; n--)
        f = a + (0.5 * n) / f;
    /* The last step, where the error of f is not yet damped, in dd. */
    dd_t fd = dd_add_d(dd_div(dd_make(0.5, 0.0), dd_make(f, 0.0)), a);
    dd_t k = dd_div(dd_make(1.0, 0.0), fd);
    struct scaled_dd e = uc_libm_exp_dd(two_prod(-a, a));
    e.v = dd_mul(dd_mul(e.v, k), dd_make(INV_SQRT_PI_HI, INV_SQRT_PI_LO));
    return e;
}

double erf(double x)
{
    double a = fabs(x);
    if (isnan(x))
        return x + x;
    if (a >= 6.0) /* erfc(6) < 2^-55 */
        return copysign(1.0, x);
    if (x == 0.0)
        return x;
    if (a < 0x1p-28) {
        /* 2/sqrt(pi) x, scaled away from the subnormal range. */
        dd_t v = dd_mul_d(dd_make(TWO_OVER_SQRT_PI_HI, TWO_OVER_SQRT_PI_LO), x * 0x1p64);
        return uc_libm_scale(v, -64);
    }
    if (a < 1.0)
        return copysign(dd_to_double(erf_series(a)), x);
    struct scaled_dd c = erfc_fraction(a);
    dd_t r = dd_add_d(dd_neg(dd_make(c.v.hi * pow2i(c.k), c.v.lo * pow2i(c.k))), 1.0);
    return copysign(dd_to_double(r), x);
}

double erfc(double x)
{
    if (isnan(x))
        return x + x;
    if (x < -6.0)
        return 2.0;
    if (x > 28.0)
        return 0x1p-1022 * 0x1p-1022; /* underflow: erfc(27.3) < 2^-1075 */
    if (fabs(x) < 1.0) {
        dd_t e = erf_series(fabs(x));
        return dd_to_double(dd_add_d(x < 0.0 ? e : dd_neg(e), 1.0));
    }
    if (x >= 1.0) {
        struct scaled_dd c = erfc_fraction(x);
        return uc_libm_scale(c.v, c.k);
    }
    struct scaled_dd c = erfc_fraction(-x);
    return dd_to_double(dd_add_d(dd_neg(dd_make(c.v.hi * pow2i(c.k), c.v.lo * pow2i(c.k))), 2.0));
}

/* ---- gamma ---- */

/* Stirling's series for x >= 12: (x - 1/2) log x - x + log(2 pi)/2
 * + sum B_2k / (2k (2k-1) x^(2k-1)). */
static dd_t lgamma_stirling(dd_t x)
{
    dd_t l = uc_libm_log_dd(x);
    dd_t main_part = dd_add(dd_mul(dd_add_d(x, -0.5), l), dd_neg(x));
    /* The first term 1/(12x) (up to 2^-7) in double-double, the others
     * (below 2^-19) in double. */
    dd_t inv = dd_div(dd_make(1.0, 0.0), x);
    double s = inv.hi, s2 = s * s, sum = 0.0;
    for (int k = 11; k >= 1; k--)
        sum = STIRLING[k] + s2 * sum;
    dd_t series = dd_add_d(dd_div(inv, dd_make(12.0, 0.0)), s * s2 * sum);
    return dd_add(main_part, dd_add(series, dd_make(HALF_LOG_2PI_HI, HALF_LOG_2PI_LO)));
}

/* lgamma(c + z) for c = 1 or 2 and |z| <= 0.3 from the Taylor series:
 * lgamma(1 + z) = -gamma z + sum_{k>=2} (-1)^k zeta(k) z^k / k, and
 * lgamma(2 + z) = (1 - gamma) z + sum_{k>=2} (-1)^k (zeta(k) - 1) z^k / k. */
static dd_t lgamma_taylor(dd_t z, int c)
{
    double zh = z.hi, tail = 0.0;
    double one = c == 1 ? 1.0 : 0.0;
    for (int k = 41; k >= 3; k--) {
        double coef = (one + ZETA_MINUS_1[k - 2][0]) / k;
        tail = (k & 1 ? -coef : coef) + zh * tail;
    }
    tail *= zh * zh * zh;
    /* The first two terms in double-double. */
    dd_t g = dd_make(-EULER_GAMMA_HI, -EULER_GAMMA_LO);
    if (c == 2)
        g = dd_add_d(g, 1.0);
    dd_t z2 = dd_mul(z, z);
    dd_t c2 = dd_make(0.5 * (one + ZETA_MINUS_1[0][0]), 0.5 * ZETA_MINUS_1[0][1]);
    dd_t r = dd_add(dd_mul(g, z), dd_mul(c2, z2));
    return dd_add_d(r, tail);
}

/* lgamma(x) for x > 0 given as a double-double. */
static dd_t lgamma_pos(dd_t x)
{
    if (x.hi >= 12.0)
        return lgamma_stirling(x);
    dd_t z1 = dd_add_d(x, -1.0), z2 = dd_add_d(x, -2.0);
    if (fabs(z1.hi) <= 0.3)
        return lgamma_taylor(z1, 1);
    if (fabs(z2.hi) <= 0.3)
        return lgamma_taylor(z2, 2);
    /* lgamma(x) = lgamma(x + n) - log(x (x+1) ... (x+n-1)) */
    dd_t p = x, y = x;
    for (;;) {
        y = dd_add_d(y, 1.0);
        if (y.hi >= 12.0)
            break;
        p = dd_mul(p, y);
    }
    return dd_add(lgamma_stirling(y), dd_neg(uc_libm_log_dd(p)));
}

/* Gamma(x) for x > 0 (a double-double) as (hi + lo) 2^k. */
static struct scaled_dd tgamma_pos(dd_t x)
{
    dd_t y = x, p = dd_make(1.0, 0.0);
    while (y.hi < 12.0) {
        p = dd_mul(p, y);
        y = dd_add_d(y, 1.0);
    }
    struct scaled_dd e = uc_libm_exp_dd(lgamma_stirling(y));
    e.v = dd_div(e.v, p);
    return e;
}

static int is_negative_integer(double x)
{
    return x < 0.0 && trunc(x) == x;
}

double tgamma(double x)
{
    if (isnan(x))
        return x + x;
    if (x == 0.0)
        return 1.0 / x; /* +-inf: the pole at 0 keeps the sign */
    if (isinf(x))
        return x > 0.0 ? x : (x - x) / (x - x);
    if (is_negative_integer(x))
        return (x - x) / (x - x);
    if (x > 171.7)
        return 0x1p1023 * 2.0;
    if (fabs(x) < 0x1p-60) /* Gamma(x) = 1/x - gamma + O(x) */
        return 1.0 / x;
    if (x > 0.0) {
        struct scaled_dd g = tgamma_pos(dd_make(x, 0.0));
        return uc_libm_scale(g.v, g.k);
    }
    /* Gamma(x) = pi / (sin(pi x) Gamma(1 - x)) */
    dd_t s = uc_libm_sinpi_dd(x);
    if (x < -190.0) /* |Gamma(x)| < 2^-1100 */
        return copysign(0.0, s.hi);
    struct scaled_dd g = tgamma_pos(two_sum(1.0, -x));
    dd_t v = dd_div(dd_make(PI_HI, PI_LO), dd_mul(s, g.v));
    return uc_libm_scale(v, -g.k);
}

double lgamma(double x)
{
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return fabs(x);
    if (x == 0.0 || is_negative_integer(x))
        return INFINITY; /* a pole */
    double a = fabs(x);
    if (a < 0x1p-60) /* lgamma(x) = -log|x| - gamma x + ... */
        return -log(a);
    if (x > 0x1p60) {
        /* x (log x - 1); the other terms are below 2^-60 relative. The
         * product is formed at a scale where double-double cannot overflow. */
        dd_t l = dd_add_d(uc_libm_log_dd(dd_make(x, 0.0)), -1.0);
        return uc_libm_scale(dd_mul_d(l, x * 0x1p-60), 60);
    }
    if (x > 0.0)
        return dd_to_double(lgamma_pos(dd_make(x, 0.0)));
    /* log|Gamma(x)| = log(pi / |sin(pi x)|) - lgamma(1 - x) */
    dd_t s = uc_libm_sinpi_dd(x);
    if (s.hi < 0.0)
        s = dd_neg(s);
    dd_t l = uc_libm_log_dd(dd_div(dd_make(PI_HI, PI_LO), s));
    return dd_to_double(dd_add(l, dd_neg(lgamma_pos(two_sum(1.0, -x)))));
}
