/* t_stdlib.c (tests/unit/libc): the strtol family against glibc on edge
 * cases and random strings; qsort and bsearch; abs. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static void check_parse(const char *s, int base)
{
    char *end, *ref_end;
    int ref_err;
    errno = 0;
    long long v = strtoll(s, &end, base);
    int err = errno;
    long long rv = ref_strtoll(s, &ref_end, base, &ref_err);
    if (v != rv || end != ref_end || err != ref_err)
        ut_fail(__FILE__, __LINE__, "strtoll(\"%s\", %d) = %lld end +%td errno %d; glibc %lld +%td %d",
                s, base, v, end - s, err, rv, ref_end - s, ref_err);
    errno = 0;
    unsigned long long u = strtoull(s, &end, base);
    err = errno;
    unsigned long long ru = ref_strtoull(s, &ref_end, base, &ref_err);
    if (u != ru || end != ref_end || err != ref_err)
        ut_fail(__FILE__, __LINE__, "strtoull(\"%s\", %d) = %llu end +%td errno %d; glibc %llu +%td %d",
                s, base, u, end - s, err, ru, ref_end - s, ref_err);
    /* long is long long on LP64. */
    UT_CHECK(strtol(s, NULL, base) == (long)v);
    UT_CHECK(strtoul(s, NULL, base) == (unsigned long)u);
}

static void test_strto(void)
{
    static const char *const cases[] = {
        "0", "-0", "+0", "42", "  \t\n42xyz", "-42", "+-42", "", " ", "-", "x",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "-9223372036854775809", "18446744073709551615", "18446744073709551616",
        "-18446744073709551615", "99999999999999999999999999", "0x", "0xg", "0x1f", "0X1F",
        "-0x80", "017", "08", "0b101", "zz", "ZZ", "1_000", "0x7fffffffffffffff",
        "0xffffffffffffffff", "0x10000000000000000", "  -0x", "00000000000000000000000001",
    };
    static const int bases[] = {0, 2, 8, 10, 16, 36};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (size_t b = 0; b < sizeof bases / sizeof bases[0]; b++)
            check_parse(cases[i], bases[b]);
    }
    /* Random digit strings in every base. */
    char buf[40];
    for (int round = 0; round < 20000; round++) {
        int base = (int)(ut_rand() % 37);
        if (base == 1)
            continue;
        size_t n = ut_rand() % 30, i = 0;
        if (ut_rand() % 4 == 0)
            buf[i++] = ut_rand() % 2 ? '-' : '+';
        for (; i < n; i++)
            buf[i] = "0123456789abcdefghijklmnopqrstuvwxyzXZ "[ut_rand() % 39];
        buf[i] = '\0';
        check_parse(buf, base);
    }
    errno = 0;
    UT_CHECK(strtol("12", NULL, 1) == 0 && errno == EINVAL);
    errno = 0;
    UT_CHECK(strtol("12", NULL, 37) == 0 && errno == EINVAL);
    UT_CHECK(atoi("  -123abc") == -123);
    UT_CHECK(atol("77") == 77);
}

static int compare_ints(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

struct record {
    char key[5];
    int value;
};

static int compare_records(const void *a, const void *b)
{
    return memcmp(((const struct record *)a)->key, ((const struct record *)b)->key, 5);
}

static void test_sort(void)
{
    static int v[5000];
    for (int round = 0; round < 200; round++) {
        size_t n = ut_rand() % 5000;
        int kind = round % 4; /* random, few values, sorted, reversed */
        for (size_t i = 0; i < n; i++) {
            v[i] = kind == 0 ? (int)ut_rand() : kind == 1 ? (int)(ut_rand() % 3)
                 : kind == 2 ? (int)i : (int)(n - i);
        }
        long long sum = 0;
        for (size_t i = 0; i < n; i++)
            sum += v[i];
        qsort(v, n, sizeof v[0], compare_ints);
        for (size_t i = 1; i < n; i++)
            UT_CHECK(v[i - 1] <= v[i]);
        for (size_t i = 0; i < n; i++)
            sum -= v[i];
        UT_CHECK(sum == 0);
        if (n > 0) {
            int key = v[ut_rand() % n];
            int *hit = bsearch(&key, v, n, sizeof v[0], compare_ints);
            UT_CHECK(hit != NULL && *hit == key);
        }
        int missing = INT_MIN;
        UT_CHECK(n == 0 || v[0] == INT_MIN || bsearch(&missing, v, n, sizeof v[0], compare_ints) == NULL);
    }
    /* An element size that is not a multiple of 8. */
    struct record r[300];
    for (int i = 0; i < 300; i++) {
        snprintf(r[i].key, sizeof r[i].key, "%04d", (int)(ut_rand() % 10000));
        r[i].value = i;
    }
    qsort(r, 300, sizeof r[0], compare_records);
    for (int i = 1; i < 300; i++)
        UT_CHECK(compare_records(&r[i - 1], &r[i]) <= 0);
    UT_CHECK(bsearch(&r[17], r, 300, sizeof r[0], compare_records) != NULL);
}

void test_stdlib(void)
{
    test_strto();
    test_sort();
    UT_CHECK(abs(-5) == 5 && abs(5) == 5 && labs(-7L) == 7 && llabs(-9LL) == 9);
    UT_CHECK(labs(LONG_MIN + 1) == LONG_MAX);
}
