/* math_private.h (runtime/libc): what the libm sources share: access to the
 * bits of a double, and double-double arithmetic (an unevaluated sum
 * hi + lo with |lo| <= ulp(hi)/2, about 106 bits), with which the
 * functions carry their intermediate results so that only the final
 * rounding to double costs a visible error. */
#ifndef UC_LIBC_MATH_PRIVATE_H
#define UC_LIBC_MATH_PRIVATE_H

#include <stdint.h>

static inline uint64_t to_bits(double x)
{
    uint64_t u;
    __builtin_memcpy(&u, &x, sizeof u);
    return u;
}

static inline double from_bits(uint64_t u)
{
    double x;
    __builtin_memcpy(&x, &u, sizeof x);
    return x;
}

#define SIGN_BIT 0x8000000000000000UL
#define EXP_MASK 0x7ff0000000000000UL
#define MANT_MASK 0x000fffffffffffffUL

/* The biased exponent field (0 for zeros and subnormals, 2047 for inf/nan). */
static inline int biased_exponent(double x)
{
    return (int)((to_bits(x) >> 52) & 0x7ff);
}

/* 2^n for -1022 <= n <= 1023, exactly. */
static inline double pow2i(int n)
{
    return from_bits((uint64_t)(n + 1023) << 52);
}

typedef struct {
    double hi, lo;
} dd_t;

static inline dd_t dd_make(double hi, double lo)
{
    dd_t r = {hi, lo};
    return r;
}

/* a + b exactly, when |a| >= |b| or a == 0 (Dekker). */
static inline dd_t fast_two_sum(double a, double b)
{
    double s = a + b;
    return dd_make(s, b - (s - a));
}

/* a + b exactly, whatever their magnitudes (Knuth). */
static inline dd_t two_sum(double a, double b)
{
    double s = a + b;
    double bb = s - a;
    return dd_make(s, (a - (s - bb)) + (b - bb));
}

/* a * b exactly (Dekker's product with Veltkamp's split); |a|, |b| < 2^995
 * so that the split does not overflow. */
static inline dd_t two_prod(double a, double b)
{
    const double split = 134217729.0; /* 2^27 + 1 */
    double p = a * b;
    double ta = split * a, tb = split * b;
    double ah = ta - (ta - a), al = a - ah;
    double bh = tb - (tb - b), bl = b - bh;
    return dd_make(p, ((ah * bh - p) + ah * bl + al * bh) + al * bl);
}

static inline dd_t dd_add(dd_t a, dd_t b)
{
    dd_t s = two_sum(a.hi, b.hi);
    dd_t t = two_sum(a.lo, b.lo);
    s = fast_two_sum(s.hi, s.lo + t.hi);
    return fast_two_sum(s.hi, s.lo + t.lo);
}

static inline dd_t dd_add_d(dd_t a, double b)
{
    dd_t s = two_sum(a.hi, b);
    return fast_two_sum(s.hi, s.lo + a.lo);
}

static inline dd_t dd_neg(dd_t a)
{
    return dd_make(-a.hi, -a.lo);
}

static inline dd_t dd_mul(dd_t a, dd_t b)
{
    dd_t p = two_prod(a.hi, b.hi);
    return fast_two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

static inline dd_t dd_mul_d(dd_t a, double b)
{
    dd_t p = two_prod(a.hi, b);
    return fast_two_sum(p.hi, p.lo + a.lo * b);
}

static inline dd_t dd_div(dd_t a, dd_t b)
{
    double q = a.hi / b.hi;
    /* a - q * b, then one correction step. */
    dd_t r = dd_add(a, dd_neg(dd_mul_d(b, q)));
    double q2 = r.hi / b.hi;
    r = dd_add(r, dd_neg(dd_mul_d(b, q2)));
    return dd_add_d(fast_two_sum(q, q2), r.hi / b.hi);
}

static inline dd_t dd_sqrt(dd_t a)
{
    double s;
    __asm__("sqrtsd %1, %0" : "=x"(s) : "x"(a.hi));
    if (a.hi <= 0.0)
        return dd_make(s, 0.0);
    /* s + (a - s^2) / (2s) */
    dd_t r = dd_add(a, dd_neg(two_prod(s, s)));
    return fast_two_sum(s, r.hi / (2.0 * s));
}

static inline double dd_to_double(dd_t a)
{
    return a.hi + a.lo;
}

/* ---- shared kernels (math_exp.c) ---- */

/* e^x = (hi + lo) * 2^k for |x.hi| < 746, relative error about 2^-68;
 * hi is in [0.7, 1.5). */
struct scaled_dd {
    dd_t v;
    int k;
};
struct scaled_dd uc_libm_exp_dd(dd_t x);

/* log(x) for x = hi + lo > 0 finite, with absolute error about 2^-70
 * (relative where the result is small). */
dd_t uc_libm_log_dd(dd_t x);

/* Rounds (hi + lo) * 2^k to double once (subnormal and overflowing results
 * included). */
double uc_libm_scale(dd_t v, int k);

/* ---- shared kernels (math_trig.c) ---- */

/* atan(x) of a double-double of any magnitude, as a double-double. */
dd_t uc_libm_atan_dd(dd_t x);

/* sin(pi * x) for finite x, exactly reduced. */
dd_t uc_libm_sinpi_dd(double x);

#endif
