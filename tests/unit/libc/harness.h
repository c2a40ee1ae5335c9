/* harness.h (tests/unit/libc): what the tests of runtime/libc share with
 * harness.c. The tests are compiled against runtime/libc's headers (with
 * rename.h), harness.c against glibc's; this header uses only types both
 * agree on. harness.c holds main(), the failure reports (formatted by
 * glibc, so that a broken snprintf cannot hide a failure) and glibc's own
 * functions as ref_NAME, the reference the tests compare with. */
#ifndef TESTS_LIBC_HARNESS_H
#define TESTS_LIBC_HARNESS_H

#include <stddef.h>
#include <stdint.h>

/* ---- reporting ---- */
void ut_fail(const char *file, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Prints a line of the results table (always shown). */
void ut_print(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#define UT_CHECK(cond)                                                         \
    do {                                                                       \
        if (!(cond))                                                           \
            ut_fail(__FILE__, __LINE__, "check failed: %s", #cond);            \
    } while (0)

/* A fixed-seed generator (splitmix64): the same inputs on every run. */
uint64_t ut_rand(void);

/* ---- glibc, for comparison ---- */
int ref_snprintf(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
long long ref_strtoll(const char *s, char **end, int base, int *err);
unsigned long long ref_strtoull(const char *s, char **end, int base, int *err);
int ref_memcmp_sign(const void *a, const void *b, size_t n);
int ref_strcmp_sign(const char *a, const char *b);
const char *ref_strstr(const char *h, const char *n);
size_t ref_strspn(const char *s, const char *set);
size_t ref_strcspn(const char *s, const char *set);
int ref_ctype(int c, int which);
int ref_toupper(int c);
int ref_tolower(int c);

/* The unit in the last place of a double (the spacing of doubles at |x|;
 * 2^-1074 for subnormals and zero). */
double ut_ulp(double x);

/* One-argument functions: those measured in ulp and the exact ones. */
#define UT_MATH_ULP1(X)                                                        \
    X(exp) X(exp2) X(expm1) X(log) X(log2) X(log10) X(log1p) X(cbrt)           \
    X(sin) X(cos) X(tan) X(asin) X(acos) X(atan) X(sinh) X(cosh) X(tanh)       \
    X(asinh) X(acosh) X(atanh) X(erf) X(erfc) X(tgamma) X(lgamma)
#define UT_MATH_EXACT1(X)                                                      \
    X(fabs) X(sqrt) X(floor) X(ceil) X(trunc) X(round) X(rint) X(nearbyint)    \
    X(logb)
#define UT_MATH_ULP2(X) X(pow) X(atan2) X(hypot)
#define UT_MATH_EXACT2(X)                                                      \
    X(fmod) X(remainder) X(nextafter) X(fmin) X(fmax) X(fdim) X(copysign)

#define UT_DECLARE1(name)                                                      \
    double ref_##name(double x);                                               \
    long double ref_##name##l(double x);
#define UT_DECLARE2(name)                                                      \
    double ref_##name(double x, double y);                                     \
    long double ref_##name##l(double x, double y);
UT_MATH_ULP1(UT_DECLARE1)
UT_MATH_EXACT1(UT_DECLARE1)
UT_MATH_ULP2(UT_DECLARE2)
UT_MATH_EXACT2(UT_DECLARE2)
double ref_frexp(double x, int *e);
double ref_ldexp(double x, int e);
double ref_modf(double x, double *i);
int ref_ilogb(double x);

/* Calls FN, which is to fail an assert(); returns the message it passed to
 * platform_panic, or NULL if it returned. */
const char *ut_catch_panic(void (*fn)(void));

/* ---- the test groups (t_*.c) ---- */
#define UT_GROUPS(X) X(string) X(ctype) X(stdio) X(stdlib) X(setjmp) X(assert) X(math)
#define UT_GROUP_DECLARE(name) void test_##name(void);
UT_GROUPS(UT_GROUP_DECLARE)

#endif
