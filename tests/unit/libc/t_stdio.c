/* t_stdio.c (tests/unit/libc): snprintf against glibc's for every
 * combination of flags, width, precision and length modifier that C11
 * defines, plus truncation and the documented non-support of floats. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"

static void compare(const char *fmt, int n_ours, const char *ours, int n_ref, const char *ref)
{
    if (n_ours != n_ref || strcmp(ours, ref) != 0)
        ut_fail(__FILE__, __LINE__, "format \"%s\": got \"%s\" (%d), glibc \"%s\" (%d)", fmt,
                ours, n_ours, ref, n_ref);
}

#define CHECK_FORMAT(fmt, ...)                                                 \
    do {                                                                       \
        char a_[256], b_[256];                                                 \
        int na_ = snprintf(a_, sizeof a_, fmt, __VA_ARGS__);                   \
        int nb_ = ref_snprintf(b_, sizeof b_, fmt, __VA_ARGS__);               \
        compare(fmt, na_, a_, nb_, b_);                                        \
    } while (0)

static const int64_t interesting[] = {0, 1, -1, 7, 8, 9, 10, 15, 16, 99, 100, 127, 128, 255, 256,
                                      -128, -129, 32767, -32768, 65535, 65536, INT32_MAX, INT32_MIN,
                                      UINT32_MAX, INT64_MAX, INT64_MIN, 1234567890123LL, -42};

static int64_t sample(void)
{
    size_t n = sizeof interesting / sizeof interesting[0];
    uint64_t r = ut_rand();
    return r % 3 == 0 ? (int64_t)ut_rand() >> (ut_rand() % 64) : interesting[r / 3 % n];
}

static void test_integers(void)
{
    static const char *const lengths[] = {"hh", "h", "", "l", "ll", "z", "j", "t"};
    static const char convs[] = "diuoxX";
    static const char *const widths[] = {"", "1", "5", "12", "*"};
    static const char *const precisions[] = {"", ".", ".0", ".1", ".5", ".20", ".*"};
    char fmt[64];
    for (int round = 0; round < 20000; round++) {
        char conv = convs[ut_rand() % 6];
        const char *len = lengths[ut_rand() % 8];
        const char *width = widths[ut_rand() % 5];
        const char *prec = precisions[ut_rand() % 7];
        char flags[8];
        size_t nf = 0;
        for (const char *f = "-+ #0"; *f; f++) {
            if (ut_rand() % 3 == 0 && !(*f == '#' && (conv == 'd' || conv == 'i' || conv == 'u')))
                flags[nf++] = *f;
        }
        flags[nf] = '\0';
        snprintf(fmt, sizeof fmt, "<%%%s%s%s%s%c>", flags, width, prec, len, conv);
        int w = (int)(ut_rand() % 30) - 10, p = (int)(ut_rand() % 30) - 10;
        int64_t v = sample();
        int wide = len[0] == 'l' || len[0] == 'z' || len[0] == 'j' || len[0] == 't';
        /* Pass exactly the arguments the format reads. */
        if (strcmp(width, "*") == 0 && strcmp(prec, ".*") == 0) {
            if (wide)
                CHECK_FORMAT(fmt, w, p, (long)v);
            else
                CHECK_FORMAT(fmt, w, p, (int)v);
        } else if (strcmp(width, "*") == 0 || strcmp(prec, ".*") == 0) {
            if (wide)
                CHECK_FORMAT(fmt, strcmp(width, "*") == 0 ? w : p, (long)v);
            else
                CHECK_FORMAT(fmt, strcmp(width, "*") == 0 ? w : p, (int)v);
        } else if (wide) {
            CHECK_FORMAT(fmt, (long)v);
        } else {
            CHECK_FORMAT(fmt, (int)v);
        }
    }
}

static void test_others(void)
{
    CHECK_FORMAT("%c|%5c|%-5c|", 'a', 'b', 'c');
    CHECK_FORMAT("%s|%10s|%-10s|%.2s|%5.1s|%.0s|", "hello", "hi", "left", "abc", "xyz", "gone");
    const char *volatile null_string = NULL; /* hidden from the compiler's checks */
    CHECK_FORMAT("%s|%.3s|%10s", null_string, null_string, null_string);
    CHECK_FORMAT("%p|%20p|%-20p|", (void *)0x1234, (void *)0xdeadbeefUL, (void *)1);
    CHECK_FORMAT("%p|%10p|", (void *)NULL, (void *)NULL);
    CHECK_FORMAT("%%|%d%%", 3);
    CHECK_FORMAT("%zu %zd %td %ju %jd", (size_t)SIZE_MAX, (long)-5, (long)-6, (unsigned long)UINT64_MAX, (long)INT64_MIN);
    const char *narrow = "%hhd %hhu %hd %hu"; /* ints, cut to char and short */
    CHECK_FORMAT(narrow, 300, 300, 70000, 70000);
    CHECK_FORMAT("%lld %llu %llx", LLONG_MIN, ULLONG_MAX, 0xabcULL);
    CHECK_FORMAT("%#o %#o %#.0o %#x %#X %#.0x", 0, 8, 0, 0, 255, 0);
    CHECK_FORMAT("%-*d|%*d|", 5, 42, -5, 42);
    CHECK_FORMAT("%.*d|%.*d|", -3, 7, 3, 7);

    /* Truncation: the return value is the full length, the buffer ends in
     * a NUL, nothing is written past SIZE. */
    char buf[8];
    memset(buf, 'x', sizeof buf);
    UT_CHECK(snprintf(buf, 5, "%s", "abcdefgh") == 8);
    UT_CHECK(memcmp(buf, "abcd\0xxx", 8) == 0);
    UT_CHECK(snprintf(buf, 1, "%d", 12345) == 5 && buf[0] == '\0');
    UT_CHECK(snprintf(NULL, 0, "%d-%s", 12345, "abc") == 9);
    UT_CHECK(buf[5] == 'x');

    /* No floating point: the conversion prints as written, the double is
     * consumed so that the next argument is still right. */
    char out[64];
    snprintf(out, sizeof out, "%.3f|%d|%e|%s", 1.5, 7, 2.5, "end");
    UT_CHECK(strcmp(out, "%.3f|7|%e|end") == 0);
    /* (Formats the compiler would reject are passed through a variable.) */
    const char *fmt = "%n|%d";
    snprintf(out, sizeof out, fmt, 9);
    UT_CHECK(strcmp(out, "%n|9") == 0);
    fmt = "%ls|%d|%y|abc%";
    snprintf(out, sizeof out, fmt, "wide", 5);
    UT_CHECK(strcmp(out, "%ls|5|%y|abc%") == 0);
}

void test_stdio(void)
{
    test_integers();
    test_others();
}
