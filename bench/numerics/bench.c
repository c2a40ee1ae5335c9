/* bench.c (bench/numerics): nanoseconds per conversion of the numeric core
 * (runtime/py dtoa, strtod, bignum) beside glibc's nearest equivalents, on
 * fixed-seed inputs. Prints a table; run by hand: bench-numerics [mul]. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bignum.h"
#include "dtoa.h"
#include "strtod.h"

#define N 200000

static double inputs[N];
static char texts[N][32];
static volatile double sink_d;
static volatile size_t sink_z;

static uint64_t rand64(void)
{
    static uint64_t s = 42;
    uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

/* Fills the inputs: KIND 0 random bit patterns (finite), 1 short decimals
 * such as programs print (123.45). */
static void fill(int kind)
{
    for (int i = 0; i < N; i++) {
        double x;
        if (kind == 0) {
            do {
                uint64_t u = rand64();
                memcpy(&x, &u, sizeof x);
            } while (!isfinite(x));
        } else {
            x = (double)(rand64() % 10000000) / 100.0;
        }
        inputs[i] = x;
    }
}

#define TIME(label, body)                                                      \
    do {                                                                       \
        double t0 = now_ns();                                                  \
        for (int i = 0; i < N; i++) {                                          \
            body;                                                              \
        }                                                                      \
        row[col++] = (now_ns() - t0) / N;                                      \
        (void)label;                                                           \
    } while (0)

static void conversions(const char *name, int kind)
{
    double row[6];
    int col = 0;
    char buf[PY_DTOA_FORMAT_SIZE(17)];
    fill(kind);
    TIME("repr", sink_z = py_dtoa_repr(inputs[i], buf, sizeof buf));
    TIME("%.17g", sink_z = (size_t)snprintf(buf, sizeof buf, "%.17g", inputs[i]));
    TIME("'.2f'", sink_z = (size_t)py_dtoa_format(inputs[i] * 1e-300 * 1e300, 'f', 2, 0, buf, sizeof buf));
    TIME("%.2f", sink_z = (size_t)snprintf(buf, sizeof buf, "%.2f", inputs[i] * 1e-300 * 1e300));
    for (int i = 0; i < N; i++)
        py_dtoa_repr(inputs[i], texts[i], sizeof texts[i]);
    TIME("strtod", {
        double v;
        size_t used;
        py_strtod_parse(texts[i], strlen(texts[i]), 0, &v, &used);
        sink_d = v;
    });
    TIME("glibc strtod", sink_d = strtod(texts[i], NULL));
    printf("| %-14s | %8.0f | %8.0f | %8.0f | %8.0f | %8.0f | %8.0f |\n", name, row[0], row[1],
           row[2], row[3], row[4], row[5]);
}

static void bignum_rows(void)
{
    static uint32_t a[4096], b[4096], r[8192], scratch[65536];
    static char text[50000];
    printf("\n| bignum (%d-limb Karatsuba threshold) | limbs | ns/op |\n| --- | ---: | ---: |\n",
           PY_BIGNUM_KARATSUBA);
    for (size_t n = 8; n <= 2048; n *= 2) {
        for (size_t i = 0; i < n; i++) {
            a[i] = (uint32_t)rand64() | 1u << 31;
            b[i] = (uint32_t)rand64() | 1u << 31;
        }
        int reps = (int)(2000000 / (n * n) + 3);
        double t0 = now_ns();
        for (int k = 0; k < reps; k++)
            sink_z = py_bignum_mul(r, a, n, b, n, scratch);
        printf("| mul n x n | %zu | %.0f |\n", n, (now_ns() - t0) / reps);
    }
    /* 10^4 decimal digits (1040 limbs) to text and back */
    size_t n = 1040;
    double t0 = now_ns();
    size_t len = 0;
    for (int k = 0; k < 20; k++)
        len = py_bignum_to_str(text, a, n, 10, scratch);
    printf("| to decimal text | %zu | %.0f |\n", n, (now_ns() - t0) / 20);
    t0 = now_ns();
    for (int k = 0; k < 20; k++) {
        size_t m;
        py_bignum_from_str(r, &m, text, len, 10, 0);
        sink_z = m;
    }
    printf("| from decimal text | %zu | %.0f |\n", n, (now_ns() - t0) / 20);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "mul") == 0) {
        bignum_rows();
        return 0;
    }
    printf("ns per conversion, %d inputs each\n\n", N);
    printf("| inputs         |     repr |  %%.17g   |  '.2f'   |   %%.2f   |   strtod | glibc strtod |\n");
    printf("| -------------- | -------: | -------: | -------: | -------: | -------: | -------: |\n");
    conversions("random bits", 0);
    conversions("short decimals", 1);
    bignum_rows();
    return 0;
}
