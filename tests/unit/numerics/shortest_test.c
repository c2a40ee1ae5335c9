/* shortest_test.c (tests/unit/numerics): the fast shortest-digits path of
 * runtime/py/dtoa.c (Grisu3 with its safety checks) against the exact
 * method of the same file, on fixed-seed random doubles of every binary
 * exponent and on the hard classes: powers of two (asymmetric interval),
 * subnormals, the extremes, integers, short decimals and neighbours of
 * decimal boundaries. Every accepted fast result must equal the exact
 * one; the share of fallbacks is printed. The file includes dtoa.c to
 * reach both static methods. Usage: shortest-test [COUNT] */
#include "dtoa.c" /* runtime/py, for its static functions */

#include <stdio.h>
#include <stdlib.h>

static uint64_t rand64(void)
{
    static uint64_t s = 0x243f6a8885a308d3ULL;
    uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static double from_bits(uint64_t u)
{
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

static long checks, fallbacks, failures;

static void check(double x)
{
    if (!isfinite(x) || x <= 0)
        return;
    char fast[PY_DTOA_DIGITS_SIZE], exact[PY_DTOA_DIGITS_SIZE];
    int nf, df, ne, de;
    checks++;
    shortest_exact(x, exact, &ne, &de);
    if (!shortest_fast(x, fast, &nf, &df)) {
        fallbacks++;
        return;
    }
    if (nf != ne || df != de || memcmp(fast, exact, (size_t)ne) != 0) {
        if (++failures <= 20)
            printf("FAIL %.17g: fast 0.%.*se%d, exact 0.%.*se%d\n", x, nf, fast, df, ne, exact, de);
    }
}

int main(int argc, char **argv)
{
    long count = argc > 1 ? atol(argv[1]) : 300000;
    /* Random bit patterns: every exponent equally. */
    for (long i = 0; i < count; i++)
        check(from_bits(rand64() & 0x7fffffffffffffffULL));
    /* Powers of two and their neighbours; subnormals; the extremes. */
    for (int e = -1074; e <= 1023; e++) {
        double p = ldexp(1.0, e);
        check(p);
        check(nextafter(p, 0));
        check(nextafter(p, INFINITY));
    }
    for (long i = 0; i < count / 10; i++)
        check(from_bits(rand64() % (1ULL << 52)));
    check(5e-324);
    check(2.2250738585072014e-308);
    check(1.7976931348623157e308);
    /* Integers and short decimals, and their neighbours. */
    for (long i = 0; i < count / 10; i++) {
        double x = (double)(rand64() % 100000000000ULL) / (double)(1ULL << (rand64() % 20));
        check(x);
        check(nextafter(x, 0));
        check(nextafter(x, INFINITY));
        double d = (double)(rand64() % 10000000) * pow(10.0, (int)(rand64() % 40) - 25);
        check(d);
        check(nextafter(d, 0));
        check(nextafter(d, INFINITY));
    }
    printf("%ld checks, %ld fallbacks (%.3f%%), %ld failed\n", checks, fallbacks,
           100.0 * (double)fallbacks / (double)checks, failures);
    return failures ? 1 : 0;
}
