/* math_basic.c (runtime/libc): the exact operations of math.h: sign and
 * magnitude, square root, rounding to integers, remainders, and access to
 * the exponent. All are exact (no rounding error) by construction. */
#include <math.h>

#include "math_private.h"

double fabs(double x)
{
    return from_bits(to_bits(x) & ~SIGN_BIT);
}

double copysign(double x, double y)
{
    return from_bits((to_bits(x) & ~SIGN_BIT) | (to_bits(y) & SIGN_BIT));
}

double sqrt(double x)
{
    /* SSE2's sqrtsd is correctly rounded, as IEEE 754 requires. */
    double r;
    __asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x));
    return r;
}

double trunc(double x)
{
    int e = biased_exponent(x) - 1023;
    if (e >= 52)
        return x; /* already an integer, or inf/nan */
    if (e < 0)
        return copysign(0.0, x);
    uint64_t frac = MANT_MASK >> e;
    return from_bits(to_bits(x) & ~frac);
}

double floor(double x)
{
    double t = trunc(x);
    return (t != x && x < 0.0) ? t - 1.0 : t;
}

double ceil(double x)
{
    double t = trunc(x);
    return (t != x && x > 0.0) ? t + 1.0 : t;
}

double round(double x)
{
    double t = trunc(x);
    /* x - t is exact (both share x's exponent or t is 0). */
    if (fabs(x - t) >= 0.5)
        t += copysign(1.0, x);
    return t;
}

double rint(double x)
{
    /* Adding and removing 2^52 rounds to an integer in the current
     * (nearest-even) mode; larger magnitudes are integers already. */
    const double big = 0x1p52;
    double a = fabs(x);
    if (!(a < big))
        return x;
    return copysign((a + big) - big, x);
}

double nearbyint(double x)
{
    return rint(x);
}

double modf(double x, double *iptr)
{
    double t = trunc(x);
    *iptr = t;
    if (isinf(x))
        return copysign(0.0, x);
    return copysign(x - t, x);
}

double frexp(double x, int *exponent)
{
    int e = biased_exponent(x);
    *exponent = 0;
    if (e == 2047 || x == 0.0)
        return x;
    if (e == 0) { /* subnormal: normalise first */
        x *= 0x1p64;
        e = biased_exponent(x) - 64;
    }
    *exponent = e - 1022;
    return from_bits((to_bits(x) & ~EXP_MASK) | ((uint64_t)1022 << 52));
}

double scalbn(double x, int n)
{
    /* Multiplying by powers of two is exact until the last step, which
     * rounds once, also into the subnormal range. */
    if (n > 1023) {
        x *= 0x1p1023;
        n -= 1023;
        if (n > 1023) {
            x *= 0x1p1023;
            n -= 1023;
            if (n > 1023)
                n = 1023;
        }
    } else if (n < -1022) {
        x *= 0x1p-1022 * 0x1p53;
        n += 1022 - 53;
        if (n < -1022) {
            x *= 0x1p-1022 * 0x1p53;
            n += 1022 - 53;
            if (n < -1022)
                n = -1022;
        }
    }
    return x * pow2i(n);
}

double ldexp(double x, int exponent)
{
    return scalbn(x, exponent);
}

int ilogb(double x)
{
    int e = biased_exponent(x);
    if (x == 0.0)
        return FP_ILOGB0;
    if (e == 2047)
        return isnan(x) ? FP_ILOGBNAN : 2147483647;
    if (e == 0)
        return biased_exponent(x * 0x1p64) - 1023 - 64;
    return e - 1023;
}

double logb(double x)
{
    if (x == 0.0)
        return -1.0 / fabs(x); /* -inf, with the divide-by-zero flag */
    if (!isfinite(x))
        return x * x;
    return (double)ilogb(x);
}

/* x mod y for finite x, y != 0 with |x| >= |y|: the remainder of the
 * integer division of the significands, shifted into place 11 bits at a
 * time (the remainder stays below 2^53, so shifting it 11 bits fits). */
static double fmod_finite(double x, double y)
{
    int ex = biased_exponent(x), ey = biased_exponent(y);
    uint64_t mx = to_bits(x) & MANT_MASK, my = to_bits(y) & MANT_MASK;
    if (ex == 0) { /* subnormal: normalise the significand */
        ex = 1;
        while (!(mx & (1UL << 52)))
            mx <<= 1, ex--;
    } else {
        mx |= 1UL << 52;
    }
    if (ey == 0) {
        ey = 1;
        while (!(my & (1UL << 52)))
            my <<= 1, ey--;
    } else {
        my |= 1UL << 52;
    }
    uint64_t r = mx % my;
    for (int d = ex - ey; d > 0;) {
        int s = d < 11 ? d : 11;
        r = (r << s) % my;
        d -= s;
    }
    if (r == 0)
        return copysign(0.0, x);
    /* r * 2^(ey - 1075), exact (scalbn rounds nothing when it fits). */
    return copysign(scalbn((double)r, ey - 1075), x);
}

double fmod(double x, double y)
{
    if (isnan(x) || isnan(y))
        return x + y;
    if (isinf(x) || y == 0.0)
        return (x * y) / (x * y); /* NaN, with the invalid flag */
    if (isinf(y) || fabs(x) < fabs(y))
        return x;
    return fmod_finite(x, y);
}

double remainder(double x, double y)
{
    if (isnan(x) || isnan(y))
        return x + y;
    if (isinf(x) || y == 0.0)
        return (x * y) / (x * y);
    double ay = fabs(y), a = fabs(x);
    int odd = 0;
    if (isinf(y))
        return x;
    if (a <= 0.5 * ay) /* quotient 0 (a tie goes to the even 0) */
        return x;
    if (ay > 0x1p1022) /* 2|y| would overflow: halve, exactly, both */
        return 2.0 * remainder(0.5 * x, 0.5 * y);
    /* a = |x| mod 2|y|, then reduce once by |y| (exactly: a < 2|y|),
     * keeping the parity of the quotient for the halfway case. */
    if (a >= 2.0 * ay)
        a = fmod_finite(a, 2.0 * ay);
    if (a >= ay) {
        a -= ay;
        odd = 1;
    }
    if (a > ay - a || (a == ay - a && odd))
        a -= ay;
    return signbit(x) ? -a : a;
}

double nextafter(double x, double y)
{
    if (isnan(x) || isnan(y))
        return x + y;
    if (x == y)
        return y;
    if (x == 0.0)
        return copysign(0x1p-1074, y);
    uint64_t u = to_bits(x);
    if ((x < y) == (x > 0.0))
        u++;
    else
        u--;
    return from_bits(u);
}

/* fmin (MAX 0) and fmax (MAX 1). A quiet NaN operand is ignored; a
 * signaling one (quiet bit clear) gives NaN, as IEEE 754-2008's minNum and
 * maxNum and glibc do. Equal operands (+0 and -0) give y, as glibc. */
static double min_max(double x, double y, int max)
{
    const uint64_t quiet = 1UL << 51;
    if ((isnan(x) && !(to_bits(x) & quiet)) || (isnan(y) && !(to_bits(y) & quiet)))
        return x + y;
    if (isnan(x))
        return y;
    if (isnan(y))
        return x;
    return (max ? x > y : x < y) ? x : y;
}

double fmin(double x, double y)
{
    return min_max(x, y, 0);
}

double fmax(double x, double y)
{
    return min_max(x, y, 1);
}

double fdim(double x, double y)
{
    if (isnan(x) || isnan(y))
        return x + y;
    return x > y ? x - y : 0.0;
}

double nan(const char *tag)
{
    (void)tag;
    return NAN;
}

/* Rounds (hi + lo) * 2^k to the nearest double, once. */
double uc_libm_scale(dd_t v, int k)
{
    double s = v.hi + v.lo;
    if (s == 0.0 || !isfinite(s))
        return s;
    int e;
    frexp(s, &e);
    if (e + k > -1021)
        return scalbn(s, k); /* normal or overflowing: only the sum rounded */
    if (e + k < -1080)
        return copysign(0.0, s) * 0x1p-1074; /* below half the least subnormal */
    /* Subnormal: round t = (hi + lo) * 2^(k + 1074), a number below 2^53
     * held exactly in two doubles, to an integer, ties to even. */
    double th = scalbn(v.hi, k + 1074), tl = scalbn(v.lo, k + 1074);
    double f = floor(th), d = th - f;
    if (d > 0.5 || (d == 0.5 && (tl > 0.0 || (tl == 0.0 && fmod(f, 2.0) != 0.0))))
        f += 1.0;
    else if (d == 0.0 && tl == -0.5 && fmod(f, 2.0) != 0.0)
        f -= 1.0; /* |tl| <= 0.5 here, and only -0.5 is a tie below f */
    return copysign(f * 0x1p-1074, s);
}
