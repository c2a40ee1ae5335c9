/* math.c: the math module, with CPython's results and errors: libm for
 * the elementary functions behind CPython's domain/range rules, exact
 * integer functions on arbitrary ints, and CPython's algorithms where its
 * results are not libm's (fsum: Shewchuk's exact partials with half-even
 * correction; hypot and dist: the scaled, compensated vector norm). */
#include "modules.h"
#include "util.h"

#include <float.h>
#include <math.h>
#include <string.h>

#define PI 3.141592653589793238462643383279502884
#define E 2.718281828459045235360287471352662498

_Noreturn static void domain_error(void)
{
    py_raise(&py_exc_ValueError, "math domain error");
}

_Noreturn static void range_error(void)
{
    py_raise(&py_exc_OverflowError, "math range error");
}

/* A float argument, as PyFloat_AsDouble (float, __float__, __index__). */
static double arg_d(py_val v)
{
    return py_float_get(v);
}

/* A float -> int conversion as int(x), for floor/ceil/trunc results. */
static py_val int_from_double(double d)
{
    if (d >= -4.6e18 && d <= 4.6e18)
        return py_small((intptr_t)d);
    return py_call1((py_val)&py_int_type, py_float(d));
}

/* ---- Functions of one float: CPython's math_1 rules ----
 * A NaN result from a non-NaN argument is a domain error; an infinite
 * result from a finite argument is a range error where the function can
 * overflow, else a domain error (log(0), atanh(1)). */

#define MATH1_LIST(X)                                                                         \
    X(acos, 0) X(acosh, 0) X(asin, 0) X(asinh, 0) X(atan, 0) X(atanh, 0) X(cbrt, 0) X(cos, 0)  \
    X(cosh, 1) X(erf, 0) X(erfc, 0) X(exp, 1) X(exp2, 1) X(expm1, 1) X(fabs, 0) X(log1p, 0)    \
    X(sin, 0) X(sinh, 1) X(sqrt, 0) X(tan, 0) X(tanh, 0)

static py_val math1(py_val *args, int nargs, py_val kw, const char *name, double (*f)(double),
                    bool can_overflow)
{
    py_args_count(name, nargs, kw, 1, 1);
    double x = arg_d(args[0]);
    double r = f(x);
    if (isnan(r) && !isnan(x))
        domain_error();
    if (isinf(r) && isfinite(x)) {
        if (can_overflow)
            range_error();
        domain_error();
    }
    return py_float(r);
}

#define X(name, ovf)                                                \
    static py_val f_##name(py_val *args, int nargs, py_val kw)      \
    {                                                               \
        return math1(args, nargs, kw, #name, name, ovf);            \
    }
MATH1_LIST(X)
#undef X

/* ---- Logarithms: ints of any size, and the base argument ---- */

static double m_log(double x)
{
    if (isfinite(x) && x <= 0)
        domain_error();
    if (isinf(x) && x < 0)
        domain_error();
    return log(x);
}

static double m_log2(double x)
{
    if ((isfinite(x) && x <= 0) || (isinf(x) && x < 0))
        domain_error();
    return log2(x);
}

static double m_log10(double x)
{
    if ((isfinite(x) && x <= 0) || (isinf(x) && x < 0))
        domain_error();
    return log10(x);
}

/* FUNC(V) for an int V too large for a double: V = m 2^e with m in
 * [0.5, 1) rounded to 53 bits, and FUNC(m) + FUNC(2) e. */
static double log_helper(py_val v, double (*func)(double))
{
    if (!mod_util_is_int(v))
        return func(arg_d(v));
    if (mod_util_int_neg(v) || (py_is_small(v) && py_small_value(v) == 0))
        domain_error();
    size_t bits = mod_util_int_bits(v);
    if (bits <= 1000)
        return func(py_float_get(v));
    /* The top 64 bits, with a sticky bit for the rest, round once to 53. */
    py_val top = mod_util_int_op(v, py_small((intptr_t)(bits - 64)), MOD_INT_RSHIFT);
    py_val back = mod_util_int_op(top, py_small((intptr_t)(bits - 64)), MOD_INT_LSHIFT);
    uint64_t t = py_int_get_u64(top);
    if (mod_util_int_cmp(back, v) != 0)
        t |= 1;
    double m = ldexp((double)t, -64);
    long e = (long)bits;
    if (m == 1.0) {
        m = 0.5;
        e++;
    }
    return func(m) + func(2.0) * (double)e;
}

static py_val f_log(py_val *args, int nargs, py_val kw)
{
    py_args_count("log", nargs, kw, 1, 2);
    double num = log_helper(args[0], m_log);
    if (nargs == 1)
        return py_float(num);
    double den = log_helper(args[1], m_log);
    if (den == 0)
        py_raise(&py_exc_ZeroDivisionError, "float division by zero");
    return py_float(num / den);
}

static py_val f_log2(py_val *args, int nargs, py_val kw)
{
    py_args_count("log2", nargs, kw, 1, 1);
    return py_float(log_helper(args[0], m_log2));
}

static py_val f_log10(py_val *args, int nargs, py_val kw)
{
    py_args_count("log10", nargs, kw, 1, 1);
    return py_float(log_helper(args[0], m_log10));
}

/* ---- Functions of two floats ---- */

static py_val f_pow(py_val *args, int nargs, py_val kw)
{
    py_args_count("pow", nargs, kw, 2, 2);
    double x = arg_d(args[0]), y = arg_d(args[1]), r;
    /* IEEE specials directly (C99 Annex F), as CPython. */
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0)
                r = odd_y ? x : fabs(x);
            else if (y == 0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else if (fabs(x) == 1.0)
            r = 1.0;
        else if (y > 0 && fabs(x) > 1.0)
            r = y;
        else if (y < 0 && fabs(x) < 1.0)
            r = -y;
        else
            r = 0.0;
        return py_float(r);
    }
    r = pow(x, y);
    if (isnan(r))
        domain_error(); /* a negative number to a non-integer power */
    if (isinf(r)) {
        if (x == 0)
            domain_error(); /* zero to a negative power */
        range_error();
    }
    return py_float(r);
}

static py_val f_atan2(py_val *args, int nargs, py_val kw)
{
    py_args_count("atan2", nargs, kw, 2, 2);
    return py_float(atan2(arg_d(args[0]), arg_d(args[1])));
}

static py_val f_fmod(py_val *args, int nargs, py_val kw)
{
    py_args_count("fmod", nargs, kw, 2, 2);
    double x = arg_d(args[0]), y = arg_d(args[1]);
    if (isinf(y) && isfinite(x))
        return py_float(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        domain_error();
    return py_float(r);
}

static py_val f_remainder(py_val *args, int nargs, py_val kw)
{
    py_args_count("remainder", nargs, kw, 2, 2);
    double x = arg_d(args[0]), y = arg_d(args[1]);
    if (isnan(x))
        return py_float(x);
    if (isnan(y))
        return py_float(y);
    if (isinf(x) || y == 0)
        domain_error();
    if (isinf(y))
        return py_float(x);
    return py_float(remainder(x, y));
}

static py_val f_copysign(py_val *args, int nargs, py_val kw)
{
    py_args_count("copysign", nargs, kw, 2, 2);
    return py_float(copysign(arg_d(args[0]), arg_d(args[1])));
}

static py_val f_nextafter(py_val *args, int nargs, py_val kw)
{
    py_args_count("nextafter", nargs, kw, 2, 2);
    return py_float(nextafter(arg_d(args[0]), arg_d(args[1])));
}

static py_val f_ulp(py_val *args, int nargs, py_val kw)
{
    py_args_count("ulp", nargs, kw, 1, 1);
    double x = fabs(arg_d(args[0]));
    if (isnan(x) || isinf(x))
        return py_float(x);
    double next = nextafter(x, INFINITY);
    if (isinf(next))
        return py_float(x - nextafter(x, -INFINITY));
    return py_float(next - x);
}

static py_val f_degrees(py_val *args, int nargs, py_val kw)
{
    py_args_count("degrees", nargs, kw, 1, 1);
    return py_float(arg_d(args[0]) * (180.0 / PI));
}

static py_val f_radians(py_val *args, int nargs, py_val kw)
{
    py_args_count("radians", nargs, kw, 1, 1);
    return py_float(arg_d(args[0]) * (PI / 180.0));
}

/* ---- Rounding to ints ---- */

/* METHOD (__floor__, __ceil__, __trunc__) of a non-float, if it has one. */
static py_val special_method(py_val v, const char *method)
{
    if (py_is_small(v) || py_isinstance(v, &py_float_type))
        return PY_NULL;
    return py_getattr_opt((py_val)py_type_of(v), py_str_intern(method));
}

static py_val round_to_int(py_val *args, int nargs, py_val kw, const char *name,
                           const char *method, double (*f)(double))
{
    py_args_count(name, nargs, kw, 1, 1);
    py_val v = args[0];
    if (py_type_of(v) == &py_int_type)
        return v;
    py_val m = special_method(v, method);
    if (m)
        return py_call1(m, v);
    if (!py_isinstance(v, &py_float_type) && f == trunc)
        py_raise(&py_exc_TypeError, "type %s doesn't define __trunc__ method", py_type_name(v));
    return int_from_double(f(arg_d(v)));
}

static py_val f_floor(py_val *args, int nargs, py_val kw)
{
    return round_to_int(args, nargs, kw, "floor", "__floor__", floor);
}

static py_val f_ceil(py_val *args, int nargs, py_val kw)
{
    return round_to_int(args, nargs, kw, "ceil", "__ceil__", ceil);
}

static py_val f_trunc(py_val *args, int nargs, py_val kw)
{
    return round_to_int(args, nargs, kw, "trunc", "__trunc__", trunc);
}

/* ---- Float decomposition and classification ---- */

static py_val f_frexp(py_val *args, int nargs, py_val kw)
{
    py_args_count("frexp", nargs, kw, 1, 1);
    double x = arg_d(args[0]);
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0) ? x : frexp(x, &e);
    return py_tuple_pack(2, py_float(m), py_small(e));
}

static py_val f_ldexp(py_val *args, int nargs, py_val kw)
{
    py_args_count("ldexp", nargs, kw, 2, 2);
    double x = arg_d(args[0]);
    if (!mod_util_is_int(args[1]))
        py_raise(&py_exc_TypeError, "Expected an int as second argument to ldexp.");
    /* Exponents beyond +-2^16 overflow or underflow any double. */
    py_val ev = args[1];
    long e = mod_util_int_cmp(ev, py_small(100000)) > 0    ? 100000
             : mod_util_int_cmp(ev, py_small(-100000)) < 0 ? -100000
                                                          : (long)py_int_get(ev);
    if (x == 0 || !isfinite(x))
        return py_float(x);
    double r = ldexp(x, (int)e);
    if (isinf(r))
        range_error();
    return py_float(r);
}

static py_val f_modf(py_val *args, int nargs, py_val kw)
{
    py_args_count("modf", nargs, kw, 1, 1);
    double x = arg_d(args[0]);
    if (isinf(x))
        return py_tuple_pack(2, py_float(copysign(0.0, x)), py_float(x));
    if (isnan(x))
        return py_tuple_pack(2, py_float(x), py_float(x));
    double ip;
    double fp = modf(x, &ip);
    return py_tuple_pack(2, py_float(fp), py_float(ip));
}

/* The classifications of one float. */
#define PREDICATE_LIST(X) X(isfinite) X(isinf) X(isnan)

#define X(name)                                                     \
    static py_val f_##name(py_val *args, int nargs, py_val kw)      \
    {                                                               \
        py_args_count(#name, nargs, kw, 1, 1);                      \
        return py_bool(name(arg_d(args[0])));                       \
    }
PREDICATE_LIST(X)
#undef X

static py_val f_isclose(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"a", "b", "$rel_tol", "$abs_tol"};
    py_val a[4];
    py_args("isclose", args, nargs, kw, names, 2, 4, a);
    double x = arg_d(a[0]), y = arg_d(a[1]);
    double rel = a[2] ? arg_d(a[2]) : 1e-9, abs_tol = a[3] ? arg_d(a[3]) : 0.0;
    if (rel < 0 || abs_tol < 0)
        py_raise(&py_exc_ValueError, "tolerances must be non-negative");
    if (x == y)
        return py_True;
    if (isinf(x) || isinf(y))
        return py_False;
    double diff = fabs(y - x);
    return py_bool(diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abs_tol);
}

/* ---- Gamma functions ----
 * CPython computes these itself rather than with libm, so its results are
 * the Lanczos approximation's: Boost's lanczos13m53 coefficients (g =
 * 6.0246800407767296, the sum as a rational function), exact factorials
 * for integers up to 23, and the reflection formula for negative x. */

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* x (x+1) ... (x+11) expanded: the denominator's coefficients. */
static const double lanczos_den[LANCZOS_N] = {
    0.0,        39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0,  357423.0,   32670.0,     1925.0,      66.0,        1.0,
};

static double lanczos_sum(double x)
{
    double num = 0, den = 0;
    /* For large x, a rational function in 1/x: no overflow, less error. */
    if (x < 5.0)
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    else
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    return num / den;
}

/* sin(pi x), exact at the integers and half-integers. */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0:
        r = sin(PI * y);
        break;
    case 1:
        r = cos(PI * (y - 0.5));
        break;
    case 2:
        r = sin(PI * (1.0 - y)); /* not -sin(pi (y - 1)): +0.0 at y == 1 */
        break;
    case 3:
        r = -cos(PI * (y - 1.5));
        break;
    default:
        r = sin(PI * (y - 2.0));
        break;
    }
    return copysign(1.0, x) * r;
}

static double gamma_d(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0)
            return x;
        domain_error();
    }
    if (x == 0)
        domain_error();
    if (x == floor(x)) {
        if (x < 0)
            domain_error();
        if (x <= 23) {
            double r = 1;
            for (int i = 2; i < (int)x; i++)
                r *= i;
            return r;
        }
    }
    double absx = fabs(x), r;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r))
            range_error();
        return r;
    }
    if (absx > 200.0) {
        if (x < 0)
            return 0.0 / sinpi(x);
        range_error();
    }
    double y = absx + lanczos_g_minus_half, z;
    /* The rounding error of Y, to correct the result by. */
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0) {
        r = -PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0)
            r /= pow(y, absx - 0.5);
        else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0)
            r *= pow(y, absx - 0.5);
        else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r))
        range_error();
    return r;
}

static double lgamma_d(double x)
{
    if (!isfinite(x))
        return isnan(x) ? x : INFINITY;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0)
            domain_error();
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20)
        return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0) /* the reflection formula */
        r = 1.144729885849400174143427351353058711647 /* log(pi) */ - log(fabs(sinpi(absx))) -
            log(absx) - r;
    if (isinf(r))
        range_error();
    return r;
}

/* Functions of one float that apply their own domain rules. */
#define OWN_RULES_LIST(X) X(gamma, gamma_d) X(lgamma, lgamma_d)

#define X(name, fn)                                                 \
    static py_val f_##name(py_val *args, int nargs, py_val kw)      \
    {                                                               \
        py_args_count(#name, nargs, kw, 1, 1);                      \
        return py_float(fn(arg_d(args[0])));                        \
    }
OWN_RULES_LIST(X)
#undef X

/* ---- Sums and norms ---- */

/* fsum: the exact sum of the partials (Shewchuk), rounded once, with the
 * half-even correction across partials, as CPython's math.fsum. */
static py_val f_fsum(py_val *args, int nargs, py_val kw)
{
    py_args_count("fsum", nargs, kw, 1, 1);
    py_val it = py_iter(args[0]);
    /* The partials do not overlap and grow in magnitude: doubles span 2098
     * binary places, so at most 40 of 53 bits each exist at once. */
    double p[64];
    size_t n = 0;
    double special = 0, inf_sum = 0;
    for (py_val item; (item = py_next(it));) {
        double x = arg_d(item), xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x == 0)
            continue;
        if (!isfinite(x)) {
            /* From overflow of finite summands, or an inf or nan summand. */
            if (isfinite(xsave))
                py_raise(&py_exc_OverflowError, "intermediate overflow in fsum");
            if (isinf(xsave))
                inf_sum += xsave;
            special += xsave;
            n = 0;
            continue;
        }
        p[n++] = x;
    }
    if (special != 0) {
        if (isnan(inf_sum))
            py_raise(&py_exc_ValueError, "-inf + inf in fsum");
        return py_float(special);
    }
    double hi = 0;
    if (n > 0) {
        double lo = 0;
        hi = p[--n];
        /* Add from the top until the sum becomes inexact. */
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0)
                break;
        }
        /* Half-even rounding across partials: when the tail has the sign
         * of LO, the true sum lies beyond the halfway point. */
        if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
            double y = lo * 2, x = hi + y, yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    return py_float(hi);
}

/* A double-length value HI + LO, for the vector norm. */
typedef struct dlen {
    double hi, lo;
} dlen;

/* The exact product as two doubles, by Veltkamp's split and Dekker's
 * product (no fma on every target). */
static dlen dl_split(double x)
{
    double t = x * 134217729.0; /* 2^27 + 1 */
    double hi = t - (t - x);
    return (dlen){hi, x - hi};
}

static dlen dl_mul(double x, double y)
{
    dlen a = dl_split(x), b = dl_split(y);
    double p = a.hi * b.hi, q = a.hi * b.lo + a.lo * b.hi;
    double z = p + q;
    return (dlen){z, p - z + q + a.lo * b.lo};
}

/* A + B exactly, for |A| >= |B|. */
static dlen dl_fast_sum(double a, double b)
{
    double x = a + b, z = x - a;
    return (dlen){x, b - z};
}

/* sqrt(sum of squares of VEC[0..N)), each finite and |v| <= MAX: scaled so
 * the squares are exact, summed with compensation, then one Newton step
 * on the rounding of the square root (CPython's vector_norm). */
static double vector_norm(size_t n, double *vec, double max, bool found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* Subnormals: scale to normals first (ldexp(1, -max_e) overflows). */
        for (size_t i = 0; i < n; i++)
            vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0, frac2 = 0;
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        dlen pr = dl_mul(x, x), sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    dlen pr = dl_mul(-h, h), sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

/* The |coordinates| of a point (or of the difference of two points):
 * fetched one by one (a coordinate's __float__ may allocate), then handed
 * to vector_norm in one C buffer. */
typedef struct coords {
    size_t n;
    double local[16];
    py_val heap; /* a bytearray when N > 16 */
    double max;
    bool found_nan;
} coords;

static void coords_init(coords *c, size_t n)
{
    c->n = n;
    c->heap = n > 16 ? mod_util_scratch(n * sizeof(double)) : PY_NULL;
    c->max = 0;
    c->found_nan = false;
}

static double *coords_data(coords *c)
{
    return c->heap ? (double *)mod_util_bytes_ptr(c->heap) : c->local;
}

static void coords_set(coords *c, size_t i, double x)
{
    x = fabs(x);
    coords_data(c)[i] = x;
    c->found_nan |= isnan(x);
    if (x > c->max)
        c->max = x;
}

static py_val coords_norm(coords *c)
{
    return py_float(vector_norm(c->n, coords_data(c), c->max, c->found_nan));
}

static py_val f_hypot(py_val *args, int nargs, py_val kw)
{
    py_args_count("hypot", 0, kw, 0, 0);
    coords c;
    coords_init(&c, (size_t)nargs);
    for (int i = 0; i < nargs; i++)
        coords_set(&c, (size_t)i, arg_d(args[i]));
    return coords_norm(&c);
}

static py_val f_dist(py_val *args, int nargs, py_val kw)
{
    py_args_count("dist", nargs, kw, 2, 2);
    py_val p = args[0], q = args[1];
    if (py_type_of(p) != &py_tuple_type)
        p = py_call1((py_val)&py_tuple_type, p);
    if (py_type_of(q) != &py_tuple_type)
        q = py_call1((py_val)&py_tuple_type, q);
    size_t n = py_tuple_len(p);
    if (n != py_tuple_len(q))
        py_raise(&py_exc_ValueError, "both points must have the same number of dimensions");
    coords c;
    coords_init(&c, n);
    for (size_t i = 0; i < n; i++)
        coords_set(&c, i, arg_d(py_tuple_items(p)[i]) - arg_d(py_tuple_items(q)[i]));
    return coords_norm(&c);
}

/* ---- Integer functions ---- */

static py_val int_arg(py_val v)
{
    return mod_util_as_int(v);
}

static py_val int_abs(py_val v)
{
    return mod_util_int_neg(v) ? mod_util_int_op(py_small(0), v, MOD_INT_SUB) : v;
}

static bool int_is_zero(py_val v)
{
    return py_is_small(v) ? py_small_value(v) == 0 : !py_truth(v);
}

static py_val gcd2(py_val a, py_val b)
{
    a = int_abs(a);
    b = int_abs(b);
    while (!int_is_zero(b)) {
        if (py_is_small(a) && py_is_small(b)) {
            uintptr_t x = (uintptr_t)py_small_value(a), y = (uintptr_t)py_small_value(b);
            while (y) {
                uintptr_t t = x % y;
                x = y;
                y = t;
            }
            return py_small((intptr_t)x);
        }
        py_val t = mod_util_int_op(a, b, MOD_INT_MOD);
        a = b;
        b = t;
    }
    return a;
}

static py_val f_gcd(py_val *args, int nargs, py_val kw)
{
    py_args_count("gcd", 0, kw, 0, 0);
    py_val g = py_small(0);
    for (int i = 0; i < nargs; i++)
        g = gcd2(g, int_arg(args[i]));
    if (nargs == 1)
        g = int_abs(int_arg(args[0]));
    return g;
}

static py_val f_lcm(py_val *args, int nargs, py_val kw)
{
    py_args_count("lcm", 0, kw, 0, 0);
    py_val l = py_small(1);
    for (int i = 0; i < nargs; i++) {
        py_val x = int_arg(args[i]);
        if (int_is_zero(x) || int_is_zero(l)) {
            l = py_small(0);
            continue;
        }
        py_val g = gcd2(l, x);
        l = int_abs(mod_util_int_op(mod_util_int_op(l, g, MOD_INT_FLOORDIV), x, MOD_INT_MUL));
    }
    if (nargs == 1)
        l = int_abs(int_arg(args[0]));
    return l;
}

/* The product of the integers in [LO, HI), by halves so the big products
 * are balanced. */
static py_val range_product(uint64_t lo, uint64_t hi)
{
    if (hi - lo <= 8) {
        py_val r = py_small(1);
        uint64_t acc = 1;
        for (uint64_t i = lo; i < hi; i++) {
            if (acc > UINT64_MAX / (i ? i : 1) || acc > (uint64_t)PY_SMALL_MAX / (i ? i : 1)) {
                r = mod_util_int_op(r, py_int_u64(acc), MOD_INT_MUL);
                acc = 1;
            }
            acc *= i;
        }
        return mod_util_int_op(r, py_int_u64(acc), MOD_INT_MUL);
    }
    uint64_t mid = lo + (hi - lo) / 2;
    return mod_util_int_op(range_product(lo, mid), range_product(mid, hi), MOD_INT_MUL);
}

static py_val f_factorial(py_val *args, int nargs, py_val kw)
{
    py_args_count("factorial", nargs, kw, 1, 1);
    py_val v = int_arg(args[0]);
    if (mod_util_int_neg(v))
        py_raise(&py_exc_ValueError, "factorial() not defined for negative values");
    if (mod_util_int_cmp(v, py_int(INT64_MAX)) > 0)
        py_raise(&py_exc_OverflowError, "factorial() argument should not exceed %ld",
                 (long)INT64_MAX);
    return range_product(1, (uint64_t)py_int_get(v) + 1);
}

static py_val f_isqrt(py_val *args, int nargs, py_val kw)
{
    py_args_count("isqrt", nargs, kw, 1, 1);
    py_val n = int_arg(args[0]);
    if (mod_util_int_neg(n))
        py_raise(&py_exc_ValueError, "isqrt() argument must be nonnegative");
    if (py_is_small(n)) {
        uint64_t v = (uint64_t)py_small_value(n);
        uint64_t r = (uint64_t)sqrt((double)v);
        while (r * r > v)
            r--;
        while ((r + 1) * (r + 1) <= v)
            r++;
        return py_small((intptr_t)r);
    }
    /* Newton's iteration from above: x' = (x + n // x) // 2 until it stops
     * decreasing. */
    size_t bits = mod_util_int_bits(n);
    py_val x = mod_util_int_op(py_small(1), py_small((intptr_t)((bits + 1) / 2)), MOD_INT_LSHIFT);
    for (;;) {
        py_val y = mod_util_int_op(
            mod_util_int_op(x, mod_util_int_op(n, x, MOD_INT_FLOORDIV), MOD_INT_ADD), py_small(1),
            MOD_INT_RSHIFT);
        if (mod_util_int_cmp(y, x) >= 0)
            return x;
        x = y;
    }
}

/* n (n-1) ... (n-k+1), and the same divided by k! when COMB. */
static py_val falling(py_val n, py_val k, bool comb)
{
    if (mod_util_int_neg(n))
        py_raise(&py_exc_ValueError, "n must be a non-negative integer");
    if (mod_util_int_neg(k))
        py_raise(&py_exc_ValueError, "k must be a non-negative integer");
    if (mod_util_int_cmp(k, n) > 0)
        return py_small(0);
    if (comb) {
        py_val nk = mod_util_int_op(n, k, MOD_INT_SUB);
        if (mod_util_int_cmp(nk, k) < 0)
            k = nk;
    }
    if (!py_is_small(k))
        py_raise(&py_exc_OverflowError, "min(n - k, k) must not exceed %ld", (long)PY_SMALL_MAX);
    intptr_t kk = py_small_value(k);
    py_val r = py_small(1);
    for (intptr_t i = 0; i < kk; i++) {
        r = mod_util_int_op(r, mod_util_int_op(n, py_small(i), MOD_INT_SUB), MOD_INT_MUL);
        if (comb)
            r = mod_util_int_op(r, py_small(i + 1), MOD_INT_FLOORDIV);
    }
    return r;
}

static py_val f_comb(py_val *args, int nargs, py_val kw)
{
    py_args_count("comb", nargs, kw, 2, 2);
    return falling(int_arg(args[0]), int_arg(args[1]), true);
}

static py_val f_perm(py_val *args, int nargs, py_val kw)
{
    py_args_count("perm", nargs, kw, 1, 2);
    py_val n = int_arg(args[0]);
    py_val k = nargs > 1 && args[1] != py_None ? int_arg(args[1]) : n;
    return falling(n, k, false);
}

/* A * B for prod(): ints and floats here, other types by their methods. */
static py_val multiply(py_val a, py_val b)
{
    bool ai = py_type_of(a) == &py_int_type, bi = py_type_of(b) == &py_int_type;
    if (ai && bi)
        return mod_util_int_op(a, b, MOD_INT_MUL);
    bool af = py_type_of(a) == &py_float_type, bf = py_type_of(b) == &py_float_type;
    if ((af || ai) && (bf || bi) && (af || bf))
        return py_float(py_float_get(a) * py_float_get(b));
    py_val m = py_getattr_opt((py_val)py_type_of(a), py_str_intern("__mul__"));
    py_val r = m ? py_call2(m, a, b) : py_NotImplemented;
    if (r == py_NotImplemented) {
        m = py_getattr_opt((py_val)py_type_of(b), py_str_intern("__rmul__"));
        r = m ? py_call2(m, b, a) : py_NotImplemented;
    }
    if (r == py_NotImplemented)
        py_raise(&py_exc_TypeError, "unsupported operand type(s) for *: '%s' and '%s'",
                 py_type_name(a), py_type_name(b));
    return r;
}

static py_val f_prod(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"iterable", "$start"};
    py_val a[2];
    py_args("prod", args, nargs, kw, names, 1, 2, a);
    py_val r = a[1] ? a[1] : py_small(1);
    py_val it = py_iter(a[0]);
    for (py_val x; (x = py_next(it));)
        r = multiply(r, x);
    return r;
}

static const py_method_def functions[] = {
#define X(name, ovf) {#name, f_##name, 0},
    MATH1_LIST(X)
#undef X
    {"log", f_log, 0},
    {"log2", f_log2, 0},
    {"log10", f_log10, 0},
    {"pow", f_pow, 0},
    {"atan2", f_atan2, 0},
    {"fmod", f_fmod, 0},
    {"remainder", f_remainder, 0},
    {"copysign", f_copysign, 0},
    {"nextafter", f_nextafter, 0},
    {"ulp", f_ulp, 0},
    {"degrees", f_degrees, 0},
    {"radians", f_radians, 0},
    {"floor", f_floor, 0},
    {"ceil", f_ceil, 0},
    {"trunc", f_trunc, 0},
    {"frexp", f_frexp, 0},
    {"ldexp", f_ldexp, 0},
    {"modf", f_modf, 0},
#define X(name) {#name, f_##name, 0},
    PREDICATE_LIST(X)
#undef X
    {"isclose", f_isclose, 0},
#define X(name, fn) {#name, f_##name, 0},
    OWN_RULES_LIST(X)
#undef X
    {"fsum", f_fsum, 0},
    {"hypot", f_hypot, 0},
    {"dist", f_dist, 0},
    {"gcd", f_gcd, 0},
    {"lcm", f_lcm, 0},
    {"factorial", f_factorial, 0},
    {"isqrt", f_isqrt, 0},
    {"comb", f_comb, 0},
    {"perm", f_perm, 0},
    {"prod", f_prod, 0},
    {NULL, NULL, 0},
};

void mod_math_init(py_val module)
{
    py_module_add_functions(module, functions);
    py_module_add(module, "pi", py_float(PI));
    py_module_add(module, "e", py_float(E));
    py_module_add(module, "tau", py_float(2 * PI));
    py_module_add(module, "inf", py_float(INFINITY));
    py_module_add(module, "nan", py_float(NAN));
}
