/* t_math.c (tests/unit/libc): runtime/libc's libm against glibc.
 *
 * The error of a result is measured in ulps of the double nearest the true
 * value, the true value being glibc's long double function (64-bit
 * significand: 2^-11 ulp of a double). Each function runs on fixed-seed
 * random inputs over ranges chosen to cover its behaviour (uniform and
 * spread over the exponents) and on a list of edge inputs; special results
 * (nan, inf, signed zero) must match glibc's exactly. The exact functions
 * must equal glibc's bit for bit. The table printed is README.md's. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "harness.h"

#define SAMPLES 20000

static uint64_t bits_of(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static double from_bits_(uint64_t u)
{
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

/* Bitwise equality, any NaN equal to any NaN. */
static int same(double a, double b)
{
    if (a != a || b != b)
        return a != a && b != b;
    return bits_of(a) == bits_of(b);
}

/* A random double in [lo, hi]: uniform, or log-uniform over the exponents
 * when the range spans many binades (both ends of the same sign, or one
 * of them 0). */
static double random_in(double lo, double hi, int spread)
{
    double u = (double)(ut_rand() >> 11) * 0x1p-53;
    if (!spread)
        return lo + (hi - lo) * u;
    /* Spread: pick a magnitude bit pattern between the two ends. */
    double a = fabs(lo) < fabs(hi) ? fabs(lo) : fabs(hi), b = fabs(lo) < fabs(hi) ? fabs(hi) : fabs(lo);
    if (a == 0.0)
        a = 0x1p-1074;
    uint64_t ua = bits_of(a), ub = bits_of(b);
    double m = from_bits_(ua + ut_rand() % (ub - ua + 1));
    return (lo < 0.0 && (hi <= 0.0 || ut_rand() % 2)) ? -m : m;
}

static const double edges[] = {
    0.0, -0.0, INFINITY, -INFINITY, NAN, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 10.0, -10.0,
    DBL_MIN, -DBL_MIN, DBL_TRUE_MIN, -DBL_TRUE_MIN, DBL_MAX, -DBL_MAX, 0x1p-1023, 1e-300, -1e-300,
    1e300, -1e300, 1e-20, 1e-8, 0.1, -0.1, 0.75, 1.5, 2.5, -2.5, 0x1.fffffffffffffp-1,
    0x1.0000000000001p0, 3.141592653589793, 1.5707963267948966, 0.7853981633974483, 6.283185307179586,
    709.782712893384, 709.7827128933841, -708.3964185322641, -745.1332191019411, -745.1332191019412,
    710.0, -746.0, 1024.0, -1074.0, -1075.0, 20.0, 22.0, 27.0, 28.0, 100.0, 171.6, 171.7, 200.0,
    -0.9999999999999999, 0x1p52, 0x1p53, 0x1p60, 0x1p1023, 1e22, 1e23, 5.5, -5.5, 6.0, -170.5,
    -0.5000000000000001, 1e16, 0x1.5bf0a8b145769p+1, 0x1p-27, 0x1p-28, 0x1p-54,
};
#define N_EDGES (sizeof edges / sizeof edges[0])

/* The error of GOT in ulps of the exact value REF; +1e9 for a special-value
 * mismatch. */
static double ulp_error(double got, long double ref, double ref_double, double floor)
{
    if (ref_double != ref_double || isinf(ref_double) || got != got || isinf(got))
        return same(got, ref_double) ? 0.0 : 1e9;
    if (got == 0.0 && ref_double == 0.0)
        return bits_of(got) == bits_of(ref_double) ? 0.0 : 1e9;
    long double d = (long double)got - ref;
    if (d < 0)
        d = -d;
    double unit = ut_ulp(ref_double);
    return (double)(d / (long double)(unit > floor ? unit : floor));
}

struct range {
    double lo, hi;
    int spread;
};

struct f1 {
    const char *name;
    double (*ours)(double);
    double (*ref)(double);
    long double (*refl)(double);
    double bound; /* the largest error accepted, in ulps */
    struct range ranges[4];
    double floor; /* errors count in units of max(ulp, floor) */
    const char *label;
};

#define F1(name, bound, ...) {#name, name, ref_##name, ref_##name##l, bound, {__VA_ARGS__}, 0.0, #name}

static const struct f1 ulp1[] = {
    F1(exp, 1.0, {-745, 710, 0}, {-1, 1, 0}, {-1e-5, 1e-5, 1}),
    F1(exp2, 1.0, {-1075, 1024, 0}, {-1, 1, 0}),
    F1(expm1, 1.0, {-40, 710, 0}, {-1, 1, 0}, {-0.01, 0.01, 1}),
    F1(log, 1.0, {0, DBL_MAX, 1}, {0.5, 2, 0}, {0.99, 1.01, 0}),
    F1(log2, 1.0, {0, DBL_MAX, 1}, {0.5, 2, 0}),
    F1(log10, 1.0, {0, DBL_MAX, 1}, {0.5, 2, 0}),
    F1(log1p, 1.0, {-1, 1, 0}, {-1e-3, 1e-3, 1}, {0, DBL_MAX, 1}),
    F1(cbrt, 1.0, {-DBL_MAX, DBL_MAX, 1}, {-8, 8, 0}),
    F1(sin, 1.0, {-10, 10, 0}, {-1e6, 1e6, 0}, {-DBL_MAX, DBL_MAX, 1}, {-1e-3, 1e-3, 1}),
    F1(cos, 1.0, {-10, 10, 0}, {-1e6, 1e6, 0}, {-DBL_MAX, DBL_MAX, 1}, {-1e-3, 1e-3, 1}),
    F1(tan, 1.0, {-10, 10, 0}, {-1e6, 1e6, 0}, {-DBL_MAX, DBL_MAX, 1}, {-1e-3, 1e-3, 1}),
    F1(asin, 1.0, {-1, 1, 0}, {-1, 1, 1}),
    F1(acos, 1.0, {-1, 1, 0}, {-1, 1, 1}),
    F1(atan, 1.0, {-4, 4, 0}, {-DBL_MAX, DBL_MAX, 1}),
    F1(sinh, 1.0, {-711, 711, 0}, {-2, 2, 0}, {-1e-3, 1e-3, 1}),
    F1(cosh, 1.0, {-711, 711, 0}, {-2, 2, 0}),
    F1(tanh, 1.0, {-25, 25, 0}, {-1, 1, 0}, {-1e-3, 1e-3, 1}),
    F1(asinh, 1.0, {-DBL_MAX, DBL_MAX, 1}, {-2, 2, 0}),
    F1(acosh, 1.0, {1, DBL_MAX, 1}, {1, 3, 0}),
    F1(atanh, 1.0, {-1, 1, 0}, {-1e-3, 1e-3, 1}, {0.99, 1, 0}),
    F1(erf, 1.0, {-6, 6, 0}, {-1e-3, 1e-3, 1}),
    F1(erfc, 1.0, {-6, 28, 0}, {-1, 1, 0}, {0.5, 1.5, 0}),
    F1(tgamma, 1.5, {0, 171.7, 0}, {0, 2, 1}, {-180, 0, 0}, {-2, 2, 0}),
    F1(lgamma, 1.0, {0, 1e10, 1}, {0, 12, 0}),
    /* For x < 0, lgamma(x) = log(pi / |sin(pi x)|) - lgamma(1 - x) cancels
     * near the zeros of lgamma (two in each interval (-n-1, -n), n >= 2):
     * there the error is bounded in absolute terms (2^-60), not in ulps. */
    {"lgamma", lgamma, ref_lgamma, ref_lgammal, 1.0, {{-100, 0, 0}, {-5, -2, 0}}, 0x1p-60, "lgamma<0"},
};

struct f2 {
    const char *name;
    double (*ours)(double, double);
    double (*ref)(double, double);
    long double (*refl)(double, double);
    double bound;
    struct range x, y;
};

#define F2(name, bound, xlo, xhi, xs, ylo, yhi, ys)                                \
    {#name, name, ref_##name, ref_##name##l, bound, {xlo, xhi, xs}, {ylo, yhi, ys}}

static const struct f2 ulp2[] = {
    F2(pow, 1.0, 0, 100, 0, -150, 150, 0),
    F2(pow, 1.0, 0, DBL_MAX, 1, -4, 4, 0),
    F2(pow, 1.0, 0.9, 1.1, 0, -1e4, 1e4, 0),
    F2(pow, 1.0, -10, 10, 0, -50, 50, 0),
    F2(atan2, 1.0, -10, 10, 0, -10, 10, 0),
    F2(atan2, 1.0, -DBL_MAX, DBL_MAX, 1, -DBL_MAX, DBL_MAX, 1),
    F2(hypot, 1.0, -DBL_MAX, DBL_MAX, 1, -DBL_MAX, DBL_MAX, 1),
    F2(hypot, 1.0, -10, 10, 0, -10, 10, 0),
};

/* Error statistics of one function. */
struct stats {
    double max_error;
    double worst_input, worst_input2;
    long samples, over_half, differ_glibc;
};

static void account(struct stats *s, double err, double x, double y, double got, double glibc)
{
    s->samples++;
    if (err > 0.5)
        s->over_half++;
    if (!same(got, glibc))
        s->differ_glibc++;
    if (err > s->max_error) {
        s->max_error = err;
        s->worst_input = x;
        s->worst_input2 = y;
    }
}

static void report(const char *name, const struct stats *s, double bound)
{
    ut_print("| %-9s | %6.3f | %8ld | %6.2f%% | %6.2f%% |\n", name, s->max_error, s->samples,
             100.0 * (double)s->over_half / (double)s->samples,
             100.0 * (double)s->differ_glibc / (double)s->samples);
    if (s->max_error > bound)
        ut_fail(__FILE__, __LINE__, "%s: %.3f ulp (bound %.2f) at %a, %a", name, s->max_error,
                bound, s->worst_input, s->worst_input2);
}

static void test_ulp1(void)
{
    for (size_t f = 0; f < sizeof ulp1 / sizeof ulp1[0]; f++) {
        const struct f1 *fn = &ulp1[f];
        struct stats s = {0};
        for (size_t e = 0; e < N_EDGES; e++) {
            double x = edges[e];
            double got = fn->ours(x), ref = fn->ref(x);
            account(&s, ulp_error(got, fn->refl(x), ref, fn->floor), x, 0, got, ref);
        }
        for (int r = 0; r < 4 && (fn->ranges[r].lo != 0 || fn->ranges[r].hi != 0); r++) {
            for (int i = 0; i < SAMPLES; i++) {
                double x = random_in(fn->ranges[r].lo, fn->ranges[r].hi, fn->ranges[r].spread);
                double got = fn->ours(x), ref = fn->ref(x);
                account(&s, ulp_error(got, fn->refl(x), ref, fn->floor), x, 0, got, ref);
            }
        }
        report(fn->label, &s, fn->bound);
    }
}

static void test_ulp2(void)
{
    for (size_t f = 0; f < sizeof ulp2 / sizeof ulp2[0];) {
        const char *name = ulp2[f].name;
        struct stats s = {0};
        double bound = ulp2[f].bound;
        for (; f < sizeof ulp2 / sizeof ulp2[0] && strcmp(ulp2[f].name, name) == 0; f++) {
            const struct f2 *fn = &ulp2[f];
            for (size_t e = 0; e < N_EDGES * N_EDGES; e++) {
                double x = edges[e % N_EDGES], y = edges[e / N_EDGES];
                double got = fn->ours(x, y), ref = fn->ref(x, y);
                account(&s, ulp_error(got, fn->refl(x, y), ref, 0.0), x, y, got, ref);
            }
            for (int i = 0; i < SAMPLES; i++) {
                double x = random_in(fn->x.lo, fn->x.hi, fn->x.spread);
                double y = random_in(fn->y.lo, fn->y.hi, fn->y.spread);
                if (fn->x.lo < 0 && strcmp(name, "pow") == 0 && i % 2)
                    y = (double)(long)y; /* negative bases need integer powers */
                double got = fn->ours(x, y), ref = fn->ref(x, y);
                account(&s, ulp_error(got, fn->refl(x, y), ref, 0.0), x, y, got, ref);
            }
        }
        report(name, &s, bound);
    }
}

/* A random double of any kind: every bit pattern is possible. */
static double any_double(void)
{
    uint64_t r = ut_rand();
    if (r % 8 == 0)
        return edges[ut_rand() % N_EDGES];
    if (r % 8 == 1) /* small integers and halves, where rounding decides */
        return (double)((int64_t)(ut_rand() % 200) - 100) / 2.0;
    return from_bits_(ut_rand());
}

static void test_exact(void)
{
    static const struct {
        const char *name;
        double (*ours)(double);
        double (*ref)(double);
    } exact1[] = {
#define EXACT1_ENTRY(name) {#name, name, ref_##name},
        UT_MATH_EXACT1(EXACT1_ENTRY)
    };
    static const struct {
        const char *name;
        double (*ours)(double, double);
        double (*ref)(double, double);
    } exact2[] = {
#define EXACT2_ENTRY(name) {#name, name, ref_##name},
        UT_MATH_EXACT2(EXACT2_ENTRY)
    };
    for (int i = 0; i < 200000; i++) {
        double x = any_double(), y = any_double();
        for (size_t f = 0; f < sizeof exact1 / sizeof exact1[0]; f++) {
            if (!same(exact1[f].ours(x), exact1[f].ref(x)))
                ut_fail(__FILE__, __LINE__, "%s(%a) = %a, glibc %a", exact1[f].name, x,
                        exact1[f].ours(x), exact1[f].ref(x));
        }
        for (size_t f = 0; f < sizeof exact2 / sizeof exact2[0]; f++) {
            /* fmod and remainder also on operands of close magnitude. */
            double yy = (f < 2 && i % 2) ? x / (double)(1 + ut_rand() % 1000) : y;
            double got = exact2[f].ours(x, yy), ref = exact2[f].ref(x, yy);
            /* IEEE 754: a zero remainder has the sign of x; glibc's
             * remainder does not follow that when |y| < 2^-1021. */
            if (f == 1 && got == 0.0 && ref == 0.0 && fabs(yy) < 0x1p-1021)
                ref = copysign(0.0, x);
            if (!same(got, ref))
                ut_fail(__FILE__, __LINE__, "%s(%a, %a) = %a, glibc %a", exact2[f].name, x, yy,
                        exact2[f].ours(x, yy), exact2[f].ref(x, yy));
        }
        int e1, e2;
        double m1 = frexp(x, &e1), m2 = ref_frexp(x, &e2);
        UT_CHECK(same(m1, m2) && (e1 == e2 || !isfinite(x)));
        int n = (int)(ut_rand() % 4400) - 2200;
        if (!same(ldexp(x, n), ref_ldexp(x, n)))
            ut_fail(__FILE__, __LINE__, "ldexp(%a, %d) = %a, glibc %a", x, n, ldexp(x, n), ref_ldexp(x, n));
        UT_CHECK(same(scalbn(x, n), ref_ldexp(x, n)));
        double i1, i2;
        m1 = modf(x, &i1);
        m2 = ref_modf(x, &i2);
        UT_CHECK(same(m1, m2) && same(i1, i2));
        UT_CHECK(ilogb(x) == ref_ilogb(x));
    }
    UT_CHECK(isnan(nan("")) && !signbit(fabs(-0.0)));
    UT_CHECK(fpclassify(0x1p-1074) == FP_SUBNORMAL && fpclassify(-0.0) == FP_ZERO);
    UT_CHECK(fpclassify(HUGE_VAL) == FP_INFINITE && fpclassify(NAN) == FP_NAN);
    UT_CHECK(fpclassify(1.0) == FP_NORMAL && isinf(-INFINITY) && isfinite(DBL_MAX));
}

void test_math(void)
{
    test_exact();
    ut_print("| function  | max ulp | samples  | >0.5 ulp | != glibc |\n");
    ut_print("| --------- | ------: | -------: | -------: | -------: |\n");
    test_ulp1();
    test_ulp2();
}
