/* harness.c (tests/unit/libc): main, reporting and the glibc reference of
 * the tests of runtime/libc (see harness.h). Compiled against glibc. */
#define _GNU_SOURCE
#include "harness.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

void ut_fail(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s:%d: ", file, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    /* Report the first few of a kind in full, then only count. */
    if (++failures == 200) {
        fprintf(stderr, "too many failures\n");
        exit(1);
    }
}

void ut_print(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
}

uint64_t ut_rand(void)
{
    static uint64_t state = 0x5eed5eed5eed5eedULL;
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int ref_snprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return n;
}

long long ref_strtoll(const char *s, char **end, int base, int *err)
{
    errno = 0;
    long long v = strtoll(s, end, base);
    *err = errno;
    return v;
}

unsigned long long ref_strtoull(const char *s, char **end, int base, int *err)
{
    errno = 0;
    unsigned long long v = strtoull(s, end, base);
    *err = errno;
    return v;
}

static int sign(int v)
{
    return (v > 0) - (v < 0);
}

int ref_memcmp_sign(const void *a, const void *b, size_t n) { return sign(memcmp(a, b, n)); }
int ref_strcmp_sign(const char *a, const char *b) { return sign(strcmp(a, b)); }
const char *ref_strstr(const char *h, const char *n) { return strstr(h, n); }
size_t ref_strspn(const char *s, const char *set) { return strspn(s, set); }
size_t ref_strcspn(const char *s, const char *set) { return strcspn(s, set); }
int ref_toupper(int c) { return toupper(c); }
int ref_tolower(int c) { return tolower(c); }

int ref_ctype(int c, int which)
{
    int (*const fns[])(int) = {isalnum, isalpha, isblank, iscntrl, isdigit, isgraph,
                               islower, isprint, ispunct, isspace, isupper, isxdigit};
    return fns[which](c) != 0;
}

double ut_ulp(double x)
{
    x = fabs(x);
    if (isinf(x))
        return ldexp(1.0, 971);
    if (x < 0x1p-1021)
        return 0x1p-1074;
    int e;
    frexp(x, &e);
    return ldexp(1.0, e - 53);
}

#define UT_DEFINE1(name)                                                       \
    double ref_##name(double x) { return name(x); }                            \
    long double ref_##name##l(double x) { return name##l(x); }
#define UT_DEFINE2(name)                                                       \
    double ref_##name(double x, double y) { return name(x, y); }               \
    long double ref_##name##l(double x, double y) { return name##l(x, y); }
UT_MATH_ULP1(UT_DEFINE1)
UT_MATH_EXACT1(UT_DEFINE1)
UT_MATH_ULP2(UT_DEFINE2)
UT_MATH_EXACT2(UT_DEFINE2)
double ref_frexp(double x, int *e) { return frexp(x, e); }
double ref_ldexp(double x, int e) { return ldexp(x, e); }
double ref_modf(double x, double *i) { return modf(x, i); }
int ref_ilogb(double x) { return ilogb(x); }

/* platform_panic of the host build: the assert test catches it here. */
jmp_buf ut_panic_jump;
const char *ut_panic_message;
_Noreturn void platform_panic(const char *message);
_Noreturn void platform_panic(const char *message)
{
    ut_panic_message = message;
    longjmp(ut_panic_jump, 1);
}

/* Runs the assert test's failing assertion under glibc's setjmp, since a
 * panic never returns. Returns the panic message or NULL. */
const char *ut_catch_panic(void (*fn)(void))
{
    ut_panic_message = NULL;
    if (setjmp(ut_panic_jump) == 0)
        fn();
    return ut_panic_message;
}

int main(int argc, char **argv)
{
    const char *only = argc > 1 ? argv[1] : NULL;
#define UT_RUN(name)                                                           \
    if (only == NULL || strcmp(only, #name) == 0) {                            \
        int before = failures;                                                 \
        test_##name();                                                         \
        printf("%-8s %s\n", #name, failures == before ? "ok" : "FAILED");      \
    }
    UT_GROUPS(UT_RUN)
    printf("%d failure%s\n", failures, failures == 1 ? "" : "s");
    return failures != 0;
}
