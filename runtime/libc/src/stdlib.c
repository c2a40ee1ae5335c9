/* stdlib.c (runtime/libc): the strtol family, abs, abort, and the errno
 * they set. qsort and bsearch are in sort.c, so that an image that sorts
 * nothing does not carry them. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uniconf/platform.h>

int errno;

/* The value of digit C in bases up to 36, or 36 for a non-digit. */
static int digit_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 36;
}

/* The common parser: reads the magnitude of the number at NPTR, saturating
 * at LIMIT (then *OVERFLOW is set), and its sign. Sets *END as strtol. */
static unsigned long long parse_integer(const char *nptr, char **end, int base,
                                        unsigned long long limit, int *negative,
                                        int *overflow)
{
    const char *s = nptr;
    *negative = 0;
    *overflow = 0;
    if (end != NULL)
        *end = (char *)nptr;
    if (base < 0 || base == 1 || base > 36) {
        errno = EINVAL;
        return 0;
    }
    while (isspace((unsigned char)*s))
        s++;
    if (*s == '+' || *s == '-')
        *negative = *s++ == '-';
    /* "0x" is a prefix only when a hex digit follows; otherwise the
     * number is the "0" alone (as C11 reads "0xg"). */
    if ((base == 0 || base == 16) && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') &&
        digit_value((unsigned char)s[2]) < 16) {
        s += 2;
        base = 16;
    } else if (base == 0) {
        base = s[0] == '0' ? 8 : 10;
    }
    unsigned long long value = 0;
    const char *digits = s;
    for (int d; (d = digit_value((unsigned char)*s)) < base; s++) {
        if (value > (limit - (unsigned)d) / (unsigned)base)
            *overflow = 1;
        else
            value = value * (unsigned)base + (unsigned)d;
    }
    if (s == digits)
        return 0; /* no digits: *end stays NPTR */
    if (end != NULL)
        *end = (char *)s;
    if (*overflow)
        errno = ERANGE;
    return value;
}

long long strtoll(const char *restrict nptr, char **restrict end, int base)
{
    int negative, overflow;
    /* The magnitude may reach LLONG_MAX + 1 only for a negative number. */
    unsigned long long m = parse_integer(nptr, end, base, (unsigned long long)LLONG_MAX + 1,
                                         &negative, &overflow);
    if (!negative && m > LLONG_MAX) {
        overflow = 1;
        errno = ERANGE;
    }
    if (overflow)
        return negative ? LLONG_MIN : LLONG_MAX;
    return negative ? (long long)(0 - m) : (long long)m;
}

unsigned long long strtoull(const char *restrict nptr, char **restrict end, int base)
{
    int negative, overflow;
    unsigned long long m = parse_integer(nptr, end, base, ULLONG_MAX, &negative, &overflow);
    if (overflow)
        return ULLONG_MAX;
    return negative ? 0 - m : m;
}

/* long and long long are the same width on LP64. */
long strtol(const char *restrict nptr, char **restrict end, int base)
{
    return (long)strtoll(nptr, end, base);
}

unsigned long strtoul(const char *restrict nptr, char **restrict end, int base)
{
    return (unsigned long)strtoull(nptr, end, base);
}

int atoi(const char *nptr)
{
    return (int)strtol(nptr, NULL, 10);
}

long atol(const char *nptr)
{
    return strtol(nptr, NULL, 10);
}

int abs(int x)
{
    return x < 0 ? -x : x;
}

long labs(long x)
{
    return x < 0 ? -x : x;
}

long long llabs(long long x)
{
    return x < 0 ? -x : x;
}

_Noreturn void abort(void)
{
    platform_panic("abort() called");
}
