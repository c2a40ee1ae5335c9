/* glibc_test.c (tests/unit/numerics): strtod and the fixed-precision
 * conversions of the numeric core against glibc, whose strtod and printf
 * (%.*e, %.*f) are correctly rounded, on fixed-seed random doubles and
 * decimal strings, halfway cases written out to 800 digits included; and
 * repr's digits: they read back, and match glibc's %.*e at their length. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dtoa.h"
#include "strtod.h"

static int failures;
static long checks;

static uint64_t rand64(void)
{
    static uint64_t s = 0x1234567887654321ULL;
    uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static double random_finite(void)
{
    double x;
    do {
        uint64_t u = rand64();
        memcpy(&x, &u, sizeof x);
    } while (!isfinite(x));
    return x;
}

static void fail(const char *what, const char *input, const char *got, const char *expect)
{
    if (++failures <= 20)
        printf("FAIL %s(%s): got %s, glibc %s\n", what, input, got, expect);
}

static void check_strtod(const char *s)
{
    double v, ref = strtod(s, NULL);
    size_t used;
    checks++;
    if (py_strtod_parse(s, strlen(s), 0, &v, &used) != 0 || used != strlen(s) ||
        memcmp(&v, &ref, sizeof v) != 0) {
        char a[40], b[40];
        snprintf(a, sizeof a, "%a", v);
        snprintf(b, sizeof b, "%a", ref);
        fail("strtod", s, a, b);
    }
}

static void test_strtod(void)
{
    char buf[1300];
    for (int i = 0; i < 200000; i++) {
        double x = random_finite();
        snprintf(buf, sizeof buf, "%.17g", x);
        check_strtod(buf);
        snprintf(buf, sizeof buf, "%.*e", (int)(rand64() % 25), x);
        check_strtod(buf);
        /* random digit strings with random exponents */
        int n = 1 + (int)(rand64() % 30), k = 0;
        for (int j = 0; j < n; j++)
            buf[k++] = (char)('0' + rand64() % 10);
        k += snprintf(buf + k, sizeof buf - (size_t)k, "e%d", (int)(rand64() % 700) - 350);
        check_strtod(buf);
    }
    /* Halfway points between neighbouring doubles, written out exactly
     * (glibc's %.1100e is exact), and one unit either side of them in the
     * last written digit: the hardest inputs there are. */
    for (int i = 0; i < 3000; i++) {
        double x = fabs(random_finite());
        if (i % 3 == 0)
            x = ldexp(x, -(int)(rand64() % 60)) * 0x1p-1000; /* subnormal region */
        double next = nextafter(x, INFINITY);
        if (!isfinite(next))
            continue;
        long double mid = ((long double)x + (long double)next) / 2; /* exact: 64-bit significand */
        snprintf(buf, sizeof buf, "%.800Le", mid);
        check_strtod(buf); /* exactly halfway: ties to even */
        char *e = strchr(buf, 'e');
        e[-1] = '1'; /* the 801st digit was a 0: now just above halfway */
        check_strtod(buf);
        e[-1] = '0';
        /* just below: decrement the last nonzero digit, 9s after it */
        char *last = e - 1;
        while (*last == '0' || *last == '.')
            last--;
        (*last)--;
        for (char *q = last + 1; q < e; q++) {
            if (*q != '.')
                *q = '9';
        }
        check_strtod(buf);
    }
}

static void test_fixed(void)
{
    char ours[PY_DTOA_FORMAT_SIZE(40)], ref[400];
    for (int i = 0; i < 200000; i++) {
        double x = random_finite();
        int p = (int)(rand64() % 25);
        py_dtoa_format(x, 'e', p, 0, ours, sizeof ours);
        snprintf(ref, sizeof ref, "%.*e", p, x);
        checks++;
        if (strcmp(ours, ref) != 0)
            fail("format e", ref, ours, ref);
        int ex;
        x = ldexp(frexp(x, &ex), (int)(rand64() % 120) - 60); /* a moderate size */
        p = (int)(rand64() % 30);
        py_dtoa_format(x, 'f', p, 0, ours, sizeof ours);
        snprintf(ref, sizeof ref, "%.*f", p, x);
        checks++;
        if (strcmp(ours, ref) != 0)
            fail("format f", ref, ours, ref);
    }
}

static void test_repr(void)
{
    char ours[PY_DTOA_REPR_SIZE], ref[40], digits[PY_DTOA_DIGITS_SIZE];
    for (int i = 0; i < 200000; i++) {
        double x = fabs(random_finite());
        if (x == 0.0)
            continue;
        py_dtoa_repr(x, ours, sizeof ours);
        checks++;
        if (strtod(ours, NULL) != x) {
            snprintf(ref, sizeof ref, "%.17g", x);
            fail("repr does not read back", ref, ours, ref);
        }
        /* The shortest digits are the correctly rounded ones at their
         * length, and one digit fewer does not read back. */
        int n, decpt;
        py_dtoa_shortest(x, digits, &n, &decpt);
        snprintf(ref, sizeof ref, "%.*e", n - 1, x);
        char flat[40];
        int k = 0;
        for (const char *q = ref; *q && *q != 'e'; q++) {
            if (*q != '.')
                flat[k++] = *q;
        }
        while (k > 1 && flat[k - 1] == '0')
            k--;
        flat[k] = '\0';
        digits[n] = '\0';
        if (strcmp(flat, digits) != 0)
            fail("shortest digits", ref, digits, flat);
        if (n > 1) {
            snprintf(ref, sizeof ref, "%.*e", n - 2, x);
            if (strtod(ref, NULL) == x)
                fail("shortest is not shortest", ours, digits, ref);
        }
    }
}

int main(void)
{
    test_strtod();
    test_fixed();
    test_repr();
    printf("%ld checks: %ld passed, %d failed\n", checks, checks - failures, failures);
    return failures != 0;
}
