/* math.h (runtime/libc): the double-precision mathematics Python's float
 * operations and its math module need, written for the xen guest from the
 * mathematics (argument reduction plus polynomial or rational
 * approximations; see src/math_*.c for each method and its error bound).
 *
 * Accuracy: sqrt, fabs, floor, ceil, trunc, round, rint, fmod, remainder,
 * modf, frexp, ldexp, scalbn, copysign, nextafter, fmin, fmax are exact.
 * The other functions aim at < 1 ulp; tests/unit/libc measures the
 * largest error of each against glibc and README.md lists the figures.
 *
 * Special values follow C11 Annex F (inf, nan, signed zeros, subnormals,
 * overflow to +-HUGE_VAL, underflow to 0). The functions never set errno:
 * a domain error returns NaN, a pole or overflow returns +-HUGE_VAL, and
 * the caller (Python's math module) tests the value, as math_errhandling
 * says (no MATH_ERRNO bit). */
#ifndef UC_LIBC_MATH_H
#define UC_LIBC_MATH_H

typedef float float_t;
typedef double double_t;

#define HUGE_VAL (__builtin_huge_val())
#define HUGE_VALF (__builtin_huge_valf())
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))

#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4

#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
#define math_errhandling MATH_ERREXCEPT

#define FP_ILOGB0 (-2147483647 - 1)
#define FP_ILOGBNAN (-2147483647 - 1)

/* Classification works on float, double and long double arguments. */
#define fpclassify(x)                                                          \
    __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x)
#define isnan(x) __builtin_isnan(x)
#define isinf(x) __builtin_isinf(x)
#define isfinite(x) __builtin_isfinite(x)
#define isnormal(x) __builtin_isnormal(x)
#define signbit(x) __builtin_signbit(x)
#define isunordered(x, y) __builtin_isunordered(x, y)
#define isgreater(x, y) __builtin_isgreater(x, y)
#define isgreaterequal(x, y) __builtin_isgreaterequal(x, y)
#define isless(x, y) __builtin_isless(x, y)
#define islessequal(x, y) __builtin_islessequal(x, y)
#define islessgreater(x, y) __builtin_islessgreater(x, y)

/* ---- src/math_basic.c: exact operations ---- */
double fabs(double x);
double copysign(double x, double y);
double sqrt(double x);
double floor(double x);
double ceil(double x);
double trunc(double x);
double round(double x);                 /* halfway cases away from zero */
double rint(double x);                  /* halfway cases to even */
double nearbyint(double x);             /* the same as rint */
double fmod(double x, double y);
double remainder(double x, double y);
double modf(double x, double *iptr);
double frexp(double x, int *exponent);
double ldexp(double x, int exponent);
double scalbn(double x, int exponent);
int ilogb(double x);
double logb(double x);
double nextafter(double x, double y);
double fmin(double x, double y);
double fmax(double x, double y);
double fdim(double x, double y);
double nan(const char *tag);

/* ---- src/math_exp.c: exponentials and logarithms ---- */
double exp(double x);
double exp2(double x);
double expm1(double x);
double log(double x);
double log2(double x);
double log10(double x);
double log1p(double x);
double pow(double x, double y);
double cbrt(double x);
double hypot(double x, double y);

/* ---- src/math_trig.c: circular functions ---- */
double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);

/* ---- src/math_hyp.c: hyperbolic functions ---- */
double sinh(double x);
double cosh(double x);
double tanh(double x);
double asinh(double x);
double acosh(double x);
double atanh(double x);

/* ---- src/math_special.c: error and gamma functions ---- */
double erf(double x);
double erfc(double x);
double tgamma(double x);
double lgamma(double x);

#endif
