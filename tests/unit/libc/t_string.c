/* t_string.c (tests/unit/libc): string.h and ctype.h against plain loops
 * and glibc, at every alignment and many lengths. */
#include <ctype.h>
#include <string.h>

#include "harness.h"

static void fill_random(unsigned char *p, size_t n, unsigned range)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(1 + ut_rand() % range);
}

static void test_blocks(void)
{
    static unsigned char src[600], dst[600], expect[600];
    for (int round = 0; round < 2000; round++) {
        size_t n = ut_rand() % 300, so = ut_rand() % 64, d0 = ut_rand() % 64;
        fill_random(src, sizeof src, 255);
        fill_random(dst, sizeof dst, 255);
        for (size_t i = 0; i < sizeof dst; i++)
            expect[i] = dst[i];
        for (size_t i = 0; i < n; i++)
            expect[d0 + i] = src[so + i];
        UT_CHECK(memcpy(dst + d0, src + so, n) == dst + d0);
        UT_CHECK(memcmp(dst, expect, sizeof dst) == 0);

        /* memmove within one buffer, both directions. */
        unsigned char buf[600], ref[600];
        fill_random(buf, sizeof buf, 255);
        for (size_t i = 0; i < sizeof buf; i++)
            ref[i] = buf[i];
        unsigned char tmp[600];
        for (size_t i = 0; i < n; i++)
            tmp[i] = ref[so + i];
        for (size_t i = 0; i < n; i++)
            ref[d0 + i] = tmp[i];
        UT_CHECK(memmove(buf + d0, buf + so, n) == buf + d0);
        UT_CHECK(memcmp(buf, ref, sizeof buf) == 0);

        int c = (int)(ut_rand() % 256);
        for (size_t i = 0; i < n; i++)
            expect[d0 + i] = (unsigned char)c;
        memset(dst + d0, c, n);
        UT_CHECK(memcmp(dst, expect, sizeof dst) == 0);
    }
}

static void test_compare_and_search(void)
{
    unsigned char a[200], b[200];
    for (int round = 0; round < 5000; round++) {
        size_t n = ut_rand() % 100, off = ut_rand() % 16;
        fill_random(a, sizeof a, 3);
        for (size_t i = 0; i < sizeof a; i++)
            b[i] = a[i];
        if (n > 0 && ut_rand() % 2)
            b[off + ut_rand() % n] = (unsigned char)(ut_rand() % 256);
        int got = memcmp(a + off, b + off, n);
        UT_CHECK((got > 0) - (got < 0) == ref_memcmp_sign(a + off, b + off, n));

        int c = 1 + (int)(ut_rand() % 3);
        unsigned char *hit = memchr(a + off, c, n), *expect = NULL, *last = NULL;
        for (size_t i = 0; i < n; i++) {
            if (a[off + i] == c) {
                if (!expect)
                    expect = a + off + i;
                last = a + off + i;
            }
        }
        UT_CHECK(hit == expect);
        UT_CHECK(memrchr(a + off, c, n) == last);
    }
    UT_CHECK(memcmp("\x80", "\x7f", 1) > 0); /* bytes compare unsigned */
    UT_CHECK(memcmp("abcdefgh\x80", "abcdefgh\x01", 9) > 0);
}

static void test_strings(void)
{
    char s[300], t[300];
    for (int round = 0; round < 5000; round++) {
        size_t len = ut_rand() % 200, off = ut_rand() % 16;
        fill_random((unsigned char *)s, sizeof s, 4);
        for (size_t i = 0; i < len; i++)
            s[off + i] = (char)('a' + s[off + i]);
        s[off + len] = '\0';
        UT_CHECK(strlen(s + off) == len);
        UT_CHECK(strnlen(s + off, len / 2) == len / 2);
        UT_CHECK(strnlen(s + off, len + 5) == len);

        strcpy(t, s + off);
        UT_CHECK(strcmp(t, s + off) == 0);
        if (len > 0) {
            t[ut_rand() % len] = 'z';
            int got = strcmp(t, s + off);
            UT_CHECK((got > 0) - (got < 0) == ref_strcmp_sign(t, s + off));
        }
        const char *needle = s + off + (len ? ut_rand() % len : 0);
        char pat[4] = {needle[0], len > 1 ? needle[1] : 0, 0, 0};
        UT_CHECK(strstr(s + off, pat) == ref_strstr(s + off, pat));
        UT_CHECK(strstr(s + off, "bcd") == ref_strstr(s + off, "bcd"));
        UT_CHECK(strspn(s + off, "bc") == ref_strspn(s + off, "bc"));
        UT_CHECK(strcspn(s + off, "de") == ref_strcspn(s + off, "de"));
        char *c = strchr(s + off, 'c'), *rc = strrchr(s + off, 'c');
        UT_CHECK(c == NULL || *c == 'c');
        UT_CHECK(rc == NULL || (*rc == 'c' && strchr(rc + 1, 'c') == NULL));
        UT_CHECK((c == NULL) == (rc == NULL) && (c == NULL || c <= rc));
    }
    UT_CHECK(strncmp("abcdef", "abcxyz", 3) == 0);
    UT_CHECK(strncmp("abcdef", "abcxyz", 4) < 0);
    UT_CHECK(strncmp("ab", "ab\0x", 10) == 0);
    UT_CHECK(strcmp("a\xff", "a\x01") > 0);
    char *nul = strchr("abc", '\0');
    UT_CHECK(nul != NULL && *nul == '\0');
    UT_CHECK(strstr("abc", "") != NULL);
    UT_CHECK(strstr("aaab", "aab") != NULL);
    UT_CHECK(strpbrk("hello, world", " ,") == strchr("hello, world", ','));
    UT_CHECK(strpbrk("hello", "xyz") == NULL);

    char buf[16];
    memset(buf, 'x', sizeof buf);
    strncpy(buf, "ab", 5);
    UT_CHECK(memcmp(buf, "ab\0\0\0x", 6) == 0);
    strncpy(buf, "abcdefgh", 3);
    UT_CHECK(memcmp(buf, "abc\0\0x", 6) == 0);
    strcpy(buf, "ab");
    strcat(buf, "cd");
    strncat(buf, "efgh", 2);
    UT_CHECK(strcmp(buf, "abcdef") == 0);

    char list[] = ",a,,bc;d,";
    char *save, *tok = strtok_r(list, ",;", &save);
    UT_CHECK(tok && strcmp(tok, "a") == 0);
    tok = strtok_r(NULL, ",;", &save);
    UT_CHECK(tok && strcmp(tok, "bc") == 0);
    tok = strtok_r(NULL, ",;", &save);
    UT_CHECK(tok && strcmp(tok, "d") == 0);
    UT_CHECK(strtok_r(NULL, ",;", &save) == NULL);
    UT_CHECK(strtok_r(NULL, ",;", &save) == NULL);
}

void test_string(void)
{
    test_blocks();
    test_compare_and_search();
    test_strings();
}

void test_ctype(void)
{
    int (*const fns[])(int) = {isalnum, isalpha, isblank, iscntrl, isdigit, isgraph,
                               islower, isprint, ispunct, isspace, isupper, isxdigit};
    for (int c = -1; c < 256; c++) {
        for (int k = 0; k < 12; k++) {
            if ((fns[k](c) != 0) != ref_ctype(c, k))
                ut_fail(__FILE__, __LINE__, "class %d of %d differs from glibc", k, c);
        }
        UT_CHECK(toupper(c) == ref_toupper(c));
        UT_CHECK(tolower(c) == ref_tolower(c));
    }
}
